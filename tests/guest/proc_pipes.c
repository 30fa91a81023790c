/* Pipes between processes: a three-process pipeline built with fork only (generator ->
 * squarer -> parent), EOF once every write end is closed; 4 MiB through a pipe with a
 * checksum (partial reads and writes); SIGPIPE kills a writer whose reader is gone, and
 * with SIGPIPE ignored write fails with EPIPE; poll sees POLLIN, then POLLHUP when the
 * writer exits; pipe2(O_CLOEXEC) sets FD_CLOEXEC; dup2 of a pipe onto stdout in a child. */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#include "guest_check.h"

static int write_all(int fd, const void *p, size_t n) {
    const char *c = p;
    while (n) {
        ssize_t w = write(fd, c, n);
        if (w < 0) {
            if (errno == EINTR) continue;
            return -1;
        }
        c += w;
        n -= (size_t)w;
    }
    return 0;
}

static ssize_t read_full(int fd, void *p, size_t n) {
    char *c = p;
    size_t got = 0;
    while (got < n) {
        ssize_t r = read(fd, c + got, n - got);
        if (r < 0 && errno == EINTR) continue;
        if (r <= 0) break;
        got += (size_t)r;
    }
    return (ssize_t)got;
}

int main(void) {
    /* generator -> squarer -> parent */
    int a[2], b[2];
    if (pipe(a) != 0 || pipe(b) != 0) return 1;
    fflush(stdout);
    pid_t gen = fork();
    if (gen == 0) {
        close(a[0]);
        close(b[0]);
        close(b[1]);
        for (int64_t i = 1; i <= 1000; i++)
            write_all(a[1], &i, sizeof i);
        _exit(0);
    }
    pid_t sq = fork();
    if (sq == 0) {
        close(a[1]);
        close(b[0]);
        int64_t v;
        while (read_full(a[0], &v, sizeof v) == sizeof v) {
            v = v * v;
            write_all(b[1], &v, sizeof v);
        }
        _exit(0);
    }
    close(a[0]);
    close(a[1]);
    close(b[1]);
    int64_t v, sum = 0, count = 0;
    while (read_full(b[0], &v, sizeof v) == sizeof v) {
        sum += v;
        count++;
    }
    close(b[0]);
    int s1, s2;
    waitpid(gen, &s1, 0);
    waitpid(sq, &s2, 0);
    printf("pipeline: %ld values, sum of squares %ld\n", (long)count, (long)sum);
    CHECK(count == 1000 && sum == 333833500 && s1 == 0 && s2 == 0,
          "3-process pipeline, EOF at the end");

    /* 4 MiB with a checksum */
    int p[2];
    if (pipe(p) != 0) return 1;
    fflush(stdout);
    pid_t w = fork();
    if (w == 0) {
        close(p[0]);
        static unsigned char chunk[65536 + 123];
        uint32_t x = 12345;
        size_t left = 4 << 20;
        while (left) {
            size_t n = left < sizeof chunk ? left : sizeof chunk;
            for (size_t i = 0; i < n; i++) {
                x = x * 1103515245u + 12345u;
                chunk[i] = (unsigned char)(x >> 16);
            }
            write_all(p[1], chunk, n);
            left -= n;
        }
        _exit(0);
    }
    close(p[1]);
    uint32_t x = 12345;
    size_t total = 0, bad = 0;
    unsigned char in[10000];
    ssize_t r;
    while ((r = read(p[0], in, sizeof in)) > 0) {
        for (ssize_t i = 0; i < r; i++) {
            x = x * 1103515245u + 12345u;
            if (in[i] != (unsigned char)(x >> 16)) bad++;
        }
        total += (size_t)r;
    }
    close(p[0]);
    waitpid(w, NULL, 0);
    CHECK(total == (4u << 20) && bad == 0, "4 MiB through a pipe, every byte right (%zu bytes)",
          total);

    /* SIGPIPE */
    if (pipe(p) != 0) return 1;
    close(p[0]);
    fflush(stdout);
    w = fork();
    if (w == 0) {
        (void)!write(p[1], "x", 1);
        _exit(0);
    }
    int st;
    waitpid(w, &st, 0);
    CHECK(WIFSIGNALED(st) && WTERMSIG(st) == SIGPIPE, "write with no reader: killed by SIGPIPE");
    signal(SIGPIPE, SIG_IGN);
    errno = 0;
    ssize_t wr = write(p[1], "x", 1);
    CHECK(wr == -1 && errno == EPIPE, "SIGPIPE ignored: write fails with EPIPE");
    close(p[1]);
    signal(SIGPIPE, SIG_DFL);

    /* poll: POLLIN, then POLLHUP after the writer exits */
    int go[2];
    if (pipe(p) != 0 || pipe(go) != 0) return 1;
    fflush(stdout);
    w = fork();
    if (w == 0) {
        close(p[0]);
        close(go[1]);
        (void)!write(p[1], "data", 4);
        char c;
        (void)!read(go[0], &c, 1); /* wait until the parent polled */
        _exit(0);
    }
    close(p[1]);
    close(go[0]);
    struct pollfd pfd = {.fd = p[0], .events = POLLIN};
    int n = poll(&pfd, 1, 5000);
    CHECK(n == 1 && (pfd.revents & POLLIN) && !(pfd.revents & POLLHUP),
          "poll: POLLIN while the writer lives");
    char buf[8];
    CHECK(read(p[0], buf, sizeof buf) == 4, "read the 4 bytes");
    close(go[1]); /* the child exits */
    pfd.revents = 0;
    n = poll(&pfd, 1, 5000);
    CHECK(n == 1 && (pfd.revents & POLLHUP), "poll: POLLHUP once the writer is gone");
    CHECK(read(p[0], buf, sizeof buf) == 0, "read: EOF");
    close(p[0]);
    waitpid(w, NULL, 0);

    /* pipe2(O_CLOEXEC), dup2 onto stdout */
    if (pipe2(p, O_CLOEXEC) != 0) return 1;
    CHECK((fcntl(p[0], F_GETFD) & FD_CLOEXEC) && (fcntl(p[1], F_GETFD) & FD_CLOEXEC),
          "pipe2(O_CLOEXEC)");
    fflush(stdout);
    w = fork();
    if (w == 0) {
        dup2(p[1], 1);
        printf("printed by the child into the pipe\n");
        fflush(stdout);
        _exit((fcntl(1, F_GETFD) & FD_CLOEXEC) ? 1 : 0);
    }
    close(p[1]);
    memset(buf, 0, sizeof buf);
    char line[128];
    ssize_t got = read_full(p[0], line, sizeof line - 1);
    line[got > 0 ? got : 0] = 0;
    close(p[0]);
    waitpid(w, &st, 0);
    CHECK(strcmp(line, "printed by the child into the pipe\n") == 0 && WIFEXITED(st) &&
              WEXITSTATUS(st) == 0,
          "dup2 onto stdout in a child (and dup2 clears FD_CLOEXEC)");

    printf("%s\n", failures ? "some checks FAILED" : "all ok");
    return failures ? 1 : 0;
}
