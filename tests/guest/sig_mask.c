/* Blocking and pending signals: a blocked signal stays pending (sigpending) and is
 * delivered when unblocked, before sigprocmask returns; a standard signal raised 3 times
 * (or sent with kill 3 times) while blocked is delivered once, but raise + kill give two
 * deliveries (one pending for the thread, one for the process); a real-time signal queued 3
 * times (sigqueue values 1, 2, 3) is delivered 3 times in order; SIGKILL and SIGSTOP cannot
 * be blocked; sigsuspend atomically unblocks, returns -1/EINTR after the handler, and
 * restores the mask; the mask is inherited over fork and the pending set is not. */
#define _GNU_SOURCE
#include <errno.h>
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <sys/time.h>
#include <sys/wait.h>
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

static volatile int usr1_count;
static void usr1(int sig) {
    (void)sig;
    usr1_count++;
}

static volatile int rt_values[8];
static volatile int rt_count;
static void rt_handler(int sig, siginfo_t *si, void *uc) {
    (void)sig;
    (void)uc;
    if (rt_count < 8) rt_values[rt_count] = si->si_value.sival_int;
    rt_count++;
}

static volatile int alarm_count;
static void on_alarm(int sig) {
    (void)sig;
    alarm_count++;
}

int main(void) {
    signal(SIGUSR1, usr1);
    sigset_t set, old, pend;
    sigemptyset(&set);
    sigaddset(&set, SIGUSR1);
    sigprocmask(SIG_BLOCK, &set, &old);
    CHECK(!sigismember(&old, SIGUSR1), "SIGUSR1 was not blocked before");
    kill_checked(getpid(), SIGUSR1);
    CHECK(usr1_count == 0, "blocked: handler not run");
    sigpending(&pend);
    CHECK(sigismember(&pend, SIGUSR1) && !sigismember(&pend, SIGUSR2),
          "sigpending shows SIGUSR1 only");
    sigprocmask(SIG_UNBLOCK, &set, NULL);
    CHECK(usr1_count == 1, "unblocked: delivered once before sigprocmask returned (%d)",
          usr1_count);
    sigpending(&pend);
    CHECK(!sigismember(&pend, SIGUSR1), "no longer pending");

    /* standard signals do not queue, per target (thread with raise, process with kill) */
    struct {
        const char *what;
        int raises, kills, want;
    } cases[] = {{"raise x3", 3, 0, 1}, {"kill x3", 0, 3, 1}, {"raise + kill", 1, 1, 2}};
    for (int c = 0; c < 3; c++) {
        sigprocmask(SIG_BLOCK, &set, NULL);
        for (int i = 0; i < cases[c].raises; i++)
            raise(SIGUSR1);
        for (int i = 0; i < cases[c].kills; i++)
            kill_checked(getpid(), SIGUSR1);
        usr1_count = 0;
        sigprocmask(SIG_UNBLOCK, &set, NULL);
        CHECK(usr1_count == cases[c].want, "%s while blocked: %d deliveries", cases[c].what,
              usr1_count);
    }

    /* real-time signals queue */
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_sigaction = rt_handler;
    sa.sa_flags = SA_SIGINFO;
    sigaction(SIGRTMIN + 4, &sa, NULL);
    sigemptyset(&set);
    sigaddset(&set, SIGRTMIN + 4);
    sigprocmask(SIG_BLOCK, &set, NULL);
    for (int i = 1; i <= 3; i++) {
        union sigval v = {.sival_int = i};
        sigqueue(getpid(), SIGRTMIN + 4, v);
    }
    CHECK(rt_count == 0, "real-time signal blocked: nothing delivered yet");
    sigprocmask(SIG_UNBLOCK, &set, NULL);
    printf("real-time deliveries: %d, values %d %d %d\n", rt_count, rt_values[0], rt_values[1],
           rt_values[2]);
    CHECK(rt_count == 3 && rt_values[0] == 1 && rt_values[1] == 2 && rt_values[2] == 3,
          "real-time signal queued 3 times, delivered in order");

    /* SIGKILL / SIGSTOP cannot be blocked */
    sigfillset(&set);
    sigprocmask(SIG_SETMASK, &set, &old);
    sigset_t cur;
    sigprocmask(SIG_SETMASK, NULL, &cur);
    CHECK(!sigismember(&cur, SIGKILL) && !sigismember(&cur, SIGSTOP) &&
              sigismember(&cur, SIGTERM) && sigismember(&cur, SIGRTMIN) &&
              sigismember(&cur, SIGUSR1),
          "sigfillset mask: everything but SIGKILL and SIGSTOP blocked");
    sigprocmask(SIG_SETMASK, &old, NULL);

    /* errors */
    errno = 0;
    CHECK(sigprocmask(12345, &set, NULL) == -1 && errno == EINVAL,
          "sigprocmask with a bad 'how': EINVAL");

    /* sigsuspend */
    signal(SIGALRM, on_alarm);
    sigemptyset(&set);
    sigaddset(&set, SIGALRM);
    sigprocmask(SIG_BLOCK, &set, &old);
    struct itimerval it;
    memset(&it, 0, sizeof it);
    it.it_value.tv_usec = 30000;
    setitimer(ITIMER_REAL, &it, NULL);
    sigset_t wait_mask = old;
    sigdelset(&wait_mask, SIGALRM);
    int r = sigsuspend(&wait_mask);
    int e = errno;
    sigprocmask(SIG_SETMASK, NULL, &cur);
    CHECK(r == -1 && e == EINTR && alarm_count == 1,
          "sigsuspend returned -1/EINTR after the handler");
    CHECK(sigismember(&cur, SIGALRM), "sigsuspend restored the mask (SIGALRM blocked again)");

    /* fork: mask inherited, pending set cleared */
    raise(SIGALRM); /* pending in the parent */
    fflush(stdout);
    pid_t p = fork();
    if (p == 0) {
        sigset_t m, pd;
        sigprocmask(SIG_SETMASK, NULL, &m);
        sigpending(&pd);
        _exit((sigismember(&m, SIGALRM) ? 1 : 0) | (sigismember(&pd, SIGALRM) ? 2 : 0));
    }
    int st = 0;
    waitpid(p, &st, 0);
    CHECK(WIFEXITED(st) && WEXITSTATUS(st) == 1,
          "child inherits the mask, not the pending signal (%d)",
          WIFEXITED(st) ? WEXITSTATUS(st) : -1);
    alarm_count = 0;
    sigprocmask(SIG_SETMASK, &old, NULL);
    CHECK(alarm_count == 1, "parent's pending SIGALRM delivered when unblocked");

    printf("%s\n", failures ? "some checks FAILED" : "all ok");
    return failures ? 1 : 0;
}
