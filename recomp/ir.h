/*
 * ir.h - the translator's intermediate representation.
 *
 * One translation unit (TU) is a superblock: a straight line of guest instructions entered at
 * the top, with side exits at conditional branches and one final exit. Its IR is a linear array
 * of instructions over SSA temporaries: every instruction that produces a value defines a fresh
 * temp (1..ntemps-1; temp 0 means "none"), defined before any use. Guest registers are read and
 * written with GET/SET; the optimizer forwards them inside the unit and the backend keeps them in
 * host registers, writing back dirty ones only at exits.
 *
 * A region unit (the AOT compiler's tier, lift.h) holds several guest blocks, each starting at a
 * LABEL: BRCOND and EXIT_JUMP whose target is a label of the same unit are internal edges. Temps
 * never cross a label; guest registers do, through cpu state or (backend) host registers.
 *
 * The op list below is the single source of truth: enum, names, operand counts and flags are
 * derived from it (LuaJIT's IRDEF habit).
 *
 * Text form (ir_dump), one instruction per line:
 *     ---- 0x10078 addi	a0,a0,1
 *       t2 = const #0x1
 *       t3 = get x10
 *       t4 = add.8 t3, t2
 *       set x10, t4
 *       exit_jump #0x1007c
 */
#ifndef RECOMP_IR_H
#define RECOMP_IR_H

#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>

/* Flags of an op. */
#define IRF_DEF  0x01 /* defines dst */
#define IRF_SIDE 0x02 /* has a side effect: never removed by dead-code elimination */
#define IRF_COMM 0x04 /* commutative (a op b == b op a) */
#define IRF_EXIT 0x08 /* leaves the unit (always or conditionally) */
#define IRF_MEM  0x10 /* accesses guest memory: may fault */

/*  name,       operands, flags */
#define IR_OPS(_)                                                                                  \
    _(NOP, 0, 0)                                                                                   \
    _(INSN_START, 0, IRF_SIDE) /* imm = guest pc, size = insn length: a guest insn begins */       \
    _(CONST, 0, IRF_DEF)       /* dst = imm */                                                     \
    _(GET, 0, IRF_DEF)         /* dst = guest reg imm (0..31 x, 32..63 f) */                       \
    _(SET, 1, IRF_SIDE)        /* guest reg imm = a */                                             \
    _(ADD, 2, IRF_DEF | IRF_COMM)                                                                  \
    _(SUB, 2, IRF_DEF)                                                                             \
    _(AND, 2, IRF_DEF | IRF_COMM)                                                                  \
    _(OR, 2, IRF_DEF | IRF_COMM)                                                                   \
    _(XOR, 2, IRF_DEF | IRF_COMM)                                                                  \
    _(ANDN, 2, IRF_DEF) /* a & ~b */                                                               \
    _(SHL, 2, IRF_DEF)  /* shift count masked to size*8-1, as on RISC-V */                         \
    _(SHR, 2, IRF_DEF)                                                                             \
    _(SAR, 2, IRF_DEF)                                                                             \
    _(ROL, 2, IRF_DEF)                                                                             \
    _(ROR, 2, IRF_DEF)                                                                             \
    _(MUL, 2, IRF_DEF | IRF_COMM)                                                                  \
    _(MULH, 2, IRF_DEF | IRF_COMM)  /* high 64 bits, signed x signed */                            \
    _(MULHU, 2, IRF_DEF | IRF_COMM) /* unsigned x unsigned */                                      \
    _(MULHSU, 2, IRF_DEF)           /* signed a x unsigned b */                                    \
    _(DIV, 2, IRF_DEF)              /* RISC-V semantics: /0 = -1, MIN/-1 = MIN */                  \
    _(DIVU, 2, IRF_DEF)             /* /0 = all ones */                                            \
    _(REM, 2, IRF_DEF)              /* %0 = a, MIN%-1 = 0 */                                       \
    _(REMU, 2, IRF_DEF)             /* %0 = a */                                                   \
    _(MIN, 2, IRF_DEF | IRF_COMM)                                                                  \
    _(MAX, 2, IRF_DEF | IRF_COMM)                                                                  \
    _(MINU, 2, IRF_DEF | IRF_COMM)                                                                 \
    _(MAXU, 2, IRF_DEF | IRF_COMM)                                                                 \
    _(SETCC, 2, IRF_DEF) /* dst = (a cond b) ? 1 : 0 */                                            \
    _(NOT, 1, IRF_DEF)                                                                             \
    _(NEG, 1, IRF_DEF)                                                                             \
    _(SEXT, 1, IRF_DEF) /* sign-extend from imm bytes (1, 2, 4) */                                 \
    _(ZEXT, 1, IRF_DEF) /* zero-extend from imm bytes (1, 2, 4) */                                 \
    _(CLZ, 1, IRF_DEF)                                                                             \
    _(CTZ, 1, IRF_DEF)                                                                             \
    _(CPOP, 1, IRF_DEF)                                                                            \
    _(BSWAP, 1, IRF_DEF)                                                                           \
    _(LOAD, 1, IRF_DEF | IRF_MEM)   /* dst = mem[a + imm], size bytes, IR_SIGNED in flags */       \
    _(STORE, 2, IRF_SIDE | IRF_MEM) /* mem[a + imm] = b, size bytes */                             \
    /* atomics, size 4 or 8, address a (no displacement); size 4 results are sign-extended */      \
    _(AMO, 2, IRF_DEF | IRF_SIDE | IRF_MEM) /* dst = mem[a]; mem[a] = dst op b; op imm =           \
                                               enum rv64_amo_kind; sequentially consistent */      \
    _(LR, 1, IRF_DEF | IRF_SIDE | IRF_MEM)  /* dst = mem[a]; reserve a (cpu->res_*) */             \
    _(SC, 2, IRF_DEF | IRF_SIDE | IRF_MEM)  /* a reserved with its value unchanged: mem[a] = b,    \
                                               dst = 0; else dst = 1; the reservation ends */      \
    _(CALL, 3, IRF_SIDE)                 /* [dst =] helpers[imm](cpu, a, b, c); CALL_* in flags */ \
    _(BRCOND, 2, IRF_SIDE | IRF_EXIT)    /* if (a cond b) leave to guest pc imm */                 \
    _(EXIT_JUMP, 0, IRF_SIDE | IRF_EXIT) /* continue at guest pc imm (chainable) */                \
    _(EXIT_INDIRECT, 1, IRF_SIDE | IRF_EXIT) /* continue at guest pc a */                          \
    _(EXIT_SPECIAL, 0, IRF_SIDE | IRF_EXIT)  /* to the dispatcher: reason size, pc imm */          \
    /* regions (docs/ir.md): guest pc imm starts a block that BRCOND/EXIT_JUMP of this unit may    \
       branch to; no temp is used across a label */                                                \
    _(LABEL, 0, IRF_SIDE)                                                                          \
    /* instrumentation (plugins, docs/plugins.md): the per-thread scoreboard cpu->plugin_sb */     \
    _(SB_ADD, 1, IRF_SIDE)     /* scoreboard[imm] += a */                                          \
    _(SB_STORE, 1, IRF_SIDE)   /* scoreboard[imm] = a */                                           \
    _(SB_CALL_IF, 2, IRF_SIDE) /* if (scoreboard[imm] cond a) helpers[HELPER_PLUGIN](cpu, b) */    \
    /* F/D (docs/fp.md): dst = RISC-V op imm & 0xffff, rm field imm >> 16, on raw a, b, c; a       \
       side effect (exception flags, an invalid dynamic rm traps): never folded or removed */      \
    _(FP, 3, IRF_DEF | IRF_SIDE)

typedef enum ir_op {
#define IR_ENUM(name, nops, flags) IR_##name,
    IR_OPS(IR_ENUM)
#undef IR_ENUM
        IR_OP_COUNT
} ir_op;

/* Conditions for SETCC and BRCOND. */
typedef enum ir_cond { IR_EQ, IR_NE, IR_LT, IR_GE, IR_LTU, IR_GEU } ir_cond;

/* Per-instruction flags (ir_insn.flags). */
#define IR_SIGNED     0x01 /* LOAD: sign-extend */
#define IR_CALL_RET   0x02 /* CALL: defines dst from the helper's return value */
#define IR_CALL_RD_X  0x04 /* CALL: helper reads guest x registers in cpu state */
#define IR_CALL_WR_X  0x08 /* CALL: helper writes guest x registers */
#define IR_CALL_RD_F  0x10 /* CALL: helper reads guest f registers */
#define IR_CALL_WR_F  0x20 /* CALL: helper writes guest f registers */
#define IR_CALL_FAULT 0x40 /* CALL: may touch guest memory: cpu->pc is set first */
#define IR_PCREL      0x80 /* CONST: value is a guest pc (depends on where the object was loaded) */
#define IR_ACQUIRE    0x02 /* AMO: acquire ordering (.aq) */
/* size-4 ALU ops (ADD SUB AND OR XOR SHL SHR SAR ROL ROR MUL NEG DIV DIVU REM REMU): only the
 * low 32 bits of the result are used, so the backend may leave the upper half unextended (set
 * by ir_opt_low32, the last pass; dumped as a ".lo" suffix after the size: add.4.lo) */
#define IR_LOW32 0x01

typedef uint16_t ir_temp;

typedef struct ir_insn {
    uint8_t op;    /* ir_op */
    uint8_t size;  /* operand width: 4 or 8 for ALU ops (4 = low 32 bits, result sign-extended;
                      ANDN, MIN/MAX(U), MULH* and NOT are 64-bit only and ignore it);
                      1, 2, 4, 8 for LOAD/STORE; exit reason for EXIT_SPECIAL */
    uint8_t flags; /* IR_SIGNED, IR_CALL_*, IR_PCREL, IR_LOW32, ... */
    uint8_t cond;  /* ir_cond */
    ir_temp dst, a, b, c;
    int64_t imm;
} ir_insn;

#define IR_MAX_INSNS  4096
#define IR_MAX_LABELS 64 /* LABELs in one unit */
#define IR_MAX_TEMPS  4096

typedef struct ir_unit {
    uint64_t guest_pc;  /* first guest pc */
    uint64_t guest_end; /* pc after the last guest instruction */
    uint32_t n_guest;   /* number of guest instructions */
    uint32_t n;         /* instructions used */
    uint32_t ntemps;    /* temps used (temp 0 unused) */
    bool overflow;      /* ran out of space: the lifter ends the unit earlier */
    bool pic; /* compile for an unknown load bias (AOT, ET_DYN): guest addresses come from the
                 object's base slot; the optimizer keeps IR_PCREL constants foldable only by
                 adding plain constants. Set by the caller after lifting. */
    ir_insn insn[IR_MAX_INSNS];
} ir_unit;

extern const char *const ir_op_name[IR_OP_COUNT];
extern const uint8_t ir_op_nops[IR_OP_COUNT];
extern const uint8_t ir_op_flags[IR_OP_COUNT];
extern const char *const ir_cond_name[];

void ir_init(ir_unit *u, uint64_t guest_pc);

/* Builders: each returns the defined temp (0 for ops without a result). */
ir_temp ir_emit(ir_unit *u, ir_op op, uint8_t size, ir_temp a, ir_temp b, int64_t imm);
ir_temp ir_const(ir_unit *u, int64_t value);
ir_temp ir_get(ir_unit *u, int reg);
void ir_set(ir_unit *u, int reg, ir_temp value);
ir_temp ir_load(ir_unit *u, int size, bool sign, ir_temp addr, int64_t offset);
void ir_store(ir_unit *u, int size, ir_temp addr, int64_t offset, ir_temp value);
ir_temp ir_setcc(ir_unit *u, ir_cond cond, ir_temp a, ir_temp b);
void ir_brcond(ir_unit *u, ir_cond cond, ir_temp a, ir_temp b, uint64_t target);
ir_temp ir_call(ir_unit *u, int helper, uint8_t flags, ir_temp a, ir_temp b, ir_temp c);
void ir_exit_jump(ir_unit *u, uint64_t target);
void ir_exit_indirect(ir_unit *u, ir_temp target);
void ir_exit_special(ir_unit *u, int reason, uint64_t pc);
/* Instrumentation: scoreboard[slot] += value (IR_SB_ADD) or = value (IR_SB_STORE); and
 * if (scoreboard[slot] cond value) helpers[HELPER_PLUGIN](cpu, arg) with IR_CALL_* flags. */
void ir_sb_op(ir_unit *u, ir_op op, uint32_t slot, ir_temp value);
void ir_sb_call_if(ir_unit *u, ir_cond cond, uint32_t slot, ir_temp value, ir_temp arg,
                   uint8_t flags);

/* dst = F/D op `op` (an RV64_OP_*) with rm field `rm` on the raw operands a, b, c (0 = unused). */
ir_temp ir_fp(ir_unit *u, int op, int rm, ir_temp a, ir_temp b, ir_temp c);

/* Text dump, one instruction per line (see top of file). `disasm` (may be NULL) prints the
 * guest instruction at an INSN_START. */
typedef void (*ir_insn_printer)(FILE *out, uint64_t pc, void *ctx);
void ir_dump(const ir_unit *u, FILE *out, ir_insn_printer disasm, void *ctx);

/* Parse the text form back (for optimizer tests). Returns 0, or -1 with a message in err. */
int ir_parse(ir_unit *u, const char *text, char *err, size_t errlen);

/* Optimization passes (opt.c). */
void ir_opt_fold(ir_unit *u); /* constant folding, algebraic simplification, copy propagation */
void ir_opt_regs(ir_unit *u); /* guest-register forwarding (get after get/set) */
void ir_opt_dce(ir_unit *u);  /* dead-code elimination */
void ir_opt_dead_sets(ir_unit *u); /* SETs overwritten before the guest state can be seen */
void ir_opt_fflags(ir_unit *u);    /* the libm idiom frflags t; flt.d; fsflags t (opt.c) */
void ir_opt_low32(ir_unit *u);     /* 32-bit results only used in their low half (IR_LOW32) */
void ir_optimize(ir_unit *u);      /* regs, fflags, fold, dead_sets, dce, low32, in that order */

/* Evaluate a pure binary/unary op on constants (shared by folding and tests). Returns false if
 * the op is not foldable. */
bool ir_eval(const ir_insn *in, uint64_t a, uint64_t b, uint64_t *out);

#endif
