/* Rounding: floor ceil round trunc rint lrint llrint nearbyint lround under every
 * fesetround mode; also float->int conversions under each mode. */
#pragma GCC optimize("fp-contract=off")
#include <fenv.h>
#include <math.h>
#include <stdio.h>

static const struct {
    int mode;
    const char *name;
} modes[] = {
    {FE_TONEAREST, "nearest"}, {FE_DOWNWARD, "down"}, {FE_UPWARD, "up"}, {FE_TOWARDZERO, "zero"}};

int main(void) {
    static const double xs[] = {-2.5, -1.5, -0.5,       -0.49999999999999994, 0.5,  1.5, 2.5, 2.4,
                                2.6,  -2.6, 1e15 + 0.5, 4503599627370495.5,   -0.0, 7.0};
    for (int m = 0; m < 4; m++) {
        if (fesetround(modes[m].mode) != 0) printf("fesetround failed\n");
        printf("mode %s getround-ok=%d\n", modes[m].name, fegetround() == modes[m].mode);
        for (unsigned i = 0; i < sizeof xs / sizeof xs[0]; i++) {
            volatile double x = xs[i];
            printf("  %.17g: floor=%g ceil=%g round=%g trunc=%g rint=%.17g nearbyint=%.17g "
                   "lrint=%ld llrint=%lld lround=%ld rintf=%g\n",
                   x, floor(x), ceil(x), round(x), trunc(x), rint(x), nearbyint(x), lrint(x),
                   llrint(x), lround(x), (double)rintf((float)x));
        }
        volatile double one = 1.0, three = 3.0, big = 1e16, tiny = 1.0;
        printf("  1/3=%a -1/3=%a 1e16+1=%.17g sqrt2=%a f=%a\n", one / three, -one / three,
               big + tiny, sqrt(2.0 * one), (double)(float)(one / three));
        volatile float f1 = 1.0f, f3 = 3.0f;
        printf("  float 1/3=%a sum=%a\n", (double)(f1 / f3), (double)(f1 / f3 + f1 / f3 * 1e-3f));
    }
    fesetround(FE_TONEAREST);
    return 0;
}
