/* libm: transcendental and utility functions. Printed with %.15g: glibc's libm is
 * correctly rounded or nearly, and the same code runs at -O0 and -O2. */
#pragma GCC optimize("fp-contract=off")
#include <math.h>
#include <stdio.h>

int main(void) {
    static const double xs[] = {-3.7, -1.0, -0.5,    0.0,  0.25,  0.5, 1.0,
                                1.5,  2.0,  3.14159, 10.0, 100.5, 1e-8};
    for (unsigned i = 0; i < sizeof xs / sizeof xs[0]; i++) {
        volatile double x = xs[i];
        printf("x=%g sin=%.15g cos=%.15g tan=%.15g exp=%.15g\n", x, sin(x), cos(x), tan(x), exp(x));
        printf("  log=%.15g log10=%.15g log2=%.15g sqrt=%.15g cbrt=%.15g\n", log(fabs(x)),
               log10(fabs(x)), log2(fabs(x)), sqrt(fabs(x)), cbrt(x));
        printf("  atan=%.15g asin=%.15g sinh=%.15g tanh=%.15g atan2=%.15g\n", atan(x),
               asin(fmod(x, 1.0)), sinh(x), tanh(x), atan2(x, 1.5));
        printf("  floor=%g ceil=%g round=%g trunc=%g rint=%g fmod=%.15g hypot=%.15g\n", floor(x),
               ceil(x), round(x), trunc(x), rint(x), fmod(x, 0.7), hypot(x, 2.0));
    }
    printf("pow: %.15g %.15g %.15g %.15g %g %g\n", pow(2.0, 0.5), pow(10.0, -3.0), pow(-2.0, 3.0),
           pow(1.0001, 10000.0), pow(0.0, -1.0),
           pow(-8.0, 1.0 / 3.0) != pow(-8.0, 1.0 / 3.0) ? 1.0 : 0.0);
    printf("fma: %a %a %a\n", fma(0.1, 10.0, -1.0), fma(1.0 + 0x1p-52, 1.0 - 0x1p-52, -1.0),
           fmaf(0.1f, 10.0f, -1.0f));
    volatile double a = 0.1, b = 10.0, c = -1.0;
    printf("mul+add: %a\n", a * b + c);
    printf("fmin/fmax: %g %g %g %g %g %g\n", fmin(1.0, 2.0), fmax(1.0, 2.0), fmin(NAN, 3.0),
           fmax(3.0, NAN), fmin(-0.0, 0.0), fmax(-0.0, 0.0));
    printf("copysign %g %g nextafter %a %a\n", copysign(3.0, -0.0), copysign(-3.0, 1.0),
           nextafter(1.0, 2.0), nextafter(0.0, -1.0));
    int e;
    double m = frexp(1234.5, &e);
    double ip;
    double fp = modf(-3.75, &ip);
    printf("frexp %g %d ldexp %g modf %g %g scalbn %g ilogb %d logb %g\n", m, e, ldexp(0.75, 10),
           fp, ip, scalbn(1.5, -3), ilogb(1000.0), logb(0.001));
    printf("remainder %g %g remquo ", remainder(10.0, 3.0), remainder(11.0, 3.0));
    int q;
    double r = remquo(29.0, 3.0, &q);
    printf("%g %d\n", r, q & 7);
    printf("erf %.15g erfc %.15g tgamma %.15g lgamma %.15g expm1 %.15g log1p %.15g\n", erf(0.5),
           erfc(0.5), tgamma(5.5), lgamma(100.0), expm1(1e-10), log1p(1e-10));
    printf("float: %.7g %.7g %.7g %.7g %.7g\n", sinf(1.0f), cosf(1.0f), expf(3.0f), logf(7.0f),
           powf(1.5f, 2.5f));
    printf("fdim %g isgreater %d isunordered %d\n", fdim(5.0, 3.0), isgreater(2.0, 1.0),
           isunordered(NAN, 1.0));
    return 0;
}
