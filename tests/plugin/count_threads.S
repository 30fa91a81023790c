/*
 * count_threads.S - 5 guest threads with an exactly known total instruction count
 * (tests/run_plugin_tests.sh): the main thread starts 4 threads with raw clone (they share its
 * stack pointer and never touch the stack), each runs a 1000-iteration loop and calls exit.
 * Every child is started with CLONE_CHILD_CLEARTID on its own word, preset to 1; the main thread
 * then waits for each word with one FUTEX_WAIT(word, 1): it sleeps until the kernel (or the
 * translator) clears the word at the child's exit, or returns EAGAIN at once if that already
 * happened. Either way it is one ecall, so the count does not depend on the scheduling, and
 * exit_group runs only after every child has run to its end (an earlier version let the last
 * thread to finish call exit_group while another could still be between its decrement and its
 * exit, which lost up to 4 instructions per thread under load).
 *
 *   main:   1 + 2 + 12 x 4 + 1 + 2 + 9 x 4 + 3   =   93
 *   child:  1 (beqz after the ecall) + 1 + 2000 + 3 = 2005, 4 of them
 *
 * EXPECT-INSNS: 8113
 */
    .option norelax
    .text
    .globl _start
_start:
    li   s0, 4
    lla  s1, words
1:  lui  a0, 0x251          /* CLONE_VM|FS|FILES|SIGHAND|THREAD|SYSVSEM|CHILD_CLEARTID */
    addi a0, a0, -256       /*   = 0x250f00 */
    li   a1, 0              /* new sp: 0 = the same */
    li   a2, 0              /* parent tid: not asked for */
    li   a3, 0              /* tls */
    mv   a4, s1             /* child tid word, cleared at the child's exit */
    li   a7, 220            /* clone */
    ecall
    beqz a0, child
    addi s1, s1, 4
    addi s0, s0, -1
    bnez s0, 1b

    li   s0, 4
    lla  s1, words
3:  mv   a0, s1
    li   a1, 0              /* FUTEX_WAIT */
    li   a2, 1              /* while the word still holds 1 */
    li   a3, 0              /* no timeout */
    li   a7, 98             /* futex */
    ecall
    addi s1, s1, 4
    addi s0, s0, -1
    bnez s0, 3b
    li   a0, 0
    li   a7, 94             /* exit_group */
    ecall

child:
    li   t0, 1000
2:  addi t0, t0, -1
    bnez t0, 2b
    li   a0, 0
    li   a7, 93             /* exit: this thread */
    ecall

    .data
    .balign 4
words:
    .word 1, 1, 1, 1
