/* Double-precision arithmetic: + - * / sqrt, comparisons, conversions.
 * Contraction is disabled so -O0 and -O2 round identically (fma is tested explicitly). */
#pragma GCC optimize("fp-contract=off")
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

static uint64_t bits(double d) {
    uint64_t u;
    memcpy(&u, &d, 8);
    return u;
}

int main(void) {
    static const double v[] = {0.0,           -0.0,      1.0,      -1.0,
                               0.1,           1e300,     -1e-300,  3.141592653589793,
                               2.5,           1.0 / 3.0, 4.9e-324, 1.7976931348623157e308,
                               123456789.125, -7.75};
    const int n = sizeof v / sizeof v[0];
    uint64_t h = 0;
    for (int i = 0; i < n; i++) {
        for (int j = 0; j < n; j++) {
            volatile double a = v[i], b = v[j];
            double r[4] = {a + b, a - b, a * b, a / b};
            for (int k = 0; k < 4; k++)
                h = (h ^ bits(r[k])) * 0x100000001b3ULL;
            if ((i + j) % 5 == 0)
                printf("%a %a: %a %a %a %a lt=%d le=%d eq=%d\n", a, b, r[0], r[1], r[2], r[3],
                       a < b, a <= b, a == b);
        }
    }
    printf("hash %016llx\n", (unsigned long long)h);
    for (int i = 0; i < n; i++) {
        volatile double a = v[i];
        printf("sqrt(%.17g)=%.17g fabs=%g neg=%g\n", a, sqrt(a), fabs(a), -a);
    }
    /* Summation with rounding; order fixed. */
    double s = 0;
    for (int i = 1; i <= 100000; i++)
        s += 1.0 / ((double)i * i);
    printf("basel %.17g\n", s);
    double harm = 0;
    for (int i = 100000; i >= 1; i--)
        harm += 1.0 / i;
    printf("harmonic %.17g\n", harm);
    /* Int <-> double */
    volatile int64_t bigi = 9007199254740993LL;
    volatile double bd = (double)bigi;
    printf("%.1f %lld %lld\n", bd, (long long)bd, (long long)(double)(-bigi));
    volatile uint64_t bu = 18446744073709551615ULL;
    printf("%.1f\n", (double)bu);
    volatile double big = 1e19;
    printf("%llu %d %u\n", (unsigned long long)big, (int)-2.9, (unsigned)3.99);
    volatile float fl = (float)v[7];
    printf("%.9g %.17g\n", fl, (double)fl);
    /* Newton iteration */
    double x = 1.0;
    for (int i = 0; i < 8; i++) {
        x = x - (x * x - 2.0) / (2.0 * x);
        printf("newton %d %.17g\n", i, x);
    }
    return 0;
}
