/* timerfd: one-shot and interval timers on CLOCK_MONOTONIC, absolute expirations on
 * CLOCK_REALTIME, gettime/old values, non-blocking reads and errors. Only facts that do not
 * depend on timing precision are printed. */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <sys/timerfd.h>
#include <time.h>
#include <unistd.h>

static const char *err(long r) {
    return r < 0 ? strerrorname_np(errno) : "ok";
}

int main(void) {
    int fd = timerfd_create(CLOCK_MONOTONIC, TFD_NONBLOCK | TFD_CLOEXEC);
    printf("create: %s\n", err(fd));
    uint64_t exp = 0;
    long r = read(fd, &exp, sizeof exp);
    printf("unarmed read: %ld %s\n", r, err(r));

    /* long enough that gettime still finds it armed on a loaded machine */
    struct itimerspec its = {.it_value = {0, 300 * 1000 * 1000}};
    printf("settime: %s\n", err(timerfd_settime(fd, 0, &its, NULL)));
    struct itimerspec cur;
    timerfd_gettime(fd, &cur);
    printf("gettime: armed=%d le300ms=%d interval=%ld\n",
           cur.it_value.tv_sec != 0 || cur.it_value.tv_nsec != 0,
           cur.it_value.tv_sec == 0 && cur.it_value.tv_nsec <= 300 * 1000 * 1000,
           (long)cur.it_interval.tv_nsec);
    struct pollfd pf = {.fd = fd, .events = POLLIN};
    int n = poll(&pf, 1, 5000);
    r = read(fd, &exp, sizeof exp);
    printf("one-shot: poll=%d read=%ld expirations=%llu\n", n, r, (unsigned long long)exp);
    timerfd_gettime(fd, &cur);
    printf("after: value=%ld.%09ld\n", (long)cur.it_value.tv_sec, cur.it_value.tv_nsec);

    /* blocking read of an interval timer */
    fcntl(fd, F_SETFL, 0);
    its.it_value.tv_nsec = 5 * 1000 * 1000;
    its.it_interval.tv_nsec = 5 * 1000 * 1000;
    timerfd_settime(fd, 0, &its, NULL);
    struct timespec nap = {0, 30 * 1000 * 1000};
    nanosleep(&nap, NULL);
    r = read(fd, &exp, sizeof exp);
    printf("interval: read=%ld expirations>=1: %d\n", r, exp >= 1);
    r = read(fd, &exp, sizeof exp);
    printf("interval again: read=%ld expirations>=1: %d\n", r, exp >= 1);
    struct itimerspec off = {0}, old;
    timerfd_settime(fd, 0, &off, &old);
    printf("disarm: old interval=%ld ns\n", (long)old.it_interval.tv_nsec);
    timerfd_gettime(fd, &cur);
    printf("disarmed: %ld %ld\n", (long)cur.it_value.tv_nsec, (long)cur.it_interval.tv_nsec);
    r = read(fd, &exp, 4);
    printf("short read: %ld %s\n", r, err(r));
    close(fd);

    /* absolute, realtime */
    fd = timerfd_create(CLOCK_REALTIME, 0);
    struct timespec now;
    clock_gettime(CLOCK_REALTIME, &now);
    struct itimerspec abs = {.it_value = now};
    abs.it_value.tv_nsec += 10 * 1000 * 1000;
    if (abs.it_value.tv_nsec >= 1000000000) {
        abs.it_value.tv_nsec -= 1000000000;
        abs.it_value.tv_sec++;
    }
    printf("abstime settime: %s\n", err(timerfd_settime(fd, TFD_TIMER_ABSTIME, &abs, NULL)));
    r = read(fd, &exp, sizeof exp);
    printf("abstime read: %ld %llu\n", r, (unsigned long long)exp);
    close(fd);

    /* errors */
    printf("bad clock: %s\n", err(timerfd_create(12345, 0)));
    struct itimerspec bad = {.it_value = {0, 2000000000}};
    fd = timerfd_create(CLOCK_MONOTONIC, 0);
    printf("bad nsec: %s\n", err(timerfd_settime(fd, 0, &bad, NULL)));
    printf("not a timerfd: %s\n", err(timerfd_gettime(0, &cur)));
    close(fd);
    return 0;
}
