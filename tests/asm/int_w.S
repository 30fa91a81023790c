/*
 * int_w.S - RV64I *W ops (addw subw sllw srlw sraw addiw slliw srliw sraiw): 32-bit results
 * sign-extended to 64 bits, upper source bits ignored, shift amounts masked to 5 bits.
 * Expected values from qemu-riscv64.
 */
#include "testlib.h"

TEST_BEGIN

    TEST_RR_OP(1, addw, 0x0, 0x0, 0x0)
    TEST_RR_OP(2, addw, 0xffffffffffffffff, 0x0, 0xffffffff)
    TEST_RR_OP(3, addw, 0x1, 0x0, 0x100000001)
    TEST_RR_OP(4, addw, 0xffffffff80000001, 0x1, 0x80000000)
    TEST_RR_OP(5, addw, 0x0, 0x1, 0xffffffffffffffff)
    TEST_RR_OP(6, addw, 0xfffffffffffffffe, 0x7fffffff, 0x7fffffff)
    TEST_RR_OP(7, addw, 0xffffffffffffffff, 0x7fffffff, 0xffffffff80000000)
    TEST_RR_OP(8, addw, 0xffffffff80000001, 0x80000000, 0x1)
    TEST_RR_OP(9, addw, 0x1abcdef0, 0x80000000, 0x123456789abcdef0)
    TEST_RR_OP(10, addw, 0xffffffffffffffff, 0x80000000, 0xdeadbeef7fffffff)
    TEST_RR_OP(11, addw, 0xffffffffffffffff, 0xffffffff, 0x0)
    TEST_RR_OP(12, addw, 0xfffffffffffffffe, 0xffffffff, 0xffffffff)
    TEST_RR_OP(13, addw, 0x0, 0xffffffff, 0x100000001)
    TEST_RR_OP(14, addw, 0x1abcdef0, 0x123456789abcdef0, 0x80000000)
    TEST_RR_OP(15, addw, 0xffffffff9abcdeef, 0x123456789abcdef0, 0xffffffffffffffff)
    TEST_RR_OP(16, addw, 0xffffffffffffffff, 0xffffffff80000000, 0x7fffffff)
    TEST_RR_OP(17, addw, 0x0, 0xffffffff80000000, 0xffffffff80000000)
    TEST_RR_OP(18, addw, 0x0, 0xffffffffffffffff, 0x1)
    TEST_RR_OP(19, addw, 0xffffffff9abcdeef, 0xffffffffffffffff, 0x123456789abcdef0)
    TEST_RR_OP(20, addw, 0x7ffffffe, 0xffffffffffffffff, 0xdeadbeef7fffffff)
    TEST_RR_OP(21, addw, 0x1, 0x100000001, 0x0)
    TEST_RR_OP(22, addw, 0x0, 0x100000001, 0xffffffff)
    TEST_RR_OP(23, addw, 0x2, 0x100000001, 0x100000001)
    TEST_RR_OP(24, addw, 0xffffffffffffffff, 0xdeadbeef7fffffff, 0x80000000)
    TEST_RR_OP(25, addw, 0x7ffffffe, 0xdeadbeef7fffffff, 0xffffffffffffffff)
    TEST_RR_OP(26, subw, 0x0, 0x0, 0x0)
    TEST_RR_OP(27, subw, 0x1, 0x0, 0xffffffff)
    TEST_RR_OP(28, subw, 0xffffffffffffffff, 0x0, 0x100000001)
    TEST_RR_OP(29, subw, 0xffffffff80000001, 0x1, 0x80000000)
    TEST_RR_OP(30, subw, 0x2, 0x1, 0xffffffffffffffff)
    TEST_RR_OP(31, subw, 0x0, 0x7fffffff, 0x7fffffff)
    TEST_RR_OP(32, subw, 0xffffffffffffffff, 0x7fffffff, 0xffffffff80000000)
    TEST_RR_OP(33, subw, 0x7fffffff, 0x80000000, 0x1)
    TEST_RR_OP(34, subw, 0xffffffffe5432110, 0x80000000, 0x123456789abcdef0)
    TEST_RR_OP(35, subw, 0x1, 0x80000000, 0xdeadbeef7fffffff)
    TEST_RR_OP(36, subw, 0xffffffffffffffff, 0xffffffff, 0x0)
    TEST_RR_OP(37, subw, 0x0, 0xffffffff, 0xffffffff)
    TEST_RR_OP(38, subw, 0xfffffffffffffffe, 0xffffffff, 0x100000001)
    TEST_RR_OP(39, subw, 0x1abcdef0, 0x123456789abcdef0, 0x80000000)
    TEST_RR_OP(40, subw, 0xffffffff9abcdef1, 0x123456789abcdef0, 0xffffffffffffffff)
    TEST_RR_OP(41, subw, 0x1, 0xffffffff80000000, 0x7fffffff)
    TEST_RR_OP(42, subw, 0x0, 0xffffffff80000000, 0xffffffff80000000)
    TEST_RR_OP(43, subw, 0xfffffffffffffffe, 0xffffffffffffffff, 0x1)
    TEST_RR_OP(44, subw, 0x6543210f, 0xffffffffffffffff, 0x123456789abcdef0)
    TEST_RR_OP(45, subw, 0xffffffff80000000, 0xffffffffffffffff, 0xdeadbeef7fffffff)
    TEST_RR_OP(46, subw, 0x1, 0x100000001, 0x0)
    TEST_RR_OP(47, subw, 0x2, 0x100000001, 0xffffffff)
    TEST_RR_OP(48, subw, 0x0, 0x100000001, 0x100000001)
    TEST_RR_OP(49, subw, 0xffffffffffffffff, 0xdeadbeef7fffffff, 0x80000000)
    TEST_RR_OP(50, subw, 0xffffffff80000000, 0xdeadbeef7fffffff, 0xffffffffffffffff)
    TEST_RR_OP(51, sllw, 0x1, 0x1, 0x0)
    TEST_RR_OP(52, sllw, 0x2, 0x1, 0x1)
    TEST_RR_OP(53, sllw, 0xffffffff80000000, 0x1, 0x1f)
    /* shift amount masked to 5 bits */
    TEST_RR_OP(54, sllw, 0x1, 0x1, 0x20)
    /* shift amount masked to 5 bits */
    TEST_RR_OP(55, sllw, 0x2, 0x1, 0x21)
    /* shift amount masked to 5 bits */
    TEST_RR_OP(56, sllw, 0xffffffff80000000, 0x1, 0x3f)
    /* shift amount masked to 5 bits */
    TEST_RR_OP(57, sllw, 0x2, 0x1, 0xffffffffffffffe1)
    TEST_RR_OP(58, sllw, 0xffffffff80000001, 0x80000001, 0x0)
    TEST_RR_OP(59, sllw, 0x2, 0x80000001, 0x1)
    TEST_RR_OP(60, sllw, 0xffffffff80000000, 0x80000001, 0x1f)
    /* shift amount masked to 5 bits */
    TEST_RR_OP(61, sllw, 0xffffffff80000001, 0x80000001, 0x20)
    /* shift amount masked to 5 bits */
    TEST_RR_OP(62, sllw, 0x2, 0x80000001, 0x21)
    /* shift amount masked to 5 bits */
    TEST_RR_OP(63, sllw, 0xffffffff80000000, 0x80000001, 0x3f)
    /* shift amount masked to 5 bits */
    TEST_RR_OP(64, sllw, 0x2, 0x80000001, 0xffffffffffffffe1)
    TEST_RR_OP(65, sllw, 0xffffffff9abcdef0, 0x123456789abcdef0, 0x0)
    TEST_RR_OP(66, sllw, 0x3579bde0, 0x123456789abcdef0, 0x1)
    TEST_RR_OP(67, sllw, 0x0, 0x123456789abcdef0, 0x1f)
    /* shift amount masked to 5 bits */
    TEST_RR_OP(68, sllw, 0xffffffff9abcdef0, 0x123456789abcdef0, 0x20)
    /* shift amount masked to 5 bits */
    TEST_RR_OP(69, sllw, 0x3579bde0, 0x123456789abcdef0, 0x21)
    /* shift amount masked to 5 bits */
    TEST_RR_OP(70, sllw, 0x0, 0x123456789abcdef0, 0x3f)
    /* shift amount masked to 5 bits */
    TEST_RR_OP(71, sllw, 0x3579bde0, 0x123456789abcdef0, 0xffffffffffffffe1)
    TEST_RR_OP(72, sllw, 0x7fffffff, 0xffffffff7fffffff, 0x0)
    TEST_RR_OP(73, sllw, 0xfffffffffffffffe, 0xffffffff7fffffff, 0x1)
    TEST_RR_OP(74, sllw, 0xffffffff80000000, 0xffffffff7fffffff, 0x1f)
    /* shift amount masked to 5 bits */
    TEST_RR_OP(75, sllw, 0x7fffffff, 0xffffffff7fffffff, 0x20)
    /* shift amount masked to 5 bits */
    TEST_RR_OP(76, sllw, 0xfffffffffffffffe, 0xffffffff7fffffff, 0x21)
    /* shift amount masked to 5 bits */
    TEST_RR_OP(77, sllw, 0xffffffff80000000, 0xffffffff7fffffff, 0x3f)
    /* shift amount masked to 5 bits */
    TEST_RR_OP(78, sllw, 0xfffffffffffffffe, 0xffffffff7fffffff, 0xffffffffffffffe1)
    TEST_RR_OP(79, sllw, 0xfffffffffffffff0, 0xfffffff0, 0x0)
    TEST_RR_OP(80, sllw, 0xffffffffffffffe0, 0xfffffff0, 0x1)
    TEST_RR_OP(81, sllw, 0x0, 0xfffffff0, 0x1f)
    /* shift amount masked to 5 bits */
    TEST_RR_OP(82, sllw, 0xfffffffffffffff0, 0xfffffff0, 0x20)
    /* shift amount masked to 5 bits */
    TEST_RR_OP(83, sllw, 0xffffffffffffffe0, 0xfffffff0, 0x21)
    /* shift amount masked to 5 bits */
    TEST_RR_OP(84, sllw, 0x0, 0xfffffff0, 0x3f)
    /* shift amount masked to 5 bits */
    TEST_RR_OP(85, sllw, 0xffffffffffffffe0, 0xfffffff0, 0xffffffffffffffe1)
    TEST_RR_OP(86, srlw, 0x1, 0x1, 0x0)
    TEST_RR_OP(87, srlw, 0x0, 0x1, 0x1)
    TEST_RR_OP(88, srlw, 0x0, 0x1, 0x1f)
    /* shift amount masked to 5 bits */
    TEST_RR_OP(89, srlw, 0x1, 0x1, 0x20)
    /* shift amount masked to 5 bits */
    TEST_RR_OP(90, srlw, 0x0, 0x1, 0x21)
    /* shift amount masked to 5 bits */
    TEST_RR_OP(91, srlw, 0x0, 0x1, 0x3f)
    /* shift amount masked to 5 bits */
    TEST_RR_OP(92, srlw, 0x0, 0x1, 0xffffffffffffffe1)
    TEST_RR_OP(93, srlw, 0xffffffff80000001, 0x80000001, 0x0)
    TEST_RR_OP(94, srlw, 0x40000000, 0x80000001, 0x1)
    TEST_RR_OP(95, srlw, 0x1, 0x80000001, 0x1f)
    /* shift amount masked to 5 bits */
    TEST_RR_OP(96, srlw, 0xffffffff80000001, 0x80000001, 0x20)
    /* shift amount masked to 5 bits */
    TEST_RR_OP(97, srlw, 0x40000000, 0x80000001, 0x21)
    /* shift amount masked to 5 bits */
    TEST_RR_OP(98, srlw, 0x1, 0x80000001, 0x3f)
    /* shift amount masked to 5 bits */
    TEST_RR_OP(99, srlw, 0x40000000, 0x80000001, 0xffffffffffffffe1)
    TEST_RR_OP(100, srlw, 0xffffffff9abcdef0, 0x123456789abcdef0, 0x0)
    TEST_RR_OP(101, srlw, 0x4d5e6f78, 0x123456789abcdef0, 0x1)
    TEST_RR_OP(102, srlw, 0x1, 0x123456789abcdef0, 0x1f)
    /* shift amount masked to 5 bits */
    TEST_RR_OP(103, srlw, 0xffffffff9abcdef0, 0x123456789abcdef0, 0x20)
    /* shift amount masked to 5 bits */
    TEST_RR_OP(104, srlw, 0x4d5e6f78, 0x123456789abcdef0, 0x21)
    /* shift amount masked to 5 bits */
    TEST_RR_OP(105, srlw, 0x1, 0x123456789abcdef0, 0x3f)
    /* shift amount masked to 5 bits */
    TEST_RR_OP(106, srlw, 0x4d5e6f78, 0x123456789abcdef0, 0xffffffffffffffe1)
    TEST_RR_OP(107, srlw, 0x7fffffff, 0xffffffff7fffffff, 0x0)
    TEST_RR_OP(108, srlw, 0x3fffffff, 0xffffffff7fffffff, 0x1)
    TEST_RR_OP(109, srlw, 0x0, 0xffffffff7fffffff, 0x1f)
    /* shift amount masked to 5 bits */
    TEST_RR_OP(110, srlw, 0x7fffffff, 0xffffffff7fffffff, 0x20)
    /* shift amount masked to 5 bits */
    TEST_RR_OP(111, srlw, 0x3fffffff, 0xffffffff7fffffff, 0x21)
    /* shift amount masked to 5 bits */
    TEST_RR_OP(112, srlw, 0x0, 0xffffffff7fffffff, 0x3f)
    /* shift amount masked to 5 bits */
    TEST_RR_OP(113, srlw, 0x3fffffff, 0xffffffff7fffffff, 0xffffffffffffffe1)
    TEST_RR_OP(114, srlw, 0xfffffffffffffff0, 0xfffffff0, 0x0)
    TEST_RR_OP(115, srlw, 0x7ffffff8, 0xfffffff0, 0x1)
    TEST_RR_OP(116, srlw, 0x1, 0xfffffff0, 0x1f)
    /* shift amount masked to 5 bits */
    TEST_RR_OP(117, srlw, 0xfffffffffffffff0, 0xfffffff0, 0x20)
    /* shift amount masked to 5 bits */
    TEST_RR_OP(118, srlw, 0x7ffffff8, 0xfffffff0, 0x21)
    /* shift amount masked to 5 bits */
    TEST_RR_OP(119, srlw, 0x1, 0xfffffff0, 0x3f)
    /* shift amount masked to 5 bits */
    TEST_RR_OP(120, srlw, 0x7ffffff8, 0xfffffff0, 0xffffffffffffffe1)
    TEST_RR_OP(121, sraw, 0x1, 0x1, 0x0)
    TEST_RR_OP(122, sraw, 0x0, 0x1, 0x1)
    TEST_RR_OP(123, sraw, 0x0, 0x1, 0x1f)
    /* shift amount masked to 5 bits */
    TEST_RR_OP(124, sraw, 0x1, 0x1, 0x20)
    /* shift amount masked to 5 bits */
    TEST_RR_OP(125, sraw, 0x0, 0x1, 0x21)
    /* shift amount masked to 5 bits */
    TEST_RR_OP(126, sraw, 0x0, 0x1, 0x3f)
    /* shift amount masked to 5 bits */
    TEST_RR_OP(127, sraw, 0x0, 0x1, 0xffffffffffffffe1)
    TEST_RR_OP(128, sraw, 0xffffffff80000001, 0x80000001, 0x0)
    TEST_RR_OP(129, sraw, 0xffffffffc0000000, 0x80000001, 0x1)
    TEST_RR_OP(130, sraw, 0xffffffffffffffff, 0x80000001, 0x1f)
    /* shift amount masked to 5 bits */
    TEST_RR_OP(131, sraw, 0xffffffff80000001, 0x80000001, 0x20)
    /* shift amount masked to 5 bits */
    TEST_RR_OP(132, sraw, 0xffffffffc0000000, 0x80000001, 0x21)
    /* shift amount masked to 5 bits */
    TEST_RR_OP(133, sraw, 0xffffffffffffffff, 0x80000001, 0x3f)
    /* shift amount masked to 5 bits */
    TEST_RR_OP(134, sraw, 0xffffffffc0000000, 0x80000001, 0xffffffffffffffe1)
    TEST_RR_OP(135, sraw, 0xffffffff9abcdef0, 0x123456789abcdef0, 0x0)
    TEST_RR_OP(136, sraw, 0xffffffffcd5e6f78, 0x123456789abcdef0, 0x1)
    TEST_RR_OP(137, sraw, 0xffffffffffffffff, 0x123456789abcdef0, 0x1f)
    /* shift amount masked to 5 bits */
    TEST_RR_OP(138, sraw, 0xffffffff9abcdef0, 0x123456789abcdef0, 0x20)
    /* shift amount masked to 5 bits */
    TEST_RR_OP(139, sraw, 0xffffffffcd5e6f78, 0x123456789abcdef0, 0x21)
    /* shift amount masked to 5 bits */
    TEST_RR_OP(140, sraw, 0xffffffffffffffff, 0x123456789abcdef0, 0x3f)
    /* shift amount masked to 5 bits */
    TEST_RR_OP(141, sraw, 0xffffffffcd5e6f78, 0x123456789abcdef0, 0xffffffffffffffe1)
    TEST_RR_OP(142, sraw, 0x7fffffff, 0xffffffff7fffffff, 0x0)
    TEST_RR_OP(143, sraw, 0x3fffffff, 0xffffffff7fffffff, 0x1)
    TEST_RR_OP(144, sraw, 0x0, 0xffffffff7fffffff, 0x1f)
    /* shift amount masked to 5 bits */
    TEST_RR_OP(145, sraw, 0x7fffffff, 0xffffffff7fffffff, 0x20)
    /* shift amount masked to 5 bits */
    TEST_RR_OP(146, sraw, 0x3fffffff, 0xffffffff7fffffff, 0x21)
    /* shift amount masked to 5 bits */
    TEST_RR_OP(147, sraw, 0x0, 0xffffffff7fffffff, 0x3f)
    /* shift amount masked to 5 bits */
    TEST_RR_OP(148, sraw, 0x3fffffff, 0xffffffff7fffffff, 0xffffffffffffffe1)
    TEST_RR_OP(149, sraw, 0xfffffffffffffff0, 0xfffffff0, 0x0)
    TEST_RR_OP(150, sraw, 0xfffffffffffffff8, 0xfffffff0, 0x1)
    TEST_RR_OP(151, sraw, 0xffffffffffffffff, 0xfffffff0, 0x1f)
    /* shift amount masked to 5 bits */
    TEST_RR_OP(152, sraw, 0xfffffffffffffff0, 0xfffffff0, 0x20)
    /* shift amount masked to 5 bits */
    TEST_RR_OP(153, sraw, 0xfffffffffffffff8, 0xfffffff0, 0x21)
    /* shift amount masked to 5 bits */
    TEST_RR_OP(154, sraw, 0xffffffffffffffff, 0xfffffff0, 0x3f)
    /* shift amount masked to 5 bits */
    TEST_RR_OP(155, sraw, 0xfffffffffffffff8, 0xfffffff0, 0xffffffffffffffe1)
    TEST_IMM_OP(156, addiw, 0x0, 0x0, 0)
    TEST_IMM_OP(157, addiw, 0x1, 0x0, 1)
    TEST_IMM_OP(158, addiw, 0xffffffffffffffff, 0x0, -1)
    TEST_IMM_OP(159, addiw, 0x7ff, 0x0, 2047)
    TEST_IMM_OP(160, addiw, 0xfffffffffffff800, 0x0, -2048)
    TEST_IMM_OP(161, addiw, 0x1, 0x1, 0)
    TEST_IMM_OP(162, addiw, 0x2, 0x1, 1)
    TEST_IMM_OP(163, addiw, 0x0, 0x1, -1)
    TEST_IMM_OP(164, addiw, 0x800, 0x1, 2047)
    TEST_IMM_OP(165, addiw, 0xfffffffffffff801, 0x1, -2048)
    TEST_IMM_OP(166, addiw, 0x7fffffff, 0x7fffffff, 0)
    TEST_IMM_OP(167, addiw, 0xffffffff80000000, 0x7fffffff, 1)
    TEST_IMM_OP(168, addiw, 0x7ffffffe, 0x7fffffff, -1)
    TEST_IMM_OP(169, addiw, 0xffffffff800007fe, 0x7fffffff, 2047)
    TEST_IMM_OP(170, addiw, 0x7ffff7ff, 0x7fffffff, -2048)
    TEST_IMM_OP(171, addiw, 0xffffffff80000000, 0x80000000, 0)
    TEST_IMM_OP(172, addiw, 0xffffffff80000001, 0x80000000, 1)
    TEST_IMM_OP(173, addiw, 0x7fffffff, 0x80000000, -1)
    TEST_IMM_OP(174, addiw, 0xffffffff800007ff, 0x80000000, 2047)
    TEST_IMM_OP(175, addiw, 0x7ffff800, 0x80000000, -2048)
    TEST_IMM_OP(176, addiw, 0xffffffffffffffff, 0xffffffff, 0)
    TEST_IMM_OP(177, addiw, 0x0, 0xffffffff, 1)
    TEST_IMM_OP(178, addiw, 0xfffffffffffffffe, 0xffffffff, -1)
    TEST_IMM_OP(179, addiw, 0x7fe, 0xffffffff, 2047)
    TEST_IMM_OP(180, addiw, 0xfffffffffffff7ff, 0xffffffff, -2048)
    TEST_IMM_OP(181, addiw, 0xffffffff9abcdef0, 0x123456789abcdef0, 0)
    TEST_IMM_OP(182, addiw, 0xffffffff9abcdef1, 0x123456789abcdef0, 1)
    TEST_IMM_OP(183, addiw, 0xffffffff9abcdeef, 0x123456789abcdef0, -1)
    TEST_IMM_OP(184, addiw, 0xffffffff9abce6ef, 0x123456789abcdef0, 2047)
    TEST_IMM_OP(185, addiw, 0xffffffff9abcd6f0, 0x123456789abcdef0, -2048)
    TEST_IMM_OP(186, addiw, 0xffffffffffffffff, 0xffffffffffffffff, 0)
    TEST_IMM_OP(187, addiw, 0x0, 0xffffffffffffffff, 1)
    TEST_IMM_OP(188, addiw, 0xfffffffffffffffe, 0xffffffffffffffff, -1)
    TEST_IMM_OP(189, addiw, 0x7fe, 0xffffffffffffffff, 2047)
    TEST_IMM_OP(190, addiw, 0xfffffffffffff7ff, 0xffffffffffffffff, -2048)
    TEST_IMM_OP(191, slliw, 0xffffffff80000001, 0x80000001, 0)
    TEST_IMM_OP(192, slliw, 0x2, 0x80000001, 1)
    TEST_IMM_OP(193, slliw, 0x8000, 0x80000001, 15)
    TEST_IMM_OP(194, slliw, 0xffffffff80000000, 0x80000001, 31)
    TEST_IMM_OP(195, slliw, 0xffffffff9abcdef0, 0x123456789abcdef0, 0)
    TEST_IMM_OP(196, slliw, 0x3579bde0, 0x123456789abcdef0, 1)
    TEST_IMM_OP(197, slliw, 0x6f780000, 0x123456789abcdef0, 15)
    TEST_IMM_OP(198, slliw, 0x0, 0x123456789abcdef0, 31)
    TEST_IMM_OP(199, slliw, 0x7fffffff, 0xffffffff7fffffff, 0)
    TEST_IMM_OP(200, slliw, 0xfffffffffffffffe, 0xffffffff7fffffff, 1)
    TEST_IMM_OP(201, slliw, 0xffffffffffff8000, 0xffffffff7fffffff, 15)
    TEST_IMM_OP(202, slliw, 0xffffffff80000000, 0xffffffff7fffffff, 31)
    TEST_IMM_OP(203, slliw, 0xfffffffffffffff0, 0xfffffff0, 0)
    TEST_IMM_OP(204, slliw, 0xffffffffffffffe0, 0xfffffff0, 1)
    TEST_IMM_OP(205, slliw, 0xfffffffffff80000, 0xfffffff0, 15)
    TEST_IMM_OP(206, slliw, 0x0, 0xfffffff0, 31)
    TEST_IMM_OP(207, srliw, 0xffffffff80000001, 0x80000001, 0)
    TEST_IMM_OP(208, srliw, 0x40000000, 0x80000001, 1)
    TEST_IMM_OP(209, srliw, 0x10000, 0x80000001, 15)
    TEST_IMM_OP(210, srliw, 0x1, 0x80000001, 31)
    TEST_IMM_OP(211, srliw, 0xffffffff9abcdef0, 0x123456789abcdef0, 0)
    TEST_IMM_OP(212, srliw, 0x4d5e6f78, 0x123456789abcdef0, 1)
    TEST_IMM_OP(213, srliw, 0x13579, 0x123456789abcdef0, 15)
    TEST_IMM_OP(214, srliw, 0x1, 0x123456789abcdef0, 31)
    TEST_IMM_OP(215, srliw, 0x7fffffff, 0xffffffff7fffffff, 0)
    TEST_IMM_OP(216, srliw, 0x3fffffff, 0xffffffff7fffffff, 1)
    TEST_IMM_OP(217, srliw, 0xffff, 0xffffffff7fffffff, 15)
    TEST_IMM_OP(218, srliw, 0x0, 0xffffffff7fffffff, 31)
    TEST_IMM_OP(219, srliw, 0xfffffffffffffff0, 0xfffffff0, 0)
    TEST_IMM_OP(220, srliw, 0x7ffffff8, 0xfffffff0, 1)
    TEST_IMM_OP(221, srliw, 0x1ffff, 0xfffffff0, 15)
    TEST_IMM_OP(222, srliw, 0x1, 0xfffffff0, 31)
    TEST_IMM_OP(223, sraiw, 0xffffffff80000001, 0x80000001, 0)
    TEST_IMM_OP(224, sraiw, 0xffffffffc0000000, 0x80000001, 1)
    TEST_IMM_OP(225, sraiw, 0xffffffffffff0000, 0x80000001, 15)
    TEST_IMM_OP(226, sraiw, 0xffffffffffffffff, 0x80000001, 31)
    TEST_IMM_OP(227, sraiw, 0xffffffff9abcdef0, 0x123456789abcdef0, 0)
    TEST_IMM_OP(228, sraiw, 0xffffffffcd5e6f78, 0x123456789abcdef0, 1)
    TEST_IMM_OP(229, sraiw, 0xffffffffffff3579, 0x123456789abcdef0, 15)
    TEST_IMM_OP(230, sraiw, 0xffffffffffffffff, 0x123456789abcdef0, 31)
    TEST_IMM_OP(231, sraiw, 0x7fffffff, 0xffffffff7fffffff, 0)
    TEST_IMM_OP(232, sraiw, 0x3fffffff, 0xffffffff7fffffff, 1)
    TEST_IMM_OP(233, sraiw, 0xffff, 0xffffffff7fffffff, 15)
    TEST_IMM_OP(234, sraiw, 0x0, 0xffffffff7fffffff, 31)
    TEST_IMM_OP(235, sraiw, 0xfffffffffffffff0, 0xfffffff0, 0)
    TEST_IMM_OP(236, sraiw, 0xfffffffffffffff8, 0xfffffff0, 1)
    TEST_IMM_OP(237, sraiw, 0xffffffffffffffff, 0xfffffff0, 15)
    TEST_IMM_OP(238, sraiw, 0xffffffffffffffff, 0xfffffff0, 31)
    /* overflow wraps and sign-extends */
    TEST_CASE(239, a0, 0xffffffff80000000, li a1, 0x7fffffff; addiw a0, a1, 1)
    TEST_CASE(240, a0, 0x23456789, li a1, 0x123456789; sext.w a0, a1)
    /* sext.w in place */
    TEST_CASE(241, a0, 0xffffffffffffffff, li a1, 0xffffffff; addiw a1, a1, 0; mv a0, a1)

TEST_END


