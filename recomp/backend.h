/*
 * backend.h - IR -> x86-64 code for one translation unit.
 *
 * Generated-code contract (docs/contract.md):
 *   r14 = rv64_cpu *, r15 = guest_base; guest memory access = [r15 + reg + disp32].
 *   The unit is entered by a jmp with all guest registers in cpu state and rsp 16-byte aligned
 *   (spill slots at [rsp + 8*k]); it leaves by chaining into another unit (patched jmp rel32),
 *   by probing cpu->jmp_table for indirect branches, or by jumping to cpu->exit_stub with
 *   cpu->pc and cpu->exit_reason set.
 *   Helpers are called through cpu->helpers[i] with the System V ABI (rdi = cpu).
 *   Every unit starts by testing cpu->exit_request and leaves with pc = its entry if it is set.
 *   Nothing emitted depends on the unit's own host address except rel32 jumps inside the unit
 *   and to the targets recorded in backend_out.links.
 *   With ir_unit.pic set (AOT caches of ET_DYN objects), nothing depends on where the guest
 *   object was loaded either: guest addresses (IR_PCREL constants, exit targets, cpu->pc
 *   stores) are emitted as `mov reg, [rip + slot]; lea reg, [reg + link-time value]`, the slot
 *   holding the object's load bias (backend_out.prel lists the displacements to fix up).
 */
#ifndef RECOMP_BACKEND_H
#define RECOMP_BACKEND_H

#include <stdbool.h>
#include <stdint.h>

#include "ir.h"
#include "x64_emit.h"

#define BACKEND_SPILL_SLOTS 256
#define BACKEND_FRAME       (BACKEND_SPILL_SLOTS * 8 + 8) /* keeps rsp 16-byte aligned at entry */

/* Where a guest register's current value lives at a fault point when cpu state is stale: a host
 * register (reg >= 0), a spill slot (spill >= 0, at [rsp + 8 * spill + 8]) or a constant. */
typedef struct backend_regloc {
    uint8_t g; /* guest register: 0-31 x, 32-63 f */
    int8_t reg;
    int16_t spill;
    uint32_t flags; /* BACKEND_REGLOC_PCREL: value is a link-time guest address (add the bias) */
    int64_t value;
} backend_regloc;

#define BACKEND_REGLOC_PCREL 1u

/* A guest memory access in generated code: a fault at host_off belongs to guest pc, and the
 * guest registers whose cpu-state copy is stale there are listed in regs[first, first + n). */
typedef struct backend_fault {
    uint32_t host_off;
    uint32_t pc_off; /* guest pc - unit guest_pc */
    uint32_t first;  /* index into backend_out.regs */
    uint32_t n;
} backend_fault;

/* A direct exit: the rel32 at host_off jumps to the unit for guest_target once linked. */
typedef struct backend_link {
    uint32_t host_off; /* offset of the rel32 field */
    uint64_t guest_target;
} backend_link;

#define BACKEND_MAX_FAULTS 2048
#define BACKEND_MAX_LINKS  64
#define BACKEND_MAX_REGLOC 16384
#define BACKEND_MAX_PREL   4096

typedef struct backend_out {
    uint32_t n_faults;
    uint32_t n_links;
    uint32_t n_regs;
    uint32_t n_prel;
    backend_fault faults[BACKEND_MAX_FAULTS];
    backend_regloc regs[BACKEND_MAX_REGLOC];
    backend_link links[BACKEND_MAX_LINKS];
    /* Position-independent units (ir_unit.pic): offsets of the disp32 fields of
     * `mov reg, [rip + disp32]` loads of the object's base slot. The code is emitted with
     * disp32 = 0; whoever places the unit sets disp32 = slot - (field + 4). */
    uint32_t prel[BACKEND_MAX_PREL];
} backend_out;

/* F/D code generation (IR_FP, docs/fp.md). backend_fp_inline = 0 sends every F/D op to the
 * rv64_fp_value helper (a testing knob; default 1). backend_fp_fma: -1 = decide from the host
 * CPU at the first use (default), 0/1 = fused multiply-adds without/with FMA3. Set both before
 * the first backend_emit. backend_uses_fma() is what the code will use: the AOT cache records
 * it in its required host features. */
extern int backend_fp_inline;
extern int backend_fp_fma;
bool backend_uses_fma(void);

/* Emit the unit into buf (buf->start is where the unit will run). Returns 0, or -1 when the unit
 * cannot be compiled as is (out of spill slots / side-table space: the caller retries with a
 * shorter unit); check buf->overflow separately. */
int backend_emit(const ir_unit *u, x64_buf *buf, backend_out *out);

#endif
