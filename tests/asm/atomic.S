/*
 * atomic.S - A extension: every AMO in .w and .d form (returned old value, .w results
 * sign-extended, memory after, signed vs unsigned min/max, only 4 bytes touched by .w),
 * aq/rl variants, rd == rs2, and lr/sc: success returns 0 and stores, a second sc without a
 * new lr fails, a failed sc does not store, and a retry loop. Single-threaded: the
 * reservation is only lost by sc itself. Expected values from qemu-riscv64.
 */
#include "testlib.h"

TEST_BEGIN

    /* old value (.w sign-extended) */
    TEST_CASE(1, a0, 0x7fffffff, lla a1, at_buf; li a2, 0x17fffffff; sd a2, 0(a1); li a3, 0x80000001; amoswap.w a0, a3, (a1))
    /* memory after */
    TEST_CASE(2, a0, 0x180000001, lla a1, at_buf; li a2, 0x17fffffff; sd a2, 0(a1); li a3, 0x80000001; amoswap.w x0, a3, (a1); ld a0, 0(a1))
    /* old value (.w sign-extended) */
    TEST_CASE(3, a0, 0xffffffff80000000, lla a1, at_buf; li a2, 0xffffffff80000000; sd a2, 0(a1); li a3, 0x5; amoswap.w a0, a3, (a1))
    /* memory after */
    TEST_CASE(4, a0, 0xffffffff00000005, lla a1, at_buf; li a2, 0xffffffff80000000; sd a2, 0(a1); li a3, 0x5; amoswap.w x0, a3, (a1); ld a0, 0(a1))
    /* old value (.w sign-extended) */
    TEST_CASE(5, a0, 0x5, lla a1, at_buf; li a2, 0x5; sd a2, 0(a1); li a3, 0xffffffffffffffff; amoswap.w a0, a3, (a1))
    /* memory after */
    TEST_CASE(6, a0, 0xffffffff, lla a1, at_buf; li a2, 0x5; sd a2, 0(a1); li a3, 0xffffffffffffffff; amoswap.w x0, a3, (a1); ld a0, 0(a1))
    /* old value (.w sign-extended) */
    TEST_CASE(7, a0, 0x0, lla a1, at_buf; li a2, 0x8000000000000000; sd a2, 0(a1); li a3, 0x7fffffffffffffff; amoswap.w a0, a3, (a1))
    /* memory after */
    TEST_CASE(8, a0, 0x80000000ffffffff, lla a1, at_buf; li a2, 0x8000000000000000; sd a2, 0(a1); li a3, 0x7fffffffffffffff; amoswap.w x0, a3, (a1); ld a0, 0(a1))
    /* old value (.w sign-extended) */
    TEST_CASE(9, a0, 0xfffffffffffffffe, lla a1, at_buf; li a2, 0xfffffffe; sd a2, 0(a1); li a3, 0x100000001; amoswap.w a0, a3, (a1))
    /* memory after */
    TEST_CASE(10, a0, 0x1, lla a1, at_buf; li a2, 0xfffffffe; sd a2, 0(a1); li a3, 0x100000001; amoswap.w x0, a3, (a1); ld a0, 0(a1))
    /* old value (.w sign-extended) */
    TEST_CASE(11, a0, 0x7fffffff, lla a1, at_buf; li a2, 0x17fffffff; sd a2, 0(a1); li a3, 0x80000001; amoadd.w a0, a3, (a1))
    /* memory after */
    TEST_CASE(12, a0, 0x100000000, lla a1, at_buf; li a2, 0x17fffffff; sd a2, 0(a1); li a3, 0x80000001; amoadd.w x0, a3, (a1); ld a0, 0(a1))
    /* old value (.w sign-extended) */
    TEST_CASE(13, a0, 0xffffffff80000000, lla a1, at_buf; li a2, 0xffffffff80000000; sd a2, 0(a1); li a3, 0x5; amoadd.w a0, a3, (a1))
    /* memory after */
    TEST_CASE(14, a0, 0xffffffff80000005, lla a1, at_buf; li a2, 0xffffffff80000000; sd a2, 0(a1); li a3, 0x5; amoadd.w x0, a3, (a1); ld a0, 0(a1))
    /* old value (.w sign-extended) */
    TEST_CASE(15, a0, 0x5, lla a1, at_buf; li a2, 0x5; sd a2, 0(a1); li a3, 0xffffffffffffffff; amoadd.w a0, a3, (a1))
    /* memory after */
    TEST_CASE(16, a0, 0x4, lla a1, at_buf; li a2, 0x5; sd a2, 0(a1); li a3, 0xffffffffffffffff; amoadd.w x0, a3, (a1); ld a0, 0(a1))
    /* old value (.w sign-extended) */
    TEST_CASE(17, a0, 0x0, lla a1, at_buf; li a2, 0x8000000000000000; sd a2, 0(a1); li a3, 0x7fffffffffffffff; amoadd.w a0, a3, (a1))
    /* memory after */
    TEST_CASE(18, a0, 0x80000000ffffffff, lla a1, at_buf; li a2, 0x8000000000000000; sd a2, 0(a1); li a3, 0x7fffffffffffffff; amoadd.w x0, a3, (a1); ld a0, 0(a1))
    /* old value (.w sign-extended) */
    TEST_CASE(19, a0, 0xfffffffffffffffe, lla a1, at_buf; li a2, 0xfffffffe; sd a2, 0(a1); li a3, 0x100000001; amoadd.w a0, a3, (a1))
    /* memory after */
    TEST_CASE(20, a0, 0xffffffff, lla a1, at_buf; li a2, 0xfffffffe; sd a2, 0(a1); li a3, 0x100000001; amoadd.w x0, a3, (a1); ld a0, 0(a1))
    /* old value (.w sign-extended) */
    TEST_CASE(21, a0, 0x7fffffff, lla a1, at_buf; li a2, 0x17fffffff; sd a2, 0(a1); li a3, 0x80000001; amoxor.w a0, a3, (a1))
    /* memory after */
    TEST_CASE(22, a0, 0x1fffffffe, lla a1, at_buf; li a2, 0x17fffffff; sd a2, 0(a1); li a3, 0x80000001; amoxor.w x0, a3, (a1); ld a0, 0(a1))
    /* old value (.w sign-extended) */
    TEST_CASE(23, a0, 0xffffffff80000000, lla a1, at_buf; li a2, 0xffffffff80000000; sd a2, 0(a1); li a3, 0x5; amoxor.w a0, a3, (a1))
    /* memory after */
    TEST_CASE(24, a0, 0xffffffff80000005, lla a1, at_buf; li a2, 0xffffffff80000000; sd a2, 0(a1); li a3, 0x5; amoxor.w x0, a3, (a1); ld a0, 0(a1))
    /* old value (.w sign-extended) */
    TEST_CASE(25, a0, 0x5, lla a1, at_buf; li a2, 0x5; sd a2, 0(a1); li a3, 0xffffffffffffffff; amoxor.w a0, a3, (a1))
    /* memory after */
    TEST_CASE(26, a0, 0xfffffffa, lla a1, at_buf; li a2, 0x5; sd a2, 0(a1); li a3, 0xffffffffffffffff; amoxor.w x0, a3, (a1); ld a0, 0(a1))
    /* old value (.w sign-extended) */
    TEST_CASE(27, a0, 0x0, lla a1, at_buf; li a2, 0x8000000000000000; sd a2, 0(a1); li a3, 0x7fffffffffffffff; amoxor.w a0, a3, (a1))
    /* memory after */
    TEST_CASE(28, a0, 0x80000000ffffffff, lla a1, at_buf; li a2, 0x8000000000000000; sd a2, 0(a1); li a3, 0x7fffffffffffffff; amoxor.w x0, a3, (a1); ld a0, 0(a1))
    /* old value (.w sign-extended) */
    TEST_CASE(29, a0, 0xfffffffffffffffe, lla a1, at_buf; li a2, 0xfffffffe; sd a2, 0(a1); li a3, 0x100000001; amoxor.w a0, a3, (a1))
    /* memory after */
    TEST_CASE(30, a0, 0xffffffff, lla a1, at_buf; li a2, 0xfffffffe; sd a2, 0(a1); li a3, 0x100000001; amoxor.w x0, a3, (a1); ld a0, 0(a1))
    /* old value (.w sign-extended) */
    TEST_CASE(31, a0, 0x7fffffff, lla a1, at_buf; li a2, 0x17fffffff; sd a2, 0(a1); li a3, 0x80000001; amoand.w a0, a3, (a1))
    /* memory after */
    TEST_CASE(32, a0, 0x100000001, lla a1, at_buf; li a2, 0x17fffffff; sd a2, 0(a1); li a3, 0x80000001; amoand.w x0, a3, (a1); ld a0, 0(a1))
    /* old value (.w sign-extended) */
    TEST_CASE(33, a0, 0xffffffff80000000, lla a1, at_buf; li a2, 0xffffffff80000000; sd a2, 0(a1); li a3, 0x5; amoand.w a0, a3, (a1))
    /* memory after */
    TEST_CASE(34, a0, 0xffffffff00000000, lla a1, at_buf; li a2, 0xffffffff80000000; sd a2, 0(a1); li a3, 0x5; amoand.w x0, a3, (a1); ld a0, 0(a1))
    /* old value (.w sign-extended) */
    TEST_CASE(35, a0, 0x5, lla a1, at_buf; li a2, 0x5; sd a2, 0(a1); li a3, 0xffffffffffffffff; amoand.w a0, a3, (a1))
    /* memory after */
    TEST_CASE(36, a0, 0x5, lla a1, at_buf; li a2, 0x5; sd a2, 0(a1); li a3, 0xffffffffffffffff; amoand.w x0, a3, (a1); ld a0, 0(a1))
    /* old value (.w sign-extended) */
    TEST_CASE(37, a0, 0x0, lla a1, at_buf; li a2, 0x8000000000000000; sd a2, 0(a1); li a3, 0x7fffffffffffffff; amoand.w a0, a3, (a1))
    /* memory after */
    TEST_CASE(38, a0, 0x8000000000000000, lla a1, at_buf; li a2, 0x8000000000000000; sd a2, 0(a1); li a3, 0x7fffffffffffffff; amoand.w x0, a3, (a1); ld a0, 0(a1))
    /* old value (.w sign-extended) */
    TEST_CASE(39, a0, 0xfffffffffffffffe, lla a1, at_buf; li a2, 0xfffffffe; sd a2, 0(a1); li a3, 0x100000001; amoand.w a0, a3, (a1))
    /* memory after */
    TEST_CASE(40, a0, 0x0, lla a1, at_buf; li a2, 0xfffffffe; sd a2, 0(a1); li a3, 0x100000001; amoand.w x0, a3, (a1); ld a0, 0(a1))
    /* old value (.w sign-extended) */
    TEST_CASE(41, a0, 0x7fffffff, lla a1, at_buf; li a2, 0x17fffffff; sd a2, 0(a1); li a3, 0x80000001; amoor.w a0, a3, (a1))
    /* memory after */
    TEST_CASE(42, a0, 0x1ffffffff, lla a1, at_buf; li a2, 0x17fffffff; sd a2, 0(a1); li a3, 0x80000001; amoor.w x0, a3, (a1); ld a0, 0(a1))
    /* old value (.w sign-extended) */
    TEST_CASE(43, a0, 0xffffffff80000000, lla a1, at_buf; li a2, 0xffffffff80000000; sd a2, 0(a1); li a3, 0x5; amoor.w a0, a3, (a1))
    /* memory after */
    TEST_CASE(44, a0, 0xffffffff80000005, lla a1, at_buf; li a2, 0xffffffff80000000; sd a2, 0(a1); li a3, 0x5; amoor.w x0, a3, (a1); ld a0, 0(a1))
    /* old value (.w sign-extended) */
    TEST_CASE(45, a0, 0x5, lla a1, at_buf; li a2, 0x5; sd a2, 0(a1); li a3, 0xffffffffffffffff; amoor.w a0, a3, (a1))
    /* memory after */
    TEST_CASE(46, a0, 0xffffffff, lla a1, at_buf; li a2, 0x5; sd a2, 0(a1); li a3, 0xffffffffffffffff; amoor.w x0, a3, (a1); ld a0, 0(a1))
    /* old value (.w sign-extended) */
    TEST_CASE(47, a0, 0x0, lla a1, at_buf; li a2, 0x8000000000000000; sd a2, 0(a1); li a3, 0x7fffffffffffffff; amoor.w a0, a3, (a1))
    /* memory after */
    TEST_CASE(48, a0, 0x80000000ffffffff, lla a1, at_buf; li a2, 0x8000000000000000; sd a2, 0(a1); li a3, 0x7fffffffffffffff; amoor.w x0, a3, (a1); ld a0, 0(a1))
    /* old value (.w sign-extended) */
    TEST_CASE(49, a0, 0xfffffffffffffffe, lla a1, at_buf; li a2, 0xfffffffe; sd a2, 0(a1); li a3, 0x100000001; amoor.w a0, a3, (a1))
    /* memory after */
    TEST_CASE(50, a0, 0xffffffff, lla a1, at_buf; li a2, 0xfffffffe; sd a2, 0(a1); li a3, 0x100000001; amoor.w x0, a3, (a1); ld a0, 0(a1))
    /* old value (.w sign-extended) */
    TEST_CASE(51, a0, 0x7fffffff, lla a1, at_buf; li a2, 0x17fffffff; sd a2, 0(a1); li a3, 0x80000001; amomin.w a0, a3, (a1))
    /* memory after */
    TEST_CASE(52, a0, 0x180000001, lla a1, at_buf; li a2, 0x17fffffff; sd a2, 0(a1); li a3, 0x80000001; amomin.w x0, a3, (a1); ld a0, 0(a1))
    /* old value (.w sign-extended) */
    TEST_CASE(53, a0, 0xffffffff80000000, lla a1, at_buf; li a2, 0xffffffff80000000; sd a2, 0(a1); li a3, 0x5; amomin.w a0, a3, (a1))
    /* memory after */
    TEST_CASE(54, a0, 0xffffffff80000000, lla a1, at_buf; li a2, 0xffffffff80000000; sd a2, 0(a1); li a3, 0x5; amomin.w x0, a3, (a1); ld a0, 0(a1))
    /* old value (.w sign-extended) */
    TEST_CASE(55, a0, 0x5, lla a1, at_buf; li a2, 0x5; sd a2, 0(a1); li a3, 0xffffffffffffffff; amomin.w a0, a3, (a1))
    /* memory after */
    TEST_CASE(56, a0, 0xffffffff, lla a1, at_buf; li a2, 0x5; sd a2, 0(a1); li a3, 0xffffffffffffffff; amomin.w x0, a3, (a1); ld a0, 0(a1))
    /* old value (.w sign-extended) */
    TEST_CASE(57, a0, 0x0, lla a1, at_buf; li a2, 0x8000000000000000; sd a2, 0(a1); li a3, 0x7fffffffffffffff; amomin.w a0, a3, (a1))
    /* memory after */
    TEST_CASE(58, a0, 0x80000000ffffffff, lla a1, at_buf; li a2, 0x8000000000000000; sd a2, 0(a1); li a3, 0x7fffffffffffffff; amomin.w x0, a3, (a1); ld a0, 0(a1))
    /* old value (.w sign-extended) */
    TEST_CASE(59, a0, 0xfffffffffffffffe, lla a1, at_buf; li a2, 0xfffffffe; sd a2, 0(a1); li a3, 0x100000001; amomin.w a0, a3, (a1))
    /* memory after */
    TEST_CASE(60, a0, 0xfffffffe, lla a1, at_buf; li a2, 0xfffffffe; sd a2, 0(a1); li a3, 0x100000001; amomin.w x0, a3, (a1); ld a0, 0(a1))
    /* old value (.w sign-extended) */
    TEST_CASE(61, a0, 0x7fffffff, lla a1, at_buf; li a2, 0x17fffffff; sd a2, 0(a1); li a3, 0x80000001; amomax.w a0, a3, (a1))
    /* memory after */
    TEST_CASE(62, a0, 0x17fffffff, lla a1, at_buf; li a2, 0x17fffffff; sd a2, 0(a1); li a3, 0x80000001; amomax.w x0, a3, (a1); ld a0, 0(a1))
    /* old value (.w sign-extended) */
    TEST_CASE(63, a0, 0xffffffff80000000, lla a1, at_buf; li a2, 0xffffffff80000000; sd a2, 0(a1); li a3, 0x5; amomax.w a0, a3, (a1))
    /* memory after */
    TEST_CASE(64, a0, 0xffffffff00000005, lla a1, at_buf; li a2, 0xffffffff80000000; sd a2, 0(a1); li a3, 0x5; amomax.w x0, a3, (a1); ld a0, 0(a1))
    /* old value (.w sign-extended) */
    TEST_CASE(65, a0, 0x5, lla a1, at_buf; li a2, 0x5; sd a2, 0(a1); li a3, 0xffffffffffffffff; amomax.w a0, a3, (a1))
    /* memory after */
    TEST_CASE(66, a0, 0x5, lla a1, at_buf; li a2, 0x5; sd a2, 0(a1); li a3, 0xffffffffffffffff; amomax.w x0, a3, (a1); ld a0, 0(a1))
    /* old value (.w sign-extended) */
    TEST_CASE(67, a0, 0x0, lla a1, at_buf; li a2, 0x8000000000000000; sd a2, 0(a1); li a3, 0x7fffffffffffffff; amomax.w a0, a3, (a1))
    /* memory after */
    TEST_CASE(68, a0, 0x8000000000000000, lla a1, at_buf; li a2, 0x8000000000000000; sd a2, 0(a1); li a3, 0x7fffffffffffffff; amomax.w x0, a3, (a1); ld a0, 0(a1))
    /* old value (.w sign-extended) */
    TEST_CASE(69, a0, 0xfffffffffffffffe, lla a1, at_buf; li a2, 0xfffffffe; sd a2, 0(a1); li a3, 0x100000001; amomax.w a0, a3, (a1))
    /* memory after */
    TEST_CASE(70, a0, 0x1, lla a1, at_buf; li a2, 0xfffffffe; sd a2, 0(a1); li a3, 0x100000001; amomax.w x0, a3, (a1); ld a0, 0(a1))
    /* old value (.w sign-extended) */
    TEST_CASE(71, a0, 0x7fffffff, lla a1, at_buf; li a2, 0x17fffffff; sd a2, 0(a1); li a3, 0x80000001; amominu.w a0, a3, (a1))
    /* memory after */
    TEST_CASE(72, a0, 0x17fffffff, lla a1, at_buf; li a2, 0x17fffffff; sd a2, 0(a1); li a3, 0x80000001; amominu.w x0, a3, (a1); ld a0, 0(a1))
    /* old value (.w sign-extended) */
    TEST_CASE(73, a0, 0xffffffff80000000, lla a1, at_buf; li a2, 0xffffffff80000000; sd a2, 0(a1); li a3, 0x5; amominu.w a0, a3, (a1))
    /* memory after */
    TEST_CASE(74, a0, 0xffffffff00000005, lla a1, at_buf; li a2, 0xffffffff80000000; sd a2, 0(a1); li a3, 0x5; amominu.w x0, a3, (a1); ld a0, 0(a1))
    /* old value (.w sign-extended) */
    TEST_CASE(75, a0, 0x5, lla a1, at_buf; li a2, 0x5; sd a2, 0(a1); li a3, 0xffffffffffffffff; amominu.w a0, a3, (a1))
    /* memory after */
    TEST_CASE(76, a0, 0x5, lla a1, at_buf; li a2, 0x5; sd a2, 0(a1); li a3, 0xffffffffffffffff; amominu.w x0, a3, (a1); ld a0, 0(a1))
    /* old value (.w sign-extended) */
    TEST_CASE(77, a0, 0x0, lla a1, at_buf; li a2, 0x8000000000000000; sd a2, 0(a1); li a3, 0x7fffffffffffffff; amominu.w a0, a3, (a1))
    /* memory after */
    TEST_CASE(78, a0, 0x8000000000000000, lla a1, at_buf; li a2, 0x8000000000000000; sd a2, 0(a1); li a3, 0x7fffffffffffffff; amominu.w x0, a3, (a1); ld a0, 0(a1))
    /* old value (.w sign-extended) */
    TEST_CASE(79, a0, 0xfffffffffffffffe, lla a1, at_buf; li a2, 0xfffffffe; sd a2, 0(a1); li a3, 0x100000001; amominu.w a0, a3, (a1))
    /* memory after */
    TEST_CASE(80, a0, 0x1, lla a1, at_buf; li a2, 0xfffffffe; sd a2, 0(a1); li a3, 0x100000001; amominu.w x0, a3, (a1); ld a0, 0(a1))
    /* old value (.w sign-extended) */
    TEST_CASE(81, a0, 0x7fffffff, lla a1, at_buf; li a2, 0x17fffffff; sd a2, 0(a1); li a3, 0x80000001; amomaxu.w a0, a3, (a1))
    /* memory after */
    TEST_CASE(82, a0, 0x180000001, lla a1, at_buf; li a2, 0x17fffffff; sd a2, 0(a1); li a3, 0x80000001; amomaxu.w x0, a3, (a1); ld a0, 0(a1))
    /* old value (.w sign-extended) */
    TEST_CASE(83, a0, 0xffffffff80000000, lla a1, at_buf; li a2, 0xffffffff80000000; sd a2, 0(a1); li a3, 0x5; amomaxu.w a0, a3, (a1))
    /* memory after */
    TEST_CASE(84, a0, 0xffffffff80000000, lla a1, at_buf; li a2, 0xffffffff80000000; sd a2, 0(a1); li a3, 0x5; amomaxu.w x0, a3, (a1); ld a0, 0(a1))
    /* old value (.w sign-extended) */
    TEST_CASE(85, a0, 0x5, lla a1, at_buf; li a2, 0x5; sd a2, 0(a1); li a3, 0xffffffffffffffff; amomaxu.w a0, a3, (a1))
    /* memory after */
    TEST_CASE(86, a0, 0xffffffff, lla a1, at_buf; li a2, 0x5; sd a2, 0(a1); li a3, 0xffffffffffffffff; amomaxu.w x0, a3, (a1); ld a0, 0(a1))
    /* old value (.w sign-extended) */
    TEST_CASE(87, a0, 0x0, lla a1, at_buf; li a2, 0x8000000000000000; sd a2, 0(a1); li a3, 0x7fffffffffffffff; amomaxu.w a0, a3, (a1))
    /* memory after */
    TEST_CASE(88, a0, 0x80000000ffffffff, lla a1, at_buf; li a2, 0x8000000000000000; sd a2, 0(a1); li a3, 0x7fffffffffffffff; amomaxu.w x0, a3, (a1); ld a0, 0(a1))
    /* old value (.w sign-extended) */
    TEST_CASE(89, a0, 0xfffffffffffffffe, lla a1, at_buf; li a2, 0xfffffffe; sd a2, 0(a1); li a3, 0x100000001; amomaxu.w a0, a3, (a1))
    /* memory after */
    TEST_CASE(90, a0, 0xfffffffe, lla a1, at_buf; li a2, 0xfffffffe; sd a2, 0(a1); li a3, 0x100000001; amomaxu.w x0, a3, (a1); ld a0, 0(a1))
    /* aq/rl bits */
    TEST_CASE(91, a0, 0x1122334400000019, lla a1, at_buf; li a2, 0x1122334455667788; sd a2, 0(a1); li a3, 9; amoadd.w.aqrl a0, a3, (a1); ld a4, 0(a1); xor a0, a0, a4)
    /* rd == rs2 */
    TEST_CASE(92, a0, 0x11223344aaccef19, lla a1, at_buf; li a2, 0x1122334455667788; sd a2, 0(a1); li a3, 9; amoadd.w a3, a3, (a1); ld a4, 0(a1); add a0, a3, a4)
    /* lr loads (sign-extends .w) */
    TEST_CASE(93, a0, 0xffffffff87654321, lla a1, at_buf; li a2, 0xffffffff87654321; sd a2, 0(a1); li a3, 0x42; lr.w a0, (a1))
    /* sc after lr succeeds: 0 */
    TEST_CASE(94, a0, 0x0, lla a1, at_buf; li a2, 0x8765432187654321; sd a2, 0(a1); li a3, 0x42; lr.w a4, (a1); sc.w a0, a3, (a1))
    /* sc wrote */
    TEST_CASE(95, a0, 0x8765432100000042, lla a1, at_buf; li a2, 0x8765432187654321; sd a2, 0(a1); li a3, 0x42; lr.w a4, (a1); sc.w a0, a3, (a1); ld a0, 0(a1))
    /* second sc fails: nonzero */
    TEST_CASE(96, a0, 0x1, lla a1, at_buf; li a2, 0x8765432187654321; sd a2, 0(a1); li a3, 0x42; lr.w a4, (a1); sc.w a4, a3, (a1); sc.w a0, a3, (a1))
    /* failed sc does not write */
    TEST_CASE(97, a0, 0x8765432100000042, lla a1, at_buf; li a2, 0x8765432187654321; sd a2, 0(a1); li a3, 0x42; lr.w a4, (a1); sc.w a4, a3, (a1); li a3, 7; sc.w a0, a3, (a1); ld a0, 0(a1))
    /* increment loop body */
    TEST_CASE(98, a0, 0x8765432187654322, lla a1, at_buf; li a2, 0x8765432187654321; sd a2, 0(a1); li a3, 0x42; lr.w.aq a4, (a1); addi a4, a4, 1; sc.w.rl a0, a4, (a1); ld a2, 0(a1); add a0, a0, a2)
    /* old value (.w sign-extended) */
    TEST_CASE(99, a0, 0x17fffffff, lla a1, at_buf; li a2, 0x17fffffff; sd a2, 0(a1); li a3, 0x80000001; amoswap.d a0, a3, (a1))
    /* memory after */
    TEST_CASE(100, a0, 0x80000001, lla a1, at_buf; li a2, 0x17fffffff; sd a2, 0(a1); li a3, 0x80000001; amoswap.d x0, a3, (a1); ld a0, 0(a1))
    /* old value (.w sign-extended) */
    TEST_CASE(101, a0, 0xffffffff80000000, lla a1, at_buf; li a2, 0xffffffff80000000; sd a2, 0(a1); li a3, 0x5; amoswap.d a0, a3, (a1))
    /* memory after */
    TEST_CASE(102, a0, 0x5, lla a1, at_buf; li a2, 0xffffffff80000000; sd a2, 0(a1); li a3, 0x5; amoswap.d x0, a3, (a1); ld a0, 0(a1))
    /* old value (.w sign-extended) */
    TEST_CASE(103, a0, 0x5, lla a1, at_buf; li a2, 0x5; sd a2, 0(a1); li a3, 0xffffffffffffffff; amoswap.d a0, a3, (a1))
    /* memory after */
    TEST_CASE(104, a0, 0xffffffffffffffff, lla a1, at_buf; li a2, 0x5; sd a2, 0(a1); li a3, 0xffffffffffffffff; amoswap.d x0, a3, (a1); ld a0, 0(a1))
    /* old value (.w sign-extended) */
    TEST_CASE(105, a0, 0x8000000000000000, lla a1, at_buf; li a2, 0x8000000000000000; sd a2, 0(a1); li a3, 0x7fffffffffffffff; amoswap.d a0, a3, (a1))
    /* memory after */
    TEST_CASE(106, a0, 0x7fffffffffffffff, lla a1, at_buf; li a2, 0x8000000000000000; sd a2, 0(a1); li a3, 0x7fffffffffffffff; amoswap.d x0, a3, (a1); ld a0, 0(a1))
    /* old value (.w sign-extended) */
    TEST_CASE(107, a0, 0xfffffffe, lla a1, at_buf; li a2, 0xfffffffe; sd a2, 0(a1); li a3, 0x100000001; amoswap.d a0, a3, (a1))
    /* memory after */
    TEST_CASE(108, a0, 0x100000001, lla a1, at_buf; li a2, 0xfffffffe; sd a2, 0(a1); li a3, 0x100000001; amoswap.d x0, a3, (a1); ld a0, 0(a1))
    /* old value (.w sign-extended) */
    TEST_CASE(109, a0, 0x17fffffff, lla a1, at_buf; li a2, 0x17fffffff; sd a2, 0(a1); li a3, 0x80000001; amoadd.d a0, a3, (a1))
    /* memory after */
    TEST_CASE(110, a0, 0x200000000, lla a1, at_buf; li a2, 0x17fffffff; sd a2, 0(a1); li a3, 0x80000001; amoadd.d x0, a3, (a1); ld a0, 0(a1))
    /* old value (.w sign-extended) */
    TEST_CASE(111, a0, 0xffffffff80000000, lla a1, at_buf; li a2, 0xffffffff80000000; sd a2, 0(a1); li a3, 0x5; amoadd.d a0, a3, (a1))
    /* memory after */
    TEST_CASE(112, a0, 0xffffffff80000005, lla a1, at_buf; li a2, 0xffffffff80000000; sd a2, 0(a1); li a3, 0x5; amoadd.d x0, a3, (a1); ld a0, 0(a1))
    /* old value (.w sign-extended) */
    TEST_CASE(113, a0, 0x5, lla a1, at_buf; li a2, 0x5; sd a2, 0(a1); li a3, 0xffffffffffffffff; amoadd.d a0, a3, (a1))
    /* memory after */
    TEST_CASE(114, a0, 0x4, lla a1, at_buf; li a2, 0x5; sd a2, 0(a1); li a3, 0xffffffffffffffff; amoadd.d x0, a3, (a1); ld a0, 0(a1))
    /* old value (.w sign-extended) */
    TEST_CASE(115, a0, 0x8000000000000000, lla a1, at_buf; li a2, 0x8000000000000000; sd a2, 0(a1); li a3, 0x7fffffffffffffff; amoadd.d a0, a3, (a1))
    /* memory after */
    TEST_CASE(116, a0, 0xffffffffffffffff, lla a1, at_buf; li a2, 0x8000000000000000; sd a2, 0(a1); li a3, 0x7fffffffffffffff; amoadd.d x0, a3, (a1); ld a0, 0(a1))
    /* old value (.w sign-extended) */
    TEST_CASE(117, a0, 0xfffffffe, lla a1, at_buf; li a2, 0xfffffffe; sd a2, 0(a1); li a3, 0x100000001; amoadd.d a0, a3, (a1))
    /* memory after */
    TEST_CASE(118, a0, 0x1ffffffff, lla a1, at_buf; li a2, 0xfffffffe; sd a2, 0(a1); li a3, 0x100000001; amoadd.d x0, a3, (a1); ld a0, 0(a1))
    /* old value (.w sign-extended) */
    TEST_CASE(119, a0, 0x17fffffff, lla a1, at_buf; li a2, 0x17fffffff; sd a2, 0(a1); li a3, 0x80000001; amoxor.d a0, a3, (a1))
    /* memory after */
    TEST_CASE(120, a0, 0x1fffffffe, lla a1, at_buf; li a2, 0x17fffffff; sd a2, 0(a1); li a3, 0x80000001; amoxor.d x0, a3, (a1); ld a0, 0(a1))
    /* old value (.w sign-extended) */
    TEST_CASE(121, a0, 0xffffffff80000000, lla a1, at_buf; li a2, 0xffffffff80000000; sd a2, 0(a1); li a3, 0x5; amoxor.d a0, a3, (a1))
    /* memory after */
    TEST_CASE(122, a0, 0xffffffff80000005, lla a1, at_buf; li a2, 0xffffffff80000000; sd a2, 0(a1); li a3, 0x5; amoxor.d x0, a3, (a1); ld a0, 0(a1))
    /* old value (.w sign-extended) */
    TEST_CASE(123, a0, 0x5, lla a1, at_buf; li a2, 0x5; sd a2, 0(a1); li a3, 0xffffffffffffffff; amoxor.d a0, a3, (a1))
    /* memory after */
    TEST_CASE(124, a0, 0xfffffffffffffffa, lla a1, at_buf; li a2, 0x5; sd a2, 0(a1); li a3, 0xffffffffffffffff; amoxor.d x0, a3, (a1); ld a0, 0(a1))
    /* old value (.w sign-extended) */
    TEST_CASE(125, a0, 0x8000000000000000, lla a1, at_buf; li a2, 0x8000000000000000; sd a2, 0(a1); li a3, 0x7fffffffffffffff; amoxor.d a0, a3, (a1))
    /* memory after */
    TEST_CASE(126, a0, 0xffffffffffffffff, lla a1, at_buf; li a2, 0x8000000000000000; sd a2, 0(a1); li a3, 0x7fffffffffffffff; amoxor.d x0, a3, (a1); ld a0, 0(a1))
    /* old value (.w sign-extended) */
    TEST_CASE(127, a0, 0xfffffffe, lla a1, at_buf; li a2, 0xfffffffe; sd a2, 0(a1); li a3, 0x100000001; amoxor.d a0, a3, (a1))
    /* memory after */
    TEST_CASE(128, a0, 0x1ffffffff, lla a1, at_buf; li a2, 0xfffffffe; sd a2, 0(a1); li a3, 0x100000001; amoxor.d x0, a3, (a1); ld a0, 0(a1))
    /* old value (.w sign-extended) */
    TEST_CASE(129, a0, 0x17fffffff, lla a1, at_buf; li a2, 0x17fffffff; sd a2, 0(a1); li a3, 0x80000001; amoand.d a0, a3, (a1))
    /* memory after */
    TEST_CASE(130, a0, 0x1, lla a1, at_buf; li a2, 0x17fffffff; sd a2, 0(a1); li a3, 0x80000001; amoand.d x0, a3, (a1); ld a0, 0(a1))
    /* old value (.w sign-extended) */
    TEST_CASE(131, a0, 0xffffffff80000000, lla a1, at_buf; li a2, 0xffffffff80000000; sd a2, 0(a1); li a3, 0x5; amoand.d a0, a3, (a1))
    /* memory after */
    TEST_CASE(132, a0, 0x0, lla a1, at_buf; li a2, 0xffffffff80000000; sd a2, 0(a1); li a3, 0x5; amoand.d x0, a3, (a1); ld a0, 0(a1))
    /* old value (.w sign-extended) */
    TEST_CASE(133, a0, 0x5, lla a1, at_buf; li a2, 0x5; sd a2, 0(a1); li a3, 0xffffffffffffffff; amoand.d a0, a3, (a1))
    /* memory after */
    TEST_CASE(134, a0, 0x5, lla a1, at_buf; li a2, 0x5; sd a2, 0(a1); li a3, 0xffffffffffffffff; amoand.d x0, a3, (a1); ld a0, 0(a1))
    /* old value (.w sign-extended) */
    TEST_CASE(135, a0, 0x8000000000000000, lla a1, at_buf; li a2, 0x8000000000000000; sd a2, 0(a1); li a3, 0x7fffffffffffffff; amoand.d a0, a3, (a1))
    /* memory after */
    TEST_CASE(136, a0, 0x0, lla a1, at_buf; li a2, 0x8000000000000000; sd a2, 0(a1); li a3, 0x7fffffffffffffff; amoand.d x0, a3, (a1); ld a0, 0(a1))
    /* old value (.w sign-extended) */
    TEST_CASE(137, a0, 0xfffffffe, lla a1, at_buf; li a2, 0xfffffffe; sd a2, 0(a1); li a3, 0x100000001; amoand.d a0, a3, (a1))
    /* memory after */
    TEST_CASE(138, a0, 0x0, lla a1, at_buf; li a2, 0xfffffffe; sd a2, 0(a1); li a3, 0x100000001; amoand.d x0, a3, (a1); ld a0, 0(a1))
    /* old value (.w sign-extended) */
    TEST_CASE(139, a0, 0x17fffffff, lla a1, at_buf; li a2, 0x17fffffff; sd a2, 0(a1); li a3, 0x80000001; amoor.d a0, a3, (a1))
    /* memory after */
    TEST_CASE(140, a0, 0x1ffffffff, lla a1, at_buf; li a2, 0x17fffffff; sd a2, 0(a1); li a3, 0x80000001; amoor.d x0, a3, (a1); ld a0, 0(a1))
    /* old value (.w sign-extended) */
    TEST_CASE(141, a0, 0xffffffff80000000, lla a1, at_buf; li a2, 0xffffffff80000000; sd a2, 0(a1); li a3, 0x5; amoor.d a0, a3, (a1))
    /* memory after */
    TEST_CASE(142, a0, 0xffffffff80000005, lla a1, at_buf; li a2, 0xffffffff80000000; sd a2, 0(a1); li a3, 0x5; amoor.d x0, a3, (a1); ld a0, 0(a1))
    /* old value (.w sign-extended) */
    TEST_CASE(143, a0, 0x5, lla a1, at_buf; li a2, 0x5; sd a2, 0(a1); li a3, 0xffffffffffffffff; amoor.d a0, a3, (a1))
    /* memory after */
    TEST_CASE(144, a0, 0xffffffffffffffff, lla a1, at_buf; li a2, 0x5; sd a2, 0(a1); li a3, 0xffffffffffffffff; amoor.d x0, a3, (a1); ld a0, 0(a1))
    /* old value (.w sign-extended) */
    TEST_CASE(145, a0, 0x8000000000000000, lla a1, at_buf; li a2, 0x8000000000000000; sd a2, 0(a1); li a3, 0x7fffffffffffffff; amoor.d a0, a3, (a1))
    /* memory after */
    TEST_CASE(146, a0, 0xffffffffffffffff, lla a1, at_buf; li a2, 0x8000000000000000; sd a2, 0(a1); li a3, 0x7fffffffffffffff; amoor.d x0, a3, (a1); ld a0, 0(a1))
    /* old value (.w sign-extended) */
    TEST_CASE(147, a0, 0xfffffffe, lla a1, at_buf; li a2, 0xfffffffe; sd a2, 0(a1); li a3, 0x100000001; amoor.d a0, a3, (a1))
    /* memory after */
    TEST_CASE(148, a0, 0x1ffffffff, lla a1, at_buf; li a2, 0xfffffffe; sd a2, 0(a1); li a3, 0x100000001; amoor.d x0, a3, (a1); ld a0, 0(a1))
    /* old value (.w sign-extended) */
    TEST_CASE(149, a0, 0x17fffffff, lla a1, at_buf; li a2, 0x17fffffff; sd a2, 0(a1); li a3, 0x80000001; amomin.d a0, a3, (a1))
    /* memory after */
    TEST_CASE(150, a0, 0x80000001, lla a1, at_buf; li a2, 0x17fffffff; sd a2, 0(a1); li a3, 0x80000001; amomin.d x0, a3, (a1); ld a0, 0(a1))
    /* old value (.w sign-extended) */
    TEST_CASE(151, a0, 0xffffffff80000000, lla a1, at_buf; li a2, 0xffffffff80000000; sd a2, 0(a1); li a3, 0x5; amomin.d a0, a3, (a1))
    /* memory after */
    TEST_CASE(152, a0, 0xffffffff80000000, lla a1, at_buf; li a2, 0xffffffff80000000; sd a2, 0(a1); li a3, 0x5; amomin.d x0, a3, (a1); ld a0, 0(a1))
    /* old value (.w sign-extended) */
    TEST_CASE(153, a0, 0x5, lla a1, at_buf; li a2, 0x5; sd a2, 0(a1); li a3, 0xffffffffffffffff; amomin.d a0, a3, (a1))
    /* memory after */
    TEST_CASE(154, a0, 0xffffffffffffffff, lla a1, at_buf; li a2, 0x5; sd a2, 0(a1); li a3, 0xffffffffffffffff; amomin.d x0, a3, (a1); ld a0, 0(a1))
    /* old value (.w sign-extended) */
    TEST_CASE(155, a0, 0x8000000000000000, lla a1, at_buf; li a2, 0x8000000000000000; sd a2, 0(a1); li a3, 0x7fffffffffffffff; amomin.d a0, a3, (a1))
    /* memory after */
    TEST_CASE(156, a0, 0x8000000000000000, lla a1, at_buf; li a2, 0x8000000000000000; sd a2, 0(a1); li a3, 0x7fffffffffffffff; amomin.d x0, a3, (a1); ld a0, 0(a1))
    /* old value (.w sign-extended) */
    TEST_CASE(157, a0, 0xfffffffe, lla a1, at_buf; li a2, 0xfffffffe; sd a2, 0(a1); li a3, 0x100000001; amomin.d a0, a3, (a1))
    /* memory after */
    TEST_CASE(158, a0, 0xfffffffe, lla a1, at_buf; li a2, 0xfffffffe; sd a2, 0(a1); li a3, 0x100000001; amomin.d x0, a3, (a1); ld a0, 0(a1))
    /* old value (.w sign-extended) */
    TEST_CASE(159, a0, 0x17fffffff, lla a1, at_buf; li a2, 0x17fffffff; sd a2, 0(a1); li a3, 0x80000001; amomax.d a0, a3, (a1))
    /* memory after */
    TEST_CASE(160, a0, 0x17fffffff, lla a1, at_buf; li a2, 0x17fffffff; sd a2, 0(a1); li a3, 0x80000001; amomax.d x0, a3, (a1); ld a0, 0(a1))
    /* old value (.w sign-extended) */
    TEST_CASE(161, a0, 0xffffffff80000000, lla a1, at_buf; li a2, 0xffffffff80000000; sd a2, 0(a1); li a3, 0x5; amomax.d a0, a3, (a1))
    /* memory after */
    TEST_CASE(162, a0, 0x5, lla a1, at_buf; li a2, 0xffffffff80000000; sd a2, 0(a1); li a3, 0x5; amomax.d x0, a3, (a1); ld a0, 0(a1))
    /* old value (.w sign-extended) */
    TEST_CASE(163, a0, 0x5, lla a1, at_buf; li a2, 0x5; sd a2, 0(a1); li a3, 0xffffffffffffffff; amomax.d a0, a3, (a1))
    /* memory after */
    TEST_CASE(164, a0, 0x5, lla a1, at_buf; li a2, 0x5; sd a2, 0(a1); li a3, 0xffffffffffffffff; amomax.d x0, a3, (a1); ld a0, 0(a1))
    /* old value (.w sign-extended) */
    TEST_CASE(165, a0, 0x8000000000000000, lla a1, at_buf; li a2, 0x8000000000000000; sd a2, 0(a1); li a3, 0x7fffffffffffffff; amomax.d a0, a3, (a1))
    /* memory after */
    TEST_CASE(166, a0, 0x7fffffffffffffff, lla a1, at_buf; li a2, 0x8000000000000000; sd a2, 0(a1); li a3, 0x7fffffffffffffff; amomax.d x0, a3, (a1); ld a0, 0(a1))
    /* old value (.w sign-extended) */
    TEST_CASE(167, a0, 0xfffffffe, lla a1, at_buf; li a2, 0xfffffffe; sd a2, 0(a1); li a3, 0x100000001; amomax.d a0, a3, (a1))
    /* memory after */
    TEST_CASE(168, a0, 0x100000001, lla a1, at_buf; li a2, 0xfffffffe; sd a2, 0(a1); li a3, 0x100000001; amomax.d x0, a3, (a1); ld a0, 0(a1))
    /* old value (.w sign-extended) */
    TEST_CASE(169, a0, 0x17fffffff, lla a1, at_buf; li a2, 0x17fffffff; sd a2, 0(a1); li a3, 0x80000001; amominu.d a0, a3, (a1))
    /* memory after */
    TEST_CASE(170, a0, 0x80000001, lla a1, at_buf; li a2, 0x17fffffff; sd a2, 0(a1); li a3, 0x80000001; amominu.d x0, a3, (a1); ld a0, 0(a1))
    /* old value (.w sign-extended) */
    TEST_CASE(171, a0, 0xffffffff80000000, lla a1, at_buf; li a2, 0xffffffff80000000; sd a2, 0(a1); li a3, 0x5; amominu.d a0, a3, (a1))
    /* memory after */
    TEST_CASE(172, a0, 0x5, lla a1, at_buf; li a2, 0xffffffff80000000; sd a2, 0(a1); li a3, 0x5; amominu.d x0, a3, (a1); ld a0, 0(a1))
    /* old value (.w sign-extended) */
    TEST_CASE(173, a0, 0x5, lla a1, at_buf; li a2, 0x5; sd a2, 0(a1); li a3, 0xffffffffffffffff; amominu.d a0, a3, (a1))
    /* memory after */
    TEST_CASE(174, a0, 0x5, lla a1, at_buf; li a2, 0x5; sd a2, 0(a1); li a3, 0xffffffffffffffff; amominu.d x0, a3, (a1); ld a0, 0(a1))
    /* old value (.w sign-extended) */
    TEST_CASE(175, a0, 0x8000000000000000, lla a1, at_buf; li a2, 0x8000000000000000; sd a2, 0(a1); li a3, 0x7fffffffffffffff; amominu.d a0, a3, (a1))
    /* memory after */
    TEST_CASE(176, a0, 0x7fffffffffffffff, lla a1, at_buf; li a2, 0x8000000000000000; sd a2, 0(a1); li a3, 0x7fffffffffffffff; amominu.d x0, a3, (a1); ld a0, 0(a1))
    /* old value (.w sign-extended) */
    TEST_CASE(177, a0, 0xfffffffe, lla a1, at_buf; li a2, 0xfffffffe; sd a2, 0(a1); li a3, 0x100000001; amominu.d a0, a3, (a1))
    /* memory after */
    TEST_CASE(178, a0, 0xfffffffe, lla a1, at_buf; li a2, 0xfffffffe; sd a2, 0(a1); li a3, 0x100000001; amominu.d x0, a3, (a1); ld a0, 0(a1))
    /* old value (.w sign-extended) */
    TEST_CASE(179, a0, 0x17fffffff, lla a1, at_buf; li a2, 0x17fffffff; sd a2, 0(a1); li a3, 0x80000001; amomaxu.d a0, a3, (a1))
    /* memory after */
    TEST_CASE(180, a0, 0x17fffffff, lla a1, at_buf; li a2, 0x17fffffff; sd a2, 0(a1); li a3, 0x80000001; amomaxu.d x0, a3, (a1); ld a0, 0(a1))
    /* old value (.w sign-extended) */
    TEST_CASE(181, a0, 0xffffffff80000000, lla a1, at_buf; li a2, 0xffffffff80000000; sd a2, 0(a1); li a3, 0x5; amomaxu.d a0, a3, (a1))
    /* memory after */
    TEST_CASE(182, a0, 0xffffffff80000000, lla a1, at_buf; li a2, 0xffffffff80000000; sd a2, 0(a1); li a3, 0x5; amomaxu.d x0, a3, (a1); ld a0, 0(a1))
    /* old value (.w sign-extended) */
    TEST_CASE(183, a0, 0x5, lla a1, at_buf; li a2, 0x5; sd a2, 0(a1); li a3, 0xffffffffffffffff; amomaxu.d a0, a3, (a1))
    /* memory after */
    TEST_CASE(184, a0, 0xffffffffffffffff, lla a1, at_buf; li a2, 0x5; sd a2, 0(a1); li a3, 0xffffffffffffffff; amomaxu.d x0, a3, (a1); ld a0, 0(a1))
    /* old value (.w sign-extended) */
    TEST_CASE(185, a0, 0x8000000000000000, lla a1, at_buf; li a2, 0x8000000000000000; sd a2, 0(a1); li a3, 0x7fffffffffffffff; amomaxu.d a0, a3, (a1))
    /* memory after */
    TEST_CASE(186, a0, 0x8000000000000000, lla a1, at_buf; li a2, 0x8000000000000000; sd a2, 0(a1); li a3, 0x7fffffffffffffff; amomaxu.d x0, a3, (a1); ld a0, 0(a1))
    /* old value (.w sign-extended) */
    TEST_CASE(187, a0, 0xfffffffe, lla a1, at_buf; li a2, 0xfffffffe; sd a2, 0(a1); li a3, 0x100000001; amomaxu.d a0, a3, (a1))
    /* memory after */
    TEST_CASE(188, a0, 0x100000001, lla a1, at_buf; li a2, 0xfffffffe; sd a2, 0(a1); li a3, 0x100000001; amomaxu.d x0, a3, (a1); ld a0, 0(a1))
    /* aq/rl bits */
    TEST_CASE(189, a0, 0x19, lla a1, at_buf; li a2, 0x1122334455667788; sd a2, 0(a1); li a3, 9; amoadd.d.aqrl a0, a3, (a1); ld a4, 0(a1); xor a0, a0, a4)
    /* rd == rs2 */
    TEST_CASE(190, a0, 0x22446688aaccef19, lla a1, at_buf; li a2, 0x1122334455667788; sd a2, 0(a1); li a3, 9; amoadd.d a3, a3, (a1); ld a4, 0(a1); add a0, a3, a4)
    /* lr loads (sign-extends .w) */
    TEST_CASE(191, a0, 0xffffffff87654321, lla a1, at_buf; li a2, 0xffffffff87654321; sd a2, 0(a1); li a3, 0x42; lr.d a0, (a1))
    /* sc after lr succeeds: 0 */
    TEST_CASE(192, a0, 0x0, lla a1, at_buf; li a2, 0x8765432187654321; sd a2, 0(a1); li a3, 0x42; lr.d a4, (a1); sc.d a0, a3, (a1))
    /* sc wrote */
    TEST_CASE(193, a0, 0x42, lla a1, at_buf; li a2, 0x8765432187654321; sd a2, 0(a1); li a3, 0x42; lr.d a4, (a1); sc.d a0, a3, (a1); ld a0, 0(a1))
    /* second sc fails: nonzero */
    TEST_CASE(194, a0, 0x1, lla a1, at_buf; li a2, 0x8765432187654321; sd a2, 0(a1); li a3, 0x42; lr.d a4, (a1); sc.d a4, a3, (a1); sc.d a0, a3, (a1))
    /* failed sc does not write */
    TEST_CASE(195, a0, 0x42, lla a1, at_buf; li a2, 0x8765432187654321; sd a2, 0(a1); li a3, 0x42; lr.d a4, (a1); sc.d a4, a3, (a1); li a3, 7; sc.d a0, a3, (a1); ld a0, 0(a1))
    /* increment loop body */
    TEST_CASE(196, a0, 0x8765432187654322, lla a1, at_buf; li a2, 0x8765432187654321; sd a2, 0(a1); li a3, 0x42; lr.d.aq a4, (a1); addi a4, a4, 1; sc.d.rl a0, a4, (a1); ld a2, 0(a1); add a0, a0, a2)
    /* lr/sc retry loop */
    TEST_CASE(197, a0, 0x12c, lla a1, at_buf; sd x0, 0(a1); li t1, 100; 1: lr.d a2, (a1); addi a2, a2, 3; sc.d a3, a2, (a1); bnez a3, 1b; addi t1, t1, -1; bnez t1, 1b; ld a0, 0(a1))
    /* .w touches only 4 bytes */
    TEST_CASE(198, a0, 0xffffffff, lla a1, at_buf; li a2, -1; sd a2, 0(a1); sd a2, 8(a1); li a3, 0; addi a1, a1, 4; amoswap.w x0, a3, (a1); ld a0, -4(a1))

TEST_END

    .data
    .balign 16
at_buf:
    .skip 32

