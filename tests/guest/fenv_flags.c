/* Floating-point exception flags (fflags): raised by operations, read by fetestexcept. */
#pragma GCC optimize("fp-contract=off")
#include <fenv.h>
#include <math.h>
#include <stdio.h>

static void show(const char *what) {
    int f = fetestexcept(FE_ALL_EXCEPT);
    printf("%-22s inexact=%d underflow=%d overflow=%d divbyzero=%d invalid=%d\n", what,
           !!(f & FE_INEXACT), !!(f & FE_UNDERFLOW), !!(f & FE_OVERFLOW), !!(f & FE_DIVBYZERO),
           !!(f & FE_INVALID));
    feclearexcept(FE_ALL_EXCEPT);
}

int main(void) {
    volatile double zero = 0.0, one = 1.0, three = 3.0, big = 1e308, small = 1e-308, r;
    volatile float fz = 0.0f, fbig = 3e38f, fr;
    volatile long l;
    feclearexcept(FE_ALL_EXCEPT);
    show("nothing");
    r = one + one;
    show("1+1");
    r = one / three;
    show("1/3");
    r = one / zero;
    show("1/0");
    r = zero / zero;
    show("0/0");
    r = big * big;
    show("big*big");
    r = small * small;
    show("small*small");
    r = sqrt(-one);
    show("sqrt(-1)");
    r = sqrt(one * 4);
    show("sqrt(4)");
    fr = fbig * 10.0f;
    show("float overflow");
    fr = fz / fz;
    show("float 0/0");
    fr = (float)(one / three);
    show("double->float");
    l = (long)(big);
    show("(long)1e308");
    l = (long)(one * 2.5);
    show("(long)2.5");
    r = (double)(long)(one * 7);
    show("(double)7L");
    r = fma(big, 10.0, -big);
    show("fma overflow");
    volatile double qn = nan("");
    r = qn < one;
    show("nan < 1 (flt)");
    r = qn == one;
    show("nan == 1 (feq)");
    r = isless(qn, one);
    show("isless(nan,1)");
    feraiseexcept(FE_OVERFLOW | FE_INEXACT);
    show("feraiseexcept");
    fexcept_t saved;
    r = one / zero;
    fegetexceptflag(&saved, FE_ALL_EXCEPT);
    feclearexcept(FE_ALL_EXCEPT);
    fesetexceptflag(&saved, FE_ALL_EXCEPT);
    show("restored");
    (void)r;
    (void)fr;
    (void)l;
    return 0;
}
