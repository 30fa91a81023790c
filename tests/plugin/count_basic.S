/*
 * count_basic.S - a guest program with an exactly known dynamic instruction count, for the
 * insn plugin (tests/run_plugin_tests.sh): loops whose branch is a side exit back to the loop,
 * a forward side exit in the middle of a superblock taken on alternate iterations, calls and
 * returns, a system call, and a straight line of 300 instructions (longer than a translation
 * unit). Every count below is per instruction executed; the total is checked against
 * EXPECT-INSNS (and against qemu-riscv64's own plugin when it is available).
 *
 * EXPECT-INSNS: 1806
 */
    .option norelax
    .text
    .globl _start
_start:
    li   t0, 100            /* 1                                                  ->    1 */
    li   t1, 0              /* 1                                                  ->    2 */
1:  addi t1, t1, 3          /* 4 x 100                                                  */
    andi t2, t1, 1
    addi t0, t0, -1
    bnez t0, 1b             /* taken 99 times                                     ->  402 */
    li   t3, 10             /* 1                                                  ->  403 */
2:  addi t3, t3, -1         /* 10 times                                                 */
    beqz t3, 3f             /* 10 times, taken the 10th                                 */
    addi t4, t4, 1          /* 9 times                                                  */
    j    2b                 /* 9 times                                            ->  441 */
3:  li   s0, 0              /* 1                                                  ->  442 */
    li   s1, 50             /* 1                                                  ->  443 */
4:  jal  ra, leaf           /* 1 + 4 (leaf)                                             */
    addi s1, s1, -1
    bnez s1, 4b             /* 7 x 50                                             ->  793 */
    li   s2, 20             /* 1                                                  ->  794 */
5:  andi a0, s2, 1          /* even s2 (10 times): 4 instructions                       */
    beqz a0, 6f             /* odd s2 (10 times): 6 instructions                        */
    addi s3, s3, 1
    addi s3, s3, 2
6:  addi s2, s2, -1
    bnez s2, 5b             /* 40 + 60                                            ->  894 */
    li   a7, 172            /* getpid                                             ->  895 */
    ecall                   /*                                                    ->  896 */
    li   t5, 3              /*                                                    ->  897 */
7:
    .rept 300
    addi t6, t6, 1
    .endr
    addi t5, t5, -1
    bnez t5, 7b             /* 302 x 3                                            -> 1803 */
    li   a0, 0              /*                                                    -> 1804 */
    li   a7, 93             /*                                                    -> 1805 */
    ecall                   /* exit(0)                                            -> 1806 */

leaf:
    addi s0, s0, 1
    slli a0, s0, 1
    add  a1, a1, a0
    ret
