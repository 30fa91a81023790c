/*
 * loop_regs.S - loops whose back edge goes to the start of their own translation unit, where
 * the backend keeps guest registers in host registers across iterations (recomp/backend.c,
 * "Loop units"): more live registers than host registers (evictions, spills), registers that
 * rotate through each other every iteration (parallel moves with cycles), a side exit out of
 * the middle of the loop, a helper call inside the loop (caller-saved host registers are
 * emptied), a loop closed by an unconditional jump, and a loop whose only use of a register
 * is reading it.
 */
#include "testlib.h"

TEST_BEGIN

    /* 1: twenty registers updated every iteration, 1000 iterations */
    li TESTNUM, 1
    li a0, 0
    li a1, 0
    li a2, 0
    li a3, 0
    li a4, 0
    li a5, 0
    li a6, 0
    li a7, 0
    li t0, 0
    li t1, 0
    li t3, 0
    li t4, 0
    li t5, 0
    li t6, 0
    li s1, 0
    li s2, 0
    li s3, 0
    li s4, 0
    li s5, 0
    li s6, 1000
1:
    addi a0, a0, 1
    addi a1, a1, 2
    addi a2, a2, 3
    addi a3, a3, 4
    addi a4, a4, 5
    addi a5, a5, 6
    addi a6, a6, 7
    addi a7, a7, 8
    addi t0, t0, 9
    addi t1, t1, 10
    addi t3, t3, 11
    addi t4, t4, 12
    addi t5, t5, 13
    addi t6, t6, 14
    addi s1, s1, 15
    addi s2, s2, 16
    add s3, s3, a0
    xor s4, s4, a1
    add s5, s5, s3
    addi s6, s6, -1
    bnez s6, 1b
    li t2, 1000
    bne a0, t2, fail
    li t2, 2000
    bne a1, t2, fail
    li t2, 3000
    bne a2, t2, fail
    li t2, 4000
    bne a3, t2, fail
    li t2, 5000
    bne a4, t2, fail
    li t2, 6000
    bne a5, t2, fail
    li t2, 7000
    bne a6, t2, fail
    li t2, 8000
    bne a7, t2, fail
    li t2, 9000
    bne t0, t2, fail
    li t2, 10000
    bne t1, t2, fail
    li t2, 11000
    bne t3, t2, fail
    li t2, 12000
    bne t4, t2, fail
    li t2, 13000
    bne t5, t2, fail
    li t2, 14000
    bne t6, t2, fail
    li t2, 15000
    bne s1, t2, fail
    li t2, 16000
    bne s2, t2, fail
    li t2, 500500 /* sum 1..1000 */
    bne s3, t2, fail
    li t2, 0 /* xor of 2,4,...,2000 */
    li t0, 0
2:  addi t0, t0, 2
    xor t2, t2, t0
    li t1, 2000
    bne t0, t1, 2b
    bne s4, t2, fail
    li t2, 167167000 /* sum of k(k+1)/2 for k = 1..1000 */
    bne s5, t2, fail
    bnez s6, fail

    /* 2: three registers rotate and two swap every iteration (cycles in the back edge) */
    li TESTNUM, 2
    li a0, 10
    li a1, 20
    li a2, 30
    li a3, 40
    li a4, 50
    li a5, 7
3:
    mv t0, a0
    mv a0, a1
    mv a1, a2
    mv a2, t0
    mv t1, a3
    mv a3, a4
    mv a4, t1
    addi a5, a5, -1
    bnez a5, 3b
    /* 7 rotations = 1 rotation; 7 swaps = 1 swap */
    li t2, 20
    bne a0, t2, fail
    li t2, 30
    bne a1, t2, fail
    li t2, 10
    bne a2, t2, fail
    li t2, 50
    bne a3, t2, fail
    li t2, 40
    bne a4, t2, fail
    li t2, 10
    bne t0, t2, fail
    li t2, 40
    bne t1, t2, fail

    /* 3: a side exit from the middle of the loop after many iterations */
    li TESTNUM, 3
    li a0, 0
    li a1, 100
    li a2, 0
    li a3, 777
4:
    addi a0, a0, 1
    add a2, a2, a0
    beq a0, a3, 5f
    addi a1, a1, 1
    j 4b
5:
    li t2, 777
    bne a0, t2, fail
    li t2, 876 /* 100 + 776 */
    bne a1, t2, fail
    li t2, 302253 /* sum 1..777 */
    bne a2, t2, fail

    /* 4: a helper call inside the loop (amoadd) with values in caller-saved registers */
    li TESTNUM, 4
    lla a0, counter
    li a1, 3
    li a2, 0
    li a3, 5
    li a4, 1
    li a5, 250
6:
    amoadd.d a6, a1, (a0)
    add a2, a2, a6
    add a3, a3, a4
    slli a4, a4, 1
    andi a4, a4, 0xff
    bnez a4, 7f
    li a4, 1
7:
    addi a5, a5, -1
    bnez a5, 6b
    ld t0, 0(a0)
    li t2, 750
    bne t0, t2, fail
    li t2, 93375 /* sum of 3k for k = 0..249 */
    bne a2, t2, fail
    /* a4 runs 1,2,4,...,128 and back to 1: 250 iterations add 31 full cycles (255 each) and
     * 1+2 */
    li t2, 7913 /* 5 + 31 * 255 + 3 */
    bne a3, t2, fail

    /* 5: a loop that only reads some registers (loop invariants) and writes memory */
    li TESTNUM, 5
    lla a0, buffer
    li a1, 64
    li a2, 0x1234
    li a3, 0x10
    mv a4, a0
8:
    sd a2, 0(a4)
    add a2, a2, a3
    addi a4, a4, 8
    addi a1, a1, -1
    bnez a1, 8b
    ld t0, 0(a0)
    li t2, 0x1234
    bne t0, t2, fail
    ld t0, 504(a0)
    li t2, 0x1234 + 63 * 0x10
    bne t0, t2, fail
    li t2, 0x10
    bne a3, t2, fail

TEST_END

    .data
    .align 3
counter:
    .dword 0
buffer:
    .skip 512
