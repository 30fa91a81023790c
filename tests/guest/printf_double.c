/* printf of doubles in every format glibc offers, including inf, nan and -0.0. */
#include <math.h>
#include <float.h>
#include <stdio.h>

int main(void) {
    static const double v[] = {0.0,     -0.0,        1.0,          -1.0,
                               0.5,     0.1,         1.0 / 3.0,    2.0 / 3.0,
                               123.456, -9876.54321, 1e-5,         1e-300,
                               1e21,    1e22,        1e100,        12345678901234567890.0,
                               DBL_MAX, DBL_MIN,     DBL_TRUE_MIN, DBL_EPSILON,
                               0.125,   2.5,         3.5,          1e15 + 0.3,
                               5e-324,  9.999999e-5};
    const int n = sizeof v / sizeof v[0];
    for (int i = 0; i < n; i++) {
        double d = v[i];
        printf("[%g] [%e] [%f] [%a] [%.17g] [%.0f] [%.3e] [%10.4g] [%-12.2f|] [%+g] [% g] [%#g] "
               "[%G] [%E] [%A]\n",
               d, d, d, d, d, d, d, d, d, d, d, d, d, d, d);
    }
    volatile double zero = 0.0;
    double inf = 1.0 / zero, ninf = -1.0 / zero, qnan = zero / zero;
    printf("[%g] [%g] [%f] [%e] [%a] [%G] [%F] [%5.1f] [%-8g|] [%+f]\n", inf, ninf, inf, ninf, inf,
           inf, ninf, inf, inf, inf);
    printf("nan: [%g] [%f] [%e] [%a] [%G] [%F] [%8.3f]\n", fabs(qnan), fabs(qnan), fabs(qnan),
           fabs(qnan), fabs(qnan), fabs(qnan), fabs(qnan));
    printf("signbit(0/0)=%d signbit(-nan)=%d\n", signbit(qnan) != 0, signbit(-fabs(qnan)) != 0);
    printf("[%.0e] [%.1e] [%.20e] [%.30f] [%.60g]\n", 0.5, 0.25, 0.1, 0.1, 0.1);
    printf("rounding: %.0f %.0f %.0f %.0f %.1f %.1f %.2f\n", 0.5, 1.5, 2.5, -0.5, 0.05, 0.15,
           1.005);
    printf("long double: %Lg %.25Lf %La\n", (long double)1 / 3, (long double)1 / 3,
           (long double)0.1);
    printf("float promoted: %g %.9g %a\n", 0.1f, 0.1f, 0.1f);
    for (int p = 0; p <= 17; p++)
        printf("%.*g|", p, 3.14159265358979323846);
    printf("\n");
    for (int w = 1; w <= 12; w += 3)
        printf("[%*.*f]", w, w / 3, -2.71828182845904523536);
    printf("\n");
    char buf[64];
    int len = snprintf(buf, sizeof buf, "%.15g", 1e308 * 10.0);
    printf("snprintf %d %s\n", len, buf);
    for (double d = 1e-10; d < 1e12; d *= 17.3)
        printf("%g %.3g %.10g\n", d, d, d);
    return 0;
}
