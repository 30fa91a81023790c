/*
 * fp_arith.S - F/D arithmetic: add/sub/mul/div/sqrt and the fused multiply-add family, in
 * single and double precision, with results and fflags checked for every case. Covers all
 * five static rounding modes and the dynamic one (frm), halfway cases (RMM vs RNE), signed
 * zero results, canonical NaN results (payloads are not propagated), overflow, underflow
 * (tininess detected after rounding), divide by zero, invalid operations including
 * inf*0+qNaN in fma, and the fnmadd/fnmsub sign rules. Expected values come from
 * qemu-riscv64 (softfloat); inputs/outputs are raw bit patterns, decoded in the comments.
 */
#include "testlib.h"

TEST_BEGIN

    /* in: s:1.0, s:2.0; out: s:3.0 */
    TEST_FP_CASE_F(1, 0x0, 0xffffffff40400000, 0xffffffff3f800000, 0xffffffff40000000, 0x0, fadd.s f3, f0, f1, rne)
    /* in: s:1.0, s:2.0; out: s:-1.0 */
    TEST_FP_CASE_F(2, 0x0, 0xffffffffbf800000, 0xffffffff3f800000, 0xffffffff40000000, 0x0, fsub.s f3, f0, f1, rne)
    /* in: s:3.0, s:-2.5; out: s:-7.5 */
    TEST_FP_CASE_F(3, 0x0, 0xffffffffc0f00000, 0xffffffff40400000, 0xffffffffc0200000, 0x0, fmul.s f3, f0, f1, rne)
    /* in: s:7.0, s:2.0; out: s:3.5 */
    TEST_FP_CASE_F(4, 0x0, 0xffffffff40600000, 0xffffffff40e00000, 0xffffffff40000000, 0x0, fdiv.s f3, f0, f1, rne)
    /* inexact; in: s:1.0, s:1.0000000031710769e-30; out: s:1.0 */
    TEST_FP_CASE_F(5, 0x1, 0xffffffff3f800000, 0xffffffff3f800000, 0xffffffff0da24260, 0x0, fadd.s f3, f0, f1, rne)
    /* overflow; in: s:3.4028234663852886e+38, s:3.4028234663852886e+38; out: s:inf */
    TEST_FP_CASE_F(6, 0x5, 0xffffffff7f800000, 0xffffffff7f7fffff, 0xffffffff7f7fffff, 0x0, fadd.s f3, f0, f1, rne)
    /* overflow rtz -> max; in: s:3.4028234663852886e+38, s:3.4028234663852886e+38; out: s:3.4028234663852886e+38 */
    TEST_FP_CASE_F(7, 0x5, 0xffffffff7f7fffff, 0xffffffff7f7fffff, 0xffffffff7f7fffff, 0x0, fadd.s f3, f0, f1, rtz)
    /* in: s:3.4028234663852886e+38, s:3.4028234663852886e+38; out: s:3.4028234663852886e+38 */
    TEST_FP_CASE_F(8, 0x5, 0xffffffff7f7fffff, 0xffffffff7f7fffff, 0xffffffff7f7fffff, 0x0, fadd.s f3, f0, f1, rdn)
    /* inf-inf invalid; in: s:inf, s:-inf; out: s:nan */
    TEST_FP_CASE_F(9, 0x10, 0xffffffff7fc00000, 0xffffffff7f800000, 0xffffffffff800000, 0x0, fadd.s f3, f0, f1, rne)
    /* in: s:inf, s:inf; out: s:nan */
    TEST_FP_CASE_F(10, 0x10, 0xffffffff7fc00000, 0xffffffff7f800000, 0xffffffff7f800000, 0x0, fsub.s f3, f0, f1, rne)
    /* qNaN quiet; in: s:nan, s:1.0; out: s:nan */
    TEST_FP_CASE_F(11, 0x0, 0xffffffff7fc00000, 0xffffffff7fc00000, 0xffffffff3f800000, 0x0, fadd.s f3, f0, f1, rne)
    /* sNaN invalid; in: s:nan, s:1.0; out: s:nan */
    TEST_FP_CASE_F(12, 0x10, 0xffffffff7fc00000, 0xffffffff7fa00000, 0xffffffff3f800000, 0x0, fadd.s f3, f0, f1, rne)
    /* payload NaN -> canonical; in: s:nan, s:1.0; out: s:nan */
    TEST_FP_CASE_F(13, 0x0, 0xffffffff7fc00000, 0xffffffffffc00123, 0xffffffff3f800000, 0x0, fadd.s f3, f0, f1, rne)
    /* in: s:2.0, s:nan; out: s:nan */
    TEST_FP_CASE_F(14, 0x0, 0xffffffff7fc00000, 0xffffffff40000000, 0xffffffffffc00123, 0x0, fmul.s f3, f0, f1, rne)
    /* in: s:0.0, s:-0.0; out: s:0.0 */
    TEST_FP_CASE_F(15, 0x0, 0xffffffff00000000, 0xffffffff00000000, 0xffffffff80000000, 0x0, fadd.s f3, f0, f1, rne)
    /* rdn: +0 + -0 = -0; in: s:0.0, s:-0.0; out: s:-0.0 */
    TEST_FP_CASE_F(16, 0x0, 0xffffffff80000000, 0xffffffff00000000, 0xffffffff80000000, 0x0, fadd.s f3, f0, f1, rdn)
    /* in: s:1.5, s:1.5; out: s:0.0 */
    TEST_FP_CASE_F(17, 0x0, 0xffffffff00000000, 0xffffffff3fc00000, 0xffffffff3fc00000, 0x0, fsub.s f3, f0, f1, rne)
    /* x-x = -0 in rdn; in: s:1.5, s:1.5; out: s:-0.0 */
    TEST_FP_CASE_F(18, 0x0, 0xffffffff80000000, 0xffffffff3fc00000, 0xffffffff3fc00000, 0x0, fsub.s f3, f0, f1, rdn)
    /* in: s:-0.0, s:-0.0; out: s:-0.0 */
    TEST_FP_CASE_F(19, 0x0, 0xffffffff80000000, 0xffffffff80000000, 0xffffffff80000000, 0x0, fadd.s f3, f0, f1, rne)
    /* halfway: 1 + ulp/2; in: s:1.0, s:5.960464477539063e-08; out: s:1.0 */
    TEST_FP_CASE_F(20, 0x1, 0xffffffff3f800000, 0xffffffff3f800000, 0xffffffff33800000, 0x0, fadd.s f3, f0, f1, rne)
    /* halfway negative; in: s:-1.0, s:-5.960464477539063e-08; out: s:-1.0 */
    TEST_FP_CASE_F(21, 0x1, 0xffffffffbf800000, 0xffffffffbf800000, 0xffffffffb3800000, 0x0, fadd.s f3, f0, f1, rne)
    /* halfway, odd below; in: s:1.0000001192092896, s:5.960464477539063e-08; out: s:1.000000238418579 */
    TEST_FP_CASE_F(22, 0x1, 0xffffffff3f800002, 0xffffffff3f800001, 0xffffffff33800000, 0x0, fadd.s f3, f0, f1, rne)
    /* product halfway; in: s:1.000244140625, s:1.000244140625; out: s:1.00048828125 */
    TEST_FP_CASE_F(23, 0x1, 0xffffffff3f801000, 0xffffffff3f800800, 0xffffffff3f800800, 0x0, fmul.s f3, f0, f1, rne)
    /* in: s:1.0, s:3.0; out: s:0.3333333432674408 */
    TEST_FP_CASE_F(24, 0x1, 0xffffffff3eaaaaab, 0xffffffff3f800000, 0xffffffff40400000, 0x0, fdiv.s f3, f0, f1, rne)
    /* in: s:-2.0, s:3.0; out: s:-0.6666666865348816 */
    TEST_FP_CASE_F(25, 0x1, 0xffffffffbf2aaaab, 0xffffffffc0000000, 0xffffffff40400000, 0x0, fdiv.s f3, f0, f1, rne)
    /* in: s:2.0; out: s:1.4142135381698608 */
    TEST_FP_CASE_F(26, 0x1, 0xffffffff3fb504f3, 0xffffffff40000000, 0x0, 0x0, fsqrt.s f3, f0, rne)
    /* overflow by mode; in: s:3.4028234663852886e+38, s:2.0; out: s:inf */
    TEST_FP_CASE_F(27, 0x5, 0xffffffff7f800000, 0xffffffff7f7fffff, 0xffffffff40000000, 0x0, fmul.s f3, f0, f1, rne)
    /* tiny; in: s:1.1754943508222875e-38, s:0.75; out: s:8.816207631167156e-39 */
    TEST_FP_CASE_F(28, 0x0, 0xffffffff00600000, 0xffffffff00800000, 0xffffffff3f400000, 0x0, fmul.s f3, f0, f1, rne)
    /* halfway: 1 + ulp/2; in: s:1.0, s:5.960464477539063e-08; out: s:1.0 */
    TEST_FP_CASE_F(29, 0x1, 0xffffffff3f800000, 0xffffffff3f800000, 0xffffffff33800000, 0x0, fadd.s f3, f0, f1, rtz)
    /* halfway negative; in: s:-1.0, s:-5.960464477539063e-08; out: s:-1.0 */
    TEST_FP_CASE_F(30, 0x1, 0xffffffffbf800000, 0xffffffffbf800000, 0xffffffffb3800000, 0x0, fadd.s f3, f0, f1, rtz)
    /* halfway, odd below; in: s:1.0000001192092896, s:5.960464477539063e-08; out: s:1.0000001192092896 */
    TEST_FP_CASE_F(31, 0x1, 0xffffffff3f800001, 0xffffffff3f800001, 0xffffffff33800000, 0x0, fadd.s f3, f0, f1, rtz)
    /* product halfway; in: s:1.000244140625, s:1.000244140625; out: s:1.00048828125 */
    TEST_FP_CASE_F(32, 0x1, 0xffffffff3f801000, 0xffffffff3f800800, 0xffffffff3f800800, 0x0, fmul.s f3, f0, f1, rtz)
    /* in: s:1.0, s:3.0; out: s:0.3333333134651184 */
    TEST_FP_CASE_F(33, 0x1, 0xffffffff3eaaaaaa, 0xffffffff3f800000, 0xffffffff40400000, 0x0, fdiv.s f3, f0, f1, rtz)
    /* in: s:-2.0, s:3.0; out: s:-0.6666666269302368 */
    TEST_FP_CASE_F(34, 0x1, 0xffffffffbf2aaaaa, 0xffffffffc0000000, 0xffffffff40400000, 0x0, fdiv.s f3, f0, f1, rtz)
    /* in: s:2.0; out: s:1.4142135381698608 */
    TEST_FP_CASE_F(35, 0x1, 0xffffffff3fb504f3, 0xffffffff40000000, 0x0, 0x0, fsqrt.s f3, f0, rtz)
    /* overflow by mode; in: s:3.4028234663852886e+38, s:2.0; out: s:3.4028234663852886e+38 */
    TEST_FP_CASE_F(36, 0x5, 0xffffffff7f7fffff, 0xffffffff7f7fffff, 0xffffffff40000000, 0x0, fmul.s f3, f0, f1, rtz)
    /* tiny; in: s:1.1754943508222875e-38, s:0.75; out: s:8.816207631167156e-39 */
    TEST_FP_CASE_F(37, 0x0, 0xffffffff00600000, 0xffffffff00800000, 0xffffffff3f400000, 0x0, fmul.s f3, f0, f1, rtz)
    /* halfway: 1 + ulp/2; in: s:1.0, s:5.960464477539063e-08; out: s:1.0 */
    TEST_FP_CASE_F(38, 0x1, 0xffffffff3f800000, 0xffffffff3f800000, 0xffffffff33800000, 0x0, fadd.s f3, f0, f1, rdn)
    /* halfway negative; in: s:-1.0, s:-5.960464477539063e-08; out: s:-1.0000001192092896 */
    TEST_FP_CASE_F(39, 0x1, 0xffffffffbf800001, 0xffffffffbf800000, 0xffffffffb3800000, 0x0, fadd.s f3, f0, f1, rdn)
    /* halfway, odd below; in: s:1.0000001192092896, s:5.960464477539063e-08; out: s:1.0000001192092896 */
    TEST_FP_CASE_F(40, 0x1, 0xffffffff3f800001, 0xffffffff3f800001, 0xffffffff33800000, 0x0, fadd.s f3, f0, f1, rdn)
    /* product halfway; in: s:1.000244140625, s:1.000244140625; out: s:1.00048828125 */
    TEST_FP_CASE_F(41, 0x1, 0xffffffff3f801000, 0xffffffff3f800800, 0xffffffff3f800800, 0x0, fmul.s f3, f0, f1, rdn)
    /* in: s:1.0, s:3.0; out: s:0.3333333134651184 */
    TEST_FP_CASE_F(42, 0x1, 0xffffffff3eaaaaaa, 0xffffffff3f800000, 0xffffffff40400000, 0x0, fdiv.s f3, f0, f1, rdn)
    /* in: s:-2.0, s:3.0; out: s:-0.6666666865348816 */
    TEST_FP_CASE_F(43, 0x1, 0xffffffffbf2aaaab, 0xffffffffc0000000, 0xffffffff40400000, 0x0, fdiv.s f3, f0, f1, rdn)
    /* in: s:2.0; out: s:1.4142135381698608 */
    TEST_FP_CASE_F(44, 0x1, 0xffffffff3fb504f3, 0xffffffff40000000, 0x0, 0x0, fsqrt.s f3, f0, rdn)
    /* overflow by mode; in: s:3.4028234663852886e+38, s:2.0; out: s:3.4028234663852886e+38 */
    TEST_FP_CASE_F(45, 0x5, 0xffffffff7f7fffff, 0xffffffff7f7fffff, 0xffffffff40000000, 0x0, fmul.s f3, f0, f1, rdn)
    /* tiny; in: s:1.1754943508222875e-38, s:0.75; out: s:8.816207631167156e-39 */
    TEST_FP_CASE_F(46, 0x0, 0xffffffff00600000, 0xffffffff00800000, 0xffffffff3f400000, 0x0, fmul.s f3, f0, f1, rdn)
    /* halfway: 1 + ulp/2; in: s:1.0, s:5.960464477539063e-08; out: s:1.0000001192092896 */
    TEST_FP_CASE_F(47, 0x1, 0xffffffff3f800001, 0xffffffff3f800000, 0xffffffff33800000, 0x0, fadd.s f3, f0, f1, rup)
    /* halfway negative; in: s:-1.0, s:-5.960464477539063e-08; out: s:-1.0 */
    TEST_FP_CASE_F(48, 0x1, 0xffffffffbf800000, 0xffffffffbf800000, 0xffffffffb3800000, 0x0, fadd.s f3, f0, f1, rup)
    /* halfway, odd below; in: s:1.0000001192092896, s:5.960464477539063e-08; out: s:1.000000238418579 */
    TEST_FP_CASE_F(49, 0x1, 0xffffffff3f800002, 0xffffffff3f800001, 0xffffffff33800000, 0x0, fadd.s f3, f0, f1, rup)
    /* product halfway; in: s:1.000244140625, s:1.000244140625; out: s:1.0004884004592896 */
    TEST_FP_CASE_F(50, 0x1, 0xffffffff3f801001, 0xffffffff3f800800, 0xffffffff3f800800, 0x0, fmul.s f3, f0, f1, rup)
    /* in: s:1.0, s:3.0; out: s:0.3333333432674408 */
    TEST_FP_CASE_F(51, 0x1, 0xffffffff3eaaaaab, 0xffffffff3f800000, 0xffffffff40400000, 0x0, fdiv.s f3, f0, f1, rup)
    /* in: s:-2.0, s:3.0; out: s:-0.6666666269302368 */
    TEST_FP_CASE_F(52, 0x1, 0xffffffffbf2aaaaa, 0xffffffffc0000000, 0xffffffff40400000, 0x0, fdiv.s f3, f0, f1, rup)
    /* in: s:2.0; out: s:1.4142136573791504 */
    TEST_FP_CASE_F(53, 0x1, 0xffffffff3fb504f4, 0xffffffff40000000, 0x0, 0x0, fsqrt.s f3, f0, rup)
    /* overflow by mode; in: s:3.4028234663852886e+38, s:2.0; out: s:inf */
    TEST_FP_CASE_F(54, 0x5, 0xffffffff7f800000, 0xffffffff7f7fffff, 0xffffffff40000000, 0x0, fmul.s f3, f0, f1, rup)
    /* tiny; in: s:1.1754943508222875e-38, s:0.75; out: s:8.816207631167156e-39 */
    TEST_FP_CASE_F(55, 0x0, 0xffffffff00600000, 0xffffffff00800000, 0xffffffff3f400000, 0x0, fmul.s f3, f0, f1, rup)
    /* halfway: 1 + ulp/2; in: s:1.0, s:5.960464477539063e-08; out: s:1.0000001192092896 */
    TEST_FP_CASE_F(56, 0x1, 0xffffffff3f800001, 0xffffffff3f800000, 0xffffffff33800000, 0x0, fadd.s f3, f0, f1, rmm)
    /* halfway negative; in: s:-1.0, s:-5.960464477539063e-08; out: s:-1.0000001192092896 */
    TEST_FP_CASE_F(57, 0x1, 0xffffffffbf800001, 0xffffffffbf800000, 0xffffffffb3800000, 0x0, fadd.s f3, f0, f1, rmm)
    /* halfway, odd below; in: s:1.0000001192092896, s:5.960464477539063e-08; out: s:1.000000238418579 */
    TEST_FP_CASE_F(58, 0x1, 0xffffffff3f800002, 0xffffffff3f800001, 0xffffffff33800000, 0x0, fadd.s f3, f0, f1, rmm)
    /* product halfway; in: s:1.000244140625, s:1.000244140625; out: s:1.0004884004592896 */
    TEST_FP_CASE_F(59, 0x1, 0xffffffff3f801001, 0xffffffff3f800800, 0xffffffff3f800800, 0x0, fmul.s f3, f0, f1, rmm)
    /* in: s:1.0, s:3.0; out: s:0.3333333432674408 */
    TEST_FP_CASE_F(60, 0x1, 0xffffffff3eaaaaab, 0xffffffff3f800000, 0xffffffff40400000, 0x0, fdiv.s f3, f0, f1, rmm)
    /* in: s:-2.0, s:3.0; out: s:-0.6666666865348816 */
    TEST_FP_CASE_F(61, 0x1, 0xffffffffbf2aaaab, 0xffffffffc0000000, 0xffffffff40400000, 0x0, fdiv.s f3, f0, f1, rmm)
    /* in: s:2.0; out: s:1.4142135381698608 */
    TEST_FP_CASE_F(62, 0x1, 0xffffffff3fb504f3, 0xffffffff40000000, 0x0, 0x0, fsqrt.s f3, f0, rmm)
    /* overflow by mode; in: s:3.4028234663852886e+38, s:2.0; out: s:inf */
    TEST_FP_CASE_F(63, 0x5, 0xffffffff7f800000, 0xffffffff7f7fffff, 0xffffffff40000000, 0x0, fmul.s f3, f0, f1, rmm)
    /* tiny; in: s:1.1754943508222875e-38, s:0.75; out: s:8.816207631167156e-39 */
    TEST_FP_CASE_F(64, 0x0, 0xffffffff00600000, 0xffffffff00800000, 0xffffffff3f400000, 0x0, fmul.s f3, f0, f1, rmm)
    /* subnormal halfway; in: s:7.006492321624085e-45, s:2.0; out: s:2.802596928649634e-45 */
    TEST_FP_CASE_F(65, 0x3, 0xffffffff00000002, 0xffffffff00000005, 0xffffffff40000000, 0x0, fdiv.s f3, f0, f1, rne)
    /* subnormal halfway; in: s:7.006492321624085e-45, s:2.0; out: s:2.802596928649634e-45 */
    TEST_FP_CASE_F(66, 0x3, 0xffffffff00000002, 0xffffffff00000005, 0xffffffff40000000, 0x0, fdiv.s f3, f0, f1, rtz)
    /* subnormal halfway; in: s:7.006492321624085e-45, s:2.0; out: s:2.802596928649634e-45 */
    TEST_FP_CASE_F(67, 0x3, 0xffffffff00000002, 0xffffffff00000005, 0xffffffff40000000, 0x0, fdiv.s f3, f0, f1, rdn)
    /* subnormal halfway; in: s:7.006492321624085e-45, s:2.0; out: s:4.203895392974451e-45 */
    TEST_FP_CASE_F(68, 0x3, 0xffffffff00000003, 0xffffffff00000005, 0xffffffff40000000, 0x0, fdiv.s f3, f0, f1, rup)
    /* subnormal halfway; in: s:7.006492321624085e-45, s:2.0; out: s:4.203895392974451e-45 */
    TEST_FP_CASE_F(69, 0x3, 0xffffffff00000003, 0xffffffff00000005, 0xffffffff40000000, 0x0, fdiv.s f3, f0, f1, rmm)
    /* tininess after rounding: rounds up to min normal, NX but no UF; in: s:1.175494490952134e-38, s:0.9999998807907104; out: s:1.1754943508222875e-38 */
    TEST_FP_CASE_F(70, 0x1, 0xffffffff00800000, 0xffffffff00800001, 0xffffffff3f7ffffe, 0x0, fmul.s f3, f0, f1, rne)
    /* exact result just below min normal, tiny and inexact: UF; in: s:1.1754943508222875e-38, s:0.9999999403953552; out: s:1.1754943508222875e-38 */
    TEST_FP_CASE_F(71, 0x3, 0xffffffff00800000, 0xffffffff00800000, 0xffffffff3f7fffff, 0x0, fmul.s f3, f0, f1, rne)
    /* exact subnormal: no UF; in: s:1.1754943508222875e-38, s:0.5; out: s:5.877471754111438e-39 */
    TEST_FP_CASE_F(72, 0x0, 0xffffffff00400000, 0xffffffff00800000, 0xffffffff3f000000, 0x0, fmul.s f3, f0, f1, rne)
    /* underflow to 0; in: s:1.401298464324817e-45, s:0.5; out: s:0.0 */
    TEST_FP_CASE_F(73, 0x3, 0xffffffff00000000, 0xffffffff00000001, 0xffffffff3f000000, 0x0, fmul.s f3, f0, f1, rne)
    /* underflow rup -> min subnormal; in: s:1.401298464324817e-45, s:0.5; out: s:1.401298464324817e-45 */
    TEST_FP_CASE_F(74, 0x3, 0xffffffff00000001, 0xffffffff00000001, 0xffffffff3f000000, 0x0, fmul.s f3, f0, f1, rup)
    /* inf*0 invalid; in: s:inf, s:0.0; out: s:nan */
    TEST_FP_CASE_F(75, 0x10, 0xffffffff7fc00000, 0xffffffff7f800000, 0xffffffff00000000, 0x0, fmul.s f3, f0, f1, rne)
    /* in: s:-0.0, s:5.0; out: s:-0.0 */
    TEST_FP_CASE_F(76, 0x0, 0xffffffff80000000, 0xffffffff80000000, 0xffffffff40a00000, 0x0, fmul.s f3, f0, f1, rne)
    /* divide by zero; in: s:1.0, s:0.0; out: s:inf */
    TEST_FP_CASE_F(77, 0x8, 0xffffffff7f800000, 0xffffffff3f800000, 0xffffffff00000000, 0x0, fdiv.s f3, f0, f1, rne)
    /* in: s:-1.0, s:0.0; out: s:-inf */
    TEST_FP_CASE_F(78, 0x8, 0xffffffffff800000, 0xffffffffbf800000, 0xffffffff00000000, 0x0, fdiv.s f3, f0, f1, rne)
    /* in: s:1.0, s:-0.0; out: s:-inf */
    TEST_FP_CASE_F(79, 0x8, 0xffffffffff800000, 0xffffffff3f800000, 0xffffffff80000000, 0x0, fdiv.s f3, f0, f1, rne)
    /* 0/0 invalid; in: s:0.0, s:0.0; out: s:nan */
    TEST_FP_CASE_F(80, 0x10, 0xffffffff7fc00000, 0xffffffff00000000, 0xffffffff00000000, 0x0, fdiv.s f3, f0, f1, rne)
    /* in: s:inf, s:inf; out: s:nan */
    TEST_FP_CASE_F(81, 0x10, 0xffffffff7fc00000, 0xffffffff7f800000, 0xffffffff7f800000, 0x0, fdiv.s f3, f0, f1, rne)
    /* inf/0 exact, no DZ; in: s:inf, s:0.0; out: s:inf */
    TEST_FP_CASE_F(82, 0x0, 0xffffffff7f800000, 0xffffffff7f800000, 0xffffffff00000000, 0x0, fdiv.s f3, f0, f1, rne)
    /* in: s:1.0, s:inf; out: s:0.0 */
    TEST_FP_CASE_F(83, 0x0, 0xffffffff00000000, 0xffffffff3f800000, 0xffffffff7f800000, 0x0, fdiv.s f3, f0, f1, rne)
    /* in: s:3.4028234663852886e+38, s:0.5; out: s:inf */
    TEST_FP_CASE_F(84, 0x5, 0xffffffff7f800000, 0xffffffff7f7fffff, 0xffffffff3f000000, 0x0, fdiv.s f3, f0, f1, rne)
    /* in: s:1.1754943508222875e-38, s:3.0; out: s:3.9183149698404465e-39 */
    TEST_FP_CASE_F(85, 0x3, 0xffffffff002aaaab, 0xffffffff00800000, 0xffffffff40400000, 0x0, fdiv.s f3, f0, f1, rne)
    /* in: s:4.0; out: s:2.0 */
    TEST_FP_CASE_F(86, 0x0, 0xffffffff40000000, 0xffffffff40800000, 0x0, 0x0, fsqrt.s f3, f0)
    /* in: s:0.25; out: s:0.5 */
    TEST_FP_CASE_F(87, 0x0, 0xffffffff3f000000, 0xffffffff3e800000, 0x0, 0x0, fsqrt.s f3, f0)
    /* in: s:9.99994610111476e-41; out: s:9.999973025467516e-21 */
    TEST_FP_CASE_F(88, 0x1, 0xffffffff1e3ce4e7, 0xffffffff000116c2, 0x0, 0x0, fsqrt.s f3, f0)
    /* sqrt(-1) invalid; in: s:-1.0; out: s:nan */
    TEST_FP_CASE_F(89, 0x10, 0xffffffff7fc00000, 0xffffffffbf800000, 0x0, 0x0, fsqrt.s f3, f0)
    /* sqrt(-0) = -0; in: s:-0.0; out: s:-0.0 */
    TEST_FP_CASE_F(90, 0x0, 0xffffffff80000000, 0xffffffff80000000, 0x0, 0x0, fsqrt.s f3, f0)
    /* in: s:inf; out: s:inf */
    TEST_FP_CASE_F(91, 0x0, 0xffffffff7f800000, 0xffffffff7f800000, 0x0, 0x0, fsqrt.s f3, f0)
    /* in: s:-inf; out: s:nan */
    TEST_FP_CASE_F(92, 0x10, 0xffffffff7fc00000, 0xffffffffff800000, 0x0, 0x0, fsqrt.s f3, f0)
    /* in: s:nan; out: s:nan */
    TEST_FP_CASE_F(93, 0x10, 0xffffffff7fc00000, 0xffffffff7fa00000, 0x0, 0x0, fsqrt.s f3, f0)
    /* in: s:nan; out: s:nan */
    TEST_FP_CASE_F(94, 0x0, 0xffffffff7fc00000, 0xffffffffffc00123, 0x0, 0x0, fsqrt.s f3, f0)
    /* in: s:1.401298464324817e-45; out: s:3.743392066509216e-23 */
    TEST_FP_CASE_F(95, 0x1, 0xffffffff1a3504f3, 0xffffffff00000001, 0x0, 0x0, fsqrt.s f3, f0)
    /* dyn frm=rne; in: s:1.0, s:5.960464477539063e-08; out: s:1.0 */
    TEST_FP_CASE_F(96, 0x1, 0xffffffff3f800000, 0xffffffff3f800000, 0xffffffff33800000, 0x0, fsrmi 0; fadd.s f3, f0, f1; fsrmi 0)
    /* dyn frm=rne; in: s:-1.0, s:3.0; out: s:-0.3333333432674408 */
    TEST_FP_CASE_F(97, 0x1, 0xffffffffbeaaaaab, 0xffffffffbf800000, 0xffffffff40400000, 0x0, fsrmi 0; fdiv.s f3, f0, f1, dyn; fsrmi 0)
    /* dyn frm=rtz; in: s:1.0, s:5.960464477539063e-08; out: s:1.0 */
    TEST_FP_CASE_F(98, 0x1, 0xffffffff3f800000, 0xffffffff3f800000, 0xffffffff33800000, 0x0, fsrmi 1; fadd.s f3, f0, f1; fsrmi 0)
    /* dyn frm=rtz; in: s:-1.0, s:3.0; out: s:-0.3333333134651184 */
    TEST_FP_CASE_F(99, 0x1, 0xffffffffbeaaaaaa, 0xffffffffbf800000, 0xffffffff40400000, 0x0, fsrmi 1; fdiv.s f3, f0, f1, dyn; fsrmi 0)
    /* dyn frm=rdn; in: s:1.0, s:5.960464477539063e-08; out: s:1.0 */
    TEST_FP_CASE_F(100, 0x1, 0xffffffff3f800000, 0xffffffff3f800000, 0xffffffff33800000, 0x0, fsrmi 2; fadd.s f3, f0, f1; fsrmi 0)
    /* dyn frm=rdn; in: s:-1.0, s:3.0; out: s:-0.3333333432674408 */
    TEST_FP_CASE_F(101, 0x1, 0xffffffffbeaaaaab, 0xffffffffbf800000, 0xffffffff40400000, 0x0, fsrmi 2; fdiv.s f3, f0, f1, dyn; fsrmi 0)
    /* dyn frm=rup; in: s:1.0, s:5.960464477539063e-08; out: s:1.0000001192092896 */
    TEST_FP_CASE_F(102, 0x1, 0xffffffff3f800001, 0xffffffff3f800000, 0xffffffff33800000, 0x0, fsrmi 3; fadd.s f3, f0, f1; fsrmi 0)
    /* dyn frm=rup; in: s:-1.0, s:3.0; out: s:-0.3333333134651184 */
    TEST_FP_CASE_F(103, 0x1, 0xffffffffbeaaaaaa, 0xffffffffbf800000, 0xffffffff40400000, 0x0, fsrmi 3; fdiv.s f3, f0, f1, dyn; fsrmi 0)
    /* dyn frm=rmm; in: s:1.0, s:5.960464477539063e-08; out: s:1.0000001192092896 */
    TEST_FP_CASE_F(104, 0x1, 0xffffffff3f800001, 0xffffffff3f800000, 0xffffffff33800000, 0x0, fsrmi 4; fadd.s f3, f0, f1; fsrmi 0)
    /* dyn frm=rmm; in: s:-1.0, s:3.0; out: s:-0.3333333432674408 */
    TEST_FP_CASE_F(105, 0x1, 0xffffffffbeaaaaab, 0xffffffffbf800000, 0xffffffff40400000, 0x0, fsrmi 4; fdiv.s f3, f0, f1, dyn; fsrmi 0)
    /* in: s:2.0, s:3.0, s:1.0; out: s:7.0 */
    TEST_FP_CASE_F(106, 0x0, 0xffffffff40e00000, 0xffffffff40000000, 0xffffffff40400000, 0xffffffff3f800000, fmadd.s f3, f0, f1, f2, rne)
    /* in: s:2.0, s:3.0, s:1.0; out: s:5.0 */
    TEST_FP_CASE_F(107, 0x0, 0xffffffff40a00000, 0xffffffff40000000, 0xffffffff40400000, 0xffffffff3f800000, fmsub.s f3, f0, f1, f2, rne)
    /* in: s:2.0, s:3.0, s:1.0; out: s:-5.0 */
    TEST_FP_CASE_F(108, 0x0, 0xffffffffc0a00000, 0xffffffff40000000, 0xffffffff40400000, 0xffffffff3f800000, fnmsub.s f3, f0, f1, f2, rne)
    /* in: s:2.0, s:3.0, s:1.0; out: s:-7.0 */
    TEST_FP_CASE_F(109, 0x0, 0xffffffffc0e00000, 0xffffffff40000000, 0xffffffff40400000, 0xffffffff3f800000, fnmadd.s f3, f0, f1, f2, rne)
    /* single rounding: exact tiny result; in: s:1.000244140625, s:0.999755859375, s:-1.0; out: s:-5.960464477539063e-08 */
    TEST_FP_CASE_F(110, 0x0, 0xffffffffb3800000, 0xffffffff3f800800, 0xffffffff3f7ff000, 0xffffffffbf800000, fmadd.s f3, f0, f1, f2, rne)
    /* in: s:1.000244140625, s:0.999755859375, s:1.0; out: s:-5.960464477539063e-08 */
    TEST_FP_CASE_F(111, 0x0, 0xffffffffb3800000, 0xffffffff3f800800, 0xffffffff3f7ff000, 0xffffffff3f800000, fmsub.s f3, f0, f1, f2, rne)
    /* in: s:1.000244140625, s:0.999755859375, s:-1.0; out: s:5.960464477539063e-08 */
    TEST_FP_CASE_F(112, 0x0, 0xffffffff33800000, 0xffffffff3f800800, 0xffffffff3f7ff000, 0xffffffffbf800000, fnmadd.s f3, f0, f1, f2, rne)
    /* sign of exact zero; in: s:0.0, s:1.0, s:0.0; out: s:0.0 */
    TEST_FP_CASE_F(113, 0x0, 0xffffffff00000000, 0xffffffff00000000, 0xffffffff3f800000, 0xffffffff00000000, fmadd.s f3, f0, f1, f2, rne)
    /* in: s:0.0, s:1.0, s:-0.0; out: s:0.0 */
    TEST_FP_CASE_F(114, 0x0, 0xffffffff00000000, 0xffffffff00000000, 0xffffffff3f800000, 0xffffffff80000000, fmadd.s f3, f0, f1, f2, rne)
    /* in: s:1.0, s:1.0, s:1.0; out: s:2.0 */
    TEST_FP_CASE_F(115, 0x0, 0xffffffff40000000, 0xffffffff3f800000, 0xffffffff3f800000, 0xffffffff3f800000, fmadd.s f3, f0, f1, f2, rdn)
    /* in: s:1.0, s:-1.0, s:1.0; out: s:-0.0 */
    TEST_FP_CASE_F(116, 0x0, 0xffffffff80000000, 0xffffffff3f800000, 0xffffffffbf800000, 0xffffffff3f800000, fmadd.s f3, f0, f1, f2, rdn)
    /* inf*0 + qNaN: invalid; in: s:inf, s:0.0, s:nan; out: s:nan */
    TEST_FP_CASE_F(117, 0x10, 0xffffffff7fc00000, 0xffffffff7f800000, 0xffffffff00000000, 0xffffffff7fc00000, fmadd.s f3, f0, f1, f2, rne)
    /* in: s:1.0, s:inf, s:-inf; out: s:nan */
    TEST_FP_CASE_F(118, 0x10, 0xffffffff7fc00000, 0xffffffff3f800000, 0xffffffff7f800000, 0xffffffffff800000, fmadd.s f3, f0, f1, f2, rne)
    /* in: s:nan, s:1.0, s:1.0; out: s:nan */
    TEST_FP_CASE_F(119, 0x10, 0xffffffff7fc00000, 0xffffffff7fa00000, 0xffffffff3f800000, 0xffffffff3f800000, fmadd.s f3, f0, f1, f2, rne)
    /* in: s:3.4028234663852886e+38, s:2.0, s:1.0; out: s:inf */
    TEST_FP_CASE_F(120, 0x5, 0xffffffff7f800000, 0xffffffff7f7fffff, 0xffffffff40000000, 0xffffffff3f800000, fmadd.s f3, f0, f1, f2, rne)
    /* sign of exact zero; in: s:0.0, s:1.0, s:0.0; out: s:0.0 */
    TEST_FP_CASE_F(121, 0x0, 0xffffffff00000000, 0xffffffff00000000, 0xffffffff3f800000, 0xffffffff00000000, fmsub.s f3, f0, f1, f2, rne)
    /* in: s:0.0, s:1.0, s:-0.0; out: s:0.0 */
    TEST_FP_CASE_F(122, 0x0, 0xffffffff00000000, 0xffffffff00000000, 0xffffffff3f800000, 0xffffffff80000000, fmsub.s f3, f0, f1, f2, rne)
    /* in: s:1.0, s:1.0, s:1.0; out: s:-0.0 */
    TEST_FP_CASE_F(123, 0x0, 0xffffffff80000000, 0xffffffff3f800000, 0xffffffff3f800000, 0xffffffff3f800000, fmsub.s f3, f0, f1, f2, rdn)
    /* in: s:1.0, s:-1.0, s:1.0; out: s:-2.0 */
    TEST_FP_CASE_F(124, 0x0, 0xffffffffc0000000, 0xffffffff3f800000, 0xffffffffbf800000, 0xffffffff3f800000, fmsub.s f3, f0, f1, f2, rdn)
    /* inf*0 + qNaN: invalid; in: s:inf, s:0.0, s:nan; out: s:nan */
    TEST_FP_CASE_F(125, 0x10, 0xffffffff7fc00000, 0xffffffff7f800000, 0xffffffff00000000, 0xffffffff7fc00000, fmsub.s f3, f0, f1, f2, rne)
    /* in: s:1.0, s:inf, s:-inf; out: s:inf */
    TEST_FP_CASE_F(126, 0x0, 0xffffffff7f800000, 0xffffffff3f800000, 0xffffffff7f800000, 0xffffffffff800000, fmsub.s f3, f0, f1, f2, rne)
    /* in: s:nan, s:1.0, s:1.0; out: s:nan */
    TEST_FP_CASE_F(127, 0x10, 0xffffffff7fc00000, 0xffffffff7fa00000, 0xffffffff3f800000, 0xffffffff3f800000, fmsub.s f3, f0, f1, f2, rne)
    /* in: s:3.4028234663852886e+38, s:2.0, s:1.0; out: s:inf */
    TEST_FP_CASE_F(128, 0x5, 0xffffffff7f800000, 0xffffffff7f7fffff, 0xffffffff40000000, 0xffffffff3f800000, fmsub.s f3, f0, f1, f2, rne)
    /* sign of exact zero; in: s:0.0, s:1.0, s:0.0; out: s:0.0 */
    TEST_FP_CASE_F(129, 0x0, 0xffffffff00000000, 0xffffffff00000000, 0xffffffff3f800000, 0xffffffff00000000, fnmsub.s f3, f0, f1, f2, rne)
    /* in: s:0.0, s:1.0, s:-0.0; out: s:-0.0 */
    TEST_FP_CASE_F(130, 0x0, 0xffffffff80000000, 0xffffffff00000000, 0xffffffff3f800000, 0xffffffff80000000, fnmsub.s f3, f0, f1, f2, rne)
    /* in: s:1.0, s:1.0, s:1.0; out: s:-0.0 */
    TEST_FP_CASE_F(131, 0x0, 0xffffffff80000000, 0xffffffff3f800000, 0xffffffff3f800000, 0xffffffff3f800000, fnmsub.s f3, f0, f1, f2, rdn)
    /* in: s:1.0, s:-1.0, s:1.0; out: s:2.0 */
    TEST_FP_CASE_F(132, 0x0, 0xffffffff40000000, 0xffffffff3f800000, 0xffffffffbf800000, 0xffffffff3f800000, fnmsub.s f3, f0, f1, f2, rdn)
    /* inf*0 + qNaN: invalid; in: s:inf, s:0.0, s:nan; out: s:nan */
    TEST_FP_CASE_F(133, 0x10, 0xffffffff7fc00000, 0xffffffff7f800000, 0xffffffff00000000, 0xffffffff7fc00000, fnmsub.s f3, f0, f1, f2, rne)
    /* in: s:1.0, s:inf, s:-inf; out: s:-inf */
    TEST_FP_CASE_F(134, 0x0, 0xffffffffff800000, 0xffffffff3f800000, 0xffffffff7f800000, 0xffffffffff800000, fnmsub.s f3, f0, f1, f2, rne)
    /* in: s:nan, s:1.0, s:1.0; out: s:nan */
    TEST_FP_CASE_F(135, 0x10, 0xffffffff7fc00000, 0xffffffff7fa00000, 0xffffffff3f800000, 0xffffffff3f800000, fnmsub.s f3, f0, f1, f2, rne)
    /* in: s:3.4028234663852886e+38, s:2.0, s:1.0; out: s:-inf */
    TEST_FP_CASE_F(136, 0x5, 0xffffffffff800000, 0xffffffff7f7fffff, 0xffffffff40000000, 0xffffffff3f800000, fnmsub.s f3, f0, f1, f2, rne)
    /* sign of exact zero; in: s:0.0, s:1.0, s:0.0; out: s:-0.0 */
    TEST_FP_CASE_F(137, 0x0, 0xffffffff80000000, 0xffffffff00000000, 0xffffffff3f800000, 0xffffffff00000000, fnmadd.s f3, f0, f1, f2, rne)
    /* in: s:0.0, s:1.0, s:-0.0; out: s:0.0 */
    TEST_FP_CASE_F(138, 0x0, 0xffffffff00000000, 0xffffffff00000000, 0xffffffff3f800000, 0xffffffff80000000, fnmadd.s f3, f0, f1, f2, rne)
    /* in: s:1.0, s:1.0, s:1.0; out: s:-2.0 */
    TEST_FP_CASE_F(139, 0x0, 0xffffffffc0000000, 0xffffffff3f800000, 0xffffffff3f800000, 0xffffffff3f800000, fnmadd.s f3, f0, f1, f2, rdn)
    /* in: s:1.0, s:-1.0, s:1.0; out: s:-0.0 */
    TEST_FP_CASE_F(140, 0x0, 0xffffffff80000000, 0xffffffff3f800000, 0xffffffffbf800000, 0xffffffff3f800000, fnmadd.s f3, f0, f1, f2, rdn)
    /* inf*0 + qNaN: invalid; in: s:inf, s:0.0, s:nan; out: s:nan */
    TEST_FP_CASE_F(141, 0x10, 0xffffffff7fc00000, 0xffffffff7f800000, 0xffffffff00000000, 0xffffffff7fc00000, fnmadd.s f3, f0, f1, f2, rne)
    /* in: s:1.0, s:inf, s:-inf; out: s:nan */
    TEST_FP_CASE_F(142, 0x10, 0xffffffff7fc00000, 0xffffffff3f800000, 0xffffffff7f800000, 0xffffffffff800000, fnmadd.s f3, f0, f1, f2, rne)
    /* in: s:nan, s:1.0, s:1.0; out: s:nan */
    TEST_FP_CASE_F(143, 0x10, 0xffffffff7fc00000, 0xffffffff7fa00000, 0xffffffff3f800000, 0xffffffff3f800000, fnmadd.s f3, f0, f1, f2, rne)
    /* in: s:3.4028234663852886e+38, s:2.0, s:1.0; out: s:-inf */
    TEST_FP_CASE_F(144, 0x5, 0xffffffffff800000, 0xffffffff7f7fffff, 0xffffffff40000000, 0xffffffff3f800000, fnmadd.s f3, f0, f1, f2, rne)
    /* halfway; in: s:1.000244140625, s:1.000244140625, s:0.0; out: s:1.00048828125 */
    TEST_FP_CASE_F(145, 0x1, 0xffffffff3f801000, 0xffffffff3f800800, 0xffffffff3f800800, 0xffffffff00000000, fmadd.s f3, f0, f1, f2, rne)
    /* halfway, negated; in: s:1.000244140625, s:1.000244140625, s:0.0; out: s:-1.00048828125 */
    TEST_FP_CASE_F(146, 0x1, 0xffffffffbf801000, 0xffffffff3f800800, 0xffffffff3f800800, 0xffffffff00000000, fnmadd.s f3, f0, f1, f2, rne)
    /* halfway via addend; in: s:1.0, s:1.0, s:5.960464477539063e-08; out: s:1.0 */
    TEST_FP_CASE_F(147, 0x1, 0xffffffff3f800000, 0xffffffff3f800000, 0xffffffff3f800000, 0xffffffff33800000, fmadd.s f3, f0, f1, f2, rne)
    /* in: s:1.0, s:1.0, s:-5.960464477539063e-08; out: s:1.0 */
    TEST_FP_CASE_F(148, 0x1, 0xffffffff3f800000, 0xffffffff3f800000, 0xffffffff3f800000, 0xffffffffb3800000, fmsub.s f3, f0, f1, f2, rne)
    /* halfway; in: s:1.000244140625, s:1.000244140625, s:0.0; out: s:1.00048828125 */
    TEST_FP_CASE_F(149, 0x1, 0xffffffff3f801000, 0xffffffff3f800800, 0xffffffff3f800800, 0xffffffff00000000, fmadd.s f3, f0, f1, f2, rtz)
    /* halfway, negated; in: s:1.000244140625, s:1.000244140625, s:0.0; out: s:-1.00048828125 */
    TEST_FP_CASE_F(150, 0x1, 0xffffffffbf801000, 0xffffffff3f800800, 0xffffffff3f800800, 0xffffffff00000000, fnmadd.s f3, f0, f1, f2, rtz)
    /* halfway via addend; in: s:1.0, s:1.0, s:5.960464477539063e-08; out: s:1.0 */
    TEST_FP_CASE_F(151, 0x1, 0xffffffff3f800000, 0xffffffff3f800000, 0xffffffff3f800000, 0xffffffff33800000, fmadd.s f3, f0, f1, f2, rtz)
    /* in: s:1.0, s:1.0, s:-5.960464477539063e-08; out: s:1.0 */
    TEST_FP_CASE_F(152, 0x1, 0xffffffff3f800000, 0xffffffff3f800000, 0xffffffff3f800000, 0xffffffffb3800000, fmsub.s f3, f0, f1, f2, rtz)
    /* halfway; in: s:1.000244140625, s:1.000244140625, s:0.0; out: s:1.00048828125 */
    TEST_FP_CASE_F(153, 0x1, 0xffffffff3f801000, 0xffffffff3f800800, 0xffffffff3f800800, 0xffffffff00000000, fmadd.s f3, f0, f1, f2, rdn)
    /* halfway, negated; in: s:1.000244140625, s:1.000244140625, s:0.0; out: s:-1.0004884004592896 */
    TEST_FP_CASE_F(154, 0x1, 0xffffffffbf801001, 0xffffffff3f800800, 0xffffffff3f800800, 0xffffffff00000000, fnmadd.s f3, f0, f1, f2, rdn)
    /* halfway via addend; in: s:1.0, s:1.0, s:5.960464477539063e-08; out: s:1.0 */
    TEST_FP_CASE_F(155, 0x1, 0xffffffff3f800000, 0xffffffff3f800000, 0xffffffff3f800000, 0xffffffff33800000, fmadd.s f3, f0, f1, f2, rdn)
    /* in: s:1.0, s:1.0, s:-5.960464477539063e-08; out: s:1.0 */
    TEST_FP_CASE_F(156, 0x1, 0xffffffff3f800000, 0xffffffff3f800000, 0xffffffff3f800000, 0xffffffffb3800000, fmsub.s f3, f0, f1, f2, rdn)
    /* halfway; in: s:1.000244140625, s:1.000244140625, s:0.0; out: s:1.0004884004592896 */
    TEST_FP_CASE_F(157, 0x1, 0xffffffff3f801001, 0xffffffff3f800800, 0xffffffff3f800800, 0xffffffff00000000, fmadd.s f3, f0, f1, f2, rup)
    /* halfway, negated; in: s:1.000244140625, s:1.000244140625, s:0.0; out: s:-1.00048828125 */
    TEST_FP_CASE_F(158, 0x1, 0xffffffffbf801000, 0xffffffff3f800800, 0xffffffff3f800800, 0xffffffff00000000, fnmadd.s f3, f0, f1, f2, rup)
    /* halfway via addend; in: s:1.0, s:1.0, s:5.960464477539063e-08; out: s:1.0000001192092896 */
    TEST_FP_CASE_F(159, 0x1, 0xffffffff3f800001, 0xffffffff3f800000, 0xffffffff3f800000, 0xffffffff33800000, fmadd.s f3, f0, f1, f2, rup)
    /* in: s:1.0, s:1.0, s:-5.960464477539063e-08; out: s:1.0000001192092896 */
    TEST_FP_CASE_F(160, 0x1, 0xffffffff3f800001, 0xffffffff3f800000, 0xffffffff3f800000, 0xffffffffb3800000, fmsub.s f3, f0, f1, f2, rup)
    /* halfway; in: s:1.000244140625, s:1.000244140625, s:0.0; out: s:1.0004884004592896 */
    TEST_FP_CASE_F(161, 0x1, 0xffffffff3f801001, 0xffffffff3f800800, 0xffffffff3f800800, 0xffffffff00000000, fmadd.s f3, f0, f1, f2, rmm)
    /* halfway, negated; in: s:1.000244140625, s:1.000244140625, s:0.0; out: s:-1.0004884004592896 */
    TEST_FP_CASE_F(162, 0x1, 0xffffffffbf801001, 0xffffffff3f800800, 0xffffffff3f800800, 0xffffffff00000000, fnmadd.s f3, f0, f1, f2, rmm)
    /* halfway via addend; in: s:1.0, s:1.0, s:5.960464477539063e-08; out: s:1.0000001192092896 */
    TEST_FP_CASE_F(163, 0x1, 0xffffffff3f800001, 0xffffffff3f800000, 0xffffffff3f800000, 0xffffffff33800000, fmadd.s f3, f0, f1, f2, rmm)
    /* in: s:1.0, s:1.0, s:-5.960464477539063e-08; out: s:1.0000001192092896 */
    TEST_FP_CASE_F(164, 0x1, 0xffffffff3f800001, 0xffffffff3f800000, 0xffffffff3f800000, 0xffffffffb3800000, fmsub.s f3, f0, f1, f2, rmm)
    /* subnormal result; in: s:1.1754943508222875e-38, s:0.5, s:1.401298464324817e-45; out: s:5.877473155409902e-39 */
    TEST_FP_CASE_F(165, 0x0, 0xffffffff00400001, 0xffffffff00800000, 0xffffffff3f000000, 0xffffffff00000001, fmadd.s f3, f0, f1, f2, rne)
    /* in: s:nan, s:1.0, s:1.0; out: s:nan */
    TEST_FP_CASE_F(166, 0x0, 0xffffffff7fc00000, 0xffffffff7fc00000, 0xffffffff3f800000, 0xffffffff3f800000, fmadd.s f3, f0, f1, f2, rne)
    /* in: s:1.0, s:1.0, s:nan; out: s:nan */
    TEST_FP_CASE_F(167, 0x0, 0xffffffff7fc00000, 0xffffffff3f800000, 0xffffffff3f800000, 0xffffffffffc00123, fmadd.s f3, f0, f1, f2, rne)
    /* in: d:1.0, d:2.0; out: d:3.0 */
    TEST_FP_CASE_F(168, 0x0, 0x4008000000000000, 0x3ff0000000000000, 0x4000000000000000, 0x0, fadd.d f3, f0, f1, rne)
    /* in: d:1.0, d:2.0; out: d:-1.0 */
    TEST_FP_CASE_F(169, 0x0, 0xbff0000000000000, 0x3ff0000000000000, 0x4000000000000000, 0x0, fsub.d f3, f0, f1, rne)
    /* in: d:3.0, d:-2.5; out: d:-7.5 */
    TEST_FP_CASE_F(170, 0x0, 0xc01e000000000000, 0x4008000000000000, 0xc004000000000000, 0x0, fmul.d f3, f0, f1, rne)
    /* in: d:7.0, d:2.0; out: d:3.5 */
    TEST_FP_CASE_F(171, 0x0, 0x400c000000000000, 0x401c000000000000, 0x4000000000000000, 0x0, fdiv.d f3, f0, f1, rne)
    /* inexact; in: d:1.0, d:1e-30; out: d:1.0 */
    TEST_FP_CASE_F(172, 0x1, 0x3ff0000000000000, 0x3ff0000000000000, 0x39b4484bfeebc2a0, 0x0, fadd.d f3, f0, f1, rne)
    /* overflow; in: d:1.7976931348623157e+308, d:1.7976931348623157e+308; out: d:inf */
    TEST_FP_CASE_F(173, 0x5, 0x7ff0000000000000, 0x7fefffffffffffff, 0x7fefffffffffffff, 0x0, fadd.d f3, f0, f1, rne)
    /* overflow rtz -> max; in: d:1.7976931348623157e+308, d:1.7976931348623157e+308; out: d:1.7976931348623157e+308 */
    TEST_FP_CASE_F(174, 0x5, 0x7fefffffffffffff, 0x7fefffffffffffff, 0x7fefffffffffffff, 0x0, fadd.d f3, f0, f1, rtz)
    /* in: d:1.7976931348623157e+308, d:1.7976931348623157e+308; out: d:1.7976931348623157e+308 */
    TEST_FP_CASE_F(175, 0x5, 0x7fefffffffffffff, 0x7fefffffffffffff, 0x7fefffffffffffff, 0x0, fadd.d f3, f0, f1, rdn)
    /* inf-inf invalid; in: d:inf, d:-inf; out: d:nan */
    TEST_FP_CASE_F(176, 0x10, 0x7ff8000000000000, 0x7ff0000000000000, 0xfff0000000000000, 0x0, fadd.d f3, f0, f1, rne)
    /* in: d:inf, d:inf; out: d:nan */
    TEST_FP_CASE_F(177, 0x10, 0x7ff8000000000000, 0x7ff0000000000000, 0x7ff0000000000000, 0x0, fsub.d f3, f0, f1, rne)
    /* qNaN quiet; in: d:nan, d:1.0; out: d:nan */
    TEST_FP_CASE_F(178, 0x0, 0x7ff8000000000000, 0x7ff8000000000000, 0x3ff0000000000000, 0x0, fadd.d f3, f0, f1, rne)
    /* sNaN invalid; in: d:nan, d:1.0; out: d:nan */
    TEST_FP_CASE_F(179, 0x10, 0x7ff8000000000000, 0x7ff4000000000000, 0x3ff0000000000000, 0x0, fadd.d f3, f0, f1, rne)
    /* payload NaN -> canonical; in: d:nan, d:1.0; out: d:nan */
    TEST_FP_CASE_F(180, 0x0, 0x7ff8000000000000, 0xfff8000000000123, 0x3ff0000000000000, 0x0, fadd.d f3, f0, f1, rne)
    /* in: d:2.0, d:nan; out: d:nan */
    TEST_FP_CASE_F(181, 0x0, 0x7ff8000000000000, 0x4000000000000000, 0xfff8000000000123, 0x0, fmul.d f3, f0, f1, rne)
    /* in: d:0.0, d:-0.0; out: d:0.0 */
    TEST_FP_CASE_F(182, 0x0, 0x0, 0x0, 0x8000000000000000, 0x0, fadd.d f3, f0, f1, rne)
    /* rdn: +0 + -0 = -0; in: d:0.0, d:-0.0; out: d:-0.0 */
    TEST_FP_CASE_F(183, 0x0, 0x8000000000000000, 0x0, 0x8000000000000000, 0x0, fadd.d f3, f0, f1, rdn)
    /* in: d:1.5, d:1.5; out: d:0.0 */
    TEST_FP_CASE_F(184, 0x0, 0x0, 0x3ff8000000000000, 0x3ff8000000000000, 0x0, fsub.d f3, f0, f1, rne)
    /* x-x = -0 in rdn; in: d:1.5, d:1.5; out: d:-0.0 */
    TEST_FP_CASE_F(185, 0x0, 0x8000000000000000, 0x3ff8000000000000, 0x3ff8000000000000, 0x0, fsub.d f3, f0, f1, rdn)
    /* in: d:-0.0, d:-0.0; out: d:-0.0 */
    TEST_FP_CASE_F(186, 0x0, 0x8000000000000000, 0x8000000000000000, 0x8000000000000000, 0x0, fadd.d f3, f0, f1, rne)
    /* halfway: 1 + ulp/2; in: d:1.0, d:1.1102230246251565e-16; out: d:1.0 */
    TEST_FP_CASE_F(187, 0x1, 0x3ff0000000000000, 0x3ff0000000000000, 0x3ca0000000000000, 0x0, fadd.d f3, f0, f1, rne)
    /* halfway negative; in: d:-1.0, d:-1.1102230246251565e-16; out: d:-1.0 */
    TEST_FP_CASE_F(188, 0x1, 0xbff0000000000000, 0xbff0000000000000, 0xbca0000000000000, 0x0, fadd.d f3, f0, f1, rne)
    /* halfway, odd below; in: d:1.0000000000000002, d:1.1102230246251565e-16; out: d:1.0000000000000004 */
    TEST_FP_CASE_F(189, 0x1, 0x3ff0000000000002, 0x3ff0000000000001, 0x3ca0000000000000, 0x0, fadd.d f3, f0, f1, rne)
    /* product halfway; in: d:1.0000000149011612, d:1.0000000074505806; out: d:1.0000000223517418 */
    TEST_FP_CASE_F(190, 0x1, 0x3ff0000006000000, 0x3ff0000004000000, 0x3ff0000002000000, 0x0, fmul.d f3, f0, f1, rne)
    /* in: d:1.0, d:3.0; out: d:0.3333333333333333 */
    TEST_FP_CASE_F(191, 0x1, 0x3fd5555555555555, 0x3ff0000000000000, 0x4008000000000000, 0x0, fdiv.d f3, f0, f1, rne)
    /* in: d:-2.0, d:3.0; out: d:-0.6666666666666666 */
    TEST_FP_CASE_F(192, 0x1, 0xbfe5555555555555, 0xc000000000000000, 0x4008000000000000, 0x0, fdiv.d f3, f0, f1, rne)
    /* in: d:2.0; out: d:1.4142135623730951 */
    TEST_FP_CASE_F(193, 0x1, 0x3ff6a09e667f3bcd, 0x4000000000000000, 0x0, 0x0, fsqrt.d f3, f0, rne)
    /* overflow by mode; in: d:1.7976931348623157e+308, d:2.0; out: d:inf */
    TEST_FP_CASE_F(194, 0x5, 0x7ff0000000000000, 0x7fefffffffffffff, 0x4000000000000000, 0x0, fmul.d f3, f0, f1, rne)
    /* tiny; in: d:2.2250738585072014e-308, d:0.75; out: d:1.668805393880401e-308 */
    TEST_FP_CASE_F(195, 0x0, 0xc000000000000, 0x10000000000000, 0x3fe8000000000000, 0x0, fmul.d f3, f0, f1, rne)
    /* halfway: 1 + ulp/2; in: d:1.0, d:1.1102230246251565e-16; out: d:1.0 */
    TEST_FP_CASE_F(196, 0x1, 0x3ff0000000000000, 0x3ff0000000000000, 0x3ca0000000000000, 0x0, fadd.d f3, f0, f1, rtz)
    /* halfway negative; in: d:-1.0, d:-1.1102230246251565e-16; out: d:-1.0 */
    TEST_FP_CASE_F(197, 0x1, 0xbff0000000000000, 0xbff0000000000000, 0xbca0000000000000, 0x0, fadd.d f3, f0, f1, rtz)
    /* halfway, odd below; in: d:1.0000000000000002, d:1.1102230246251565e-16; out: d:1.0000000000000002 */
    TEST_FP_CASE_F(198, 0x1, 0x3ff0000000000001, 0x3ff0000000000001, 0x3ca0000000000000, 0x0, fadd.d f3, f0, f1, rtz)
    /* product halfway; in: d:1.0000000149011612, d:1.0000000074505806; out: d:1.0000000223517418 */
    TEST_FP_CASE_F(199, 0x1, 0x3ff0000006000000, 0x3ff0000004000000, 0x3ff0000002000000, 0x0, fmul.d f3, f0, f1, rtz)
    /* in: d:1.0, d:3.0; out: d:0.3333333333333333 */
    TEST_FP_CASE_F(200, 0x1, 0x3fd5555555555555, 0x3ff0000000000000, 0x4008000000000000, 0x0, fdiv.d f3, f0, f1, rtz)
    /* in: d:-2.0, d:3.0; out: d:-0.6666666666666666 */
    TEST_FP_CASE_F(201, 0x1, 0xbfe5555555555555, 0xc000000000000000, 0x4008000000000000, 0x0, fdiv.d f3, f0, f1, rtz)
    /* in: d:2.0; out: d:1.414213562373095 */
    TEST_FP_CASE_F(202, 0x1, 0x3ff6a09e667f3bcc, 0x4000000000000000, 0x0, 0x0, fsqrt.d f3, f0, rtz)
    /* overflow by mode; in: d:1.7976931348623157e+308, d:2.0; out: d:1.7976931348623157e+308 */
    TEST_FP_CASE_F(203, 0x5, 0x7fefffffffffffff, 0x7fefffffffffffff, 0x4000000000000000, 0x0, fmul.d f3, f0, f1, rtz)
    /* tiny; in: d:2.2250738585072014e-308, d:0.75; out: d:1.668805393880401e-308 */
    TEST_FP_CASE_F(204, 0x0, 0xc000000000000, 0x10000000000000, 0x3fe8000000000000, 0x0, fmul.d f3, f0, f1, rtz)
    /* halfway: 1 + ulp/2; in: d:1.0, d:1.1102230246251565e-16; out: d:1.0 */
    TEST_FP_CASE_F(205, 0x1, 0x3ff0000000000000, 0x3ff0000000000000, 0x3ca0000000000000, 0x0, fadd.d f3, f0, f1, rdn)
    /* halfway negative; in: d:-1.0, d:-1.1102230246251565e-16; out: d:-1.0000000000000002 */
    TEST_FP_CASE_F(206, 0x1, 0xbff0000000000001, 0xbff0000000000000, 0xbca0000000000000, 0x0, fadd.d f3, f0, f1, rdn)
    /* halfway, odd below; in: d:1.0000000000000002, d:1.1102230246251565e-16; out: d:1.0000000000000002 */
    TEST_FP_CASE_F(207, 0x1, 0x3ff0000000000001, 0x3ff0000000000001, 0x3ca0000000000000, 0x0, fadd.d f3, f0, f1, rdn)
    /* product halfway; in: d:1.0000000149011612, d:1.0000000074505806; out: d:1.0000000223517418 */
    TEST_FP_CASE_F(208, 0x1, 0x3ff0000006000000, 0x3ff0000004000000, 0x3ff0000002000000, 0x0, fmul.d f3, f0, f1, rdn)
    /* in: d:1.0, d:3.0; out: d:0.3333333333333333 */
    TEST_FP_CASE_F(209, 0x1, 0x3fd5555555555555, 0x3ff0000000000000, 0x4008000000000000, 0x0, fdiv.d f3, f0, f1, rdn)
    /* in: d:-2.0, d:3.0; out: d:-0.6666666666666667 */
    TEST_FP_CASE_F(210, 0x1, 0xbfe5555555555556, 0xc000000000000000, 0x4008000000000000, 0x0, fdiv.d f3, f0, f1, rdn)
    /* in: d:2.0; out: d:1.414213562373095 */
    TEST_FP_CASE_F(211, 0x1, 0x3ff6a09e667f3bcc, 0x4000000000000000, 0x0, 0x0, fsqrt.d f3, f0, rdn)
    /* overflow by mode; in: d:1.7976931348623157e+308, d:2.0; out: d:1.7976931348623157e+308 */
    TEST_FP_CASE_F(212, 0x5, 0x7fefffffffffffff, 0x7fefffffffffffff, 0x4000000000000000, 0x0, fmul.d f3, f0, f1, rdn)
    /* tiny; in: d:2.2250738585072014e-308, d:0.75; out: d:1.668805393880401e-308 */
    TEST_FP_CASE_F(213, 0x0, 0xc000000000000, 0x10000000000000, 0x3fe8000000000000, 0x0, fmul.d f3, f0, f1, rdn)
    /* halfway: 1 + ulp/2; in: d:1.0, d:1.1102230246251565e-16; out: d:1.0000000000000002 */
    TEST_FP_CASE_F(214, 0x1, 0x3ff0000000000001, 0x3ff0000000000000, 0x3ca0000000000000, 0x0, fadd.d f3, f0, f1, rup)
    /* halfway negative; in: d:-1.0, d:-1.1102230246251565e-16; out: d:-1.0 */
    TEST_FP_CASE_F(215, 0x1, 0xbff0000000000000, 0xbff0000000000000, 0xbca0000000000000, 0x0, fadd.d f3, f0, f1, rup)
    /* halfway, odd below; in: d:1.0000000000000002, d:1.1102230246251565e-16; out: d:1.0000000000000004 */
    TEST_FP_CASE_F(216, 0x1, 0x3ff0000000000002, 0x3ff0000000000001, 0x3ca0000000000000, 0x0, fadd.d f3, f0, f1, rup)
    /* product halfway; in: d:1.0000000149011612, d:1.0000000074505806; out: d:1.000000022351742 */
    TEST_FP_CASE_F(217, 0x1, 0x3ff0000006000001, 0x3ff0000004000000, 0x3ff0000002000000, 0x0, fmul.d f3, f0, f1, rup)
    /* in: d:1.0, d:3.0; out: d:0.33333333333333337 */
    TEST_FP_CASE_F(218, 0x1, 0x3fd5555555555556, 0x3ff0000000000000, 0x4008000000000000, 0x0, fdiv.d f3, f0, f1, rup)
    /* in: d:-2.0, d:3.0; out: d:-0.6666666666666666 */
    TEST_FP_CASE_F(219, 0x1, 0xbfe5555555555555, 0xc000000000000000, 0x4008000000000000, 0x0, fdiv.d f3, f0, f1, rup)
    /* in: d:2.0; out: d:1.4142135623730951 */
    TEST_FP_CASE_F(220, 0x1, 0x3ff6a09e667f3bcd, 0x4000000000000000, 0x0, 0x0, fsqrt.d f3, f0, rup)
    /* overflow by mode; in: d:1.7976931348623157e+308, d:2.0; out: d:inf */
    TEST_FP_CASE_F(221, 0x5, 0x7ff0000000000000, 0x7fefffffffffffff, 0x4000000000000000, 0x0, fmul.d f3, f0, f1, rup)
    /* tiny; in: d:2.2250738585072014e-308, d:0.75; out: d:1.668805393880401e-308 */
    TEST_FP_CASE_F(222, 0x0, 0xc000000000000, 0x10000000000000, 0x3fe8000000000000, 0x0, fmul.d f3, f0, f1, rup)
    /* halfway: 1 + ulp/2; in: d:1.0, d:1.1102230246251565e-16; out: d:1.0000000000000002 */
    TEST_FP_CASE_F(223, 0x1, 0x3ff0000000000001, 0x3ff0000000000000, 0x3ca0000000000000, 0x0, fadd.d f3, f0, f1, rmm)
    /* halfway negative; in: d:-1.0, d:-1.1102230246251565e-16; out: d:-1.0000000000000002 */
    TEST_FP_CASE_F(224, 0x1, 0xbff0000000000001, 0xbff0000000000000, 0xbca0000000000000, 0x0, fadd.d f3, f0, f1, rmm)
    /* halfway, odd below; in: d:1.0000000000000002, d:1.1102230246251565e-16; out: d:1.0000000000000004 */
    TEST_FP_CASE_F(225, 0x1, 0x3ff0000000000002, 0x3ff0000000000001, 0x3ca0000000000000, 0x0, fadd.d f3, f0, f1, rmm)
    /* product halfway; in: d:1.0000000149011612, d:1.0000000074505806; out: d:1.000000022351742 */
    TEST_FP_CASE_F(226, 0x1, 0x3ff0000006000001, 0x3ff0000004000000, 0x3ff0000002000000, 0x0, fmul.d f3, f0, f1, rmm)
    /* in: d:1.0, d:3.0; out: d:0.3333333333333333 */
    TEST_FP_CASE_F(227, 0x1, 0x3fd5555555555555, 0x3ff0000000000000, 0x4008000000000000, 0x0, fdiv.d f3, f0, f1, rmm)
    /* in: d:-2.0, d:3.0; out: d:-0.6666666666666666 */
    TEST_FP_CASE_F(228, 0x1, 0xbfe5555555555555, 0xc000000000000000, 0x4008000000000000, 0x0, fdiv.d f3, f0, f1, rmm)
    /* in: d:2.0; out: d:1.4142135623730951 */
    TEST_FP_CASE_F(229, 0x1, 0x3ff6a09e667f3bcd, 0x4000000000000000, 0x0, 0x0, fsqrt.d f3, f0, rmm)
    /* overflow by mode; in: d:1.7976931348623157e+308, d:2.0; out: d:inf */
    TEST_FP_CASE_F(230, 0x5, 0x7ff0000000000000, 0x7fefffffffffffff, 0x4000000000000000, 0x0, fmul.d f3, f0, f1, rmm)
    /* tiny; in: d:2.2250738585072014e-308, d:0.75; out: d:1.668805393880401e-308 */
    TEST_FP_CASE_F(231, 0x0, 0xc000000000000, 0x10000000000000, 0x3fe8000000000000, 0x0, fmul.d f3, f0, f1, rmm)
    /* subnormal halfway; in: d:2.5e-323, d:2.0; out: d:1e-323 */
    TEST_FP_CASE_F(232, 0x3, 0x2, 0x5, 0x4000000000000000, 0x0, fdiv.d f3, f0, f1, rne)
    /* subnormal halfway; in: d:2.5e-323, d:2.0; out: d:1e-323 */
    TEST_FP_CASE_F(233, 0x3, 0x2, 0x5, 0x4000000000000000, 0x0, fdiv.d f3, f0, f1, rtz)
    /* subnormal halfway; in: d:2.5e-323, d:2.0; out: d:1e-323 */
    TEST_FP_CASE_F(234, 0x3, 0x2, 0x5, 0x4000000000000000, 0x0, fdiv.d f3, f0, f1, rdn)
    /* subnormal halfway; in: d:2.5e-323, d:2.0; out: d:1.5e-323 */
    TEST_FP_CASE_F(235, 0x3, 0x3, 0x5, 0x4000000000000000, 0x0, fdiv.d f3, f0, f1, rup)
    /* subnormal halfway; in: d:2.5e-323, d:2.0; out: d:1.5e-323 */
    TEST_FP_CASE_F(236, 0x3, 0x3, 0x5, 0x4000000000000000, 0x0, fdiv.d f3, f0, f1, rmm)
    /* tininess after rounding: rounds up to min normal, NX but no UF; in: d:2.225073858507202e-308, d:0.9999999999999998; out: d:2.2250738585072014e-308 */
    TEST_FP_CASE_F(237, 0x1, 0x10000000000000, 0x10000000000001, 0x3feffffffffffffe, 0x0, fmul.d f3, f0, f1, rne)
    /* exact result just below min normal, tiny and inexact: UF; in: d:2.2250738585072014e-308, d:0.9999999999999999; out: d:2.2250738585072014e-308 */
    TEST_FP_CASE_F(238, 0x3, 0x10000000000000, 0x10000000000000, 0x3fefffffffffffff, 0x0, fmul.d f3, f0, f1, rne)
    /* exact subnormal: no UF; in: d:2.2250738585072014e-308, d:0.5; out: d:1.1125369292536007e-308 */
    TEST_FP_CASE_F(239, 0x0, 0x8000000000000, 0x10000000000000, 0x3fe0000000000000, 0x0, fmul.d f3, f0, f1, rne)
    /* underflow to 0; in: d:5e-324, d:0.5; out: d:0.0 */
    TEST_FP_CASE_F(240, 0x3, 0x0, 0x1, 0x3fe0000000000000, 0x0, fmul.d f3, f0, f1, rne)
    /* underflow rup -> min subnormal; in: d:5e-324, d:0.5; out: d:5e-324 */
    TEST_FP_CASE_F(241, 0x3, 0x1, 0x1, 0x3fe0000000000000, 0x0, fmul.d f3, f0, f1, rup)
    /* inf*0 invalid; in: d:inf, d:0.0; out: d:nan */
    TEST_FP_CASE_F(242, 0x10, 0x7ff8000000000000, 0x7ff0000000000000, 0x0, 0x0, fmul.d f3, f0, f1, rne)
    /* in: d:-0.0, d:5.0; out: d:-0.0 */
    TEST_FP_CASE_F(243, 0x0, 0x8000000000000000, 0x8000000000000000, 0x4014000000000000, 0x0, fmul.d f3, f0, f1, rne)
    /* divide by zero; in: d:1.0, d:0.0; out: d:inf */
    TEST_FP_CASE_F(244, 0x8, 0x7ff0000000000000, 0x3ff0000000000000, 0x0, 0x0, fdiv.d f3, f0, f1, rne)
    /* in: d:-1.0, d:0.0; out: d:-inf */
    TEST_FP_CASE_F(245, 0x8, 0xfff0000000000000, 0xbff0000000000000, 0x0, 0x0, fdiv.d f3, f0, f1, rne)
    /* in: d:1.0, d:-0.0; out: d:-inf */
    TEST_FP_CASE_F(246, 0x8, 0xfff0000000000000, 0x3ff0000000000000, 0x8000000000000000, 0x0, fdiv.d f3, f0, f1, rne)
    /* 0/0 invalid; in: d:0.0, d:0.0; out: d:nan */
    TEST_FP_CASE_F(247, 0x10, 0x7ff8000000000000, 0x0, 0x0, 0x0, fdiv.d f3, f0, f1, rne)
    /* in: d:inf, d:inf; out: d:nan */
    TEST_FP_CASE_F(248, 0x10, 0x7ff8000000000000, 0x7ff0000000000000, 0x7ff0000000000000, 0x0, fdiv.d f3, f0, f1, rne)
    /* inf/0 exact, no DZ; in: d:inf, d:0.0; out: d:inf */
    TEST_FP_CASE_F(249, 0x0, 0x7ff0000000000000, 0x7ff0000000000000, 0x0, 0x0, fdiv.d f3, f0, f1, rne)
    /* in: d:1.0, d:inf; out: d:0.0 */
    TEST_FP_CASE_F(250, 0x0, 0x0, 0x3ff0000000000000, 0x7ff0000000000000, 0x0, fdiv.d f3, f0, f1, rne)
    /* in: d:1.7976931348623157e+308, d:0.5; out: d:inf */
    TEST_FP_CASE_F(251, 0x5, 0x7ff0000000000000, 0x7fefffffffffffff, 0x3fe0000000000000, 0x0, fdiv.d f3, f0, f1, rne)
    /* in: d:2.2250738585072014e-308, d:3.0; out: d:7.41691286169067e-309 */
    TEST_FP_CASE_F(252, 0x3, 0x5555555555555, 0x10000000000000, 0x4008000000000000, 0x0, fdiv.d f3, f0, f1, rne)
    /* in: d:4.0; out: d:2.0 */
    TEST_FP_CASE_F(253, 0x0, 0x4000000000000000, 0x4010000000000000, 0x0, 0x0, fsqrt.d f3, f0)
    /* in: d:0.25; out: d:0.5 */
    TEST_FP_CASE_F(254, 0x0, 0x3fe0000000000000, 0x3fd0000000000000, 0x0, 0x0, fsqrt.d f3, f0)
    /* in: d:1e-310; out: d:9.999999999999986e-156 */
    TEST_FP_CASE_F(255, 0x1, 0x1fc1297872d9cbae, 0x12688b70e62b, 0x0, 0x0, fsqrt.d f3, f0)
    /* sqrt(-1) invalid; in: d:-1.0; out: d:nan */
    TEST_FP_CASE_F(256, 0x10, 0x7ff8000000000000, 0xbff0000000000000, 0x0, 0x0, fsqrt.d f3, f0)
    /* sqrt(-0) = -0; in: d:-0.0; out: d:-0.0 */
    TEST_FP_CASE_F(257, 0x0, 0x8000000000000000, 0x8000000000000000, 0x0, 0x0, fsqrt.d f3, f0)
    /* in: d:inf; out: d:inf */
    TEST_FP_CASE_F(258, 0x0, 0x7ff0000000000000, 0x7ff0000000000000, 0x0, 0x0, fsqrt.d f3, f0)
    /* in: d:-inf; out: d:nan */
    TEST_FP_CASE_F(259, 0x10, 0x7ff8000000000000, 0xfff0000000000000, 0x0, 0x0, fsqrt.d f3, f0)
    /* in: d:nan; out: d:nan */
    TEST_FP_CASE_F(260, 0x10, 0x7ff8000000000000, 0x7ff4000000000000, 0x0, 0x0, fsqrt.d f3, f0)
    /* in: d:nan; out: d:nan */
    TEST_FP_CASE_F(261, 0x0, 0x7ff8000000000000, 0xfff8000000000123, 0x0, 0x0, fsqrt.d f3, f0)
    /* in: d:5e-324; out: d:2.2227587494850775e-162 */
    TEST_FP_CASE_F(262, 0x0, 0x1e60000000000000, 0x1, 0x0, 0x0, fsqrt.d f3, f0)
    /* dyn frm=rne; in: d:1.0, d:1.1102230246251565e-16; out: d:1.0 */
    TEST_FP_CASE_F(263, 0x1, 0x3ff0000000000000, 0x3ff0000000000000, 0x3ca0000000000000, 0x0, fsrmi 0; fadd.d f3, f0, f1; fsrmi 0)
    /* dyn frm=rne; in: d:-1.0, d:3.0; out: d:-0.3333333333333333 */
    TEST_FP_CASE_F(264, 0x1, 0xbfd5555555555555, 0xbff0000000000000, 0x4008000000000000, 0x0, fsrmi 0; fdiv.d f3, f0, f1, dyn; fsrmi 0)
    /* dyn frm=rtz; in: d:1.0, d:1.1102230246251565e-16; out: d:1.0 */
    TEST_FP_CASE_F(265, 0x1, 0x3ff0000000000000, 0x3ff0000000000000, 0x3ca0000000000000, 0x0, fsrmi 1; fadd.d f3, f0, f1; fsrmi 0)
    /* dyn frm=rtz; in: d:-1.0, d:3.0; out: d:-0.3333333333333333 */
    TEST_FP_CASE_F(266, 0x1, 0xbfd5555555555555, 0xbff0000000000000, 0x4008000000000000, 0x0, fsrmi 1; fdiv.d f3, f0, f1, dyn; fsrmi 0)
    /* dyn frm=rdn; in: d:1.0, d:1.1102230246251565e-16; out: d:1.0 */
    TEST_FP_CASE_F(267, 0x1, 0x3ff0000000000000, 0x3ff0000000000000, 0x3ca0000000000000, 0x0, fsrmi 2; fadd.d f3, f0, f1; fsrmi 0)
    /* dyn frm=rdn; in: d:-1.0, d:3.0; out: d:-0.33333333333333337 */
    TEST_FP_CASE_F(268, 0x1, 0xbfd5555555555556, 0xbff0000000000000, 0x4008000000000000, 0x0, fsrmi 2; fdiv.d f3, f0, f1, dyn; fsrmi 0)
    /* dyn frm=rup; in: d:1.0, d:1.1102230246251565e-16; out: d:1.0000000000000002 */
    TEST_FP_CASE_F(269, 0x1, 0x3ff0000000000001, 0x3ff0000000000000, 0x3ca0000000000000, 0x0, fsrmi 3; fadd.d f3, f0, f1; fsrmi 0)
    /* dyn frm=rup; in: d:-1.0, d:3.0; out: d:-0.3333333333333333 */
    TEST_FP_CASE_F(270, 0x1, 0xbfd5555555555555, 0xbff0000000000000, 0x4008000000000000, 0x0, fsrmi 3; fdiv.d f3, f0, f1, dyn; fsrmi 0)
    /* dyn frm=rmm; in: d:1.0, d:1.1102230246251565e-16; out: d:1.0000000000000002 */
    TEST_FP_CASE_F(271, 0x1, 0x3ff0000000000001, 0x3ff0000000000000, 0x3ca0000000000000, 0x0, fsrmi 4; fadd.d f3, f0, f1; fsrmi 0)
    /* dyn frm=rmm; in: d:-1.0, d:3.0; out: d:-0.3333333333333333 */
    TEST_FP_CASE_F(272, 0x1, 0xbfd5555555555555, 0xbff0000000000000, 0x4008000000000000, 0x0, fsrmi 4; fdiv.d f3, f0, f1, dyn; fsrmi 0)
    /* in: d:2.0, d:3.0, d:1.0; out: d:7.0 */
    TEST_FP_CASE_F(273, 0x0, 0x401c000000000000, 0x4000000000000000, 0x4008000000000000, 0x3ff0000000000000, fmadd.d f3, f0, f1, f2, rne)
    /* in: d:2.0, d:3.0, d:1.0; out: d:5.0 */
    TEST_FP_CASE_F(274, 0x0, 0x4014000000000000, 0x4000000000000000, 0x4008000000000000, 0x3ff0000000000000, fmsub.d f3, f0, f1, f2, rne)
    /* in: d:2.0, d:3.0, d:1.0; out: d:-5.0 */
    TEST_FP_CASE_F(275, 0x0, 0xc014000000000000, 0x4000000000000000, 0x4008000000000000, 0x3ff0000000000000, fnmsub.d f3, f0, f1, f2, rne)
    /* in: d:2.0, d:3.0, d:1.0; out: d:-7.0 */
    TEST_FP_CASE_F(276, 0x0, 0xc01c000000000000, 0x4000000000000000, 0x4008000000000000, 0x3ff0000000000000, fnmadd.d f3, f0, f1, f2, rne)
    /* single rounding: exact tiny result; in: d:1.0000000009313226, d:0.9999999990686774, d:-1.0; out: d:-8.673617379884035e-19 */
    TEST_FP_CASE_F(277, 0x0, 0xbc30000000000000, 0x3ff0000000400000, 0x3fefffffff800000, 0xbff0000000000000, fmadd.d f3, f0, f1, f2, rne)
    /* in: d:1.0000000009313226, d:0.9999999990686774, d:1.0; out: d:-8.673617379884035e-19 */
    TEST_FP_CASE_F(278, 0x0, 0xbc30000000000000, 0x3ff0000000400000, 0x3fefffffff800000, 0x3ff0000000000000, fmsub.d f3, f0, f1, f2, rne)
    /* in: d:1.0000000009313226, d:0.9999999990686774, d:-1.0; out: d:8.673617379884035e-19 */
    TEST_FP_CASE_F(279, 0x0, 0x3c30000000000000, 0x3ff0000000400000, 0x3fefffffff800000, 0xbff0000000000000, fnmadd.d f3, f0, f1, f2, rne)
    /* sign of exact zero; in: d:0.0, d:1.0, d:0.0; out: d:0.0 */
    TEST_FP_CASE_F(280, 0x0, 0x0, 0x0, 0x3ff0000000000000, 0x0, fmadd.d f3, f0, f1, f2, rne)
    /* in: d:0.0, d:1.0, d:-0.0; out: d:0.0 */
    TEST_FP_CASE_F(281, 0x0, 0x0, 0x0, 0x3ff0000000000000, 0x8000000000000000, fmadd.d f3, f0, f1, f2, rne)
    /* in: d:1.0, d:1.0, d:1.0; out: d:2.0 */
    TEST_FP_CASE_F(282, 0x0, 0x4000000000000000, 0x3ff0000000000000, 0x3ff0000000000000, 0x3ff0000000000000, fmadd.d f3, f0, f1, f2, rdn)
    /* in: d:1.0, d:-1.0, d:1.0; out: d:-0.0 */
    TEST_FP_CASE_F(283, 0x0, 0x8000000000000000, 0x3ff0000000000000, 0xbff0000000000000, 0x3ff0000000000000, fmadd.d f3, f0, f1, f2, rdn)
    /* inf*0 + qNaN: invalid; in: d:inf, d:0.0, d:nan; out: d:nan */
    TEST_FP_CASE_F(284, 0x10, 0x7ff8000000000000, 0x7ff0000000000000, 0x0, 0x7ff8000000000000, fmadd.d f3, f0, f1, f2, rne)
    /* in: d:1.0, d:inf, d:-inf; out: d:nan */
    TEST_FP_CASE_F(285, 0x10, 0x7ff8000000000000, 0x3ff0000000000000, 0x7ff0000000000000, 0xfff0000000000000, fmadd.d f3, f0, f1, f2, rne)
    /* in: d:nan, d:1.0, d:1.0; out: d:nan */
    TEST_FP_CASE_F(286, 0x10, 0x7ff8000000000000, 0x7ff4000000000000, 0x3ff0000000000000, 0x3ff0000000000000, fmadd.d f3, f0, f1, f2, rne)
    /* in: d:1.7976931348623157e+308, d:2.0, d:1.0; out: d:inf */
    TEST_FP_CASE_F(287, 0x5, 0x7ff0000000000000, 0x7fefffffffffffff, 0x4000000000000000, 0x3ff0000000000000, fmadd.d f3, f0, f1, f2, rne)
    /* sign of exact zero; in: d:0.0, d:1.0, d:0.0; out: d:0.0 */
    TEST_FP_CASE_F(288, 0x0, 0x0, 0x0, 0x3ff0000000000000, 0x0, fmsub.d f3, f0, f1, f2, rne)
    /* in: d:0.0, d:1.0, d:-0.0; out: d:0.0 */
    TEST_FP_CASE_F(289, 0x0, 0x0, 0x0, 0x3ff0000000000000, 0x8000000000000000, fmsub.d f3, f0, f1, f2, rne)
    /* in: d:1.0, d:1.0, d:1.0; out: d:-0.0 */
    TEST_FP_CASE_F(290, 0x0, 0x8000000000000000, 0x3ff0000000000000, 0x3ff0000000000000, 0x3ff0000000000000, fmsub.d f3, f0, f1, f2, rdn)
    /* in: d:1.0, d:-1.0, d:1.0; out: d:-2.0 */
    TEST_FP_CASE_F(291, 0x0, 0xc000000000000000, 0x3ff0000000000000, 0xbff0000000000000, 0x3ff0000000000000, fmsub.d f3, f0, f1, f2, rdn)
    /* inf*0 + qNaN: invalid; in: d:inf, d:0.0, d:nan; out: d:nan */
    TEST_FP_CASE_F(292, 0x10, 0x7ff8000000000000, 0x7ff0000000000000, 0x0, 0x7ff8000000000000, fmsub.d f3, f0, f1, f2, rne)
    /* in: d:1.0, d:inf, d:-inf; out: d:inf */
    TEST_FP_CASE_F(293, 0x0, 0x7ff0000000000000, 0x3ff0000000000000, 0x7ff0000000000000, 0xfff0000000000000, fmsub.d f3, f0, f1, f2, rne)
    /* in: d:nan, d:1.0, d:1.0; out: d:nan */
    TEST_FP_CASE_F(294, 0x10, 0x7ff8000000000000, 0x7ff4000000000000, 0x3ff0000000000000, 0x3ff0000000000000, fmsub.d f3, f0, f1, f2, rne)
    /* in: d:1.7976931348623157e+308, d:2.0, d:1.0; out: d:inf */
    TEST_FP_CASE_F(295, 0x5, 0x7ff0000000000000, 0x7fefffffffffffff, 0x4000000000000000, 0x3ff0000000000000, fmsub.d f3, f0, f1, f2, rne)
    /* sign of exact zero; in: d:0.0, d:1.0, d:0.0; out: d:0.0 */
    TEST_FP_CASE_F(296, 0x0, 0x0, 0x0, 0x3ff0000000000000, 0x0, fnmsub.d f3, f0, f1, f2, rne)
    /* in: d:0.0, d:1.0, d:-0.0; out: d:-0.0 */
    TEST_FP_CASE_F(297, 0x0, 0x8000000000000000, 0x0, 0x3ff0000000000000, 0x8000000000000000, fnmsub.d f3, f0, f1, f2, rne)
    /* in: d:1.0, d:1.0, d:1.0; out: d:-0.0 */
    TEST_FP_CASE_F(298, 0x0, 0x8000000000000000, 0x3ff0000000000000, 0x3ff0000000000000, 0x3ff0000000000000, fnmsub.d f3, f0, f1, f2, rdn)
    /* in: d:1.0, d:-1.0, d:1.0; out: d:2.0 */
    TEST_FP_CASE_F(299, 0x0, 0x4000000000000000, 0x3ff0000000000000, 0xbff0000000000000, 0x3ff0000000000000, fnmsub.d f3, f0, f1, f2, rdn)
    /* inf*0 + qNaN: invalid; in: d:inf, d:0.0, d:nan; out: d:nan */
    TEST_FP_CASE_F(300, 0x10, 0x7ff8000000000000, 0x7ff0000000000000, 0x0, 0x7ff8000000000000, fnmsub.d f3, f0, f1, f2, rne)
    /* in: d:1.0, d:inf, d:-inf; out: d:-inf */
    TEST_FP_CASE_F(301, 0x0, 0xfff0000000000000, 0x3ff0000000000000, 0x7ff0000000000000, 0xfff0000000000000, fnmsub.d f3, f0, f1, f2, rne)
    /* in: d:nan, d:1.0, d:1.0; out: d:nan */
    TEST_FP_CASE_F(302, 0x10, 0x7ff8000000000000, 0x7ff4000000000000, 0x3ff0000000000000, 0x3ff0000000000000, fnmsub.d f3, f0, f1, f2, rne)
    /* in: d:1.7976931348623157e+308, d:2.0, d:1.0; out: d:-inf */
    TEST_FP_CASE_F(303, 0x5, 0xfff0000000000000, 0x7fefffffffffffff, 0x4000000000000000, 0x3ff0000000000000, fnmsub.d f3, f0, f1, f2, rne)
    /* sign of exact zero; in: d:0.0, d:1.0, d:0.0; out: d:-0.0 */
    TEST_FP_CASE_F(304, 0x0, 0x8000000000000000, 0x0, 0x3ff0000000000000, 0x0, fnmadd.d f3, f0, f1, f2, rne)
    /* in: d:0.0, d:1.0, d:-0.0; out: d:0.0 */
    TEST_FP_CASE_F(305, 0x0, 0x0, 0x0, 0x3ff0000000000000, 0x8000000000000000, fnmadd.d f3, f0, f1, f2, rne)
    /* in: d:1.0, d:1.0, d:1.0; out: d:-2.0 */
    TEST_FP_CASE_F(306, 0x0, 0xc000000000000000, 0x3ff0000000000000, 0x3ff0000000000000, 0x3ff0000000000000, fnmadd.d f3, f0, f1, f2, rdn)
    /* in: d:1.0, d:-1.0, d:1.0; out: d:-0.0 */
    TEST_FP_CASE_F(307, 0x0, 0x8000000000000000, 0x3ff0000000000000, 0xbff0000000000000, 0x3ff0000000000000, fnmadd.d f3, f0, f1, f2, rdn)
    /* inf*0 + qNaN: invalid; in: d:inf, d:0.0, d:nan; out: d:nan */
    TEST_FP_CASE_F(308, 0x10, 0x7ff8000000000000, 0x7ff0000000000000, 0x0, 0x7ff8000000000000, fnmadd.d f3, f0, f1, f2, rne)
    /* in: d:1.0, d:inf, d:-inf; out: d:nan */
    TEST_FP_CASE_F(309, 0x10, 0x7ff8000000000000, 0x3ff0000000000000, 0x7ff0000000000000, 0xfff0000000000000, fnmadd.d f3, f0, f1, f2, rne)
    /* in: d:nan, d:1.0, d:1.0; out: d:nan */
    TEST_FP_CASE_F(310, 0x10, 0x7ff8000000000000, 0x7ff4000000000000, 0x3ff0000000000000, 0x3ff0000000000000, fnmadd.d f3, f0, f1, f2, rne)
    /* in: d:1.7976931348623157e+308, d:2.0, d:1.0; out: d:-inf */
    TEST_FP_CASE_F(311, 0x5, 0xfff0000000000000, 0x7fefffffffffffff, 0x4000000000000000, 0x3ff0000000000000, fnmadd.d f3, f0, f1, f2, rne)
    /* halfway; in: d:1.0000000149011612, d:1.0000000074505806, d:0.0; out: d:1.0000000223517418 */
    TEST_FP_CASE_F(312, 0x1, 0x3ff0000006000000, 0x3ff0000004000000, 0x3ff0000002000000, 0x0, fmadd.d f3, f0, f1, f2, rne)
    /* halfway, negated; in: d:1.0000000149011612, d:1.0000000074505806, d:0.0; out: d:-1.0000000223517418 */
    TEST_FP_CASE_F(313, 0x1, 0xbff0000006000000, 0x3ff0000004000000, 0x3ff0000002000000, 0x0, fnmadd.d f3, f0, f1, f2, rne)
    /* halfway via addend; in: d:1.0, d:1.0, d:1.1102230246251565e-16; out: d:1.0 */
    TEST_FP_CASE_F(314, 0x1, 0x3ff0000000000000, 0x3ff0000000000000, 0x3ff0000000000000, 0x3ca0000000000000, fmadd.d f3, f0, f1, f2, rne)
    /* in: d:1.0, d:1.0, d:-1.1102230246251565e-16; out: d:1.0 */
    TEST_FP_CASE_F(315, 0x1, 0x3ff0000000000000, 0x3ff0000000000000, 0x3ff0000000000000, 0xbca0000000000000, fmsub.d f3, f0, f1, f2, rne)
    /* halfway; in: d:1.0000000149011612, d:1.0000000074505806, d:0.0; out: d:1.0000000223517418 */
    TEST_FP_CASE_F(316, 0x1, 0x3ff0000006000000, 0x3ff0000004000000, 0x3ff0000002000000, 0x0, fmadd.d f3, f0, f1, f2, rtz)
    /* halfway, negated; in: d:1.0000000149011612, d:1.0000000074505806, d:0.0; out: d:-1.0000000223517418 */
    TEST_FP_CASE_F(317, 0x1, 0xbff0000006000000, 0x3ff0000004000000, 0x3ff0000002000000, 0x0, fnmadd.d f3, f0, f1, f2, rtz)
    /* halfway via addend; in: d:1.0, d:1.0, d:1.1102230246251565e-16; out: d:1.0 */
    TEST_FP_CASE_F(318, 0x1, 0x3ff0000000000000, 0x3ff0000000000000, 0x3ff0000000000000, 0x3ca0000000000000, fmadd.d f3, f0, f1, f2, rtz)
    /* in: d:1.0, d:1.0, d:-1.1102230246251565e-16; out: d:1.0 */
    TEST_FP_CASE_F(319, 0x1, 0x3ff0000000000000, 0x3ff0000000000000, 0x3ff0000000000000, 0xbca0000000000000, fmsub.d f3, f0, f1, f2, rtz)
    /* halfway; in: d:1.0000000149011612, d:1.0000000074505806, d:0.0; out: d:1.0000000223517418 */
    TEST_FP_CASE_F(320, 0x1, 0x3ff0000006000000, 0x3ff0000004000000, 0x3ff0000002000000, 0x0, fmadd.d f3, f0, f1, f2, rdn)
    /* halfway, negated; in: d:1.0000000149011612, d:1.0000000074505806, d:0.0; out: d:-1.000000022351742 */
    TEST_FP_CASE_F(321, 0x1, 0xbff0000006000001, 0x3ff0000004000000, 0x3ff0000002000000, 0x0, fnmadd.d f3, f0, f1, f2, rdn)
    /* halfway via addend; in: d:1.0, d:1.0, d:1.1102230246251565e-16; out: d:1.0 */
    TEST_FP_CASE_F(322, 0x1, 0x3ff0000000000000, 0x3ff0000000000000, 0x3ff0000000000000, 0x3ca0000000000000, fmadd.d f3, f0, f1, f2, rdn)
    /* in: d:1.0, d:1.0, d:-1.1102230246251565e-16; out: d:1.0 */
    TEST_FP_CASE_F(323, 0x1, 0x3ff0000000000000, 0x3ff0000000000000, 0x3ff0000000000000, 0xbca0000000000000, fmsub.d f3, f0, f1, f2, rdn)
    /* halfway; in: d:1.0000000149011612, d:1.0000000074505806, d:0.0; out: d:1.000000022351742 */
    TEST_FP_CASE_F(324, 0x1, 0x3ff0000006000001, 0x3ff0000004000000, 0x3ff0000002000000, 0x0, fmadd.d f3, f0, f1, f2, rup)
    /* halfway, negated; in: d:1.0000000149011612, d:1.0000000074505806, d:0.0; out: d:-1.0000000223517418 */
    TEST_FP_CASE_F(325, 0x1, 0xbff0000006000000, 0x3ff0000004000000, 0x3ff0000002000000, 0x0, fnmadd.d f3, f0, f1, f2, rup)
    /* halfway via addend; in: d:1.0, d:1.0, d:1.1102230246251565e-16; out: d:1.0000000000000002 */
    TEST_FP_CASE_F(326, 0x1, 0x3ff0000000000001, 0x3ff0000000000000, 0x3ff0000000000000, 0x3ca0000000000000, fmadd.d f3, f0, f1, f2, rup)
    /* in: d:1.0, d:1.0, d:-1.1102230246251565e-16; out: d:1.0000000000000002 */
    TEST_FP_CASE_F(327, 0x1, 0x3ff0000000000001, 0x3ff0000000000000, 0x3ff0000000000000, 0xbca0000000000000, fmsub.d f3, f0, f1, f2, rup)
    /* halfway; in: d:1.0000000149011612, d:1.0000000074505806, d:0.0; out: d:1.000000022351742 */
    TEST_FP_CASE_F(328, 0x1, 0x3ff0000006000001, 0x3ff0000004000000, 0x3ff0000002000000, 0x0, fmadd.d f3, f0, f1, f2, rmm)
    /* halfway, negated; in: d:1.0000000149011612, d:1.0000000074505806, d:0.0; out: d:-1.000000022351742 */
    TEST_FP_CASE_F(329, 0x1, 0xbff0000006000001, 0x3ff0000004000000, 0x3ff0000002000000, 0x0, fnmadd.d f3, f0, f1, f2, rmm)
    /* halfway via addend; in: d:1.0, d:1.0, d:1.1102230246251565e-16; out: d:1.0000000000000002 */
    TEST_FP_CASE_F(330, 0x1, 0x3ff0000000000001, 0x3ff0000000000000, 0x3ff0000000000000, 0x3ca0000000000000, fmadd.d f3, f0, f1, f2, rmm)
    /* in: d:1.0, d:1.0, d:-1.1102230246251565e-16; out: d:1.0000000000000002 */
    TEST_FP_CASE_F(331, 0x1, 0x3ff0000000000001, 0x3ff0000000000000, 0x3ff0000000000000, 0xbca0000000000000, fmsub.d f3, f0, f1, f2, rmm)
    /* subnormal result; in: d:2.2250738585072014e-308, d:0.5, d:5e-324; out: d:1.112536929253601e-308 */
    TEST_FP_CASE_F(332, 0x0, 0x8000000000001, 0x10000000000000, 0x3fe0000000000000, 0x1, fmadd.d f3, f0, f1, f2, rne)
    /* in: d:nan, d:1.0, d:1.0; out: d:nan */
    TEST_FP_CASE_F(333, 0x0, 0x7ff8000000000000, 0x7ff8000000000000, 0x3ff0000000000000, 0x3ff0000000000000, fmadd.d f3, f0, f1, f2, rne)
    /* in: d:1.0, d:1.0, d:nan; out: d:nan */
    TEST_FP_CASE_F(334, 0x0, 0x7ff8000000000000, 0x3ff0000000000000, 0x3ff0000000000000, 0xfff8000000000123, fmadd.d f3, f0, f1, f2, rne)

TEST_END


