/*
 * fp_minmax.S - fmin/fmax in single and double precision (RISC-V F/D 2.2 semantics, IEEE
 * 754-2019 minimumNumber/maximumNumber): a single NaN operand is ignored, two NaNs give the
 * canonical NaN, -0 < +0 in either operand order, a signaling NaN operand raises NV (and is
 * still ignored), NaN payloads never leak into the result. Expected values from qemu-riscv64.
 */
#include "testlib.h"

TEST_BEGIN

    /* in: s:1.0, s:2.0; out: s:1.0 */
    TEST_FP_CASE_F(1, 0x0, 0xffffffff3f800000, 0xffffffff3f800000, 0xffffffff40000000, 0x0, fmin.s f3, f0, f1)
    /* in: s:2.0, s:1.0; out: s:1.0 */
    TEST_FP_CASE_F(2, 0x0, 0xffffffff3f800000, 0xffffffff40000000, 0xffffffff3f800000, 0x0, fmin.s f3, f0, f1)
    /* in: s:-1.0, s:1.0; out: s:-1.0 */
    TEST_FP_CASE_F(3, 0x0, 0xffffffffbf800000, 0xffffffffbf800000, 0xffffffff3f800000, 0x0, fmin.s f3, f0, f1)
    /* in: s:0.0, s:-0.0; out: s:-0.0 */
    TEST_FP_CASE_F(4, 0x0, 0xffffffff80000000, 0xffffffff00000000, 0xffffffff80000000, 0x0, fmin.s f3, f0, f1)
    /* in: s:-0.0, s:0.0; out: s:-0.0 */
    TEST_FP_CASE_F(5, 0x0, 0xffffffff80000000, 0xffffffff80000000, 0xffffffff00000000, 0x0, fmin.s f3, f0, f1)
    /* in: s:0.0, s:0.0; out: s:0.0 */
    TEST_FP_CASE_F(6, 0x0, 0xffffffff00000000, 0xffffffff00000000, 0xffffffff00000000, 0x0, fmin.s f3, f0, f1)
    /* in: s:-0.0, s:-0.0; out: s:-0.0 */
    TEST_FP_CASE_F(7, 0x0, 0xffffffff80000000, 0xffffffff80000000, 0xffffffff80000000, 0x0, fmin.s f3, f0, f1)
    /* in: s:nan, s:1.0; out: s:1.0 */
    TEST_FP_CASE_F(8, 0x0, 0xffffffff3f800000, 0xffffffff7fc00000, 0xffffffff3f800000, 0x0, fmin.s f3, f0, f1)
    /* in: s:1.0, s:nan; out: s:1.0 */
    TEST_FP_CASE_F(9, 0x0, 0xffffffff3f800000, 0xffffffff3f800000, 0xffffffff7fc00000, 0x0, fmin.s f3, f0, f1)
    /* in: s:nan, s:1.0; out: s:1.0 */
    TEST_FP_CASE_F(10, 0x10, 0xffffffff3f800000, 0xffffffff7fa00000, 0xffffffff3f800000, 0x0, fmin.s f3, f0, f1)
    /* in: s:-1.0, s:nan; out: s:-1.0 */
    TEST_FP_CASE_F(11, 0x10, 0xffffffffbf800000, 0xffffffffbf800000, 0xffffffff7fa00000, 0x0, fmin.s f3, f0, f1)
    /* in: s:nan, s:nan; out: s:nan */
    TEST_FP_CASE_F(12, 0x0, 0xffffffff7fc00000, 0xffffffff7fc00000, 0xffffffff7fc00000, 0x0, fmin.s f3, f0, f1)
    /* in: s:nan, s:nan; out: s:nan */
    TEST_FP_CASE_F(13, 0x10, 0xffffffff7fc00000, 0xffffffff7fa00000, 0xffffffff7fa00000, 0x0, fmin.s f3, f0, f1)
    /* in: s:nan, s:nan; out: s:nan */
    TEST_FP_CASE_F(14, 0x0, 0xffffffff7fc00000, 0xffffffffffc00123, 0xffffffff7fc00000, 0x0, fmin.s f3, f0, f1)
    /* in: s:nan, s:-3.0; out: s:-3.0 */
    TEST_FP_CASE_F(15, 0x0, 0xffffffffc0400000, 0xffffffffffc00123, 0xffffffffc0400000, 0x0, fmin.s f3, f0, f1)
    /* in: s:-inf, s:inf; out: s:-inf */
    TEST_FP_CASE_F(16, 0x0, 0xffffffffff800000, 0xffffffffff800000, 0xffffffff7f800000, 0x0, fmin.s f3, f0, f1)
    /* in: s:inf, s:3.4028234663852886e+38; out: s:3.4028234663852886e+38 */
    TEST_FP_CASE_F(17, 0x0, 0xffffffff7f7fffff, 0xffffffff7f800000, 0xffffffff7f7fffff, 0x0, fmin.s f3, f0, f1)
    /* in: s:1.401298464324817e-45, s:-1.401298464324817e-45; out: s:-1.401298464324817e-45 */
    TEST_FP_CASE_F(18, 0x0, 0xffffffff80000001, 0xffffffff00000001, 0xffffffff80000001, 0x0, fmin.s f3, f0, f1)
    /* in: s:nan, s:-0.0; out: s:-0.0 */
    TEST_FP_CASE_F(19, 0x0, 0xffffffff80000000, 0xffffffff7fc00000, 0xffffffff80000000, 0x0, fmin.s f3, f0, f1)
    /* in: s:nan, s:inf; out: s:inf */
    TEST_FP_CASE_F(20, 0x10, 0xffffffff7f800000, 0xffffffff7fa00000, 0xffffffff7f800000, 0x0, fmin.s f3, f0, f1)
    /* in: s:5.0, s:5.0; out: s:5.0 */
    TEST_FP_CASE_F(21, 0x0, 0xffffffff40a00000, 0xffffffff40a00000, 0xffffffff40a00000, 0x0, fmin.s f3, f0, f1)
    /* in: s:1.1754943508222875e-38, s:1.401298464324817e-45; out: s:1.401298464324817e-45 */
    TEST_FP_CASE_F(22, 0x0, 0xffffffff00000001, 0xffffffff00800000, 0xffffffff00000001, 0x0, fmin.s f3, f0, f1)
    /* in: s:1.0, s:2.0; out: s:2.0 */
    TEST_FP_CASE_F(23, 0x0, 0xffffffff40000000, 0xffffffff3f800000, 0xffffffff40000000, 0x0, fmax.s f3, f0, f1)
    /* in: s:2.0, s:1.0; out: s:2.0 */
    TEST_FP_CASE_F(24, 0x0, 0xffffffff40000000, 0xffffffff40000000, 0xffffffff3f800000, 0x0, fmax.s f3, f0, f1)
    /* in: s:-1.0, s:1.0; out: s:1.0 */
    TEST_FP_CASE_F(25, 0x0, 0xffffffff3f800000, 0xffffffffbf800000, 0xffffffff3f800000, 0x0, fmax.s f3, f0, f1)
    /* in: s:0.0, s:-0.0; out: s:0.0 */
    TEST_FP_CASE_F(26, 0x0, 0xffffffff00000000, 0xffffffff00000000, 0xffffffff80000000, 0x0, fmax.s f3, f0, f1)
    /* in: s:-0.0, s:0.0; out: s:0.0 */
    TEST_FP_CASE_F(27, 0x0, 0xffffffff00000000, 0xffffffff80000000, 0xffffffff00000000, 0x0, fmax.s f3, f0, f1)
    /* in: s:0.0, s:0.0; out: s:0.0 */
    TEST_FP_CASE_F(28, 0x0, 0xffffffff00000000, 0xffffffff00000000, 0xffffffff00000000, 0x0, fmax.s f3, f0, f1)
    /* in: s:-0.0, s:-0.0; out: s:-0.0 */
    TEST_FP_CASE_F(29, 0x0, 0xffffffff80000000, 0xffffffff80000000, 0xffffffff80000000, 0x0, fmax.s f3, f0, f1)
    /* in: s:nan, s:1.0; out: s:1.0 */
    TEST_FP_CASE_F(30, 0x0, 0xffffffff3f800000, 0xffffffff7fc00000, 0xffffffff3f800000, 0x0, fmax.s f3, f0, f1)
    /* in: s:1.0, s:nan; out: s:1.0 */
    TEST_FP_CASE_F(31, 0x0, 0xffffffff3f800000, 0xffffffff3f800000, 0xffffffff7fc00000, 0x0, fmax.s f3, f0, f1)
    /* in: s:nan, s:1.0; out: s:1.0 */
    TEST_FP_CASE_F(32, 0x10, 0xffffffff3f800000, 0xffffffff7fa00000, 0xffffffff3f800000, 0x0, fmax.s f3, f0, f1)
    /* in: s:-1.0, s:nan; out: s:-1.0 */
    TEST_FP_CASE_F(33, 0x10, 0xffffffffbf800000, 0xffffffffbf800000, 0xffffffff7fa00000, 0x0, fmax.s f3, f0, f1)
    /* in: s:nan, s:nan; out: s:nan */
    TEST_FP_CASE_F(34, 0x0, 0xffffffff7fc00000, 0xffffffff7fc00000, 0xffffffff7fc00000, 0x0, fmax.s f3, f0, f1)
    /* in: s:nan, s:nan; out: s:nan */
    TEST_FP_CASE_F(35, 0x10, 0xffffffff7fc00000, 0xffffffff7fa00000, 0xffffffff7fa00000, 0x0, fmax.s f3, f0, f1)
    /* in: s:nan, s:nan; out: s:nan */
    TEST_FP_CASE_F(36, 0x0, 0xffffffff7fc00000, 0xffffffffffc00123, 0xffffffff7fc00000, 0x0, fmax.s f3, f0, f1)
    /* in: s:nan, s:-3.0; out: s:-3.0 */
    TEST_FP_CASE_F(37, 0x0, 0xffffffffc0400000, 0xffffffffffc00123, 0xffffffffc0400000, 0x0, fmax.s f3, f0, f1)
    /* in: s:-inf, s:inf; out: s:inf */
    TEST_FP_CASE_F(38, 0x0, 0xffffffff7f800000, 0xffffffffff800000, 0xffffffff7f800000, 0x0, fmax.s f3, f0, f1)
    /* in: s:inf, s:3.4028234663852886e+38; out: s:inf */
    TEST_FP_CASE_F(39, 0x0, 0xffffffff7f800000, 0xffffffff7f800000, 0xffffffff7f7fffff, 0x0, fmax.s f3, f0, f1)
    /* in: s:1.401298464324817e-45, s:-1.401298464324817e-45; out: s:1.401298464324817e-45 */
    TEST_FP_CASE_F(40, 0x0, 0xffffffff00000001, 0xffffffff00000001, 0xffffffff80000001, 0x0, fmax.s f3, f0, f1)
    /* in: s:nan, s:-0.0; out: s:-0.0 */
    TEST_FP_CASE_F(41, 0x0, 0xffffffff80000000, 0xffffffff7fc00000, 0xffffffff80000000, 0x0, fmax.s f3, f0, f1)
    /* in: s:nan, s:inf; out: s:inf */
    TEST_FP_CASE_F(42, 0x10, 0xffffffff7f800000, 0xffffffff7fa00000, 0xffffffff7f800000, 0x0, fmax.s f3, f0, f1)
    /* in: s:5.0, s:5.0; out: s:5.0 */
    TEST_FP_CASE_F(43, 0x0, 0xffffffff40a00000, 0xffffffff40a00000, 0xffffffff40a00000, 0x0, fmax.s f3, f0, f1)
    /* in: s:1.1754943508222875e-38, s:1.401298464324817e-45; out: s:1.1754943508222875e-38 */
    TEST_FP_CASE_F(44, 0x0, 0xffffffff00800000, 0xffffffff00800000, 0xffffffff00000001, 0x0, fmax.s f3, f0, f1)
    /* in: d:1.0, d:2.0; out: d:1.0 */
    TEST_FP_CASE_F(45, 0x0, 0x3ff0000000000000, 0x3ff0000000000000, 0x4000000000000000, 0x0, fmin.d f3, f0, f1)
    /* in: d:2.0, d:1.0; out: d:1.0 */
    TEST_FP_CASE_F(46, 0x0, 0x3ff0000000000000, 0x4000000000000000, 0x3ff0000000000000, 0x0, fmin.d f3, f0, f1)
    /* in: d:-1.0, d:1.0; out: d:-1.0 */
    TEST_FP_CASE_F(47, 0x0, 0xbff0000000000000, 0xbff0000000000000, 0x3ff0000000000000, 0x0, fmin.d f3, f0, f1)
    /* in: d:0.0, d:-0.0; out: d:-0.0 */
    TEST_FP_CASE_F(48, 0x0, 0x8000000000000000, 0x0, 0x8000000000000000, 0x0, fmin.d f3, f0, f1)
    /* in: d:-0.0, d:0.0; out: d:-0.0 */
    TEST_FP_CASE_F(49, 0x0, 0x8000000000000000, 0x8000000000000000, 0x0, 0x0, fmin.d f3, f0, f1)
    /* in: d:0.0, d:0.0; out: d:0.0 */
    TEST_FP_CASE_F(50, 0x0, 0x0, 0x0, 0x0, 0x0, fmin.d f3, f0, f1)
    /* in: d:-0.0, d:-0.0; out: d:-0.0 */
    TEST_FP_CASE_F(51, 0x0, 0x8000000000000000, 0x8000000000000000, 0x8000000000000000, 0x0, fmin.d f3, f0, f1)
    /* in: d:nan, d:1.0; out: d:1.0 */
    TEST_FP_CASE_F(52, 0x0, 0x3ff0000000000000, 0x7ff8000000000000, 0x3ff0000000000000, 0x0, fmin.d f3, f0, f1)
    /* in: d:1.0, d:nan; out: d:1.0 */
    TEST_FP_CASE_F(53, 0x0, 0x3ff0000000000000, 0x3ff0000000000000, 0x7ff8000000000000, 0x0, fmin.d f3, f0, f1)
    /* in: d:nan, d:1.0; out: d:1.0 */
    TEST_FP_CASE_F(54, 0x10, 0x3ff0000000000000, 0x7ff4000000000000, 0x3ff0000000000000, 0x0, fmin.d f3, f0, f1)
    /* in: d:-1.0, d:nan; out: d:-1.0 */
    TEST_FP_CASE_F(55, 0x10, 0xbff0000000000000, 0xbff0000000000000, 0x7ff4000000000000, 0x0, fmin.d f3, f0, f1)
    /* in: d:nan, d:nan; out: d:nan */
    TEST_FP_CASE_F(56, 0x0, 0x7ff8000000000000, 0x7ff8000000000000, 0x7ff8000000000000, 0x0, fmin.d f3, f0, f1)
    /* in: d:nan, d:nan; out: d:nan */
    TEST_FP_CASE_F(57, 0x10, 0x7ff8000000000000, 0x7ff4000000000000, 0x7ff4000000000000, 0x0, fmin.d f3, f0, f1)
    /* in: d:nan, d:nan; out: d:nan */
    TEST_FP_CASE_F(58, 0x0, 0x7ff8000000000000, 0xfff8000000000123, 0x7ff8000000000000, 0x0, fmin.d f3, f0, f1)
    /* in: d:nan, d:-3.0; out: d:-3.0 */
    TEST_FP_CASE_F(59, 0x0, 0xc008000000000000, 0xfff8000000000123, 0xc008000000000000, 0x0, fmin.d f3, f0, f1)
    /* in: d:-inf, d:inf; out: d:-inf */
    TEST_FP_CASE_F(60, 0x0, 0xfff0000000000000, 0xfff0000000000000, 0x7ff0000000000000, 0x0, fmin.d f3, f0, f1)
    /* in: d:inf, d:1.7976931348623157e+308; out: d:1.7976931348623157e+308 */
    TEST_FP_CASE_F(61, 0x0, 0x7fefffffffffffff, 0x7ff0000000000000, 0x7fefffffffffffff, 0x0, fmin.d f3, f0, f1)
    /* in: d:5e-324, d:-5e-324; out: d:-5e-324 */
    TEST_FP_CASE_F(62, 0x0, 0x8000000000000001, 0x1, 0x8000000000000001, 0x0, fmin.d f3, f0, f1)
    /* in: d:nan, d:-0.0; out: d:-0.0 */
    TEST_FP_CASE_F(63, 0x0, 0x8000000000000000, 0x7ff8000000000000, 0x8000000000000000, 0x0, fmin.d f3, f0, f1)
    /* in: d:nan, d:inf; out: d:inf */
    TEST_FP_CASE_F(64, 0x10, 0x7ff0000000000000, 0x7ff4000000000000, 0x7ff0000000000000, 0x0, fmin.d f3, f0, f1)
    /* in: d:5.0, d:5.0; out: d:5.0 */
    TEST_FP_CASE_F(65, 0x0, 0x4014000000000000, 0x4014000000000000, 0x4014000000000000, 0x0, fmin.d f3, f0, f1)
    /* in: d:2.2250738585072014e-308, d:5e-324; out: d:5e-324 */
    TEST_FP_CASE_F(66, 0x0, 0x1, 0x10000000000000, 0x1, 0x0, fmin.d f3, f0, f1)
    /* in: d:1.0, d:2.0; out: d:2.0 */
    TEST_FP_CASE_F(67, 0x0, 0x4000000000000000, 0x3ff0000000000000, 0x4000000000000000, 0x0, fmax.d f3, f0, f1)
    /* in: d:2.0, d:1.0; out: d:2.0 */
    TEST_FP_CASE_F(68, 0x0, 0x4000000000000000, 0x4000000000000000, 0x3ff0000000000000, 0x0, fmax.d f3, f0, f1)
    /* in: d:-1.0, d:1.0; out: d:1.0 */
    TEST_FP_CASE_F(69, 0x0, 0x3ff0000000000000, 0xbff0000000000000, 0x3ff0000000000000, 0x0, fmax.d f3, f0, f1)
    /* in: d:0.0, d:-0.0; out: d:0.0 */
    TEST_FP_CASE_F(70, 0x0, 0x0, 0x0, 0x8000000000000000, 0x0, fmax.d f3, f0, f1)
    /* in: d:-0.0, d:0.0; out: d:0.0 */
    TEST_FP_CASE_F(71, 0x0, 0x0, 0x8000000000000000, 0x0, 0x0, fmax.d f3, f0, f1)
    /* in: d:0.0, d:0.0; out: d:0.0 */
    TEST_FP_CASE_F(72, 0x0, 0x0, 0x0, 0x0, 0x0, fmax.d f3, f0, f1)
    /* in: d:-0.0, d:-0.0; out: d:-0.0 */
    TEST_FP_CASE_F(73, 0x0, 0x8000000000000000, 0x8000000000000000, 0x8000000000000000, 0x0, fmax.d f3, f0, f1)
    /* in: d:nan, d:1.0; out: d:1.0 */
    TEST_FP_CASE_F(74, 0x0, 0x3ff0000000000000, 0x7ff8000000000000, 0x3ff0000000000000, 0x0, fmax.d f3, f0, f1)
    /* in: d:1.0, d:nan; out: d:1.0 */
    TEST_FP_CASE_F(75, 0x0, 0x3ff0000000000000, 0x3ff0000000000000, 0x7ff8000000000000, 0x0, fmax.d f3, f0, f1)
    /* in: d:nan, d:1.0; out: d:1.0 */
    TEST_FP_CASE_F(76, 0x10, 0x3ff0000000000000, 0x7ff4000000000000, 0x3ff0000000000000, 0x0, fmax.d f3, f0, f1)
    /* in: d:-1.0, d:nan; out: d:-1.0 */
    TEST_FP_CASE_F(77, 0x10, 0xbff0000000000000, 0xbff0000000000000, 0x7ff4000000000000, 0x0, fmax.d f3, f0, f1)
    /* in: d:nan, d:nan; out: d:nan */
    TEST_FP_CASE_F(78, 0x0, 0x7ff8000000000000, 0x7ff8000000000000, 0x7ff8000000000000, 0x0, fmax.d f3, f0, f1)
    /* in: d:nan, d:nan; out: d:nan */
    TEST_FP_CASE_F(79, 0x10, 0x7ff8000000000000, 0x7ff4000000000000, 0x7ff4000000000000, 0x0, fmax.d f3, f0, f1)
    /* in: d:nan, d:nan; out: d:nan */
    TEST_FP_CASE_F(80, 0x0, 0x7ff8000000000000, 0xfff8000000000123, 0x7ff8000000000000, 0x0, fmax.d f3, f0, f1)
    /* in: d:nan, d:-3.0; out: d:-3.0 */
    TEST_FP_CASE_F(81, 0x0, 0xc008000000000000, 0xfff8000000000123, 0xc008000000000000, 0x0, fmax.d f3, f0, f1)
    /* in: d:-inf, d:inf; out: d:inf */
    TEST_FP_CASE_F(82, 0x0, 0x7ff0000000000000, 0xfff0000000000000, 0x7ff0000000000000, 0x0, fmax.d f3, f0, f1)
    /* in: d:inf, d:1.7976931348623157e+308; out: d:inf */
    TEST_FP_CASE_F(83, 0x0, 0x7ff0000000000000, 0x7ff0000000000000, 0x7fefffffffffffff, 0x0, fmax.d f3, f0, f1)
    /* in: d:5e-324, d:-5e-324; out: d:5e-324 */
    TEST_FP_CASE_F(84, 0x0, 0x1, 0x1, 0x8000000000000001, 0x0, fmax.d f3, f0, f1)
    /* in: d:nan, d:-0.0; out: d:-0.0 */
    TEST_FP_CASE_F(85, 0x0, 0x8000000000000000, 0x7ff8000000000000, 0x8000000000000000, 0x0, fmax.d f3, f0, f1)
    /* in: d:nan, d:inf; out: d:inf */
    TEST_FP_CASE_F(86, 0x10, 0x7ff0000000000000, 0x7ff4000000000000, 0x7ff0000000000000, 0x0, fmax.d f3, f0, f1)
    /* in: d:5.0, d:5.0; out: d:5.0 */
    TEST_FP_CASE_F(87, 0x0, 0x4014000000000000, 0x4014000000000000, 0x4014000000000000, 0x0, fmax.d f3, f0, f1)
    /* in: d:2.2250738585072014e-308, d:5e-324; out: d:2.2250738585072014e-308 */
    TEST_FP_CASE_F(88, 0x0, 0x10000000000000, 0x10000000000000, 0x1, 0x0, fmax.d f3, f0, f1)

TEST_END


