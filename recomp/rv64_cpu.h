/*
 * rv64_cpu.h - the guest CPU state: the contract between generated code and the runtime.
 *
 * Generated code holds a pointer to this structure in a pinned host register (r14) and
 * reaches every field, every runtime helper and the indirect-branch table through fixed
 * offsets from it (see docs/contract.md). Nothing in generated code embeds an absolute host
 * address, which is what later lets cached code be mapped straight from a file.
 *
 * Guest registers live here between translation units; inside a unit the backend keeps
 * them in host registers and writes back the dirty ones at exits.
 */
#ifndef RECOMP_RV64_CPU_H
#define RECOMP_RV64_CPU_H

#include <stddef.h>
#include <stdint.h>

/* Why generated code returned to the dispatcher (cpu->exit_reason). */
enum rv64_exit {
    RV64_EXIT_LOOKUP = 0, /* continue at cpu->pc: translate or look it up */
    RV64_EXIT_ECALL,      /* ecall at cpu->pc */
    RV64_EXIT_EBREAK,     /* ebreak at cpu->pc */
    RV64_EXIT_ILLEGAL,    /* illegal instruction at cpu->pc */
    RV64_EXIT_LINK,   /* direct exit not yet chained: cpu->pc is the target, link_site patchable */
    RV64_EXIT_FENCEI, /* fence.i at cpu->pc - 4: flush translations, continue at cpu->pc */
};

/* One entry of the indirect-branch table probed inline by generated code. */
typedef struct rv64_jmp_entry {
    uint64_t guest_pc;
    const void *host;
} rv64_jmp_entry;

#define RV64_JMP_BITS 16
#define RV64_JMP_SIZE (1u << RV64_JMP_BITS)
/* Index of a guest pc in the indirect-branch table: (pc >> 1) & (size - 1). */
#define RV64_JMP_INDEX(pc) ((uint32_t)((pc) >> 1) & (RV64_JMP_SIZE - 1))

/* Runtime helpers reached by generated code through cpu->helpers[]. */
#define RV64_HELPER_MAX 512

typedef struct rv64_cpu {
    uint64_t x[32]; /* x[0] is kept 0 */
    uint64_t f[32]; /* raw 64-bit FP registers; singles NaN-boxed */
    uint64_t pc;
    uint32_t fflags; /* accrued exceptions, RISC-V bit order: NV DZ OF UF NX (4..0) */
    uint32_t frm;    /* dynamic rounding mode, 0..4 (5..7 reserved: dyn FP ops then trap) */

    /* LR/SC reservation */
    uint64_t res_addr;
    uint64_t res_value;
    uint64_t res_valid;

    /* --- runtime-owned from here on (offsets still fixed, see static asserts) --- */
    uint64_t exit_reason;      /* enum rv64_exit */
    uint64_t link_site;        /* host address of the rel32 to patch for RV64_EXIT_LINK */
    uint8_t *guest_base;       /* host address of guest address 0 */
    rv64_jmp_entry *jmp_table; /* RV64_JMP_SIZE entries */
    const void *exit_stub;     /* generated code jumps here to return to the dispatcher */
    /* Non-zero asks the thread to leave generated code at the next unit entry (pending signal,
     * code flush, exclusive section). Every unit tests it first; the runtime writes it from any
     * thread or a signal handler. */
    volatile uint32_t exit_request;
    uint32_t fp_scratch; /* generated code's stmxcsr/ldmxcsr word (inline fflags accesses) */
    uint64_t thread_index;
    void *runtime;       /* opaque: the runtime's per-thread data */
    uint64_t scratch[8]; /* spill space for helpers that need it */
    const void *helpers[RV64_HELPER_MAX];
    /* Instrumentation plugins (runtime/plugin.c): this thread's scoreboard, a u64 array that
     * inline plugin operations (IR_SB_*) update; NULL when no plugin is loaded. */
    uint64_t *plugin_sb;
} rv64_cpu;

/* Field offsets used by the backend (checked against offsetof below). */
#define RV64_OFF_X(r)       ((int32_t)(8 * (r)))
#define RV64_OFF_F(r)       ((int32_t)(256 + 8 * (r)))
#define RV64_OFF_PC         512
#define RV64_OFF_FFLAGS     520
#define RV64_OFF_FRM        524
#define RV64_OFF_RES_ADDR   528
#define RV64_OFF_RES_VALUE  536
#define RV64_OFF_RES_VALID  544
#define RV64_OFF_EXIT       552
#define RV64_OFF_LINK_SITE  560
#define RV64_OFF_GUEST_BASE 568
#define RV64_OFF_JMP_TABLE  576
#define RV64_OFF_EXIT_STUB  584
#define RV64_OFF_EXIT_REQ   592
#define RV64_OFF_FP_SCRATCH 596
#define RV64_OFF_HELPERS    (int32_t) offsetof(rv64_cpu, helpers)
#define RV64_OFF_HELPER(i)  (RV64_OFF_HELPERS + 8 * (int32_t)(i))
#define RV64_OFF_PLUGIN_SB  (int32_t) offsetof(rv64_cpu, plugin_sb)

_Static_assert(offsetof(rv64_cpu, pc) == RV64_OFF_PC, "pc offset");
_Static_assert(offsetof(rv64_cpu, fflags) == RV64_OFF_FFLAGS, "fflags offset");
_Static_assert(offsetof(rv64_cpu, frm) == RV64_OFF_FRM, "frm offset");
_Static_assert(offsetof(rv64_cpu, res_addr) == RV64_OFF_RES_ADDR, "res_addr offset");
_Static_assert(offsetof(rv64_cpu, res_value) == RV64_OFF_RES_VALUE, "res_value offset");
_Static_assert(offsetof(rv64_cpu, res_valid) == RV64_OFF_RES_VALID, "res_valid offset");
_Static_assert(offsetof(rv64_cpu, exit_reason) == RV64_OFF_EXIT, "exit offset");
_Static_assert(offsetof(rv64_cpu, link_site) == RV64_OFF_LINK_SITE, "link_site offset");
_Static_assert(offsetof(rv64_cpu, guest_base) == RV64_OFF_GUEST_BASE, "guest_base offset");
_Static_assert(offsetof(rv64_cpu, jmp_table) == RV64_OFF_JMP_TABLE, "jmp_table offset");
_Static_assert(offsetof(rv64_cpu, exit_stub) == RV64_OFF_EXIT_STUB, "exit_stub offset");
_Static_assert(offsetof(rv64_cpu, exit_request) == RV64_OFF_EXIT_REQ, "exit_request offset");
_Static_assert(offsetof(rv64_cpu, fp_scratch) == RV64_OFF_FP_SCRATCH, "fp_scratch offset");

/* RISC-V fflags bits */
#define RV64_FFLAG_NX 0x01
#define RV64_FFLAG_UF 0x02
#define RV64_FFLAG_OF 0x04
#define RV64_FFLAG_DZ 0x08
#define RV64_FFLAG_NV 0x10

/* Rounding modes */
enum {
    RV64_RM_RNE = 0,
    RV64_RM_RTZ = 1,
    RV64_RM_RDN = 2,
    RV64_RM_RUP = 3,
    RV64_RM_RMM = 4,
    RV64_RM_DYN = 7
};

#endif
