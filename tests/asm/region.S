/*
 * region.S - loops with branches inside them, which the AOT compiler turns into regions (one
 * unit for the whole loop, recomp/lift_rv64.c "Regions", docs/regions.md), as the JIT does
 * for a loop whose superblock branches back to its start: an if/else in a loop body with 17
 * accumulators (more than the 10 registers kept in host registers, so some go through cpu
 * state at every internal edge), three nested loops, a loop that exits from its top and closes
 * with an unconditional jump, registers that rotate one way on one path and the other way on
 * the other (parallel moves with cycles into the label they meet at), a call on one path of
 * the loop, FP registers carried across a compare-and-branch, loads and stores on both paths,
 * and an arm placed after the loop's closing branch. Expected values come from a model of
 * each loop (and pass under qemu-riscv64: the asm-pie suite compares).
 */
#include "testlib.h"

TEST_BEGIN

    /* 1: if/else, 17 accumulators, 100 iterations */
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
    li s6, 100
1:  andi t2, s6, 1
    beqz t2, 2f
    addi a0, a0, 1          /* odd */
    addi a1, a1, 3
    xor a2, a2, s6
    slli t2, a7, 1
    add a7, a7, t2
    add a7, a7, s6
    add t0, t0, a1
    slli t2, s1, 1
    srli s4, s1, 63
    or s1, t2, s4
    xor s1, s1, s6
    j 3f
2:  addi a3, a3, 1          /* even */
    add a4, a4, s6
    sub t1, t1, s6
    slli t2, a4, 3
    xor t3, t3, t2
    add s2, s2, t1
3:  addi a5, a5, 2
    add a6, a6, a0
    add t4, t4, a3
    xor t5, t5, a6
    add t6, t6, t5
    add s3, s3, a2
    addi s6, s6, -1
    bnez s6, 1b
    li t2, 0x32
    bne a0, t2, fail
    li t2, 0x96
    bne a1, t2, fail
    li t2, 0x2
    bne a2, t2, fail
    li t2, 0x32
    bne a3, t2, fail
    li t2, 0x9f6
    bne a4, t2, fail
    li t2, 0xc8
    bne a5, t2, fail
    li t2, 0x9c4
    bne a6, t2, fail
    li t2, 0x1119f426ee38997a
    bne a7, t2, fail
    li t2, 0xef1
    bne t0, t2, fail
    li t2, 0xfffffffffffff60a
    bne t1, t2, fail
    li t2, 0x2410
    bne t3, t2, fail
    li t2, 0x9f6
    bne t4, t2, fail
    li t2, 0x4e7
    bne t5, t2, fail
    li t2, 0xf2ab
    bne t6, t2, fail
    li t2, 0x9211ce11f1ee1b
    bne s1, t2, fail
    li t2, 0xfffffffffffeb0a6
    bne s2, t2, fail
    li t2, 0x9f8
    bne s3, t2, fail

    /* 2: three nested loops */
    li TESTNUM, 2
    li a0, 0
    li a1, 0
    li a2, 0
    li a3, 0
    li a4, 0
    li s6, 10
1:  li s7, 7
2:  li s8, 5
3:  add a0, a0, s8
    xor a1, a1, a0
    addi a2, a2, 1
    addi s8, s8, -1
    bnez s8, 3b
    slli t0, a0, 1
    add a3, a3, t0
    addi s7, s7, -1
    bnez s7, 2b
    sub a4, a4, a3
    addi s6, s6, -1
    bnez s6, 1b
    li t2, 0x41a
    bne a0, t2, fail
    li t2, 0x1d
    bne a1, t2, fail
    li t2, 0x15e
    bne a2, t2, fail
    li t2, 0x12336
    bne a3, t2, fail
    li t2, 0xfffffffffffb9812
    bne a4, t2, fail

    /* 3: the exit test at the top, an unconditional jump back */
    li TESTNUM, 3
    li s6, 37
    li a0, 0
    li a1, 1
1:  beqz s6, 2f
    add a0, a0, s6
    slli t0, a1, 2
    add a1, a1, t0
    add a1, a1, a0
    addi s6, s6, -1
    j 1b
2:  li t2, 0x2bf
    bne a0, t2, fail
    li t2, 0xd16e8863e93f4620
    bne a1, t2, fail

    /* 4: registers rotate left on one path, right on the other */
    li TESTNUM, 4
    li a0, 1
    li a1, 2
    li a2, 3
    li a3, 4
    li s6, 60
1:  li t0, 3
    rem t1, s6, t0
    bnez t1, 2f
    mv t2, a0
    mv a0, a1
    mv a1, a2
    mv a2, a3
    mv a3, t2
    j 3f
2:  mv t2, a3
    mv a3, a2
    mv a2, a1
    mv a1, a0
    mv a0, t2
    add a0, a0, s6
3:  add a1, a1, a2
    addi s6, s6, -1
    bnez s6, 1b
    li t2, 0x4acf4e94
    bne a0, t2, fail
    li t2, 0x16c54d031
    bne a1, t2, fail
    li t2, 0x150675e54
    bne a2, t2, fail
    li t2, 0xc864d84e
    bne a3, t2, fail

    /* 5: a call on one path (the loop leaves the region and comes back through its header) */
    li TESTNUM, 5
    li s6, 40
    li a7, 0
    li a0, 0
1:  andi t0, s6, 3
    bnez t0, 2f
    jal ra, add5
2:  add a0, a0, a7
    addi s6, s6, -1
    bnez s6, 1b
    li t2, 0x32
    bne a7, t2, fail
    li t2, 0x44c
    bne a0, t2, fail
    j 6f
add5:
    addi a7, a7, 5
    ret
6:

    /* 6: doubles carried across a compare-and-branch */
    li TESTNUM, 6
    fmv.d.x f4, zero
    fmv.d.x f7, zero
    li t0, 0x3ff8000000000000 /* 1.5 */
    fmv.d.x f5, t0
    li t0, 0x4024000000000000 /* 10.0 */
    fmv.d.x f6, t0
    li s6, 20
1:  fadd.d f4, f4, f5
    flt.d t0, f6, f4
    beqz t0, 2f
    fsub.d f4, f4, f6
2:  fadd.d f7, f7, f4
    addi s6, s6, -1
    bnez s6, 1b
    fmv.x.d t0, f4
    li t2, 0x4024000000000000
    bne t0, t2, fail
    fmv.x.d t0, f7
    li t2, 0x405a400000000000
    bne t0, t2, fail

    /* 7: loads on the path, a store after the join */
    li TESTNUM, 7
    lla s2, arr
    lla s3, out
    li s6, 16
    li a0, 0
1:  ld t0, 0(s2)
    bltz t0, 2f
    add a0, a0, t0
    j 3f
2:  addi a0, a0, -1
3:  sd a0, 0(s3)
    addi s2, s2, 8
    addi s3, s3, 8
    addi s6, s6, -1
    bnez s6, 1b
    li t2, 41
    bne a0, t2, fail
    lla s3, out
    ld t0, 56(s3)
    li t2, 17
    bne t0, t2, fail
    ld t0, 8(s3)
    li t2, 2
    bne t0, t2, fail
    ld t0, 96(s3)
    li t2, 32
    bne t0, t2, fail

    /* 8: one arm of an if/else placed after the loop's closing branch, jumping back into the
     * body (gcc's layout of the threads benchmark's stencil loop): the region must reach past
     * the closing branch to keep that arm inside (recomp/lift_rv64.c, "Regions") */
    li TESTNUM, 8
    lla a3, arr
    lla a1, out
    li a2, 0
    li s5, 15
    li s6, 10
    li a0, 5
    li t5, 0
1:  ld a4, 0(a3)
    mv a5, a4
    bge a2, s6, 3f
2:  slli a4, a4, 1
    add a4, a4, t5
    add a4, a4, a5
    xor t4, a2, a0
    andi t4, t4, 3
    add a4, a4, t4
    sd a4, 0(a1)
    mv t5, a4
    addi a2, a2, 1
    addi a3, a3, 8
    addi a1, a1, 8
    bne a2, s5, 1b
    j 4f
3:  ld a5, 8(a3)
    j 2b
4:  li t2, 53
    bne t5, t2, fail
    li t2, 15
    bne a2, t2, fail
    lla s3, out
    ld t0, 24(s3)
    li t2, 21
    bne t0, t2, fail
    ld t0, 96(s3)
    li t2, 60
    bne t0, t2, fail

TEST_END

    .data
    .balign 8
arr:
    .dword 3, -1, 4, -1, 5, -9, 2, 6, -5, 3, 5, -8, 9, 7, -9, 3
out:
    .zero 128
