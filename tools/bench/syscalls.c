/* Syscall-heavy small reads and writes: a pipe written and read back 64 bytes at a time, a
 * temporary file written in 100-byte records then read back with lseek + read and pread,
 * reads from /dev/zero and writes to /dev/null, and a few cheap calls (getpid, clock_gettime).
 * Every call is checked. Size: thousands of iterations. */
#define _GNU_SOURCE
#include <fcntl.h>
#include <string.h>
#include <time.h>
#include <unistd.h>
#include "common.h"

static void die(const char *what) {
    perror(what);
    exit(1);
}

int main(int argc, char **argv) {
    long n = bench_arg(argc, argv, 150) * 1000;
    int p[2];
    if (pipe(p) != 0) die("pipe");
    int zero = open("/dev/zero", O_RDONLY), null = open("/dev/null", O_WRONLY);
    if (zero < 0 || null < 0) die("open /dev");
    char path[] = "/tmp/recomp-bench-syscalls.XXXXXX";
    int f = mkstemp(path);
    if (f < 0) die("mkstemp");
    unlink(path);

    unsigned char buf[128], rec[100];
    uint64_t h = BENCH_FNV_INIT;
    long calls = 0;
    for (long i = 0; i < n; i++) {
        for (int k = 0; k < 64; k++)
            buf[k] = (unsigned char)(i + k);
        if (write(p[1], buf, 64) != 64) die("write pipe");
        memset(buf, 0, 64);
        if (read(p[0], buf, 64) != 64) die("read pipe");
        h = bench_fnv(h, buf, 8);
        if (read(zero, buf, 32) != 32 || buf[5] != 0) die("read /dev/zero");
        if (write(null, buf, 32) != 32) die("write /dev/null");
        memset(rec, (int)(i & 0xff), sizeof rec);
        if (write(f, rec, sizeof rec) != (ssize_t)sizeof rec) die("write file");
        calls += 5;
        if (i % 16 == 0) {
            h ^= (uint64_t)(getpid() != 0);
            struct timespec ts;
            clock_gettime(CLOCK_MONOTONIC, &ts);
            calls += 2;
        }
    }
    /* Read the file back: sequentially with small reads, then scattered preads. */
    if (lseek(f, 0, SEEK_SET) != 0) die("lseek");
    for (long i = 0; i < n; i++) {
        if (read(f, rec, sizeof rec) != (ssize_t)sizeof rec) die("read file");
        if (rec[0] != (unsigned char)(i & 0xff)) die("file contents");
        calls++;
    }
    for (long i = 0; i < n; i++) {
        long j = (i * 7919) % n;
        if (pread(f, rec, 10, j * 100 + 50) != 10) die("pread");
        h = bench_fnv(h, rec, 1);
        calls++;
    }
    close(f);
    printf("calls: %ld\nhash: %016llx\n", calls, (unsigned long long)h);
    return 0;
}
