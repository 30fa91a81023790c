/*
 * syscall_fixture.h - the fake guest CPU the syscall unit tests drive syscall_rv64() with, and
 * small helpers for guest memory. Included by tests/unit/test_syscall*.c (after cmocka.h).
 */
#ifndef RECOMP_TEST_SYSCALL_FIXTURE_H
#define RECOMP_TEST_SYSCALL_FIXTURE_H

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>

#include "gmem.h"
#include "syscall.h"

static rv64_cpu cpu;

/* Run syscall nr with a0..a5 through the dispatcher entry; returns a0. */
static int64_t sys(int nr, uint64_t a0, uint64_t a1, uint64_t a2, uint64_t a3, uint64_t a4,
                   uint64_t a5) {
    memset(&cpu.x, 0, sizeof cpu.x);
    cpu.x[10] = a0;
    cpu.x[11] = a1;
    cpu.x[12] = a2;
    cpu.x[13] = a3;
    cpu.x[14] = a4;
    cpu.x[15] = a5;
    cpu.x[17] = (uint64_t)nr;
    syscall_rv64(&cpu);
    return (int64_t)cpu.x[10];
}
#define U(x)                       ((uint64_t)(x))
#define SYS0(nr)                   sys(nr, 0, 0, 0, 0, 0, 0)
#define SYS1(nr, a)                sys(nr, U(a), 0, 0, 0, 0, 0)
#define SYS2(nr, a, b)             sys(nr, U(a), U(b), 0, 0, 0, 0)
#define SYS3(nr, a, b, c)          sys(nr, U(a), U(b), U(c), 0, 0, 0)
#define SYS4(nr, a, b, c, d)       sys(nr, U(a), U(b), U(c), U(d), 0, 0)
#define SYS5(nr, a, b, c, d, e)    sys(nr, U(a), U(b), U(c), U(d), U(e), 0)
#define SYS6(nr, a, b, c, d, e, f) sys(nr, U(a), U(b), U(c), U(d), U(e), U(f))

/* A fresh guest mapping; its address is a guest address. */
static inline uint64_t gmap(uint64_t len, int prot) {
    int64_t g = gmem_mmap(0, len, prot, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0, NULL);
    assert_true(g > 0);
    return (uint64_t)g;
}

/* Copy a C string into a fresh guest page. */
static inline uint64_t gstr(const char *str) {
    uint64_t g = gmap(GMEM_PAGE, PROT_READ | PROT_WRITE);
    strcpy(g2h(g), str);
    return g;
}

/* A private temporary directory for the tests' files, removed at the end. */
static char tmpdir[64];

static int setup(void **state) {
    (void)state;
    if (gmem_init() != 0) return -1;
    snprintf(tmpdir, sizeof tmpdir, "/tmp/recomp-unit.XXXXXX");
    return mkdtemp(tmpdir) ? 0 : -1;
}

static int teardown(void **state) {
    (void)state;
    char cmd[128];
    snprintf(cmd, sizeof cmd, "rm -rf %s", tmpdir);
    return system(cmd) == 0 ? 0 : -1;
}

#endif
