/* Synchronous signal acceptance: sigwaitinfo / sigtimedwait / sigwait on blocked signals,
 * with si_code (SI_QUEUE with the value from sigqueue, SI_USER from kill and from raise:
 * the kernel says SI_TKILL for raise's tgkill, glibc's sigtimedwait folds it to SI_USER;
 * SI_KERNEL from the ITIMER_REAL expiry), EAGAIN on timeout (zero and 30 ms), the
 * lowest pending signal first, real-time signals in queue order; signals accepted this way
 * never run their handler. */
#define _GNU_SOURCE
#include <errno.h>
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <sys/time.h>
#include <time.h>
#include <unistd.h>

#include "guest_check.h"

/* A broken getpid() or fork() under a translator must not turn kill() into a signal to a
 * whole process group (pid 0 or negative) or to every process (-1): refuse those. */
static int kill_checked(pid_t pid, int sig) {
    if (pid <= 1) {
        printf("FAIL: refusing kill(%ld, %d)\n", (long)pid, sig);
        failures++;
        errno = ESRCH;
        return -1;
    }
    return kill(pid, sig);
}

static volatile int handler_calls;
static void handler(int sig) {
    (void)sig;
    handler_calls++;
}

int main(void) {
    int sigs[] = {SIGUSR1, SIGUSR2, SIGALRM, SIGRTMIN, SIGRTMIN + 1};
    sigset_t set;
    sigemptyset(&set);
    for (int i = 0; i < 5; i++) {
        signal(sigs[i], handler);
        sigaddset(&set, sigs[i]);
    }
    sigprocmask(SIG_BLOCK, &set, NULL);
    siginfo_t si;

    raise(SIGUSR2);
    memset(&si, 0, sizeof si);
    int s = sigwaitinfo(&set, &si);
    printf("sigwaitinfo: %d si_signo=%d si_code=%d\n", s, si.si_signo, si.si_code);
    CHECK(s == SIGUSR2 && si.si_signo == SIGUSR2 && si.si_code == SI_USER && si.si_pid == getpid(),
          "raise: SIGUSR2, SI_USER (SI_TKILL folded by glibc), from us");

    union sigval v = {.sival_int = 77};
    sigqueue(getpid(), SIGUSR1, v);
    memset(&si, 0, sizeof si);
    s = sigwaitinfo(&set, &si);
    CHECK(s == SIGUSR1 && si.si_code == SI_QUEUE && si.si_value.sival_int == 77,
          "sigqueue: SI_QUEUE value 77");

    kill_checked(getpid(), SIGUSR1);
    int sig = 0;
    CHECK(sigwait(&set, &sig) == 0 && sig == SIGUSR1, "sigwait: SIGUSR1 from kill");

    struct timespec zero = {0, 0};
    errno = 0;
    s = sigtimedwait(&set, &si, &zero);
    CHECK(s == -1 && errno == EAGAIN,
          "sigtimedwait with a zero timeout and nothing pending: EAGAIN");
    struct timespec t30 = {0, 30 * 1000 * 1000}, t0, t1;
    clock_gettime(CLOCK_MONOTONIC, &t0);
    errno = 0;
    s = sigtimedwait(&set, &si, &t30);
    int e = errno;
    clock_gettime(CLOCK_MONOTONIC, &t1);
    double ms = (t1.tv_sec - t0.tv_sec) * 1e3 + (t1.tv_nsec - t0.tv_nsec) / 1e6;
    CHECK(s == -1 && e == EAGAIN && ms >= 29, "sigtimedwait 30 ms: EAGAIN after the timeout");

    /* several pending: lowest number first; real-time in queue order */
    for (int i = 3; i >= 1; i--) {
        v.sival_int = 100 + i;
        sigqueue(getpid(), SIGRTMIN + 1, v);
    }
    v.sival_int = 5;
    sigqueue(getpid(), SIGRTMIN, v);
    raise(SIGUSR2);
    raise(SIGUSR1);
    char order[128] = "";
    for (int i = 0; i < 6; i++) {
        memset(&si, 0, sizeof si);
        s = sigtimedwait(&set, &si, &zero);
        char item[32];
        if (s >= SIGRTMIN)
            snprintf(item, sizeof item, "RTMIN+%d(%d) ", s - SIGRTMIN, si.si_value.sival_int);
        else
            snprintf(item, sizeof item, "%d ", s);
        strcat(order, item);
    }
    printf("order: %s\n", order);
    CHECK(strcmp(order, "10 12 RTMIN+0(5) RTMIN+1(103) RTMIN+1(102) RTMIN+1(101) ") == 0,
          "lowest first, real-time signals in the order queued");

    /* timer expiry accepted synchronously */
    struct itimerval it;
    memset(&it, 0, sizeof it);
    it.it_value.tv_usec = 20000;
    setitimer(ITIMER_REAL, &it, NULL);
    struct timespec two = {2, 0};
    memset(&si, 0, sizeof si);
    s = sigtimedwait(&set, &si, &two);
    printf("timer: %d si_code=%d\n", s, si.si_code);
    CHECK(s == SIGALRM && si.si_code == SI_KERNEL, "ITIMER_REAL expiry: SIGALRM, SI_KERNEL");

    CHECK(handler_calls == 0, "no handler ran");
    sigset_t pend;
    sigpending(&pend);
    int any = 0;
    for (int i = 0; i < 5; i++)
        any |= sigismember(&pend, sigs[i]);
    CHECK(!any, "nothing left pending");

    printf("%s\n", failures ? "some checks FAILED" : "all ok");
    return failures ? 1 : 0;
}
