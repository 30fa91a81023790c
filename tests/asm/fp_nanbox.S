/*
 * fp_nanbox.S - NaN-boxing of single-precision values in the 64-bit FP registers: flw and
 * fmv.w.x write the upper 32 bits as ones; a single operand whose upper half is not all ones
 * reads as the canonical NaN (arithmetic, min/max, sign injection, comparisons, fclass,
 * conversions); fmv.x.w, fsw and the double moves see raw bits. Expected values from
 * qemu-riscv64.
 */
#include "testlib.h"

TEST_BEGIN

    /* flw boxes; in: d:0.0; out: s:1.5 */
    TEST_FP_CASE_F(1, 0x0, 0xffffffff3fc00000, 0x0, 0x0, 0x0, la t0, nb_data; flw f3, 0(t0))
    /* flw of a NaN pattern: bits kept, boxed; in: d:0.0; out: s:nan */
    TEST_FP_CASE_F(2, 0x0, 0xffffffff7fa00001, 0x0, 0x0, 0x0, la t0, nb_data; flw f3, 4(t0))
    /* fmv.w.x boxes the low 32 bits */
    TEST_FP_CASE_I(3, 0x0, 0xffffffffc0490fdb, 0x12345678c0490fdb, fmv.w.x f3, a0)
    TEST_FP_CASE_I(4, 0x0, 0x123456789abcdef0, 0x123456789abcdef0, fmv.d.x f3, a0)
    /* fmv.x.w: raw low 32 bits, sign-extended, no unboxing; in: d:5.626349881086028e-221 */
    TEST_FP_CASE_X(5, 0x0, 0xffffffffbf800000, 0x12345678bf800000, 0x0, 0x0, fmv.x.w a0, f0)
    /* in: s:nan */
    TEST_FP_CASE_X(6, 0x0, 0x7fc00000, 0xffffffff7fc00000, 0x0, 0x0, fmv.x.w a0, f0)
    /* in: d:1.0609978955e-314 */
    TEST_FP_CASE_X(7, 0x0, 0xffffffff80000000, 0x80000000, 0x0, 0x0, fmv.x.w a0, f0)
    /* fmv.x.d: raw, NaN payload kept; in: d:nan */
    TEST_FP_CASE_X(8, 0x0, 0x7ff4000000000123, 0x7ff4000000000123, 0x0, 0x0, fmv.x.d a0, f0)
    /* unboxed operand reads as canonical NaN; in: d:5.263544247e-315, s:-2.0; out: s:nan */
    TEST_FP_CASE_F(9, 0x0, 0xffffffff7fc00000, 0x3f800000, 0xffffffffc0000000, 0x0, fadd.s f3, f0, f1)
    /* in: d:5.626349881086028e-221, s:2.0; out: s:nan */
    TEST_FP_CASE_F(10, 0x0, 0xffffffff7fc00000, 0x12345678bf800000, 0xffffffff40000000, 0x0, fadd.s f3, f0, f1)
    /* unboxed operand reads as canonical NaN; in: d:5.263544247e-315, s:-2.0; out: s:nan */
    TEST_FP_CASE_F(11, 0x0, 0xffffffff7fc00000, 0x3f800000, 0xffffffffc0000000, 0x0, fmul.s f3, f1, f0)
    /* in: d:5.626349881086028e-221, s:2.0; out: s:nan */
    TEST_FP_CASE_F(12, 0x0, 0xffffffff7fc00000, 0x12345678bf800000, 0xffffffff40000000, 0x0, fmul.s f3, f1, f0)
    /* unboxed operand reads as canonical NaN; in: d:5.263544247e-315; out: s:nan */
    TEST_FP_CASE_F(13, 0x0, 0xffffffff7fc00000, 0x3f800000, 0xffffffffc0000000, 0x0, fsqrt.s f3, f0)
    /* in: d:5.626349881086028e-221; out: s:nan */
    TEST_FP_CASE_F(14, 0x0, 0xffffffff7fc00000, 0x12345678bf800000, 0xffffffff40000000, 0x0, fsqrt.s f3, f0)
    /* unboxed operand reads as canonical NaN; in: d:5.263544247e-315, s:-2.0; out: s:-2.0 */
    TEST_FP_CASE_F(15, 0x0, 0xffffffffc0000000, 0x3f800000, 0xffffffffc0000000, 0x0, fmin.s f3, f0, f1)
    /* in: d:5.626349881086028e-221, s:2.0; out: s:2.0 */
    TEST_FP_CASE_F(16, 0x0, 0xffffffff40000000, 0x12345678bf800000, 0xffffffff40000000, 0x0, fmin.s f3, f0, f1)
    /* unboxed operand reads as canonical NaN; in: d:5.263544247e-315, s:-2.0; out: s:-2.0 */
    TEST_FP_CASE_F(17, 0x0, 0xffffffffc0000000, 0x3f800000, 0xffffffffc0000000, 0x0, fmax.s f3, f1, f0)
    /* in: d:5.626349881086028e-221, s:2.0; out: s:2.0 */
    TEST_FP_CASE_F(18, 0x0, 0xffffffff40000000, 0x12345678bf800000, 0xffffffff40000000, 0x0, fmax.s f3, f1, f0)
    /* unboxed operand reads as canonical NaN; in: d:5.263544247e-315, s:-2.0; out: s:nan */
    TEST_FP_CASE_F(19, 0x0, 0xffffffff7fc00000, 0x3f800000, 0xffffffffc0000000, 0x0, fmadd.s f3, f1, f1, f0)
    /* in: d:5.626349881086028e-221, s:2.0; out: s:nan */
    TEST_FP_CASE_F(20, 0x0, 0xffffffff7fc00000, 0x12345678bf800000, 0xffffffff40000000, 0x0, fmadd.s f3, f1, f1, f0)
    /* unboxed operand reads as canonical NaN; in: d:5.263544247e-315, s:-2.0; out: s:nan */
    TEST_FP_CASE_F(21, 0x0, 0xffffffffffc00000, 0x3f800000, 0xffffffffc0000000, 0x0, fsgnj.s f3, f0, f1)
    /* in: d:5.626349881086028e-221, s:2.0; out: s:nan */
    TEST_FP_CASE_F(22, 0x0, 0xffffffff7fc00000, 0x12345678bf800000, 0xffffffff40000000, 0x0, fsgnj.s f3, f0, f1)
    /* unboxed operand reads as canonical NaN; in: d:5.263544247e-315, s:-2.0; out: s:nan */
    TEST_FP_CASE_F(23, 0x0, 0xffffffff7fc00000, 0x3f800000, 0xffffffffc0000000, 0x0, fsgnjn.s f3, f0, f1)
    /* in: d:5.626349881086028e-221, s:2.0; out: s:nan */
    TEST_FP_CASE_F(24, 0x0, 0xffffffffffc00000, 0x12345678bf800000, 0xffffffff40000000, 0x0, fsgnjn.s f3, f0, f1)
    /* unboxed operand reads as canonical NaN; in: d:5.263544247e-315, s:-2.0; out: s:nan */
    TEST_FP_CASE_F(25, 0x0, 0xffffffffffc00000, 0x3f800000, 0xffffffffc0000000, 0x0, fsgnjx.s f3, f0, f1)
    /* in: d:5.626349881086028e-221, s:2.0; out: s:nan */
    TEST_FP_CASE_F(26, 0x0, 0xffffffff7fc00000, 0x12345678bf800000, 0xffffffff40000000, 0x0, fsgnjx.s f3, f0, f1)
    /* unboxed operand reads as canonical NaN; in: d:5.263544247e-315, s:-2.0; out: s:2.0 */
    TEST_FP_CASE_F(27, 0x0, 0xffffffff40000000, 0x3f800000, 0xffffffffc0000000, 0x0, fsgnj.s f3, f1, f0)
    /* in: d:5.626349881086028e-221, s:2.0; out: s:2.0 */
    TEST_FP_CASE_F(28, 0x0, 0xffffffff40000000, 0x12345678bf800000, 0xffffffff40000000, 0x0, fsgnj.s f3, f1, f0)
    /* unboxed operand reads as canonical NaN; in: d:5.263544247e-315, s:-2.0; out: s:-2.0 */
    TEST_FP_CASE_F(29, 0x0, 0xffffffffc0000000, 0x3f800000, 0xffffffffc0000000, 0x0, fsgnjn.s f3, f1, f0)
    /* in: d:5.626349881086028e-221, s:2.0; out: s:-2.0 */
    TEST_FP_CASE_F(30, 0x0, 0xffffffffc0000000, 0x12345678bf800000, 0xffffffff40000000, 0x0, fsgnjn.s f3, f1, f0)
    /* unboxed operand reads as canonical NaN; in: d:5.263544247e-315, s:-2.0; out: s:-2.0 */
    TEST_FP_CASE_F(31, 0x0, 0xffffffffc0000000, 0x3f800000, 0xffffffffc0000000, 0x0, fsgnjx.s f3, f1, f0)
    /* in: d:5.626349881086028e-221, s:2.0; out: s:2.0 */
    TEST_FP_CASE_F(32, 0x0, 0xffffffff40000000, 0x12345678bf800000, 0xffffffff40000000, 0x0, fsgnjx.s f3, f1, f0)
    /* unboxed operand reads as canonical NaN; in: d:5.263544247e-315; out: s:nan */
    TEST_FP_CASE_F(33, 0x0, 0xffffffff7fc00000, 0x3f800000, 0xffffffffc0000000, 0x0, fsgnj.s f3, f0, f0)
    /* in: d:5.626349881086028e-221; out: s:nan */
    TEST_FP_CASE_F(34, 0x0, 0xffffffff7fc00000, 0x12345678bf800000, 0xffffffff40000000, 0x0, fsgnj.s f3, f0, f0)
    /* unboxed operand reads as canonical NaN; in: d:5.263544247e-315; out: d:nan */
    TEST_FP_CASE_F(35, 0x0, 0x7ff8000000000000, 0x3f800000, 0xffffffffc0000000, 0x0, fcvt.d.s f3, f0)
    /* in: d:5.626349881086028e-221; out: d:nan */
    TEST_FP_CASE_F(36, 0x0, 0x7ff8000000000000, 0x12345678bf800000, 0xffffffff40000000, 0x0, fcvt.d.s f3, f0)
    /* unboxed operand reads as canonical NaN; in: d:5.263544247e-315, s:-2.0; out: s:nan */
    TEST_FP_CASE_F(37, 0x0, 0xffffffff7fc00000, 0x3f800000, 0xffffffffc0000000, 0x0, fdiv.s f3, f1, f0)
    /* in: d:5.626349881086028e-221, s:2.0; out: s:nan */
    TEST_FP_CASE_F(38, 0x0, 0xffffffff7fc00000, 0x12345678bf800000, 0xffffffff40000000, 0x0, fdiv.s f3, f1, f0)
    /* unboxed operand; in: d:5.263544247e-315 */
    TEST_FP_CASE_X(39, 0x10, 0x7fffffff, 0x3f800000, 0xffffffffc0000000, 0x0, fcvt.w.s a0, f0)
    /* unboxed operand; in: d:5.263544247e-315 */
    TEST_FP_CASE_X(40, 0x10, 0xffffffffffffffff, 0x3f800000, 0xffffffffc0000000, 0x0, fcvt.lu.s a0, f0)
    /* unboxed operand; in: d:5.263544247e-315, s:-2.0 */
    TEST_FP_CASE_X(41, 0x0, 0x0, 0x3f800000, 0xffffffffc0000000, 0x0, feq.s a0, f0, f1)
    /* unboxed operand; in: d:5.263544247e-315, s:-2.0 */
    TEST_FP_CASE_X(42, 0x10, 0x0, 0x3f800000, 0xffffffffc0000000, 0x0, fle.s a0, f1, f0)
    /* unboxed operand; in: d:5.263544247e-315 */
    TEST_FP_CASE_X(43, 0x0, 0x200, 0x3f800000, 0xffffffffc0000000, 0x0, fclass.s a0, f0)
    /* fsw stores raw low 32 bits; in: d:5.626349881086028e-221 */
    TEST_FP_CASE_X(44, 0x0, 0xffffffffbf800000, 0x12345678bf800000, 0x0, 0x0, la t0, nb_buf; fsw f0, 0(t0); lw a0, 0(t0))
    /* fsd keeps sNaN bits; in: d:nan */
    TEST_FP_CASE_X(45, 0x0, 0x7ff0000000000001, 0x7ff0000000000001, 0x0, 0x0, la t0, nb_buf; fsd f0, 0(t0); ld a0, 0(t0))
    /* fld keeps payload; in: d:nan; out: d:nan */
    TEST_FP_CASE_F(46, 0x0, 0xfff8000000000123, 0xfff8000000000123, 0x0, 0x0, la t0, nb_buf; fsd f0, 0(t0); fld f3, 0(t0))
    /* sign injection keeps payload, no NV; in: d:nan, d:-0.0; out: d:nan */
    TEST_FP_CASE_F(47, 0x0, 0xfff4000000000123, 0x7ff4000000000123, 0x8000000000000000, 0x0, fsgnj.d f3, f0, f1)
    /* in: d:nan; out: d:nan */
    TEST_FP_CASE_F(48, 0x0, 0xfff4000000000123, 0x7ff4000000000123, 0x0, 0x0, fsgnjn.d f3, f0, f0)
    /* in: d:nan, d:-0.0; out: d:nan */
    TEST_FP_CASE_F(49, 0x0, 0xfff4000000000123, 0x7ff4000000000123, 0x8000000000000000, 0x0, fsgnjx.d f3, f0, f1)
    /* sign injection on boxed sNaN keeps it; in: s:nan; out: s:nan */
    TEST_FP_CASE_F(50, 0x0, 0xffffffffffa00001, 0xffffffff7fa00001, 0x0, 0x0, fsgnjn.s f3, f0, f0)
    /* sNaN -> canonical, NV; in: d:nan; out: s:nan */
    TEST_FP_CASE_F(51, 0x10, 0xffffffff7fc00000, 0x7ff4000000000123, 0x0, 0x0, fcvt.s.d f3, f0)
    /* a boxed single read as a double is a NaN; in: s:1.0, d:1.0; out: d:nan */
    TEST_FP_CASE_F(52, 0x0, 0x7ff8000000000000, 0xffffffff3f800000, 0x3ff0000000000000, 0x0, fadd.d f3, f0, f1)

TEST_END

    .data
    .balign 8
nb_data:
    .word 0x3fc00000, 0x7fa00001
nb_buf:
    .dword 0

