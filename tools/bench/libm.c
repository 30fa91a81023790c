/* FP with libm calls: sin, cos, tan, exp, log, log10, pow, atan2, sqrt, cbrt, hypot, fmod,
 * floor over a sweep of arguments; the sums are printed rounded to 9 significant digits
 * (glibc's x86-64 libm selects FMA variants at run time, so the last bits may differ from the
 * riscv64 libm while both are within glibc's documented error bounds).
 * Size: thousands of argument points. */
#include <math.h>
#include "common.h"

int main(int argc, char **argv) {
    long n = bench_arg(argc, argv, 1500) * 1000;
    double s_trig = 0, s_exp = 0, s_pow = 0, s_misc = 0;
    for (long i = 0; i < n; i++) {
        double x = (double)i / (double)n * 20.0 - 10.0; /* [-10, 10) */
        double y = (double)((i * 7919) % n) / (double)n * 5.0 + 0.01;
        s_trig += sin(x) * cos(y) + tan(x * 0.1) + atan2(x, y);
        s_exp += exp(x * 0.5) + log(y) + log10(y + 1.0) + expm1(x * 0.01);
        s_pow += pow(y, x * 0.3) + sqrt(y) + cbrt(x) + hypot(x, y);
        s_misc += fmod(x * 3.7, y) + floor(x * 1.5) + fabs(x) * ceil(y);
    }
    printf("points: %ld\n", n);
    printf("trig: %.8e\nexp/log: %.8e\npow/roots: %.8e\nmisc: %.8e\n", s_trig, s_exp, s_pow,
           s_misc);
    return 0;
}
