/*
 * branch.S - conditional branches (beq bne blt bge bltu bgeu: taken and not taken, signed
 * vs unsigned, equal operands, same register twice, x0), backward branches in a loop,
 * jal/jalr (link value, rd = x0, jalr with an odd target: bit 0 is cleared, rd == rs1 reads
 * the old value before linking) and a far jal.
 */
#include "testlib.h"

TEST_BEGIN

    TEST_BR2_TAKEN(1, beq, 0x0, 0x0)
    TEST_BR2_TAKEN(2, beq, 0x1, 0x1)
    TEST_BR2_TAKEN(3, beq, 0xffffffffffffffff, 0xffffffffffffffff)
    TEST_BR2_NOT_TAKEN(4, beq, 0x0, 0x1)
    TEST_BR2_NOT_TAKEN(5, beq, 0x1, 0x0)
    TEST_BR2_NOT_TAKEN(6, beq, 0xffffffffffffffff, 0x1)
    TEST_BR2_NOT_TAKEN(7, beq, 0x8000000000000000, 0x0)
    TEST_BR2_TAKEN(8, bne, 0x0, 0x1)
    TEST_BR2_TAKEN(9, bne, 0x1, 0x0)
    TEST_BR2_TAKEN(10, bne, 0xffffffffffffffff, 0x1)
    TEST_BR2_NOT_TAKEN(11, bne, 0x0, 0x0)
    TEST_BR2_NOT_TAKEN(12, bne, 0xffffffffffffffff, 0xffffffffffffffff)
    TEST_BR2_TAKEN(13, bne, 0x100000000, 0x0)
    TEST_BR2_TAKEN(14, blt, 0x0, 0x1)
    TEST_BR2_TAKEN(15, blt, 0xffffffffffffffff, 0x0)
    TEST_BR2_TAKEN(16, blt, 0xfffffffffffffffe, 0xffffffffffffffff)
    TEST_BR2_TAKEN(17, blt, 0x8000000000000000, 0x7fffffffffffffff)
    TEST_BR2_NOT_TAKEN(18, blt, 0x1, 0x0)
    TEST_BR2_NOT_TAKEN(19, blt, 0x1, 0x1)
    TEST_BR2_NOT_TAKEN(20, blt, 0x0, 0xffffffffffffffff)
    TEST_BR2_NOT_TAKEN(21, blt, 0x7fffffffffffffff, 0x8000000000000000)
    TEST_BR2_TAKEN(22, bge, 0x1, 0x0)
    TEST_BR2_TAKEN(23, bge, 0x1, 0x1)
    TEST_BR2_TAKEN(24, bge, 0x0, 0xffffffffffffffff)
    TEST_BR2_TAKEN(25, bge, 0xffffffffffffffff, 0xffffffffffffffff)
    TEST_BR2_NOT_TAKEN(26, bge, 0x0, 0x1)
    TEST_BR2_NOT_TAKEN(27, bge, 0xffffffffffffffff, 0x0)
    TEST_BR2_NOT_TAKEN(28, bge, 0x8000000000000000, 0x7fffffffffffffff)
    TEST_BR2_TAKEN(29, bltu, 0x0, 0x1)
    TEST_BR2_TAKEN(30, bltu, 0x0, 0xffffffffffffffff)
    TEST_BR2_TAKEN(31, bltu, 0x7fffffffffffffff, 0x8000000000000000)
    TEST_BR2_NOT_TAKEN(32, bltu, 0x1, 0x0)
    TEST_BR2_NOT_TAKEN(33, bltu, 0xffffffffffffffff, 0x0)
    TEST_BR2_NOT_TAKEN(34, bltu, 0xffffffffffffffff, 0xffffffffffffffff)
    TEST_BR2_TAKEN(35, bltu, 0xffffffff, 0x100000000)
    TEST_BR2_TAKEN(36, bgeu, 0x1, 0x0)
    TEST_BR2_TAKEN(37, bgeu, 0xffffffffffffffff, 0x0)
    TEST_BR2_TAKEN(38, bgeu, 0xffffffffffffffff, 0xffffffffffffffff)
    TEST_BR2_NOT_TAKEN(39, bgeu, 0x0, 0x1)
    TEST_BR2_NOT_TAKEN(40, bgeu, 0x0, 0xffffffffffffffff)
    TEST_BR2_TAKEN(41, bgeu, 0x100000000, 0xffffffff)

    /* same register twice, x0 operands */
    TEST_CASE(42, a0, 1, li a0, 0; li a1, 5; beq a1, a1, 1f; j fail; 1: li a0, 1)
    TEST_CASE(43, a0, 1, li a0, 0; li a1, 5; blt a1, a1, fail; bge a1, a1, 1f; j fail; 1: li a0, 1)
    TEST_CASE(44, a0, 1, li a0, 0; li a1, -5; blt a1, x0, 1f; j fail; 1: bltu x0, a1, 2f; j fail; 2: li a0, 1)
    TEST_CASE(45, a0, 1, li a0, 0; bne x0, x0, fail; bgeu x0, x0, 1f; j fail; 1: li a0, 1)

    /* backward branch loop: sum 1..100 */
    TEST_CASE(46, a0, 5050, li a0, 0; li a1, 100; 1: add a0, a0, a1; addi a1, a1, -1; bnez a1, 1b)
    TEST_CASE(47, a0, 10, li a0, 0; li a1, 0; li a2, 10; 1: addi a0, a0, 1; addi a1, a1, 1; blt a1, a2, 1b)

    /* jal: link is pc+4 of the jal */
    TEST_CASE(48, a0, 0, mv t1, ra; jal ra, 1f; 2: j fail; 1: lla a1, 2b; sub a0, ra, a1; mv ra, t1)
    TEST_CASE(49, a0, 0, jal a3, 1f; 2: j fail; 1: lla a1, 2b; sub a0, a3, a1)
    TEST_CASE(50, a0, 3, li a0, 1; jal x0, 1f; li a0, 2; 1: addi a0, a0, 2)

    /* jalr */
    TEST_CASE(51, a0, 0, lla a1, 1f; jalr a3, 0(a1); 2: j fail; 1: lla a2, 2b; sub a0, a3, a2)
    TEST_CASE(52, a0, 7, lla a1, 1f; addi a1, a1, -4; li a0, 7; jalr x0, 4(a1); li a0, 9; 1:)
    TEST_CASE(53, a0, 5, lla a1, 1f; addi a1, a1, 1; li a0, 5; jalr x0, 0(a1); li a0, 9; .balign 4; 1:)
    TEST_CASE(54, a0, 6, lla a1, 1f; li a0, 6; jalr x0, 3(a1); li a0, 9; .balign 4; 1: nop; nop)
    TEST_CASE(55, a0, 0, lla a1, 1f; jalr a1, 0(a1); 2: j fail; 1: lla a2, 2b; sub a0, a1, a2)
    TEST_CASE(56, a0, 0, lla a1, 1f; addi a1, a1, 9; jalr a1, -8(a1); 2: j fail; .balign 4; 1: nop; lla a2, 2b; sub a0, a1, a2)

    /* far jal / branch over a large gap */
    TEST_CASE(57, a0, 1, li a0, 0; jal x0, 1f; .skip 600000; 1: li a0, 1)
    TEST_CASE(58, a0, 4, li a0, 4; li a1, 1; bnez a1, 1f; .skip 4000; j fail; 1: nop)
    TEST_CASE(59, a0, 2, li a0, 0; j 2f; 1: addi a0, a0, 1; j 3f; .skip 100000; 2: addi a0, a0, 1; j 1b; 3:)

TEST_END
