/* FP<->integer conversions at the edges: the RISC-V fcvt saturation rules
 * (NaN -> max, out of range -> clamp) via inline asm, plus in-range C casts. */
#include <math.h>
#include <stdint.h>
#include <stdio.h>

static int64_t cvt_l_d(double d) {
    int64_t r;
    __asm__ volatile("fcvt.l.d %0,%1,rtz" : "=r"(r) : "f"(d));
    return r;
}
static uint64_t cvt_lu_d(double d) {
    uint64_t r;
    __asm__ volatile("fcvt.lu.d %0,%1,rtz" : "=r"(r) : "f"(d));
    return r;
}
static int64_t cvt_w_d(double d) {
    int64_t r;
    __asm__ volatile("fcvt.w.d %0,%1,rtz" : "=r"(r) : "f"(d));
    return r;
}
static int64_t cvt_wu_d(double d) {
    int64_t r;
    __asm__ volatile("fcvt.wu.d %0,%1,rtz" : "=r"(r) : "f"(d));
    return r;
}
static int64_t cvt_w_s(float f) {
    int64_t r;
    __asm__ volatile("fcvt.w.s %0,%1,rtz" : "=r"(r) : "f"(f));
    return r;
}
static int64_t cvt_l_s(float f) {
    int64_t r;
    __asm__ volatile("fcvt.l.s %0,%1,rtz" : "=r"(r) : "f"(f));
    return r;
}
static int64_t cvt_l_d_rne(double d) {
    int64_t r;
    __asm__ volatile("fcvt.l.d %0,%1,rne" : "=r"(r) : "f"(d));
    return r;
}
static int64_t cvt_l_d_rmm(double d) {
    int64_t r;
    __asm__ volatile("fcvt.l.d %0,%1,rmm" : "=r"(r) : "f"(d));
    return r;
}
static int64_t cvt_l_d_rdn(double d) {
    int64_t r;
    __asm__ volatile("fcvt.l.d %0,%1,rdn" : "=r"(r) : "f"(d));
    return r;
}
static int64_t cvt_l_d_rup(double d) {
    int64_t r;
    __asm__ volatile("fcvt.l.d %0,%1,rup" : "=r"(r) : "f"(d));
    return r;
}

int main(void) {
    static const double v[] = {0.0,
                               -0.0,
                               0.5,
                               -0.5,
                               1.5,
                               2.5,
                               -2.5,
                               1e10,
                               -1e10,
                               2147483647.9,
                               2147483648.0,
                               -2147483648.5,
                               -2147483649.0,
                               4294967295.5,
                               4294967296.0,
                               9.2233720368547748e18,
                               9.2233720368547758e18,
                               -9.2233720368547758e18,
                               -9.3e18,
                               1.8446744073709552e19,
                               1e30,
                               -1e30,
                               INFINITY,
                               -INFINITY,
                               NAN,
                               -NAN};
    for (unsigned i = 0; i < sizeof v / sizeof v[0]; i++) {
        double d = v[i];
        printf("%-24.17g l=%lld lu=%llu w=%lld wu=%lld ws=%lld ls=%lld rne=%lld rmm=%lld rdn=%lld "
               "rup=%lld\n",
               d, (long long)cvt_l_d(d), (unsigned long long)cvt_lu_d(d), (long long)cvt_w_d(d),
               (long long)cvt_wu_d(d), (long long)cvt_w_s((float)d), (long long)cvt_l_s((float)d),
               (long long)cvt_l_d_rne(d), (long long)cvt_l_d_rmm(d), (long long)cvt_l_d_rdn(d),
               (long long)cvt_l_d_rup(d));
    }
    /* In-range C conversions. */
    volatile double d = -123456.789;
    volatile float f = 98765.4321f;
    printf("%d %ld %u %lu %hd %d\n", (int)d, (long)d, (unsigned)-d, (unsigned long)f, (short)(int)d,
           (signed char)(int)(d / 1e4));
    volatile int64_t big = (1LL << 53) + 1;
    volatile uint64_t ubig = 0x8000000000000801ULL;
    printf("%.17g %.17g %.9g %.9g\n", (double)big, (double)ubig, (float)big, (float)ubig);
    volatile int32_t i32 = -7;
    volatile uint32_t u32 = 0xfffffff9u;
    printf("%g %g %g %g\n", (double)i32, (double)u32, (float)i32, (float)u32);
    return 0;
}
