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

#endif
