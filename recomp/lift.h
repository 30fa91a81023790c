/*
 * lift.h - RV64 guest instructions -> IR, one translation unit at a time.
 *
 * A unit starts at a guest pc and follows the straight-line path: conditional branches become
 * side exits and lifting continues on the fall-through path; it ends at an unconditional jump,
 * an indirect jump, ecall/ebreak/fence.i, an illegal instruction, a fetch that fails, or the
 * size limit.
 */
#ifndef RECOMP_LIFT_H
#define RECOMP_LIFT_H

#include <stdbool.h>
#include <stdint.h>

#include "ir.h"
#include "rv64_decode.h"

/* Fetch up to 4 instruction bytes at guest pc into *bits. Returns how many bytes are readable
 * and executable there (0, 2 or 4). */
typedef int (*lift_fetch_fn)(uint64_t pc, uint32_t *bits, void *ctx);

#define LIFT_MAX_INSNS 128

/* Lift the unit starting at pc into u. Returns 0, or -1 if not even the first instruction
 * could be fetched (the caller raises a fetch fault). */
int rv64_lift_unit(ir_unit *u, uint64_t pc, int max_insns, lift_fetch_fn fetch, void *ctx);

/* Lift a single decoded instruction at pc (for tests). Returns 1 if it ends the unit. */
int rv64_lift_insn(ir_unit *u, const rv64_insn *in, uint64_t pc);

/* Instrumentation hooks (runtime/plugin.c): with hooks, the lifter calls `insn` right after the
 * INSN_START of the index-th guest instruction of the unit, and `mem` right after each guest
 * memory access of it (loads, stores, and the accesses of lr/sc/AMOs, whose address is the
 * register `base` alone), with `value` the temp loaded or stored. Whatever IR the hooks emit
 * becomes part of that instruction. Without hooks (NULL) the IR is exactly what
 * rv64_lift_unit makes. */
enum { LIFT_MEM_LOAD = 0, LIFT_MEM_STORE = 1 };
typedef struct lift_hooks {
    void (*insn)(ir_unit *u, uint32_t index, uint64_t pc, void *ctx);
    void (*mem)(ir_unit *u, uint32_t index, int dir, int size, bool atomic, ir_temp base,
                int64_t offset, ir_temp value, void *ctx);
    void *ctx;
} lift_hooks;

/* The AOT tier (docs/regions.md): lift the region starting at pc, at most max_insns guest
 * instructions (REGION_MAX_INSNS at most) in address order, with a LABEL at every internal
 * branch target. Returns 1 when pc starts a region holding a loop (u holds it), 0 when it does
 * not or the region does not fit (lift a plain unit instead), -1 if pc cannot be fetched. */
#define REGION_MAX_INSNS 256
int rv64_lift_region(ir_unit *u, uint64_t pc, int max_insns, lift_fetch_fn fetch, void *ctx);

/* Host routines (recomp/hostfn.h, docs/hostfn.md): when set, rv64_lift_unit asks it whether a
 * unit's start pc is the entry of a recognized C library routine (ctx is the fetch ctx). For a
 * routine id > 0 (and no hooks) the unit begins with `if (helpers[HELPER_HOSTFN](cpu, id))
 * return to ra`, followed by a LABEL at pc and the guest code. Set once before lifting. */
extern int (*rv64_lift_hostfn)(uint64_t pc, void *ctx);

int rv64_lift_unit_hooked(ir_unit *u, uint64_t pc, int max_insns, lift_fetch_fn fetch, void *ctx,
                          const lift_hooks *hooks);

#endif
