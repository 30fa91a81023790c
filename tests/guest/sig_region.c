/* Signals in loops with branches inside them, which the AOT compiler compiles as regions (one
 * unit for the whole loop, guest registers kept in host registers across its internal
 * branches: docs/regions.md), and the JIT as plain units. Run from a cache (the cache-* suites)
 * this checks the region's fault tables and its exit_request tests:
 *   - a load faults on one path of an if/else with 16 registers changing every iteration (more
 *     than the translator keeps in host registers, so some are in cpu state and others only in
 *     host registers at the fault): the SIGSEGV handler must see every one as it was at the
 *     faulting load;
 *   - a timer signal must stop a loop with an if/else inside that makes no system call (the
 *     region's backward branches test for pending signals). */
#define _GNU_SOURCE
#include <setjmp.h>
#include <signal.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/time.h>
#include <sys/ucontext.h>
#include <unistd.h>

#include "guest_check.h"

static sigjmp_buf env;
static volatile uintptr_t seen[32], seen_addr;
static volatile int stop;

static void on_segv(int sig, siginfo_t *si, void *ucv) {
    (void)sig;
    mcontext_t *mc = &((ucontext_t *)ucv)->uc_mcontext;
    seen_addr = (uintptr_t)si->si_addr;
    for (int r = 0; r < 32; r++)
        seen[r] = mc->__gregs[r]; /* __gregs[0] is the pc */
    siglongjmp(env, 1);
}

static void on_alarm(int sig) {
    (void)sig;
    stop = 1;
}

enum { A2 = 12, A3, A4, A5, A6, A7, S2 = 18, S3, S4, S5, T1 = 6, T3 = 28, T4, T5, T6 };

int main(void) {
    long page = sysconf(_SC_PAGESIZE);
    uint8_t *mem = mmap(NULL, 2 * page, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    CHECK(mem != MAP_FAILED, "mmap");
    CHECK(mprotect(mem + page, page, PROT_NONE) == 0, "guard page");
    long words = page / 8;
    for (long i = 0; i < words; i++)
        ((uint64_t *)mem)[i] = (uint64_t)(i * 3 + (i % 5 == 0));

    /* the same loop in C: what the registers hold when the load of word `words` faults */
    uint64_t a3 = 0, a4 = 0, a5 = 0, a6 = 0, a7 = 0, t3 = 0, t4 = 0, t5 = 0, t6 = 0;
    uint64_t s2 = 0, s3 = 0, s4 = 0, s5 = 0;
    for (long i = 0; i < words; i++) {
        uint64_t v = ((uint64_t *)mem)[i];
        if (v & 1) {
            a4 += v;
            a6 += 1;
        } else {
            a5 += v;
            a7 ^= (uint64_t)(uintptr_t)(mem + 8 * i);
        }
        a3 += 1;
        t3 += a3;
        t4 += 2;
        t5 ^= a3;
        t6 = t6 * 5 + v;
        s2 -= 1;
        s3 += a4;
        s4 += a5;
        s5 += 7;
    }

    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_sigaction = on_segv;
    sa.sa_flags = SA_SIGINFO;
    CHECK(sigaction(SIGSEGV, &sa, NULL) == 0, "sigaction");

    uintptr_t load_pc = 0;
    if (sigsetjmp(env, 1) == 0) {
        __asm__ volatile("mv a2, %[p]\n\t"
                         "li a3, 0\n\t"
                         "li a4, 0\n\t"
                         "li a5, 0\n\t"
                         "li a6, 0\n\t"
                         "li a7, 0\n\t"
                         "li t3, 0\n\t"
                         "li t4, 0\n\t"
                         "li t5, 0\n\t"
                         "li t6, 0\n\t"
                         "li s2, 0\n\t"
                         "li s3, 0\n\t"
                         "li s4, 0\n\t"
                         "li s5, 0\n\t"
                         "lla t0, 2f\n\t"
                         "sd t0, 0(%[pc])\n\t"
                         "j 1f\n\t"
                         ".p2align 2\n"
                         "1:\n\t"
                         "2: ld t1, 0(a2)\n\t"
                         "andi t0, t1, 1\n\t"
                         "beqz t0, 3f\n\t"
                         "add a4, a4, t1\n\t"
                         "addi a6, a6, 1\n\t"
                         "j 4f\n"
                         "3:\n\t"
                         "add a5, a5, t1\n\t"
                         "xor a7, a7, a2\n"
                         "4:\n\t"
                         "addi a3, a3, 1\n\t"
                         "add t3, t3, a3\n\t"
                         "addi t4, t4, 2\n\t"
                         "xor t5, t5, a3\n\t"
                         "slli t0, t6, 2\n\t"
                         "add t6, t6, t0\n\t"
                         "add t6, t6, t1\n\t"
                         "addi s2, s2, -1\n\t"
                         "add s3, s3, a4\n\t"
                         "add s4, s4, a5\n\t"
                         "addi s5, s5, 7\n\t"
                         "addi a2, a2, 8\n\t"
                         "bne a2, zero, 1b\n\t"
                         :
                         : [p] "r"(mem), [pc] "r"(&load_pc)
                         : "a2", "a3", "a4", "a5", "a6", "a7", "t0", "t1", "t3", "t4", "t5", "t6",
                           "s2", "s3", "s4", "s5", "memory");
        printf("loop ended without a fault\n");
        return 1;
    }
    CHECK(seen[0] == load_pc, "pc is the faulting load");
    CHECK(seen_addr == (uintptr_t)(mem + page), "si_addr is the guard page");
    CHECK(seen[A2] == (uintptr_t)(mem + page), "a2 is the pointer of the last iteration");
    CHECK(seen[A3] == a3, "a3 counted every iteration");
    CHECK(seen[A4] == a4, "a4: sum of the odd words (then path)");
    CHECK(seen[A5] == a5, "a5: sum of the even words (else path)");
    CHECK(seen[A6] == a6, "a6: count of the odd words");
    CHECK(seen[A7] == a7, "a7: xor of the even words' addresses");
    CHECK(seen[T3] == t3 && seen[T4] == t4 && seen[T5] == t5 && seen[T6] == t6,
          "t3-t6 as after the last iteration");
    CHECK(seen[S2] == s2 && seen[S3] == s3 && seen[S4] == s4 && seen[S5] == s5,
          "s2-s5 as after the last iteration");
    CHECK(seen[T1] == ((uint64_t *)mem)[words - 1], "t1 holds the last word loaded");

    /* a timer signal must interrupt a loop with a branch inside that makes no system call */
    CHECK(signal(SIGALRM, on_alarm) != SIG_ERR, "signal");
    struct itimerval it = {.it_value = {.tv_usec = 20000}};
    CHECK(setitimer(ITIMER_REAL, &it, NULL) == 0, "setitimer");
    unsigned long odd = 0, even = 0;
    __asm__ volatile("1:\n\t"
                     "lw t0, 0(%[stop])\n\t"
                     "add t1, %[o], %[e]\n\t"
                     "andi t1, t1, 1\n\t"
                     "beqz t1, 2f\n\t"
                     "addi %[o], %[o], 1\n\t"
                     "j 3f\n"
                     "2:\n\t"
                     "addi %[e], %[e], 1\n"
                     "3:\n\t"
                     "beqz t0, 1b\n\t"
                     : [o] "+r"(odd), [e] "+r"(even)
                     : [stop] "r"(&stop)
                     : "t0", "t1", "memory");
    CHECK(stop == 1 && odd + even > 0 && (even == odd || even == odd + 1),
          "the timer signal stopped the loop");
    return failures;
}
