/*
 * rv64_fp.h - exact RISC-V F/D and Zicsr semantics, and the host MXCSR contract.
 *
 * x86 SSE gets the common case right (IEEE rounding, the five exception flags) but differs
 * from RISC-V at the edges: NaN results (x86 propagates payloads, RISC-V always produces the
 * canonical NaN), NaN-boxing of singles, fmin/fmax with NaN and signed zeros, saturating
 * float->int conversions, and the RMM rounding mode (ties away from zero) which x86 lacks.
 * Generated code does the common case inline (recomp/backend_fp.inc) and calls
 * rv64_fp_value, which implements the full RISC-V behaviour, for everything else
 * (docs/fp.md). While generated code runs the host MXCSR holds the guest's rounding mode and
 * pending exception flags (the contract below).
 *
 * The register-level helpers (rv64_fp_helpers, what the unit tests drive) wrap the same
 * evaluator: each receives the instruction's register numbers and rounding mode packed into
 * one word (rv64_fp_pack): rd | rs1<<8 | rs2<<16 | rs3<<24 | rm<<32, rm = the instruction's rm
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

/* Value-level entry, what generated code calls for the F/D ops it does not do inline and for
 * the slow paths of those it does (IR_FP, docs/fp.md): a, b, c are the raw operands (f[rs1],
 * f[rs2], f[rs3] as stored; x[rs1] for fcvt.{s,d}.{w,wu,l,lu} and fmv.{w,d}.x), the result is
 * the raw value for rd (an f register, or x[rd] for compares, fclass, fmv.x.*, fcvt to
 * integer). info = op | rm << 16 (rm = the instruction's rm field). Flags accrue into
 * cpu->fflags. An invalid dynamic rounding mode calls rv64_fp_illegal_hook (which does not
 * return in the runtime) and returns 0. Helper table slot HELPER_FP. */
uint64_t rv64_fp_value(rv64_cpu *cpu, uint64_t a, uint64_t b, uint64_t c, uint64_t info);

#define RV64_FP_INFO(op, rm) ((uint64_t)(op) | (uint64_t)((rm)&7) << 16)

/* Bit of the sub-field (rm's place, above the 3-bit rm) of a compare (feq, flt, fle): the
 * compare raises no flag of its own and fflags is then set to c, the value it had before. The
 * optimizer (ir_opt_fflags) makes it of the idiom `frflags t; flt.d rd, a, b; fsflags t`, the
 * value of rd without any flag traffic. */
#define RV64_FP_CMP_KEEP_FLAGS 8

/* IR_FP also carries accesses to the FP CSRs fflags, frm and fcsr: op is then a Zicsr op
 * (csrrw, csrrs, csrrc and their immediate forms), a = the source value (x[rs1] or the uimm),
 * the sub-field (rm's place) = csr | 4 for a read-only access, the result the old value.
 * rv64_fp_csr_kind(op) is its RV64_CSR_RW/RS/RC, or -1 for any other op. */
int rv64_fp_csr_kind(int op);

/* Number of register operands op reads (1..3; 0 for a non-F/D op). */
int rv64_fp_nsrc(int op);

/* Does op (an F/D op) leave the exception flags alone whatever its operands (sign injection,
 * fclass)? */
bool rv64_fp_op_quiet(int op);

/* Is op a double-precision comparison (feq.d, flt.d, fle.d)? */
bool rv64_fp_op_cmp_d(int op);

/* Does op (an F/D op) have an rm field? Those without one never trap on frm. */
bool rv64_fp_op_uses_rm(int op);

/* ---- The host MXCSR while generated code runs (docs/fp.md) -------------------------------
 *
 * Generated code does F/D arithmetic inline with SSE instructions. While it runs, the thread's
 * MXCSR is rv64_mxcsr_image(cpu->frm) plus sticky exception flags: every exception masked, no
 * FTZ/DAZ, rounding control = frm (RNE 0, RTZ 3, RDN 1, RUP 2; RMM and the invalid modes load
 * RNE, the inline code sends those to the helpers), and the flags collect the guest's
 * exceptions since the last fold. The architectural fflags are then
 *     cpu->fflags | rv64_fflags_of_mxcsr(MXCSR).
 * Runtime C code runs with RV64_MXCSR_HOST. rv64_fp_guest_mode() switches to the guest image
 * before entering generated code, rv64_fp_host_mode() folds the flags into cpu->fflags and
 * switches back. Folding without clearing (rv64_fp_fold) is allowed: the or is idempotent. */

#define RV64_MXCSR_HOST 0x1f80u

static inline uint32_t rv64_mxcsr_image(uint32_t frm) {
    static const uint8_t rc[8] = {0, 3, 1, 2, 0, 0, 0, 0};
    return RV64_MXCSR_HOST | (uint32_t)rc[frm & 7] << 13;
}

/* MXCSR exception flags -> fflags: IE->NV, ZE->DZ, OE->OF, UE->UF, PE->NX (DE ignored). */
static inline uint32_t rv64_fflags_of_mxcsr(uint32_t m) {
    return ((m & 0x01) ? RV64_FFLAG_NV : 0) | ((m & 0x04) ? RV64_FFLAG_DZ : 0) |
           ((m & 0x08) ? RV64_FFLAG_OF : 0) | ((m & 0x10) ? RV64_FFLAG_UF : 0) |
           ((m & 0x20) ? RV64_FFLAG_NX : 0);
}

static inline uint32_t rv64_stmxcsr(void) {
    uint32_t m;
    __asm__ volatile("stmxcsr %0" : "=m"(m));
    return m;
}

static inline void rv64_ldmxcsr(uint32_t m) {
    __asm__ volatile("ldmxcsr %0" : : "m"(m));
}

/* Merge the live MXCSR's flags into cpu->fflags (MXCSR unchanged). */
static inline void rv64_fp_fold(rv64_cpu *cpu) {
    uint32_t m = rv64_stmxcsr();
    if (m & 0x3d) cpu->fflags |= rv64_fflags_of_mxcsr(m);
}

/* Before generated code runs: MXCSR = the guest image for cpu->frm, flags clear. */
static inline void rv64_fp_guest_mode(const rv64_cpu *cpu) {
    uint32_t want = rv64_mxcsr_image(cpu->frm);
    if (rv64_stmxcsr() != want) rv64_ldmxcsr(want);
}

/* After generated code stopped: fold its flags into cpu->fflags, MXCSR = RV64_MXCSR_HOST. */
static inline void rv64_fp_host_mode(rv64_cpu *cpu) {
    uint32_t m = rv64_stmxcsr();
    if (m == RV64_MXCSR_HOST) return;
    if (m & 0x3d) cpu->fflags |= rv64_fflags_of_mxcsr(m);
    rv64_ldmxcsr(RV64_MXCSR_HOST);
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

/* rv64_csr_op as generated code calls it (helper slot HELPER_CSR): for fflags, frm and fcsr it
 * first folds the live MXCSR's flags into cpu->fflags and, after a write, loads the MXCSR image
 * of the new frm with the flags cleared (docs/fp.md). Only valid while the guest MXCSR is
 * live. */
uint64_t rv64_csr_helper(rv64_cpu *cpu, uint64_t packed, uint64_t src);

/* Whether user code may access `csr` (write = the instruction writes it). The lifter turns a
 * false answer into an illegal-instruction exit. */
bool rv64_csr_valid(uint32_t csr, bool write);

#endif
