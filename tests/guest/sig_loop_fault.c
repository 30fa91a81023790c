/* A fault inside a tight loop whose registers the translator keeps in host registers across
 * iterations (a loop unit, recomp/backend.c): the loop walks a pointer toward an unreadable
 * page, counting in several registers; the SIGSEGV handler must see the registers as they
 * were at the faulting load of the last iteration (the values carried round the back edge,
 * not those from the start of the loop), and si_addr the first byte of the guard page.
 * Then the same loop again with a signal from a timer instead of a fault: it must stop the
 * loop (the handler sets the flag the loop reads from memory). */
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
static volatile uintptr_t seen_addr, seen_pc, seen_a2, seen_a3, seen_a4, seen_a5, seen_t3;
static volatile int stop;

static void on_segv(int sig, siginfo_t *si, void *ucv) {
    (void)sig;
    mcontext_t *mc = &((ucontext_t *)ucv)->uc_mcontext;
    seen_addr = (uintptr_t)si->si_addr;
    seen_pc = mc->__gregs[REG_PC];
    seen_a2 = mc->__gregs[12];
    seen_a3 = mc->__gregs[13];
    seen_a4 = mc->__gregs[14];
    seen_a5 = mc->__gregs[15];
    seen_t3 = mc->__gregs[28];
    siglongjmp(env, 1);
}

static void on_alarm(int sig) {
    (void)sig;
    stop = 1;
}

int main(void) {
    long page = sysconf(_SC_PAGESIZE);
    uint8_t *mem = mmap(NULL, 2 * page, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    CHECK(mem != MAP_FAILED, "mmap");
    CHECK(mprotect(mem + page, page, PROT_NONE) == 0, "guard page");
    for (long i = 0; i < page / 8; i++)
        ((uint64_t *)mem)[i] = (uint64_t)i;

    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_sigaction = on_segv;
    sa.sa_flags = SA_SIGINFO;
    CHECK(sigaction(SIGSEGV, &sa, NULL) == 0, "sigaction");

    uintptr_t load_pc = 0;
    if (sigsetjmp(env, 1) == 0) {
        /* a2 = pointer, a3 = count, a4 = sum of the loaded words, a5 = 3*count, t3 constant */
        __asm__ volatile("mv a2, %[p]\n\t"
                         "li a3, 0\n\t"
                         "li a4, 0\n\t"
                         "li a5, 0\n\t"
                         "li t3, 0x5a5a\n\t"
                         "lla t0, 2f\n\t"
                         "sd t0, 0(%[pc])\n\t"
                         "j 1f\n\t"
                         ".p2align 2\n"
                         "1:\n\t"
                         "2: ld t1, 0(a2)\n\t"
                         "add a4, a4, t1\n\t"
                         "addi a2, a2, 8\n\t"
                         "addi a3, a3, 1\n\t"
                         "addi a5, a5, 3\n\t"
                         "bne a2, zero, 1b\n\t"
                         :
                         : [p] "r"(mem), [pc] "r"(&load_pc)
                         : "a2", "a3", "a4", "a5", "t0", "t1", "t3", "memory");
        printf("loop ended without a fault\n");
        return 1;
    }
    long words = page / 8;
    CHECK(seen_pc == load_pc, "pc is the faulting load");
    CHECK(seen_addr == (uintptr_t)(mem + page), "si_addr is the guard page");
    CHECK(seen_a2 == (uintptr_t)(mem + page), "a2 is the pointer of the last iteration");
    CHECK(seen_a3 == (uintptr_t)words, "a3 counted every iteration");
    CHECK(seen_a4 == (uintptr_t)(words * (words - 1) / 2), "a4 is the sum of the words");
    CHECK(seen_a5 == (uintptr_t)(3 * words), "a5 = 3 * a3");
    CHECK(seen_t3 == 0x5a5a, "t3 kept");

    /* a timer signal must interrupt a loop that makes no system call */
    CHECK(signal(SIGALRM, on_alarm) != SIG_ERR, "signal");
    struct itimerval it = {.it_value = {.tv_usec = 20000}};
    CHECK(setitimer(ITIMER_REAL, &it, NULL) == 0, "setitimer");
    unsigned long spins = 0;
    __asm__ volatile("1:\n\t"
                     "lw t0, 0(%[stop])\n\t"
                     "addi %[n], %[n], 1\n\t"
                     "beqz t0, 1b\n\t"
                     : [n] "+r"(spins)
                     : [stop] "r"(&stop)
                     : "t0", "memory");
    CHECK(stop == 1 && spins > 0, "the timer signal stopped the loop");
    return failures;
}
