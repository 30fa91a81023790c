/* glibc's libm saves and restores the exception flags around its quiet comparisons:
 *     frflags t; flt.d rd, a, b; fsflags t
 * The translator folds this (ir_opt_fflags): the compare raises nothing, the restore goes, and a
 * second read of the flags with nothing flag-raising in between is the first one. This checks
 * the results and the flags against the real semantics, for ordered operands, quiet and
 * signaling NaNs, with and without flags already set, for feq, flt and fle, and a sequence with
 * several idioms and a read between them. */
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include "guest_check.h"

static double from_bits(uint64_t u) {
    double d;
    memcpy(&d, &u, sizeof d);
    return d;
}

static __attribute__((noinline)) unsigned get_flags(void) {
    unsigned f;
    __asm__ volatile("frflags %0" : "=r"(f));
    return f;
}

static void set_flags(unsigned f) {
    __asm__ volatile("fsflags %0" : : "r"(f));
}

struct res {
    long lt, le, eq;
    unsigned saved, after;
};

/* three idioms in a row, then the flags */
static struct res idioms(double a, double b) {
    struct res r;
    __asm__ volatile("frflags %[s]\n"
                     "flt.d %[lt], %[a], %[b]\n"
                     "fsflags %[s]\n"
                     "frflags %[s]\n"
                     "fle.d %[le], %[a], %[b]\n"
                     "fsflags %[s]\n"
                     "frflags %[s]\n"
                     "feq.d %[eq], %[a], %[b]\n"
                     "fsflags %[s]\n"
                     "frflags %[after]\n"
                     : [lt] "=&r"(r.lt), [le] "=&r"(r.le), [eq] "=&r"(r.eq), [s] "=&r"(r.saved),
                       [after] "=&r"(r.after)
                     : [a] "f"(a), [b] "f"(b));
    return r;
}

/* the same compare without the restore: its own flag shows */
static unsigned plain_flt(double a, double b, long *lt) {
    unsigned f;
    __asm__ volatile("flt.d %[lt], %[a], %[b]\n"
                     "frflags %[f]\n"
                     : [lt] "=&r"(*lt), [f] "=&r"(f)
                     : [a] "f"(a), [b] "f"(b));
    return f;
}

int main(void) {
    const double qnan = from_bits(0x7ff8000000000000ull), snan = from_bits(0x7ff4000000000000ull);
    const struct {
        const char *name;
        double a, b;
    } cases[] = {
        {"1 < 2", 1.0, 2.0},          {"2 < 1", 2.0, 1.0},
        {"2 == 2", 2.0, 2.0},         {"-0 vs +0", -0.0, 0.0},
        {"qnan vs 1", qnan, 1.0},     {"1 vs qnan", 1.0, qnan},
        {"snan vs 1", snan, 1.0},     {"1 vs snan", 1.0, snan},
        {"snan vs snan", snan, snan}, {"inf vs qnan", 1.0 / 0.0, qnan},
    };
    static const unsigned before[] = {0, 0x01, 0x10, 0x1f};
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        for (size_t k = 0; k < sizeof before / sizeof before[0]; k++) {
            set_flags(before[k]);
            struct res r = idioms(cases[i].a, cases[i].b);
            unsigned later = get_flags(); /* read in another translation unit */
            printf("%-12s flags %02x: lt %ld le %ld eq %ld saved %02x after %02x later %02x\n",
                   cases[i].name, before[k], r.lt, r.le, r.eq, r.saved, r.after, later);
            CHECK(r.saved == before[k] && r.after == before[k] && later == before[k],
                  "%s, flags %02x: unchanged", cases[i].name, before[k]);
        }
        set_flags(0);
        long lt;
        unsigned f = plain_flt(cases[i].a, cases[i].b, &lt);
        printf("%-12s plain flt %ld flags %02x\n", cases[i].name, lt, f);
    }
    /* inexact arithmetic, then the idiom: the saved value has NX, the NX stays */
    set_flags(0);
    volatile double three = 3.0;
    double third = 1.0 / three;
    struct res r = idioms(third, qnan);
    printf("after 1/3: saved %02x after %02x lt %ld\n", r.saved, r.after, r.lt);
    CHECK(r.saved == 0x01 && r.after == 0x01, "1/3 then the idiom: NX kept, no NV");
    set_flags(0);
    CHECK(get_flags() == 0, "cleared");
    return failures != 0;
}
