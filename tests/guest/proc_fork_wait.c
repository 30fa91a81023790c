/* fork and the wait family: exit statuses of 5 children reaped by pid in reverse order and
 * by wait(); copy-on-write memory (the child's writes do not reach the parent); getppid;
 * death by signal (raise SIGTERM, kill SIGKILL, abort, NULL store, SIGUSR1 default action,
 * killed by the parent while in pause) seen through waitpid, wait4 and waitid (CLD_EXITED /
 * CLD_KILLED / CLD_DUMPED, si_status); WNOHANG; WNOWAIT; stop and continue (WUNTRACED,
 * WCONTINUED); SIGCHLD accepted with sigwaitinfo (si_pid, si_status); ECHILD. */
#define _GNU_SOURCE
#include <errno.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
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

static int global = 100;

static pid_t spawn(int how) {
    fflush(stdout);
    pid_t p = fork();
    if (p != 0) return p;
    volatile char *volatile nullp = NULL; /* volatile store: not dead before _exit */
    switch (how) {
    case 0: raise(SIGTERM); break;
    case 1: kill_checked(getpid(), SIGKILL); break;
    case 2: abort();
    case 3: *nullp = 1; break;
    case 4: raise(SIGUSR1); break;
    case 5:
        for (;;)
            pause();
    }
    _exit(99);
}

static const char *describe(int st, char *buf, size_t n) {
    if (WIFEXITED(st))
        snprintf(buf, n, "exited %d", WEXITSTATUS(st));
    else if (WIFSIGNALED(st))
        snprintf(buf, n, "killed by signal %d", WTERMSIG(st));
    else if (WIFSTOPPED(st))
        snprintf(buf, n, "stopped by signal %d", WSTOPSIG(st));
    else
        snprintf(buf, n, "status %#x", st);
    return buf;
}

int main(void) {
    char d[64];
    pid_t me = getpid();
    pid_t kids[5];
    int *heap = malloc(sizeof *heap);
    *heap = 7;
    for (int i = 0; i < 5; i++) {
        fflush(stdout);
        kids[i] = fork();
        if (kids[i] < 0) {
            printf("FAIL: fork: %s\n", strerror(errno));
            return 1;
        }
        if (kids[i] == 0) {
            global += i; /* copy-on-write: invisible to the parent */
            *heap += 1;
            int ok = getppid() == me && getpid() != me && global == 100 + i && *heap == 8;
            _exit(ok ? 10 * i + 1 : 99);
        }
    }
    for (int i = 4; i >= 2; i--) {
        int st = 0;
        pid_t r = waitpid(kids[i], &st, 0);
        printf("child %d: %s\n", i, describe(st, d, sizeof d));
        CHECK(r == kids[i] && WIFEXITED(st) && WEXITSTATUS(st) == 10 * i + 1, "waitpid(child %d)",
              i);
    }
    int seen[2] = {0, 0};
    for (int k = 0; k < 2; k++) {
        int st = 0;
        pid_t r = wait(&st);
        for (int i = 0; i < 2; i++)
            if (r == kids[i] && WIFEXITED(st) && WEXITSTATUS(st) == 10 * i + 1) seen[i] = 1;
    }
    CHECK(seen[0] && seen[1], "wait() reaped the other two with their statuses");
    CHECK(global == 100 && *heap == 7, "parent's memory unchanged by the children");
    errno = 0;
    CHECK(wait(NULL) == -1 && errno == ECHILD, "wait() with no children: ECHILD");

    /* death by signal */
    const char *names[] = {"raise(SIGTERM)", "kill(self, SIGKILL)", "abort()", "store to NULL",
                           "raise(SIGUSR1)"};
    int want[] = {SIGTERM, SIGKILL, SIGABRT, SIGSEGV, SIGUSR1};
    for (int how = 0; how < 5; how++) {
        pid_t p = spawn(how);
        int st = 0;
        pid_t r = waitpid(p, &st, 0);
        printf("%s: %s\n", names[how], describe(st, d, sizeof d));
        CHECK(r == p && WIFSIGNALED(st) && WTERMSIG(st) == want[how], "%s: WTERMSIG %d", names[how],
              want[how]);
    }

    /* killed by the parent while in pause(); WNOHANG first; wait4 */
    pid_t p = spawn(5);
    int st = 0;
    CHECK(waitpid(p, &st, WNOHANG) == 0, "WNOHANG on a running child: 0");
    kill_checked(p, SIGKILL);
    struct rusage ru;
    memset(&ru, 0xff, sizeof ru);
    pid_t r = wait4(p, &st, 0, &ru);
    CHECK(r == p && WIFSIGNALED(st) && WTERMSIG(st) == SIGKILL && ru.ru_utime.tv_sec >= 0 &&
              ru.ru_utime.tv_usec >= 0,
          "wait4: killed by SIGKILL, rusage filled in");

    /* waitid: CLD_EXITED, CLD_KILLED; WNOWAIT leaves the child to reap again */
    fflush(stdout);
    p = fork();
    if (p == 0) _exit(42);
    siginfo_t si;
    memset(&si, 0, sizeof si);
    int w = waitid(P_PID, p, &si, WEXITED | WNOWAIT);
    CHECK(w == 0 && si.si_pid == p && si.si_code == CLD_EXITED && si.si_status == 42 &&
              si.si_signo == SIGCHLD,
          "waitid WNOWAIT: CLD_EXITED, si_status 42");
    memset(&si, 0, sizeof si);
    w = waitid(P_ALL, 0, &si, WEXITED);
    CHECK(w == 0 && si.si_pid == p && si.si_status == 42, "waitid again (P_ALL) reaps it");
    p = spawn(0);
    memset(&si, 0, sizeof si);
    w = waitid(P_PID, p, &si, WEXITED);
    CHECK(w == 0 && si.si_code == CLD_KILLED && si.si_status == SIGTERM,
          "waitid: CLD_KILLED by SIGTERM");
    p = spawn(2);
    memset(&si, 0, sizeof si);
    w = waitid(P_PID, p, &si, WEXITED);
    CHECK(w == 0 && (si.si_code == CLD_KILLED || si.si_code == CLD_DUMPED) &&
              si.si_status == SIGABRT,
          "waitid: killed by SIGABRT");

    /* stop / continue; the child exits only when told, after WCONTINUED was seen (an exited
     * child would be reported instead) */
    int go[2];
    if (pipe(go) != 0) return 1;
    fflush(stdout);
    p = fork();
    if (p == 0) {
        close(go[1]);
        raise(SIGSTOP);
        char c;
        _exit(read(go[0], &c, 1) == 1 ? 5 : 6);
    }
    close(go[0]);
    r = waitpid(p, &st, WUNTRACED);
    printf("stopped child: %s\n", describe(st, d, sizeof d));
    CHECK(r == p && WIFSTOPPED(st) && WSTOPSIG(st) == SIGSTOP, "WUNTRACED: stopped by SIGSTOP");
    kill_checked(p, SIGCONT);
    r = waitpid(p, &st, WCONTINUED);
    CHECK(r == p && WIFCONTINUED(st), "WCONTINUED: continued");
    (void)!write(go[1], "x", 1);
    close(go[1]);
    r = waitpid(p, &st, 0);
    CHECK(r == p && WIFEXITED(st) && WEXITSTATUS(st) == 5, "then exited 5");

    /* SIGCHLD accepted synchronously */
    sigset_t chld;
    sigemptyset(&chld);
    sigaddset(&chld, SIGCHLD);
    sigprocmask(SIG_BLOCK, &chld, NULL);
    fflush(stdout);
    p = fork();
    if (p == 0) _exit(17);
    memset(&si, 0, sizeof si);
    int s = sigwaitinfo(&chld, &si);
    CHECK(s == SIGCHLD && si.si_pid == p && si.si_code == CLD_EXITED && si.si_status == 17,
          "SIGCHLD: si_pid, CLD_EXITED, si_status 17");
    waitpid(p, NULL, 0);

    printf("%s\n", failures ? "some checks FAILED" : "all ok");
    return failures ? 1 : 0;
}
