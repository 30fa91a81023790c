/* Double-precision arithmetic with the dynamic rounding mode set to RMM (round to nearest, ties
 * away from zero), which x86 does not have: each operation takes the translator's slow path (a
 * call of the exact evaluator) while a dozen other doubles are live in host registers, which the
 * call must preserve. Ties are constructed so that RMM and RNE give different results; the same
 * sequence then runs with frm = RNE, RTZ, RDN and RUP. */
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include "guest_check.h"

static uint64_t bits(double d) {
    uint64_t u;
    memcpy(&u, &d, sizeof u);
    return u;
}

/* out[0..11] = live values combined after the rounded ops, out[12..15] = the rounded results */
static void run(int frm, const double *in, double *out) {
    __asm__ volatile("fsrm %[frm]\n"
                     "fld ft0, 0(%[in])\n fld ft1, 8(%[in])\n fld ft2, 16(%[in])\n"
                     "fld ft3, 24(%[in])\n fld ft4, 32(%[in])\n fld ft5, 40(%[in])\n"
                     "fld ft6, 48(%[in])\n fld ft7, 56(%[in])\n fld ft8, 64(%[in])\n"
                     "fld ft9, 72(%[in])\n fld ft10, 80(%[in])\n fld ft11, 88(%[in])\n"
                     "fld fa0, 96(%[in])\n fld fa1, 104(%[in])\n"
                     /* twelve live values, each from an inline multiply (exact: powers of 2) */
                     "fadd.d ft0, ft0, ft0\n fadd.d ft1, ft1, ft1\n fadd.d ft2, ft2, ft2\n"
                     "fadd.d ft3, ft3, ft3\n fadd.d ft4, ft4, ft4\n fadd.d ft5, ft5, ft5\n"
                     "fadd.d ft6, ft6, ft6\n fadd.d ft7, ft7, ft7\n fadd.d ft8, ft8, ft8\n"
                     "fadd.d ft9, ft9, ft9\n fadd.d ft10, ft10, ft10\n fadd.d ft11, ft11, ft11\n"
                     /* rounded with the dynamic mode: 1 + 2^-53 (a tie), and a tie product */
                     "fadd.d fa2, fa0, fa1\n"
                     "fsub.d fa3, fa0, fa1\n"
                     "fmul.d fa4, fa2, fa0\n"
                     "fmadd.d fa5, fa0, fa1, fa0\n"
                     "fsrmi 0\n"
                     "fadd.d ft0, ft0, ft1\n fadd.d ft2, ft2, ft3\n fadd.d ft4, ft4, ft5\n"
                     "fadd.d ft6, ft6, ft7\n fadd.d ft8, ft8, ft9\n fadd.d ft10, ft10, ft11\n"
                     "fsd ft0, 0(%[out])\n fsd ft1, 8(%[out])\n fsd ft2, 16(%[out])\n"
                     "fsd ft3, 24(%[out])\n fsd ft4, 32(%[out])\n fsd ft5, 40(%[out])\n"
                     "fsd ft6, 48(%[out])\n fsd ft7, 56(%[out])\n fsd ft8, 64(%[out])\n"
                     "fsd ft9, 72(%[out])\n fsd ft10, 80(%[out])\n fsd ft11, 88(%[out])\n"
                     "fsd fa2, 96(%[out])\n fsd fa3, 104(%[out])\n fsd fa4, 112(%[out])\n"
                     "fsd fa5, 120(%[out])\n"
                     :
                     : [frm] "r"(frm), [in] "r"(in), [out] "r"(out)
                     : "ft0", "ft1", "ft2", "ft3", "ft4", "ft5", "ft6", "ft7", "ft8", "ft9", "ft10",
                       "ft11", "fa0", "fa1", "fa2", "fa3", "fa4", "fa5", "memory");
}

int main(void) {
    double in[14];
    for (int i = 0; i < 12; i++)
        in[i] = (double)(1 << i) / 1024.0;
    in[12] = 1.0;
    in[13] = 0x1p-53; /* 1 + 2^-53 is halfway between 1 and the next double */
    static const char *const names[] = {"rne", "rtz", "rdn", "rup", "rmm"};
    uint64_t fa2[5];
    for (int frm = 0; frm < 5; frm++) {
        double out[16];
        run(frm, in, out);
        int live_ok = 1;
        for (int i = 0; i < 12; i += 2)
            live_ok &= out[i] == 2 * in[i] + 2 * in[i + 1];
        for (int i = 1; i < 12; i += 2)
            live_ok &= out[i] == 2 * in[i];
        fa2[frm] = bits(out[12]);
        printf("%s: add %016llx sub %016llx mul %016llx fmadd %016llx live %s\n", names[frm],
               (unsigned long long)bits(out[12]), (unsigned long long)bits(out[13]),
               (unsigned long long)bits(out[14]), (unsigned long long)bits(out[15]),
               live_ok ? "kept" : "WRONG");
        CHECK(live_ok, "%s: the live values survive", names[frm]);
    }
    CHECK(fa2[4] != fa2[0] && fa2[4] == fa2[3], "rmm rounds the tie away from zero, rne to even");
    return failures != 0;
}
