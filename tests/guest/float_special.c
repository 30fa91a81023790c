/* Special values: NaN propagation (canonical NaN), signed zeros, subnormals,
 * classification (fclass), fmin/fmax with signaling NaN, fsgnj. */
#pragma GCC optimize("fp-contract=off")
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

static uint64_t b64(double d) {
    uint64_t u;
    memcpy(&u, &d, 8);
    return u;
}
static uint32_t b32(float f) {
    uint32_t u;
    memcpy(&u, &f, 4);
    return u;
}
static double mkd(uint64_t u) {
    double d;
    memcpy(&d, &u, 8);
    return d;
}
static float mkf(uint32_t u) {
    float f;
    memcpy(&f, &u, 4);
    return f;
}
static long fclass_d(double d) {
    long r;
    __asm__ volatile("fclass.d %0,%1" : "=r"(r) : "f"(d));
    return r;
}
static long fclass_s(float f) {
    long r;
    __asm__ volatile("fclass.s %0,%1" : "=r"(r) : "f"(f));
    return r;
}
static double fmin_d(double a, double b) {
    double r;
    __asm__ volatile("fmin.d %0,%1,%2" : "=f"(r) : "f"(a), "f"(b));
    return r;
}
static double fmax_d(double a, double b) {
    double r;
    __asm__ volatile("fmax.d %0,%1,%2" : "=f"(r) : "f"(a), "f"(b));
    return r;
}

int main(void) {
    const double vals[] = {0.0,
                           -0.0,
                           1.0,
                           -1.0,
                           INFINITY,
                           -INFINITY,
                           mkd(0x7ff8000000000000ULL),
                           mkd(0x7ff4000000000001ULL),
                           mkd(0xfff8000000000123ULL),
                           mkd(1),
                           mkd(0x800fffffffffffffULL),
                           0x1p-1022,
                           0x1.fffffffffffffp1023};
    for (unsigned i = 0; i < sizeof vals / sizeof vals[0]; i++) {
        volatile double d = vals[i];
        printf("%016llx class=%03lx fpclassify=%d isnan=%d isinf=%d isfinite=%d isnormal=%d "
               "signbit=%d\n",
               (unsigned long long)b64(d), fclass_d(d), fpclassify(d), isnan(d) != 0, isinf(d) != 0,
               isfinite(d) != 0, isnormal(d) != 0, signbit(d) != 0);
        printf("   +1=%016llx *2=%016llx min0=%016llx max0=%016llx neg=%016llx abs=%016llx f=%08x "
               "class_s=%03lx\n",
               (unsigned long long)b64(d + 1.0), (unsigned long long)b64(d * 2.0),
               (unsigned long long)b64(fmin_d(d, 0.0)), (unsigned long long)b64(fmax_d(d, -0.0)),
               (unsigned long long)b64(-d), (unsigned long long)b64(fabs(d)), b32((float)d),
               fclass_s((float)d));
    }
    volatile float snf = mkf(0x7f800001u), qnf = mkf(0xffc00000u);
    printf("float snan+1=%08x qnan*1=%08x sqrt(-1)=%08x\n", b32(snf + 1.0f), b32(qnf * 1.0f),
           b32(sqrtf(-1.0f + snf * 0)));
    volatile double z = 0.0;
    printf("0*-1=%g -0+0=%g -0-0=%g 1/-0=%g sqrt(-0)=%g\n", z * -1.0, -z + z, -z - z, 1.0 / -z,
           sqrt(-z));
    /* Subnormal arithmetic */
    volatile double sub = 0x1p-1070;
    printf("%a %a %a %a\n", sub, sub * 0.5, sub * 0x1p60, sub / 3.0);
    volatile float fsub = 0x1p-140f;
    printf("%a %a\n", (double)(fsub * 0.5f), (double)(fsub * 0x1p10f));
    printf("nan == nan: %d, nan != nan: %d\n", vals[6] == vals[6], vals[6] != vals[6]);
    return 0;
}
