/*
 * compressed.S - a selection of RVC forms: c.addi/c.addiw/c.li/c.lui, register-register ALU
 * ops, shifts, c.andi, c.addi16sp/c.addi4spn, loads/stores (including FP and sp-relative),
 * c.j/c.beqz/c.bnez/c.jr/c.jalr (links pc+2), and 4-byte instructions at 2-byte aligned
 * addresses. Expected values from qemu-riscv64.
 */
#include "testlib.h"

TEST_BEGIN

    TEST_CASE(1, a0, 0x5, li a0, 0; c.addi a0, 5)
    TEST_CASE(2, a0, 0x44, li a0, 100; c.addi a0, -32)
    /* c.addiw sign-extends */
    TEST_CASE(3, a0, 0xffffffff80000000, li a0, 0x7fffffff; c.addiw a0, 1)
    TEST_CASE(4, a0, 0xffffffffffffffef, c.li a0, -17)
    /* c.lui */
    TEST_CASE(5, a0, 0x1f000, c.lui a0, 0x1f)
    /* c.lui negative */
    TEST_CASE(6, a0, 0xfffffffffffe0000, c.lui a0, 0xfffe0)
    TEST_CASE(7, a0, 0x7, li a0, 3; li a1, 4; c.add a0, a1)
    TEST_CASE(8, a0, 0x12, c.li a0, 9; c.mv a1, a0; c.add a0, a1)
    TEST_CASE(9, a0, 0xfffffffffffffff9, li a0, 3; li a1, 10; c.sub a0, a1)
    TEST_CASE(10, a0, 0xffffffff80000000, li a0, 0x7fffffff; li a1, 1; c.addw a0, a1)
    TEST_CASE(11, a0, 0x7fffffff, li a0, 0x80000000; li a1, 1; c.subw a0, a1)
    TEST_CASE(12, a0, 0xf000, li a0, 0xf0f0; li a1, 0xff00; c.and a0, a1)
    TEST_CASE(13, a0, 0xfff0, li a0, 0xf0f0; li a1, 0xff00; c.or a0, a1)
    TEST_CASE(14, a0, 0xff0, li a0, 0xf0f0; li a1, 0xff00; c.xor a0, a1)
    TEST_CASE(15, a0, 0xfffffffffffffff0, li a0, -1; c.andi a0, -16)
    TEST_CASE(16, a0, 0x8000000000000000, li a0, 0x8000000000000001; c.slli a0, 63)
    TEST_CASE(17, a0, 0x40000000, li a0, 0x8000000000000001; c.srli a0, 33)
    TEST_CASE(18, a0, 0xffffffffc0000000, li a0, 0x8000000000000001; c.srai a0, 33)
    /* c.addi16sp / c.addi4spn */
    TEST_CASE(19, a0, 0xffffffffffffffd0, mv t0, sp; c.addi16sp sp, -64; c.addi4spn a0, sp, 16; mv sp, t0; sub a0, a0, t0)
    TEST_CASE(20, a0, 0xffffffff81828384, lla a1, c_buf; c.lw a0, 4(a1))
    TEST_CASE(21, a0, 0x102030405060708, lla a1, c_buf; c.ld a0, 8(a1))
    TEST_CASE(22, a0, 0x8182838411223344, lla a1, c_buf; li a2, 0x11223344; c.sw a2, 0(a1); c.ld a0, 0(a1); li a2, 0x8182838485868788; c.sd a2, 0(a1))
    TEST_CASE(23, a0, 0x4000000000000000, lla a1, c_buf; c.fld fa0, 16(a1); fmv.x.d a0, fa0)
    TEST_CASE(24, a0, 0x3ff0000000000000, lla a1, c_buf; li a2, 0x3ff0000000000000; fmv.d.x fa1, a2; c.fsd fa1, 16(a1); ld a0, 16(a1); li a2, 0x4000000000000000; sd a2, 16(a1))
    /* sp-relative */
    TEST_CASE(25, a0, 0xab54, mv t0, sp; addi sp, sp, -32; li a2, 0x55aa; c.sdsp a2, 8(sp); c.ldsp a0, 8(sp); c.swsp a2, 16(sp); c.lwsp a3, 16(sp); add a0, a0, a3; mv sp, t0)
    TEST_CASE(26, a0, 0x4008000000000000, mv t0, sp; addi sp, sp, -32; li a2, 0x4008000000000000; fmv.d.x fa2, a2; c.fsdsp fa2, 0(sp); c.fldsp fa3, 0(sp); fmv.x.d a0, fa3; mv sp, t0)
    /* c.j */
    TEST_CASE(27, a0, 0xb, li a0, 1; c.j 1f; li a0, 2; 1: c.addi a0, 10)
    /* c.beqz taken */
    TEST_CASE(28, a0, 0x1, li a0, 0; c.beqz a0, 1f; li a0, 99; 1: c.addi a0, 1)
    /* c.beqz not taken */
    TEST_CASE(29, a0, 0x64, li a0, 5; c.beqz a0, 1f; li a0, 99; 1: c.addi a0, 1)
    /* c.bnez taken */
    TEST_CASE(30, a0, 0x6, li a0, 5; c.bnez a0, 1f; li a0, 99; 1: c.addi a0, 1)
    /* c.jr */
    TEST_CASE(31, a0, 0x8, lla a1, 1f; li a0, 7; c.jr a1; li a0, 99; 1: c.addi a0, 1)
    /* c.jalr links pc+2 */
    TEST_CASE(32, a0, 0xfffffffffffffffe, mv t0, ra; lla a1, 2f; c.jalr a1; j 3f; 2: lla a2, 2b; sub a0, ra, a2; c.jr ra; 3: mv ra, t0)
    TEST_CASE(33, a0, 0x3, c.li a0, 0; c.nop; c.addi a0, 3)
    /* c.nop by raw encoding */
    TEST_CASE(34, a0, 0x2, li a0, 1; .2byte 0x0001; c.addi a0, 1)
    /* mixed 2/4-byte instructions */
    TEST_CASE(35, a0, 0xf, li a0, 0; addi a0, a0, 1; c.addi a0, 2; addi a0, a0, 4; c.addi a0, 8)
    /* 4-byte instruction at a 2-byte aligned pc */
    TEST_CASE(36, a0, 0x12346, .balign 4; c.nop; li a0, 0x12345; addi a0, a0, 1)

TEST_END

    .data
    .balign 16
c_buf:
    .dword 0x8182838485868788, 0x0102030405060708, 0x4000000000000000, 0xc0490fdb3f800000

