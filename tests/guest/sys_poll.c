/* poll (ppoll), ppoll with a signal mask, select and pselect (pselect6) on pipes: readiness,
 * timeouts, hang-up, invalid descriptors and argument errors. */
#define _GNU_SOURCE
#include <errno.h>
#include <poll.h>
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <sys/select.h>
#include <time.h>
#include <unistd.h>

static const char *err(int r) {
    return r < 0 ? strerrorname_np(errno) : "ok";
}

static volatile sig_atomic_t handled;
static void on_usr1(int sig) {
    (void)sig;
    handled++;
}

int main(void) {
    int p[2];
    if (pipe(p) != 0) return 1;

    struct pollfd pf[2] = {{.fd = p[0], .events = POLLIN}, {.fd = p[1], .events = POLLOUT}};
    int n = poll(pf, 2, 0);
    printf("poll empty: %d rd=%#x wr=%#x\n", n, pf[0].revents, pf[1].revents);
    write(p[1], "x", 1);
    n = poll(pf, 2, 1000);
    printf("poll data: %d rd=%#x wr=%#x\n", n, pf[0].revents, pf[1].revents);

    sigset_t ss;
    sigemptyset(&ss);
    sigaddset(&ss, SIGUSR1);
    struct timespec ts = {0, 10 * 1000 * 1000};
    pf[1].events = 0;
    n = ppoll(pf, 2, &ts, &ss);
    printf("ppoll mask: %d rd=%#x\n", n, pf[0].revents);

    char c;
    read(p[0], &c, 1);
    n = ppoll(pf, 1, &ts, NULL);
    printf("ppoll timeout: %d rd=%#x\n", n, pf[0].revents);

    /* select / pselect */
    fd_set rd, wr;
    FD_ZERO(&rd);
    FD_SET(p[0], &rd);
    struct timeval tv = {0, 10000};
    n = select(p[0] + 1, &rd, NULL, NULL, &tv);
    printf("select timeout: %d isset=%d\n", n, FD_ISSET(p[0], &rd));
    write(p[1], "yz", 2);
    FD_ZERO(&rd);
    FD_SET(p[0], &rd);
    FD_ZERO(&wr);
    FD_SET(p[1], &wr);
    int maxfd = p[0] > p[1] ? p[0] : p[1];
    n = select(maxfd + 1, &rd, &wr, NULL, NULL);
    printf("select ready: %d rd=%d wr=%d\n", n, FD_ISSET(p[0], &rd), FD_ISSET(p[1], &wr));
    FD_ZERO(&rd);
    FD_SET(p[0], &rd);
    n = pselect(p[0] + 1, &rd, NULL, NULL, &ts, &ss);
    printf("pselect mask: %d isset=%d\n", n, FD_ISSET(p[0], &rd));
    FD_ZERO(&rd);
    FD_SET(p[0], &rd);
    n = pselect(p[0] + 1, &rd, NULL, NULL, &ts, NULL);
    printf("pselect nomask: %d isset=%d\n", n, FD_ISSET(p[0], &rd));
    char buf[8];
    read(p[0], buf, sizeof buf);
    FD_ZERO(&rd);
    FD_SET(p[0], &rd);
    n = pselect(p[0] + 1, &rd, NULL, NULL, &ts, &ss);
    printf("pselect timeout: %d isset=%d\n", n, FD_ISSET(p[0], &rd));
    n = pselect(0, NULL, NULL, NULL, &ts, NULL);
    printf("pselect sleep: %d\n", n);

    /* hang-up, invalid fds, errors */
    close(p[1]);
    pf[0].revents = 0;
    n = poll(pf, 1, 1000);
    printf("poll hup: %d rd=%#x\n", n, pf[0].revents);
    FD_ZERO(&rd);
    FD_SET(p[0], &rd);
    n = select(p[0] + 1, &rd, NULL, NULL, NULL);
    printf("select eof: %d isset=%d\n", n, FD_ISSET(p[0], &rd));
    struct pollfd bad = {.fd = 1000, .events = POLLIN};
    n = poll(&bad, 1, 0);
    printf("poll invalid fd: %d revents=%#x\n", n, bad.revents);
    struct pollfd ignored = {.fd = -1, .events = POLLIN};
    n = poll(&ignored, 1, 0);
    printf("poll negative fd: %d revents=%#x\n", n, ignored.revents);
    int closed = dup(0);
    close(closed);
    FD_ZERO(&rd);
    FD_SET(closed, &rd);
    n = select(closed + 1, &rd, NULL, NULL, &tv);
    printf("select closed fd: %d %s\n", n, err(n));
    n = select(-1, NULL, NULL, NULL, &tv);
    printf("select nfds -1: %d %s\n", n, err(n));
    struct timespec neg = {-1, 0};
    n = pselect(1, NULL, NULL, NULL, &neg, NULL);
    printf("pselect negative timeout: %d %s\n", n, err(n));

    /* the classic pselect pattern: SIGUSR1 blocked, pending, unblocked only by the temporary
     * mask: the handler runs, pselect fails with EINTR, the old mask is back afterwards */
    struct sigaction sa = {.sa_handler = on_usr1};
    sigemptyset(&sa.sa_mask);
    sigaction(SIGUSR1, &sa, NULL);
    sigprocmask(SIG_BLOCK, &ss, NULL);
    kill(getpid(), SIGUSR1);
    printf("blocked: handled=%d\n", handled);
    sigset_t empty, now;
    sigemptyset(&empty);
    struct timespec longer = {5, 0};
    n = pselect(0, NULL, NULL, NULL, &longer, &empty);
    sigprocmask(SIG_BLOCK, NULL, &now);
    printf("pselect unblocks: %d %s handled=%d still_blocked=%d\n", n, err(n), handled,
           sigismember(&now, SIGUSR1));
    n = pselect(0, NULL, NULL, NULL, &ts, &empty);
    printf("pselect nothing pending: %d handled=%d\n", n, handled);
    close(p[0]);
    return 0;
}
