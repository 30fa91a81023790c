/* floor, ceil and trunc (which recomp-run runs as host code, docs/hostfn.md) over zeros of both
 * signs, halves, values next to integers, 2^52 and 2^53 neighbours, subnormals, the largest
 * double, infinities, quiet and signaling NaNs: the result bits and the exception flags after
 * the call, each from four flag states before it (the functions must leave them alone except
 * for NaN arguments). */
#include <fenv.h>
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include "guest_check.h"

static double from_bits(uint64_t u) {
    double d;
    memcpy(&d, &u, sizeof d);
    return d;
}

static uint64_t bits(double d) {
    uint64_t u;
    memcpy(&u, &d, sizeof u);
    return u;
}

static unsigned get_flags(void) {
    unsigned f;
    __asm__ volatile("frflags %0" : "=r"(f));
    return f;
}

static void set_flags(unsigned f) {
    __asm__ volatile("fsflags %0" : : "r"(f));
}

/* called through pointers: no inline expansion */
static double (*volatile const fn[3])(double) = {floor, ceil, trunc};
static const char *const fname[3] = {"floor", "ceil", "trunc"};

int main(void) {
    static const uint64_t special[] = {
        0x0000000000000000ull, 0x8000000000000000ull, /* +-0 */
        0x0000000000000001ull, 0x8000000000000001ull, /* smallest subnormals */
        0x000fffffffffffffull, 0x0010000000000000ull, /* largest subnormal, smallest normal */
        0x7fefffffffffffffull, 0xffefffffffffffffull, /* +-max */
        0x7ff0000000000000ull, 0xfff0000000000000ull, /* +-inf */
        0x7ff8000000000000ull, 0xfff8000000000001ull, /* quiet NaNs */
        0x7ff4000000000000ull, 0xfff0000000000001ull, /* signaling NaNs */
    };
    static const double values[] = {0.5,
                                    -0.5,
                                    1.5,
                                    -1.5,
                                    2.5,
                                    -2.5,
                                    0.49999999999999994,
                                    -0.3,
                                    0.3,
                                    1.0,
                                    -1.0,
                                    7.999,
                                    -7.999,
                                    1e300,
                                    0x1p52 - 0.5,
                                    -(0x1p52 - 0.5),
                                    0x1p52 + 1,
                                    0x1p53 + 2,
                                    -0x1p53,
                                    4503599627370495.5,
                                    123456.75};
    static const unsigned before[] = {0, 0x01, 0x10, 0x1f};
    double all[sizeof special / sizeof special[0] + sizeof values / sizeof values[0]];
    size_t n = 0;
    for (size_t i = 0; i < sizeof special / sizeof special[0]; i++)
        all[n++] = from_bits(special[i]);
    for (size_t i = 0; i < sizeof values / sizeof values[0]; i++)
        all[n++] = values[i];
    int unchanged = 1;
    for (int f = 0; f < 3; f++) {
        for (size_t i = 0; i < n; i++) {
            uint64_t r = 0;
            unsigned after[4];
            for (int k = 0; k < 4; k++) {
                set_flags(before[k]);
                r = bits(fn[f](all[i]));
                after[k] = get_flags();
                if (!isnan(all[i]) && after[k] != before[k]) unchanged = 0;
            }
            printf("%-5s %016llx -> %016llx flags %02x %02x %02x %02x\n", fname[f],
                   (unsigned long long)bits(all[i]), (unsigned long long)r, after[0], after[1],
                   after[2], after[3]);
        }
    }
    set_flags(0);
    CHECK(unchanged, "no flag changes for non-NaN arguments");
    /* a loop, so that the routines' entries are hot (the JIT translates them once) */
    double sum = 0;
    for (int i = -2000; i < 2000; i++) {
        double x = i * 0.375; /* exact, as are the sums */
        sum += fn[0](x) + 2 * fn[1](x) + 3 * fn[2](x);
    }
    printf("sum %.17g flags %02x\n", sum, get_flags());
    CHECK(get_flags() == 0, "loop raised nothing");
    return failures != 0;
}
