/*
 * rv64_decode.h - RV64GC (+Zicsr, Zifencei, Zba, Zbb, Zbs) instruction decoder and disassembler.
 *
 * The ISA is described once, as data, in rv64_insn.def: one row per instruction (name,
 * mask, match, operand format, extension). The op enum, the name table, the decoder and the
 * disassembler are all derived from that list.
 *
 * Compressed instructions decode to the base instruction whose semantics they share
 * (c.addi -> op = RV64_OP_addi with rd = rs1 = rd', imm = nzimm) so the lifter has one
 * trans_ function per base instruction; `cop` keeps the compressed op for the disassembler.
 *
 * Example:
 *   rv64_insn in;
 *   if (rv64_decode(0x00a50533, &in)) -> in.op == RV64_OP_add, in.rd = 10, in.rs1 = 10, in.rs2 = 10
 *   rv64_disasm(&in, pc, buf, sizeof buf) -> "add\ta0,a0,a0"
 */
#ifndef RECOMP_RV64_DECODE_H
#define RECOMP_RV64_DECODE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/* Op ids: RV64_OP_<name> with '.' replaced by '_' (RV64_OP_fadd_d, RV64_OP_c_addi, RV64_OP_lr_w).
 * Base and compressed ops share one enum; RV64_OP_INVALID is 0. */
typedef enum rv64_op {
    RV64_OP_INVALID = 0,
#define RV64_INSN(name, mask, match, fmt, ext) RV64_OP_##name,
#include "rv64_insn.def"
#undef RV64_INSN
    RV64_OP_COUNT
} rv64_op;

typedef struct rv64_insn {
    uint32_t raw; /* the instruction bits (low 16 bits only for compressed) */
    uint16_t op;  /* semantic op: for compressed forms, the base op it expands to */
    uint16_t cop; /* compressed op (RV64_OP_c_*) or 0 for 32-bit instructions */
    uint8_t len;  /* 2 or 4 */
    uint8_t rd, rs1, rs2, rs3;
    uint8_t rm;   /* FP rounding mode field (funct3), 7 = dynamic */
    uint8_t aqrl; /* A extension: bit1 = aq, bit0 = rl; fence: pred<<4 | succ */
    uint8_t pad;
    uint16_t csr; /* Zicsr: CSR number */
    int64_t imm; /* sign-extended immediate (branch/jump offsets relative to pc; shamt; csr uimm) */
} rv64_insn;

/* Decode the instruction whose low bits are `bits` (pass 32 bits even for compressed: only
 * the low 16 are used when bits[1:0] != 3). Returns the length in bytes (2 or 4), or 0 for an
 * illegal/unsupported encoding (then out->op == RV64_OP_INVALID, out->len = the length the
 * encoding would have, out->raw = the bits). */
int rv64_decode(uint32_t bits, rv64_insn *out);

/* Length of the instruction starting with 16-bit parcel `lo16`: 2 or 4. */
static inline int rv64_insn_length(uint16_t lo16) {
    return (lo16 & 3) == 3 ? 4 : 2;
}

/* Mnemonic of an op as objdump spells it ("fadd.d", "c.addi"). */
const char *rv64_op_name(int op);

/* Print the instruction as `riscv64-linux-gnu-objdump -d -M no-aliases` does: mnemonic, a
 * tab, operands ("addi\ta0,a0,1"; branch/jump targets as absolute hex, e.g. "jal\tra,10074").
 * Invalid encodings print as objdump does for them (".4byte\t0x...", ".2byte\t0x..."). Returns
 * the number of characters written (like snprintf). */
int rv64_disasm(const rv64_insn *in, uint64_t pc, char *buf, size_t size);

/* ABI register names used by the disassembler and the IR dump. */
extern const char *const rv64_xreg_name[32];
extern const char *const rv64_freg_name[32];

#endif
