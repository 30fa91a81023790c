/*
 * rv64_fp.c - RISC-V F/D arithmetic, conversions, comparisons and the Zicsr CSRs: the exact
 * reference. Generated code does the common cases inline (backend_fp.inc) and calls
 * rv64_fp_value for the others and for the slow paths of its fixups (docs/fp.md).
 *
 * Design:
 *  - Rounded arithmetic (add/sub/mul/div/sqrt/fma, fcvt.s.d) runs on the host SSE unit with
 *    the guest rounding mode loaded into MXCSR; the exception flags MXCSR collects map one to
 *    one onto fflags (IE->NV, ZE->DZ, OE->OF, UE->UF, PE->NX; DE is ignored). x86, like
 *    RISC-V, detects tininess after rounding and raises UE (masked) only when also inexact.
 *    Each operation is one inline-asm block that saves MXCSR, loads the guest mode, does the
 *    op, reads the flags and restores MXCSR, so the compiler can neither move nor fold it
 *    and the host's own MXCSR is left untouched.
 *  - RMM (round to nearest, ties away from zero) has no x86 mode. RMM differs from RNE only
 *    when the exact result lies exactly halfway between two representable values, so the
 *    op is done in RNE and, if inexact, redone exactly in a wider format: x87 80-bit for
 *    doubles, SSE double for singles, binary128 (__float128) for double fma. A halfway
 *    value has only p+1 significant bits, so when it is the exact result the wide op is
 *    exact too; if the wide op is inexact there was no tie and the RNE result stands.
 *    The RNE flags are also the RMM flags: at a tie RNE picks the even neighbour, and the
 *    largest finite value and 2^emin both have odd neighbours below them, so overflow and
 *    tininess never differ between the two modes. sqrt never produces a tie.
 *  - Every NaN result becomes the canonical NaN; single operands that are not NaN-boxed read
 *    as the canonical NaN; single results are written NaN-boxed.
 *  - fmin/fmax, comparisons, fclass, sign injection, float->int and int->float conversions
 *    are exact bit/integer code: they need no host FP state at all.
 */
#include "rv64_fp.h"

#include <math.h>
#include <string.h>
#include <time.h>

#include "cache_abi.h"
#include "recomp/cache_format.h"

void (*rv64_fp_illegal_hook)(rv64_cpu *cpu) = NULL;

/* ---- Bits and boxes ------------------------------------------------------------------ */

#define CANON_S 0x7fc00000u
#define CANON_D 0x7ff8000000000000ull
#define BOX_HI  0xffffffff00000000ull

static inline float f32_of(uint32_t b) {
    float f;
    memcpy(&f, &b, 4);
    return f;
}
static inline uint32_t bits_of_f32(float f) {
    uint32_t b;
    memcpy(&b, &f, 4);
    return b;
}
static inline double f64_of(uint64_t b) {
    double d;
    memcpy(&d, &b, 8);
    return d;
}
static inline uint64_t bits_of_f64(double d) {
    uint64_t b;
    memcpy(&b, &d, 8);
    return b;
}

/* A single operand: the low half of a properly boxed register, else the canonical NaN. */
static inline uint32_t unbox_s(uint64_t v) {
    return (v & BOX_HI) == BOX_HI ? (uint32_t)v : CANON_S;
}
static inline uint64_t box_s(uint32_t v) {
    return BOX_HI | v;
}

static inline bool isnan_s(uint32_t b) {
    return (b & 0x7fffffffu) > 0x7f800000u;
}
static inline bool isnan_d(uint64_t b) {
    return (b & ~(1ull << 63)) > 0x7ff0000000000000ull;
}
static inline bool issnan_s(uint32_t b) {
    return isnan_s(b) && !(b & 0x00400000u);
}
static inline bool issnan_d(uint64_t b) {
    return isnan_d(b) && !(b & 0x0008000000000000ull);
}

/* Packed operand fields (register numbers masked so a bad word cannot index out of f[]). */
#define P_RD(p)  ((unsigned)(p)&31)
#define P_RS1(p) ((unsigned)((p) >> 8) & 31)
#define P_RS2(p) ((unsigned)((p) >> 16) & 31)
#define P_RS3(p) ((unsigned)((p) >> 24) & 31)
#define P_RM(p)  ((unsigned)((p) >> 32) & 7)

/* Resolve the rounding mode of an instruction. False: the dynamic mode is invalid and the
 * illegal-instruction hook has been called; the caller must return without side effects. */
static bool resolve_rm(rv64_cpu *cpu, uint64_t packed, int *rm) {
    unsigned r = P_RM(packed);
    if (r == RV64_RM_DYN) r = cpu->frm;
    if (r > RV64_RM_RMM) {
        if (rv64_fp_illegal_hook) {
            rv64_fp_illegal_hook(cpu);
            return false;
        }
        r = RV64_RM_RNE;
    }
    *rm = (int)r;
    return true;
}

/* ---- Host SSE operations under a guest rounding mode ---------------------------------- */

/* MXCSR image: all exceptions masked, flags clear, no DAZ/FTZ, rounding control from rm.
 * x86 RC: 0 nearest, 1 down, 2 up, 3 toward zero. RMM runs as nearest (fixed up later). */
static inline uint32_t mxcsr_for(int rm) {
    static const uint8_t rc[5] = {0, 3, 1, 2, 0};
    return 0x1f80u | (uint32_t)rc[rm] << 13;
}
#define MXCSR_RNE 0x1f80u
#define MX_IE     0x01u
#define MX_ZE     0x04u
#define MX_OE     0x08u
#define MX_UE     0x10u
#define MX_PE     0x20u

static inline uint32_t fflags_of_mxcsr(uint32_t m) {
    return rv64_fflags_of_mxcsr(m);
}

/* One SSE instruction "insn src, dst" (dst = dst op src) with MXCSR = mx; *st gets the
 * resulting MXCSR (flags in the low bits). */
#define SSE_BINOP(name, insn, T)                                                                   \
    static inline T name(T a, T b, uint32_t mx, uint32_t *st) {                                    \
        uint32_t saved = 0, out = 0;                                                               \
        __asm__ volatile("stmxcsr %[saved]\n\t"                                                    \
                         "ldmxcsr %[mx]\n\t" insn " %[b], %[a]\n\t"                                \
                         "stmxcsr %[out]\n\t"                                                      \
                         "ldmxcsr %[saved]"                                                        \
                         : [a] "+x"(a), [saved] "+m"(saved), [out] "+m"(out)                       \
                         : [b] "x"(b), [mx] "m"(mx));                                              \
        *st = out;                                                                                 \
        return a;                                                                                  \
    }
SSE_BINOP(sse_add_d, "addsd", double)
SSE_BINOP(sse_sub_d, "subsd", double)
SSE_BINOP(sse_mul_d, "mulsd", double)
SSE_BINOP(sse_div_d, "divsd", double)
SSE_BINOP(sse_sqrt_d, "sqrtsd", double) /* sqrt of b; a is only the destination */
SSE_BINOP(sse_add_s, "addss", float)
SSE_BINOP(sse_sub_s, "subss", float)
SSE_BINOP(sse_mul_s, "mulss", float)
SSE_BINOP(sse_div_s, "divss", float)
SSE_BINOP(sse_sqrt_s, "sqrtss", float)

static inline float sse_cvt_d_to_s(double a, uint32_t mx, uint32_t *st) {
    uint32_t saved = 0, out = 0;
    float r;
    __asm__ volatile("stmxcsr %[saved]\n\t"
                     "ldmxcsr %[mx]\n\t"
                     "cvtsd2ss %[a], %[r]\n\t"
                     "stmxcsr %[out]\n\t"
                     "ldmxcsr %[saved]"
                     : [r] "=x"(r), [saved] "+m"(saved), [out] "+m"(out)
                     : [a] "x"(a), [mx] "m"(mx));
    *st = out;
    return r;
}

/* Fused multiply-add a*b+c with one rounding: the host FMA3 unit when present (the assembler
 * accepts the VEX encoding regardless of -m flags), else libm's fma()/fmaf(), which are
 * exact and honour the MXCSR rounding mode and flags on x86-64. */
static int host_has_fma(void) {
    static int cached = -1;
    if (cached < 0) cached = (cache_host_features() & RC_FEAT_FMA) ? 1 : 0;
    return cached;
}

static double fma_d(double a, double b, double c, uint32_t mx, uint32_t *st) {
    uint32_t saved = 0, out = 0;
    if (host_has_fma()) {
        __asm__ volatile("stmxcsr %[saved]\n\t"
                         "ldmxcsr %[mx]\n\t"
                         "vfmadd231sd %[b], %[a], %[c]\n\t"
                         "stmxcsr %[out]\n\t"
                         "ldmxcsr %[saved]"
                         : [c] "+x"(c), [saved] "+m"(saved), [out] "+m"(out)
                         : [a] "x"(a), [b] "x"(b), [mx] "m"(mx));
        *st = out;
        return c;
    }
    volatile double va = a, vb = b, vc = c, vr;
    __asm__ volatile("stmxcsr %[saved]\n\tldmxcsr %[mx]"
                     : [saved] "+m"(saved)
                     : [mx] "m"(mx)
                     : "memory");
    vr = fma(va, vb, vc);
    __asm__ volatile("stmxcsr %[out]\n\tldmxcsr %[saved]"
                     : [out] "+m"(out)
                     : [saved] "m"(saved)
                     : "memory");
    *st = out;
    return vr;
}

static float fma_s(float a, float b, float c, uint32_t mx, uint32_t *st) {
    uint32_t saved = 0, out = 0;
    if (host_has_fma()) {
        __asm__ volatile("stmxcsr %[saved]\n\t"
                         "ldmxcsr %[mx]\n\t"
                         "vfmadd231ss %[b], %[a], %[c]\n\t"
                         "stmxcsr %[out]\n\t"
                         "ldmxcsr %[saved]"
                         : [c] "+x"(c), [saved] "+m"(saved), [out] "+m"(out)
                         : [a] "x"(a), [b] "x"(b), [mx] "m"(mx));
        *st = out;
        return c;
    }
    volatile float va = a, vb = b, vc = c, vr;
    __asm__ volatile("stmxcsr %[saved]\n\tldmxcsr %[mx]"
                     : [saved] "+m"(saved)
                     : [mx] "m"(mx)
                     : "memory");
    vr = fmaf(va, vb, vc);
    __asm__ volatile("stmxcsr %[out]\n\tldmxcsr %[saved]"
                     : [out] "+m"(out)
                     : [saved] "m"(saved)
                     : "memory");
    *st = out;
    return vr;
}

/* ---- RMM: exact halfway detection ----------------------------------------------------- */

enum { OP_ADD, OP_SUB, OP_MUL, OP_DIV, OP_SQRT };

static double sse_op_d(int op, double a, double b, uint32_t mx, uint32_t *st) {
    switch (op) {
    case OP_ADD: return sse_add_d(a, b, mx, st);
    case OP_SUB: return sse_sub_d(a, b, mx, st);
    case OP_MUL: return sse_mul_d(a, b, mx, st);
    case OP_DIV: return sse_div_d(a, b, mx, st);
    default: return sse_sqrt_d(a, a, mx, st);
    }
}

static float sse_op_s(int op, float a, float b, uint32_t mx, uint32_t *st) {
    switch (op) {
    case OP_ADD: return sse_add_s(a, b, mx, st);
    case OP_SUB: return sse_sub_s(a, b, mx, st);
    case OP_MUL: return sse_mul_s(a, b, mx, st);
    case OP_DIV: return sse_div_s(a, b, mx, st);
    default: return sse_sqrt_s(a, a, mx, st);
    }
}

/* The neighbour of finite r one step toward +inf (up) or -inf, by bit arithmetic so that no
 * host flags are touched. */
static double step_d(double r, bool up) {
    uint64_t b = bits_of_f64(r);
    if ((b << 1) == 0) return f64_of(up ? 1 : (1ull << 63 | 1));
    b = ((b >> 63) == 0) == up ? b + 1 : b - 1;
    return f64_of(b);
}
static float step_s(float r, bool up) {
    uint32_t b = bits_of_f32(r);
    if ((b << 1) == 0) return f32_of(up ? 1 : (1u << 31 | 1));
    b = ((b >> 31) == 0) == up ? b + 1 : b - 1;
    return f32_of(b);
}

/* Given the RNE result r of an inexact op and its exact value x (in a wider format), return
 * the RMM result: r unless x lies exactly halfway between r and its other neighbour, in which
 * case the neighbour of larger magnitude. The differences are exact in the wide format. */
#define RMM_FIX(name, T, W, step)                                                                  \
    static T name(T r, W x) {                                                                      \
        T o = step(r, x > (W)r);                                                                   \
        W d1 = x - (W)r, d2 = (W)o - x;                                                            \
        if (d1 < 0) d1 = -d1;                                                                      \
        if (d2 < 0) d2 = -d2;                                                                      \
        if (d1 != d2) return r;                                                                    \
        return fabs((double)o) > fabs((double)r) ? o : r;                                          \
    }
RMM_FIX(rmm_fix_s, float, double, step_s)
RMM_FIX(rmm_fix_d, double, long double, step_d)
RMM_FIX(rmm_fix_d_q, double, __float128, step_d)

/* a op b on the x87 unit at 64-bit precision. Returns true (and *x) if the result is exact. */
#define X87_OP(name, insn)                                                                         \
    static bool name(double a, double b, long double *x) {                                         \
        uint16_t cw_saved = 0, sw = 0;                                                             \
        const uint16_t cw = 0x037f; /* all masked, 64-bit precision, nearest */                    \
        long double r;                                                                             \
        __asm__ volatile("fnstcw %[cws]\n\t"                                                       \
                         "fldcw %[cw]\n\t"                                                         \
                         "fnclex\n\t"                                                              \
                         "fldl %[a]\n\t" insn " %[b]\n\t"                                          \
                         "fnstsw %[sw]\n\t"                                                        \
                         "fstpt %[r]\n\t"                                                          \
                         "fldcw %[cws]"                                                            \
                         : [r] "=m"(r), [sw] "+m"(sw), [cws] "+m"(cw_saved)                        \
                         : [a] "m"(a), [b] "m"(b), [cw] "m"(cw));                                  \
        *x = r;                                                                                    \
        return !(sw & 0x20); /* PE */                                                              \
    }
X87_OP(x87_add, "faddl")
X87_OP(x87_sub, "fsubl")
X87_OP(x87_mul, "fmull")
X87_OP(x87_div, "fdivl")

static double rmm_arith_d(int op, double a, double b, double r) {
    long double x;
    bool exact;
    switch (op) {
    case OP_ADD: exact = x87_add(a, b, &x); break;
    case OP_SUB: exact = x87_sub(a, b, &x); break;
    case OP_MUL: exact = x87_mul(a, b, &x); break;
    case OP_DIV: exact = x87_div(a, b, &x); break;
    default: return r; /* sqrt: never halfway */
    }
    return exact ? rmm_fix_d(r, x) : r;
}

static float rmm_arith_s(int op, float a, float b, float r) {
    uint32_t st;
    if (op == OP_SQRT) return r;
    double x = sse_op_d(op, a, b, MXCSR_RNE, &st);
    return (st & MX_PE) ? r : rmm_fix_s(r, x);
}

/* Knuth's TwoSum: s + err == a + b exactly (round-to-nearest, no overflow). */
#define TWO_SUM_EXACT(name, W)                                                                     \
    static bool name(W a, W b, W *s) {                                                             \
        W sum = a + b;                                                                             \
        W bv = sum - a;                                                                            \
        W av = sum - bv;                                                                           \
        W err = (a - av) + (b - bv);                                                               \
        *s = sum;                                                                                  \
        return err == 0;                                                                           \
    }
TWO_SUM_EXACT(two_sum_q, __float128)

static double rmm_fma_d(double a, double b, double c, double r) {
    /* The product of two doubles is exact in binary128 (106 <= 113 bits); the soft-float
     * binary128 code runs in the host's (nearest) rounding mode. */
    __float128 p = (__float128)a * (__float128)b, s;
    return two_sum_q(p, (__float128)c, &s) ? rmm_fix_d_q(r, s) : r;
}

static float rmm_fma_s(float a, float b, float c, float r) {
    /* The product of two singles is exact in double; the sum is checked with TwoSum done by
     * SSE instructions in explicit RNE (no reliance on the host mode, no contraction). */
    uint32_t st;
    double p = sse_mul_d(a, b, MXCSR_RNE, &st);
    double s = sse_add_d(p, c, MXCSR_RNE, &st);
    double bv = sse_sub_d(s, p, MXCSR_RNE, &st);
    double av = sse_sub_d(s, bv, MXCSR_RNE, &st);
    double e1 = sse_sub_d(p, av, MXCSR_RNE, &st);
    double e2 = sse_sub_d(c, bv, MXCSR_RNE, &st);
    double err = sse_add_d(e1, e2, MXCSR_RNE, &st);
    return err == 0 ? rmm_fix_s(r, s) : r;
}

/* ---- Rounded arithmetic ---------------------------------------------------------------- */

static uint64_t arith_d(rv64_cpu *cpu, int op, uint64_t ab, uint64_t bb, int rm) {
    uint32_t st;
    double a = f64_of(ab), b = f64_of(bb);
    double r = sse_op_d(op, a, b, mxcsr_for(rm), &st);
    if (rm == RV64_RM_RMM && (st & MX_PE) && isfinite(r)) r = rmm_arith_d(op, a, b, r);
    cpu->fflags |= fflags_of_mxcsr(st);
    uint64_t rb = bits_of_f64(r);
    return isnan_d(rb) ? CANON_D : rb;
}

static uint64_t arith_s(rv64_cpu *cpu, int op, uint32_t ab, uint32_t bb, int rm) {
    uint32_t st;
    float a = f32_of(ab), b = f32_of(bb);
    float r = sse_op_s(op, a, b, mxcsr_for(rm), &st);
    if (rm == RV64_RM_RMM && (st & MX_PE) && isfinite(r)) r = rmm_arith_s(op, a, b, r);
    cpu->fflags |= fflags_of_mxcsr(st);
    uint32_t rb = bits_of_f32(r);
    return box_s(isnan_s(rb) ? CANON_S : rb);
}

/* negate_product / negate_addend select fmadd, fmsub, fnmsub, fnmadd. The spec defines
 * fnmadd as -(a*b) - c, i.e. the signs are applied to the operands before the one rounded
 * sum (this matters for the sign of exact zero results), exactly what flipping them here does. */
static uint64_t fma_op_d(rv64_cpu *cpu, uint64_t ab, uint64_t bb, uint64_t cb, bool neg_prod,
                         bool neg_add, int rm) {
    uint32_t st;
    if (neg_prod) ab ^= 1ull << 63;
    if (neg_add) cb ^= 1ull << 63;
    double a = f64_of(ab), b = f64_of(bb), c = f64_of(cb);
    double r = fma_d(a, b, c, mxcsr_for(rm), &st);
    if (rm == RV64_RM_RMM && (st & MX_PE) && isfinite(r)) r = rmm_fma_d(a, b, c, r);
    uint32_t fl = fflags_of_mxcsr(st);
    /* inf * 0 is invalid even when the addend is a quiet NaN (the spec says so; x86 doesn't). */
    if ((isinf(a) && b == 0) || (a == 0 && isinf(b))) fl |= RV64_FFLAG_NV;
    cpu->fflags |= fl;
    uint64_t rb = bits_of_f64(r);
    return isnan_d(rb) ? CANON_D : rb;
}

static uint64_t fma_op_s(rv64_cpu *cpu, uint32_t ab, uint32_t bb, uint32_t cb, bool neg_prod,
                         bool neg_add, int rm) {
    uint32_t st;
    if (neg_prod) ab ^= 1u << 31;
    if (neg_add) cb ^= 1u << 31;
    float a = f32_of(ab), b = f32_of(bb), c = f32_of(cb);
    float r = fma_s(a, b, c, mxcsr_for(rm), &st);
    if (rm == RV64_RM_RMM && (st & MX_PE) && isfinite(r)) r = rmm_fma_s(a, b, c, r);
    uint32_t fl = fflags_of_mxcsr(st);
    if ((isinf(a) && b == 0) || (a == 0 && isinf(b))) fl |= RV64_FFLAG_NV;
    cpu->fflags |= fl;
    uint32_t rb = bits_of_f32(r);
    return box_s(isnan_s(rb) ? CANON_S : rb);
}

/* ---- Exact bit-level ops ---------------------------------------------------------------- */

/* fmin/fmax (IEEE 754-2019 minimumNumber/maximumNumber as the 2.2 F spec has it): a NaN
 * operand is ignored, two NaNs give the canonical NaN, -0 orders below +0, and a signaling
 * NaN operand raises NV. */
static uint64_t minmax_d(rv64_cpu *cpu, uint64_t a, uint64_t b, bool is_max) {
    if (issnan_d(a) || issnan_d(b)) cpu->fflags |= RV64_FFLAG_NV;
    bool an = isnan_d(a), bn = isnan_d(b);
    if (an && bn) return CANON_D;
    if (an) return b;
    if (bn) return a;
    double x = f64_of(a), y = f64_of(b);
    if (x == y) /* equal, or zeros of either sign: pick by sign bit */
        return ((a >> 63) != 0) == is_max ? b : a;
    return (x < y) != is_max ? a : b;
}

static uint64_t minmax_s(rv64_cpu *cpu, uint32_t a, uint32_t b, bool is_max) {
    if (issnan_s(a) || issnan_s(b)) cpu->fflags |= RV64_FFLAG_NV;
    bool an = isnan_s(a), bn = isnan_s(b);
    uint32_t r;
    if (an && bn)
        r = CANON_S;
    else if (an)
        r = b;
    else if (bn)
        r = a;
    else {
        float x = f32_of(a), y = f32_of(b);
        if (x == y)
            r = ((a >> 31) != 0) == is_max ? b : a;
        else
            r = (x < y) != is_max ? a : b;
    }
    return box_s(r);
}

enum { CMP_EQ, CMP_LT, CMP_LE };

/* feq is a quiet comparison (NV only for signaling NaNs); flt/fle signal on any NaN. */
static uint64_t compare(rv64_cpu *cpu, double x, double y, bool a_nan, bool b_nan, bool any_snan,
                        int kind) {
    if (a_nan || b_nan) {
        if (kind != CMP_EQ || any_snan) cpu->fflags |= RV64_FFLAG_NV;
        return 0;
    }
    switch (kind) {
    case CMP_EQ: return x == y;
    case CMP_LT: return x < y;
    default: return x <= y;
    }
}

/* fclass bits: 0 -inf, 1 -normal, 2 -subnormal, 3 -0, 4 +0, 5 +subnormal, 6 +normal, 7 +inf,
 * 8 signaling NaN, 9 quiet NaN. */
static uint64_t classify(bool neg, bool exp_max, bool exp_zero, bool mant_zero, bool quiet_bit) {
    if (exp_max) {
        if (mant_zero) return neg ? 1u << 0 : 1u << 7;
        return quiet_bit ? 1u << 9 : 1u << 8;
    }
    if (exp_zero) {
        if (mant_zero) return neg ? 1u << 3 : 1u << 4;
        return neg ? 1u << 2 : 1u << 5;
    }
    return neg ? 1u << 1 : 1u << 6;
}

/* ---- Float -> integer ------------------------------------------------------------------- */

enum { INT_W, INT_WU, INT_L, INT_LU };

/* Convert x (a double, or a single widened exactly) to an integer of the given kind with the
 * RISC-V saturating semantics: NaN and +inf give the maximum, -inf the minimum, out-of-range
 * values (after rounding) saturate with NV and without NX; in-range inexact results set NX.
 * 32-bit results, signed or not, are returned sign-extended to 64 bits. */
static uint64_t fp_to_int(rv64_cpu *cpu, double x, int kind, int rm) {
    static const uint64_t max_of[4] = {0x7fffffffull, 0xffffffffull, 0x7fffffffffffffffull, ~0ull};
    static const uint64_t min_of[4] = {0xffffffff80000000ull, 0, 1ull << 63, 0};
    static const double lim_hi[4] = {2147483647.0, 4294967295.0, 9223372036854775808.0,
                                     18446744073709551616.0};
    static const double lim_lo[4] = {-2147483648.0, 0.0, -9223372036854775808.0, 0.0};
    uint64_t mx = kind == INT_WU ? ~0ull : max_of[kind]; /* wu max sign-extended */

    if (isnan(x)) {
        cpu->fflags |= RV64_FFLAG_NV;
        return mx;
    }
    /* Round to an integer-valued double. Any |x| >= 2^52 is already an integer, and below
     * that trunc(), the fraction x - t and t +- 1 are all exact. */
    double t = x, frac = 0;
    if (fabs(x) < 4503599627370496.0) {
        t = trunc(x);
        frac = x - t;
    }
    bool inexact = frac != 0;
    if (inexact) {
        double af = fabs(frac);
        bool away = false;
        switch (rm) {
        case RV64_RM_RNE: away = af > 0.5 || (af == 0.5 && fmod(t, 2.0) != 0); break;
        case RV64_RM_RTZ: break;
        case RV64_RM_RDN: away = x < 0; break;
        case RV64_RM_RUP: away = x > 0; break;
        default: away = af >= 0.5; break; /* RMM */
        }
        if (away) t += x < 0 ? -1.0 : 1.0;
    }
    bool too_big = kind == INT_W || kind == INT_WU ? t > lim_hi[kind] : t >= lim_hi[kind];
    if (too_big || t < lim_lo[kind]) {
        cpu->fflags |= RV64_FFLAG_NV;
        return too_big ? mx : min_of[kind];
    }
    if (inexact) cpu->fflags |= RV64_FFLAG_NX;
    switch (kind) {
    case INT_W: return (uint64_t)(int64_t)(int32_t)(int64_t)t;
    case INT_WU: return (uint64_t)(int64_t)(int32_t)(uint32_t)(uint64_t)t;
    case INT_L: return (uint64_t)(int64_t)t;
    default: return (uint64_t)t;
    }
}

/* ---- Integer -> float ------------------------------------------------------------------- */

/* Round the integer (-1)^neg * mag to p significant bits in mode rm; the result is exactly
 * representable as a double (and, for p = 24, as a single). Only NX can arise. */
static double int_to_fp(rv64_cpu *cpu, bool neg, uint64_t mag, int p, int rm) {
    if (mag == 0) return 0.0; /* integer zero converts to +0 in every mode */
    int n = 64 - __builtin_clzll(mag);
    double r;
    if (n <= p) {
        r = (double)mag; /* exact: fewer than 53 bits */
    } else {
        int shift = n - p;
        uint64_t kept = mag >> shift;
        uint64_t rem = mag & ((1ull << shift) - 1);
        uint64_t half = 1ull << (shift - 1);
        bool up = false;
        switch (rm) {
        case RV64_RM_RNE: up = rem > half || (rem == half && (kept & 1)); break;
        case RV64_RM_RTZ: break;
        case RV64_RM_RDN: up = neg && rem; break;
        case RV64_RM_RUP: up = !neg && rem; break;
        default: up = rem >= half; break; /* RMM */
        }
        if (rem) cpu->fflags |= RV64_FFLAG_NX;
        kept += up; /* may reach 2^p: still exact */
        r = ldexp((double)kept, shift);
    }
    return neg ? -r : r;
}

static void int_source(uint64_t xval, int kind, bool *neg, uint64_t *mag) {
    int64_t s;
    switch (kind) {
    case INT_W: s = (int32_t)xval; break;
    case INT_WU:
        *neg = false;
        *mag = (uint32_t)xval;
        return;
    case INT_L: s = (int64_t)xval; break;
    default:
        *neg = false;
        *mag = xval;
        return;
    }
    *neg = s < 0;
    *mag = s < 0 ? -(uint64_t)s : (uint64_t)s;
}

/* ---- One evaluator for every F/D op ------------------------------------------------------ */

enum fp_cls { C_NONE, C_ARITH, C_FMA, C_SGNJ, C_MINMAX, C_CMP, C_CLASS, C_MV, C_F2I, C_I2F, C_CVT };

/* Per op: class, sub-operation, single (1) or double (0). */
typedef struct fp_desc {
    uint8_t cls, sub, single;
} fp_desc;

#define D(op, cls, sub, s) [RV64_OP_##op] = {cls, sub, s}
static const fp_desc fp_descs[RV64_OP_COUNT] = {
    D(fadd_s, C_ARITH, OP_ADD, 1),   D(fadd_d, C_ARITH, OP_ADD, 0),
    D(fsub_s, C_ARITH, OP_SUB, 1),   D(fsub_d, C_ARITH, OP_SUB, 0),
    D(fmul_s, C_ARITH, OP_MUL, 1),   D(fmul_d, C_ARITH, OP_MUL, 0),
    D(fdiv_s, C_ARITH, OP_DIV, 1),   D(fdiv_d, C_ARITH, OP_DIV, 0),
    D(fsqrt_s, C_ARITH, OP_SQRT, 1), D(fsqrt_d, C_ARITH, OP_SQRT, 0),
    D(fmadd_s, C_FMA, 0, 1),         D(fmadd_d, C_FMA, 0, 0),
    D(fmsub_s, C_FMA, 1, 1),         D(fmsub_d, C_FMA, 1, 0),
    D(fnmsub_s, C_FMA, 2, 1),        D(fnmsub_d, C_FMA, 2, 0),
    D(fnmadd_s, C_FMA, 3, 1),        D(fnmadd_d, C_FMA, 3, 0),
    D(fsgnj_s, C_SGNJ, 0, 1),        D(fsgnj_d, C_SGNJ, 0, 0),
    D(fsgnjn_s, C_SGNJ, 1, 1),       D(fsgnjn_d, C_SGNJ, 1, 0),
    D(fsgnjx_s, C_SGNJ, 2, 1),       D(fsgnjx_d, C_SGNJ, 2, 0),
    D(fmin_s, C_MINMAX, 0, 1),       D(fmin_d, C_MINMAX, 0, 0),
    D(fmax_s, C_MINMAX, 1, 1),       D(fmax_d, C_MINMAX, 1, 0),
    D(feq_s, C_CMP, CMP_EQ, 1),      D(feq_d, C_CMP, CMP_EQ, 0),
    D(flt_s, C_CMP, CMP_LT, 1),      D(flt_d, C_CMP, CMP_LT, 0),
    D(fle_s, C_CMP, CMP_LE, 1),      D(fle_d, C_CMP, CMP_LE, 0),
    D(fclass_s, C_CLASS, 0, 1),      D(fclass_d, C_CLASS, 0, 0),
    D(fmv_x_w, C_MV, 0, 1),          D(fmv_x_d, C_MV, 0, 0),
    D(fmv_w_x, C_MV, 1, 1),          D(fmv_d_x, C_MV, 1, 0),
    D(fcvt_w_s, C_F2I, INT_W, 1),    D(fcvt_w_d, C_F2I, INT_W, 0),
    D(fcvt_wu_s, C_F2I, INT_WU, 1),  D(fcvt_wu_d, C_F2I, INT_WU, 0),
    D(fcvt_l_s, C_F2I, INT_L, 1),    D(fcvt_l_d, C_F2I, INT_L, 0),
    D(fcvt_lu_s, C_F2I, INT_LU, 1),  D(fcvt_lu_d, C_F2I, INT_LU, 0),
    D(fcvt_s_w, C_I2F, INT_W, 1),    D(fcvt_d_w, C_I2F, INT_W, 0),
    D(fcvt_s_wu, C_I2F, INT_WU, 1),  D(fcvt_d_wu, C_I2F, INT_WU, 0),
    D(fcvt_s_l, C_I2F, INT_L, 1),    D(fcvt_d_l, C_I2F, INT_L, 0),
    D(fcvt_s_lu, C_I2F, INT_LU, 1),  D(fcvt_d_lu, C_I2F, INT_LU, 0),
    D(fcvt_s_d, C_CVT, 0, 1),        D(fcvt_d_s, C_CVT, 1, 0),
};
#undef D

static uint64_t eval_sgnj(const fp_desc *d, uint64_t ab, uint64_t bb) {
    /* 0 = rs2's sign, 1 = its complement, 2 = xor of both signs */
    if (!d->single) {
        const uint64_t sign = 1ull << 63;
        uint64_t s = d->sub == 0 ? bb & sign : d->sub == 1 ? ~bb & sign : (ab ^ bb) & sign;
        return (ab & ~sign) | s;
    }
    uint32_t a = unbox_s(ab), b = unbox_s(bb);
    const uint32_t sign = 1u << 31;
    uint32_t s = d->sub == 0 ? b & sign : d->sub == 1 ? ~b & sign : (a ^ b) & sign;
    return box_s((a & ~sign) | s);
}

static uint64_t eval_cvt(rv64_cpu *cpu, const fp_desc *d, uint64_t ab, int rm) {
    if (d->sub == 0) { /* fcvt.s.d */
        uint32_t st;
        double a = f64_of(ab);
        float r = sse_cvt_d_to_s(a, mxcsr_for(rm), &st);
        if (rm == RV64_RM_RMM && (st & MX_PE) && isfinite(r))
            r = rmm_fix_s(r, a); /* a itself is the exact value */
        cpu->fflags |= fflags_of_mxcsr(st);
        uint32_t rb = bits_of_f32(r);
        return box_s(isnan_s(rb) ? CANON_S : rb);
    }
    /* fcvt.d.s: widening is exact */
    uint32_t a = unbox_s(ab);
    if (isnan_s(a)) {
        if (issnan_s(a)) cpu->fflags |= RV64_FFLAG_NV;
        return CANON_D;
    }
    return bits_of_f64((double)f32_of(a));
}

/* Evaluate `op` on raw operands: a, b, c are f[rs1], f[rs2], f[rs3] as stored (x[rs1] for the
 * integer -> float conversions and fmv.*.x), the result is the raw value for rd (f or x).
 * rmf is the instruction's rm field (ignored by ops without one). Returns false, writing
 * nothing, when the dynamic rounding mode is invalid (the illegal-instruction hook has been
 * called). */
static bool fp_eval_rm(rv64_cpu *cpu, unsigned op, int rm, uint64_t a, uint64_t b, uint64_t c,
                       uint64_t *out) {
    const fp_desc *d = &fp_descs[op];
    switch (d->cls) {
    case C_ARITH:
        *out = d->single ? arith_s(cpu, d->sub, unbox_s(a), unbox_s(b), rm)
                         : arith_d(cpu, d->sub, a, b, rm);
        return true;
    case C_FMA: {
        bool np = d->sub >= 2, na = d->sub == 1 || d->sub == 3;
        *out = d->single ? fma_op_s(cpu, unbox_s(a), unbox_s(b), unbox_s(c), np, na, rm)
                         : fma_op_d(cpu, a, b, c, np, na, rm);
        return true;
    }
    case C_SGNJ: *out = eval_sgnj(d, a, b); return true;
    case C_MINMAX:
        *out =
            d->single ? minmax_s(cpu, unbox_s(a), unbox_s(b), d->sub) : minmax_d(cpu, a, b, d->sub);
        return true;
    case C_CMP:
        if (d->single) {
            uint32_t x = unbox_s(a), y = unbox_s(b);
            *out = compare(cpu, f32_of(x), f32_of(y), isnan_s(x), isnan_s(y),
                           issnan_s(x) || issnan_s(y), d->sub);
        } else {
            *out = compare(cpu, f64_of(a), f64_of(b), isnan_d(a), isnan_d(b),
                           issnan_d(a) || issnan_d(b), d->sub);
        }
        return true;
    case C_CLASS:
        if (d->single) {
            uint32_t x = unbox_s(a), e = (x >> 23) & 0xff, m = x & 0x7fffff;
            *out = classify(x >> 31, e == 0xff, e == 0, m == 0, (m >> 22) & 1);
        } else {
            uint64_t e = (a >> 52) & 0x7ff, m = a & 0xfffffffffffffull;
            *out = classify(a >> 63, e == 0x7ff, e == 0, m == 0, (m >> 51) & 1);
        }
        return true;
    case C_MV:
        /* fmv.x.w moves the raw low 32 bits (no unboxing) sign-extended, fmv.w.x boxes */
        if (d->sub == 0)
            *out = d->single ? (uint64_t)(int64_t)(int32_t)(uint32_t)a : a;
        else
            *out = d->single ? box_s((uint32_t)a) : a;
        return true;
    case C_F2I: {
        double x;
        if (d->single) {
            uint32_t s = unbox_s(a);
            /* widen by hand so a signaling NaN cannot disturb the host flags */
            x = isnan_s(s) ? f64_of(CANON_D) : (double)f32_of(s);
        } else {
            x = f64_of(a);
        }
        *out = fp_to_int(cpu, x, d->sub, rm);
        return true;
    }
    case C_I2F: {
        bool neg;
        uint64_t mag;
        int_source(a, d->sub, &neg, &mag);
        double r = int_to_fp(cpu, neg, mag, d->single ? 24 : 53, rm);
        *out = d->single ? box_s(bits_of_f32((float)r)) /* exact narrowing */ : bits_of_f64(r);
        return true;
    }
    case C_CVT: *out = eval_cvt(cpu, d, a, rm); return true;
    default: *out = 0; return true;
    }
}

/* Ops that have an rm field (the others ignore it and never trap). */
static bool uses_rm(unsigned op) {
    switch (fp_descs[op].cls) {
    case C_ARITH:
    case C_FMA:
    case C_F2I:
    case C_I2F:
    case C_CVT: return true;
    default: return false;
    }
}

static bool fp_eval(rv64_cpu *cpu, unsigned op, unsigned rmf, uint64_t a, uint64_t b, uint64_t c,
                    uint64_t *out) {
    if (op >= RV64_OP_COUNT || fp_descs[op].cls == C_NONE) {
        *out = 0;
        return true;
    }
    int rm = RV64_RM_RNE;
    if (uses_rm(op) && !resolve_rm(cpu, (uint64_t)rmf << 32, &rm)) return false;
    /* Called from generated code, the live MXCSR is the guest's (docs/fp.md): rounding control
     * = frm, the guest's pending flags. The C code here must neither round in that mode (the
     * RMM fixups assume round-to-nearest) nor add flags to it (GCC expands trunc() inline with
     * cvttsd2si, which raises inexact): run it with the host's MXCSR and give the live one
     * back. The guest's flags of the operation go to cpu->fflags explicitly. */
    uint32_t live = rv64_stmxcsr();
    if (live != RV64_MXCSR_HOST) rv64_ldmxcsr(RV64_MXCSR_HOST);
    bool ok = fp_eval_rm(cpu, op, rm, a, b, c, out);
    if (rv64_stmxcsr() != live) rv64_ldmxcsr(live);
    return ok;
}

uint64_t rv64_fp_value(rv64_cpu *cpu, uint64_t a, uint64_t b, uint64_t c, uint64_t info) {
    uint64_t r = 0;
    int kind = rv64_fp_csr_kind((int)(info & 0xffff));
    if (kind >= 0) { /* an access to fflags, frm or fcsr: the sub-field is csr | 4 if read-only */
        unsigned sub = (unsigned)(info >> 16) & 7;
        uint64_t packed = (sub & 3) | (uint64_t)(kind | (sub & 4 ? RV64_CSR_NOWRITE : 0)) << 16;
        return rv64_csr_helper(cpu, packed, a);
    }
    fp_eval(cpu, (unsigned)(info & 0xffff), (unsigned)(info >> 16) & 7, a, b, c, &r);
    if ((info >> 16) & RV64_FP_CMP_KEEP_FLAGS) /* a compare, then fflags = c (fsflags c) */
        rv64_csr_helper(cpu, RV64_CSR_FFLAGS | (uint64_t)RV64_CSR_RW << 16, c);
    return r;
}

int rv64_fp_csr_kind(int op) {
    switch (op) {
    case RV64_OP_csrrw:
    case RV64_OP_csrrwi: return RV64_CSR_RW;
    case RV64_OP_csrrs:
    case RV64_OP_csrrsi: return RV64_CSR_RS;
    case RV64_OP_csrrc:
    case RV64_OP_csrrci: return RV64_CSR_RC;
    default: return -1;
    }
}

int rv64_fp_nsrc(int op) {
    if (op <= 0 || op >= RV64_OP_COUNT) return 0;
    const fp_desc *d = &fp_descs[op];
    switch (d->cls) {
    case C_ARITH: return d->sub == OP_SQRT ? 1 : 2;
    case C_FMA: return 3;
    case C_SGNJ:
    case C_MINMAX:
    case C_CMP: return 2;
    case C_NONE: return 0;
    default: return 1;
    }
}

bool rv64_fp_op_quiet(int op) {
    return op > 0 && op < RV64_OP_COUNT &&
           (fp_descs[op].cls == C_SGNJ || fp_descs[op].cls == C_CLASS);
}

bool rv64_fp_op_cmp_d(int op) {
    return op > 0 && op < RV64_OP_COUNT && fp_descs[op].cls == C_CMP && !fp_descs[op].single;
}

bool rv64_fp_op_uses_rm(int op) {
    return op > 0 && op < RV64_OP_COUNT && uses_rm((unsigned)op);
}

/* ---- Register-level helpers (rv64_fp_helpers[]) ------------------------------------------ */

#define HFF(name)                                                                                  \
    static void h_##name(rv64_cpu *cpu, uint64_t p) {                                              \
        uint64_t r;                                                                                \
        if (fp_eval(cpu, RV64_OP_##name, P_RM(p), cpu->f[P_RS1(p)], cpu->f[P_RS2(p)],              \
                    cpu->f[P_RS3(p)], &r))                                                         \
            cpu->f[P_RD(p)] = r;                                                                   \
    }
#define HFX(name)                                                                                  \
    static uint64_t h_##name(rv64_cpu *cpu, uint64_t p) {                                          \
        uint64_t r;                                                                                \
        return fp_eval(cpu, RV64_OP_##name, P_RM(p), cpu->f[P_RS1(p)], cpu->f[P_RS2(p)], 0, &r)    \
                   ? r                                                                             \
                   : 0;                                                                            \
    }
#define HXF(name)                                                                                  \
    static void h_##name(rv64_cpu *cpu, uint64_t p, uint64_t xval) {                               \
        uint64_t r;                                                                                \
        if (fp_eval(cpu, RV64_OP_##name, P_RM(p), xval, 0, 0, &r)) cpu->f[P_RD(p)] = r;            \
    }

HFF(fadd_s)
HFF(fadd_d)
HFF(fsub_s)
HFF(fsub_d)
HFF(fmul_s)
HFF(fmul_d)
HFF(fdiv_s)
HFF(fdiv_d)
HFF(fsqrt_s)
HFF(fsqrt_d)
HFF(fmadd_s)
HFF(fmadd_d)
HFF(fmsub_s)
HFF(fmsub_d)
HFF(fnmsub_s)
HFF(fnmsub_d)
HFF(fnmadd_s)
HFF(fnmadd_d)
HFF(fsgnj_s)
HFF(fsgnj_d)
HFF(fsgnjn_s)
HFF(fsgnjn_d)
HFF(fsgnjx_s)
HFF(fsgnjx_d)
HFF(fmin_s)
HFF(fmin_d)
HFF(fmax_s)
HFF(fmax_d)
HFF(fcvt_s_d)
HFF(fcvt_d_s)
HFX(feq_s)
HFX(feq_d)
HFX(flt_s)
HFX(flt_d)
HFX(fle_s)
HFX(fle_d)
HFX(fclass_s)
HFX(fclass_d)
HFX(fmv_x_w)
HFX(fmv_x_d)
HFX(fcvt_w_s)
HFX(fcvt_w_d)
HFX(fcvt_wu_s)
HFX(fcvt_wu_d)
HFX(fcvt_l_s)
HFX(fcvt_l_d)
HFX(fcvt_lu_s)
HFX(fcvt_lu_d)
HXF(fmv_w_x)
HXF(fmv_d_x)
HXF(fcvt_s_w)
HXF(fcvt_d_w)
HXF(fcvt_s_wu)
HXF(fcvt_d_wu)
HXF(fcvt_s_l)
HXF(fcvt_d_l)
HXF(fcvt_s_lu)
HXF(fcvt_d_lu)

/* ---- The table --------------------------------------------------------------------------- */

#define FF(op) [RV64_OP_##op] = {RV64_FPK_FF, (const void *)h_##op}
#define FX(op) [RV64_OP_##op] = {RV64_FPK_FX, (const void *)h_##op}
#define XF(op) [RV64_OP_##op] = {RV64_FPK_XF, (const void *)h_##op}

const rv64_fp_helper rv64_fp_helpers[RV64_OP_COUNT] = {
    FF(fadd_s),    FF(fadd_d),    FF(fsub_s),    FF(fsub_d),    FF(fmul_s),    FF(fmul_d),
    FF(fdiv_s),    FF(fdiv_d),    FF(fsqrt_s),   FF(fsqrt_d),   FF(fmadd_s),   FF(fmadd_d),
    FF(fmsub_s),   FF(fmsub_d),   FF(fnmsub_s),  FF(fnmsub_d),  FF(fnmadd_s),  FF(fnmadd_d),
    FF(fsgnj_s),   FF(fsgnj_d),   FF(fsgnjn_s),  FF(fsgnjn_d),  FF(fsgnjx_s),  FF(fsgnjx_d),
    FF(fmin_s),    FF(fmin_d),    FF(fmax_s),    FF(fmax_d),    FF(fcvt_s_d),  FF(fcvt_d_s),

    FX(feq_s),     FX(feq_d),     FX(flt_s),     FX(flt_d),     FX(fle_s),     FX(fle_d),
    FX(fclass_s),  FX(fclass_d),  FX(fmv_x_w),   FX(fmv_x_d),   FX(fcvt_w_s),  FX(fcvt_w_d),
    FX(fcvt_wu_s), FX(fcvt_wu_d), FX(fcvt_l_s),  FX(fcvt_l_d),  FX(fcvt_lu_s), FX(fcvt_lu_d),

    XF(fmv_w_x),   XF(fmv_d_x),   XF(fcvt_s_w),  XF(fcvt_d_w),  XF(fcvt_s_wu), XF(fcvt_d_wu),
    XF(fcvt_s_l),  XF(fcvt_d_l),  XF(fcvt_s_lu), XF(fcvt_d_lu),
};

/* ---- Zicsr --------------------------------------------------------------------------------- */

static uint64_t read_tsc(void) {
    return __builtin_ia32_rdtsc();
}

static uint64_t read_time(void) {
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (uint64_t)ts.tv_sec * RV64_TIME_HZ + (uint64_t)ts.tv_nsec / (1000000000u / RV64_TIME_HZ);
}

bool rv64_csr_valid(uint32_t csr, bool write) {
    switch (csr) {
    case RV64_CSR_FFLAGS:
    case RV64_CSR_FRM:
    case RV64_CSR_FCSR: return true;
    case RV64_CSR_CYCLE:
    case RV64_CSR_TIME:
    case RV64_CSR_INSTRET: return !write;
    default: return false;
    }
}

static uint64_t csr_read(rv64_cpu *cpu, uint32_t csr) {
    switch (csr) {
    case RV64_CSR_FFLAGS: return cpu->fflags & 0x1f;
    case RV64_CSR_FRM: return cpu->frm & 7;
    case RV64_CSR_FCSR: return (cpu->frm & 7) << 5 | (cpu->fflags & 0x1f);
    case RV64_CSR_CYCLE:
    case RV64_CSR_INSTRET: return read_tsc();
    case RV64_CSR_TIME: return read_time();
    default: return 0;
    }
}

static void csr_write(rv64_cpu *cpu, uint32_t csr, uint64_t v) {
    switch (csr) {
    case RV64_CSR_FFLAGS: cpu->fflags = v & 0x1f; break;
    case RV64_CSR_FRM: cpu->frm = v & 7; break;
    case RV64_CSR_FCSR:
        cpu->fflags = v & 0x1f;
        cpu->frm = (v >> 5) & 7;
        break;
    default: break; /* read-only counters: rv64_csr_valid keeps writes from getting here */
    }
}

uint64_t rv64_csr_op(rv64_cpu *cpu, uint64_t packed, uint64_t src) {
    uint32_t csr = packed & 0xfff;
    unsigned kind = (packed >> 16) & 7;
    uint64_t old = csr_read(cpu, csr);
    if (kind & RV64_CSR_NOWRITE) return old;
    uint64_t v;
    switch (kind & 3) {
    case RV64_CSR_RW: v = src; break;
    case RV64_CSR_RS: v = old | src; break;
    default: v = old & ~src; break;
    }
    csr_write(cpu, csr, v);
    return old;
}

uint64_t rv64_csr_helper(rv64_cpu *cpu, uint64_t packed, uint64_t src) {
    uint32_t csr = packed & 0xfff;
    if (csr < RV64_CSR_FFLAGS || csr > RV64_CSR_FCSR) return rv64_csr_op(cpu, packed, src);
    /* generated code is running: its pending exception flags are in the live MXCSR */
    uint32_t m = rv64_stmxcsr();
    uint32_t pending = rv64_fflags_of_mxcsr(m);
    cpu->fflags |= pending;
    uint64_t old = rv64_csr_op(cpu, packed, src);
    if ((packed >> 16) & RV64_CSR_NOWRITE) return old;
    /* a write: MXCSR gets the rounding control of the (maybe new) frm, and loses its flags if
     * the write cleared one of them (they are in cpu->fflags now; one left set would show
     * again). ldmxcsr is slow: skipped when nothing changes (fsrm of the same mode, fsflags
     * that keeps the pending flags: the save/restore pairs of libm). */
    uint32_t want = rv64_mxcsr_image(cpu->frm) | (m & 0x3f);
    if (pending & ~cpu->fflags) want &= ~0x3fu;
    if (want != m) rv64_ldmxcsr(want);
    return old;
}
