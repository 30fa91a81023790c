/*
 * loadstore.S - integer and FP loads/stores of every width: sign extension (lb lh lw) and zero
 * extension (lbu lhu lwu), immediate offsets at the 12-bit limits, misaligned accesses (Linux
 * emulates them on hardware; user-mode translators must simply perform them), stores of each
 * width touching only their bytes, and a loaded register that is also the base.
 * Expected values from qemu-riscv64.
 */
#include "testlib.h"

TEST_BEGIN

    TEST_CASE(1, a0, 0xffffffffffffff88, lla a1, ls_data; lb a0, 0(a1))
    TEST_CASE(2, a0, 0x88, lla a1, ls_data; lbu a0, 0(a1))
    TEST_CASE(3, a0, 0xffffffffffffff87, lla a1, ls_data; lb a0, 1(a1))
    TEST_CASE(4, a0, 0x87, lla a1, ls_data; lbu a0, 1(a1))
    TEST_CASE(5, a0, 0xffffffffffffff86, lla a1, ls_data; lb a0, 2(a1))
    TEST_CASE(6, a0, 0x86, lla a1, ls_data; lbu a0, 2(a1))
    TEST_CASE(7, a0, 0xffffffffffffff85, lla a1, ls_data; lb a0, 3(a1))
    TEST_CASE(8, a0, 0x85, lla a1, ls_data; lbu a0, 3(a1))
    TEST_CASE(9, a0, 0xffffffffffffff84, lla a1, ls_data; lb a0, 4(a1))
    TEST_CASE(10, a0, 0x84, lla a1, ls_data; lbu a0, 4(a1))
    TEST_CASE(11, a0, 0xffffffffffffff83, lla a1, ls_data; lb a0, 5(a1))
    TEST_CASE(12, a0, 0x83, lla a1, ls_data; lbu a0, 5(a1))
    TEST_CASE(13, a0, 0xffffffffffffff82, lla a1, ls_data; lb a0, 6(a1))
    TEST_CASE(14, a0, 0x82, lla a1, ls_data; lbu a0, 6(a1))
    TEST_CASE(15, a0, 0xffffffffffffff81, lla a1, ls_data; lb a0, 7(a1))
    TEST_CASE(16, a0, 0x81, lla a1, ls_data; lbu a0, 7(a1))
    TEST_CASE(17, a0, 0x8, lla a1, ls_data; lb a0, 8(a1))
    TEST_CASE(18, a0, 0x8, lla a1, ls_data; lbu a0, 8(a1))
    TEST_CASE(19, a0, 0x7, lla a1, ls_data; lb a0, 9(a1))
    TEST_CASE(20, a0, 0x7, lla a1, ls_data; lbu a0, 9(a1))
    TEST_CASE(21, a0, 0x6, lla a1, ls_data; lb a0, 10(a1))
    TEST_CASE(22, a0, 0x6, lla a1, ls_data; lbu a0, 10(a1))
    TEST_CASE(23, a0, 0x5, lla a1, ls_data; lb a0, 11(a1))
    TEST_CASE(24, a0, 0x5, lla a1, ls_data; lbu a0, 11(a1))
    TEST_CASE(25, a0, 0x4, lla a1, ls_data; lb a0, 12(a1))
    TEST_CASE(26, a0, 0x4, lla a1, ls_data; lbu a0, 12(a1))
    TEST_CASE(27, a0, 0x3, lla a1, ls_data; lb a0, 13(a1))
    TEST_CASE(28, a0, 0x3, lla a1, ls_data; lbu a0, 13(a1))
    TEST_CASE(29, a0, 0x2, lla a1, ls_data; lb a0, 14(a1))
    TEST_CASE(30, a0, 0x2, lla a1, ls_data; lbu a0, 14(a1))
    TEST_CASE(31, a0, 0x1, lla a1, ls_data; lb a0, 15(a1))
    TEST_CASE(32, a0, 0x1, lla a1, ls_data; lbu a0, 15(a1))
    TEST_CASE(33, a0, 0xffffffffffff8788, lla a1, ls_data; lh a0, 0(a1))
    TEST_CASE(34, a0, 0x8788, lla a1, ls_data; lhu a0, 0(a1))
    /* misaligned */
    TEST_CASE(35, a0, 0xffffffffffff8687, lla a1, ls_data; lh a0, 1(a1))
    /* misaligned */
    TEST_CASE(36, a0, 0x8687, lla a1, ls_data; lhu a0, 1(a1))
    TEST_CASE(37, a0, 0xffffffffffff8586, lla a1, ls_data; lh a0, 2(a1))
    TEST_CASE(38, a0, 0x8586, lla a1, ls_data; lhu a0, 2(a1))
    /* misaligned */
    TEST_CASE(39, a0, 0xffffffffffff8485, lla a1, ls_data; lh a0, 3(a1))
    /* misaligned */
    TEST_CASE(40, a0, 0x8485, lla a1, ls_data; lhu a0, 3(a1))
    /* misaligned */
    TEST_CASE(41, a0, 0xffffffffffff8283, lla a1, ls_data; lh a0, 5(a1))
    /* misaligned */
    TEST_CASE(42, a0, 0x8283, lla a1, ls_data; lhu a0, 5(a1))
    TEST_CASE(43, a0, 0xffffffffffff8182, lla a1, ls_data; lh a0, 6(a1))
    TEST_CASE(44, a0, 0x8182, lla a1, ls_data; lhu a0, 6(a1))
    /* misaligned */
    TEST_CASE(45, a0, 0x881, lla a1, ls_data; lh a0, 7(a1))
    /* misaligned */
    TEST_CASE(46, a0, 0x881, lla a1, ls_data; lhu a0, 7(a1))
    TEST_CASE(47, a0, 0x102, lla a1, ls_data; lh a0, 14(a1))
    TEST_CASE(48, a0, 0x102, lla a1, ls_data; lhu a0, 14(a1))
    TEST_CASE(49, a0, 0xffffffff85868788, lla a1, ls_data; lw a0, 0(a1))
    TEST_CASE(50, a0, 0x85868788, lla a1, ls_data; lwu a0, 0(a1))
    /* misaligned */
    TEST_CASE(51, a0, 0xffffffff84858687, lla a1, ls_data; lw a0, 1(a1))
    /* misaligned */
    TEST_CASE(52, a0, 0x84858687, lla a1, ls_data; lwu a0, 1(a1))
    /* misaligned */
    TEST_CASE(53, a0, 0xffffffff83848586, lla a1, ls_data; lw a0, 2(a1))
    /* misaligned */
    TEST_CASE(54, a0, 0x83848586, lla a1, ls_data; lwu a0, 2(a1))
    /* misaligned */
    TEST_CASE(55, a0, 0xffffffff82838485, lla a1, ls_data; lw a0, 3(a1))
    /* misaligned */
    TEST_CASE(56, a0, 0x82838485, lla a1, ls_data; lwu a0, 3(a1))
    TEST_CASE(57, a0, 0xffffffff81828384, lla a1, ls_data; lw a0, 4(a1))
    TEST_CASE(58, a0, 0x81828384, lla a1, ls_data; lwu a0, 4(a1))
    /* misaligned */
    TEST_CASE(59, a0, 0x7088182, lla a1, ls_data; lw a0, 6(a1))
    /* misaligned */
    TEST_CASE(60, a0, 0x7088182, lla a1, ls_data; lwu a0, 6(a1))
    TEST_CASE(61, a0, 0x1020304, lla a1, ls_data; lw a0, 12(a1))
    TEST_CASE(62, a0, 0x1020304, lla a1, ls_data; lwu a0, 12(a1))
    TEST_CASE(63, a0, 0x8182838485868788, lla a1, ls_data; ld a0, 0(a1))
    /* misaligned */
    TEST_CASE(64, a0, 0x881828384858687, lla a1, ls_data; ld a0, 1(a1))
    /* misaligned */
    TEST_CASE(65, a0, 0x607088182838485, lla a1, ls_data; ld a0, 3(a1))
    /* misaligned */
    TEST_CASE(66, a0, 0x506070881828384, lla a1, ls_data; ld a0, 4(a1))
    /* misaligned */
    TEST_CASE(67, a0, 0x203040506070881, lla a1, ls_data; ld a0, 7(a1))
    TEST_CASE(68, a0, 0x102030405060708, lla a1, ls_data; ld a0, 8(a1))
    TEST_CASE(69, a0, 0xfedcba9876543210, lla a1, ls_data; ld a0, 16(a1))
    /* negative offset */
    TEST_CASE(70, a0, 0x102030405060708, lla a1, ls_data+16; ld a0, -8(a1))
    /* offset -2048 */
    TEST_CASE(71, a0, 0x8182838485868788, lla a1, ls_data+2048; ld a0, -2048(a1))
    /* offset 2031 */
    TEST_CASE(72, a0, 0x7f, lla a1, ls_data; addi a1, a1, -2000; lbu a0, 2031(a1))
    TEST_CASE(73, a0, 0xffffffff85868788, lla a1, ls_data; flw f3, 0(a1); fmv.x.d a0, f3)
    /* misaligned fld */
    TEST_CASE(74, a0, 0x607088182838485, lla a1, ls_data; fld f3, 3(a1); fmv.x.d a0, f3)
    /* store width 1 */
    TEST_CASE(75, a0, 0x77, lla a1, ls_buf; li a2, -1; sd a2, 0(a1); sd a2, 8(a1); li a2, 0x1122334455667788; sb a2, 0(a1); ld a0, 0(a1); ld a3, 8(a1); xor a0, a0, a3)
    TEST_CASE(76, a0, 0x0, lla a1, ls_buf; sd x0, 0(a1); sd x0, 8(a1); li a2, 0x1122334455667788; sb a2, 0(a1); ld a0, 8(a1))
    /* store width 1 */
    TEST_CASE(77, a0, 0x7700, lla a1, ls_buf; li a2, -1; sd a2, 0(a1); sd a2, 8(a1); li a2, 0x1122334455667788; sb a2, 1(a1); ld a0, 0(a1); ld a3, 8(a1); xor a0, a0, a3)
    TEST_CASE(78, a0, 0x0, lla a1, ls_buf; sd x0, 0(a1); sd x0, 8(a1); li a2, 0x1122334455667788; sb a2, 1(a1); ld a0, 8(a1))
    /* store width 1 */
    TEST_CASE(79, a0, 0x77000000, lla a1, ls_buf; li a2, -1; sd a2, 0(a1); sd a2, 8(a1); li a2, 0x1122334455667788; sb a2, 3(a1); ld a0, 0(a1); ld a3, 8(a1); xor a0, a0, a3)
    TEST_CASE(80, a0, 0x0, lla a1, ls_buf; sd x0, 0(a1); sd x0, 8(a1); li a2, 0x1122334455667788; sb a2, 3(a1); ld a0, 8(a1))
    /* store width 1 */
    TEST_CASE(81, a0, 0x77000000000000, lla a1, ls_buf; li a2, -1; sd a2, 0(a1); sd a2, 8(a1); li a2, 0x1122334455667788; sb a2, 6(a1); ld a0, 0(a1); ld a3, 8(a1); xor a0, a0, a3)
    TEST_CASE(82, a0, 0x0, lla a1, ls_buf; sd x0, 0(a1); sd x0, 8(a1); li a2, 0x1122334455667788; sb a2, 6(a1); ld a0, 8(a1))
    /* store width 2 */
    TEST_CASE(83, a0, 0x8877, lla a1, ls_buf; li a2, -1; sd a2, 0(a1); sd a2, 8(a1); li a2, 0x1122334455667788; sh a2, 0(a1); ld a0, 0(a1); ld a3, 8(a1); xor a0, a0, a3)
    TEST_CASE(84, a0, 0x0, lla a1, ls_buf; sd x0, 0(a1); sd x0, 8(a1); li a2, 0x1122334455667788; sh a2, 0(a1); ld a0, 8(a1))
    /* store width 2 at offset 1 (misaligned) */
    TEST_CASE(85, a0, 0x887700, lla a1, ls_buf; li a2, -1; sd a2, 0(a1); sd a2, 8(a1); li a2, 0x1122334455667788; sh a2, 1(a1); ld a0, 0(a1); ld a3, 8(a1); xor a0, a0, a3)
    TEST_CASE(86, a0, 0x0, lla a1, ls_buf; sd x0, 0(a1); sd x0, 8(a1); li a2, 0x1122334455667788; sh a2, 1(a1); ld a0, 8(a1))
    /* store width 2 at offset 3 (misaligned) */
    TEST_CASE(87, a0, 0x8877000000, lla a1, ls_buf; li a2, -1; sd a2, 0(a1); sd a2, 8(a1); li a2, 0x1122334455667788; sh a2, 3(a1); ld a0, 0(a1); ld a3, 8(a1); xor a0, a0, a3)
    TEST_CASE(88, a0, 0x0, lla a1, ls_buf; sd x0, 0(a1); sd x0, 8(a1); li a2, 0x1122334455667788; sh a2, 3(a1); ld a0, 8(a1))
    /* store width 2 */
    TEST_CASE(89, a0, 0x8877000000000000, lla a1, ls_buf; li a2, -1; sd a2, 0(a1); sd a2, 8(a1); li a2, 0x1122334455667788; sh a2, 6(a1); ld a0, 0(a1); ld a3, 8(a1); xor a0, a0, a3)
    TEST_CASE(90, a0, 0x0, lla a1, ls_buf; sd x0, 0(a1); sd x0, 8(a1); li a2, 0x1122334455667788; sh a2, 6(a1); ld a0, 8(a1))
    /* store width 4 */
    TEST_CASE(91, a0, 0xaa998877, lla a1, ls_buf; li a2, -1; sd a2, 0(a1); sd a2, 8(a1); li a2, 0x1122334455667788; sw a2, 0(a1); ld a0, 0(a1); ld a3, 8(a1); xor a0, a0, a3)
    TEST_CASE(92, a0, 0x0, lla a1, ls_buf; sd x0, 0(a1); sd x0, 8(a1); li a2, 0x1122334455667788; sw a2, 0(a1); ld a0, 8(a1))
    /* store width 4 at offset 1 (misaligned) */
    TEST_CASE(93, a0, 0xaa99887700, lla a1, ls_buf; li a2, -1; sd a2, 0(a1); sd a2, 8(a1); li a2, 0x1122334455667788; sw a2, 1(a1); ld a0, 0(a1); ld a3, 8(a1); xor a0, a0, a3)
    TEST_CASE(94, a0, 0x0, lla a1, ls_buf; sd x0, 0(a1); sd x0, 8(a1); li a2, 0x1122334455667788; sw a2, 1(a1); ld a0, 8(a1))
    /* store width 4 at offset 3 (misaligned) */
    TEST_CASE(95, a0, 0xaa998877000000, lla a1, ls_buf; li a2, -1; sd a2, 0(a1); sd a2, 8(a1); li a2, 0x1122334455667788; sw a2, 3(a1); ld a0, 0(a1); ld a3, 8(a1); xor a0, a0, a3)
    TEST_CASE(96, a0, 0x0, lla a1, ls_buf; sd x0, 0(a1); sd x0, 8(a1); li a2, 0x1122334455667788; sw a2, 3(a1); ld a0, 8(a1))
    /* store width 4 at offset 6 (misaligned) */
    TEST_CASE(97, a0, 0x887700000000aa99, lla a1, ls_buf; li a2, -1; sd a2, 0(a1); sd a2, 8(a1); li a2, 0x1122334455667788; sw a2, 6(a1); ld a0, 0(a1); ld a3, 8(a1); xor a0, a0, a3)
    TEST_CASE(98, a0, 0x5566, lla a1, ls_buf; sd x0, 0(a1); sd x0, 8(a1); li a2, 0x1122334455667788; sw a2, 6(a1); ld a0, 8(a1))
    /* store width 8 */
    TEST_CASE(99, a0, 0xeeddccbbaa998877, lla a1, ls_buf; li a2, -1; sd a2, 0(a1); sd a2, 8(a1); li a2, 0x1122334455667788; sd a2, 0(a1); ld a0, 0(a1); ld a3, 8(a1); xor a0, a0, a3)
    TEST_CASE(100, a0, 0x0, lla a1, ls_buf; sd x0, 0(a1); sd x0, 8(a1); li a2, 0x1122334455667788; sd a2, 0(a1); ld a0, 8(a1))
    /* store width 8 at offset 1 (misaligned) */
    TEST_CASE(101, a0, 0xddccbbaa998877ee, lla a1, ls_buf; li a2, -1; sd a2, 0(a1); sd a2, 8(a1); li a2, 0x1122334455667788; sd a2, 1(a1); ld a0, 0(a1); ld a3, 8(a1); xor a0, a0, a3)
    TEST_CASE(102, a0, 0x11, lla a1, ls_buf; sd x0, 0(a1); sd x0, 8(a1); li a2, 0x1122334455667788; sd a2, 1(a1); ld a0, 8(a1))
    /* store width 8 at offset 3 (misaligned) */
    TEST_CASE(103, a0, 0xbbaa998877eeddcc, lla a1, ls_buf; li a2, -1; sd a2, 0(a1); sd a2, 8(a1); li a2, 0x1122334455667788; sd a2, 3(a1); ld a0, 0(a1); ld a3, 8(a1); xor a0, a0, a3)
    TEST_CASE(104, a0, 0x112233, lla a1, ls_buf; sd x0, 0(a1); sd x0, 8(a1); li a2, 0x1122334455667788; sd a2, 3(a1); ld a0, 8(a1))
    /* store width 8 at offset 6 (misaligned) */
    TEST_CASE(105, a0, 0x8877eeddccbbaa99, lla a1, ls_buf; li a2, -1; sd a2, 0(a1); sd a2, 8(a1); li a2, 0x1122334455667788; sd a2, 6(a1); ld a0, 0(a1); ld a3, 8(a1); xor a0, a0, a3)
    TEST_CASE(106, a0, 0x112233445566, lla a1, ls_buf; sd x0, 0(a1); sd x0, 8(a1); li a2, 0x1122334455667788; sd a2, 6(a1); ld a0, 8(a1))
    /* misaligned fsd */
    TEST_CASE(107, a0, 0x1234, lla a1, ls_buf; li a2, 0x1234; fmv.d.x f1, a2; fsd f1, 5(a1); ld a0, 5(a1))
    /* misaligned fsw */
    TEST_CASE(108, a0, 0x40490fdb, lla a1, ls_buf; li a2, 0xffffffff40490fdb; fmv.d.x f1, a2; fsw f1, 2(a1); lwu a0, 2(a1))
    /* load into the base register */
    TEST_CASE(109, a0, 0x4d, lla a1, ls_buf; li a2, 77; sd a2, 0(a1); ld a1, 0(a1); mv a0, a1)
    /* store the base register itself */
    TEST_CASE(110, a0, 0x0, lla a1, ls_buf; sd a1, 8(a1); ld a0, 8(a1); sub a0, a0, a1)
    /* load to x0 discarded */
    TEST_CASE(111, a0, 0x0, lla a1, ls_buf; li a2, 5; sw a2, 0(a1); lw x0, 0(a1); mv a0, x0)
    TEST_CASE(112, a0, 0xffffffffffff8000, lla a1, ls_buf; li a2, 0x8000; sh a2, 0(a1); lh a0, 0(a1))
    TEST_CASE(113, a0, 0xffffffff80000000, lla a1, ls_buf; li a2, 0x80000000; sw a2, 0(a1); lw a0, 0(a1))

TEST_END

    .data
    .balign 16
ls_data:
    .dword 0x8182838485868788, 0x0102030405060708, 0xfedcba9876543210, 0x7f80ff007fff8000
ls_buf:
    .skip 64

