/*
 * fp_inline.S - what the inline F/D code (SSE with RISC-V fixups, docs/fp.md) could get wrong
 * when many operations share one translation unit: exception flags accrued over several
 * inline operations (they live in the host MXCSR until fflags is read), fsflags clearing them
 * in the middle of a unit, the dynamic rounding mode switched between RNE, RTZ, RDN, RUP and
 * RMM with fsrm inside one straight-line block, canonical NaNs from inf - inf, 0 * inf and NaN
 * operands with payloads, unboxed single operands, conversions just inside and just outside
 * the integer range, and fmin/fmax/compares with operands held in registers across several
 * ops. Expected values from qemu-riscv64.
 */
#include "testlib.h"

#define D_ONE   0x3ff0000000000000
#define D_THREE 0x4008000000000000
#define D_BIG   0x7fe1ccf385ebc8a0 /* 1e308 */
#define D_TINY  0x0010000000000000 /* smallest normal */
#define D_INF   0x7ff0000000000000
#define D_QNANP 0x7ff80000000abcde /* quiet NaN with a payload */
#define D_SNANP 0xfff4000000001234 /* signaling NaN with a payload, negative */

TEST_BEGIN

    /* -- flags accrued over several inline ops, read once ------------------------------- */
    li TESTNUM, 1
    fsflags x0
    li t0, D_ONE
    fmv.d.x f0, t0
    li t0, D_THREE
    fmv.d.x f1, t0
    li t0, D_BIG
    fmv.d.x f2, t0
    li t0, D_TINY
    fmv.d.x f4, t0
    fmv.d.x f5, zero
    fdiv.d f3, f0, f1       /* NX */
    fmul.d f6, f2, f2       /* OF NX */
    fdiv.d f7, f0, f5       /* DZ */
    fmul.d f8, f4, f4       /* UF NX */
    fadd.d f9, f0, f0       /* exact */
    frflags a1
    li t2, OF | UF | DZ | NX
    bne a1, t2, fail

    /* reading does not clear; NV joins */
    li TESTNUM, 2
    fsub.d f10, f5, f5      /* exact 0 */
    fmul.d f11, f5, f2      /* exact 0 */
    li t0, D_INF
    fmv.d.x f12, t0
    fsub.d f13, f12, f12    /* inf - inf: NV, canonical NaN */
    frflags a1
    li t2, NV | OF | UF | DZ | NX
    bne a1, t2, fail
    fmv.x.d a0, f13
    li t2, 0x7ff8000000000000
    bne a0, t2, fail

    /* -- fsflags in the middle of a unit clears the pending (host) flags ---------------- */
    li TESTNUM, 3
    fdiv.d f3, f0, f1       /* NX pending */
    fsflags x0
    fadd.d f9, f0, f0       /* exact */
    fsub.d f9, f9, f0       /* exact */
    frflags a1
    bnez a1, fail
    li TESTNUM, 4
    fdiv.d f3, f0, f1       /* NX */
    li t0, DZ
    fsflags a0, t0          /* old value NX back, now DZ only */
    li t2, NX
    bne a0, t2, fail
    fadd.d f9, f0, f0       /* exact */
    frflags a1
    li t2, DZ
    bne a1, t2, fail
    li TESTNUM, 5
    fdiv.d f3, f0, f1       /* NX again */
    csrci fflags, DZ        /* clear DZ only */
    frflags a1
    li t2, NX
    bne a1, t2, fail
    li TESTNUM, 6           /* the libm idiom: read, signaling compare, restore */
    fsflags x0
    fdiv.d f3, f0, f1       /* NX */
    li t0, D_QNANP
    fmv.d.x f14, t0
    frflags a4
    flt.d a5, f14, f0       /* NV (NaN): discarded by the restore */
    fsflags a4
    bnez a5, fail
    frflags a1
    li t2, NX
    bne a1, t2, fail
    bne a4, t2, fail
    li TESTNUM, 7           /* fcsr view */
    li t0, (3 << 5) | NV
    fscsr a0, t0
    li t2, NX
    bne a0, t2, fail
    fdiv.d f3, f0, f1       /* RUP: 1/3 rounded up, NX */
    frcsr a1
    li t2, (3 << 5) | NV | NX
    bne a1, t2, fail
    fmv.x.d a0, f3
    li t2, 0x3fd5555555555556
    bne a0, t2, fail
    fsrmi 0
    fsflags x0

    /* -- the dynamic rounding mode switched inside one block -------------------------- */
    li TESTNUM, 8
    li t0, 0xbff0000000000000
    fmv.d.x f15, t0         /* -1 */
    li t0, 0x4340000000000000
    fmv.d.x f16, t0         /* 2^53 */
    fsrmi 1                 /* RTZ */
    fdiv.d f20, f0, f1
    fdiv.d f21, f15, f1
    fadd.d f22, f16, f0     /* 2^53 + 1: a tie */
    fsrmi 2                 /* RDN */
    fdiv.d f23, f0, f1
    fdiv.d f24, f15, f1
    fsrmi 3                 /* RUP */
    fdiv.d f25, f0, f1
    fdiv.d f26, f15, f1
    fadd.d f27, f16, f0
    fsrmi 4                 /* RMM */
    fadd.d f28, f16, f0     /* tie: away from zero */
    fsub.d f29, f5, f16
    fsub.d f29, f29, f0     /* -(2^53 + 1): tie, away */
    fsrmi 0                 /* RNE */
    fadd.d f30, f16, f0     /* tie: even */
    fdiv.d f31, f0, f1
    frflags a1
    li t2, NX
    bne a1, t2, fail
    fmv.x.d a0, f20
    li t2, 0x3fd5555555555555
    bne a0, t2, fail
    li TESTNUM, 9
    fmv.x.d a0, f21
    li t2, 0xbfd5555555555555
    bne a0, t2, fail
    fmv.x.d a0, f22
    li t2, 0x4340000000000000
    bne a0, t2, fail
    li TESTNUM, 10
    fmv.x.d a0, f23
    li t2, 0x3fd5555555555555
    bne a0, t2, fail
    fmv.x.d a0, f24
    li t2, 0xbfd5555555555556
    bne a0, t2, fail
    li TESTNUM, 11
    fmv.x.d a0, f25
    li t2, 0x3fd5555555555556
    bne a0, t2, fail
    fmv.x.d a0, f26
    li t2, 0xbfd5555555555555
    bne a0, t2, fail
    fmv.x.d a0, f27
    li t2, 0x4340000000000001
    bne a0, t2, fail
    li TESTNUM, 12
    fmv.x.d a0, f28
    li t2, 0x4340000000000001
    bne a0, t2, fail
    fmv.x.d a0, f29
    li t2, 0xc340000000000001
    bne a0, t2, fail
    fmv.x.d a0, f30
    li t2, 0x4340000000000000
    bne a0, t2, fail
    fmv.x.d a0, f31
    li t2, 0x3fd5555555555555
    bne a0, t2, fail

    /* a static rm different from frm, and conversions rounding by frm, in one block */
    li TESTNUM, 13
    fsflags x0
    li t0, 0x4004000000000000
    fmv.d.x f17, t0         /* 2.5 */
    fsrmi 3                 /* RUP */
    fdiv.d f20, f0, f1, rtz
    fdiv.d f21, f0, f1, rne
    fdiv.d f22, f0, f1
    fcvt.l.d a2, f17        /* dynamic: 3 */
    fcvt.l.d a3, f17, rne   /* 2 */
    fcvt.l.d a4, f17, rmm   /* 3 */
    fcvt.l.d a5, f17, rdn   /* 2 */
    fcvt.w.d a6, f17, rtz   /* 2 */
    fsrmi 0
    li t2, 3
    bne a2, t2, fail
    li t2, 2
    bne a3, t2, fail
    bne a5, t2, fail
    bne a6, t2, fail
    li t2, 3
    bne a4, t2, fail
    fmv.x.d a0, f20
    li t2, 0x3fd5555555555555
    bne a0, t2, fail
    fmv.x.d a0, f21
    bne a0, t2, fail
    fmv.x.d a0, f22
    li t2, 0x3fd5555555555556
    bne a0, t2, fail
    frflags a1
    li t2, NX
    bne a1, t2, fail

    /* -- canonical NaNs ------------------------------------------------------------------ */
    li TESTNUM, 14
    fsflags x0
    li t0, D_QNANP
    fmv.d.x f18, t0
    li t0, D_SNANP
    fmv.d.x f19, t0
    fadd.d f20, f18, f0     /* quiet NaN operand: no flag */
    fmul.d f21, f5, f12     /* 0 * inf: NV */
    fdiv.d f22, f5, f5      /* 0 / 0: NV */
    fsqrt.d f23, f15        /* sqrt(-1): NV */
    fmadd.d f24, f18, f0, f0 /* NaN through fma */
    fmul.s f25, f0, f0      /* f0 is not a boxed single: canonical NaN */
    fmv.x.d a0, f20
    li t2, 0x7ff8000000000000
    bne a0, t2, fail
    fmv.x.d a0, f21
    bne a0, t2, fail
    fmv.x.d a0, f22
    bne a0, t2, fail
    fmv.x.d a0, f23
    bne a0, t2, fail
    fmv.x.d a0, f24
    bne a0, t2, fail
    fmv.x.d a0, f25
    li t2, 0xffffffff7fc00000
    bne a0, t2, fail
    frflags a1
    li t2, NV
    bne a1, t2, fail
    li TESTNUM, 15
    fsflags x0
    fadd.d f20, f19, f0     /* signaling NaN: NV, canonical */
    fmv.x.d a0, f20
    li t2, 0x7ff8000000000000
    bne a0, t2, fail
    frflags a1
    li t2, NV
    bne a1, t2, fail
    li TESTNUM, 16          /* inf * 0 + qNaN: NV as well (x86 FMA does not raise it) */
    fsflags x0
    fmadd.d f20, f12, f5, f18
    fmv.x.d a0, f20
    li t2, 0x7ff8000000000000
    bne a0, t2, fail
    frflags a1
    li t2, NV
    bne a1, t2, fail
    li TESTNUM, 17          /* fcvt.s.d / fcvt.d.s of NaNs */
    fsflags x0
    fcvt.s.d f20, f18
    fcvt.d.s f21, f20
    fcvt.s.d f22, f19       /* signaling: NV */
    fmv.x.d a0, f20
    li t2, 0xffffffff7fc00000
    bne a0, t2, fail
    fmv.x.d a0, f21
    li t2, 0x7ff8000000000000
    bne a0, t2, fail
    fmv.x.d a0, f22
    li t2, 0xffffffff7fc00000
    bne a0, t2, fail
    frflags a1
    li t2, NV
    bne a1, t2, fail

    /* -- unboxed single operands read as the canonical NaN --------------------------------- */
    li TESTNUM, 18
    fsflags x0
    li t0, 0x000000003f800000   /* 1.0f, not boxed */
    fmv.d.x f20, t0
    li t0, 0xffffffff40000000   /* 2.0f, boxed */
    fmv.d.x f21, t0
    fadd.s f22, f21, f20
    fmin.s f23, f20, f21        /* the other operand */
    fsgnjn.s f24, f20, f21      /* canonical NaN with the sign of ~f21 */
    feq.s a2, f20, f20          /* quiet: no flag */
    fcvt.d.s f25, f20
    fcvt.w.s a3, f20            /* NaN: max, NV */
    fmv.x.d a0, f22
    li t2, 0xffffffff7fc00000
    bne a0, t2, fail
    fmv.x.d a0, f23
    li t2, 0xffffffff40000000
    bne a0, t2, fail
    fmv.x.d a0, f24
    li t2, 0xffffffffffc00000
    bne a0, t2, fail
    bnez a2, fail
    fmv.x.d a0, f25
    li t2, 0x7ff8000000000000
    bne a0, t2, fail
    li t2, 0x7fffffff
    bne a3, t2, fail
    frflags a1
    li t2, NV
    bne a1, t2, fail

    /* -- conversions at the edges of the integer range ----------------------------------- */
    li TESTNUM, 19
    fsflags x0
    li t0, 0x41dfffffffc00000   /* 2147483647.0 */
    fmv.d.x f20, t0
    li t0, 0x41dfffffffe00000   /* 2147483647.5 */
    fmv.d.x f21, t0
    li t0, 0xc1e0000000000000   /* -2147483648.0 */
    fmv.d.x f22, t0
    li t0, 0xc1e0000000100000   /* -2147483648.5 */
    fmv.d.x f23, t0
    fcvt.w.d a2, f20, rne       /* exact */
    fcvt.w.d a3, f22, rne       /* exact */
    frflags a1
    bnez a1, fail
    li t2, 0x7fffffff
    bne a2, t2, fail
    li t2, 0xffffffff80000000
    bne a3, t2, fail
    li TESTNUM, 20
    fcvt.w.d a2, f21, rtz       /* in range, NX */
    fcvt.w.d a3, f23, rtz       /* in range, NX */
    frflags a1
    li t2, NX
    bne a1, t2, fail
    li t2, 0x7fffffff
    bne a2, t2, fail
    li t2, 0xffffffff80000000
    bne a3, t2, fail
    li TESTNUM, 21
    fsflags x0
    fcvt.w.d a2, f21, rne       /* rounds to 2^31: NV, saturated, no NX */
    fcvt.w.d a3, f23, rup       /* -2147483648: NX */
    fcvt.w.d a4, f23, rdn       /* -2147483649: NV, saturated */
    li t2, 0x7fffffff
    bne a2, t2, fail
    li t2, 0xffffffff80000000
    bne a3, t2, fail
    bne a4, t2, fail
    frflags a1
    li t2, NV | NX
    bne a1, t2, fail
    li TESTNUM, 22
    fsflags x0
    li t0, 0x43e0000000000000   /* 2^63 */
    fmv.d.x f24, t0
    li t0, 0x43dfffffffffffff   /* 2^63 - 1024 */
    fmv.d.x f25, t0
    fcvt.l.d a2, f24, rtz       /* NV, max */
    fcvt.l.d a3, f25            /* exact */
    fcvt.lu.d a4, f24, rtz      /* exact 2^63 */
    fcvt.lu.d a5, f15, rtz      /* -1: NV, 0 */
    li t2, 0x7fffffffffffffff
    bne a2, t2, fail
    li t2, 0x7ffffffffffffc00
    bne a3, t2, fail
    li t2, 0x8000000000000000
    bne a4, t2, fail
    bnez a5, fail
    frflags a1
    li t2, NV
    bne a1, t2, fail
    li TESTNUM, 23
    fsflags x0
    li t0, 0xbfe0000000000000   /* -0.5 */
    fmv.d.x f26, t0
    fcvt.wu.d a2, f26, rtz      /* 0, NX (in range after rounding) */
    fcvt.lu.d a3, f26, rne      /* -0 -> 0, NX */
    fcvt.wu.d a4, f15, rtz      /* -1: NV, 0 */
    li t0, 0x41efffffffe00000   /* 4294967295.0 */
    fmv.d.x f27, t0
    fcvt.wu.d a5, f27, rtz      /* 0xffffffff, sign-extended */
    bnez a2, fail
    bnez a3, fail
    bnez a4, fail
    li t2, -1
    bne a5, t2, fail
    frflags a1
    li t2, NV | NX
    bne a1, t2, fail
    li TESTNUM, 24              /* NaN and infinities */
    fsflags x0
    fcvt.w.d a2, f18, rtz       /* NaN: max */
    fcvt.l.d a3, f12, rtz       /* +inf: max */
    fneg.d f28, f12
    fcvt.l.d a4, f28, rtz       /* -inf: min */
    fcvt.wu.d a5, f18, rtz      /* NaN: all ones */
    li t2, 0x7fffffff
    bne a2, t2, fail
    li t2, 0x7fffffffffffffff
    bne a3, t2, fail
    li t2, 0x8000000000000000
    bne a4, t2, fail
    li t2, -1
    bne a5, t2, fail
    frflags a1
    li t2, NV
    bne a1, t2, fail
    li TESTNUM, 25              /* integer -> FP with rounding by static and dynamic rm */
    fsflags x0
    li a2, 0x20000000000001     /* 2^53 + 1 */
    fcvt.d.l f20, a2, rtz
    fcvt.d.l f21, a2, rup
    fcvt.d.l f22, a2, rmm
    fsrmi 3
    fcvt.d.l f23, a2
    fsrmi 0
    li a3, -1
    fcvt.d.lu f24, a3           /* 2^64 - 1 -> 2^64 */
    fcvt.s.w f25, a3
    fmv.x.d a0, f20
    li t2, 0x4340000000000000
    bne a0, t2, fail
    fmv.x.d a0, f21
    li t2, 0x4340000000000001
    bne a0, t2, fail
    fmv.x.d a0, f22
    bne a0, t2, fail
    fmv.x.d a0, f23
    bne a0, t2, fail
    fmv.x.d a0, f24
    li t2, 0x43f0000000000000
    bne a0, t2, fail
    fmv.x.d a0, f25
    li t2, 0xffffffffbf800000
    bne a0, t2, fail
    frflags a1
    li t2, NX
    bne a1, t2, fail

    /* -- fmin/fmax and compares with values held in registers ------------------------------ */
    li TESTNUM, 26
    fsflags x0
    fmv.d.x f20, zero           /* +0 */
    fneg.d f21, f20             /* -0 */
    fmin.d f22, f20, f21
    fmax.d f23, f21, f20
    fmin.d f24, f18, f0         /* qNaN ignored */
    fmax.d f25, f19, f0         /* sNaN ignored, NV */
    fle.d a2, f21, f20          /* -0 <= +0 */
    flt.d a3, f21, f20          /* not < */
    feq.d a4, f21, f20
    fmv.x.d a0, f22
    li t2, 0x8000000000000000
    bne a0, t2, fail
    fmv.x.d a0, f23
    bnez a0, fail
    fmv.x.d a0, f24
    li t2, D_ONE
    bne a0, t2, fail
    fmv.x.d a0, f25
    bne a0, t2, fail
    li t2, 1
    bne a2, t2, fail
    bnez a3, fail
    bne a4, t2, fail
    frflags a1
    li t2, NV
    bne a1, t2, fail
    fsflags x0

TEST_END
