/*
 * fp_cmp_class.S - feq/flt/fle and fclass in single and double precision. feq is quiet (NV
 * only for signaling NaN operands), flt/fle are signaling (NV for any NaN); all return 0 on
 * NaN. -0 == +0. fclass sets exactly one of its ten bits for each class. Expected values
 * from qemu-riscv64.
 */
#include "testlib.h"

TEST_BEGIN

    /* in: s:1.0, s:2.0 */
    TEST_FP_CASE_X(1, 0x0, 0x0, 0xffffffff3f800000, 0xffffffff40000000, 0x0, feq.s a0, f0, f1)
    /* in: s:2.0, s:1.0 */
    TEST_FP_CASE_X(2, 0x0, 0x0, 0xffffffff40000000, 0xffffffff3f800000, 0x0, feq.s a0, f0, f1)
    /* in: s:1.0, s:1.0 */
    TEST_FP_CASE_X(3, 0x0, 0x1, 0xffffffff3f800000, 0xffffffff3f800000, 0x0, feq.s a0, f0, f1)
    /* in: s:0.0, s:-0.0 */
    TEST_FP_CASE_X(4, 0x0, 0x1, 0xffffffff00000000, 0xffffffff80000000, 0x0, feq.s a0, f0, f1)
    /* in: s:-0.0, s:0.0 */
    TEST_FP_CASE_X(5, 0x0, 0x1, 0xffffffff80000000, 0xffffffff00000000, 0x0, feq.s a0, f0, f1)
    /* in: s:nan, s:1.0 */
    TEST_FP_CASE_X(6, 0x0, 0x0, 0xffffffff7fc00000, 0xffffffff3f800000, 0x0, feq.s a0, f0, f1)
    /* in: s:1.0, s:nan */
    TEST_FP_CASE_X(7, 0x0, 0x0, 0xffffffff3f800000, 0xffffffff7fc00000, 0x0, feq.s a0, f0, f1)
    /* in: s:nan, s:1.0 */
    TEST_FP_CASE_X(8, 0x10, 0x0, 0xffffffff7fa00000, 0xffffffff3f800000, 0x0, feq.s a0, f0, f1)
    /* in: s:1.0, s:nan */
    TEST_FP_CASE_X(9, 0x10, 0x0, 0xffffffff3f800000, 0xffffffff7fa00000, 0x0, feq.s a0, f0, f1)
    /* in: s:nan, s:nan */
    TEST_FP_CASE_X(10, 0x0, 0x0, 0xffffffff7fc00000, 0xffffffff7fc00000, 0x0, feq.s a0, f0, f1)
    /* in: s:-inf, s:inf */
    TEST_FP_CASE_X(11, 0x0, 0x0, 0xffffffffff800000, 0xffffffff7f800000, 0x0, feq.s a0, f0, f1)
    /* in: s:inf, s:inf */
    TEST_FP_CASE_X(12, 0x0, 0x1, 0xffffffff7f800000, 0xffffffff7f800000, 0x0, feq.s a0, f0, f1)
    /* in: s:1.401298464324817e-45, s:0.0 */
    TEST_FP_CASE_X(13, 0x0, 0x0, 0xffffffff00000001, 0xffffffff00000000, 0x0, feq.s a0, f0, f1)
    /* in: s:-2.0, s:-1.0 */
    TEST_FP_CASE_X(14, 0x0, 0x0, 0xffffffffc0000000, 0xffffffffbf800000, 0x0, feq.s a0, f0, f1)
    /* in: s:1.0, s:2.0 */
    TEST_FP_CASE_X(15, 0x0, 0x1, 0xffffffff3f800000, 0xffffffff40000000, 0x0, flt.s a0, f0, f1)
    /* in: s:2.0, s:1.0 */
    TEST_FP_CASE_X(16, 0x0, 0x0, 0xffffffff40000000, 0xffffffff3f800000, 0x0, flt.s a0, f0, f1)
    /* in: s:1.0, s:1.0 */
    TEST_FP_CASE_X(17, 0x0, 0x0, 0xffffffff3f800000, 0xffffffff3f800000, 0x0, flt.s a0, f0, f1)
    /* in: s:0.0, s:-0.0 */
    TEST_FP_CASE_X(18, 0x0, 0x0, 0xffffffff00000000, 0xffffffff80000000, 0x0, flt.s a0, f0, f1)
    /* in: s:-0.0, s:0.0 */
    TEST_FP_CASE_X(19, 0x0, 0x0, 0xffffffff80000000, 0xffffffff00000000, 0x0, flt.s a0, f0, f1)
    /* in: s:nan, s:1.0 */
    TEST_FP_CASE_X(20, 0x10, 0x0, 0xffffffff7fc00000, 0xffffffff3f800000, 0x0, flt.s a0, f0, f1)
    /* in: s:1.0, s:nan */
    TEST_FP_CASE_X(21, 0x10, 0x0, 0xffffffff3f800000, 0xffffffff7fc00000, 0x0, flt.s a0, f0, f1)
    /* in: s:nan, s:1.0 */
    TEST_FP_CASE_X(22, 0x10, 0x0, 0xffffffff7fa00000, 0xffffffff3f800000, 0x0, flt.s a0, f0, f1)
    /* in: s:1.0, s:nan */
    TEST_FP_CASE_X(23, 0x10, 0x0, 0xffffffff3f800000, 0xffffffff7fa00000, 0x0, flt.s a0, f0, f1)
    /* in: s:nan, s:nan */
    TEST_FP_CASE_X(24, 0x10, 0x0, 0xffffffff7fc00000, 0xffffffff7fc00000, 0x0, flt.s a0, f0, f1)
    /* in: s:-inf, s:inf */
    TEST_FP_CASE_X(25, 0x0, 0x1, 0xffffffffff800000, 0xffffffff7f800000, 0x0, flt.s a0, f0, f1)
    /* in: s:inf, s:inf */
    TEST_FP_CASE_X(26, 0x0, 0x0, 0xffffffff7f800000, 0xffffffff7f800000, 0x0, flt.s a0, f0, f1)
    /* in: s:1.401298464324817e-45, s:0.0 */
    TEST_FP_CASE_X(27, 0x0, 0x0, 0xffffffff00000001, 0xffffffff00000000, 0x0, flt.s a0, f0, f1)
    /* in: s:-2.0, s:-1.0 */
    TEST_FP_CASE_X(28, 0x0, 0x1, 0xffffffffc0000000, 0xffffffffbf800000, 0x0, flt.s a0, f0, f1)
    /* in: s:1.0, s:2.0 */
    TEST_FP_CASE_X(29, 0x0, 0x1, 0xffffffff3f800000, 0xffffffff40000000, 0x0, fle.s a0, f0, f1)
    /* in: s:2.0, s:1.0 */
    TEST_FP_CASE_X(30, 0x0, 0x0, 0xffffffff40000000, 0xffffffff3f800000, 0x0, fle.s a0, f0, f1)
    /* in: s:1.0, s:1.0 */
    TEST_FP_CASE_X(31, 0x0, 0x1, 0xffffffff3f800000, 0xffffffff3f800000, 0x0, fle.s a0, f0, f1)
    /* in: s:0.0, s:-0.0 */
    TEST_FP_CASE_X(32, 0x0, 0x1, 0xffffffff00000000, 0xffffffff80000000, 0x0, fle.s a0, f0, f1)
    /* in: s:-0.0, s:0.0 */
    TEST_FP_CASE_X(33, 0x0, 0x1, 0xffffffff80000000, 0xffffffff00000000, 0x0, fle.s a0, f0, f1)
    /* in: s:nan, s:1.0 */
    TEST_FP_CASE_X(34, 0x10, 0x0, 0xffffffff7fc00000, 0xffffffff3f800000, 0x0, fle.s a0, f0, f1)
    /* in: s:1.0, s:nan */
    TEST_FP_CASE_X(35, 0x10, 0x0, 0xffffffff3f800000, 0xffffffff7fc00000, 0x0, fle.s a0, f0, f1)
    /* in: s:nan, s:1.0 */
    TEST_FP_CASE_X(36, 0x10, 0x0, 0xffffffff7fa00000, 0xffffffff3f800000, 0x0, fle.s a0, f0, f1)
    /* in: s:1.0, s:nan */
    TEST_FP_CASE_X(37, 0x10, 0x0, 0xffffffff3f800000, 0xffffffff7fa00000, 0x0, fle.s a0, f0, f1)
    /* in: s:nan, s:nan */
    TEST_FP_CASE_X(38, 0x10, 0x0, 0xffffffff7fc00000, 0xffffffff7fc00000, 0x0, fle.s a0, f0, f1)
    /* in: s:-inf, s:inf */
    TEST_FP_CASE_X(39, 0x0, 0x1, 0xffffffffff800000, 0xffffffff7f800000, 0x0, fle.s a0, f0, f1)
    /* in: s:inf, s:inf */
    TEST_FP_CASE_X(40, 0x0, 0x1, 0xffffffff7f800000, 0xffffffff7f800000, 0x0, fle.s a0, f0, f1)
    /* in: s:1.401298464324817e-45, s:0.0 */
    TEST_FP_CASE_X(41, 0x0, 0x0, 0xffffffff00000001, 0xffffffff00000000, 0x0, fle.s a0, f0, f1)
    /* in: s:-2.0, s:-1.0 */
    TEST_FP_CASE_X(42, 0x0, 0x1, 0xffffffffc0000000, 0xffffffffbf800000, 0x0, fle.s a0, f0, f1)
    /* ninf; in: s:-inf */
    TEST_FP_CASE_X(43, 0x0, 0x1, 0xffffffffff800000, 0x0, 0x0, fclass.s a0, f0)
    /* max; in: s:-3.4028234663852886e+38 */
    TEST_FP_CASE_X(44, 0x0, 0x2, 0xffffffffff7fffff, 0x0, 0x0, fclass.s a0, f0)
    /* den; in: s:1.401298464324817e-45 */
    TEST_FP_CASE_X(45, 0x0, 0x20, 0xffffffff00000001, 0x0, 0x0, fclass.s a0, f0)
    /* nz; in: s:-0.0 */
    TEST_FP_CASE_X(46, 0x0, 0x8, 0xffffffff80000000, 0x0, 0x0, fclass.s a0, f0)
    /* inf; in: s:inf */
    TEST_FP_CASE_X(47, 0x0, 0x80, 0xffffffff7f800000, 0x0, 0x0, fclass.s a0, f0)
    /* snan; in: s:nan */
    TEST_FP_CASE_X(48, 0x0, 0x100, 0xffffffff7fa00000, 0x0, 0x0, fclass.s a0, f0)
    /* qnan; in: s:nan */
    TEST_FP_CASE_X(49, 0x0, 0x200, 0xffffffff7fc00000, 0x0, 0x0, fclass.s a0, f0)
    /* nanp; in: s:nan */
    TEST_FP_CASE_X(50, 0x0, 0x200, 0xffffffffffc00123, 0x0, 0x0, fclass.s a0, f0)
    /* min; in: s:1.1754943508222875e-38 */
    TEST_FP_CASE_X(51, 0x0, 0x40, 0xffffffff00800000, 0x0, 0x0, fclass.s a0, f0)
    /* in: s:-1.5 */
    TEST_FP_CASE_X(52, 0x0, 0x2, 0xffffffffbfc00000, 0x0, 0x0, fclass.s a0, f0)
    /* in: s:0.0 */
    TEST_FP_CASE_X(53, 0x0, 0x10, 0xffffffff00000000, 0x0, 0x0, fclass.s a0, f0)
    /* in: s:1.5 */
    TEST_FP_CASE_X(54, 0x0, 0x40, 0xffffffff3fc00000, 0x0, 0x0, fclass.s a0, f0)
    /* negative subnormal; in: s:-1.401298464324817e-45 */
    TEST_FP_CASE_X(55, 0x0, 0x4, 0xffffffff80000001, 0x0, 0x0, fclass.s a0, f0)
    /* in: d:1.0, d:2.0 */
    TEST_FP_CASE_X(56, 0x0, 0x0, 0x3ff0000000000000, 0x4000000000000000, 0x0, feq.d a0, f0, f1)
    /* in: d:2.0, d:1.0 */
    TEST_FP_CASE_X(57, 0x0, 0x0, 0x4000000000000000, 0x3ff0000000000000, 0x0, feq.d a0, f0, f1)
    /* in: d:1.0, d:1.0 */
    TEST_FP_CASE_X(58, 0x0, 0x1, 0x3ff0000000000000, 0x3ff0000000000000, 0x0, feq.d a0, f0, f1)
    /* in: d:0.0, d:-0.0 */
    TEST_FP_CASE_X(59, 0x0, 0x1, 0x0, 0x8000000000000000, 0x0, feq.d a0, f0, f1)
    /* in: d:-0.0, d:0.0 */
    TEST_FP_CASE_X(60, 0x0, 0x1, 0x8000000000000000, 0x0, 0x0, feq.d a0, f0, f1)
    /* in: d:nan, d:1.0 */
    TEST_FP_CASE_X(61, 0x0, 0x0, 0x7ff8000000000000, 0x3ff0000000000000, 0x0, feq.d a0, f0, f1)
    /* in: d:1.0, d:nan */
    TEST_FP_CASE_X(62, 0x0, 0x0, 0x3ff0000000000000, 0x7ff8000000000000, 0x0, feq.d a0, f0, f1)
    /* in: d:nan, d:1.0 */
    TEST_FP_CASE_X(63, 0x10, 0x0, 0x7ff4000000000000, 0x3ff0000000000000, 0x0, feq.d a0, f0, f1)
    /* in: d:1.0, d:nan */
    TEST_FP_CASE_X(64, 0x10, 0x0, 0x3ff0000000000000, 0x7ff4000000000000, 0x0, feq.d a0, f0, f1)
    /* in: d:nan, d:nan */
    TEST_FP_CASE_X(65, 0x0, 0x0, 0x7ff8000000000000, 0x7ff8000000000000, 0x0, feq.d a0, f0, f1)
    /* in: d:-inf, d:inf */
    TEST_FP_CASE_X(66, 0x0, 0x0, 0xfff0000000000000, 0x7ff0000000000000, 0x0, feq.d a0, f0, f1)
    /* in: d:inf, d:inf */
    TEST_FP_CASE_X(67, 0x0, 0x1, 0x7ff0000000000000, 0x7ff0000000000000, 0x0, feq.d a0, f0, f1)
    /* in: d:5e-324, d:0.0 */
    TEST_FP_CASE_X(68, 0x0, 0x0, 0x1, 0x0, 0x0, feq.d a0, f0, f1)
    /* in: d:-2.0, d:-1.0 */
    TEST_FP_CASE_X(69, 0x0, 0x0, 0xc000000000000000, 0xbff0000000000000, 0x0, feq.d a0, f0, f1)
    /* in: d:1.0, d:2.0 */
    TEST_FP_CASE_X(70, 0x0, 0x1, 0x3ff0000000000000, 0x4000000000000000, 0x0, flt.d a0, f0, f1)
    /* in: d:2.0, d:1.0 */
    TEST_FP_CASE_X(71, 0x0, 0x0, 0x4000000000000000, 0x3ff0000000000000, 0x0, flt.d a0, f0, f1)
    /* in: d:1.0, d:1.0 */
    TEST_FP_CASE_X(72, 0x0, 0x0, 0x3ff0000000000000, 0x3ff0000000000000, 0x0, flt.d a0, f0, f1)
    /* in: d:0.0, d:-0.0 */
    TEST_FP_CASE_X(73, 0x0, 0x0, 0x0, 0x8000000000000000, 0x0, flt.d a0, f0, f1)
    /* in: d:-0.0, d:0.0 */
    TEST_FP_CASE_X(74, 0x0, 0x0, 0x8000000000000000, 0x0, 0x0, flt.d a0, f0, f1)
    /* in: d:nan, d:1.0 */
    TEST_FP_CASE_X(75, 0x10, 0x0, 0x7ff8000000000000, 0x3ff0000000000000, 0x0, flt.d a0, f0, f1)
    /* in: d:1.0, d:nan */
    TEST_FP_CASE_X(76, 0x10, 0x0, 0x3ff0000000000000, 0x7ff8000000000000, 0x0, flt.d a0, f0, f1)
    /* in: d:nan, d:1.0 */
    TEST_FP_CASE_X(77, 0x10, 0x0, 0x7ff4000000000000, 0x3ff0000000000000, 0x0, flt.d a0, f0, f1)
    /* in: d:1.0, d:nan */
    TEST_FP_CASE_X(78, 0x10, 0x0, 0x3ff0000000000000, 0x7ff4000000000000, 0x0, flt.d a0, f0, f1)
    /* in: d:nan, d:nan */
    TEST_FP_CASE_X(79, 0x10, 0x0, 0x7ff8000000000000, 0x7ff8000000000000, 0x0, flt.d a0, f0, f1)
    /* in: d:-inf, d:inf */
    TEST_FP_CASE_X(80, 0x0, 0x1, 0xfff0000000000000, 0x7ff0000000000000, 0x0, flt.d a0, f0, f1)
    /* in: d:inf, d:inf */
    TEST_FP_CASE_X(81, 0x0, 0x0, 0x7ff0000000000000, 0x7ff0000000000000, 0x0, flt.d a0, f0, f1)
    /* in: d:5e-324, d:0.0 */
    TEST_FP_CASE_X(82, 0x0, 0x0, 0x1, 0x0, 0x0, flt.d a0, f0, f1)
    /* in: d:-2.0, d:-1.0 */
    TEST_FP_CASE_X(83, 0x0, 0x1, 0xc000000000000000, 0xbff0000000000000, 0x0, flt.d a0, f0, f1)
    /* in: d:1.0, d:2.0 */
    TEST_FP_CASE_X(84, 0x0, 0x1, 0x3ff0000000000000, 0x4000000000000000, 0x0, fle.d a0, f0, f1)
    /* in: d:2.0, d:1.0 */
    TEST_FP_CASE_X(85, 0x0, 0x0, 0x4000000000000000, 0x3ff0000000000000, 0x0, fle.d a0, f0, f1)
    /* in: d:1.0, d:1.0 */
    TEST_FP_CASE_X(86, 0x0, 0x1, 0x3ff0000000000000, 0x3ff0000000000000, 0x0, fle.d a0, f0, f1)
    /* in: d:0.0, d:-0.0 */
    TEST_FP_CASE_X(87, 0x0, 0x1, 0x0, 0x8000000000000000, 0x0, fle.d a0, f0, f1)
    /* in: d:-0.0, d:0.0 */
    TEST_FP_CASE_X(88, 0x0, 0x1, 0x8000000000000000, 0x0, 0x0, fle.d a0, f0, f1)
    /* in: d:nan, d:1.0 */
    TEST_FP_CASE_X(89, 0x10, 0x0, 0x7ff8000000000000, 0x3ff0000000000000, 0x0, fle.d a0, f0, f1)
    /* in: d:1.0, d:nan */
    TEST_FP_CASE_X(90, 0x10, 0x0, 0x3ff0000000000000, 0x7ff8000000000000, 0x0, fle.d a0, f0, f1)
    /* in: d:nan, d:1.0 */
    TEST_FP_CASE_X(91, 0x10, 0x0, 0x7ff4000000000000, 0x3ff0000000000000, 0x0, fle.d a0, f0, f1)
    /* in: d:1.0, d:nan */
    TEST_FP_CASE_X(92, 0x10, 0x0, 0x3ff0000000000000, 0x7ff4000000000000, 0x0, fle.d a0, f0, f1)
    /* in: d:nan, d:nan */
    TEST_FP_CASE_X(93, 0x10, 0x0, 0x7ff8000000000000, 0x7ff8000000000000, 0x0, fle.d a0, f0, f1)
    /* in: d:-inf, d:inf */
    TEST_FP_CASE_X(94, 0x0, 0x1, 0xfff0000000000000, 0x7ff0000000000000, 0x0, fle.d a0, f0, f1)
    /* in: d:inf, d:inf */
    TEST_FP_CASE_X(95, 0x0, 0x1, 0x7ff0000000000000, 0x7ff0000000000000, 0x0, fle.d a0, f0, f1)
    /* in: d:5e-324, d:0.0 */
    TEST_FP_CASE_X(96, 0x0, 0x0, 0x1, 0x0, 0x0, fle.d a0, f0, f1)
    /* in: d:-2.0, d:-1.0 */
    TEST_FP_CASE_X(97, 0x0, 0x1, 0xc000000000000000, 0xbff0000000000000, 0x0, fle.d a0, f0, f1)
    /* ninf; in: d:-inf */
    TEST_FP_CASE_X(98, 0x0, 0x1, 0xfff0000000000000, 0x0, 0x0, fclass.d a0, f0)
    /* max; in: d:-1.7976931348623157e+308 */
    TEST_FP_CASE_X(99, 0x0, 0x2, 0xffefffffffffffff, 0x0, 0x0, fclass.d a0, f0)
    /* den; in: d:5e-324 */
    TEST_FP_CASE_X(100, 0x0, 0x20, 0x1, 0x0, 0x0, fclass.d a0, f0)
    /* nz; in: d:-0.0 */
    TEST_FP_CASE_X(101, 0x0, 0x8, 0x8000000000000000, 0x0, 0x0, fclass.d a0, f0)
    /* inf; in: d:inf */
    TEST_FP_CASE_X(102, 0x0, 0x80, 0x7ff0000000000000, 0x0, 0x0, fclass.d a0, f0)
    /* snan; in: d:nan */
    TEST_FP_CASE_X(103, 0x0, 0x100, 0x7ff4000000000000, 0x0, 0x0, fclass.d a0, f0)
    /* qnan; in: d:nan */
    TEST_FP_CASE_X(104, 0x0, 0x200, 0x7ff8000000000000, 0x0, 0x0, fclass.d a0, f0)
    /* nanp; in: d:nan */
    TEST_FP_CASE_X(105, 0x0, 0x200, 0xfff8000000000123, 0x0, 0x0, fclass.d a0, f0)
    /* min; in: d:2.2250738585072014e-308 */
    TEST_FP_CASE_X(106, 0x0, 0x40, 0x10000000000000, 0x0, 0x0, fclass.d a0, f0)
    /* in: d:-1.5 */
    TEST_FP_CASE_X(107, 0x0, 0x2, 0xbff8000000000000, 0x0, 0x0, fclass.d a0, f0)
    /* in: d:0.0 */
    TEST_FP_CASE_X(108, 0x0, 0x10, 0x0, 0x0, 0x0, fclass.d a0, f0)
    /* in: d:1.5 */
    TEST_FP_CASE_X(109, 0x0, 0x40, 0x3ff8000000000000, 0x0, 0x0, fclass.d a0, f0)
    /* negative subnormal; in: d:-5e-324 */
    TEST_FP_CASE_X(110, 0x0, 0x4, 0x8000000000000001, 0x0, 0x0, fclass.d a0, f0)
    /* not NaN-boxed: reads as canonical (quiet) NaN; in: d:5.263544247e-315 */
    TEST_FP_CASE_X(111, 0x0, 0x200, 0x3f800000, 0x0, 0x0, fclass.s a0, f0)
    /* not NaN-boxed: quiet NaN, no NV; in: d:5.263544247e-315 */
    TEST_FP_CASE_X(112, 0x0, 0x0, 0x3f800000, 0x0, 0x0, feq.s a0, f0, f0)
    /* not NaN-boxed: NV; in: d:5.263544247e-315, s:2.0 */
    TEST_FP_CASE_X(113, 0x10, 0x0, 0x3f800000, 0xffffffff40000000, 0x0, flt.s a0, f0, f1)

TEST_END


