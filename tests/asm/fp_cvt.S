/*
 * fp_cvt.S - FP conversions in every direction: fcvt.{w,wu,l,lu}.{s,d} (rounding in all five
 * static modes and via frm, saturation at both ends, NaN -> maximum, -inf -> minimum, NV on
 * out-of-range without NX, 32-bit results sign-extended also for wu), fcvt.{s,d}.{w,wu,l,lu}
 * (inexact conversions of large integers in every mode, only the low 32 bits used by w/wu),
 * and fcvt.s.d / fcvt.d.s (rounding, overflow, underflow, canonical NaN). Expected values come
 * from qemu-riscv64.
 */
#include "testlib.h"

TEST_BEGIN

    /* in: d:1.5 */
    TEST_FP_CASE_X(1, 0x1, 0x2, 0x3ff8000000000000, 0x0, 0x0, fcvt.w.d a0, f0, rne)
    /* in: d:1.5 */
    TEST_FP_CASE_X(2, 0x1, 0x1, 0x3ff8000000000000, 0x0, 0x0, fcvt.w.d a0, f0, rtz)
    /* in: d:1.5 */
    TEST_FP_CASE_X(3, 0x1, 0x1, 0x3ff8000000000000, 0x0, 0x0, fcvt.w.d a0, f0, rdn)
    /* in: d:1.5 */
    TEST_FP_CASE_X(4, 0x1, 0x2, 0x3ff8000000000000, 0x0, 0x0, fcvt.w.d a0, f0, rup)
    /* in: d:1.5 */
    TEST_FP_CASE_X(5, 0x1, 0x2, 0x3ff8000000000000, 0x0, 0x0, fcvt.w.d a0, f0, rmm)
    /* in: d:2.5 */
    TEST_FP_CASE_X(6, 0x1, 0x2, 0x4004000000000000, 0x0, 0x0, fcvt.w.d a0, f0, rne)
    /* in: d:2.5 */
    TEST_FP_CASE_X(7, 0x1, 0x2, 0x4004000000000000, 0x0, 0x0, fcvt.w.d a0, f0, rtz)
    /* in: d:2.5 */
    TEST_FP_CASE_X(8, 0x1, 0x2, 0x4004000000000000, 0x0, 0x0, fcvt.w.d a0, f0, rdn)
    /* in: d:2.5 */
    TEST_FP_CASE_X(9, 0x1, 0x3, 0x4004000000000000, 0x0, 0x0, fcvt.w.d a0, f0, rup)
    /* in: d:2.5 */
    TEST_FP_CASE_X(10, 0x1, 0x3, 0x4004000000000000, 0x0, 0x0, fcvt.w.d a0, f0, rmm)
    /* in: d:-1.5 */
    TEST_FP_CASE_X(11, 0x1, 0xfffffffffffffffe, 0xbff8000000000000, 0x0, 0x0, fcvt.w.d a0, f0, rne)
    /* in: d:-1.5 */
    TEST_FP_CASE_X(12, 0x1, 0xffffffffffffffff, 0xbff8000000000000, 0x0, 0x0, fcvt.w.d a0, f0, rtz)
    /* in: d:-1.5 */
    TEST_FP_CASE_X(13, 0x1, 0xfffffffffffffffe, 0xbff8000000000000, 0x0, 0x0, fcvt.w.d a0, f0, rdn)
    /* in: d:-1.5 */
    TEST_FP_CASE_X(14, 0x1, 0xffffffffffffffff, 0xbff8000000000000, 0x0, 0x0, fcvt.w.d a0, f0, rup)
    /* in: d:-1.5 */
    TEST_FP_CASE_X(15, 0x1, 0xfffffffffffffffe, 0xbff8000000000000, 0x0, 0x0, fcvt.w.d a0, f0, rmm)
    /* in: d:-2.5 */
    TEST_FP_CASE_X(16, 0x1, 0xfffffffffffffffe, 0xc004000000000000, 0x0, 0x0, fcvt.w.d a0, f0, rne)
    /* in: d:-2.5 */
    TEST_FP_CASE_X(17, 0x1, 0xfffffffffffffffe, 0xc004000000000000, 0x0, 0x0, fcvt.w.d a0, f0, rtz)
    /* in: d:-2.5 */
    TEST_FP_CASE_X(18, 0x1, 0xfffffffffffffffd, 0xc004000000000000, 0x0, 0x0, fcvt.w.d a0, f0, rdn)
    /* in: d:-2.5 */
    TEST_FP_CASE_X(19, 0x1, 0xfffffffffffffffe, 0xc004000000000000, 0x0, 0x0, fcvt.w.d a0, f0, rup)
    /* in: d:-2.5 */
    TEST_FP_CASE_X(20, 0x1, 0xfffffffffffffffd, 0xc004000000000000, 0x0, 0x0, fcvt.w.d a0, f0, rmm)
    /* in: d:0.5 */
    TEST_FP_CASE_X(21, 0x1, 0x0, 0x3fe0000000000000, 0x0, 0x0, fcvt.w.d a0, f0, rne)
    /* in: d:0.5 */
    TEST_FP_CASE_X(22, 0x1, 0x0, 0x3fe0000000000000, 0x0, 0x0, fcvt.w.d a0, f0, rtz)
    /* in: d:0.5 */
    TEST_FP_CASE_X(23, 0x1, 0x0, 0x3fe0000000000000, 0x0, 0x0, fcvt.w.d a0, f0, rdn)
    /* in: d:0.5 */
    TEST_FP_CASE_X(24, 0x1, 0x1, 0x3fe0000000000000, 0x0, 0x0, fcvt.w.d a0, f0, rup)
    /* in: d:0.5 */
    TEST_FP_CASE_X(25, 0x1, 0x1, 0x3fe0000000000000, 0x0, 0x0, fcvt.w.d a0, f0, rmm)
    /* in: d:-0.5 */
    TEST_FP_CASE_X(26, 0x1, 0x0, 0xbfe0000000000000, 0x0, 0x0, fcvt.w.d a0, f0, rne)
    /* in: d:-0.5 */
    TEST_FP_CASE_X(27, 0x1, 0x0, 0xbfe0000000000000, 0x0, 0x0, fcvt.w.d a0, f0, rtz)
    /* in: d:-0.5 */
    TEST_FP_CASE_X(28, 0x1, 0xffffffffffffffff, 0xbfe0000000000000, 0x0, 0x0, fcvt.w.d a0, f0, rdn)
    /* in: d:-0.5 */
    TEST_FP_CASE_X(29, 0x1, 0x0, 0xbfe0000000000000, 0x0, 0x0, fcvt.w.d a0, f0, rup)
    /* in: d:-0.5 */
    TEST_FP_CASE_X(30, 0x1, 0xffffffffffffffff, 0xbfe0000000000000, 0x0, 0x0, fcvt.w.d a0, f0, rmm)
    /* in: d:1.7 */
    TEST_FP_CASE_X(31, 0x1, 0x2, 0x3ffb333333333333, 0x0, 0x0, fcvt.w.d a0, f0, rne)
    /* in: d:1.7 */
    TEST_FP_CASE_X(32, 0x1, 0x1, 0x3ffb333333333333, 0x0, 0x0, fcvt.w.d a0, f0, rtz)
    /* in: d:1.7 */
    TEST_FP_CASE_X(33, 0x1, 0x1, 0x3ffb333333333333, 0x0, 0x0, fcvt.w.d a0, f0, rdn)
    /* in: d:1.7 */
    TEST_FP_CASE_X(34, 0x1, 0x2, 0x3ffb333333333333, 0x0, 0x0, fcvt.w.d a0, f0, rup)
    /* in: d:1.7 */
    TEST_FP_CASE_X(35, 0x1, 0x2, 0x3ffb333333333333, 0x0, 0x0, fcvt.w.d a0, f0, rmm)
    /* in: d:-1.3 */
    TEST_FP_CASE_X(36, 0x1, 0xffffffffffffffff, 0xbff4cccccccccccd, 0x0, 0x0, fcvt.w.d a0, f0, rne)
    /* in: d:-1.3 */
    TEST_FP_CASE_X(37, 0x1, 0xffffffffffffffff, 0xbff4cccccccccccd, 0x0, 0x0, fcvt.w.d a0, f0, rtz)
    /* in: d:-1.3 */
    TEST_FP_CASE_X(38, 0x1, 0xfffffffffffffffe, 0xbff4cccccccccccd, 0x0, 0x0, fcvt.w.d a0, f0, rdn)
    /* in: d:-1.3 */
    TEST_FP_CASE_X(39, 0x1, 0xffffffffffffffff, 0xbff4cccccccccccd, 0x0, 0x0, fcvt.w.d a0, f0, rup)
    /* in: d:-1.3 */
    TEST_FP_CASE_X(40, 0x1, 0xffffffffffffffff, 0xbff4cccccccccccd, 0x0, 0x0, fcvt.w.d a0, f0, rmm)
    /* range; in: d:2147483648.0 */
    TEST_FP_CASE_X(41, 0x10, 0x7fffffff, 0x41e0000000000000, 0x0, 0x0, fcvt.w.d a0, f0, rne)
    /* range; in: d:2147483648.0 */
    TEST_FP_CASE_X(42, 0x10, 0x7fffffff, 0x41e0000000000000, 0x0, 0x0, fcvt.w.d a0, f0, rtz)
    /* range; in: d:2147483647.0 */
    TEST_FP_CASE_X(43, 0x0, 0x7fffffff, 0x41dfffffffc00000, 0x0, 0x0, fcvt.w.d a0, f0, rne)
    /* range; in: d:2147483647.0 */
    TEST_FP_CASE_X(44, 0x0, 0x7fffffff, 0x41dfffffffc00000, 0x0, 0x0, fcvt.w.d a0, f0, rtz)
    /* range; in: d:-2147483648.0 */
    TEST_FP_CASE_X(45, 0x0, 0xffffffff80000000, 0xc1e0000000000000, 0x0, 0x0, fcvt.w.d a0, f0, rne)
    /* range; in: d:-2147483648.0 */
    TEST_FP_CASE_X(46, 0x0, 0xffffffff80000000, 0xc1e0000000000000, 0x0, 0x0, fcvt.w.d a0, f0, rtz)
    /* range; in: d:-2147483649.0 */
    TEST_FP_CASE_X(47, 0x10, 0xffffffff80000000, 0xc1e0000000200000, 0x0, 0x0, fcvt.w.d a0, f0, rne)
    /* range; in: d:-2147483649.0 */
    TEST_FP_CASE_X(48, 0x10, 0xffffffff80000000, 0xc1e0000000200000, 0x0, 0x0, fcvt.w.d a0, f0, rtz)
    /* range; in: d:2147483647.5 */
    TEST_FP_CASE_X(49, 0x10, 0x7fffffff, 0x41dfffffffe00000, 0x0, 0x0, fcvt.w.d a0, f0, rne)
    /* range; in: d:2147483647.5 */
    TEST_FP_CASE_X(50, 0x1, 0x7fffffff, 0x41dfffffffe00000, 0x0, 0x0, fcvt.w.d a0, f0, rtz)
    /* qnan; in: d:nan */
    TEST_FP_CASE_X(51, 0x10, 0x7fffffff, 0x7ff8000000000000, 0x0, 0x0, fcvt.w.d a0, f0, rtz)
    /* snan; in: d:nan */
    TEST_FP_CASE_X(52, 0x10, 0x7fffffff, 0x7ff4000000000000, 0x0, 0x0, fcvt.w.d a0, f0, rtz)
    /* nanp; in: d:nan */
    TEST_FP_CASE_X(53, 0x10, 0x7fffffff, 0xfff8000000000123, 0x0, 0x0, fcvt.w.d a0, f0, rtz)
    /* inf; in: d:inf */
    TEST_FP_CASE_X(54, 0x10, 0x7fffffff, 0x7ff0000000000000, 0x0, 0x0, fcvt.w.d a0, f0, rtz)
    /* ninf; in: d:-inf */
    TEST_FP_CASE_X(55, 0x10, 0xffffffff80000000, 0xfff0000000000000, 0x0, 0x0, fcvt.w.d a0, f0, rtz)
    /* nz; in: d:-0.0 */
    TEST_FP_CASE_X(56, 0x0, 0x0, 0x8000000000000000, 0x0, 0x0, fcvt.w.d a0, f0, rtz)
    /* den; in: d:5e-324 */
    TEST_FP_CASE_X(57, 0x1, 0x0, 0x1, 0x0, 0x0, fcvt.w.d a0, f0, rtz)
    /* max; in: d:1.7976931348623157e+308 */
    TEST_FP_CASE_X(58, 0x10, 0x7fffffff, 0x7fefffffffffffff, 0x0, 0x0, fcvt.w.d a0, f0, rtz)
    /* tiny rounds up to 1; in: d:5e-324 */
    TEST_FP_CASE_X(59, 0x1, 0x1, 0x1, 0x0, 0x0, fcvt.w.d a0, f0, rup)
    /* tiny negative rounds down; in: d:-5e-324 */
    TEST_FP_CASE_X(60, 0x1, 0xffffffffffffffff, 0x8000000000000001, 0x0, 0x0, fcvt.w.d a0, f0, rdn)
    /* dyn frm=rne; in: d:-2.5 */
    TEST_FP_CASE_X(61, 0x1, 0xfffffffffffffffe, 0xc004000000000000, 0x0, 0x0, fsrmi 0; fcvt.w.d a0, f0, dyn; fsrmi 0)
    /* default rm is dyn, frm=rne; in: d:3.5 */
    TEST_FP_CASE_X(62, 0x1, 0x4, 0x400c000000000000, 0x0, 0x0, fsrmi 0; fcvt.w.d a0, f0; fsrmi 0)
    /* dyn frm=rtz; in: d:-2.5 */
    TEST_FP_CASE_X(63, 0x1, 0xfffffffffffffffe, 0xc004000000000000, 0x0, 0x0, fsrmi 1; fcvt.w.d a0, f0, dyn; fsrmi 0)
    /* default rm is dyn, frm=rtz; in: d:3.5 */
    TEST_FP_CASE_X(64, 0x1, 0x3, 0x400c000000000000, 0x0, 0x0, fsrmi 1; fcvt.w.d a0, f0; fsrmi 0)
    /* dyn frm=rdn; in: d:-2.5 */
    TEST_FP_CASE_X(65, 0x1, 0xfffffffffffffffd, 0xc004000000000000, 0x0, 0x0, fsrmi 2; fcvt.w.d a0, f0, dyn; fsrmi 0)
    /* default rm is dyn, frm=rdn; in: d:3.5 */
    TEST_FP_CASE_X(66, 0x1, 0x3, 0x400c000000000000, 0x0, 0x0, fsrmi 2; fcvt.w.d a0, f0; fsrmi 0)
    /* dyn frm=rup; in: d:-2.5 */
    TEST_FP_CASE_X(67, 0x1, 0xfffffffffffffffe, 0xc004000000000000, 0x0, 0x0, fsrmi 3; fcvt.w.d a0, f0, dyn; fsrmi 0)
    /* default rm is dyn, frm=rup; in: d:3.5 */
    TEST_FP_CASE_X(68, 0x1, 0x4, 0x400c000000000000, 0x0, 0x0, fsrmi 3; fcvt.w.d a0, f0; fsrmi 0)
    /* dyn frm=rmm; in: d:-2.5 */
    TEST_FP_CASE_X(69, 0x1, 0xfffffffffffffffd, 0xc004000000000000, 0x0, 0x0, fsrmi 4; fcvt.w.d a0, f0, dyn; fsrmi 0)
    /* default rm is dyn, frm=rmm; in: d:3.5 */
    TEST_FP_CASE_X(70, 0x1, 0x4, 0x400c000000000000, 0x0, 0x0, fsrmi 4; fcvt.w.d a0, f0; fsrmi 0)
    /* in: d:1.5 */
    TEST_FP_CASE_X(71, 0x1, 0x2, 0x3ff8000000000000, 0x0, 0x0, fcvt.wu.d a0, f0, rne)
    /* in: d:1.5 */
    TEST_FP_CASE_X(72, 0x1, 0x1, 0x3ff8000000000000, 0x0, 0x0, fcvt.wu.d a0, f0, rtz)
    /* in: d:1.5 */
    TEST_FP_CASE_X(73, 0x1, 0x1, 0x3ff8000000000000, 0x0, 0x0, fcvt.wu.d a0, f0, rdn)
    /* in: d:1.5 */
    TEST_FP_CASE_X(74, 0x1, 0x2, 0x3ff8000000000000, 0x0, 0x0, fcvt.wu.d a0, f0, rup)
    /* in: d:1.5 */
    TEST_FP_CASE_X(75, 0x1, 0x2, 0x3ff8000000000000, 0x0, 0x0, fcvt.wu.d a0, f0, rmm)
    /* in: d:2.5 */
    TEST_FP_CASE_X(76, 0x1, 0x2, 0x4004000000000000, 0x0, 0x0, fcvt.wu.d a0, f0, rne)
    /* in: d:2.5 */
    TEST_FP_CASE_X(77, 0x1, 0x2, 0x4004000000000000, 0x0, 0x0, fcvt.wu.d a0, f0, rtz)
    /* in: d:2.5 */
    TEST_FP_CASE_X(78, 0x1, 0x2, 0x4004000000000000, 0x0, 0x0, fcvt.wu.d a0, f0, rdn)
    /* in: d:2.5 */
    TEST_FP_CASE_X(79, 0x1, 0x3, 0x4004000000000000, 0x0, 0x0, fcvt.wu.d a0, f0, rup)
    /* in: d:2.5 */
    TEST_FP_CASE_X(80, 0x1, 0x3, 0x4004000000000000, 0x0, 0x0, fcvt.wu.d a0, f0, rmm)
    /* in: d:0.5 */
    TEST_FP_CASE_X(81, 0x1, 0x0, 0x3fe0000000000000, 0x0, 0x0, fcvt.wu.d a0, f0, rne)
    /* in: d:0.5 */
    TEST_FP_CASE_X(82, 0x1, 0x0, 0x3fe0000000000000, 0x0, 0x0, fcvt.wu.d a0, f0, rtz)
    /* in: d:0.5 */
    TEST_FP_CASE_X(83, 0x1, 0x0, 0x3fe0000000000000, 0x0, 0x0, fcvt.wu.d a0, f0, rdn)
    /* in: d:0.5 */
    TEST_FP_CASE_X(84, 0x1, 0x1, 0x3fe0000000000000, 0x0, 0x0, fcvt.wu.d a0, f0, rup)
    /* in: d:0.5 */
    TEST_FP_CASE_X(85, 0x1, 0x1, 0x3fe0000000000000, 0x0, 0x0, fcvt.wu.d a0, f0, rmm)
    /* in: d:1.7 */
    TEST_FP_CASE_X(86, 0x1, 0x2, 0x3ffb333333333333, 0x0, 0x0, fcvt.wu.d a0, f0, rne)
    /* in: d:1.7 */
    TEST_FP_CASE_X(87, 0x1, 0x1, 0x3ffb333333333333, 0x0, 0x0, fcvt.wu.d a0, f0, rtz)
    /* in: d:1.7 */
    TEST_FP_CASE_X(88, 0x1, 0x1, 0x3ffb333333333333, 0x0, 0x0, fcvt.wu.d a0, f0, rdn)
    /* in: d:1.7 */
    TEST_FP_CASE_X(89, 0x1, 0x2, 0x3ffb333333333333, 0x0, 0x0, fcvt.wu.d a0, f0, rup)
    /* in: d:1.7 */
    TEST_FP_CASE_X(90, 0x1, 0x2, 0x3ffb333333333333, 0x0, 0x0, fcvt.wu.d a0, f0, rmm)
    /* in: d:-0.3 */
    TEST_FP_CASE_X(91, 0x1, 0x0, 0xbfd3333333333333, 0x0, 0x0, fcvt.wu.d a0, f0, rne)
    /* in: d:-0.3 */
    TEST_FP_CASE_X(92, 0x1, 0x0, 0xbfd3333333333333, 0x0, 0x0, fcvt.wu.d a0, f0, rtz)
    /* in: d:-0.3 */
    TEST_FP_CASE_X(93, 0x10, 0x0, 0xbfd3333333333333, 0x0, 0x0, fcvt.wu.d a0, f0, rdn)
    /* in: d:-0.3 */
    TEST_FP_CASE_X(94, 0x1, 0x0, 0xbfd3333333333333, 0x0, 0x0, fcvt.wu.d a0, f0, rup)
    /* in: d:-0.3 */
    TEST_FP_CASE_X(95, 0x1, 0x0, 0xbfd3333333333333, 0x0, 0x0, fcvt.wu.d a0, f0, rmm)
    /* in: d:-0.5 */
    TEST_FP_CASE_X(96, 0x1, 0x0, 0xbfe0000000000000, 0x0, 0x0, fcvt.wu.d a0, f0, rne)
    /* in: d:-0.5 */
    TEST_FP_CASE_X(97, 0x1, 0x0, 0xbfe0000000000000, 0x0, 0x0, fcvt.wu.d a0, f0, rtz)
    /* in: d:-0.5 */
    TEST_FP_CASE_X(98, 0x10, 0x0, 0xbfe0000000000000, 0x0, 0x0, fcvt.wu.d a0, f0, rdn)
    /* in: d:-0.5 */
    TEST_FP_CASE_X(99, 0x1, 0x0, 0xbfe0000000000000, 0x0, 0x0, fcvt.wu.d a0, f0, rup)
    /* in: d:-0.5 */
    TEST_FP_CASE_X(100, 0x10, 0x0, 0xbfe0000000000000, 0x0, 0x0, fcvt.wu.d a0, f0, rmm)
    /* range; in: d:4294967295.0 */
    TEST_FP_CASE_X(101, 0x0, 0xffffffffffffffff, 0x41efffffffe00000, 0x0, 0x0, fcvt.wu.d a0, f0, rne)
    /* range; in: d:4294967295.0 */
    TEST_FP_CASE_X(102, 0x0, 0xffffffffffffffff, 0x41efffffffe00000, 0x0, 0x0, fcvt.wu.d a0, f0, rtz)
    /* range; in: d:4294967296.0 */
    TEST_FP_CASE_X(103, 0x10, 0xffffffffffffffff, 0x41f0000000000000, 0x0, 0x0, fcvt.wu.d a0, f0, rne)
    /* range; in: d:4294967296.0 */
    TEST_FP_CASE_X(104, 0x10, 0xffffffffffffffff, 0x41f0000000000000, 0x0, 0x0, fcvt.wu.d a0, f0, rtz)
    /* range; in: d:-1.0 */
    TEST_FP_CASE_X(105, 0x10, 0x0, 0xbff0000000000000, 0x0, 0x0, fcvt.wu.d a0, f0, rne)
    /* range; in: d:-1.0 */
    TEST_FP_CASE_X(106, 0x10, 0x0, 0xbff0000000000000, 0x0, 0x0, fcvt.wu.d a0, f0, rtz)
    /* range; in: d:4294967295.5 */
    TEST_FP_CASE_X(107, 0x10, 0xffffffffffffffff, 0x41effffffff00000, 0x0, 0x0, fcvt.wu.d a0, f0, rne)
    /* range; in: d:4294967295.5 */
    TEST_FP_CASE_X(108, 0x1, 0xffffffffffffffff, 0x41effffffff00000, 0x0, 0x0, fcvt.wu.d a0, f0, rtz)
    /* qnan; in: d:nan */
    TEST_FP_CASE_X(109, 0x10, 0xffffffffffffffff, 0x7ff8000000000000, 0x0, 0x0, fcvt.wu.d a0, f0, rtz)
    /* snan; in: d:nan */
    TEST_FP_CASE_X(110, 0x10, 0xffffffffffffffff, 0x7ff4000000000000, 0x0, 0x0, fcvt.wu.d a0, f0, rtz)
    /* nanp; in: d:nan */
    TEST_FP_CASE_X(111, 0x10, 0xffffffffffffffff, 0xfff8000000000123, 0x0, 0x0, fcvt.wu.d a0, f0, rtz)
    /* inf; in: d:inf */
    TEST_FP_CASE_X(112, 0x10, 0xffffffffffffffff, 0x7ff0000000000000, 0x0, 0x0, fcvt.wu.d a0, f0, rtz)
    /* ninf; in: d:-inf */
    TEST_FP_CASE_X(113, 0x10, 0x0, 0xfff0000000000000, 0x0, 0x0, fcvt.wu.d a0, f0, rtz)
    /* nz; in: d:-0.0 */
    TEST_FP_CASE_X(114, 0x0, 0x0, 0x8000000000000000, 0x0, 0x0, fcvt.wu.d a0, f0, rtz)
    /* den; in: d:5e-324 */
    TEST_FP_CASE_X(115, 0x1, 0x0, 0x1, 0x0, 0x0, fcvt.wu.d a0, f0, rtz)
    /* max; in: d:1.7976931348623157e+308 */
    TEST_FP_CASE_X(116, 0x10, 0xffffffffffffffff, 0x7fefffffffffffff, 0x0, 0x0, fcvt.wu.d a0, f0, rtz)
    /* tiny rounds up to 1; in: d:5e-324 */
    TEST_FP_CASE_X(117, 0x1, 0x1, 0x1, 0x0, 0x0, fcvt.wu.d a0, f0, rup)
    /* tiny negative rounds down; in: d:-5e-324 */
    TEST_FP_CASE_X(118, 0x10, 0x0, 0x8000000000000001, 0x0, 0x0, fcvt.wu.d a0, f0, rdn)
    /* dyn frm=rne; in: d:-2.5 */
    TEST_FP_CASE_X(119, 0x10, 0x0, 0xc004000000000000, 0x0, 0x0, fsrmi 0; fcvt.wu.d a0, f0, dyn; fsrmi 0)
    /* default rm is dyn, frm=rne; in: d:3.5 */
    TEST_FP_CASE_X(120, 0x1, 0x4, 0x400c000000000000, 0x0, 0x0, fsrmi 0; fcvt.wu.d a0, f0; fsrmi 0)
    /* dyn frm=rtz; in: d:-2.5 */
    TEST_FP_CASE_X(121, 0x10, 0x0, 0xc004000000000000, 0x0, 0x0, fsrmi 1; fcvt.wu.d a0, f0, dyn; fsrmi 0)
    /* default rm is dyn, frm=rtz; in: d:3.5 */
    TEST_FP_CASE_X(122, 0x1, 0x3, 0x400c000000000000, 0x0, 0x0, fsrmi 1; fcvt.wu.d a0, f0; fsrmi 0)
    /* dyn frm=rdn; in: d:-2.5 */
    TEST_FP_CASE_X(123, 0x10, 0x0, 0xc004000000000000, 0x0, 0x0, fsrmi 2; fcvt.wu.d a0, f0, dyn; fsrmi 0)
    /* default rm is dyn, frm=rdn; in: d:3.5 */
    TEST_FP_CASE_X(124, 0x1, 0x3, 0x400c000000000000, 0x0, 0x0, fsrmi 2; fcvt.wu.d a0, f0; fsrmi 0)
    /* dyn frm=rup; in: d:-2.5 */
    TEST_FP_CASE_X(125, 0x10, 0x0, 0xc004000000000000, 0x0, 0x0, fsrmi 3; fcvt.wu.d a0, f0, dyn; fsrmi 0)
    /* default rm is dyn, frm=rup; in: d:3.5 */
    TEST_FP_CASE_X(126, 0x1, 0x4, 0x400c000000000000, 0x0, 0x0, fsrmi 3; fcvt.wu.d a0, f0; fsrmi 0)
    /* dyn frm=rmm; in: d:-2.5 */
    TEST_FP_CASE_X(127, 0x10, 0x0, 0xc004000000000000, 0x0, 0x0, fsrmi 4; fcvt.wu.d a0, f0, dyn; fsrmi 0)
    /* default rm is dyn, frm=rmm; in: d:3.5 */
    TEST_FP_CASE_X(128, 0x1, 0x4, 0x400c000000000000, 0x0, 0x0, fsrmi 4; fcvt.wu.d a0, f0; fsrmi 0)
    /* in: d:1.5 */
    TEST_FP_CASE_X(129, 0x1, 0x2, 0x3ff8000000000000, 0x0, 0x0, fcvt.l.d a0, f0, rne)
    /* in: d:1.5 */
    TEST_FP_CASE_X(130, 0x1, 0x1, 0x3ff8000000000000, 0x0, 0x0, fcvt.l.d a0, f0, rtz)
    /* in: d:1.5 */
    TEST_FP_CASE_X(131, 0x1, 0x1, 0x3ff8000000000000, 0x0, 0x0, fcvt.l.d a0, f0, rdn)
    /* in: d:1.5 */
    TEST_FP_CASE_X(132, 0x1, 0x2, 0x3ff8000000000000, 0x0, 0x0, fcvt.l.d a0, f0, rup)
    /* in: d:1.5 */
    TEST_FP_CASE_X(133, 0x1, 0x2, 0x3ff8000000000000, 0x0, 0x0, fcvt.l.d a0, f0, rmm)
    /* in: d:2.5 */
    TEST_FP_CASE_X(134, 0x1, 0x2, 0x4004000000000000, 0x0, 0x0, fcvt.l.d a0, f0, rne)
    /* in: d:2.5 */
    TEST_FP_CASE_X(135, 0x1, 0x2, 0x4004000000000000, 0x0, 0x0, fcvt.l.d a0, f0, rtz)
    /* in: d:2.5 */
    TEST_FP_CASE_X(136, 0x1, 0x2, 0x4004000000000000, 0x0, 0x0, fcvt.l.d a0, f0, rdn)
    /* in: d:2.5 */
    TEST_FP_CASE_X(137, 0x1, 0x3, 0x4004000000000000, 0x0, 0x0, fcvt.l.d a0, f0, rup)
    /* in: d:2.5 */
    TEST_FP_CASE_X(138, 0x1, 0x3, 0x4004000000000000, 0x0, 0x0, fcvt.l.d a0, f0, rmm)
    /* in: d:-1.5 */
    TEST_FP_CASE_X(139, 0x1, 0xfffffffffffffffe, 0xbff8000000000000, 0x0, 0x0, fcvt.l.d a0, f0, rne)
    /* in: d:-1.5 */
    TEST_FP_CASE_X(140, 0x1, 0xffffffffffffffff, 0xbff8000000000000, 0x0, 0x0, fcvt.l.d a0, f0, rtz)
    /* in: d:-1.5 */
    TEST_FP_CASE_X(141, 0x1, 0xfffffffffffffffe, 0xbff8000000000000, 0x0, 0x0, fcvt.l.d a0, f0, rdn)
    /* in: d:-1.5 */
    TEST_FP_CASE_X(142, 0x1, 0xffffffffffffffff, 0xbff8000000000000, 0x0, 0x0, fcvt.l.d a0, f0, rup)
    /* in: d:-1.5 */
    TEST_FP_CASE_X(143, 0x1, 0xfffffffffffffffe, 0xbff8000000000000, 0x0, 0x0, fcvt.l.d a0, f0, rmm)
    /* in: d:-2.5 */
    TEST_FP_CASE_X(144, 0x1, 0xfffffffffffffffe, 0xc004000000000000, 0x0, 0x0, fcvt.l.d a0, f0, rne)
    /* in: d:-2.5 */
    TEST_FP_CASE_X(145, 0x1, 0xfffffffffffffffe, 0xc004000000000000, 0x0, 0x0, fcvt.l.d a0, f0, rtz)
    /* in: d:-2.5 */
    TEST_FP_CASE_X(146, 0x1, 0xfffffffffffffffd, 0xc004000000000000, 0x0, 0x0, fcvt.l.d a0, f0, rdn)
    /* in: d:-2.5 */
    TEST_FP_CASE_X(147, 0x1, 0xfffffffffffffffe, 0xc004000000000000, 0x0, 0x0, fcvt.l.d a0, f0, rup)
    /* in: d:-2.5 */
    TEST_FP_CASE_X(148, 0x1, 0xfffffffffffffffd, 0xc004000000000000, 0x0, 0x0, fcvt.l.d a0, f0, rmm)
    /* in: d:0.5 */
    TEST_FP_CASE_X(149, 0x1, 0x0, 0x3fe0000000000000, 0x0, 0x0, fcvt.l.d a0, f0, rne)
    /* in: d:0.5 */
    TEST_FP_CASE_X(150, 0x1, 0x0, 0x3fe0000000000000, 0x0, 0x0, fcvt.l.d a0, f0, rtz)
    /* in: d:0.5 */
    TEST_FP_CASE_X(151, 0x1, 0x0, 0x3fe0000000000000, 0x0, 0x0, fcvt.l.d a0, f0, rdn)
    /* in: d:0.5 */
    TEST_FP_CASE_X(152, 0x1, 0x1, 0x3fe0000000000000, 0x0, 0x0, fcvt.l.d a0, f0, rup)
    /* in: d:0.5 */
    TEST_FP_CASE_X(153, 0x1, 0x1, 0x3fe0000000000000, 0x0, 0x0, fcvt.l.d a0, f0, rmm)
    /* in: d:-0.5 */
    TEST_FP_CASE_X(154, 0x1, 0x0, 0xbfe0000000000000, 0x0, 0x0, fcvt.l.d a0, f0, rne)
    /* in: d:-0.5 */
    TEST_FP_CASE_X(155, 0x1, 0x0, 0xbfe0000000000000, 0x0, 0x0, fcvt.l.d a0, f0, rtz)
    /* in: d:-0.5 */
    TEST_FP_CASE_X(156, 0x1, 0xffffffffffffffff, 0xbfe0000000000000, 0x0, 0x0, fcvt.l.d a0, f0, rdn)
    /* in: d:-0.5 */
    TEST_FP_CASE_X(157, 0x1, 0x0, 0xbfe0000000000000, 0x0, 0x0, fcvt.l.d a0, f0, rup)
    /* in: d:-0.5 */
    TEST_FP_CASE_X(158, 0x1, 0xffffffffffffffff, 0xbfe0000000000000, 0x0, 0x0, fcvt.l.d a0, f0, rmm)
    /* in: d:1.7 */
    TEST_FP_CASE_X(159, 0x1, 0x2, 0x3ffb333333333333, 0x0, 0x0, fcvt.l.d a0, f0, rne)
    /* in: d:1.7 */
    TEST_FP_CASE_X(160, 0x1, 0x1, 0x3ffb333333333333, 0x0, 0x0, fcvt.l.d a0, f0, rtz)
    /* in: d:1.7 */
    TEST_FP_CASE_X(161, 0x1, 0x1, 0x3ffb333333333333, 0x0, 0x0, fcvt.l.d a0, f0, rdn)
    /* in: d:1.7 */
    TEST_FP_CASE_X(162, 0x1, 0x2, 0x3ffb333333333333, 0x0, 0x0, fcvt.l.d a0, f0, rup)
    /* in: d:1.7 */
    TEST_FP_CASE_X(163, 0x1, 0x2, 0x3ffb333333333333, 0x0, 0x0, fcvt.l.d a0, f0, rmm)
    /* in: d:-1.3 */
    TEST_FP_CASE_X(164, 0x1, 0xffffffffffffffff, 0xbff4cccccccccccd, 0x0, 0x0, fcvt.l.d a0, f0, rne)
    /* in: d:-1.3 */
    TEST_FP_CASE_X(165, 0x1, 0xffffffffffffffff, 0xbff4cccccccccccd, 0x0, 0x0, fcvt.l.d a0, f0, rtz)
    /* in: d:-1.3 */
    TEST_FP_CASE_X(166, 0x1, 0xfffffffffffffffe, 0xbff4cccccccccccd, 0x0, 0x0, fcvt.l.d a0, f0, rdn)
    /* in: d:-1.3 */
    TEST_FP_CASE_X(167, 0x1, 0xffffffffffffffff, 0xbff4cccccccccccd, 0x0, 0x0, fcvt.l.d a0, f0, rup)
    /* in: d:-1.3 */
    TEST_FP_CASE_X(168, 0x1, 0xffffffffffffffff, 0xbff4cccccccccccd, 0x0, 0x0, fcvt.l.d a0, f0, rmm)
    /* range; in: d:9.223372036854776e+18 */
    TEST_FP_CASE_X(169, 0x10, 0x7fffffffffffffff, 0x43e0000000000000, 0x0, 0x0, fcvt.l.d a0, f0, rne)
    /* range; in: d:9.223372036854776e+18 */
    TEST_FP_CASE_X(170, 0x10, 0x7fffffffffffffff, 0x43e0000000000000, 0x0, 0x0, fcvt.l.d a0, f0, rtz)
    /* range; in: d:-9.223372036854776e+18 */
    TEST_FP_CASE_X(171, 0x0, 0x8000000000000000, 0xc3e0000000000000, 0x0, 0x0, fcvt.l.d a0, f0, rne)
    /* range; in: d:-9.223372036854776e+18 */
    TEST_FP_CASE_X(172, 0x0, 0x8000000000000000, 0xc3e0000000000000, 0x0, 0x0, fcvt.l.d a0, f0, rtz)
    /* range; in: d:6.917529027641082e+18 */
    TEST_FP_CASE_X(173, 0x0, 0x6000000000000000, 0x43d8000000000000, 0x0, 0x0, fcvt.l.d a0, f0, rne)
    /* range; in: d:6.917529027641082e+18 */
    TEST_FP_CASE_X(174, 0x0, 0x6000000000000000, 0x43d8000000000000, 0x0, 0x0, fcvt.l.d a0, f0, rtz)
    /* range; in: d:-1.8446744073709552e+19 */
    TEST_FP_CASE_X(175, 0x10, 0x8000000000000000, 0xc3f0000000000000, 0x0, 0x0, fcvt.l.d a0, f0, rne)
    /* range; in: d:-1.8446744073709552e+19 */
    TEST_FP_CASE_X(176, 0x10, 0x8000000000000000, 0xc3f0000000000000, 0x0, 0x0, fcvt.l.d a0, f0, rtz)
    /* range; in: d:1e+30 */
    TEST_FP_CASE_X(177, 0x10, 0x7fffffffffffffff, 0x46293e5939a08cea, 0x0, 0x0, fcvt.l.d a0, f0, rne)
    /* range; in: d:1e+30 */
    TEST_FP_CASE_X(178, 0x10, 0x7fffffffffffffff, 0x46293e5939a08cea, 0x0, 0x0, fcvt.l.d a0, f0, rtz)
    /* qnan; in: d:nan */
    TEST_FP_CASE_X(179, 0x10, 0x7fffffffffffffff, 0x7ff8000000000000, 0x0, 0x0, fcvt.l.d a0, f0, rtz)
    /* snan; in: d:nan */
    TEST_FP_CASE_X(180, 0x10, 0x7fffffffffffffff, 0x7ff4000000000000, 0x0, 0x0, fcvt.l.d a0, f0, rtz)
    /* nanp; in: d:nan */
    TEST_FP_CASE_X(181, 0x10, 0x7fffffffffffffff, 0xfff8000000000123, 0x0, 0x0, fcvt.l.d a0, f0, rtz)
    /* inf; in: d:inf */
    TEST_FP_CASE_X(182, 0x10, 0x7fffffffffffffff, 0x7ff0000000000000, 0x0, 0x0, fcvt.l.d a0, f0, rtz)
    /* ninf; in: d:-inf */
    TEST_FP_CASE_X(183, 0x10, 0x8000000000000000, 0xfff0000000000000, 0x0, 0x0, fcvt.l.d a0, f0, rtz)
    /* nz; in: d:-0.0 */
    TEST_FP_CASE_X(184, 0x0, 0x0, 0x8000000000000000, 0x0, 0x0, fcvt.l.d a0, f0, rtz)
    /* den; in: d:5e-324 */
    TEST_FP_CASE_X(185, 0x1, 0x0, 0x1, 0x0, 0x0, fcvt.l.d a0, f0, rtz)
    /* max; in: d:1.7976931348623157e+308 */
    TEST_FP_CASE_X(186, 0x10, 0x7fffffffffffffff, 0x7fefffffffffffff, 0x0, 0x0, fcvt.l.d a0, f0, rtz)
    /* tiny rounds up to 1; in: d:5e-324 */
    TEST_FP_CASE_X(187, 0x1, 0x1, 0x1, 0x0, 0x0, fcvt.l.d a0, f0, rup)
    /* tiny negative rounds down; in: d:-5e-324 */
    TEST_FP_CASE_X(188, 0x1, 0xffffffffffffffff, 0x8000000000000001, 0x0, 0x0, fcvt.l.d a0, f0, rdn)
    /* dyn frm=rne; in: d:-2.5 */
    TEST_FP_CASE_X(189, 0x1, 0xfffffffffffffffe, 0xc004000000000000, 0x0, 0x0, fsrmi 0; fcvt.l.d a0, f0, dyn; fsrmi 0)
    /* default rm is dyn, frm=rne; in: d:3.5 */
    TEST_FP_CASE_X(190, 0x1, 0x4, 0x400c000000000000, 0x0, 0x0, fsrmi 0; fcvt.l.d a0, f0; fsrmi 0)
    /* dyn frm=rtz; in: d:-2.5 */
    TEST_FP_CASE_X(191, 0x1, 0xfffffffffffffffe, 0xc004000000000000, 0x0, 0x0, fsrmi 1; fcvt.l.d a0, f0, dyn; fsrmi 0)
    /* default rm is dyn, frm=rtz; in: d:3.5 */
    TEST_FP_CASE_X(192, 0x1, 0x3, 0x400c000000000000, 0x0, 0x0, fsrmi 1; fcvt.l.d a0, f0; fsrmi 0)
    /* dyn frm=rdn; in: d:-2.5 */
    TEST_FP_CASE_X(193, 0x1, 0xfffffffffffffffd, 0xc004000000000000, 0x0, 0x0, fsrmi 2; fcvt.l.d a0, f0, dyn; fsrmi 0)
    /* default rm is dyn, frm=rdn; in: d:3.5 */
    TEST_FP_CASE_X(194, 0x1, 0x3, 0x400c000000000000, 0x0, 0x0, fsrmi 2; fcvt.l.d a0, f0; fsrmi 0)
    /* dyn frm=rup; in: d:-2.5 */
    TEST_FP_CASE_X(195, 0x1, 0xfffffffffffffffe, 0xc004000000000000, 0x0, 0x0, fsrmi 3; fcvt.l.d a0, f0, dyn; fsrmi 0)
    /* default rm is dyn, frm=rup; in: d:3.5 */
    TEST_FP_CASE_X(196, 0x1, 0x4, 0x400c000000000000, 0x0, 0x0, fsrmi 3; fcvt.l.d a0, f0; fsrmi 0)
    /* dyn frm=rmm; in: d:-2.5 */
    TEST_FP_CASE_X(197, 0x1, 0xfffffffffffffffd, 0xc004000000000000, 0x0, 0x0, fsrmi 4; fcvt.l.d a0, f0, dyn; fsrmi 0)
    /* default rm is dyn, frm=rmm; in: d:3.5 */
    TEST_FP_CASE_X(198, 0x1, 0x4, 0x400c000000000000, 0x0, 0x0, fsrmi 4; fcvt.l.d a0, f0; fsrmi 0)
    /* in: d:1.5 */
    TEST_FP_CASE_X(199, 0x1, 0x2, 0x3ff8000000000000, 0x0, 0x0, fcvt.lu.d a0, f0, rne)
    /* in: d:1.5 */
    TEST_FP_CASE_X(200, 0x1, 0x1, 0x3ff8000000000000, 0x0, 0x0, fcvt.lu.d a0, f0, rtz)
    /* in: d:1.5 */
    TEST_FP_CASE_X(201, 0x1, 0x1, 0x3ff8000000000000, 0x0, 0x0, fcvt.lu.d a0, f0, rdn)
    /* in: d:1.5 */
    TEST_FP_CASE_X(202, 0x1, 0x2, 0x3ff8000000000000, 0x0, 0x0, fcvt.lu.d a0, f0, rup)
    /* in: d:1.5 */
    TEST_FP_CASE_X(203, 0x1, 0x2, 0x3ff8000000000000, 0x0, 0x0, fcvt.lu.d a0, f0, rmm)
    /* in: d:2.5 */
    TEST_FP_CASE_X(204, 0x1, 0x2, 0x4004000000000000, 0x0, 0x0, fcvt.lu.d a0, f0, rne)
    /* in: d:2.5 */
    TEST_FP_CASE_X(205, 0x1, 0x2, 0x4004000000000000, 0x0, 0x0, fcvt.lu.d a0, f0, rtz)
    /* in: d:2.5 */
    TEST_FP_CASE_X(206, 0x1, 0x2, 0x4004000000000000, 0x0, 0x0, fcvt.lu.d a0, f0, rdn)
    /* in: d:2.5 */
    TEST_FP_CASE_X(207, 0x1, 0x3, 0x4004000000000000, 0x0, 0x0, fcvt.lu.d a0, f0, rup)
    /* in: d:2.5 */
    TEST_FP_CASE_X(208, 0x1, 0x3, 0x4004000000000000, 0x0, 0x0, fcvt.lu.d a0, f0, rmm)
    /* in: d:0.5 */
    TEST_FP_CASE_X(209, 0x1, 0x0, 0x3fe0000000000000, 0x0, 0x0, fcvt.lu.d a0, f0, rne)
    /* in: d:0.5 */
    TEST_FP_CASE_X(210, 0x1, 0x0, 0x3fe0000000000000, 0x0, 0x0, fcvt.lu.d a0, f0, rtz)
    /* in: d:0.5 */
    TEST_FP_CASE_X(211, 0x1, 0x0, 0x3fe0000000000000, 0x0, 0x0, fcvt.lu.d a0, f0, rdn)
    /* in: d:0.5 */
    TEST_FP_CASE_X(212, 0x1, 0x1, 0x3fe0000000000000, 0x0, 0x0, fcvt.lu.d a0, f0, rup)
    /* in: d:0.5 */
    TEST_FP_CASE_X(213, 0x1, 0x1, 0x3fe0000000000000, 0x0, 0x0, fcvt.lu.d a0, f0, rmm)
    /* in: d:1.7 */
    TEST_FP_CASE_X(214, 0x1, 0x2, 0x3ffb333333333333, 0x0, 0x0, fcvt.lu.d a0, f0, rne)
    /* in: d:1.7 */
    TEST_FP_CASE_X(215, 0x1, 0x1, 0x3ffb333333333333, 0x0, 0x0, fcvt.lu.d a0, f0, rtz)
    /* in: d:1.7 */
    TEST_FP_CASE_X(216, 0x1, 0x1, 0x3ffb333333333333, 0x0, 0x0, fcvt.lu.d a0, f0, rdn)
    /* in: d:1.7 */
    TEST_FP_CASE_X(217, 0x1, 0x2, 0x3ffb333333333333, 0x0, 0x0, fcvt.lu.d a0, f0, rup)
    /* in: d:1.7 */
    TEST_FP_CASE_X(218, 0x1, 0x2, 0x3ffb333333333333, 0x0, 0x0, fcvt.lu.d a0, f0, rmm)
    /* in: d:-0.3 */
    TEST_FP_CASE_X(219, 0x1, 0x0, 0xbfd3333333333333, 0x0, 0x0, fcvt.lu.d a0, f0, rne)
    /* in: d:-0.3 */
    TEST_FP_CASE_X(220, 0x1, 0x0, 0xbfd3333333333333, 0x0, 0x0, fcvt.lu.d a0, f0, rtz)
    /* in: d:-0.3 */
    TEST_FP_CASE_X(221, 0x10, 0x0, 0xbfd3333333333333, 0x0, 0x0, fcvt.lu.d a0, f0, rdn)
    /* in: d:-0.3 */
    TEST_FP_CASE_X(222, 0x1, 0x0, 0xbfd3333333333333, 0x0, 0x0, fcvt.lu.d a0, f0, rup)
    /* in: d:-0.3 */
    TEST_FP_CASE_X(223, 0x1, 0x0, 0xbfd3333333333333, 0x0, 0x0, fcvt.lu.d a0, f0, rmm)
    /* in: d:-0.5 */
    TEST_FP_CASE_X(224, 0x1, 0x0, 0xbfe0000000000000, 0x0, 0x0, fcvt.lu.d a0, f0, rne)
    /* in: d:-0.5 */
    TEST_FP_CASE_X(225, 0x1, 0x0, 0xbfe0000000000000, 0x0, 0x0, fcvt.lu.d a0, f0, rtz)
    /* in: d:-0.5 */
    TEST_FP_CASE_X(226, 0x10, 0x0, 0xbfe0000000000000, 0x0, 0x0, fcvt.lu.d a0, f0, rdn)
    /* in: d:-0.5 */
    TEST_FP_CASE_X(227, 0x1, 0x0, 0xbfe0000000000000, 0x0, 0x0, fcvt.lu.d a0, f0, rup)
    /* in: d:-0.5 */
    TEST_FP_CASE_X(228, 0x10, 0x0, 0xbfe0000000000000, 0x0, 0x0, fcvt.lu.d a0, f0, rmm)
    /* range; in: d:1.8446744073709552e+19 */
    TEST_FP_CASE_X(229, 0x10, 0xffffffffffffffff, 0x43f0000000000000, 0x0, 0x0, fcvt.lu.d a0, f0, rne)
    /* range; in: d:1.8446744073709552e+19 */
    TEST_FP_CASE_X(230, 0x10, 0xffffffffffffffff, 0x43f0000000000000, 0x0, 0x0, fcvt.lu.d a0, f0, rtz)
    /* range; in: d:1.844674407370955e+19 */
    TEST_FP_CASE_X(231, 0x0, 0xfffffffffffff800, 0x43efffffffffffff, 0x0, 0x0, fcvt.lu.d a0, f0, rne)
    /* range; in: d:1.844674407370955e+19 */
    TEST_FP_CASE_X(232, 0x0, 0xfffffffffffff800, 0x43efffffffffffff, 0x0, 0x0, fcvt.lu.d a0, f0, rtz)
    /* range; in: d:-1.0 */
    TEST_FP_CASE_X(233, 0x10, 0x0, 0xbff0000000000000, 0x0, 0x0, fcvt.lu.d a0, f0, rne)
    /* range; in: d:-1.0 */
    TEST_FP_CASE_X(234, 0x10, 0x0, 0xbff0000000000000, 0x0, 0x0, fcvt.lu.d a0, f0, rtz)
    /* range; in: d:9.223372036854776e+18 */
    TEST_FP_CASE_X(235, 0x0, 0x8000000000000000, 0x43e0000000000000, 0x0, 0x0, fcvt.lu.d a0, f0, rne)
    /* range; in: d:9.223372036854776e+18 */
    TEST_FP_CASE_X(236, 0x0, 0x8000000000000000, 0x43e0000000000000, 0x0, 0x0, fcvt.lu.d a0, f0, rtz)
    /* range; in: d:1e+30 */
    TEST_FP_CASE_X(237, 0x10, 0xffffffffffffffff, 0x46293e5939a08cea, 0x0, 0x0, fcvt.lu.d a0, f0, rne)
    /* range; in: d:1e+30 */
    TEST_FP_CASE_X(238, 0x10, 0xffffffffffffffff, 0x46293e5939a08cea, 0x0, 0x0, fcvt.lu.d a0, f0, rtz)
    /* qnan; in: d:nan */
    TEST_FP_CASE_X(239, 0x10, 0xffffffffffffffff, 0x7ff8000000000000, 0x0, 0x0, fcvt.lu.d a0, f0, rtz)
    /* snan; in: d:nan */
    TEST_FP_CASE_X(240, 0x10, 0xffffffffffffffff, 0x7ff4000000000000, 0x0, 0x0, fcvt.lu.d a0, f0, rtz)
    /* nanp; in: d:nan */
    TEST_FP_CASE_X(241, 0x10, 0xffffffffffffffff, 0xfff8000000000123, 0x0, 0x0, fcvt.lu.d a0, f0, rtz)
    /* inf; in: d:inf */
    TEST_FP_CASE_X(242, 0x10, 0xffffffffffffffff, 0x7ff0000000000000, 0x0, 0x0, fcvt.lu.d a0, f0, rtz)
    /* ninf; in: d:-inf */
    TEST_FP_CASE_X(243, 0x10, 0x0, 0xfff0000000000000, 0x0, 0x0, fcvt.lu.d a0, f0, rtz)
    /* nz; in: d:-0.0 */
    TEST_FP_CASE_X(244, 0x0, 0x0, 0x8000000000000000, 0x0, 0x0, fcvt.lu.d a0, f0, rtz)
    /* den; in: d:5e-324 */
    TEST_FP_CASE_X(245, 0x1, 0x0, 0x1, 0x0, 0x0, fcvt.lu.d a0, f0, rtz)
    /* max; in: d:1.7976931348623157e+308 */
    TEST_FP_CASE_X(246, 0x10, 0xffffffffffffffff, 0x7fefffffffffffff, 0x0, 0x0, fcvt.lu.d a0, f0, rtz)
    /* tiny rounds up to 1; in: d:5e-324 */
    TEST_FP_CASE_X(247, 0x1, 0x1, 0x1, 0x0, 0x0, fcvt.lu.d a0, f0, rup)
    /* tiny negative rounds down; in: d:-5e-324 */
    TEST_FP_CASE_X(248, 0x10, 0x0, 0x8000000000000001, 0x0, 0x0, fcvt.lu.d a0, f0, rdn)
    /* dyn frm=rne; in: d:-2.5 */
    TEST_FP_CASE_X(249, 0x10, 0x0, 0xc004000000000000, 0x0, 0x0, fsrmi 0; fcvt.lu.d a0, f0, dyn; fsrmi 0)
    /* default rm is dyn, frm=rne; in: d:3.5 */
    TEST_FP_CASE_X(250, 0x1, 0x4, 0x400c000000000000, 0x0, 0x0, fsrmi 0; fcvt.lu.d a0, f0; fsrmi 0)
    /* dyn frm=rtz; in: d:-2.5 */
    TEST_FP_CASE_X(251, 0x10, 0x0, 0xc004000000000000, 0x0, 0x0, fsrmi 1; fcvt.lu.d a0, f0, dyn; fsrmi 0)
    /* default rm is dyn, frm=rtz; in: d:3.5 */
    TEST_FP_CASE_X(252, 0x1, 0x3, 0x400c000000000000, 0x0, 0x0, fsrmi 1; fcvt.lu.d a0, f0; fsrmi 0)
    /* dyn frm=rdn; in: d:-2.5 */
    TEST_FP_CASE_X(253, 0x10, 0x0, 0xc004000000000000, 0x0, 0x0, fsrmi 2; fcvt.lu.d a0, f0, dyn; fsrmi 0)
    /* default rm is dyn, frm=rdn; in: d:3.5 */
    TEST_FP_CASE_X(254, 0x1, 0x3, 0x400c000000000000, 0x0, 0x0, fsrmi 2; fcvt.lu.d a0, f0; fsrmi 0)
    /* dyn frm=rup; in: d:-2.5 */
    TEST_FP_CASE_X(255, 0x10, 0x0, 0xc004000000000000, 0x0, 0x0, fsrmi 3; fcvt.lu.d a0, f0, dyn; fsrmi 0)
    /* default rm is dyn, frm=rup; in: d:3.5 */
    TEST_FP_CASE_X(256, 0x1, 0x4, 0x400c000000000000, 0x0, 0x0, fsrmi 3; fcvt.lu.d a0, f0; fsrmi 0)
    /* dyn frm=rmm; in: d:-2.5 */
    TEST_FP_CASE_X(257, 0x10, 0x0, 0xc004000000000000, 0x0, 0x0, fsrmi 4; fcvt.lu.d a0, f0, dyn; fsrmi 0)
    /* default rm is dyn, frm=rmm; in: d:3.5 */
    TEST_FP_CASE_X(258, 0x1, 0x4, 0x400c000000000000, 0x0, 0x0, fsrmi 4; fcvt.lu.d a0, f0; fsrmi 0)
    /* exact */
    TEST_FP_CASE_I(259, 0x0, 0x0, 0x0, fcvt.d.w f3, a0)
    /* exact */
    TEST_FP_CASE_I(260, 0x0, 0x3ff0000000000000, 0x1, fcvt.d.w f3, a0)
    /* exact */
    TEST_FP_CASE_I(261, 0x0, 0xbff0000000000000, 0xffffffffffffffff, fcvt.d.w f3, a0)
    /* exact */
    TEST_FP_CASE_I(262, 0x0, 0x41dfffffffc00000, 0x7fffffff, fcvt.d.w f3, a0)
    /* exact */
    TEST_FP_CASE_I(263, 0x0, 0xc1e0000000000000, 0xffffffff80000000, fcvt.d.w f3, a0)
    /* exact */
    TEST_FP_CASE_I(264, 0x0, 0x4170000010000000, 0x1000001, fcvt.d.w f3, a0)
    /* exact */
    TEST_FP_CASE_I(265, 0x0, 0x4170000030000000, 0x1000003, fcvt.d.w f3, a0)
    /* exact */
    TEST_FP_CASE_I(266, 0x0, 0xc170000010000000, 0xfffffffffeffffff, fcvt.d.w f3, a0)
    /* exact */
    TEST_FP_CASE_I(267, 0x0, 0x4014000000000000, 0x1234567800000005, fcvt.d.w f3, a0)
    /* exact */
    TEST_FP_CASE_I(268, 0x0, 0x41dffffffc400000, 0x7ffffff1, fcvt.d.w f3, a0)
    /* exact */
    TEST_FP_CASE_I(269, 0x0, 0x0, 0x0, fcvt.d.wu f3, a0)
    /* exact */
    TEST_FP_CASE_I(270, 0x0, 0x41efffffffe00000, 0xffffffff, fcvt.d.wu f3, a0)
    /* exact */
    TEST_FP_CASE_I(271, 0x0, 0x41e0000000000000, 0x80000000, fcvt.d.wu f3, a0)
    /* exact */
    TEST_FP_CASE_I(272, 0x0, 0x4170000010000000, 0x1000001, fcvt.d.wu f3, a0)
    /* exact */
    TEST_FP_CASE_I(273, 0x0, 0x41e0000000000000, 0xffffffff80000000, fcvt.d.wu f3, a0)
    /* exact */
    TEST_FP_CASE_I(274, 0x0, 0x41effffffea00000, 0xfffffff5, fcvt.d.wu f3, a0)
    TEST_FP_CASE_I(275, 0x0, 0x0, 0x0, fcvt.d.l f3, a0, rne)
    TEST_FP_CASE_I(276, 0x0, 0x0, 0x0, fcvt.d.l f3, a0, rtz)
    TEST_FP_CASE_I(277, 0x0, 0x0, 0x0, fcvt.d.l f3, a0, rdn)
    TEST_FP_CASE_I(278, 0x0, 0x0, 0x0, fcvt.d.l f3, a0, rup)
    TEST_FP_CASE_I(279, 0x0, 0x0, 0x0, fcvt.d.l f3, a0, rmm)
    TEST_FP_CASE_I(280, 0x0, 0xbff0000000000000, 0xffffffffffffffff, fcvt.d.l f3, a0, rne)
    TEST_FP_CASE_I(281, 0x0, 0xbff0000000000000, 0xffffffffffffffff, fcvt.d.l f3, a0, rtz)
    TEST_FP_CASE_I(282, 0x0, 0xbff0000000000000, 0xffffffffffffffff, fcvt.d.l f3, a0, rdn)
    TEST_FP_CASE_I(283, 0x0, 0xbff0000000000000, 0xffffffffffffffff, fcvt.d.l f3, a0, rup)
    TEST_FP_CASE_I(284, 0x0, 0xbff0000000000000, 0xffffffffffffffff, fcvt.d.l f3, a0, rmm)
    TEST_FP_CASE_I(285, 0x1, 0x43e0000000000000, 0x7fffffffffffffff, fcvt.d.l f3, a0, rne)
    TEST_FP_CASE_I(286, 0x1, 0x43dfffffffffffff, 0x7fffffffffffffff, fcvt.d.l f3, a0, rtz)
    TEST_FP_CASE_I(287, 0x1, 0x43dfffffffffffff, 0x7fffffffffffffff, fcvt.d.l f3, a0, rdn)
    TEST_FP_CASE_I(288, 0x1, 0x43e0000000000000, 0x7fffffffffffffff, fcvt.d.l f3, a0, rup)
    TEST_FP_CASE_I(289, 0x1, 0x43e0000000000000, 0x7fffffffffffffff, fcvt.d.l f3, a0, rmm)
    TEST_FP_CASE_I(290, 0x0, 0xc3e0000000000000, 0x8000000000000000, fcvt.d.l f3, a0, rne)
    TEST_FP_CASE_I(291, 0x0, 0xc3e0000000000000, 0x8000000000000000, fcvt.d.l f3, a0, rtz)
    TEST_FP_CASE_I(292, 0x0, 0xc3e0000000000000, 0x8000000000000000, fcvt.d.l f3, a0, rdn)
    TEST_FP_CASE_I(293, 0x0, 0xc3e0000000000000, 0x8000000000000000, fcvt.d.l f3, a0, rup)
    TEST_FP_CASE_I(294, 0x0, 0xc3e0000000000000, 0x8000000000000000, fcvt.d.l f3, a0, rmm)
    TEST_FP_CASE_I(295, 0x1, 0x4340000000000000, 0x20000000000001, fcvt.d.l f3, a0, rne)
    TEST_FP_CASE_I(296, 0x1, 0x4340000000000000, 0x20000000000001, fcvt.d.l f3, a0, rtz)
    TEST_FP_CASE_I(297, 0x1, 0x4340000000000000, 0x20000000000001, fcvt.d.l f3, a0, rdn)
    TEST_FP_CASE_I(298, 0x1, 0x4340000000000001, 0x20000000000001, fcvt.d.l f3, a0, rup)
    TEST_FP_CASE_I(299, 0x1, 0x4340000000000001, 0x20000000000001, fcvt.d.l f3, a0, rmm)
    TEST_FP_CASE_I(300, 0x1, 0x4340000000000002, 0x20000000000003, fcvt.d.l f3, a0, rne)
    TEST_FP_CASE_I(301, 0x1, 0x4340000000000001, 0x20000000000003, fcvt.d.l f3, a0, rtz)
    TEST_FP_CASE_I(302, 0x1, 0x4340000000000001, 0x20000000000003, fcvt.d.l f3, a0, rdn)
    TEST_FP_CASE_I(303, 0x1, 0x4340000000000002, 0x20000000000003, fcvt.d.l f3, a0, rup)
    TEST_FP_CASE_I(304, 0x1, 0x4340000000000002, 0x20000000000003, fcvt.d.l f3, a0, rmm)
    TEST_FP_CASE_I(305, 0x1, 0xc340000000000000, 0xffdfffffffffffff, fcvt.d.l f3, a0, rne)
    TEST_FP_CASE_I(306, 0x1, 0xc340000000000000, 0xffdfffffffffffff, fcvt.d.l f3, a0, rtz)
    TEST_FP_CASE_I(307, 0x1, 0xc340000000000001, 0xffdfffffffffffff, fcvt.d.l f3, a0, rdn)
    TEST_FP_CASE_I(308, 0x1, 0xc340000000000000, 0xffdfffffffffffff, fcvt.d.l f3, a0, rup)
    TEST_FP_CASE_I(309, 0x1, 0xc340000000000001, 0xffdfffffffffffff, fcvt.d.l f3, a0, rmm)
    TEST_FP_CASE_I(310, 0x0, 0x4170000010000000, 0x1000001, fcvt.d.l f3, a0, rne)
    TEST_FP_CASE_I(311, 0x0, 0x4170000010000000, 0x1000001, fcvt.d.l f3, a0, rtz)
    TEST_FP_CASE_I(312, 0x0, 0x4170000010000000, 0x1000001, fcvt.d.l f3, a0, rdn)
    TEST_FP_CASE_I(313, 0x0, 0x4170000010000000, 0x1000001, fcvt.d.l f3, a0, rup)
    TEST_FP_CASE_I(314, 0x0, 0x4170000010000000, 0x1000001, fcvt.d.l f3, a0, rmm)
    TEST_FP_CASE_I(315, 0x0, 0x43d0000010000000, 0x4000004000000000, fcvt.d.l f3, a0, rne)
    TEST_FP_CASE_I(316, 0x0, 0x43d0000010000000, 0x4000004000000000, fcvt.d.l f3, a0, rtz)
    TEST_FP_CASE_I(317, 0x0, 0x43d0000010000000, 0x4000004000000000, fcvt.d.l f3, a0, rdn)
    TEST_FP_CASE_I(318, 0x0, 0x43d0000010000000, 0x4000004000000000, fcvt.d.l f3, a0, rup)
    TEST_FP_CASE_I(319, 0x0, 0x43d0000010000000, 0x4000004000000000, fcvt.d.l f3, a0, rmm)
    /* dyn frm=rne */
    TEST_FP_CASE_I(320, 0x0, 0xc170000030000000, 0xfffffffffefffffd, fsrmi 0; fcvt.d.l f3, a0; fsrmi 0)
    /* dyn frm=rtz */
    TEST_FP_CASE_I(321, 0x0, 0xc170000030000000, 0xfffffffffefffffd, fsrmi 1; fcvt.d.l f3, a0; fsrmi 0)
    /* dyn frm=rdn */
    TEST_FP_CASE_I(322, 0x0, 0xc170000030000000, 0xfffffffffefffffd, fsrmi 2; fcvt.d.l f3, a0; fsrmi 0)
    /* dyn frm=rup */
    TEST_FP_CASE_I(323, 0x0, 0xc170000030000000, 0xfffffffffefffffd, fsrmi 3; fcvt.d.l f3, a0; fsrmi 0)
    /* dyn frm=rmm */
    TEST_FP_CASE_I(324, 0x0, 0xc170000030000000, 0xfffffffffefffffd, fsrmi 4; fcvt.d.l f3, a0; fsrmi 0)
    TEST_FP_CASE_I(325, 0x0, 0x0, 0x0, fcvt.d.lu f3, a0, rne)
    TEST_FP_CASE_I(326, 0x0, 0x0, 0x0, fcvt.d.lu f3, a0, rtz)
    TEST_FP_CASE_I(327, 0x0, 0x0, 0x0, fcvt.d.lu f3, a0, rdn)
    TEST_FP_CASE_I(328, 0x0, 0x0, 0x0, fcvt.d.lu f3, a0, rup)
    TEST_FP_CASE_I(329, 0x0, 0x0, 0x0, fcvt.d.lu f3, a0, rmm)
    TEST_FP_CASE_I(330, 0x1, 0x43f0000000000000, 0xffffffffffffffff, fcvt.d.lu f3, a0, rne)
    TEST_FP_CASE_I(331, 0x1, 0x43efffffffffffff, 0xffffffffffffffff, fcvt.d.lu f3, a0, rtz)
    TEST_FP_CASE_I(332, 0x1, 0x43efffffffffffff, 0xffffffffffffffff, fcvt.d.lu f3, a0, rdn)
    TEST_FP_CASE_I(333, 0x1, 0x43f0000000000000, 0xffffffffffffffff, fcvt.d.lu f3, a0, rup)
    TEST_FP_CASE_I(334, 0x1, 0x43f0000000000000, 0xffffffffffffffff, fcvt.d.lu f3, a0, rmm)
    TEST_FP_CASE_I(335, 0x0, 0x43e0000000000000, 0x8000000000000000, fcvt.d.lu f3, a0, rne)
    TEST_FP_CASE_I(336, 0x0, 0x43e0000000000000, 0x8000000000000000, fcvt.d.lu f3, a0, rtz)
    TEST_FP_CASE_I(337, 0x0, 0x43e0000000000000, 0x8000000000000000, fcvt.d.lu f3, a0, rdn)
    TEST_FP_CASE_I(338, 0x0, 0x43e0000000000000, 0x8000000000000000, fcvt.d.lu f3, a0, rup)
    TEST_FP_CASE_I(339, 0x0, 0x43e0000000000000, 0x8000000000000000, fcvt.d.lu f3, a0, rmm)
    TEST_FP_CASE_I(340, 0x0, 0x43efffffffffffff, 0xfffffffffffff800, fcvt.d.lu f3, a0, rne)
    TEST_FP_CASE_I(341, 0x0, 0x43efffffffffffff, 0xfffffffffffff800, fcvt.d.lu f3, a0, rtz)
    TEST_FP_CASE_I(342, 0x0, 0x43efffffffffffff, 0xfffffffffffff800, fcvt.d.lu f3, a0, rdn)
    TEST_FP_CASE_I(343, 0x0, 0x43efffffffffffff, 0xfffffffffffff800, fcvt.d.lu f3, a0, rup)
    TEST_FP_CASE_I(344, 0x0, 0x43efffffffffffff, 0xfffffffffffff800, fcvt.d.lu f3, a0, rmm)
    TEST_FP_CASE_I(345, 0x1, 0x4340000000000000, 0x20000000000001, fcvt.d.lu f3, a0, rne)
    TEST_FP_CASE_I(346, 0x1, 0x4340000000000000, 0x20000000000001, fcvt.d.lu f3, a0, rtz)
    TEST_FP_CASE_I(347, 0x1, 0x4340000000000000, 0x20000000000001, fcvt.d.lu f3, a0, rdn)
    TEST_FP_CASE_I(348, 0x1, 0x4340000000000001, 0x20000000000001, fcvt.d.lu f3, a0, rup)
    TEST_FP_CASE_I(349, 0x1, 0x4340000000000001, 0x20000000000001, fcvt.d.lu f3, a0, rmm)
    TEST_FP_CASE_I(350, 0x1, 0x43e0000000000000, 0x8000000000000001, fcvt.d.lu f3, a0, rne)
    TEST_FP_CASE_I(351, 0x1, 0x43e0000000000000, 0x8000000000000001, fcvt.d.lu f3, a0, rtz)
    TEST_FP_CASE_I(352, 0x1, 0x43e0000000000000, 0x8000000000000001, fcvt.d.lu f3, a0, rdn)
    TEST_FP_CASE_I(353, 0x1, 0x43e0000000000001, 0x8000000000000001, fcvt.d.lu f3, a0, rup)
    TEST_FP_CASE_I(354, 0x1, 0x43e0000000000000, 0x8000000000000001, fcvt.d.lu f3, a0, rmm)
    TEST_FP_CASE_I(355, 0x0, 0x4170000010000000, 0x1000001, fcvt.d.lu f3, a0, rne)
    TEST_FP_CASE_I(356, 0x0, 0x4170000010000000, 0x1000001, fcvt.d.lu f3, a0, rtz)
    TEST_FP_CASE_I(357, 0x0, 0x4170000010000000, 0x1000001, fcvt.d.lu f3, a0, rdn)
    TEST_FP_CASE_I(358, 0x0, 0x4170000010000000, 0x1000001, fcvt.d.lu f3, a0, rup)
    TEST_FP_CASE_I(359, 0x0, 0x4170000010000000, 0x1000001, fcvt.d.lu f3, a0, rmm)
    /* dyn frm=rne */
    TEST_FP_CASE_I(360, 0x0, 0x4170000030000000, 0x1000003, fsrmi 0; fcvt.d.lu f3, a0; fsrmi 0)
    /* dyn frm=rtz */
    TEST_FP_CASE_I(361, 0x0, 0x4170000030000000, 0x1000003, fsrmi 1; fcvt.d.lu f3, a0; fsrmi 0)
    /* dyn frm=rdn */
    TEST_FP_CASE_I(362, 0x0, 0x4170000030000000, 0x1000003, fsrmi 2; fcvt.d.lu f3, a0; fsrmi 0)
    /* dyn frm=rup */
    TEST_FP_CASE_I(363, 0x0, 0x4170000030000000, 0x1000003, fsrmi 3; fcvt.d.lu f3, a0; fsrmi 0)
    /* dyn frm=rmm */
    TEST_FP_CASE_I(364, 0x0, 0x4170000030000000, 0x1000003, fsrmi 4; fcvt.d.lu f3, a0; fsrmi 0)
    /* in: s:1.5 */
    TEST_FP_CASE_X(365, 0x1, 0x2, 0xffffffff3fc00000, 0x0, 0x0, fcvt.w.s a0, f0, rne)
    /* in: s:1.5 */
    TEST_FP_CASE_X(366, 0x1, 0x1, 0xffffffff3fc00000, 0x0, 0x0, fcvt.w.s a0, f0, rtz)
    /* in: s:1.5 */
    TEST_FP_CASE_X(367, 0x1, 0x1, 0xffffffff3fc00000, 0x0, 0x0, fcvt.w.s a0, f0, rdn)
    /* in: s:1.5 */
    TEST_FP_CASE_X(368, 0x1, 0x2, 0xffffffff3fc00000, 0x0, 0x0, fcvt.w.s a0, f0, rup)
    /* in: s:1.5 */
    TEST_FP_CASE_X(369, 0x1, 0x2, 0xffffffff3fc00000, 0x0, 0x0, fcvt.w.s a0, f0, rmm)
    /* in: s:2.5 */
    TEST_FP_CASE_X(370, 0x1, 0x2, 0xffffffff40200000, 0x0, 0x0, fcvt.w.s a0, f0, rne)
    /* in: s:2.5 */
    TEST_FP_CASE_X(371, 0x1, 0x2, 0xffffffff40200000, 0x0, 0x0, fcvt.w.s a0, f0, rtz)
    /* in: s:2.5 */
    TEST_FP_CASE_X(372, 0x1, 0x2, 0xffffffff40200000, 0x0, 0x0, fcvt.w.s a0, f0, rdn)
    /* in: s:2.5 */
    TEST_FP_CASE_X(373, 0x1, 0x3, 0xffffffff40200000, 0x0, 0x0, fcvt.w.s a0, f0, rup)
    /* in: s:2.5 */
    TEST_FP_CASE_X(374, 0x1, 0x3, 0xffffffff40200000, 0x0, 0x0, fcvt.w.s a0, f0, rmm)
    /* in: s:-1.5 */
    TEST_FP_CASE_X(375, 0x1, 0xfffffffffffffffe, 0xffffffffbfc00000, 0x0, 0x0, fcvt.w.s a0, f0, rne)
    /* in: s:-1.5 */
    TEST_FP_CASE_X(376, 0x1, 0xffffffffffffffff, 0xffffffffbfc00000, 0x0, 0x0, fcvt.w.s a0, f0, rtz)
    /* in: s:-1.5 */
    TEST_FP_CASE_X(377, 0x1, 0xfffffffffffffffe, 0xffffffffbfc00000, 0x0, 0x0, fcvt.w.s a0, f0, rdn)
    /* in: s:-1.5 */
    TEST_FP_CASE_X(378, 0x1, 0xffffffffffffffff, 0xffffffffbfc00000, 0x0, 0x0, fcvt.w.s a0, f0, rup)
    /* in: s:-1.5 */
    TEST_FP_CASE_X(379, 0x1, 0xfffffffffffffffe, 0xffffffffbfc00000, 0x0, 0x0, fcvt.w.s a0, f0, rmm)
    /* in: s:-2.5 */
    TEST_FP_CASE_X(380, 0x1, 0xfffffffffffffffe, 0xffffffffc0200000, 0x0, 0x0, fcvt.w.s a0, f0, rne)
    /* in: s:-2.5 */
    TEST_FP_CASE_X(381, 0x1, 0xfffffffffffffffe, 0xffffffffc0200000, 0x0, 0x0, fcvt.w.s a0, f0, rtz)
    /* in: s:-2.5 */
    TEST_FP_CASE_X(382, 0x1, 0xfffffffffffffffd, 0xffffffffc0200000, 0x0, 0x0, fcvt.w.s a0, f0, rdn)
    /* in: s:-2.5 */
    TEST_FP_CASE_X(383, 0x1, 0xfffffffffffffffe, 0xffffffffc0200000, 0x0, 0x0, fcvt.w.s a0, f0, rup)
    /* in: s:-2.5 */
    TEST_FP_CASE_X(384, 0x1, 0xfffffffffffffffd, 0xffffffffc0200000, 0x0, 0x0, fcvt.w.s a0, f0, rmm)
    /* in: s:0.5 */
    TEST_FP_CASE_X(385, 0x1, 0x0, 0xffffffff3f000000, 0x0, 0x0, fcvt.w.s a0, f0, rne)
    /* in: s:0.5 */
    TEST_FP_CASE_X(386, 0x1, 0x0, 0xffffffff3f000000, 0x0, 0x0, fcvt.w.s a0, f0, rtz)
    /* in: s:0.5 */
    TEST_FP_CASE_X(387, 0x1, 0x0, 0xffffffff3f000000, 0x0, 0x0, fcvt.w.s a0, f0, rdn)
    /* in: s:0.5 */
    TEST_FP_CASE_X(388, 0x1, 0x1, 0xffffffff3f000000, 0x0, 0x0, fcvt.w.s a0, f0, rup)
    /* in: s:0.5 */
    TEST_FP_CASE_X(389, 0x1, 0x1, 0xffffffff3f000000, 0x0, 0x0, fcvt.w.s a0, f0, rmm)
    /* in: s:-0.5 */
    TEST_FP_CASE_X(390, 0x1, 0x0, 0xffffffffbf000000, 0x0, 0x0, fcvt.w.s a0, f0, rne)
    /* in: s:-0.5 */
    TEST_FP_CASE_X(391, 0x1, 0x0, 0xffffffffbf000000, 0x0, 0x0, fcvt.w.s a0, f0, rtz)
    /* in: s:-0.5 */
    TEST_FP_CASE_X(392, 0x1, 0xffffffffffffffff, 0xffffffffbf000000, 0x0, 0x0, fcvt.w.s a0, f0, rdn)
    /* in: s:-0.5 */
    TEST_FP_CASE_X(393, 0x1, 0x0, 0xffffffffbf000000, 0x0, 0x0, fcvt.w.s a0, f0, rup)
    /* in: s:-0.5 */
    TEST_FP_CASE_X(394, 0x1, 0xffffffffffffffff, 0xffffffffbf000000, 0x0, 0x0, fcvt.w.s a0, f0, rmm)
    /* in: s:1.7000000476837158 */
    TEST_FP_CASE_X(395, 0x1, 0x2, 0xffffffff3fd9999a, 0x0, 0x0, fcvt.w.s a0, f0, rne)
    /* in: s:1.7000000476837158 */
    TEST_FP_CASE_X(396, 0x1, 0x1, 0xffffffff3fd9999a, 0x0, 0x0, fcvt.w.s a0, f0, rtz)
    /* in: s:1.7000000476837158 */
    TEST_FP_CASE_X(397, 0x1, 0x1, 0xffffffff3fd9999a, 0x0, 0x0, fcvt.w.s a0, f0, rdn)
    /* in: s:1.7000000476837158 */
    TEST_FP_CASE_X(398, 0x1, 0x2, 0xffffffff3fd9999a, 0x0, 0x0, fcvt.w.s a0, f0, rup)
    /* in: s:1.7000000476837158 */
    TEST_FP_CASE_X(399, 0x1, 0x2, 0xffffffff3fd9999a, 0x0, 0x0, fcvt.w.s a0, f0, rmm)
    /* in: s:-1.2999999523162842 */
    TEST_FP_CASE_X(400, 0x1, 0xffffffffffffffff, 0xffffffffbfa66666, 0x0, 0x0, fcvt.w.s a0, f0, rne)
    /* in: s:-1.2999999523162842 */
    TEST_FP_CASE_X(401, 0x1, 0xffffffffffffffff, 0xffffffffbfa66666, 0x0, 0x0, fcvt.w.s a0, f0, rtz)
    /* in: s:-1.2999999523162842 */
    TEST_FP_CASE_X(402, 0x1, 0xfffffffffffffffe, 0xffffffffbfa66666, 0x0, 0x0, fcvt.w.s a0, f0, rdn)
    /* in: s:-1.2999999523162842 */
    TEST_FP_CASE_X(403, 0x1, 0xffffffffffffffff, 0xffffffffbfa66666, 0x0, 0x0, fcvt.w.s a0, f0, rup)
    /* in: s:-1.2999999523162842 */
    TEST_FP_CASE_X(404, 0x1, 0xffffffffffffffff, 0xffffffffbfa66666, 0x0, 0x0, fcvt.w.s a0, f0, rmm)
    /* range; in: s:2147483648.0 */
    TEST_FP_CASE_X(405, 0x10, 0x7fffffff, 0xffffffff4f000000, 0x0, 0x0, fcvt.w.s a0, f0, rne)
    /* range; in: s:2147483648.0 */
    TEST_FP_CASE_X(406, 0x10, 0x7fffffff, 0xffffffff4f000000, 0x0, 0x0, fcvt.w.s a0, f0, rtz)
    /* range; in: s:2147483520.0 */
    TEST_FP_CASE_X(407, 0x0, 0x7fffff80, 0xffffffff4effffff, 0x0, 0x0, fcvt.w.s a0, f0, rne)
    /* range; in: s:2147483520.0 */
    TEST_FP_CASE_X(408, 0x0, 0x7fffff80, 0xffffffff4effffff, 0x0, 0x0, fcvt.w.s a0, f0, rtz)
    /* range; in: s:-2147483648.0 */
    TEST_FP_CASE_X(409, 0x0, 0xffffffff80000000, 0xffffffffcf000000, 0x0, 0x0, fcvt.w.s a0, f0, rne)
    /* range; in: s:-2147483648.0 */
    TEST_FP_CASE_X(410, 0x0, 0xffffffff80000000, 0xffffffffcf000000, 0x0, 0x0, fcvt.w.s a0, f0, rtz)
    /* range; in: s:-2147483904.0 */
    TEST_FP_CASE_X(411, 0x10, 0xffffffff80000000, 0xffffffffcf000001, 0x0, 0x0, fcvt.w.s a0, f0, rne)
    /* range; in: s:-2147483904.0 */
    TEST_FP_CASE_X(412, 0x10, 0xffffffff80000000, 0xffffffffcf000001, 0x0, 0x0, fcvt.w.s a0, f0, rtz)
    /* range; in: s:10000000000.0 */
    TEST_FP_CASE_X(413, 0x10, 0x7fffffff, 0xffffffff501502f9, 0x0, 0x0, fcvt.w.s a0, f0, rne)
    /* range; in: s:10000000000.0 */
    TEST_FP_CASE_X(414, 0x10, 0x7fffffff, 0xffffffff501502f9, 0x0, 0x0, fcvt.w.s a0, f0, rtz)
    /* qnan; in: s:nan */
    TEST_FP_CASE_X(415, 0x10, 0x7fffffff, 0xffffffff7fc00000, 0x0, 0x0, fcvt.w.s a0, f0, rtz)
    /* snan; in: s:nan */
    TEST_FP_CASE_X(416, 0x10, 0x7fffffff, 0xffffffff7fa00000, 0x0, 0x0, fcvt.w.s a0, f0, rtz)
    /* nanp; in: s:nan */
    TEST_FP_CASE_X(417, 0x10, 0x7fffffff, 0xffffffffffc00123, 0x0, 0x0, fcvt.w.s a0, f0, rtz)
    /* inf; in: s:inf */
    TEST_FP_CASE_X(418, 0x10, 0x7fffffff, 0xffffffff7f800000, 0x0, 0x0, fcvt.w.s a0, f0, rtz)
    /* ninf; in: s:-inf */
    TEST_FP_CASE_X(419, 0x10, 0xffffffff80000000, 0xffffffffff800000, 0x0, 0x0, fcvt.w.s a0, f0, rtz)
    /* nz; in: s:-0.0 */
    TEST_FP_CASE_X(420, 0x0, 0x0, 0xffffffff80000000, 0x0, 0x0, fcvt.w.s a0, f0, rtz)
    /* den; in: s:1.401298464324817e-45 */
    TEST_FP_CASE_X(421, 0x1, 0x0, 0xffffffff00000001, 0x0, 0x0, fcvt.w.s a0, f0, rtz)
    /* max; in: s:3.4028234663852886e+38 */
    TEST_FP_CASE_X(422, 0x10, 0x7fffffff, 0xffffffff7f7fffff, 0x0, 0x0, fcvt.w.s a0, f0, rtz)
    /* tiny rounds up to 1; in: s:1.401298464324817e-45 */
    TEST_FP_CASE_X(423, 0x1, 0x1, 0xffffffff00000001, 0x0, 0x0, fcvt.w.s a0, f0, rup)
    /* tiny negative rounds down; in: s:-1.401298464324817e-45 */
    TEST_FP_CASE_X(424, 0x1, 0xffffffffffffffff, 0xffffffff80000001, 0x0, 0x0, fcvt.w.s a0, f0, rdn)
    /* dyn frm=rne; in: s:-2.5 */
    TEST_FP_CASE_X(425, 0x1, 0xfffffffffffffffe, 0xffffffffc0200000, 0x0, 0x0, fsrmi 0; fcvt.w.s a0, f0, dyn; fsrmi 0)
    /* default rm is dyn, frm=rne; in: s:3.5 */
    TEST_FP_CASE_X(426, 0x1, 0x4, 0xffffffff40600000, 0x0, 0x0, fsrmi 0; fcvt.w.s a0, f0; fsrmi 0)
    /* dyn frm=rtz; in: s:-2.5 */
    TEST_FP_CASE_X(427, 0x1, 0xfffffffffffffffe, 0xffffffffc0200000, 0x0, 0x0, fsrmi 1; fcvt.w.s a0, f0, dyn; fsrmi 0)
    /* default rm is dyn, frm=rtz; in: s:3.5 */
    TEST_FP_CASE_X(428, 0x1, 0x3, 0xffffffff40600000, 0x0, 0x0, fsrmi 1; fcvt.w.s a0, f0; fsrmi 0)
    /* dyn frm=rdn; in: s:-2.5 */
    TEST_FP_CASE_X(429, 0x1, 0xfffffffffffffffd, 0xffffffffc0200000, 0x0, 0x0, fsrmi 2; fcvt.w.s a0, f0, dyn; fsrmi 0)
    /* default rm is dyn, frm=rdn; in: s:3.5 */
    TEST_FP_CASE_X(430, 0x1, 0x3, 0xffffffff40600000, 0x0, 0x0, fsrmi 2; fcvt.w.s a0, f0; fsrmi 0)
    /* dyn frm=rup; in: s:-2.5 */
    TEST_FP_CASE_X(431, 0x1, 0xfffffffffffffffe, 0xffffffffc0200000, 0x0, 0x0, fsrmi 3; fcvt.w.s a0, f0, dyn; fsrmi 0)
    /* default rm is dyn, frm=rup; in: s:3.5 */
    TEST_FP_CASE_X(432, 0x1, 0x4, 0xffffffff40600000, 0x0, 0x0, fsrmi 3; fcvt.w.s a0, f0; fsrmi 0)
    /* dyn frm=rmm; in: s:-2.5 */
    TEST_FP_CASE_X(433, 0x1, 0xfffffffffffffffd, 0xffffffffc0200000, 0x0, 0x0, fsrmi 4; fcvt.w.s a0, f0, dyn; fsrmi 0)
    /* default rm is dyn, frm=rmm; in: s:3.5 */
    TEST_FP_CASE_X(434, 0x1, 0x4, 0xffffffff40600000, 0x0, 0x0, fsrmi 4; fcvt.w.s a0, f0; fsrmi 0)
    /* in: s:1.5 */
    TEST_FP_CASE_X(435, 0x1, 0x2, 0xffffffff3fc00000, 0x0, 0x0, fcvt.wu.s a0, f0, rne)
    /* in: s:1.5 */
    TEST_FP_CASE_X(436, 0x1, 0x1, 0xffffffff3fc00000, 0x0, 0x0, fcvt.wu.s a0, f0, rtz)
    /* in: s:1.5 */
    TEST_FP_CASE_X(437, 0x1, 0x1, 0xffffffff3fc00000, 0x0, 0x0, fcvt.wu.s a0, f0, rdn)
    /* in: s:1.5 */
    TEST_FP_CASE_X(438, 0x1, 0x2, 0xffffffff3fc00000, 0x0, 0x0, fcvt.wu.s a0, f0, rup)
    /* in: s:1.5 */
    TEST_FP_CASE_X(439, 0x1, 0x2, 0xffffffff3fc00000, 0x0, 0x0, fcvt.wu.s a0, f0, rmm)
    /* in: s:2.5 */
    TEST_FP_CASE_X(440, 0x1, 0x2, 0xffffffff40200000, 0x0, 0x0, fcvt.wu.s a0, f0, rne)
    /* in: s:2.5 */
    TEST_FP_CASE_X(441, 0x1, 0x2, 0xffffffff40200000, 0x0, 0x0, fcvt.wu.s a0, f0, rtz)
    /* in: s:2.5 */
    TEST_FP_CASE_X(442, 0x1, 0x2, 0xffffffff40200000, 0x0, 0x0, fcvt.wu.s a0, f0, rdn)
    /* in: s:2.5 */
    TEST_FP_CASE_X(443, 0x1, 0x3, 0xffffffff40200000, 0x0, 0x0, fcvt.wu.s a0, f0, rup)
    /* in: s:2.5 */
    TEST_FP_CASE_X(444, 0x1, 0x3, 0xffffffff40200000, 0x0, 0x0, fcvt.wu.s a0, f0, rmm)
    /* in: s:0.5 */
    TEST_FP_CASE_X(445, 0x1, 0x0, 0xffffffff3f000000, 0x0, 0x0, fcvt.wu.s a0, f0, rne)
    /* in: s:0.5 */
    TEST_FP_CASE_X(446, 0x1, 0x0, 0xffffffff3f000000, 0x0, 0x0, fcvt.wu.s a0, f0, rtz)
    /* in: s:0.5 */
    TEST_FP_CASE_X(447, 0x1, 0x0, 0xffffffff3f000000, 0x0, 0x0, fcvt.wu.s a0, f0, rdn)
    /* in: s:0.5 */
    TEST_FP_CASE_X(448, 0x1, 0x1, 0xffffffff3f000000, 0x0, 0x0, fcvt.wu.s a0, f0, rup)
    /* in: s:0.5 */
    TEST_FP_CASE_X(449, 0x1, 0x1, 0xffffffff3f000000, 0x0, 0x0, fcvt.wu.s a0, f0, rmm)
    /* in: s:1.7000000476837158 */
    TEST_FP_CASE_X(450, 0x1, 0x2, 0xffffffff3fd9999a, 0x0, 0x0, fcvt.wu.s a0, f0, rne)
    /* in: s:1.7000000476837158 */
    TEST_FP_CASE_X(451, 0x1, 0x1, 0xffffffff3fd9999a, 0x0, 0x0, fcvt.wu.s a0, f0, rtz)
    /* in: s:1.7000000476837158 */
    TEST_FP_CASE_X(452, 0x1, 0x1, 0xffffffff3fd9999a, 0x0, 0x0, fcvt.wu.s a0, f0, rdn)
    /* in: s:1.7000000476837158 */
    TEST_FP_CASE_X(453, 0x1, 0x2, 0xffffffff3fd9999a, 0x0, 0x0, fcvt.wu.s a0, f0, rup)
    /* in: s:1.7000000476837158 */
    TEST_FP_CASE_X(454, 0x1, 0x2, 0xffffffff3fd9999a, 0x0, 0x0, fcvt.wu.s a0, f0, rmm)
    /* in: s:-0.30000001192092896 */
    TEST_FP_CASE_X(455, 0x1, 0x0, 0xffffffffbe99999a, 0x0, 0x0, fcvt.wu.s a0, f0, rne)
    /* in: s:-0.30000001192092896 */
    TEST_FP_CASE_X(456, 0x1, 0x0, 0xffffffffbe99999a, 0x0, 0x0, fcvt.wu.s a0, f0, rtz)
    /* in: s:-0.30000001192092896 */
    TEST_FP_CASE_X(457, 0x10, 0x0, 0xffffffffbe99999a, 0x0, 0x0, fcvt.wu.s a0, f0, rdn)
    /* in: s:-0.30000001192092896 */
    TEST_FP_CASE_X(458, 0x1, 0x0, 0xffffffffbe99999a, 0x0, 0x0, fcvt.wu.s a0, f0, rup)
    /* in: s:-0.30000001192092896 */
    TEST_FP_CASE_X(459, 0x1, 0x0, 0xffffffffbe99999a, 0x0, 0x0, fcvt.wu.s a0, f0, rmm)
    /* in: s:-0.5 */
    TEST_FP_CASE_X(460, 0x1, 0x0, 0xffffffffbf000000, 0x0, 0x0, fcvt.wu.s a0, f0, rne)
    /* in: s:-0.5 */
    TEST_FP_CASE_X(461, 0x1, 0x0, 0xffffffffbf000000, 0x0, 0x0, fcvt.wu.s a0, f0, rtz)
    /* in: s:-0.5 */
    TEST_FP_CASE_X(462, 0x10, 0x0, 0xffffffffbf000000, 0x0, 0x0, fcvt.wu.s a0, f0, rdn)
    /* in: s:-0.5 */
    TEST_FP_CASE_X(463, 0x1, 0x0, 0xffffffffbf000000, 0x0, 0x0, fcvt.wu.s a0, f0, rup)
    /* in: s:-0.5 */
    TEST_FP_CASE_X(464, 0x10, 0x0, 0xffffffffbf000000, 0x0, 0x0, fcvt.wu.s a0, f0, rmm)
    /* range; in: s:4294967040.0 */
    TEST_FP_CASE_X(465, 0x0, 0xffffffffffffff00, 0xffffffff4f7fffff, 0x0, 0x0, fcvt.wu.s a0, f0, rne)
    /* range; in: s:4294967040.0 */
    TEST_FP_CASE_X(466, 0x0, 0xffffffffffffff00, 0xffffffff4f7fffff, 0x0, 0x0, fcvt.wu.s a0, f0, rtz)
    /* range; in: s:4294967296.0 */
    TEST_FP_CASE_X(467, 0x10, 0xffffffffffffffff, 0xffffffff4f800000, 0x0, 0x0, fcvt.wu.s a0, f0, rne)
    /* range; in: s:4294967296.0 */
    TEST_FP_CASE_X(468, 0x10, 0xffffffffffffffff, 0xffffffff4f800000, 0x0, 0x0, fcvt.wu.s a0, f0, rtz)
    /* range; in: s:-1.0 */
    TEST_FP_CASE_X(469, 0x10, 0x0, 0xffffffffbf800000, 0x0, 0x0, fcvt.wu.s a0, f0, rne)
    /* range; in: s:-1.0 */
    TEST_FP_CASE_X(470, 0x10, 0x0, 0xffffffffbf800000, 0x0, 0x0, fcvt.wu.s a0, f0, rtz)
    /* range; in: s:-10000000000.0 */
    TEST_FP_CASE_X(471, 0x10, 0x0, 0xffffffffd01502f9, 0x0, 0x0, fcvt.wu.s a0, f0, rne)
    /* range; in: s:-10000000000.0 */
    TEST_FP_CASE_X(472, 0x10, 0x0, 0xffffffffd01502f9, 0x0, 0x0, fcvt.wu.s a0, f0, rtz)
    /* qnan; in: s:nan */
    TEST_FP_CASE_X(473, 0x10, 0xffffffffffffffff, 0xffffffff7fc00000, 0x0, 0x0, fcvt.wu.s a0, f0, rtz)
    /* snan; in: s:nan */
    TEST_FP_CASE_X(474, 0x10, 0xffffffffffffffff, 0xffffffff7fa00000, 0x0, 0x0, fcvt.wu.s a0, f0, rtz)
    /* nanp; in: s:nan */
    TEST_FP_CASE_X(475, 0x10, 0xffffffffffffffff, 0xffffffffffc00123, 0x0, 0x0, fcvt.wu.s a0, f0, rtz)
    /* inf; in: s:inf */
    TEST_FP_CASE_X(476, 0x10, 0xffffffffffffffff, 0xffffffff7f800000, 0x0, 0x0, fcvt.wu.s a0, f0, rtz)
    /* ninf; in: s:-inf */
    TEST_FP_CASE_X(477, 0x10, 0x0, 0xffffffffff800000, 0x0, 0x0, fcvt.wu.s a0, f0, rtz)
    /* nz; in: s:-0.0 */
    TEST_FP_CASE_X(478, 0x0, 0x0, 0xffffffff80000000, 0x0, 0x0, fcvt.wu.s a0, f0, rtz)
    /* den; in: s:1.401298464324817e-45 */
    TEST_FP_CASE_X(479, 0x1, 0x0, 0xffffffff00000001, 0x0, 0x0, fcvt.wu.s a0, f0, rtz)
    /* max; in: s:3.4028234663852886e+38 */
    TEST_FP_CASE_X(480, 0x10, 0xffffffffffffffff, 0xffffffff7f7fffff, 0x0, 0x0, fcvt.wu.s a0, f0, rtz)
    /* tiny rounds up to 1; in: s:1.401298464324817e-45 */
    TEST_FP_CASE_X(481, 0x1, 0x1, 0xffffffff00000001, 0x0, 0x0, fcvt.wu.s a0, f0, rup)
    /* tiny negative rounds down; in: s:-1.401298464324817e-45 */
    TEST_FP_CASE_X(482, 0x10, 0x0, 0xffffffff80000001, 0x0, 0x0, fcvt.wu.s a0, f0, rdn)
    /* dyn frm=rne; in: s:-2.5 */
    TEST_FP_CASE_X(483, 0x10, 0x0, 0xffffffffc0200000, 0x0, 0x0, fsrmi 0; fcvt.wu.s a0, f0, dyn; fsrmi 0)
    /* default rm is dyn, frm=rne; in: s:3.5 */
    TEST_FP_CASE_X(484, 0x1, 0x4, 0xffffffff40600000, 0x0, 0x0, fsrmi 0; fcvt.wu.s a0, f0; fsrmi 0)
    /* dyn frm=rtz; in: s:-2.5 */
    TEST_FP_CASE_X(485, 0x10, 0x0, 0xffffffffc0200000, 0x0, 0x0, fsrmi 1; fcvt.wu.s a0, f0, dyn; fsrmi 0)
    /* default rm is dyn, frm=rtz; in: s:3.5 */
    TEST_FP_CASE_X(486, 0x1, 0x3, 0xffffffff40600000, 0x0, 0x0, fsrmi 1; fcvt.wu.s a0, f0; fsrmi 0)
    /* dyn frm=rdn; in: s:-2.5 */
    TEST_FP_CASE_X(487, 0x10, 0x0, 0xffffffffc0200000, 0x0, 0x0, fsrmi 2; fcvt.wu.s a0, f0, dyn; fsrmi 0)
    /* default rm is dyn, frm=rdn; in: s:3.5 */
    TEST_FP_CASE_X(488, 0x1, 0x3, 0xffffffff40600000, 0x0, 0x0, fsrmi 2; fcvt.wu.s a0, f0; fsrmi 0)
    /* dyn frm=rup; in: s:-2.5 */
    TEST_FP_CASE_X(489, 0x10, 0x0, 0xffffffffc0200000, 0x0, 0x0, fsrmi 3; fcvt.wu.s a0, f0, dyn; fsrmi 0)
    /* default rm is dyn, frm=rup; in: s:3.5 */
    TEST_FP_CASE_X(490, 0x1, 0x4, 0xffffffff40600000, 0x0, 0x0, fsrmi 3; fcvt.wu.s a0, f0; fsrmi 0)
    /* dyn frm=rmm; in: s:-2.5 */
    TEST_FP_CASE_X(491, 0x10, 0x0, 0xffffffffc0200000, 0x0, 0x0, fsrmi 4; fcvt.wu.s a0, f0, dyn; fsrmi 0)
    /* default rm is dyn, frm=rmm; in: s:3.5 */
    TEST_FP_CASE_X(492, 0x1, 0x4, 0xffffffff40600000, 0x0, 0x0, fsrmi 4; fcvt.wu.s a0, f0; fsrmi 0)
    /* in: s:1.5 */
    TEST_FP_CASE_X(493, 0x1, 0x2, 0xffffffff3fc00000, 0x0, 0x0, fcvt.l.s a0, f0, rne)
    /* in: s:1.5 */
    TEST_FP_CASE_X(494, 0x1, 0x1, 0xffffffff3fc00000, 0x0, 0x0, fcvt.l.s a0, f0, rtz)
    /* in: s:1.5 */
    TEST_FP_CASE_X(495, 0x1, 0x1, 0xffffffff3fc00000, 0x0, 0x0, fcvt.l.s a0, f0, rdn)
    /* in: s:1.5 */
    TEST_FP_CASE_X(496, 0x1, 0x2, 0xffffffff3fc00000, 0x0, 0x0, fcvt.l.s a0, f0, rup)
    /* in: s:1.5 */
    TEST_FP_CASE_X(497, 0x1, 0x2, 0xffffffff3fc00000, 0x0, 0x0, fcvt.l.s a0, f0, rmm)
    /* in: s:2.5 */
    TEST_FP_CASE_X(498, 0x1, 0x2, 0xffffffff40200000, 0x0, 0x0, fcvt.l.s a0, f0, rne)
    /* in: s:2.5 */
    TEST_FP_CASE_X(499, 0x1, 0x2, 0xffffffff40200000, 0x0, 0x0, fcvt.l.s a0, f0, rtz)
    /* in: s:2.5 */
    TEST_FP_CASE_X(500, 0x1, 0x2, 0xffffffff40200000, 0x0, 0x0, fcvt.l.s a0, f0, rdn)
    /* in: s:2.5 */
    TEST_FP_CASE_X(501, 0x1, 0x3, 0xffffffff40200000, 0x0, 0x0, fcvt.l.s a0, f0, rup)
    /* in: s:2.5 */
    TEST_FP_CASE_X(502, 0x1, 0x3, 0xffffffff40200000, 0x0, 0x0, fcvt.l.s a0, f0, rmm)
    /* in: s:-1.5 */
    TEST_FP_CASE_X(503, 0x1, 0xfffffffffffffffe, 0xffffffffbfc00000, 0x0, 0x0, fcvt.l.s a0, f0, rne)
    /* in: s:-1.5 */
    TEST_FP_CASE_X(504, 0x1, 0xffffffffffffffff, 0xffffffffbfc00000, 0x0, 0x0, fcvt.l.s a0, f0, rtz)
    /* in: s:-1.5 */
    TEST_FP_CASE_X(505, 0x1, 0xfffffffffffffffe, 0xffffffffbfc00000, 0x0, 0x0, fcvt.l.s a0, f0, rdn)
    /* in: s:-1.5 */
    TEST_FP_CASE_X(506, 0x1, 0xffffffffffffffff, 0xffffffffbfc00000, 0x0, 0x0, fcvt.l.s a0, f0, rup)
    /* in: s:-1.5 */
    TEST_FP_CASE_X(507, 0x1, 0xfffffffffffffffe, 0xffffffffbfc00000, 0x0, 0x0, fcvt.l.s a0, f0, rmm)
    /* in: s:-2.5 */
    TEST_FP_CASE_X(508, 0x1, 0xfffffffffffffffe, 0xffffffffc0200000, 0x0, 0x0, fcvt.l.s a0, f0, rne)
    /* in: s:-2.5 */
    TEST_FP_CASE_X(509, 0x1, 0xfffffffffffffffe, 0xffffffffc0200000, 0x0, 0x0, fcvt.l.s a0, f0, rtz)
    /* in: s:-2.5 */
    TEST_FP_CASE_X(510, 0x1, 0xfffffffffffffffd, 0xffffffffc0200000, 0x0, 0x0, fcvt.l.s a0, f0, rdn)
    /* in: s:-2.5 */
    TEST_FP_CASE_X(511, 0x1, 0xfffffffffffffffe, 0xffffffffc0200000, 0x0, 0x0, fcvt.l.s a0, f0, rup)
    /* in: s:-2.5 */
    TEST_FP_CASE_X(512, 0x1, 0xfffffffffffffffd, 0xffffffffc0200000, 0x0, 0x0, fcvt.l.s a0, f0, rmm)
    /* in: s:0.5 */
    TEST_FP_CASE_X(513, 0x1, 0x0, 0xffffffff3f000000, 0x0, 0x0, fcvt.l.s a0, f0, rne)
    /* in: s:0.5 */
    TEST_FP_CASE_X(514, 0x1, 0x0, 0xffffffff3f000000, 0x0, 0x0, fcvt.l.s a0, f0, rtz)
    /* in: s:0.5 */
    TEST_FP_CASE_X(515, 0x1, 0x0, 0xffffffff3f000000, 0x0, 0x0, fcvt.l.s a0, f0, rdn)
    /* in: s:0.5 */
    TEST_FP_CASE_X(516, 0x1, 0x1, 0xffffffff3f000000, 0x0, 0x0, fcvt.l.s a0, f0, rup)
    /* in: s:0.5 */
    TEST_FP_CASE_X(517, 0x1, 0x1, 0xffffffff3f000000, 0x0, 0x0, fcvt.l.s a0, f0, rmm)
    /* in: s:-0.5 */
    TEST_FP_CASE_X(518, 0x1, 0x0, 0xffffffffbf000000, 0x0, 0x0, fcvt.l.s a0, f0, rne)
    /* in: s:-0.5 */
    TEST_FP_CASE_X(519, 0x1, 0x0, 0xffffffffbf000000, 0x0, 0x0, fcvt.l.s a0, f0, rtz)
    /* in: s:-0.5 */
    TEST_FP_CASE_X(520, 0x1, 0xffffffffffffffff, 0xffffffffbf000000, 0x0, 0x0, fcvt.l.s a0, f0, rdn)
    /* in: s:-0.5 */
    TEST_FP_CASE_X(521, 0x1, 0x0, 0xffffffffbf000000, 0x0, 0x0, fcvt.l.s a0, f0, rup)
    /* in: s:-0.5 */
    TEST_FP_CASE_X(522, 0x1, 0xffffffffffffffff, 0xffffffffbf000000, 0x0, 0x0, fcvt.l.s a0, f0, rmm)
    /* in: s:1.7000000476837158 */
    TEST_FP_CASE_X(523, 0x1, 0x2, 0xffffffff3fd9999a, 0x0, 0x0, fcvt.l.s a0, f0, rne)
    /* in: s:1.7000000476837158 */
    TEST_FP_CASE_X(524, 0x1, 0x1, 0xffffffff3fd9999a, 0x0, 0x0, fcvt.l.s a0, f0, rtz)
    /* in: s:1.7000000476837158 */
    TEST_FP_CASE_X(525, 0x1, 0x1, 0xffffffff3fd9999a, 0x0, 0x0, fcvt.l.s a0, f0, rdn)
    /* in: s:1.7000000476837158 */
    TEST_FP_CASE_X(526, 0x1, 0x2, 0xffffffff3fd9999a, 0x0, 0x0, fcvt.l.s a0, f0, rup)
    /* in: s:1.7000000476837158 */
    TEST_FP_CASE_X(527, 0x1, 0x2, 0xffffffff3fd9999a, 0x0, 0x0, fcvt.l.s a0, f0, rmm)
    /* in: s:-1.2999999523162842 */
    TEST_FP_CASE_X(528, 0x1, 0xffffffffffffffff, 0xffffffffbfa66666, 0x0, 0x0, fcvt.l.s a0, f0, rne)
    /* in: s:-1.2999999523162842 */
    TEST_FP_CASE_X(529, 0x1, 0xffffffffffffffff, 0xffffffffbfa66666, 0x0, 0x0, fcvt.l.s a0, f0, rtz)
    /* in: s:-1.2999999523162842 */
    TEST_FP_CASE_X(530, 0x1, 0xfffffffffffffffe, 0xffffffffbfa66666, 0x0, 0x0, fcvt.l.s a0, f0, rdn)
    /* in: s:-1.2999999523162842 */
    TEST_FP_CASE_X(531, 0x1, 0xffffffffffffffff, 0xffffffffbfa66666, 0x0, 0x0, fcvt.l.s a0, f0, rup)
    /* in: s:-1.2999999523162842 */
    TEST_FP_CASE_X(532, 0x1, 0xffffffffffffffff, 0xffffffffbfa66666, 0x0, 0x0, fcvt.l.s a0, f0, rmm)
    /* range; in: s:9.223372036854776e+18 */
    TEST_FP_CASE_X(533, 0x10, 0x7fffffffffffffff, 0xffffffff5f000000, 0x0, 0x0, fcvt.l.s a0, f0, rne)
    /* range; in: s:9.223372036854776e+18 */
    TEST_FP_CASE_X(534, 0x10, 0x7fffffffffffffff, 0xffffffff5f000000, 0x0, 0x0, fcvt.l.s a0, f0, rtz)
    /* range; in: s:-9.223372036854776e+18 */
    TEST_FP_CASE_X(535, 0x0, 0x8000000000000000, 0xffffffffdf000000, 0x0, 0x0, fcvt.l.s a0, f0, rne)
    /* range; in: s:-9.223372036854776e+18 */
    TEST_FP_CASE_X(536, 0x0, 0x8000000000000000, 0xffffffffdf000000, 0x0, 0x0, fcvt.l.s a0, f0, rtz)
    /* range; in: s:6.917529027641082e+18 */
    TEST_FP_CASE_X(537, 0x0, 0x6000000000000000, 0xffffffff5ec00000, 0x0, 0x0, fcvt.l.s a0, f0, rne)
    /* range; in: s:6.917529027641082e+18 */
    TEST_FP_CASE_X(538, 0x0, 0x6000000000000000, 0xffffffff5ec00000, 0x0, 0x0, fcvt.l.s a0, f0, rtz)
    /* range; in: s:-1.8446744073709552e+19 */
    TEST_FP_CASE_X(539, 0x10, 0x8000000000000000, 0xffffffffdf800000, 0x0, 0x0, fcvt.l.s a0, f0, rne)
    /* range; in: s:-1.8446744073709552e+19 */
    TEST_FP_CASE_X(540, 0x10, 0x8000000000000000, 0xffffffffdf800000, 0x0, 0x0, fcvt.l.s a0, f0, rtz)
    /* range; in: s:1.0000000150474662e+30 */
    TEST_FP_CASE_X(541, 0x10, 0x7fffffffffffffff, 0xffffffff7149f2ca, 0x0, 0x0, fcvt.l.s a0, f0, rne)
    /* range; in: s:1.0000000150474662e+30 */
    TEST_FP_CASE_X(542, 0x10, 0x7fffffffffffffff, 0xffffffff7149f2ca, 0x0, 0x0, fcvt.l.s a0, f0, rtz)
    /* qnan; in: s:nan */
    TEST_FP_CASE_X(543, 0x10, 0x7fffffffffffffff, 0xffffffff7fc00000, 0x0, 0x0, fcvt.l.s a0, f0, rtz)
    /* snan; in: s:nan */
    TEST_FP_CASE_X(544, 0x10, 0x7fffffffffffffff, 0xffffffff7fa00000, 0x0, 0x0, fcvt.l.s a0, f0, rtz)
    /* nanp; in: s:nan */
    TEST_FP_CASE_X(545, 0x10, 0x7fffffffffffffff, 0xffffffffffc00123, 0x0, 0x0, fcvt.l.s a0, f0, rtz)
    /* inf; in: s:inf */
    TEST_FP_CASE_X(546, 0x10, 0x7fffffffffffffff, 0xffffffff7f800000, 0x0, 0x0, fcvt.l.s a0, f0, rtz)
    /* ninf; in: s:-inf */
    TEST_FP_CASE_X(547, 0x10, 0x8000000000000000, 0xffffffffff800000, 0x0, 0x0, fcvt.l.s a0, f0, rtz)
    /* nz; in: s:-0.0 */
    TEST_FP_CASE_X(548, 0x0, 0x0, 0xffffffff80000000, 0x0, 0x0, fcvt.l.s a0, f0, rtz)
    /* den; in: s:1.401298464324817e-45 */
    TEST_FP_CASE_X(549, 0x1, 0x0, 0xffffffff00000001, 0x0, 0x0, fcvt.l.s a0, f0, rtz)
    /* max; in: s:3.4028234663852886e+38 */
    TEST_FP_CASE_X(550, 0x10, 0x7fffffffffffffff, 0xffffffff7f7fffff, 0x0, 0x0, fcvt.l.s a0, f0, rtz)
    /* tiny rounds up to 1; in: s:1.401298464324817e-45 */
    TEST_FP_CASE_X(551, 0x1, 0x1, 0xffffffff00000001, 0x0, 0x0, fcvt.l.s a0, f0, rup)
    /* tiny negative rounds down; in: s:-1.401298464324817e-45 */
    TEST_FP_CASE_X(552, 0x1, 0xffffffffffffffff, 0xffffffff80000001, 0x0, 0x0, fcvt.l.s a0, f0, rdn)
    /* dyn frm=rne; in: s:-2.5 */
    TEST_FP_CASE_X(553, 0x1, 0xfffffffffffffffe, 0xffffffffc0200000, 0x0, 0x0, fsrmi 0; fcvt.l.s a0, f0, dyn; fsrmi 0)
    /* default rm is dyn, frm=rne; in: s:3.5 */
    TEST_FP_CASE_X(554, 0x1, 0x4, 0xffffffff40600000, 0x0, 0x0, fsrmi 0; fcvt.l.s a0, f0; fsrmi 0)
    /* dyn frm=rtz; in: s:-2.5 */
    TEST_FP_CASE_X(555, 0x1, 0xfffffffffffffffe, 0xffffffffc0200000, 0x0, 0x0, fsrmi 1; fcvt.l.s a0, f0, dyn; fsrmi 0)
    /* default rm is dyn, frm=rtz; in: s:3.5 */
    TEST_FP_CASE_X(556, 0x1, 0x3, 0xffffffff40600000, 0x0, 0x0, fsrmi 1; fcvt.l.s a0, f0; fsrmi 0)
    /* dyn frm=rdn; in: s:-2.5 */
    TEST_FP_CASE_X(557, 0x1, 0xfffffffffffffffd, 0xffffffffc0200000, 0x0, 0x0, fsrmi 2; fcvt.l.s a0, f0, dyn; fsrmi 0)
    /* default rm is dyn, frm=rdn; in: s:3.5 */
    TEST_FP_CASE_X(558, 0x1, 0x3, 0xffffffff40600000, 0x0, 0x0, fsrmi 2; fcvt.l.s a0, f0; fsrmi 0)
    /* dyn frm=rup; in: s:-2.5 */
    TEST_FP_CASE_X(559, 0x1, 0xfffffffffffffffe, 0xffffffffc0200000, 0x0, 0x0, fsrmi 3; fcvt.l.s a0, f0, dyn; fsrmi 0)
    /* default rm is dyn, frm=rup; in: s:3.5 */
    TEST_FP_CASE_X(560, 0x1, 0x4, 0xffffffff40600000, 0x0, 0x0, fsrmi 3; fcvt.l.s a0, f0; fsrmi 0)
    /* dyn frm=rmm; in: s:-2.5 */
    TEST_FP_CASE_X(561, 0x1, 0xfffffffffffffffd, 0xffffffffc0200000, 0x0, 0x0, fsrmi 4; fcvt.l.s a0, f0, dyn; fsrmi 0)
    /* default rm is dyn, frm=rmm; in: s:3.5 */
    TEST_FP_CASE_X(562, 0x1, 0x4, 0xffffffff40600000, 0x0, 0x0, fsrmi 4; fcvt.l.s a0, f0; fsrmi 0)
    /* in: s:1.5 */
    TEST_FP_CASE_X(563, 0x1, 0x2, 0xffffffff3fc00000, 0x0, 0x0, fcvt.lu.s a0, f0, rne)
    /* in: s:1.5 */
    TEST_FP_CASE_X(564, 0x1, 0x1, 0xffffffff3fc00000, 0x0, 0x0, fcvt.lu.s a0, f0, rtz)
    /* in: s:1.5 */
    TEST_FP_CASE_X(565, 0x1, 0x1, 0xffffffff3fc00000, 0x0, 0x0, fcvt.lu.s a0, f0, rdn)
    /* in: s:1.5 */
    TEST_FP_CASE_X(566, 0x1, 0x2, 0xffffffff3fc00000, 0x0, 0x0, fcvt.lu.s a0, f0, rup)
    /* in: s:1.5 */
    TEST_FP_CASE_X(567, 0x1, 0x2, 0xffffffff3fc00000, 0x0, 0x0, fcvt.lu.s a0, f0, rmm)
    /* in: s:2.5 */
    TEST_FP_CASE_X(568, 0x1, 0x2, 0xffffffff40200000, 0x0, 0x0, fcvt.lu.s a0, f0, rne)
    /* in: s:2.5 */
    TEST_FP_CASE_X(569, 0x1, 0x2, 0xffffffff40200000, 0x0, 0x0, fcvt.lu.s a0, f0, rtz)
    /* in: s:2.5 */
    TEST_FP_CASE_X(570, 0x1, 0x2, 0xffffffff40200000, 0x0, 0x0, fcvt.lu.s a0, f0, rdn)
    /* in: s:2.5 */
    TEST_FP_CASE_X(571, 0x1, 0x3, 0xffffffff40200000, 0x0, 0x0, fcvt.lu.s a0, f0, rup)
    /* in: s:2.5 */
    TEST_FP_CASE_X(572, 0x1, 0x3, 0xffffffff40200000, 0x0, 0x0, fcvt.lu.s a0, f0, rmm)
    /* in: s:0.5 */
    TEST_FP_CASE_X(573, 0x1, 0x0, 0xffffffff3f000000, 0x0, 0x0, fcvt.lu.s a0, f0, rne)
    /* in: s:0.5 */
    TEST_FP_CASE_X(574, 0x1, 0x0, 0xffffffff3f000000, 0x0, 0x0, fcvt.lu.s a0, f0, rtz)
    /* in: s:0.5 */
    TEST_FP_CASE_X(575, 0x1, 0x0, 0xffffffff3f000000, 0x0, 0x0, fcvt.lu.s a0, f0, rdn)
    /* in: s:0.5 */
    TEST_FP_CASE_X(576, 0x1, 0x1, 0xffffffff3f000000, 0x0, 0x0, fcvt.lu.s a0, f0, rup)
    /* in: s:0.5 */
    TEST_FP_CASE_X(577, 0x1, 0x1, 0xffffffff3f000000, 0x0, 0x0, fcvt.lu.s a0, f0, rmm)
    /* in: s:1.7000000476837158 */
    TEST_FP_CASE_X(578, 0x1, 0x2, 0xffffffff3fd9999a, 0x0, 0x0, fcvt.lu.s a0, f0, rne)
    /* in: s:1.7000000476837158 */
    TEST_FP_CASE_X(579, 0x1, 0x1, 0xffffffff3fd9999a, 0x0, 0x0, fcvt.lu.s a0, f0, rtz)
    /* in: s:1.7000000476837158 */
    TEST_FP_CASE_X(580, 0x1, 0x1, 0xffffffff3fd9999a, 0x0, 0x0, fcvt.lu.s a0, f0, rdn)
    /* in: s:1.7000000476837158 */
    TEST_FP_CASE_X(581, 0x1, 0x2, 0xffffffff3fd9999a, 0x0, 0x0, fcvt.lu.s a0, f0, rup)
    /* in: s:1.7000000476837158 */
    TEST_FP_CASE_X(582, 0x1, 0x2, 0xffffffff3fd9999a, 0x0, 0x0, fcvt.lu.s a0, f0, rmm)
    /* in: s:-0.30000001192092896 */
    TEST_FP_CASE_X(583, 0x1, 0x0, 0xffffffffbe99999a, 0x0, 0x0, fcvt.lu.s a0, f0, rne)
    /* in: s:-0.30000001192092896 */
    TEST_FP_CASE_X(584, 0x1, 0x0, 0xffffffffbe99999a, 0x0, 0x0, fcvt.lu.s a0, f0, rtz)
    /* in: s:-0.30000001192092896 */
    TEST_FP_CASE_X(585, 0x10, 0x0, 0xffffffffbe99999a, 0x0, 0x0, fcvt.lu.s a0, f0, rdn)
    /* in: s:-0.30000001192092896 */
    TEST_FP_CASE_X(586, 0x1, 0x0, 0xffffffffbe99999a, 0x0, 0x0, fcvt.lu.s a0, f0, rup)
    /* in: s:-0.30000001192092896 */
    TEST_FP_CASE_X(587, 0x1, 0x0, 0xffffffffbe99999a, 0x0, 0x0, fcvt.lu.s a0, f0, rmm)
    /* in: s:-0.5 */
    TEST_FP_CASE_X(588, 0x1, 0x0, 0xffffffffbf000000, 0x0, 0x0, fcvt.lu.s a0, f0, rne)
    /* in: s:-0.5 */
    TEST_FP_CASE_X(589, 0x1, 0x0, 0xffffffffbf000000, 0x0, 0x0, fcvt.lu.s a0, f0, rtz)
    /* in: s:-0.5 */
    TEST_FP_CASE_X(590, 0x10, 0x0, 0xffffffffbf000000, 0x0, 0x0, fcvt.lu.s a0, f0, rdn)
    /* in: s:-0.5 */
    TEST_FP_CASE_X(591, 0x1, 0x0, 0xffffffffbf000000, 0x0, 0x0, fcvt.lu.s a0, f0, rup)
    /* in: s:-0.5 */
    TEST_FP_CASE_X(592, 0x10, 0x0, 0xffffffffbf000000, 0x0, 0x0, fcvt.lu.s a0, f0, rmm)
    /* range; in: s:1.8446744073709552e+19 */
    TEST_FP_CASE_X(593, 0x10, 0xffffffffffffffff, 0xffffffff5f800000, 0x0, 0x0, fcvt.lu.s a0, f0, rne)
    /* range; in: s:1.8446744073709552e+19 */
    TEST_FP_CASE_X(594, 0x10, 0xffffffffffffffff, 0xffffffff5f800000, 0x0, 0x0, fcvt.lu.s a0, f0, rtz)
    /* range; in: s:1.8446742974197924e+19 */
    TEST_FP_CASE_X(595, 0x0, 0xffffff0000000000, 0xffffffff5f7fffff, 0x0, 0x0, fcvt.lu.s a0, f0, rne)
    /* range; in: s:1.8446742974197924e+19 */
    TEST_FP_CASE_X(596, 0x0, 0xffffff0000000000, 0xffffffff5f7fffff, 0x0, 0x0, fcvt.lu.s a0, f0, rtz)
    /* range; in: s:-1.0 */
    TEST_FP_CASE_X(597, 0x10, 0x0, 0xffffffffbf800000, 0x0, 0x0, fcvt.lu.s a0, f0, rne)
    /* range; in: s:-1.0 */
    TEST_FP_CASE_X(598, 0x10, 0x0, 0xffffffffbf800000, 0x0, 0x0, fcvt.lu.s a0, f0, rtz)
    /* range; in: s:9.223372036854776e+18 */
    TEST_FP_CASE_X(599, 0x0, 0x8000000000000000, 0xffffffff5f000000, 0x0, 0x0, fcvt.lu.s a0, f0, rne)
    /* range; in: s:9.223372036854776e+18 */
    TEST_FP_CASE_X(600, 0x0, 0x8000000000000000, 0xffffffff5f000000, 0x0, 0x0, fcvt.lu.s a0, f0, rtz)
    /* range; in: s:1.0000000150474662e+30 */
    TEST_FP_CASE_X(601, 0x10, 0xffffffffffffffff, 0xffffffff7149f2ca, 0x0, 0x0, fcvt.lu.s a0, f0, rne)
    /* range; in: s:1.0000000150474662e+30 */
    TEST_FP_CASE_X(602, 0x10, 0xffffffffffffffff, 0xffffffff7149f2ca, 0x0, 0x0, fcvt.lu.s a0, f0, rtz)
    /* qnan; in: s:nan */
    TEST_FP_CASE_X(603, 0x10, 0xffffffffffffffff, 0xffffffff7fc00000, 0x0, 0x0, fcvt.lu.s a0, f0, rtz)
    /* snan; in: s:nan */
    TEST_FP_CASE_X(604, 0x10, 0xffffffffffffffff, 0xffffffff7fa00000, 0x0, 0x0, fcvt.lu.s a0, f0, rtz)
    /* nanp; in: s:nan */
    TEST_FP_CASE_X(605, 0x10, 0xffffffffffffffff, 0xffffffffffc00123, 0x0, 0x0, fcvt.lu.s a0, f0, rtz)
    /* inf; in: s:inf */
    TEST_FP_CASE_X(606, 0x10, 0xffffffffffffffff, 0xffffffff7f800000, 0x0, 0x0, fcvt.lu.s a0, f0, rtz)
    /* ninf; in: s:-inf */
    TEST_FP_CASE_X(607, 0x10, 0x0, 0xffffffffff800000, 0x0, 0x0, fcvt.lu.s a0, f0, rtz)
    /* nz; in: s:-0.0 */
    TEST_FP_CASE_X(608, 0x0, 0x0, 0xffffffff80000000, 0x0, 0x0, fcvt.lu.s a0, f0, rtz)
    /* den; in: s:1.401298464324817e-45 */
    TEST_FP_CASE_X(609, 0x1, 0x0, 0xffffffff00000001, 0x0, 0x0, fcvt.lu.s a0, f0, rtz)
    /* max; in: s:3.4028234663852886e+38 */
    TEST_FP_CASE_X(610, 0x10, 0xffffffffffffffff, 0xffffffff7f7fffff, 0x0, 0x0, fcvt.lu.s a0, f0, rtz)
    /* tiny rounds up to 1; in: s:1.401298464324817e-45 */
    TEST_FP_CASE_X(611, 0x1, 0x1, 0xffffffff00000001, 0x0, 0x0, fcvt.lu.s a0, f0, rup)
    /* tiny negative rounds down; in: s:-1.401298464324817e-45 */
    TEST_FP_CASE_X(612, 0x10, 0x0, 0xffffffff80000001, 0x0, 0x0, fcvt.lu.s a0, f0, rdn)
    /* dyn frm=rne; in: s:-2.5 */
    TEST_FP_CASE_X(613, 0x10, 0x0, 0xffffffffc0200000, 0x0, 0x0, fsrmi 0; fcvt.lu.s a0, f0, dyn; fsrmi 0)
    /* default rm is dyn, frm=rne; in: s:3.5 */
    TEST_FP_CASE_X(614, 0x1, 0x4, 0xffffffff40600000, 0x0, 0x0, fsrmi 0; fcvt.lu.s a0, f0; fsrmi 0)
    /* dyn frm=rtz; in: s:-2.5 */
    TEST_FP_CASE_X(615, 0x10, 0x0, 0xffffffffc0200000, 0x0, 0x0, fsrmi 1; fcvt.lu.s a0, f0, dyn; fsrmi 0)
    /* default rm is dyn, frm=rtz; in: s:3.5 */
    TEST_FP_CASE_X(616, 0x1, 0x3, 0xffffffff40600000, 0x0, 0x0, fsrmi 1; fcvt.lu.s a0, f0; fsrmi 0)
    /* dyn frm=rdn; in: s:-2.5 */
    TEST_FP_CASE_X(617, 0x10, 0x0, 0xffffffffc0200000, 0x0, 0x0, fsrmi 2; fcvt.lu.s a0, f0, dyn; fsrmi 0)
    /* default rm is dyn, frm=rdn; in: s:3.5 */
    TEST_FP_CASE_X(618, 0x1, 0x3, 0xffffffff40600000, 0x0, 0x0, fsrmi 2; fcvt.lu.s a0, f0; fsrmi 0)
    /* dyn frm=rup; in: s:-2.5 */
    TEST_FP_CASE_X(619, 0x10, 0x0, 0xffffffffc0200000, 0x0, 0x0, fsrmi 3; fcvt.lu.s a0, f0, dyn; fsrmi 0)
    /* default rm is dyn, frm=rup; in: s:3.5 */
    TEST_FP_CASE_X(620, 0x1, 0x4, 0xffffffff40600000, 0x0, 0x0, fsrmi 3; fcvt.lu.s a0, f0; fsrmi 0)
    /* dyn frm=rmm; in: s:-2.5 */
    TEST_FP_CASE_X(621, 0x10, 0x0, 0xffffffffc0200000, 0x0, 0x0, fsrmi 4; fcvt.lu.s a0, f0, dyn; fsrmi 0)
    /* default rm is dyn, frm=rmm; in: s:3.5 */
    TEST_FP_CASE_X(622, 0x1, 0x4, 0xffffffff40600000, 0x0, 0x0, fsrmi 4; fcvt.lu.s a0, f0; fsrmi 0)
    TEST_FP_CASE_I(623, 0x0, 0xffffffff00000000, 0x0, fcvt.s.w f3, a0, rne)
    TEST_FP_CASE_I(624, 0x0, 0xffffffff00000000, 0x0, fcvt.s.w f3, a0, rtz)
    TEST_FP_CASE_I(625, 0x0, 0xffffffff00000000, 0x0, fcvt.s.w f3, a0, rdn)
    TEST_FP_CASE_I(626, 0x0, 0xffffffff00000000, 0x0, fcvt.s.w f3, a0, rup)
    TEST_FP_CASE_I(627, 0x0, 0xffffffff00000000, 0x0, fcvt.s.w f3, a0, rmm)
    TEST_FP_CASE_I(628, 0x0, 0xffffffff3f800000, 0x1, fcvt.s.w f3, a0, rne)
    TEST_FP_CASE_I(629, 0x0, 0xffffffff3f800000, 0x1, fcvt.s.w f3, a0, rtz)
    TEST_FP_CASE_I(630, 0x0, 0xffffffff3f800000, 0x1, fcvt.s.w f3, a0, rdn)
    TEST_FP_CASE_I(631, 0x0, 0xffffffff3f800000, 0x1, fcvt.s.w f3, a0, rup)
    TEST_FP_CASE_I(632, 0x0, 0xffffffff3f800000, 0x1, fcvt.s.w f3, a0, rmm)
    TEST_FP_CASE_I(633, 0x0, 0xffffffffbf800000, 0xffffffffffffffff, fcvt.s.w f3, a0, rne)
    TEST_FP_CASE_I(634, 0x0, 0xffffffffbf800000, 0xffffffffffffffff, fcvt.s.w f3, a0, rtz)
    TEST_FP_CASE_I(635, 0x0, 0xffffffffbf800000, 0xffffffffffffffff, fcvt.s.w f3, a0, rdn)
    TEST_FP_CASE_I(636, 0x0, 0xffffffffbf800000, 0xffffffffffffffff, fcvt.s.w f3, a0, rup)
    TEST_FP_CASE_I(637, 0x0, 0xffffffffbf800000, 0xffffffffffffffff, fcvt.s.w f3, a0, rmm)
    TEST_FP_CASE_I(638, 0x1, 0xffffffff4f000000, 0x7fffffff, fcvt.s.w f3, a0, rne)
    TEST_FP_CASE_I(639, 0x1, 0xffffffff4effffff, 0x7fffffff, fcvt.s.w f3, a0, rtz)
    TEST_FP_CASE_I(640, 0x1, 0xffffffff4effffff, 0x7fffffff, fcvt.s.w f3, a0, rdn)
    TEST_FP_CASE_I(641, 0x1, 0xffffffff4f000000, 0x7fffffff, fcvt.s.w f3, a0, rup)
    TEST_FP_CASE_I(642, 0x1, 0xffffffff4f000000, 0x7fffffff, fcvt.s.w f3, a0, rmm)
    TEST_FP_CASE_I(643, 0x0, 0xffffffffcf000000, 0xffffffff80000000, fcvt.s.w f3, a0, rne)
    TEST_FP_CASE_I(644, 0x0, 0xffffffffcf000000, 0xffffffff80000000, fcvt.s.w f3, a0, rtz)
    TEST_FP_CASE_I(645, 0x0, 0xffffffffcf000000, 0xffffffff80000000, fcvt.s.w f3, a0, rdn)
    TEST_FP_CASE_I(646, 0x0, 0xffffffffcf000000, 0xffffffff80000000, fcvt.s.w f3, a0, rup)
    TEST_FP_CASE_I(647, 0x0, 0xffffffffcf000000, 0xffffffff80000000, fcvt.s.w f3, a0, rmm)
    TEST_FP_CASE_I(648, 0x1, 0xffffffff4b800000, 0x1000001, fcvt.s.w f3, a0, rne)
    TEST_FP_CASE_I(649, 0x1, 0xffffffff4b800000, 0x1000001, fcvt.s.w f3, a0, rtz)
    TEST_FP_CASE_I(650, 0x1, 0xffffffff4b800000, 0x1000001, fcvt.s.w f3, a0, rdn)
    TEST_FP_CASE_I(651, 0x1, 0xffffffff4b800001, 0x1000001, fcvt.s.w f3, a0, rup)
    TEST_FP_CASE_I(652, 0x1, 0xffffffff4b800001, 0x1000001, fcvt.s.w f3, a0, rmm)
    TEST_FP_CASE_I(653, 0x1, 0xffffffff4b800002, 0x1000003, fcvt.s.w f3, a0, rne)
    TEST_FP_CASE_I(654, 0x1, 0xffffffff4b800001, 0x1000003, fcvt.s.w f3, a0, rtz)
    TEST_FP_CASE_I(655, 0x1, 0xffffffff4b800001, 0x1000003, fcvt.s.w f3, a0, rdn)
    TEST_FP_CASE_I(656, 0x1, 0xffffffff4b800002, 0x1000003, fcvt.s.w f3, a0, rup)
    TEST_FP_CASE_I(657, 0x1, 0xffffffff4b800002, 0x1000003, fcvt.s.w f3, a0, rmm)
    TEST_FP_CASE_I(658, 0x1, 0xffffffffcb800000, 0xfffffffffeffffff, fcvt.s.w f3, a0, rne)
    TEST_FP_CASE_I(659, 0x1, 0xffffffffcb800000, 0xfffffffffeffffff, fcvt.s.w f3, a0, rtz)
    TEST_FP_CASE_I(660, 0x1, 0xffffffffcb800001, 0xfffffffffeffffff, fcvt.s.w f3, a0, rdn)
    TEST_FP_CASE_I(661, 0x1, 0xffffffffcb800000, 0xfffffffffeffffff, fcvt.s.w f3, a0, rup)
    TEST_FP_CASE_I(662, 0x1, 0xffffffffcb800001, 0xfffffffffeffffff, fcvt.s.w f3, a0, rmm)
    TEST_FP_CASE_I(663, 0x0, 0xffffffff40a00000, 0x1234567800000005, fcvt.s.w f3, a0, rne)
    TEST_FP_CASE_I(664, 0x0, 0xffffffff40a00000, 0x1234567800000005, fcvt.s.w f3, a0, rtz)
    TEST_FP_CASE_I(665, 0x0, 0xffffffff40a00000, 0x1234567800000005, fcvt.s.w f3, a0, rdn)
    TEST_FP_CASE_I(666, 0x0, 0xffffffff40a00000, 0x1234567800000005, fcvt.s.w f3, a0, rup)
    TEST_FP_CASE_I(667, 0x0, 0xffffffff40a00000, 0x1234567800000005, fcvt.s.w f3, a0, rmm)
    TEST_FP_CASE_I(668, 0x1, 0xffffffff4f000000, 0x7ffffff1, fcvt.s.w f3, a0, rne)
    TEST_FP_CASE_I(669, 0x1, 0xffffffff4effffff, 0x7ffffff1, fcvt.s.w f3, a0, rtz)
    TEST_FP_CASE_I(670, 0x1, 0xffffffff4effffff, 0x7ffffff1, fcvt.s.w f3, a0, rdn)
    TEST_FP_CASE_I(671, 0x1, 0xffffffff4f000000, 0x7ffffff1, fcvt.s.w f3, a0, rup)
    TEST_FP_CASE_I(672, 0x1, 0xffffffff4f000000, 0x7ffffff1, fcvt.s.w f3, a0, rmm)
    /* dyn frm=rne */
    TEST_FP_CASE_I(673, 0x1, 0xffffffffcb800002, 0xfffffffffefffffd, fsrmi 0; fcvt.s.w f3, a0; fsrmi 0)
    /* dyn frm=rtz */
    TEST_FP_CASE_I(674, 0x1, 0xffffffffcb800001, 0xfffffffffefffffd, fsrmi 1; fcvt.s.w f3, a0; fsrmi 0)
    /* dyn frm=rdn */
    TEST_FP_CASE_I(675, 0x1, 0xffffffffcb800002, 0xfffffffffefffffd, fsrmi 2; fcvt.s.w f3, a0; fsrmi 0)
    /* dyn frm=rup */
    TEST_FP_CASE_I(676, 0x1, 0xffffffffcb800001, 0xfffffffffefffffd, fsrmi 3; fcvt.s.w f3, a0; fsrmi 0)
    /* dyn frm=rmm */
    TEST_FP_CASE_I(677, 0x1, 0xffffffffcb800002, 0xfffffffffefffffd, fsrmi 4; fcvt.s.w f3, a0; fsrmi 0)
    TEST_FP_CASE_I(678, 0x0, 0xffffffff00000000, 0x0, fcvt.s.wu f3, a0, rne)
    TEST_FP_CASE_I(679, 0x0, 0xffffffff00000000, 0x0, fcvt.s.wu f3, a0, rtz)
    TEST_FP_CASE_I(680, 0x0, 0xffffffff00000000, 0x0, fcvt.s.wu f3, a0, rdn)
    TEST_FP_CASE_I(681, 0x0, 0xffffffff00000000, 0x0, fcvt.s.wu f3, a0, rup)
    TEST_FP_CASE_I(682, 0x0, 0xffffffff00000000, 0x0, fcvt.s.wu f3, a0, rmm)
    TEST_FP_CASE_I(683, 0x1, 0xffffffff4f800000, 0xffffffff, fcvt.s.wu f3, a0, rne)
    TEST_FP_CASE_I(684, 0x1, 0xffffffff4f7fffff, 0xffffffff, fcvt.s.wu f3, a0, rtz)
    TEST_FP_CASE_I(685, 0x1, 0xffffffff4f7fffff, 0xffffffff, fcvt.s.wu f3, a0, rdn)
    TEST_FP_CASE_I(686, 0x1, 0xffffffff4f800000, 0xffffffff, fcvt.s.wu f3, a0, rup)
    TEST_FP_CASE_I(687, 0x1, 0xffffffff4f800000, 0xffffffff, fcvt.s.wu f3, a0, rmm)
    TEST_FP_CASE_I(688, 0x0, 0xffffffff4f000000, 0x80000000, fcvt.s.wu f3, a0, rne)
    TEST_FP_CASE_I(689, 0x0, 0xffffffff4f000000, 0x80000000, fcvt.s.wu f3, a0, rtz)
    TEST_FP_CASE_I(690, 0x0, 0xffffffff4f000000, 0x80000000, fcvt.s.wu f3, a0, rdn)
    TEST_FP_CASE_I(691, 0x0, 0xffffffff4f000000, 0x80000000, fcvt.s.wu f3, a0, rup)
    TEST_FP_CASE_I(692, 0x0, 0xffffffff4f000000, 0x80000000, fcvt.s.wu f3, a0, rmm)
    TEST_FP_CASE_I(693, 0x1, 0xffffffff4b800000, 0x1000001, fcvt.s.wu f3, a0, rne)
    TEST_FP_CASE_I(694, 0x1, 0xffffffff4b800000, 0x1000001, fcvt.s.wu f3, a0, rtz)
    TEST_FP_CASE_I(695, 0x1, 0xffffffff4b800000, 0x1000001, fcvt.s.wu f3, a0, rdn)
    TEST_FP_CASE_I(696, 0x1, 0xffffffff4b800001, 0x1000001, fcvt.s.wu f3, a0, rup)
    TEST_FP_CASE_I(697, 0x1, 0xffffffff4b800001, 0x1000001, fcvt.s.wu f3, a0, rmm)
    TEST_FP_CASE_I(698, 0x0, 0xffffffff4f000000, 0xffffffff80000000, fcvt.s.wu f3, a0, rne)
    TEST_FP_CASE_I(699, 0x0, 0xffffffff4f000000, 0xffffffff80000000, fcvt.s.wu f3, a0, rtz)
    TEST_FP_CASE_I(700, 0x0, 0xffffffff4f000000, 0xffffffff80000000, fcvt.s.wu f3, a0, rdn)
    TEST_FP_CASE_I(701, 0x0, 0xffffffff4f000000, 0xffffffff80000000, fcvt.s.wu f3, a0, rup)
    TEST_FP_CASE_I(702, 0x0, 0xffffffff4f000000, 0xffffffff80000000, fcvt.s.wu f3, a0, rmm)
    TEST_FP_CASE_I(703, 0x1, 0xffffffff4f800000, 0xfffffff5, fcvt.s.wu f3, a0, rne)
    TEST_FP_CASE_I(704, 0x1, 0xffffffff4f7fffff, 0xfffffff5, fcvt.s.wu f3, a0, rtz)
    TEST_FP_CASE_I(705, 0x1, 0xffffffff4f7fffff, 0xfffffff5, fcvt.s.wu f3, a0, rdn)
    TEST_FP_CASE_I(706, 0x1, 0xffffffff4f800000, 0xfffffff5, fcvt.s.wu f3, a0, rup)
    TEST_FP_CASE_I(707, 0x1, 0xffffffff4f800000, 0xfffffff5, fcvt.s.wu f3, a0, rmm)
    /* dyn frm=rne */
    TEST_FP_CASE_I(708, 0x1, 0xffffffff4b800002, 0x1000003, fsrmi 0; fcvt.s.wu f3, a0; fsrmi 0)
    /* dyn frm=rtz */
    TEST_FP_CASE_I(709, 0x1, 0xffffffff4b800001, 0x1000003, fsrmi 1; fcvt.s.wu f3, a0; fsrmi 0)
    /* dyn frm=rdn */
    TEST_FP_CASE_I(710, 0x1, 0xffffffff4b800001, 0x1000003, fsrmi 2; fcvt.s.wu f3, a0; fsrmi 0)
    /* dyn frm=rup */
    TEST_FP_CASE_I(711, 0x1, 0xffffffff4b800002, 0x1000003, fsrmi 3; fcvt.s.wu f3, a0; fsrmi 0)
    /* dyn frm=rmm */
    TEST_FP_CASE_I(712, 0x1, 0xffffffff4b800002, 0x1000003, fsrmi 4; fcvt.s.wu f3, a0; fsrmi 0)
    TEST_FP_CASE_I(713, 0x0, 0xffffffff00000000, 0x0, fcvt.s.l f3, a0, rne)
    TEST_FP_CASE_I(714, 0x0, 0xffffffff00000000, 0x0, fcvt.s.l f3, a0, rtz)
    TEST_FP_CASE_I(715, 0x0, 0xffffffff00000000, 0x0, fcvt.s.l f3, a0, rdn)
    TEST_FP_CASE_I(716, 0x0, 0xffffffff00000000, 0x0, fcvt.s.l f3, a0, rup)
    TEST_FP_CASE_I(717, 0x0, 0xffffffff00000000, 0x0, fcvt.s.l f3, a0, rmm)
    TEST_FP_CASE_I(718, 0x0, 0xffffffffbf800000, 0xffffffffffffffff, fcvt.s.l f3, a0, rne)
    TEST_FP_CASE_I(719, 0x0, 0xffffffffbf800000, 0xffffffffffffffff, fcvt.s.l f3, a0, rtz)
    TEST_FP_CASE_I(720, 0x0, 0xffffffffbf800000, 0xffffffffffffffff, fcvt.s.l f3, a0, rdn)
    TEST_FP_CASE_I(721, 0x0, 0xffffffffbf800000, 0xffffffffffffffff, fcvt.s.l f3, a0, rup)
    TEST_FP_CASE_I(722, 0x0, 0xffffffffbf800000, 0xffffffffffffffff, fcvt.s.l f3, a0, rmm)
    TEST_FP_CASE_I(723, 0x1, 0xffffffff5f000000, 0x7fffffffffffffff, fcvt.s.l f3, a0, rne)
    TEST_FP_CASE_I(724, 0x1, 0xffffffff5effffff, 0x7fffffffffffffff, fcvt.s.l f3, a0, rtz)
    TEST_FP_CASE_I(725, 0x1, 0xffffffff5effffff, 0x7fffffffffffffff, fcvt.s.l f3, a0, rdn)
    TEST_FP_CASE_I(726, 0x1, 0xffffffff5f000000, 0x7fffffffffffffff, fcvt.s.l f3, a0, rup)
    TEST_FP_CASE_I(727, 0x1, 0xffffffff5f000000, 0x7fffffffffffffff, fcvt.s.l f3, a0, rmm)
    TEST_FP_CASE_I(728, 0x0, 0xffffffffdf000000, 0x8000000000000000, fcvt.s.l f3, a0, rne)
    TEST_FP_CASE_I(729, 0x0, 0xffffffffdf000000, 0x8000000000000000, fcvt.s.l f3, a0, rtz)
    TEST_FP_CASE_I(730, 0x0, 0xffffffffdf000000, 0x8000000000000000, fcvt.s.l f3, a0, rdn)
    TEST_FP_CASE_I(731, 0x0, 0xffffffffdf000000, 0x8000000000000000, fcvt.s.l f3, a0, rup)
    TEST_FP_CASE_I(732, 0x0, 0xffffffffdf000000, 0x8000000000000000, fcvt.s.l f3, a0, rmm)
    TEST_FP_CASE_I(733, 0x1, 0xffffffff5a000000, 0x20000000000001, fcvt.s.l f3, a0, rne)
    TEST_FP_CASE_I(734, 0x1, 0xffffffff5a000000, 0x20000000000001, fcvt.s.l f3, a0, rtz)
    TEST_FP_CASE_I(735, 0x1, 0xffffffff5a000000, 0x20000000000001, fcvt.s.l f3, a0, rdn)
    TEST_FP_CASE_I(736, 0x1, 0xffffffff5a000001, 0x20000000000001, fcvt.s.l f3, a0, rup)
    TEST_FP_CASE_I(737, 0x1, 0xffffffff5a000000, 0x20000000000001, fcvt.s.l f3, a0, rmm)
    TEST_FP_CASE_I(738, 0x1, 0xffffffff5a000000, 0x20000000000003, fcvt.s.l f3, a0, rne)
    TEST_FP_CASE_I(739, 0x1, 0xffffffff5a000000, 0x20000000000003, fcvt.s.l f3, a0, rtz)
    TEST_FP_CASE_I(740, 0x1, 0xffffffff5a000000, 0x20000000000003, fcvt.s.l f3, a0, rdn)
    TEST_FP_CASE_I(741, 0x1, 0xffffffff5a000001, 0x20000000000003, fcvt.s.l f3, a0, rup)
    TEST_FP_CASE_I(742, 0x1, 0xffffffff5a000000, 0x20000000000003, fcvt.s.l f3, a0, rmm)
    TEST_FP_CASE_I(743, 0x1, 0xffffffffda000000, 0xffdfffffffffffff, fcvt.s.l f3, a0, rne)
    TEST_FP_CASE_I(744, 0x1, 0xffffffffda000000, 0xffdfffffffffffff, fcvt.s.l f3, a0, rtz)
    TEST_FP_CASE_I(745, 0x1, 0xffffffffda000001, 0xffdfffffffffffff, fcvt.s.l f3, a0, rdn)
    TEST_FP_CASE_I(746, 0x1, 0xffffffffda000000, 0xffdfffffffffffff, fcvt.s.l f3, a0, rup)
    TEST_FP_CASE_I(747, 0x1, 0xffffffffda000000, 0xffdfffffffffffff, fcvt.s.l f3, a0, rmm)
    TEST_FP_CASE_I(748, 0x1, 0xffffffff4b800000, 0x1000001, fcvt.s.l f3, a0, rne)
    TEST_FP_CASE_I(749, 0x1, 0xffffffff4b800000, 0x1000001, fcvt.s.l f3, a0, rtz)
    TEST_FP_CASE_I(750, 0x1, 0xffffffff4b800000, 0x1000001, fcvt.s.l f3, a0, rdn)
    TEST_FP_CASE_I(751, 0x1, 0xffffffff4b800001, 0x1000001, fcvt.s.l f3, a0, rup)
    TEST_FP_CASE_I(752, 0x1, 0xffffffff4b800001, 0x1000001, fcvt.s.l f3, a0, rmm)
    TEST_FP_CASE_I(753, 0x1, 0xffffffff5e800000, 0x4000004000000000, fcvt.s.l f3, a0, rne)
    TEST_FP_CASE_I(754, 0x1, 0xffffffff5e800000, 0x4000004000000000, fcvt.s.l f3, a0, rtz)
    TEST_FP_CASE_I(755, 0x1, 0xffffffff5e800000, 0x4000004000000000, fcvt.s.l f3, a0, rdn)
    TEST_FP_CASE_I(756, 0x1, 0xffffffff5e800001, 0x4000004000000000, fcvt.s.l f3, a0, rup)
    TEST_FP_CASE_I(757, 0x1, 0xffffffff5e800001, 0x4000004000000000, fcvt.s.l f3, a0, rmm)
    /* dyn frm=rne */
    TEST_FP_CASE_I(758, 0x1, 0xffffffffcb800002, 0xfffffffffefffffd, fsrmi 0; fcvt.s.l f3, a0; fsrmi 0)
    /* dyn frm=rtz */
    TEST_FP_CASE_I(759, 0x1, 0xffffffffcb800001, 0xfffffffffefffffd, fsrmi 1; fcvt.s.l f3, a0; fsrmi 0)
    /* dyn frm=rdn */
    TEST_FP_CASE_I(760, 0x1, 0xffffffffcb800002, 0xfffffffffefffffd, fsrmi 2; fcvt.s.l f3, a0; fsrmi 0)
    /* dyn frm=rup */
    TEST_FP_CASE_I(761, 0x1, 0xffffffffcb800001, 0xfffffffffefffffd, fsrmi 3; fcvt.s.l f3, a0; fsrmi 0)
    /* dyn frm=rmm */
    TEST_FP_CASE_I(762, 0x1, 0xffffffffcb800002, 0xfffffffffefffffd, fsrmi 4; fcvt.s.l f3, a0; fsrmi 0)
    TEST_FP_CASE_I(763, 0x0, 0xffffffff00000000, 0x0, fcvt.s.lu f3, a0, rne)
    TEST_FP_CASE_I(764, 0x0, 0xffffffff00000000, 0x0, fcvt.s.lu f3, a0, rtz)
    TEST_FP_CASE_I(765, 0x0, 0xffffffff00000000, 0x0, fcvt.s.lu f3, a0, rdn)
    TEST_FP_CASE_I(766, 0x0, 0xffffffff00000000, 0x0, fcvt.s.lu f3, a0, rup)
    TEST_FP_CASE_I(767, 0x0, 0xffffffff00000000, 0x0, fcvt.s.lu f3, a0, rmm)
    TEST_FP_CASE_I(768, 0x1, 0xffffffff5f800000, 0xffffffffffffffff, fcvt.s.lu f3, a0, rne)
    TEST_FP_CASE_I(769, 0x1, 0xffffffff5f7fffff, 0xffffffffffffffff, fcvt.s.lu f3, a0, rtz)
    TEST_FP_CASE_I(770, 0x1, 0xffffffff5f7fffff, 0xffffffffffffffff, fcvt.s.lu f3, a0, rdn)
    TEST_FP_CASE_I(771, 0x1, 0xffffffff5f800000, 0xffffffffffffffff, fcvt.s.lu f3, a0, rup)
    TEST_FP_CASE_I(772, 0x1, 0xffffffff5f800000, 0xffffffffffffffff, fcvt.s.lu f3, a0, rmm)
    TEST_FP_CASE_I(773, 0x0, 0xffffffff5f000000, 0x8000000000000000, fcvt.s.lu f3, a0, rne)
    TEST_FP_CASE_I(774, 0x0, 0xffffffff5f000000, 0x8000000000000000, fcvt.s.lu f3, a0, rtz)
    TEST_FP_CASE_I(775, 0x0, 0xffffffff5f000000, 0x8000000000000000, fcvt.s.lu f3, a0, rdn)
    TEST_FP_CASE_I(776, 0x0, 0xffffffff5f000000, 0x8000000000000000, fcvt.s.lu f3, a0, rup)
    TEST_FP_CASE_I(777, 0x0, 0xffffffff5f000000, 0x8000000000000000, fcvt.s.lu f3, a0, rmm)
    TEST_FP_CASE_I(778, 0x1, 0xffffffff5f800000, 0xfffffffffffff800, fcvt.s.lu f3, a0, rne)
    TEST_FP_CASE_I(779, 0x1, 0xffffffff5f7fffff, 0xfffffffffffff800, fcvt.s.lu f3, a0, rtz)
    TEST_FP_CASE_I(780, 0x1, 0xffffffff5f7fffff, 0xfffffffffffff800, fcvt.s.lu f3, a0, rdn)
    TEST_FP_CASE_I(781, 0x1, 0xffffffff5f800000, 0xfffffffffffff800, fcvt.s.lu f3, a0, rup)
    TEST_FP_CASE_I(782, 0x1, 0xffffffff5f800000, 0xfffffffffffff800, fcvt.s.lu f3, a0, rmm)
    TEST_FP_CASE_I(783, 0x1, 0xffffffff5a000000, 0x20000000000001, fcvt.s.lu f3, a0, rne)
    TEST_FP_CASE_I(784, 0x1, 0xffffffff5a000000, 0x20000000000001, fcvt.s.lu f3, a0, rtz)
    TEST_FP_CASE_I(785, 0x1, 0xffffffff5a000000, 0x20000000000001, fcvt.s.lu f3, a0, rdn)
    TEST_FP_CASE_I(786, 0x1, 0xffffffff5a000001, 0x20000000000001, fcvt.s.lu f3, a0, rup)
    TEST_FP_CASE_I(787, 0x1, 0xffffffff5a000000, 0x20000000000001, fcvt.s.lu f3, a0, rmm)
    TEST_FP_CASE_I(788, 0x1, 0xffffffff5f000000, 0x8000000000000001, fcvt.s.lu f3, a0, rne)
    TEST_FP_CASE_I(789, 0x1, 0xffffffff5f000000, 0x8000000000000001, fcvt.s.lu f3, a0, rtz)
    TEST_FP_CASE_I(790, 0x1, 0xffffffff5f000000, 0x8000000000000001, fcvt.s.lu f3, a0, rdn)
    TEST_FP_CASE_I(791, 0x1, 0xffffffff5f000001, 0x8000000000000001, fcvt.s.lu f3, a0, rup)
    TEST_FP_CASE_I(792, 0x1, 0xffffffff5f000000, 0x8000000000000001, fcvt.s.lu f3, a0, rmm)
    TEST_FP_CASE_I(793, 0x1, 0xffffffff4b800000, 0x1000001, fcvt.s.lu f3, a0, rne)
    TEST_FP_CASE_I(794, 0x1, 0xffffffff4b800000, 0x1000001, fcvt.s.lu f3, a0, rtz)
    TEST_FP_CASE_I(795, 0x1, 0xffffffff4b800000, 0x1000001, fcvt.s.lu f3, a0, rdn)
    TEST_FP_CASE_I(796, 0x1, 0xffffffff4b800001, 0x1000001, fcvt.s.lu f3, a0, rup)
    TEST_FP_CASE_I(797, 0x1, 0xffffffff4b800001, 0x1000001, fcvt.s.lu f3, a0, rmm)
    /* dyn frm=rne */
    TEST_FP_CASE_I(798, 0x1, 0xffffffff4b800002, 0x1000003, fsrmi 0; fcvt.s.lu f3, a0; fsrmi 0)
    /* dyn frm=rtz */
    TEST_FP_CASE_I(799, 0x1, 0xffffffff4b800001, 0x1000003, fsrmi 1; fcvt.s.lu f3, a0; fsrmi 0)
    /* dyn frm=rdn */
    TEST_FP_CASE_I(800, 0x1, 0xffffffff4b800001, 0x1000003, fsrmi 2; fcvt.s.lu f3, a0; fsrmi 0)
    /* dyn frm=rup */
    TEST_FP_CASE_I(801, 0x1, 0xffffffff4b800002, 0x1000003, fsrmi 3; fcvt.s.lu f3, a0; fsrmi 0)
    /* dyn frm=rmm */
    TEST_FP_CASE_I(802, 0x1, 0xffffffff4b800002, 0x1000003, fsrmi 4; fcvt.s.lu f3, a0; fsrmi 0)
    /* in: d:0.3333333333333333; out: s:0.3333333432674408 */
    TEST_FP_CASE_F(803, 0x1, 0xffffffff3eaaaaab, 0x3fd5555555555555, 0x0, 0x0, fcvt.s.d f3, f0, rne)
    /* in: d:0.3333333333333333; out: s:0.3333333134651184 */
    TEST_FP_CASE_F(804, 0x1, 0xffffffff3eaaaaaa, 0x3fd5555555555555, 0x0, 0x0, fcvt.s.d f3, f0, rtz)
    /* in: d:0.3333333333333333; out: s:0.3333333134651184 */
    TEST_FP_CASE_F(805, 0x1, 0xffffffff3eaaaaaa, 0x3fd5555555555555, 0x0, 0x0, fcvt.s.d f3, f0, rdn)
    /* in: d:0.3333333333333333; out: s:0.3333333432674408 */
    TEST_FP_CASE_F(806, 0x1, 0xffffffff3eaaaaab, 0x3fd5555555555555, 0x0, 0x0, fcvt.s.d f3, f0, rup)
    /* in: d:0.3333333333333333; out: s:0.3333333432674408 */
    TEST_FP_CASE_F(807, 0x1, 0xffffffff3eaaaaab, 0x3fd5555555555555, 0x0, 0x0, fcvt.s.d f3, f0, rmm)
    /* in: d:-0.3333333333333333; out: s:-0.3333333432674408 */
    TEST_FP_CASE_F(808, 0x1, 0xffffffffbeaaaaab, 0xbfd5555555555555, 0x0, 0x0, fcvt.s.d f3, f0, rne)
    /* in: d:-0.3333333333333333; out: s:-0.3333333134651184 */
    TEST_FP_CASE_F(809, 0x1, 0xffffffffbeaaaaaa, 0xbfd5555555555555, 0x0, 0x0, fcvt.s.d f3, f0, rtz)
    /* in: d:-0.3333333333333333; out: s:-0.3333333432674408 */
    TEST_FP_CASE_F(810, 0x1, 0xffffffffbeaaaaab, 0xbfd5555555555555, 0x0, 0x0, fcvt.s.d f3, f0, rdn)
    /* in: d:-0.3333333333333333; out: s:-0.3333333134651184 */
    TEST_FP_CASE_F(811, 0x1, 0xffffffffbeaaaaaa, 0xbfd5555555555555, 0x0, 0x0, fcvt.s.d f3, f0, rup)
    /* in: d:-0.3333333333333333; out: s:-0.3333333432674408 */
    TEST_FP_CASE_F(812, 0x1, 0xffffffffbeaaaaab, 0xbfd5555555555555, 0x0, 0x0, fcvt.s.d f3, f0, rmm)
    /* in: d:1.0000000596046448; out: s:1.0 */
    TEST_FP_CASE_F(813, 0x1, 0xffffffff3f800000, 0x3ff0000010000000, 0x0, 0x0, fcvt.s.d f3, f0, rne)
    /* in: d:1.0000000596046448; out: s:1.0 */
    TEST_FP_CASE_F(814, 0x1, 0xffffffff3f800000, 0x3ff0000010000000, 0x0, 0x0, fcvt.s.d f3, f0, rtz)
    /* in: d:1.0000000596046448; out: s:1.0 */
    TEST_FP_CASE_F(815, 0x1, 0xffffffff3f800000, 0x3ff0000010000000, 0x0, 0x0, fcvt.s.d f3, f0, rdn)
    /* in: d:1.0000000596046448; out: s:1.0000001192092896 */
    TEST_FP_CASE_F(816, 0x1, 0xffffffff3f800001, 0x3ff0000010000000, 0x0, 0x0, fcvt.s.d f3, f0, rup)
    /* in: d:1.0000000596046448; out: s:1.0000001192092896 */
    TEST_FP_CASE_F(817, 0x1, 0xffffffff3f800001, 0x3ff0000010000000, 0x0, 0x0, fcvt.s.d f3, f0, rmm)
    /* in: d:1.0000001788139343; out: s:1.000000238418579 */
    TEST_FP_CASE_F(818, 0x1, 0xffffffff3f800002, 0x3ff0000030000000, 0x0, 0x0, fcvt.s.d f3, f0, rne)
    /* in: d:1.0000001788139343; out: s:1.0000001192092896 */
    TEST_FP_CASE_F(819, 0x1, 0xffffffff3f800001, 0x3ff0000030000000, 0x0, 0x0, fcvt.s.d f3, f0, rtz)
    /* in: d:1.0000001788139343; out: s:1.0000001192092896 */
    TEST_FP_CASE_F(820, 0x1, 0xffffffff3f800001, 0x3ff0000030000000, 0x0, 0x0, fcvt.s.d f3, f0, rdn)
    /* in: d:1.0000001788139343; out: s:1.000000238418579 */
    TEST_FP_CASE_F(821, 0x1, 0xffffffff3f800002, 0x3ff0000030000000, 0x0, 0x0, fcvt.s.d f3, f0, rup)
    /* in: d:1.0000001788139343; out: s:1.000000238418579 */
    TEST_FP_CASE_F(822, 0x1, 0xffffffff3f800002, 0x3ff0000030000000, 0x0, 0x0, fcvt.s.d f3, f0, rmm)
    /* in: d:-1.0000000596046448; out: s:-1.0 */
    TEST_FP_CASE_F(823, 0x1, 0xffffffffbf800000, 0xbff0000010000000, 0x0, 0x0, fcvt.s.d f3, f0, rne)
    /* in: d:-1.0000000596046448; out: s:-1.0 */
    TEST_FP_CASE_F(824, 0x1, 0xffffffffbf800000, 0xbff0000010000000, 0x0, 0x0, fcvt.s.d f3, f0, rtz)
    /* in: d:-1.0000000596046448; out: s:-1.0000001192092896 */
    TEST_FP_CASE_F(825, 0x1, 0xffffffffbf800001, 0xbff0000010000000, 0x0, 0x0, fcvt.s.d f3, f0, rdn)
    /* in: d:-1.0000000596046448; out: s:-1.0 */
    TEST_FP_CASE_F(826, 0x1, 0xffffffffbf800000, 0xbff0000010000000, 0x0, 0x0, fcvt.s.d f3, f0, rup)
    /* in: d:-1.0000000596046448; out: s:-1.0000001192092896 */
    TEST_FP_CASE_F(827, 0x1, 0xffffffffbf800001, 0xbff0000010000000, 0x0, 0x0, fcvt.s.d f3, f0, rmm)
    /* in: d:1e+300; out: s:inf */
    TEST_FP_CASE_F(828, 0x5, 0xffffffff7f800000, 0x7e37e43c8800759c, 0x0, 0x0, fcvt.s.d f3, f0, rne)
    /* in: d:1e+300; out: s:3.4028234663852886e+38 */
    TEST_FP_CASE_F(829, 0x5, 0xffffffff7f7fffff, 0x7e37e43c8800759c, 0x0, 0x0, fcvt.s.d f3, f0, rtz)
    /* in: d:1e+300; out: s:3.4028234663852886e+38 */
    TEST_FP_CASE_F(830, 0x5, 0xffffffff7f7fffff, 0x7e37e43c8800759c, 0x0, 0x0, fcvt.s.d f3, f0, rdn)
    /* in: d:1e+300; out: s:inf */
    TEST_FP_CASE_F(831, 0x5, 0xffffffff7f800000, 0x7e37e43c8800759c, 0x0, 0x0, fcvt.s.d f3, f0, rup)
    /* in: d:1e+300; out: s:inf */
    TEST_FP_CASE_F(832, 0x5, 0xffffffff7f800000, 0x7e37e43c8800759c, 0x0, 0x0, fcvt.s.d f3, f0, rmm)
    /* in: d:-1e+300; out: s:-inf */
    TEST_FP_CASE_F(833, 0x5, 0xffffffffff800000, 0xfe37e43c8800759c, 0x0, 0x0, fcvt.s.d f3, f0, rne)
    /* in: d:-1e+300; out: s:-3.4028234663852886e+38 */
    TEST_FP_CASE_F(834, 0x5, 0xffffffffff7fffff, 0xfe37e43c8800759c, 0x0, 0x0, fcvt.s.d f3, f0, rtz)
    /* in: d:-1e+300; out: s:-inf */
    TEST_FP_CASE_F(835, 0x5, 0xffffffffff800000, 0xfe37e43c8800759c, 0x0, 0x0, fcvt.s.d f3, f0, rdn)
    /* in: d:-1e+300; out: s:-3.4028234663852886e+38 */
    TEST_FP_CASE_F(836, 0x5, 0xffffffffff7fffff, 0xfe37e43c8800759c, 0x0, 0x0, fcvt.s.d f3, f0, rup)
    /* in: d:-1e+300; out: s:-inf */
    TEST_FP_CASE_F(837, 0x5, 0xffffffffff800000, 0xfe37e43c8800759c, 0x0, 0x0, fcvt.s.d f3, f0, rmm)
    /* in: d:1e-300; out: s:0.0 */
    TEST_FP_CASE_F(838, 0x3, 0xffffffff00000000, 0x1a56e1fc2f8f359, 0x0, 0x0, fcvt.s.d f3, f0, rne)
    /* in: d:1e-300; out: s:0.0 */
    TEST_FP_CASE_F(839, 0x3, 0xffffffff00000000, 0x1a56e1fc2f8f359, 0x0, 0x0, fcvt.s.d f3, f0, rtz)
    /* in: d:1e-300; out: s:0.0 */
    TEST_FP_CASE_F(840, 0x3, 0xffffffff00000000, 0x1a56e1fc2f8f359, 0x0, 0x0, fcvt.s.d f3, f0, rdn)
    /* in: d:1e-300; out: s:1.401298464324817e-45 */
    TEST_FP_CASE_F(841, 0x3, 0xffffffff00000001, 0x1a56e1fc2f8f359, 0x0, 0x0, fcvt.s.d f3, f0, rup)
    /* in: d:1e-300; out: s:0.0 */
    TEST_FP_CASE_F(842, 0x3, 0xffffffff00000000, 0x1a56e1fc2f8f359, 0x0, 0x0, fcvt.s.d f3, f0, rmm)
    /* in: d:3.4028235677973366e+38; out: s:inf */
    TEST_FP_CASE_F(843, 0x5, 0xffffffff7f800000, 0x47effffff0000000, 0x0, 0x0, fcvt.s.d f3, f0, rne)
    /* in: d:3.4028235677973366e+38; out: s:3.4028234663852886e+38 */
    TEST_FP_CASE_F(844, 0x1, 0xffffffff7f7fffff, 0x47effffff0000000, 0x0, 0x0, fcvt.s.d f3, f0, rtz)
    /* in: d:3.4028235677973366e+38; out: s:3.4028234663852886e+38 */
    TEST_FP_CASE_F(845, 0x1, 0xffffffff7f7fffff, 0x47effffff0000000, 0x0, 0x0, fcvt.s.d f3, f0, rdn)
    /* in: d:3.4028235677973366e+38; out: s:inf */
    TEST_FP_CASE_F(846, 0x5, 0xffffffff7f800000, 0x47effffff0000000, 0x0, 0x0, fcvt.s.d f3, f0, rup)
    /* in: d:3.4028235677973366e+38; out: s:inf */
    TEST_FP_CASE_F(847, 0x5, 0xffffffff7f800000, 0x47effffff0000000, 0x0, 0x0, fcvt.s.d f3, f0, rmm)
    /* in: d:1e-45; out: s:1.401298464324817e-45 */
    TEST_FP_CASE_F(848, 0x3, 0xffffffff00000001, 0x3696d601ad376ab9, 0x0, 0x0, fcvt.s.d f3, f0, rne)
    /* in: d:1e-45; out: s:0.0 */
    TEST_FP_CASE_F(849, 0x3, 0xffffffff00000000, 0x3696d601ad376ab9, 0x0, 0x0, fcvt.s.d f3, f0, rtz)
    /* in: d:1e-45; out: s:0.0 */
    TEST_FP_CASE_F(850, 0x3, 0xffffffff00000000, 0x3696d601ad376ab9, 0x0, 0x0, fcvt.s.d f3, f0, rdn)
    /* in: d:1e-45; out: s:1.401298464324817e-45 */
    TEST_FP_CASE_F(851, 0x3, 0xffffffff00000001, 0x3696d601ad376ab9, 0x0, 0x0, fcvt.s.d f3, f0, rup)
    /* in: d:1e-45; out: s:1.401298464324817e-45 */
    TEST_FP_CASE_F(852, 0x3, 0xffffffff00000001, 0x3696d601ad376ab9, 0x0, 0x0, fcvt.s.d f3, f0, rmm)
    /* in: d:7e-46; out: s:0.0 */
    TEST_FP_CASE_F(853, 0x3, 0xffffffff00000000, 0x368ff868bf4d956a, 0x0, 0x0, fcvt.s.d f3, f0, rne)
    /* in: d:7e-46; out: s:0.0 */
    TEST_FP_CASE_F(854, 0x3, 0xffffffff00000000, 0x368ff868bf4d956a, 0x0, 0x0, fcvt.s.d f3, f0, rtz)
    /* in: d:7e-46; out: s:0.0 */
    TEST_FP_CASE_F(855, 0x3, 0xffffffff00000000, 0x368ff868bf4d956a, 0x0, 0x0, fcvt.s.d f3, f0, rdn)
    /* in: d:7e-46; out: s:1.401298464324817e-45 */
    TEST_FP_CASE_F(856, 0x3, 0xffffffff00000001, 0x368ff868bf4d956a, 0x0, 0x0, fcvt.s.d f3, f0, rup)
    /* in: d:7e-46; out: s:0.0 */
    TEST_FP_CASE_F(857, 0x3, 0xffffffff00000000, 0x368ff868bf4d956a, 0x0, 0x0, fcvt.s.d f3, f0, rmm)
    /* in: d:1.5e-45; out: s:1.401298464324817e-45 */
    TEST_FP_CASE_F(858, 0x3, 0xffffffff00000001, 0x36a1208141e9900b, 0x0, 0x0, fcvt.s.d f3, f0, rne)
    /* in: d:1.5e-45; out: s:1.401298464324817e-45 */
    TEST_FP_CASE_F(859, 0x3, 0xffffffff00000001, 0x36a1208141e9900b, 0x0, 0x0, fcvt.s.d f3, f0, rtz)
    /* in: d:1.5e-45; out: s:1.401298464324817e-45 */
    TEST_FP_CASE_F(860, 0x3, 0xffffffff00000001, 0x36a1208141e9900b, 0x0, 0x0, fcvt.s.d f3, f0, rdn)
    /* in: d:1.5e-45; out: s:2.802596928649634e-45 */
    TEST_FP_CASE_F(861, 0x3, 0xffffffff00000002, 0x36a1208141e9900b, 0x0, 0x0, fcvt.s.d f3, f0, rup)
    /* in: d:1.5e-45; out: s:1.401298464324817e-45 */
    TEST_FP_CASE_F(862, 0x3, 0xffffffff00000001, 0x36a1208141e9900b, 0x0, 0x0, fcvt.s.d f3, f0, rmm)
    /* qnan; in: d:nan; out: s:nan */
    TEST_FP_CASE_F(863, 0x0, 0xffffffff7fc00000, 0x7ff8000000000000, 0x0, 0x0, fcvt.s.d f3, f0)
    /* snan; in: d:nan; out: s:nan */
    TEST_FP_CASE_F(864, 0x10, 0xffffffff7fc00000, 0x7ff4000000000000, 0x0, 0x0, fcvt.s.d f3, f0)
    /* nanp; in: d:nan; out: s:nan */
    TEST_FP_CASE_F(865, 0x0, 0xffffffff7fc00000, 0xfff8000000000123, 0x0, 0x0, fcvt.s.d f3, f0)
    /* inf; in: d:inf; out: s:inf */
    TEST_FP_CASE_F(866, 0x0, 0xffffffff7f800000, 0x7ff0000000000000, 0x0, 0x0, fcvt.s.d f3, f0)
    /* ninf; in: d:-inf; out: s:-inf */
    TEST_FP_CASE_F(867, 0x0, 0xffffffffff800000, 0xfff0000000000000, 0x0, 0x0, fcvt.s.d f3, f0)
    /* nz; in: d:-0.0; out: s:-0.0 */
    TEST_FP_CASE_F(868, 0x0, 0xffffffff80000000, 0x8000000000000000, 0x0, 0x0, fcvt.s.d f3, f0)
    /* den; in: d:5e-324; out: s:0.0 */
    TEST_FP_CASE_F(869, 0x3, 0xffffffff00000000, 0x1, 0x0, 0x0, fcvt.s.d f3, f0)
    /* qnan; in: s:nan; out: d:nan */
    TEST_FP_CASE_F(870, 0x0, 0x7ff8000000000000, 0xffffffff7fc00000, 0x0, 0x0, fcvt.d.s f3, f0)
    /* snan; in: s:nan; out: d:nan */
    TEST_FP_CASE_F(871, 0x10, 0x7ff8000000000000, 0xffffffff7fa00000, 0x0, 0x0, fcvt.d.s f3, f0)
    /* nanp; in: s:nan; out: d:nan */
    TEST_FP_CASE_F(872, 0x0, 0x7ff8000000000000, 0xffffffffffc00123, 0x0, 0x0, fcvt.d.s f3, f0)
    /* inf; in: s:inf; out: d:inf */
    TEST_FP_CASE_F(873, 0x0, 0x7ff0000000000000, 0xffffffff7f800000, 0x0, 0x0, fcvt.d.s f3, f0)
    /* ninf; in: s:-inf; out: d:-inf */
    TEST_FP_CASE_F(874, 0x0, 0xfff0000000000000, 0xffffffffff800000, 0x0, 0x0, fcvt.d.s f3, f0)
    /* nz; in: s:-0.0; out: d:-0.0 */
    TEST_FP_CASE_F(875, 0x0, 0x8000000000000000, 0xffffffff80000000, 0x0, 0x0, fcvt.d.s f3, f0)
    /* den; in: s:1.401298464324817e-45; out: d:1.401298464324817e-45 */
    TEST_FP_CASE_F(876, 0x0, 0x36a0000000000000, 0xffffffff00000001, 0x0, 0x0, fcvt.d.s f3, f0)
    /* max; in: s:3.4028234663852886e+38; out: d:3.4028234663852886e+38 */
    TEST_FP_CASE_F(877, 0x0, 0x47efffffe0000000, 0xffffffff7f7fffff, 0x0, 0x0, fcvt.d.s f3, f0)
    /* min; in: s:1.1754943508222875e-38; out: d:1.1754943508222875e-38 */
    TEST_FP_CASE_F(878, 0x0, 0x3810000000000000, 0xffffffff00800000, 0x0, 0x0, fcvt.d.s f3, f0)
    /* in: s:0.10000000149011612; out: d:0.10000000149011612 */
    TEST_FP_CASE_F(879, 0x0, 0x3fb99999a0000000, 0xffffffff3dcccccd, 0x0, 0x0, fcvt.d.s f3, f0)

TEST_END


