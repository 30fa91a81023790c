/* SA_RESTART: a read() blocked on an empty pipe is interrupted by SIGALRM (setitimer,
 * 150 ms). The handler tells a forked child (through a second pipe) to write the data only
 * then, so the order is fixed: signal, handler, data. With SA_RESTART the read resumes and
 * returns the data; without it the read fails with EINTR and a second read gets the data.
 * (If the signal came before the read started, which a very slow machine could cause, the
 * attempt is repeated.) Also: nanosleep is not restarted (EINTR, remaining time reported)
 * and wait4 in the parent is restarted under SA_RESTART. */
#define _GNU_SOURCE
#include <errno.h>
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <sys/time.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include "guest_check.h"

static int notify_w = -1;
static volatile int handled, in_read, handled_in_read;

static void on_alarm(int sig) {
    (void)sig;
    handled++;
    handled_in_read = in_read;
    if (notify_w >= 0) (void)!write(notify_w, "x", 1);
}

static void arm_ms(long ms) {
    struct itimerval it;
    memset(&it, 0, sizeof it);
    it.it_value.tv_usec = ms * 1000;
    setitimer(ITIMER_REAL, &it, NULL);
}

/* one attempt; returns 1 if the signal arrived while blocked in read (else the attempt does
 * not count), and fills in the results */
static int attempt(int restart, ssize_t *first, int *first_errno, ssize_t *second, char *buf) {
    int data[2], notify[2];
    if (pipe(data) != 0 || pipe(notify) != 0) return -1;
    fflush(stdout);
    pid_t p = fork();
    if (p == 0) {
        close(data[0]);
        close(notify[1]);
        char c;
        if (read(notify[0], &c, 1) == 1) (void)!write(data[1], "hello", 5);
        _exit(0);
    }
    close(data[1]);
    close(notify[0]);
    notify_w = notify[1];
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_handler = on_alarm;
    sa.sa_flags = restart ? SA_RESTART : 0;
    sigaction(SIGALRM, &sa, NULL);
    handled = handled_in_read = 0;
    memset(buf, 0, 16);
    arm_ms(150);
    in_read = 1;
    *first = read(data[0], buf, 15);
    *first_errno = errno;
    in_read = 0;
    *second = 0;
    if (*first < 0) *second = read(data[0], buf, 15);
    waitpid(p, NULL, 0);
    close(data[0]);
    close(notify[1]);
    notify_w = -1;
    return handled == 1 && handled_in_read;
}

int main(void) {
    ssize_t first, second;
    int err;
    char buf[16];
    int ok = 0;
    for (int i = 0; i < 3 && ok != 1; i++)
        ok = attempt(1, &first, &err, &second, buf);
    CHECK(ok == 1, "SA_RESTART: SIGALRM arrived during the blocked read");
    CHECK(first == 5 && strcmp(buf, "hello") == 0,
          "SA_RESTART: read resumed and returned the data (%zd, \"%s\")", first, buf);

    ok = 0;
    for (int i = 0; i < 3 && ok != 1; i++)
        ok = attempt(0, &first, &err, &second, buf);
    CHECK(ok == 1, "no SA_RESTART: SIGALRM arrived during the blocked read");
    CHECK(first == -1 && err == EINTR, "no SA_RESTART: read failed with EINTR (%zd, %s)", first,
          first < 0 ? strerror(err) : "-");
    CHECK(second == 5 && strcmp(buf, "hello") == 0, "the next read returned the data");

    /* nanosleep: never restarted, reports the time left */
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_handler = on_alarm;
    sa.sa_flags = SA_RESTART;
    sigaction(SIGALRM, &sa, NULL);
    handled = 0;
    arm_ms(50);
    struct timespec req = {2, 0}, rem = {0, 0};
    int r = nanosleep(&req, &rem);
    err = errno;
    CHECK(r == -1 && err == EINTR && handled == 1,
          "nanosleep interrupted: EINTR even with SA_RESTART");
    CHECK(rem.tv_sec == 1 && rem.tv_nsec > 0, "remaining time reported (1.9x s)");

    /* wait4 restarted under SA_RESTART: the child exits after the alarm */
    int notify[2];
    if (pipe(notify) != 0) return 1;
    fflush(stdout);
    pid_t p = fork();
    if (p == 0) {
        close(notify[1]);
        char c;
        (void)!read(notify[0], &c, 1);
        _exit(33);
    }
    close(notify[0]);
    notify_w = notify[1];
    handled = 0;
    arm_ms(50);
    int st = 0;
    pid_t w = waitpid(p, &st, 0);
    CHECK(w == p && WIFEXITED(st) && WEXITSTATUS(st) == 33 && handled == 1,
          "waitpid resumed after the handler and reaped the child (status 33)");
    close(notify[1]);
    notify_w = -1;

    printf("%s\n", failures ? "some checks FAILED" : "all ok");
    return failures ? 1 : 0;
}
