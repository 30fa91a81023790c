/* SA_RESETHAND and SA_NODEFER. In a forked child: the first SIGUSR1 runs the SA_RESETHAND
 * handler, which finds the disposition already reset to SIG_DFL; the second one kills the
 * child (the parent sees WIFSIGNALED, WTERMSIG == SIGUSR1). SA_NODEFER: a handler that
 * raises its own signal is re-entered at once (nested trace); without SA_NODEFER the second
 * delivery waits until the handler has returned. */
#define _GNU_SOURCE
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#include "guest_check.h"

static void say(const char *s) {
    (void)!write(1, s, strlen(s));
}

static void reset_handler(int sig) {
    (void)sig;
    struct sigaction now;
    sigaction(SIGUSR1, NULL, &now);
    say(now.sa_handler == SIG_DFL ? "child: handler ran, disposition already SIG_DFL\n"
                                  : "child: handler ran, disposition NOT reset\n");
}

static volatile char trace[64];
static volatile int ntrace, depth;
static void note(char c) {
    if (ntrace < (int)sizeof trace - 1) trace[ntrace++] = c;
}
static void reentrant(int sig) {
    note('[');
    if (depth++ == 0) raise(sig); /* once */
    note(']');
}

int main(void) {
    fflush(stdout);
    pid_t p = fork();
    if (p == 0) {
        struct sigaction sa;
        memset(&sa, 0, sizeof sa);
        sa.sa_handler = reset_handler;
        sa.sa_flags = SA_RESETHAND;
        sigaction(SIGUSR1, &sa, NULL);
        raise(SIGUSR1);
        say("child: after the first raise\n");
        raise(SIGUSR1);
        say("child: FAIL, survived the second raise\n");
        _exit(0);
    }
    int st = 0;
    waitpid(p, &st, 0);
    CHECK(WIFSIGNALED(st) && WTERMSIG(st) == SIGUSR1,
          "second SIGUSR1 killed the child (WTERMSIG %d)", WIFSIGNALED(st) ? WTERMSIG(st) : -1);

    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_handler = reentrant;
    sa.sa_flags = SA_NODEFER;
    sigaction(SIGUSR2, &sa, NULL);
    ntrace = depth = 0;
    raise(SIGUSR2);
    trace[ntrace] = 0;
    printf("SA_NODEFER trace: %s\n", (char *)trace);
    CHECK(strcmp((char *)trace, "[[]]") == 0, "SA_NODEFER: nested delivery");
    sigset_t cur;
    sigprocmask(SIG_SETMASK, NULL, &cur);
    CHECK(!sigismember(&cur, SIGUSR2), "SIGUSR2 not blocked afterwards");

    sa.sa_flags = 0;
    sigaction(SIGUSR2, &sa, NULL);
    ntrace = depth = 0;
    raise(SIGUSR2);
    trace[ntrace] = 0;
    printf("default trace: %s\n", (char *)trace);
    CHECK(strcmp((char *)trace, "[][]") == 0,
          "without SA_NODEFER: second delivery after the handler returned");

    /* SA_RESETHAND | SA_NODEFER in this process: handler once, then back to SIG_DFL */
    sa.sa_handler = reentrant;
    sa.sa_flags = SA_RESETHAND | SA_NODEFER;
    sigaction(SIGWINCH, &sa, NULL);
    ntrace = 0;
    depth = 1; /* no re-raise */
    raise(SIGWINCH);
    struct sigaction now;
    sigaction(SIGWINCH, NULL, &now);
    CHECK(ntrace == 2 && now.sa_handler == SIG_DFL,
          "SA_RESETHAND|SA_NODEFER: ran once, reset to SIG_DFL");
    raise(SIGWINCH); /* default action of SIGWINCH: ignore */
    CHECK(1, "SIGWINCH with SIG_DFL ignored");

    printf("%s\n", failures ? "some checks FAILED" : "all ok");
    return failures ? 1 : 0;
}
