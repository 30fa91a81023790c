/* SA_SIGINFO handlers: si_signo / si_code / si_pid / si_uid / si_value for kill(getpid())
 * (SI_USER), raise (SI_TKILL), sigqueue (SI_QUEUE, int and pointer values), a real-time
 * signal, and a POSIX timer (SI_TIMER); the signal itself is blocked inside the handler and
 * unblocked after; the third argument is a ucontext whose uc_sigmask is the interrupted
 * mask; sigaction returns the old action; SIG_IGN; kill(pid, 0); invalid signal numbers.
 * (sa_mask is tested in sig_sa_mask: qemu-riscv64 7.2 does not apply it.) */
#define _GNU_SOURCE
#include <errno.h>
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <time.h>
#include <ucontext.h>
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

static volatile int calls;
static siginfo_t last;
static int self_blocked_inside, uc_had_usr2_blocked, have_uc;

static void handler(int sig, siginfo_t *si, void *ucv) {
    calls++;
    last = *si;
    sigset_t cur;
    sigprocmask(SIG_SETMASK, NULL, &cur);
    self_blocked_inside = sigismember(&cur, sig);
    ucontext_t *uc = ucv;
    have_uc = uc != NULL;
    uc_had_usr2_blocked = uc ? sigismember(&uc->uc_sigmask, SIGUSR2) : -1;
}

static void show(const char *what, int want_code) {
    printf("%s: calls=%d si_signo=%d si_code=%d si_pid==getpid:%d si_uid==getuid:%d\n", what, calls,
           last.si_signo, last.si_code, last.si_pid == getpid(), last.si_uid == getuid());
    CHECK(calls == 1 && last.si_code == want_code && last.si_pid == getpid() &&
              last.si_uid == getuid(),
          "%s: si_code %d, sender is us", what, want_code);
}

int main(void) {
    struct sigaction sa, old;
    memset(&sa, 0, sizeof sa);
    sa.sa_sigaction = handler;
    sa.sa_flags = SA_SIGINFO;
    sigemptyset(&sa.sa_mask);
    int sigs[] = {SIGUSR1, SIGUSR2, SIGHUP, SIGRTMIN + 1, SIGALRM};
    for (unsigned i = 0; i < sizeof sigs / sizeof sigs[0]; i++)
        if (sigaction(sigs[i], &sa, NULL) != 0) printf("FAIL: sigaction %d\n", sigs[i]);

    calls = 0;
    kill_checked(getpid(), SIGUSR1);
    show("kill(getpid(), SIGUSR1)", SI_USER);
    CHECK(last.si_signo == SIGUSR1, "si_signo SIGUSR1");
    CHECK(self_blocked_inside == 1, "inside the handler: the signal is blocked");
    CHECK(have_uc && uc_had_usr2_blocked == 0,
          "ucontext present; uc_sigmask is the interrupted mask");
    sigset_t cur;
    sigprocmask(SIG_SETMASK, NULL, &cur);
    CHECK(!sigismember(&cur, SIGUSR1), "mask restored after the handler");

    /* interrupted mask shows up in uc_sigmask */
    sigset_t b;
    sigemptyset(&b);
    sigaddset(&b, SIGUSR2);
    sigprocmask(SIG_BLOCK, &b, NULL);
    calls = 0;
    kill_checked(getpid(), SIGHUP);
    CHECK(calls == 1 && uc_had_usr2_blocked == 1, "uc_sigmask holds the blocked SIGUSR2");
    sigprocmask(SIG_UNBLOCK, &b, NULL);

    calls = 0;
    raise(SIGUSR2);
    show("raise(SIGUSR2)", SI_TKILL);

    calls = 0;
    union sigval v = {.sival_int = 1234};
    sigqueue(getpid(), SIGUSR1, v);
    show("sigqueue(SIGUSR1, 1234)", SI_QUEUE);
    printf("si_value.sival_int=%d\n", last.si_value.sival_int);
    CHECK(last.si_value.sival_int == 1234, "sigqueue value 1234");

    static int target;
    calls = 0;
    v.sival_ptr = &target;
    sigqueue(getpid(), SIGRTMIN + 1, v);
    show("sigqueue(SIGRTMIN+1, &target)", SI_QUEUE);
    CHECK(last.si_signo == SIGRTMIN + 1 && last.si_value.sival_ptr == &target,
          "real-time signal with a pointer value");

    /* POSIX timer */
    timer_t tm;
    struct sigevent sev;
    memset(&sev, 0, sizeof sev);
    sev.sigev_notify = SIGEV_SIGNAL;
    sev.sigev_signo = SIGALRM;
    sev.sigev_value.sival_int = 99;
    if (timer_create(CLOCK_MONOTONIC, &sev, &tm) == 0) {
        struct itimerspec its = {{0, 0}, {0, 20 * 1000 * 1000}};
        sigset_t alrm, prevmask;
        sigemptyset(&alrm);
        sigaddset(&alrm, SIGALRM);
        sigprocmask(SIG_BLOCK, &alrm, &prevmask);
        calls = 0;
        timer_settime(tm, 0, &its, NULL);
        while (calls == 0)
            sigsuspend(&prevmask);
        sigprocmask(SIG_SETMASK, &prevmask, NULL);
        printf("timer: si_signo=%d si_code=%d value=%d\n", last.si_signo, last.si_code,
               last.si_value.sival_int);
        CHECK(last.si_signo == SIGALRM && last.si_code == SI_TIMER && last.si_value.sival_int == 99,
              "timer_create: SI_TIMER with the sigev_value");
        timer_delete(tm);
    } else {
        printf("FAIL: timer_create: %s\n", strerror(errno));
        failures++;
    }

    /* sigaction old action, SIG_IGN, signal() */
    sigaction(SIGUSR1, NULL, &old);
    CHECK(old.sa_sigaction == handler && (old.sa_flags & SA_SIGINFO),
          "sigaction returns the installed action");
    struct sigaction ign;
    memset(&ign, 0, sizeof ign);
    ign.sa_handler = SIG_IGN;
    sigaction(SIGUSR1, &ign, &old);
    CHECK(old.sa_sigaction == handler, "old action returned when replacing it");
    calls = 0;
    raise(SIGUSR1);
    CHECK(calls == 0, "SIG_IGN: nothing happens");
    sighandler_t prev = signal(SIGUSR1, SIG_DFL);
    CHECK(prev == SIG_IGN, "signal() returns the previous disposition");

    CHECK(kill_checked(getpid(), 0) == 0, "kill(getpid(), 0) == 0");
    errno = 0;
    CHECK(kill_checked(getpid(), 1000) == -1 && errno == EINVAL, "kill with signal 1000: EINVAL");
    errno = 0;
    CHECK(sigaction(SIGKILL, &sa, NULL) == -1 && errno == EINVAL, "sigaction(SIGKILL): EINVAL");
    errno = 0;
    CHECK(sigaction(SIGSTOP, &sa, NULL) == -1 && errno == EINVAL, "sigaction(SIGSTOP): EINVAL");
    errno = 0;
    CHECK(sigaction(65, &sa, NULL) == -1 && errno == EINVAL, "sigaction(65): EINVAL");

    printf("%s\n", failures ? "some checks FAILED" : "all ok");
    return failures ? 1 : 0;
}
