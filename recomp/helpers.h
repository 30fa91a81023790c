/*
 * helpers.h - the table of runtime helpers that generated code calls through cpu->helpers[].
 *
 * Index layout: FP helpers sit at their instruction's op id (rv64_fp_helpers[op]); the others
 * follow from RV64_OP_COUNT on. The runtime fills cpu->helpers with rv64_helpers_init() at thread
 * start. Keeping calls indirect through the cpu pointer is what keeps generated code free of
 * absolute host addresses.
 */
#ifndef RECOMP_HELPERS_H
#define RECOMP_HELPERS_H

#include "rv64_cpu.h"
#include "rv64_decode.h"

enum rv64_helper_id {
    HELPER_CSR = RV64_OP_COUNT, /* rv64_csr_op(cpu, packed, src) */
    HELPER_LR_W,                /* (cpu, addr) -> value */
    HELPER_LR_D,
    HELPER_SC_W, /* (cpu, addr, value) -> 0 on success, 1 on failure */
    HELPER_SC_D,
    HELPER_AMO_W, /* (cpu, addr, value, kind) -> old value; kind = enum rv64_amo_kind */
    HELPER_AMO_D,
    HELPER_ORC_B, /* (cpu, x) -> orc.b(x) */
    HELPER_FENCE, /* (cpu): full memory barrier */
    /* (cpu, index, a, b): instrumentation callback `index` (runtime/plugin.c; set only when a
     * plugin is loaded) */
    HELPER_PLUGIN,
    /* rv64_fp_value(cpu, a, b, c, info): an F/D op on raw operands, info = op | rm << 16 (the
     * IR_FP ops the backend does not inline, and the slow paths of those it does) */
    HELPER_FP,
    /* (cpu, id) -> non-zero when it ran C library routine `id` (recomp/hostfn.h) on the host,
     * 0 when the guest code must run; the default declines, the runtime installs its own */
    HELPER_HOSTFN,
    HELPER_COUNT
};
_Static_assert(HELPER_COUNT <= RV64_HELPER_MAX, "helper table too small");

enum rv64_amo_kind {
    AMO_SWAP,
    AMO_ADD,
    AMO_XOR,
    AMO_AND,
    AMO_OR,
    AMO_MIN,
    AMO_MAX,
    AMO_MINU,
    AMO_MAXU
};

/* Fill a helper table of RV64_HELPER_MAX entries. */
void rv64_helpers_init(const void **table);

#endif
