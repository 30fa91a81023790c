/*
 * rv64_fp.h - exact RISC-V F/D and Zicsr semantics as helpers called from generated code.
 *
 * x86 SSE gets the common case right (IEEE rounding, the five exception flags) but differs
 * from RISC-V at the edges: NaN results (x86 propagates payloads, RISC-V always produces the
 * canonical NaN), NaN-boxing of singles, fmin/fmax with NaN and signed zeros, saturating
 * float->int conversions, and the RMM rounding mode (ties away from zero) which x86 lacks.
 * These helpers implement the full RISC-V behaviour; the lifter calls one per FP instruction
 * (loads and stores are inlined, they need no helper).
 *
 * Every helper receives the instruction's register numbers and rounding mode packed into one
 * word (rv64_fp_pack): rd | rs1<<8 | rs2<<16 | rs3<<24 | rm<<32, rm = the instruction's rm
 * field (0..4, or 7 = dynamic: use cpu->frm). Exception flags are accrued into cpu->fflags.
 *
 *   RV64_FPK_FF  void     fn(rv64_cpu *cpu, uint64_t packed)                 f regs -> f[rd]
 *   RV64_FPK_FX  uint64_t fn(rv64_cpu *cpu, uint64_t packed)                 f regs -> return x[rd]
 *   RV64_FPK_XF  void     fn(rv64_cpu *cpu, uint64_t packed, uint64_t xval)  x[rs1] -> f[rd]
 *
 * Example (fadd.d fa0, fa1, fa2 with the dynamic rounding mode):
 *   const rv64_fp_helper *h = &rv64_fp_helpers[RV64_OP_fadd_d];   // h->kind == RV64_FPK_FF
 *   ((rv64_fp_ff_fn)h->fn)(cpu, rv64_fp_pack(10, 11, 12, 0, 7));
 *
 * A dynamic rounding mode with cpu->frm = 5..7 is an illegal instruction: the helper calls
 * rv64_fp_illegal_hook (if set) and returns without writing anything; with no hook it rounds
 * to nearest-even.
 */
#ifndef RECOMP_RV64_FP_H
#define RECOMP_RV64_FP_H

#include <stdbool.h>
#include <stdint.h>

#include "rv64_cpu.h"
#include "rv64_decode.h"

enum rv64_fp_kind {
    RV64_FPK_NONE = 0, /* not an FP helper op */
    RV64_FPK_FF = 1,
    RV64_FPK_FX = 2,
    RV64_FPK_XF = 3,
};

typedef void (*rv64_fp_ff_fn)(rv64_cpu *cpu, uint64_t packed);
typedef uint64_t (*rv64_fp_fx_fn)(rv64_cpu *cpu, uint64_t packed);
typedef void (*rv64_fp_xf_fn)(rv64_cpu *cpu, uint64_t packed, uint64_t xval);

typedef struct rv64_fp_helper {
    uint8_t kind;   /* enum rv64_fp_kind */
    const void *fn; /* cast to the rv64_fp_*_fn type named by kind */
} rv64_fp_helper;

/* Indexed by base op (rv64_insn.op); kind 0 for every op that is not an FP helper. */
extern const rv64_fp_helper rv64_fp_helpers[RV64_OP_COUNT];

/* Called for an FP op whose dynamic rounding mode is invalid (frm 5..7). NULL by default. */
extern void (*rv64_fp_illegal_hook)(rv64_cpu *cpu);

static inline uint64_t rv64_fp_pack(unsigned rd, unsigned rs1, unsigned rs2, unsigned rs3,
                                    unsigned rm) {
    return (uint64_t)(rd & 0xff) | (uint64_t)(rs1 & 0xff) << 8 | (uint64_t)(rs2 & 0xff) << 16 |
           (uint64_t)(rs3 & 0xff) << 24 | (uint64_t)(rm & 7) << 32;
}

/* ---- Zicsr ----------------------------------------------------------------------------- */

#define RV64_CSR_FFLAGS  0x001
#define RV64_CSR_FRM     0x002
#define RV64_CSR_FCSR    0x003
#define RV64_CSR_CYCLE   0xc00
#define RV64_CSR_TIME    0xc01
#define RV64_CSR_INSTRET 0xc02

enum rv64_csr_kind {
    RV64_CSR_RW = 0,      /* csrrw / csrrwi */
    RV64_CSR_RS = 1,      /* csrrs / csrrsi */
    RV64_CSR_RC = 2,      /* csrrc / csrrci */
    RV64_CSR_NOWRITE = 4, /* or'ed in for rs/rc with rs1 == x0 or uimm == 0: read only */
};

/* Timebase of the time CSR (rdtime), in Hz: what common RISC-V boards use. */
#define RV64_TIME_HZ 10000000u

/* packed = csr | kind<<16; src = x[rs1] or the uimm. Applies the write and returns the OLD
 * value (the value for x[rd]). Call only for CSRs that rv64_csr_valid() accepted. */
uint64_t rv64_csr_op(rv64_cpu *cpu, uint64_t packed, uint64_t src);

/* Whether user code may access `csr` (write = the instruction writes it). The lifter turns a
 * false answer into an illegal-instruction exit. */
bool rv64_csr_valid(uint32_t csr, bool write);

#endif
