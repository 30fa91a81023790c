/* epoll: the 64-bit data field round trip, several ready events in one wait (the riscv64
 * epoll_event is 16 bytes, x86-64's packed 12), level/edge triggering, one-shot, MOD/DEL,
 * epoll_pwait with a signal mask, epoll_pwait2 and the error cases. */
#define _GNU_SOURCE
#include <errno.h>
#include <signal.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <sys/epoll.h>
#include <sys/syscall.h>
#include <time.h>
#include <unistd.h>

static const char *err(int r) {
    return r < 0 ? strerrorname_np(errno) : "ok";
}

static volatile sig_atomic_t handled;
static void on_usr2(int sig) {
    (void)sig;
    handled++;
}

static void show(const char *what, int n, const struct epoll_event *ev) {
    printf("%s: %d", what, n);
    for (int i = 0; i < n; i++)
        printf(" [%#x %#llx]", ev[i].events, (unsigned long long)ev[i].data.u64);
    printf("\n");
}

int main(void) {
    int ep = epoll_create1(EPOLL_CLOEXEC);
    printf("epoll_create1: %s\n", err(ep));
    int p[3][2];
    for (int i = 0; i < 3; i++)
        if (pipe(p[i]) != 0) return 1;

    struct epoll_event ev = {.events = EPOLLIN, .data.u64 = 0x123456789abcdef0ull};
    int r = epoll_ctl(ep, EPOLL_CTL_ADD, p[0][0], &ev);
    printf("add: %s\n", err(r));
    struct epoll_event out[8];
    memset(out, 0xa5, sizeof out);
    show("wait empty", epoll_wait(ep, out, 8, 0), out);
    write(p[0][1], "a", 1);
    show("wait one", epoll_wait(ep, out, 8, 1000), out);
    show("level again", epoll_wait(ep, out, 8, 0), out);

    /* several events at once: data must land in the right 16-byte slots */
    for (int i = 1; i < 3; i++) {
        struct epoll_event e = {.events = EPOLLIN, .data.u64 = 0xfeed000000000000ull + i};
        epoll_ctl(ep, EPOLL_CTL_ADD, p[i][0], &e);
        write(p[i][1], "b", 1);
    }
    int n = epoll_wait(ep, out, 8, 1000);
    uint64_t sum = 0;
    for (int i = 0; i < n; i++)
        sum += out[i].data.u64 ^ out[i].events;
    printf("wait three: %d sum=%#llx\n", n, (unsigned long long)sum);
    n = epoll_wait(ep, out, 2, 1000);
    printf("maxevents 2: %d\n", n);

    /* MOD to edge triggered, DEL */
    ev.events = EPOLLIN | EPOLLET;
    ev.data.u64 = 0xdeadbeefcafef00dull;
    printf("mod et: %s\n", err(epoll_ctl(ep, EPOLL_CTL_MOD, p[0][0], &ev)));
    printf("del 1: %s\n", err(epoll_ctl(ep, EPOLL_CTL_DEL, p[1][0], NULL)));
    printf("del 2: %s\n", err(epoll_ctl(ep, EPOLL_CTL_DEL, p[2][0], &ev)));
    show("et first", epoll_wait(ep, out, 8, 1000), out);
    show("et second", epoll_wait(ep, out, 8, 0), out);
    write(p[0][1], "c", 1);
    show("et new data", epoll_wait(ep, out, 8, 1000), out);

    /* one-shot on a write end */
    struct epoll_event eo = {.events = EPOLLOUT | EPOLLONESHOT, .data.u64 = 77};
    epoll_ctl(ep, EPOLL_CTL_ADD, p[1][1], &eo);
    show("oneshot", epoll_wait(ep, out, 8, 1000), out);
    show("oneshot again", epoll_wait(ep, out, 8, 0), out);

    /* epoll_pwait with a mask, timeout */
    sigset_t ss;
    sigemptyset(&ss);
    sigaddset(&ss, SIGUSR2);
    show("pwait timeout", epoll_pwait(ep, out, 8, 20, &ss), out);
    write(p[0][1], "d", 1);
    show("pwait ready", epoll_pwait(ep, out, 8, 1000, &ss), out);

    /* a pending, blocked SIGUSR2 that the temporary mask unblocks: EINTR after the handler */
    struct sigaction sa = {.sa_handler = on_usr2};
    sigemptyset(&sa.sa_mask);
    sigaction(SIGUSR2, &sa, NULL);
    sigprocmask(SIG_BLOCK, &ss, NULL);
    read(p[0][0], out, sizeof out); /* nothing ready any more */
    kill(getpid(), SIGUSR2);
    sigset_t empty, now;
    sigemptyset(&empty);
    n = epoll_pwait(ep, out, 8, 5000, &empty);
    sigprocmask(SIG_BLOCK, NULL, &now);
    printf("pwait unblocks: %d %s handled=%d still_blocked=%d\n", n, err(n), handled,
           sigismember(&now, SIGUSR2));

    /* epoll_pwait2 (timespec timeout); older kernels/emulators may lack it */
    write(p[0][1], "e", 1);
    struct timespec ts = {0, 50 * 1000 * 1000};
    n = epoll_pwait2(ep, out, 8, &ts, NULL);
    if (n < 0 && errno == ENOSYS)
        printf("pwait2: ok\n");
    else
        printf("pwait2: %s\n", n == 1 && out[0].data.u64 == 0xdeadbeefcafef00dull ? "ok" : "WRONG");

    /* drain p[0] so an unconsumed edge (pwait2 missing) cannot show up below */
    char drain[16];
    read(p[0][0], drain, sizeof drain);

    /* hang-up on a closed writer */
    struct epoll_event eh = {.events = EPOLLIN, .data.u64 = 42};
    epoll_ctl(ep, EPOLL_CTL_ADD, p[2][0], &eh);
    char buf[8];
    read(p[2][0], buf, sizeof buf);
    close(p[2][1]);
    show("hup", epoll_wait(ep, out, 8, 1000), out);

    /* errors */
    printf("add twice: %s\n", err(epoll_ctl(ep, EPOLL_CTL_ADD, p[0][0], &ev)));
    printf("del missing: %s\n", err(epoll_ctl(ep, EPOLL_CTL_DEL, p[1][0], NULL)));
    printf("add self: %s\n", err(epoll_ctl(ep, EPOLL_CTL_ADD, ep, &ev)));
    printf("add bad fd: %s\n", err(epoll_ctl(ep, EPOLL_CTL_ADD, 999, &ev)));
    printf("bad op: %s\n", err(epoll_ctl(ep, 99, p[0][0], &ev)));
    printf("maxevents 0: %s\n", err(epoll_wait(ep, out, 0, 0)));
    printf("not epoll: %s\n", err(epoll_wait(p[0][0], out, 8, 0)));
    printf("create1 bad flags: %s\n", err(epoll_create1(1)));
    close(ep);
    return 0;
}
