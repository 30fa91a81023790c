/* Shared helpers for the benchmark workloads (tools/bench/NAME.c).
 *
 * Every workload takes its size as argv[1] (a positive integer; the harness passes a small value
 * in QUICK mode) and prints one or more deterministic "name: value" lines, so that the output of
 * the native x86-64 build, qemu-riscv64 and recomp-run can be compared byte for byte. */
#ifndef BENCH_COMMON_H
#define BENCH_COMMON_H

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

/* argv[1] as a positive number, or dflt when absent. */
static inline long bench_arg(int argc, char **argv, long dflt) {
    if (argc < 2) return dflt;
    char *end;
    long v = strtol(argv[1], &end, 10);
    if (*end != '\0' || v <= 0) {
        fprintf(stderr, "%s: bad size '%s'\n", argv[0], argv[1]);
        exit(2);
    }
    return v;
}

/* xorshift64*: a small deterministic generator, identical on every target. */
typedef struct {
    uint64_t s;
} bench_rng;

static inline uint64_t bench_next(bench_rng *r) {
    uint64_t x = r->s;
    x ^= x >> 12;
    x ^= x << 25;
    x ^= x >> 27;
    r->s = x;
    return x * 0x2545F4914F6CDD1DULL;
}

/* A value in [0, n). */
static inline uint64_t bench_below(bench_rng *r, uint64_t n) {
    return bench_next(r) % n;
}

/* FNV-1a over a buffer, chained through h. */
static inline uint64_t bench_fnv(uint64_t h, const void *p, size_t n) {
    const unsigned char *b = p;
    for (size_t i = 0; i < n; i++) {
        h ^= b[i];
        h *= 0x100000001b3ULL;
    }
    return h;
}

#define BENCH_FNV_INIT 0xcbf29ce484222325ULL

static inline void *bench_alloc(size_t n) {
    void *p = malloc(n);
    if (!p) {
        fprintf(stderr, "out of memory (%zu bytes)\n", n);
        exit(1);
    }
    return p;
}

#endif
