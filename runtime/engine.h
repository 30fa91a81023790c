/*
 * engine.h - the execution engine: code region, translation-unit lookup, dispatcher, faults.
 *
 * The dispatcher runs a guest thread: it looks up (or translates) the unit for cpu->pc, enters
 * generated code through a small trampoline and handles what generated code cannot: syscalls,
 * linking of direct exits (patching a jmp rel32 so the next pass goes host-to-host), filling the
 * indirect-branch table, fence.i, and ends that raise a signal.
 */
#ifndef RECOMP_ENGINE_H
#define RECOMP_ENGINE_H

#include <stdbool.h>
#include <stdint.h>

#include "rv64_cpu.h"

/* -d flags */
#define DUMP_IN_ASM  0x1
#define DUMP_IR      0x2
#define DUMP_IR_OPT  0x4
#define DUMP_OUT_ASM 0x8

typedef struct engine_options {
    unsigned dump;     /* DUMP_* */
    bool stats;        /* print statistics at exit */
    bool no_opt;       /* skip IR optimization (debugging) */
    bool no_host_libc; /* run the guest's own C library string routines (docs/hostfn.md) */
    bool no_regions;   /* compile loops as superblocks only, not as regions (docs/regions.md) */
    int max_insns;     /* guest instructions per unit (0 = default) */
    const char *prog;  /* program name for diagnostics */
} engine_options;

typedef struct engine_stats {
    uint64_t units;            /* translation units made */
    uint64_t units_in_objects; /* of those, in the code of an ELF object (not generated code) */
    uint64_t regions;          /* of those, loops compiled as regions (docs/regions.md) */
    uint64_t guest_insns;      /* guest instructions translated */
    uint64_t host_bytes;       /* generated code bytes */
    uint64_t translate_ns;     /* time spent translating */
    uint64_t links;            /* direct exits chained */
    uint64_t indirect_misses;
    uint64_t syscalls;
    uint64_t flushes;
    uint64_t signals; /* signals delivered to guest handlers */
} engine_stats;

extern engine_stats engine_stat;

/* Set up the code region and the fault handlers. Returns 0 or -errno. */
int engine_init(const engine_options *opt);

/* Initialise a cpu for a new guest thread; engine_cpu_release frees what it allocated. */
void engine_cpu_init(rv64_cpu *cpu);
void engine_cpu_release(rv64_cpu *cpu);

/* Run the guest until it exits (does not return). */
void engine_run(rv64_cpu *cpu) __attribute__((noreturn));

/* Drop every translation (fence.i, riscv_flush_icache). */
void engine_flush(void);

/* Print --stats to stderr. */
void engine_print_stats(void);

#endif
