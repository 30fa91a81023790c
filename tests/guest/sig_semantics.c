/* Signal semantics that qemu-riscv64 7.2 gets wrong (so this program is listed in
 * tests/qemu-known-differences.txt and its golden output is that of the same source built
 * for the host, which is plain Linux behaviour; see tests/guest/README.md):
 *   - sigaction's sa_mask is blocked while the handler runs (and unblocked after), so a
 *     signal of sa_mask raised inside the handler runs only once the handler has returned
 *     (qemu 7.2 ignores sa_mask);
 *   - several pending signals whose handlers all block each other are delivered one at a
 *     time, lowest number first;
 *   - SIGRTMAX (64) can be blocked (qemu 7.2 cannot represent signals 63 and 64). */
#define _GNU_SOURCE
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#include "guest_check.h"

static volatile char trace[256];
static volatile int ntrace;
static void note(const char *s) {
    while (*s && ntrace < (int)sizeof trace - 1)
        trace[ntrace++] = *s++;
}
static void reset(void) {
    memset((char *)trace, 0, sizeof trace);
    ntrace = 0;
}

static sigset_t inside;
static void usr1_handler(int sig) {
    (void)sig;
    sigprocmask(SIG_SETMASK, NULL, &inside);
    note("[usr1 ");
    raise(SIGUSR2); /* blocked by sa_mask: must wait */
    note("usr1]");
}
static void usr2_handler(int sig) {
    (void)sig;
    note("(usr2)");
}

static const char *name_of(int sig) {
    static char buf[16];
    switch (sig) {
    case SIGHUP: return "HUP";
    case SIGUSR1: return "USR1";
    case SIGUSR2: return "USR2";
    case SIGTERM: return "TERM";
    default: snprintf(buf, sizeof buf, "RTMIN+%d", sig - SIGRTMIN); return buf;
    }
}
static void order_handler(int sig) {
    note(name_of(sig));
    note(" ");
}

int main(void) {
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_handler = usr1_handler;
    sigemptyset(&sa.sa_mask);
    sigaddset(&sa.sa_mask, SIGUSR2);
    sigaddset(&sa.sa_mask, SIGRTMIN + 3);
    sigaction(SIGUSR1, &sa, NULL);
    signal(SIGUSR2, usr2_handler);

    reset();
    raise(SIGUSR1);
    printf("trace: %s\n", (char *)trace);
    CHECK(strcmp((char *)trace, "[usr1 usr1](usr2)") == 0,
          "SIGUSR2 (in sa_mask) ran after the handler returned");
    CHECK(sigismember(&inside, SIGUSR1) == 1 && sigismember(&inside, SIGUSR2) == 1 &&
              sigismember(&inside, SIGRTMIN + 3) == 1 && sigismember(&inside, SIGHUP) == 0,
          "inside the handler: the signal and sa_mask blocked, nothing else");
    sigset_t cur;
    sigprocmask(SIG_SETMASK, NULL, &cur);
    CHECK(!sigismember(&cur, SIGUSR1) && !sigismember(&cur, SIGUSR2) &&
              !sigismember(&cur, SIGRTMIN + 3),
          "all unblocked again after the handler");

    /* pending signals whose handlers block each other: one at a time, lowest first */
    int sigs[] = {SIGRTMIN + 2, SIGTERM, SIGUSR2, SIGRTMIN, SIGHUP, SIGUSR1};
    sigset_t all;
    sigemptyset(&all);
    for (int i = 0; i < 6; i++)
        sigaddset(&all, sigs[i]);
    for (int i = 0; i < 6; i++) {
        memset(&sa, 0, sizeof sa);
        sa.sa_handler = order_handler;
        sa.sa_mask = all;
        sigaction(sigs[i], &sa, NULL);
    }
    sigprocmask(SIG_BLOCK, &all, NULL);
    for (int i = 0; i < 6; i++)
        raise(sigs[i]);
    reset();
    sigprocmask(SIG_UNBLOCK, &all, NULL);
    printf("delivery order: %s\n", (char *)trace);
    CHECK(strcmp((char *)trace, "HUP USR1 USR2 TERM RTMIN+0 RTMIN+2 ") == 0,
          "lowest signal number first");

    /* SIGRTMAX can be blocked */
    sigset_t full, cur2;
    sigfillset(&full);
    sigprocmask(SIG_SETMASK, &full, NULL);
    sigprocmask(SIG_SETMASK, NULL, &cur2);
    CHECK(sigismember(&cur2, SIGRTMAX) && sigismember(&cur2, SIGRTMAX - 1),
          "SIGRTMAX and SIGRTMAX-1 blockable");
    sigemptyset(&full);
    sigprocmask(SIG_SETMASK, &full, NULL);

    printf("%s\n", failures ? "some checks FAILED" : "all ok");
    return failures ? 1 : 0;
}
