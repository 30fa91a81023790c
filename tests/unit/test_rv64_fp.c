/*
 * test_rv64_fp.c - table-driven checks of the F/D helpers and the Zicsr helper (rv64_fp.c).
 *
 * Each row runs one helper through rv64_fp_helpers[] exactly as generated code would (packed
 * operand word, cpu state in a rv64_cpu) and checks the result bits and the accrued fflags.
 * Expected values follow the RISC-V F/D spec and were confirmed against qemu-riscv64
 * (softfloat), the reference. The rows concentrate on what the host FPU gets wrong by
 * default: NaN-boxing, canonical NaNs, fmin/fmax, saturating conversions, RMM ties, flags.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>
#include <time.h>

#include <cmocka.h>

#include "rv64_fp.h"

#define BOX(x)      (0xffffffff00000000ull | (uint64_t)(x))
#define CANON_S     BOX(0x7fc00000)
#define CANON_D     0x7ff8000000000000ull
#define D_ONE       0x3ff0000000000000ull
#define D_TWO       0x4000000000000000ull
#define D_QNAN      0x7ff8000000000000ull
#define D_SNAN      0x7ff4000000000000ull
#define D_INF       0x7ff0000000000000ull
#define D_NINF      0xfff0000000000000ull
#define D_NZ        0x8000000000000000ull
#define D_MAX       0x7fefffffffffffffull
#define S_ONE       BOX(0x3f800000)
#define S_TWO       BOX(0x40000000)
#define S_SNAN      BOX(0x7fa00000)
#define UNBOXED_ONE 0x000000003f800000ull

enum { RNE = 0, RTZ = 1, RDN = 2, RUP = 3, RMM = 4, DYN = 7 };
#define NV RV64_FFLAG_NV
#define DZ RV64_FFLAG_DZ
#define OF RV64_FFLAG_OF
#define UF RV64_FFLAG_UF
#define NX RV64_FFLAG_NX

typedef struct fp_case {
    int op;
    int rm;
    uint64_t a, b, c; /* f[1], f[2], f[3]; for XF ops a is the integer source */
    uint64_t expect;  /* f[4] for FF/XF ops, the returned x value for FX ops */
    uint32_t flags;
} fp_case;

/* Run one row; frm is the dynamic rounding mode. Returns the result, *flags the fflags. */
static uint64_t run_case(const fp_case *t, uint32_t frm, uint32_t *flags) {
    rv64_cpu cpu;
    memset(&cpu, 0, sizeof cpu);
    cpu.frm = frm;
    cpu.f[1] = t->a;
    cpu.f[2] = t->b;
    cpu.f[3] = t->c;
    cpu.f[4] = 0x5555;
    uint64_t packed = rv64_fp_pack(4, 1, 2, 3, (unsigned)t->rm);
    const rv64_fp_helper *h = &rv64_fp_helpers[t->op];
    uint64_t r = 0;
    switch (h->kind) {
    case RV64_FPK_FF:
        ((rv64_fp_ff_fn)h->fn)(&cpu, packed);
        r = cpu.f[4];
        break;
    case RV64_FPK_FX: r = ((rv64_fp_fx_fn)h->fn)(&cpu, packed); break;
    case RV64_FPK_XF:
        ((rv64_fp_xf_fn)h->fn)(&cpu, packed, t->a);
        r = cpu.f[4];
        break;
    default: fail_msg("op %d (%s) has no FP helper", t->op, rv64_op_name(t->op));
    }
    *flags = cpu.fflags;
    return r;
}

static void run_table(const fp_case *tab, size_t n) {
    int bad = 0;
    for (size_t i = 0; i < n; i++) {
        uint32_t fl;
        uint64_t r = run_case(&tab[i], 0, &fl);
        if (r != tab[i].expect || fl != tab[i].flags) {
            print_error("row %zu: %s rm=%d a=%016llx b=%016llx c=%016llx: got %016llx flags %02x, "
                        "want %016llx flags %02x\n",
                        i, rv64_op_name(tab[i].op), tab[i].rm, (unsigned long long)tab[i].a,
                        (unsigned long long)tab[i].b, (unsigned long long)tab[i].c,
                        (unsigned long long)r, fl, (unsigned long long)tab[i].expect, tab[i].flags);
            bad++;
        }
    }
    assert_int_equal(bad, 0);
}
#define RUN_TABLE(tab) run_table(tab, sizeof(tab) / sizeof(tab[0]))

#define OP(x) RV64_OP_##x

/* ---- arithmetic, NaNs, flags ------------------------------------------------------------ */

static const fp_case arith_cases[] = {
    {OP(fadd_s), RNE, S_ONE, S_ONE, 0, S_TWO, 0},
    {OP(fadd_d), RNE, D_ONE, D_ONE, 0, D_TWO, 0},
    /* NaN-boxing: an unboxed single operand is the canonical NaN; results are boxed */
    {OP(fadd_s), RNE, UNBOXED_ONE, S_ONE, 0, CANON_S, 0},
    {OP(fmul_s), RNE, S_TWO, 0x7fffffff40000000ull, 0, CANON_S, 0},
    /* canonical NaN results: payloads and signs are not propagated */
    {OP(fadd_d), RNE, 0xfff8000000000123ull, D_ONE, 0, CANON_D, 0},
    {OP(fadd_s), RNE, BOX(0xffc00123), S_ONE, 0, CANON_S, 0},
    {OP(fadd_d), RNE, D_SNAN, D_ONE, 0, CANON_D, NV},
    {OP(fadd_d), RNE, D_INF, D_NINF, 0, CANON_D, NV},
    {OP(fmul_d), RNE, D_INF, 0, 0, CANON_D, NV},
    {OP(fdiv_d), RNE, 0, 0, 0, CANON_D, NV},
    {OP(fdiv_d), RNE, D_ONE, 0, 0, D_INF, DZ},
    {OP(fdiv_d), RNE, D_ONE, D_NZ, 0, D_NINF, DZ},
    {OP(fdiv_s), RNE, S_ONE, BOX(0), 0, BOX(0x7f800000), DZ},
    {OP(fsqrt_d), RNE, 0xbff0000000000000ull, 0, 0, CANON_D, NV},
    {OP(fsqrt_d), RNE, D_NZ, 0, 0, D_NZ, 0},
    {OP(fsqrt_d), RNE, 0x4010000000000000ull, 0, 0, D_TWO, 0},
    {OP(fsqrt_s), RNE, BOX(0xbf800000), 0, 0, CANON_S, NV},
    /* overflow / underflow / inexact */
    {OP(fmul_d), RNE, D_MAX, D_TWO, 0, D_INF, OF | NX},
    {OP(fmul_d), RTZ, D_MAX, D_TWO, 0, D_MAX, OF | NX},
    {OP(fmul_d), RDN, D_MAX, D_TWO, 0, D_MAX, OF | NX},
    {OP(fmul_d), RNE, 1, 0x3fe0000000000000ull, 0, 0, UF | NX},
    {OP(fmul_d), RUP, 1, 0x3fe0000000000000ull, 0, 1, UF | NX},
    {OP(fmul_d), RNE, 0x0010000000000000ull, 0x3fe0000000000000ull, 0, 0x0008000000000000ull, 0},
    /* tiny before rounding but not after: RISC-V (like x86) detects tininess after rounding */
    {OP(fmul_d), RNE, 0x0010000000000001ull, 0x3feffffffffffffeull, 0, 0x0010000000000000ull, NX},
    {OP(fmul_s), RNE, BOX(0x00800001), BOX(0x3f7ffffe), 0, BOX(0x00800000), NX},
    {OP(fdiv_d), RNE, D_ONE, 0x4008000000000000ull, 0, 0x3fd5555555555555ull, NX},
    {OP(fdiv_d), RUP, D_ONE, 0x4008000000000000ull, 0, 0x3fd5555555555556ull, NX},
    /* signed zeros */
    {OP(fsub_d), RNE, D_ONE, D_ONE, 0, 0, 0},
    {OP(fsub_d), RDN, D_ONE, D_ONE, 0, D_NZ, 0},
    {OP(fadd_s), RDN, BOX(0), BOX(0x80000000), 0, BOX(0x80000000), 0},
};

/* ---- RMM and the other rounding modes on halfway cases --------------------------------- */

static const fp_case rounding_cases[] = {
    /* 1 + 2^-53: exactly halfway between 1 and 1 + 2^-52 */
    {OP(fadd_d), RNE, D_ONE, 0x3ca0000000000000ull, 0, D_ONE, NX},
    {OP(fadd_d), RTZ, D_ONE, 0x3ca0000000000000ull, 0, D_ONE, NX},
    {OP(fadd_d), RDN, D_ONE, 0x3ca0000000000000ull, 0, D_ONE, NX},
    {OP(fadd_d), RUP, D_ONE, 0x3ca0000000000000ull, 0, D_ONE + 1, NX},
    {OP(fadd_d), RMM, D_ONE, 0x3ca0000000000000ull, 0, D_ONE + 1, NX},
    {OP(fadd_d), RMM, 0xbff0000000000000ull, 0xbca0000000000000ull, 0, 0xbff0000000000001ull, NX},
    {OP(fadd_d), RDN, 0xbff0000000000000ull, 0xbca0000000000000ull, 0, 0xbff0000000000001ull, NX},
    {OP(fadd_d), RUP, 0xbff0000000000000ull, 0xbca0000000000000ull, 0, 0xbff0000000000000ull, NX},
    /* odd neighbour below: RNE and RMM agree */
    {OP(fadd_d), RNE, D_ONE + 1, 0x3ca0000000000000ull, 0, D_ONE + 2, NX},
    {OP(fadd_d), RMM, D_ONE + 1, 0x3ca0000000000000ull, 0, D_ONE + 2, NX},
    {OP(fadd_s), RMM, S_ONE, BOX(0x33800000), 0, BOX(0x3f800001), NX},
    {OP(fadd_s), RNE, S_ONE, BOX(0x33800000), 0, S_ONE, NX},
    /* (1 + 2^-26)(1 + 2^-27) = 1 + 2^-26 + 2^-27 + 2^-53: halfway */
    {OP(fmul_d), RNE, 0x3ff0000004000000ull, 0x3ff0000002000000ull, 0, 0x3ff0000006000000ull, NX},
    {OP(fmul_d), RMM, 0x3ff0000004000000ull, 0x3ff0000002000000ull, 0, 0x3ff0000006000001ull, NX},
    /* (1 + 2^-12)^2 = 1 + 2^-11 + 2^-24 */
    {OP(fmul_s), RNE, BOX(0x3f800800), BOX(0x3f800800), 0, BOX(0x3f801000), NX},
    {OP(fmul_s), RMM, BOX(0x3f800800), BOX(0x3f800800), 0, BOX(0x3f801001), NX},
    /* division can only tie in the subnormal range: 5 * 2^-1074 / 2 */
    {OP(fdiv_d), RNE, 5, D_TWO, 0, 2, UF | NX},
    {OP(fdiv_d), RMM, 5, D_TWO, 0, 3, UF | NX},
    {OP(fdiv_s), RMM, BOX(5), S_TWO, 0, BOX(3), UF | NX},
    {OP(fdiv_s), RTZ, BOX(5), S_TWO, 0, BOX(2), UF | NX},
    /* sqrt never ties; RMM = RNE */
    {OP(fsqrt_d), RMM, D_TWO, 0, 0, 0x3ff6a09e667f3bcdull, NX},
    {OP(fsqrt_d), RTZ, D_TWO, 0, 0, 0x3ff6a09e667f3bccull, NX},
    /* fma: one rounding ((1+2^-30)(1-2^-30) - 1 = -2^-60; separate roundings give 0), and
     * halfway through the addend */
    {OP(fmadd_d), RNE, 0x3ff0000000400000ull, 0x3fefffffff800000ull, 0xbff0000000000000ull,
     0xbc30000000000000ull, 0},
    {OP(fmadd_d), RMM, D_ONE, D_ONE, 0x3ca0000000000000ull, D_ONE + 1, NX},
    {OP(fmadd_d), RNE, D_ONE, D_ONE, 0x3ca0000000000000ull, D_ONE, NX},
    {OP(fnmadd_d), RMM, 0x3ff0000004000000ull, 0x3ff0000002000000ull, 0, 0xbff0000006000001ull, NX},
    {OP(fmadd_s), RMM, BOX(0x3f800800), BOX(0x3f800800), BOX(0), BOX(0x3f801001), NX},
    {OP(fmsub_s), RMM, S_ONE, S_ONE, BOX(0xb3800000), BOX(0x3f800001), NX},
    /* fma sign rules: fnmadd = -(a*b) - c, fnmsub = -(a*b) + c */
    {OP(fnmadd_s), RNE, BOX(0), S_ONE, BOX(0), BOX(0x80000000), 0},
    {OP(fnmsub_s), RNE, BOX(0), S_ONE, BOX(0), BOX(0), 0},
    {OP(fnmsub_d), RNE, D_TWO, 0x4008000000000000ull, D_ONE, 0xc014000000000000ull, 0},
    {OP(fnmadd_d), RNE, D_TWO, 0x4008000000000000ull, D_ONE, 0xc01c000000000000ull, 0},
    {OP(fmsub_d), RNE, D_TWO, 0x4008000000000000ull, D_ONE, 0x4014000000000000ull, 0},
    /* inf * 0 + qNaN is invalid on RISC-V */
    {OP(fmadd_d), RNE, D_INF, 0, D_QNAN, CANON_D, NV},
    {OP(fmadd_s), RNE, BOX(0x7f800000), BOX(0), CANON_S, CANON_S, NV},
    {OP(fmadd_d), RNE, D_ONE, D_ONE, 0xfff8000000000123ull, CANON_D, 0},
    /* narrowing */
    {OP(fcvt_s_d), RNE, 0x3ff0000010000000ull, 0, 0, S_ONE, NX},
    {OP(fcvt_s_d), RMM, 0x3ff0000010000000ull, 0, 0, BOX(0x3f800001), NX},
    {OP(fcvt_s_d), RNE, 0x7e37e43c8800759cull, 0, 0, BOX(0x7f800000), OF | NX},
    {OP(fcvt_s_d), RTZ, 0x7e37e43c8800759cull, 0, 0, BOX(0x7f7fffff), OF | NX},
    {OP(fcvt_s_d), RNE, 0x01a56e1fc2f8f359ull, 0, 0, BOX(0), UF | NX},
    {OP(fcvt_s_d), RNE, D_SNAN, 0, 0, CANON_S, NV},
    {OP(fcvt_s_d), RNE, 0xfff8000000000123ull, 0, 0, CANON_S, 0},
    {OP(fcvt_d_s), RNE, S_SNAN, 0, 0, CANON_D, NV},
    {OP(fcvt_d_s), RNE, UNBOXED_ONE, 0, 0, CANON_D, 0},
    {OP(fcvt_d_s), RNE, S_TWO, 0, 0, D_TWO, 0},
};

/* ---- min/max, sign injection, compare, classify, moves ---------------------------------- */

static const fp_case bits_cases[] = {
    {OP(fmin_d), 0, D_NZ, 0, 0, D_NZ, 0},
    {OP(fmin_d), 0, 0, D_NZ, 0, D_NZ, 0},
    {OP(fmax_d), 0, D_NZ, 0, 0, 0, 0},
    {OP(fmax_d), 0, 0, D_NZ, 0, 0, 0},
    {OP(fmin_d), 0, D_QNAN, D_ONE, 0, D_ONE, 0},
    {OP(fmax_d), 0, D_ONE, D_QNAN, 0, D_ONE, 0},
    {OP(fmin_d), 0, D_SNAN, D_ONE, 0, D_ONE, NV},
    {OP(fmin_d), 0, D_QNAN, 0xfff8000000000123ull, 0, CANON_D, 0},
    {OP(fmax_d), 0, D_SNAN, D_SNAN, 0, CANON_D, NV},
    {OP(fmin_d), 0, D_NINF, D_INF, 0, D_NINF, 0},
    {OP(fmin_s), 0, BOX(0x80000000), BOX(0), 0, BOX(0x80000000), 0},
    {OP(fmax_s), 0, BOX(0x80000000), BOX(0), 0, BOX(0), 0},
    {OP(fmin_s), 0, UNBOXED_ONE, S_TWO, 0, S_TWO, 0},
    {OP(fmax_s), 0, S_SNAN, S_TWO, 0, S_TWO, NV},
    {OP(fsgnj_s), 0, UNBOXED_ONE, BOX(0xc0000000), 0, BOX(0xffc00000), 0},
    {OP(fsgnjn_s), 0, S_ONE, S_ONE, 0, BOX(0xbf800000), 0},
    {OP(fsgnjx_s), 0, BOX(0xbf800000), BOX(0xc0000000), 0, S_ONE, 0},
    {OP(fsgnj_d), 0, D_SNAN, D_NZ, 0, D_SNAN | D_NZ, 0}, /* bit op: payload kept, no NV */
    {OP(fsgnjn_d), 0, D_ONE, D_ONE, 0, 0xbff0000000000000ull, 0},
    {OP(fsgnjx_d), 0, 0xbff0000000000000ull, D_NZ, 0, D_ONE, 0},
    {OP(feq_d), 0, D_ONE, D_ONE, 0, 1, 0},
    {OP(feq_d), 0, 0, D_NZ, 0, 1, 0},
    {OP(feq_d), 0, D_QNAN, D_ONE, 0, 0, 0},
    {OP(feq_d), 0, D_SNAN, D_ONE, 0, 0, NV},
    {OP(flt_d), 0, D_QNAN, D_ONE, 0, 0, NV},
    {OP(fle_d), 0, D_ONE, D_QNAN, 0, 0, NV},
    {OP(flt_d), 0, D_NZ, 0, 0, 0, 0},
    {OP(fle_d), 0, D_NZ, 0, 0, 1, 0},
    {OP(flt_s), 0, S_ONE, S_TWO, 0, 1, 0},
    {OP(feq_s), 0, UNBOXED_ONE, UNBOXED_ONE, 0, 0, 0},
    {OP(fle_s), 0, UNBOXED_ONE, S_ONE, 0, 0, NV},
    {OP(fclass_d), 0, D_NINF, 0, 0, 1 << 0, 0},
    {OP(fclass_d), 0, 0xbff0000000000000ull, 0, 0, 1 << 1, 0},
    {OP(fclass_d), 0, 0x8000000000000001ull, 0, 0, 1 << 2, 0},
    {OP(fclass_d), 0, D_NZ, 0, 0, 1 << 3, 0},
    {OP(fclass_d), 0, 0, 0, 0, 1 << 4, 0},
    {OP(fclass_d), 0, 1, 0, 0, 1 << 5, 0},
    {OP(fclass_d), 0, D_ONE, 0, 0, 1 << 6, 0},
    {OP(fclass_d), 0, D_INF, 0, 0, 1 << 7, 0},
    {OP(fclass_d), 0, D_SNAN, 0, 0, 1 << 8, 0},
    {OP(fclass_d), 0, D_QNAN, 0, 0, 1 << 9, 0},
    {OP(fclass_s), 0, BOX(0xff800000), 0, 0, 1 << 0, 0},
    {OP(fclass_s), 0, BOX(0xbf800000), 0, 0, 1 << 1, 0},
    {OP(fclass_s), 0, BOX(0x80000001), 0, 0, 1 << 2, 0},
    {OP(fclass_s), 0, BOX(0x80000000), 0, 0, 1 << 3, 0},
    {OP(fclass_s), 0, BOX(0), 0, 0, 1 << 4, 0},
    {OP(fclass_s), 0, BOX(0x007fffff), 0, 0, 1 << 5, 0},
    {OP(fclass_s), 0, S_ONE, 0, 0, 1 << 6, 0},
    {OP(fclass_s), 0, BOX(0x7f800000), 0, 0, 1 << 7, 0},
    {OP(fclass_s), 0, S_SNAN, 0, 0, 1 << 8, 0},
    {OP(fclass_s), 0, CANON_S, 0, 0, 1 << 9, 0},
    {OP(fclass_s), 0, UNBOXED_ONE, 0, 0, 1 << 9, 0},
    {OP(fmv_x_w), 0, 0x00000000bf800000ull, 0, 0, 0xffffffffbf800000ull, 0},
    {OP(fmv_x_w), 0, S_ONE, 0, 0, 0x3f800000ull, 0},
    {OP(fmv_x_d), 0, D_SNAN, 0, 0, D_SNAN, 0},
    {OP(fmv_w_x), 0, 0x12345678c0000000ull, 0, 0, BOX(0xc0000000), 0},
    {OP(fmv_d_x), 0, 0x123456789abcdef0ull, 0, 0, 0x123456789abcdef0ull, 0},
};

/* ---- conversions ------------------------------------------------------------------------ */

static const fp_case cvt_cases[] = {
    {OP(fcvt_w_d), RNE, 0x4004000000000000ull, 0, 0, 2, NX}, /* 2.5 */
    {OP(fcvt_w_d), RMM, 0x4004000000000000ull, 0, 0, 3, NX},
    {OP(fcvt_w_d), RTZ, 0x4004000000000000ull, 0, 0, 2, NX},
    {OP(fcvt_w_d), RUP, 0x4004000000000000ull, 0, 0, 3, NX},
    {OP(fcvt_w_d), RDN, 0xc004000000000000ull, 0, 0, (uint64_t)-3, NX}, /* -2.5 */
    {OP(fcvt_w_d), RMM, 0xc004000000000000ull, 0, 0, (uint64_t)-3, NX},
    {OP(fcvt_w_d), RNE, 0xc004000000000000ull, 0, 0, (uint64_t)-2, NX},
    {OP(fcvt_w_d), RUP, 0xc004000000000000ull, 0, 0, (uint64_t)-2, NX},
    {OP(fcvt_w_d), RNE, 0x3ff8000000000000ull, 0, 0, 2, NX}, /* 1.5 */
    {OP(fcvt_w_d), RTZ, D_QNAN, 0, 0, 0x7fffffff, NV},
    {OP(fcvt_w_d), RTZ, D_INF, 0, 0, 0x7fffffff, NV},
    {OP(fcvt_w_d), RTZ, D_NINF, 0, 0, 0xffffffff80000000ull, NV},
    {OP(fcvt_w_d), RTZ, 0x41e0000000000000ull, 0, 0, 0x7fffffff, NV}, /* 2^31 */
    {OP(fcvt_w_d), RNE, 0x41dfffffffe00000ull, 0, 0, 0x7fffffff, NV}, /* 2^31-0.5 rounds out */
    {OP(fcvt_w_d), RTZ, 0x41dfffffffe00000ull, 0, 0, 0x7fffffff, NX},
    {OP(fcvt_w_d), RTZ, 0xc1e0000000000000ull, 0, 0, 0xffffffff80000000ull, 0}, /* -2^31 */
    {OP(fcvt_wu_d), RTZ, 0x41efffffffe00000ull, 0, 0, ~0ull, 0},                /* 2^32-1 */
    {OP(fcvt_wu_d), RTZ, 0x41f0000000000000ull, 0, 0, ~0ull, NV},
    {OP(fcvt_wu_d), RTZ, 0xbff0000000000000ull, 0, 0, 0, NV},
    {OP(fcvt_wu_d), RTZ, 0xbfe0000000000000ull, 0, 0, 0, NX}, /* -0.5 -> 0 */
    {OP(fcvt_wu_d), RNE, 0xbfe8000000000000ull, 0, 0, 0, NV}, /* -0.75 -> -1 */
    {OP(fcvt_wu_d), RTZ, D_QNAN, 0, 0, ~0ull, NV},
    {OP(fcvt_wu_d), RTZ, D_NINF, 0, 0, 0, NV},
    {OP(fcvt_wu_d), RTZ, 0x41e0000000000000ull, 0, 0, 0xffffffff80000000ull, 0}, /* sign-extended */
    {OP(fcvt_l_d), RTZ, 0x43e0000000000000ull, 0, 0, 0x7fffffffffffffffull, NV},
    {OP(fcvt_l_d), RTZ, 0xc3e0000000000000ull, 0, 0, 0x8000000000000000ull, 0},
    {OP(fcvt_l_d), RTZ, D_QNAN, 0, 0, 0x7fffffffffffffffull, NV},
    {OP(fcvt_l_d), RTZ, D_NINF, 0, 0, 0x8000000000000000ull, NV},
    {OP(fcvt_lu_d), RTZ, 0x43f0000000000000ull, 0, 0, ~0ull, NV},
    {OP(fcvt_lu_d), RTZ, 0x43efffffffffffffull, 0, 0, 0xfffffffffffff800ull, 0},
    {OP(fcvt_lu_d), RTZ, 0xbff0000000000000ull, 0, 0, 0, NV},
    {OP(fcvt_lu_d), RTZ, D_QNAN, 0, 0, ~0ull, NV},
    {OP(fcvt_lu_d), RUP, 1, 0, 0, 1, NX},
    {OP(fcvt_l_d), RDN, 0x8000000000000001ull, 0, 0, ~0ull, NX},
    {OP(fcvt_w_s), RTZ, UNBOXED_ONE, 0, 0, 0x7fffffff, NV},
    {OP(fcvt_w_s), RMM, BOX(0x40200000), 0, 0, 3, NX},                    /* 2.5f */
    {OP(fcvt_l_s), RTZ, BOX(0xdf000000), 0, 0, 0x8000000000000000ull, 0}, /* -2^63 */
    {OP(fcvt_lu_s), RTZ, BOX(0x5f800000), 0, 0, ~0ull, NV},               /* 2^64 */
    {OP(fcvt_wu_s), RTZ, S_SNAN, 0, 0, ~0ull, NV},
    /* integer -> float: a is the integer source */
    {OP(fcvt_s_w), RNE, 16777217, 0, 0, BOX(0x4b800000), NX},
    {OP(fcvt_s_w), RMM, 16777217, 0, 0, BOX(0x4b800001), NX},
    {OP(fcvt_s_w), RUP, 16777217, 0, 0, BOX(0x4b800001), NX},
    {OP(fcvt_s_w), RDN, (uint64_t)-16777217, 0, 0, BOX(0xcb800001), NX},
    {OP(fcvt_s_w), RNE, 0x1234567800000005ull, 0, 0, BOX(0x40a00000), 0}, /* low 32 bits */
    {OP(fcvt_s_wu), RNE, 0xffffffff, 0, 0, BOX(0x4f800000), NX},
    {OP(fcvt_s_wu), RTZ, 0xffffffff, 0, 0, BOX(0x4f7fffff), NX},
    {OP(fcvt_s_l), RNE, 0x8000000000000000ull, 0, 0, BOX(0xdf000000), 0},
    {OP(fcvt_s_lu), RUP, 1, 0, 0, S_ONE, 0},
    {OP(fcvt_s_lu), RNE, 0, 0, 0, BOX(0), 0},
    {OP(fcvt_d_l), RNE, (1ull << 53) + 1, 0, 0, 0x4340000000000000ull, NX},
    {OP(fcvt_d_l), RMM, (1ull << 53) + 1, 0, 0, 0x4340000000000001ull, NX},
    {OP(fcvt_d_l), RDN, (uint64_t)-1, 0, 0, 0xbff0000000000000ull, 0},
    {OP(fcvt_d_lu), RNE, ~0ull, 0, 0, 0x43f0000000000000ull, NX},
    {OP(fcvt_d_lu), RTZ, ~0ull, 0, 0, 0x43efffffffffffffull, NX},
    {OP(fcvt_d_w), RNE, 0xffffffff80000000ull, 0, 0, 0xc1e0000000000000ull, 0},
    {OP(fcvt_d_wu), RNE, 0xffffffff80000000ull, 0, 0, 0x41e0000000000000ull, 0},
};

static void test_arith(void **state) {
    (void)state;
    RUN_TABLE(arith_cases);
}
static void test_rounding(void **state) {
    (void)state;
    RUN_TABLE(rounding_cases);
}
static void test_bits(void **state) {
    (void)state;
    RUN_TABLE(bits_cases);
}
static void test_cvt(void **state) {
    (void)state;
    RUN_TABLE(cvt_cases);
}

/* Dynamic rounding mode: rm = 7 takes cpu->frm; every mode must match the static result. */
static void test_dynamic_rm(void **state) {
    (void)state;
    for (int mode = 0; mode <= RMM; mode++) {
        fp_case st = {OP(fadd_d), mode, D_ONE, 0x3ca0000000000000ull, 0, 0, 0};
        fp_case dyn = st;
        dyn.rm = DYN;
        uint32_t f1, f2;
        uint64_t r1 = run_case(&st, 0, &f1);
        uint64_t r2 = run_case(&dyn, (uint32_t)mode, &f2);
        assert_int_equal(r1, r2);
        assert_int_equal(f1, f2);
    }
}

/* frm 5..7 with rm = dyn is an illegal instruction: the hook runs and nothing is written. */
static int hook_calls;
static void illegal_hook(rv64_cpu *cpu) {
    (void)cpu;
    hook_calls++;
}

static void test_invalid_frm(void **state) {
    (void)state;
    fp_case t = {OP(fdiv_d), DYN, D_ONE, 0x4008000000000000ull, 0, 0x5555, 0};
    uint32_t fl;
    rv64_fp_illegal_hook = illegal_hook;
    hook_calls = 0;
    for (uint32_t frm = 5; frm <= 7; frm++) {
        assert_int_equal(run_case(&t, frm, &fl), 0x5555);
        assert_int_equal(fl, 0);
    }
    assert_int_equal(hook_calls, 3);
    /* a static rm never consults frm */
    t.rm = RNE;
    assert_int_equal(run_case(&t, 6, &fl), 0x3fd5555555555555ull);
    /* fcvt.d.w is exact but still checks the dynamic mode */
    fp_case c = {OP(fcvt_d_w), DYN, 1, 0, 0, 0x5555, 0};
    assert_int_equal(run_case(&c, 5, &fl), 0x5555);
    assert_int_equal(hook_calls, 4);
    /* no hook: round to nearest-even */
    rv64_fp_illegal_hook = NULL;
    t.rm = DYN;
    assert_int_equal(run_case(&t, 7, &fl), 0x3fd5555555555555ull);
    assert_int_equal(fl, NX);
}

/* Flags accrue: an op never clears flags set earlier. */
static void test_flags_accrue(void **state) {
    (void)state;
    rv64_cpu cpu;
    memset(&cpu, 0, sizeof cpu);
    cpu.fflags = DZ;
    cpu.f[1] = D_ONE;
    cpu.f[2] = 0x4008000000000000ull;
    ((rv64_fp_ff_fn)rv64_fp_helpers[OP(fdiv_d)].fn)(&cpu, rv64_fp_pack(3, 1, 2, 0, RNE));
    assert_int_equal(cpu.fflags, DZ | NX);
}

/* Every F/D computational op has a helper of the right kind; loads/stores have none. */
static void test_table(void **state) {
    (void)state;
    assert_int_equal(rv64_fp_helpers[OP(fadd_s)].kind, RV64_FPK_FF);
    assert_int_equal(rv64_fp_helpers[OP(fcvt_s_d)].kind, RV64_FPK_FF);
    assert_int_equal(rv64_fp_helpers[OP(fcvt_wu_s)].kind, RV64_FPK_FX);
    assert_int_equal(rv64_fp_helpers[OP(fmv_x_w)].kind, RV64_FPK_FX);
    assert_int_equal(rv64_fp_helpers[OP(fclass_d)].kind, RV64_FPK_FX);
    assert_int_equal(rv64_fp_helpers[OP(fcvt_d_lu)].kind, RV64_FPK_XF);
    assert_int_equal(rv64_fp_helpers[OP(fmv_w_x)].kind, RV64_FPK_XF);
    assert_int_equal(rv64_fp_helpers[OP(flw)].kind, RV64_FPK_NONE);
    assert_int_equal(rv64_fp_helpers[OP(fsd)].kind, RV64_FPK_NONE);
    assert_int_equal(rv64_fp_helpers[OP(add)].kind, RV64_FPK_NONE);
    int n = 0;
    for (int op = 0; op < RV64_OP_COUNT; op++) {
        if (rv64_fp_helpers[op].kind != RV64_FPK_NONE) {
            assert_non_null(rv64_fp_helpers[op].fn);
            n++;
        }
    }
    assert_int_equal(n, 2 * 28 + 2); /* 28 ops per precision + fcvt.s.d and fcvt.d.s */
}

/* ---- Zicsr ------------------------------------------------------------------------------ */

static uint64_t csr(rv64_cpu *cpu, uint32_t num, unsigned kind, uint64_t src) {
    return rv64_csr_op(cpu, num | (uint64_t)kind << 16, src);
}

static void test_csr_fp(void **state) {
    (void)state;
    rv64_cpu cpu;
    memset(&cpu, 0, sizeof cpu);
    assert_int_equal(csr(&cpu, RV64_CSR_FFLAGS, RV64_CSR_RW, ~0ull), 0);
    assert_int_equal(cpu.fflags, 0x1f);
    assert_int_equal(csr(&cpu, RV64_CSR_FFLAGS, RV64_CSR_RC, 0x11), 0x1f);
    assert_int_equal(cpu.fflags, 0x0e);
    assert_int_equal(csr(&cpu, RV64_CSR_FRM, RV64_CSR_RW, 0xfc), 0);
    assert_int_equal(cpu.frm, 4);
    assert_int_equal(csr(&cpu, RV64_CSR_FCSR, RV64_CSR_RS | RV64_CSR_NOWRITE, 0xff), 0x8e);
    assert_int_equal(cpu.frm, 4);
    assert_int_equal(csr(&cpu, RV64_CSR_FCSR, RV64_CSR_RS, 0x21), 0x8e);
    assert_int_equal(cpu.frm, 5);
    assert_int_equal(cpu.fflags, 0x0f);
    assert_int_equal(csr(&cpu, RV64_CSR_FCSR, RV64_CSR_RW, 0x1e5), 0xaf);
    assert_int_equal(cpu.frm, 7);
    assert_int_equal(cpu.fflags, 0x05);
    assert_int_equal(csr(&cpu, RV64_CSR_FRM, RV64_CSR_RC, 3), 7);
    assert_int_equal(cpu.frm, 4);
}

static void test_csr_counters(void **state) {
    (void)state;
    rv64_cpu cpu;
    memset(&cpu, 0, sizeof cpu);
    uint64_t t0 = csr(&cpu, RV64_CSR_TIME, RV64_CSR_RS | RV64_CSR_NOWRITE, 0);
    uint64_t c0 = csr(&cpu, RV64_CSR_CYCLE, RV64_CSR_RS | RV64_CSR_NOWRITE, 0);
    uint64_t i0 = csr(&cpu, RV64_CSR_INSTRET, RV64_CSR_RS | RV64_CSR_NOWRITE, 0);
    struct timespec ts = {0, 20 * 1000 * 1000};
    nanosleep(&ts, NULL);
    uint64_t t1 = csr(&cpu, RV64_CSR_TIME, RV64_CSR_RS | RV64_CSR_NOWRITE, 0);
    uint64_t c1 = csr(&cpu, RV64_CSR_CYCLE, RV64_CSR_RS | RV64_CSR_NOWRITE, 0);
    uint64_t i1 = csr(&cpu, RV64_CSR_INSTRET, RV64_CSR_RS | RV64_CSR_NOWRITE, 0);
    assert_true(c1 > c0);
    assert_true(i1 > i0);
    /* 20 ms at 10 MHz = 200000 ticks; allow a slow, loaded machine */
    assert_true(t1 - t0 >= 190000);
    assert_true(t1 - t0 < 100000000);
}

static void test_csr_valid(void **state) {
    (void)state;
    assert_true(rv64_csr_valid(RV64_CSR_FFLAGS, true));
    assert_true(rv64_csr_valid(RV64_CSR_FRM, true));
    assert_true(rv64_csr_valid(RV64_CSR_FCSR, false));
    assert_true(rv64_csr_valid(RV64_CSR_TIME, false));
    assert_false(rv64_csr_valid(RV64_CSR_TIME, true));
    assert_false(rv64_csr_valid(RV64_CSR_CYCLE, true));
    assert_false(rv64_csr_valid(RV64_CSR_INSTRET, true));
    assert_true(rv64_csr_valid(RV64_CSR_INSTRET, false));
    assert_false(rv64_csr_valid(0x300, false)); /* mstatus: machine mode */
    assert_false(rv64_csr_valid(0x004, false));
    assert_false(rv64_csr_valid(0xc80, false)); /* cycleh does not exist on RV64 */
}

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_arith),        cmocka_unit_test(test_rounding),
        cmocka_unit_test(test_bits),         cmocka_unit_test(test_cvt),
        cmocka_unit_test(test_dynamic_rm),   cmocka_unit_test(test_invalid_frm),
        cmocka_unit_test(test_flags_accrue), cmocka_unit_test(test_table),
        cmocka_unit_test(test_csr_fp),       cmocka_unit_test(test_csr_counters),
        cmocka_unit_test(test_csr_valid),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
