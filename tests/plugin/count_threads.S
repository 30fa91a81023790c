/*
 * count_threads.S - 5 guest threads with an exactly known total instruction count
 * (tests/run_plugin_tests.sh): the main thread starts 4 threads with raw clone (they share its
 * stack pointer and never touch the stack), each runs a 1000-iteration loop; every thread,
 * the main one included, then decrements a shared counter and the one that brings it to zero
 * calls exit_group while the others call exit, so every thread runs to its end whatever the
 * scheduling.
 *
 *   main:   1 + 11 x 4 + 1 + 9                 =   55
 *   child:  1 (beqz after the ecall) + 1 + 2000 + 9 = 2011, 4 of them
 *
 * EXPECT-INSNS: 8099
 */
    .option norelax
    .text
    .globl _start
_start:
    li   s0, 4
1:  lui  a0, 0x51           /* CLONE_VM|FS|FILES|SIGHAND|THREAD|SYSVSEM = 0x50f00 */
    addi a0, a0, -256
    li   a1, 0              /* new sp: 0 = the same */
    li   a2, 0
    li   a3, 0
    li   a4, 0
    li   a7, 220            /* clone */
    ecall
    beqz a0, child
    addi s0, s0, -1
    bnez s0, 1b
    j    done
child:
    li   t0, 1000
2:  addi t0, t0, -1
    bnez t0, 2b
done:
    lla  t1, counter
    li   t2, -1
    amoadd.w t3, t2, (t1)
    li   t4, 1
    beq  t3, t4, last
    li   a0, 0
    li   a7, 93             /* exit: this thread */
    ecall
last:
    li   a0, 0
    li   a7, 94             /* exit_group */
    ecall

    .data
counter:
    .word 5
