/* SIGILL and SIGTRAP from the instruction stream, recovered with siglongjmp, 3 times each:
 * `.4byte 0` (its first halfword, 0x0000, is the defined-illegal compressed instruction),
 * `unimp` in its 4-byte form (csrrw x0, cycle, x0: a write to a read-only CSR), a read of
 * the machine-mode CSR mstatus from user mode (all ILL_ILLOPC), ebreak and c.ebreak
 * (TRAP_BRKPT). si_addr is the address of the instruction (taken with lla of a label). The
 * default action of SIGILL kills a forked child (WTERMSIG == SIGILL). */
#define _GNU_SOURCE
#include <setjmp.h>
#include <signal.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#include "guest_check.h"

static sigjmp_buf env;
static volatile int got_sig, got_code;
static volatile uintptr_t got_addr;
static volatile uintptr_t insn_addr;

static void handler(int sig, siginfo_t *si, void *uc) {
    (void)uc;
    got_sig = sig;
    got_code = si->si_code;
    got_addr = (uintptr_t)si->si_addr;
    siglongjmp(env, 1);
}

/* Stores the address of the instruction in insn_addr, then executes it. */
#define EXEC_AT_LABEL(insn)                                                                        \
    do {                                                                                           \
        uintptr_t a_;                                                                              \
        __asm__ volatile("lla %0, 1f\n"                                                            \
                         "sd %0, 0(%1)\n"                                                          \
                         "1: " insn "\n"                                                           \
                         : "=&r"(a_)                                                               \
                         : "r"(&insn_addr)                                                         \
                         : "memory");                                                              \
    } while (0)

static void run_case(const char *what, int which, int want_sig, int want_code) {
    int all = 1;
    for (int round = 0; round < 3; round++) {
        got_sig = got_code = 0;
        got_addr = insn_addr = 0;
        if (sigsetjmp(env, 1) == 0) {
            switch (which) {
            case 0: EXEC_AT_LABEL(".4byte 0"); break;
            case 1: EXEC_AT_LABEL(".option push\n.option norvc\nunimp\n.option pop"); break;
            case 2: EXEC_AT_LABEL("csrr t0, mstatus"); break;
            case 3: EXEC_AT_LABEL(".option push\n.option norvc\nebreak\n.option pop"); break;
            case 4: EXEC_AT_LABEL("c.ebreak"); break;
            }
            all = 0; /* no signal */
            break;
        }
        if (got_sig != want_sig || got_code != want_code || got_addr != insn_addr ||
            insn_addr == 0) {
            printf("  %s: sig %d code %d addr %s\n", what, got_sig, got_code,
                   got_addr == insn_addr ? "exact" : "WRONG");
            all = 0;
        }
    }
    CHECK(all, "%s: signal %d si_code %d at the instruction, x3", what, want_sig, want_code);
}

int main(void) {
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_sigaction = handler;
    sa.sa_flags = SA_SIGINFO;
    sigaction(SIGILL, &sa, NULL);
    sigaction(SIGTRAP, &sa, NULL);

    run_case(".4byte 0", 0, SIGILL, ILL_ILLOPC);
    run_case("unimp (csrrw x0, cycle, x0)", 1, SIGILL, ILL_ILLOPC);
    run_case("csrr mstatus in user mode", 2, SIGILL, ILL_ILLOPC);
    run_case("ebreak", 3, SIGTRAP, TRAP_BRKPT);
    run_case("c.ebreak", 4, SIGTRAP, TRAP_BRKPT);

    sigset_t cur;
    sigprocmask(SIG_SETMASK, NULL, &cur);
    CHECK(!sigismember(&cur, SIGILL) && !sigismember(&cur, SIGTRAP),
          "nothing left blocked after siglongjmp");

    fflush(stdout);
    pid_t p = fork();
    if (p == 0) {
        signal(SIGILL, SIG_DFL);
        __asm__ volatile(".4byte 0");
        _exit(0);
    }
    int st = 0;
    waitpid(p, &st, 0);
    CHECK(WIFSIGNALED(st) && WTERMSIG(st) == SIGILL,
          "default action of SIGILL kills the child (signal %d)",
          WIFSIGNALED(st) ? WTERMSIG(st) : -1);

    printf("%s\n", failures ? "some checks FAILED" : "all ok");
    return failures ? 1 : 0;
}
