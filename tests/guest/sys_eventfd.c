/* eventfd: counter semantics, semaphore mode, non-blocking reads, overflow, poll readiness. */
#define _GNU_SOURCE
#include <errno.h>
#include <poll.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <sys/eventfd.h>
#include <unistd.h>

static const char *err(long r) {
    return r < 0 ? strerrorname_np(errno) : "ok";
}

int main(void) {
    int fd = eventfd(5, EFD_CLOEXEC);
    uint64_t v = 0;
    long r = read(fd, &v, sizeof v);
    printf("initial: %ld %llu\n", r, (unsigned long long)v);
    v = 3;
    write(fd, &v, sizeof v);
    write(fd, &v, sizeof v);
    eventfd_t ev = 0;
    r = eventfd_read(fd, &ev);
    printf("sum: %s %llu\n", err(r), (unsigned long long)ev);
    r = write(fd, &v, 4);
    printf("short write: %ld %s\n", r, err(r));
    v = UINT64_MAX;
    r = write(fd, &v, sizeof v);
    printf("max write: %ld %s\n", r, err(r));
    close(fd);

    fd = eventfd(2, EFD_SEMAPHORE | EFD_NONBLOCK);
    for (int i = 0; i < 3; i++) {
        v = 0;
        r = read(fd, &v, sizeof v);
        printf("sem read %d: %ld %llu %s\n", i, r, (unsigned long long)v, err(r));
    }
    struct pollfd pf = {.fd = fd, .events = POLLIN | POLLOUT};
    int n = poll(&pf, 1, 0);
    printf("poll empty: %d %#x\n", n, pf.revents);
    eventfd_write(fd, 7);
    n = poll(&pf, 1, 0);
    printf("poll set: %d %#x\n", n, pf.revents);
    close(fd);

    fd = eventfd(0, EFD_NONBLOCK);
    r = read(fd, &v, sizeof v);
    printf("nonblock empty: %ld %s\n", r, err(r));
    v = UINT64_MAX - 1;
    r = write(fd, &v, sizeof v);
    printf("write max-1: %ld\n", r);
    v = 1;
    r = write(fd, &v, sizeof v);
    printf("overflow write: %ld %s\n", r, err(r));
    r = read(fd, &v, sizeof v);
    printf("read big: %ld %#llx\n", r, (unsigned long long)v);
    close(fd);
    r = eventfd(0, 0x12345);
    printf("bad flags: %s\n", err(r));
    return 0;
}
