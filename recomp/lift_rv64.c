/*
 * lift_rv64.c - semantics of every RV64GC (+Zicsr, Zifencei, Zba, Zbb, Zbs) instruction as IR.
 *
 * One trans_<insn> function per base instruction, found through a table indexed by op id;
 * compressed instructions arrive already expanded to their base op by the decoder, so c.addi
 * runs trans_addi. Each function returns true when the instruction ends the unit.
 *
 * Floating point: loads, stores and fmv.* are plain IR (flw and fmv.w.x NaN-box); every other
 * F/D instruction is one IR_FP op on the raw register values, which the backend does inline
 * (SSE with exact RISC-V fixups) or through rv64_fp_value (docs/fp.md); so are accesses to
 * fflags/frm/fcsr. The counter CSRs call rv64_csr_helper. Atomics (lr, sc, amo*) are IR ops the
 * backend emits inline.
 */
#include "lift.h"

#include <stdbool.h>
#include <string.h>

#include "helpers.h"
#include "hostfn.h"
#include "rv64_fp.h"

typedef struct lift_ctx {
    ir_unit *u;
    uint64_t pc;
    const rv64_insn *in;
    const lift_hooks *hooks; /* instrumentation (NULL: none) */
    uint32_t index;          /* of this guest instruction in the unit */
} lift_ctx;

typedef bool (*trans_fn)(lift_ctx *c);

#define U       (c->u)
#define I       (c->in)
#define NEXT_PC (c->pc + I->len)

static ir_temp X(lift_ctx *c, int r) {
    return ir_get(U, r);
}
static void SETX(lift_ctx *c, int r, ir_temp t) {
    ir_set(U, r, t);
}
static ir_temp K(lift_ctx *c, int64_t v) {
    return ir_const(U, v);
}
static ir_temp PCREL(lift_ctx *c, uint64_t v) {
    ir_temp t = ir_const(U, (int64_t)v);
    if (t) U->insn[U->n - 1].flags |= IR_PCREL;
    return t;
}
static ir_temp OP2(lift_ctx *c, ir_op op, int size, ir_temp a, ir_temp b) {
    return ir_emit(U, op, (uint8_t)size, a, b, 0);
}
static ir_temp OP1(lift_ctx *c, ir_op op, int size, ir_temp a) {
    return ir_emit(U, op, (uint8_t)size, a, 0, 0);
}
static ir_temp EXT(lift_ctx *c, ir_op op, ir_temp a, int from) {
    return ir_emit(U, op, 8, a, 0, from);
}

/* -- Instrumentation hooks ------------------------------------------------------------------
 * Called after the instruction's memory access was emitted: they find it as the last op of
 * that kind in the instruction's IR, so the lifting code itself is unchanged. */

static const ir_insn *last_op(lift_ctx *c, ir_op op) {
    for (uint32_t i = U->n; i-- > 0 && U->insn[i].op != IR_INSN_START;)
        if (U->insn[i].op == op) return &U->insn[i];
    return NULL;
}

static void mem_hook(lift_ctx *c) {
    if (!c->hooks || !c->hooks->mem || U->overflow) return;
    const ir_insn *l = last_op(c, IR_LOAD), *st = last_op(c, IR_STORE);
    const ir_insn *m = !l ? st : !st ? l : l > st ? l : st;
    if (!m) return;
    ir_insn a = *m;
    bool store = a.op == IR_STORE;
    c->hooks->mem(U, c->index, store ? LIFT_MEM_STORE : LIFT_MEM_LOAD, a.size, false, a.a, a.imm,
                  store ? a.b : a.dst, c->hooks->ctx);
}

static ir_temp OP2(lift_ctx *c, ir_op op, int size, ir_temp a, ir_temp b);
static ir_temp EXT(lift_ctx *c, ir_op op, ir_temp a, int from);

/* lr (kind -1), sc (kind -2) or an AMO (enum rv64_amo_kind) of `size` bytes, just emitted as
 * IR_LR / IR_SC / IR_AMO: address a, stored operand b, result dst. An AMO is a load of the old
 * value and a store of the new one, computed here for the hook. */
static void atomic_hook(lift_ctx *c, int size, int kind) {
    if (!c->hooks || !c->hooks->mem || U->overflow) return;
    const ir_insn *m = last_op(c, kind == -1 ? IR_LR : kind == -2 ? IR_SC : IR_AMO);
    if (!m) return;
    ir_insn a = *m;
    void *ctx = c->hooks->ctx;
    if (kind == -2) {
        c->hooks->mem(U, c->index, LIFT_MEM_STORE, size, true, a.a, 0, a.b, ctx);
        return;
    }
    c->hooks->mem(U, c->index, LIFT_MEM_LOAD, size, true, a.a, 0, a.dst, ctx);
    if (kind < 0) return;
    ir_temp old = a.dst, src = a.b, nv = src;
    bool w = size == 4;
    switch (kind) {
    case AMO_ADD: nv = OP2(c, IR_ADD, 8, old, src); break;
    case AMO_XOR: nv = OP2(c, IR_XOR, 8, old, src); break;
    case AMO_AND: nv = OP2(c, IR_AND, 8, old, src); break;
    case AMO_OR: nv = OP2(c, IR_OR, 8, old, src); break;
    case AMO_MIN:
    case AMO_MAX:
        nv = OP2(c, kind == AMO_MIN ? IR_MIN : IR_MAX, 8, old, w ? EXT(c, IR_SEXT, src, 4) : src);
        break;
    case AMO_MINU:
    case AMO_MAXU:
        nv = OP2(c, kind == AMO_MINU ? IR_MINU : IR_MAXU, 8, w ? EXT(c, IR_ZEXT, old, 4) : old,
                 w ? EXT(c, IR_ZEXT, src, 4) : src);
        break;
    default: break;
    }
    if (!U->overflow) c->hooks->mem(U, c->index, LIFT_MEM_STORE, size, true, a.a, 0, nv, ctx);
}

static bool illegal(lift_ctx *c) {
    ir_exit_special(U, RV64_EXIT_ILLEGAL, c->pc);
    return true;
}

/* -- RV64I ------------------------------------------------------------------------------ */

static bool trans_lui(lift_ctx *c) {
    SETX(c, I->rd, K(c, I->imm));
    return false;
}
static bool trans_auipc(lift_ctx *c) {
    SETX(c, I->rd, PCREL(c, c->pc + (uint64_t)I->imm));
    return false;
}
static bool trans_jal(lift_ctx *c) {
    SETX(c, I->rd, PCREL(c, NEXT_PC));
    ir_exit_jump(U, c->pc + (uint64_t)I->imm);
    return true;
}
static bool trans_jalr(lift_ctx *c) {
    ir_temp t = OP2(c, IR_ADD, 8, X(c, I->rs1), K(c, I->imm));
    t = OP2(c, IR_AND, 8, t, K(c, -2));
    SETX(c, I->rd, PCREL(c, NEXT_PC));
    ir_exit_indirect(U, t);
    return true;
}

static bool branch(lift_ctx *c, ir_cond cond) {
    ir_brcond(U, cond, X(c, I->rs1), X(c, I->rs2), c->pc + (uint64_t)I->imm);
    return false;
}
static bool trans_beq(lift_ctx *c) {
    return branch(c, IR_EQ);
}
static bool trans_bne(lift_ctx *c) {
    return branch(c, IR_NE);
}
static bool trans_blt(lift_ctx *c) {
    return branch(c, IR_LT);
}
static bool trans_bge(lift_ctx *c) {
    return branch(c, IR_GE);
}
static bool trans_bltu(lift_ctx *c) {
    return branch(c, IR_LTU);
}
static bool trans_bgeu(lift_ctx *c) {
    return branch(c, IR_GEU);
}

static bool load(lift_ctx *c, int size, bool sign) {
    SETX(c, I->rd, ir_load(U, size, sign, X(c, I->rs1), I->imm));
    mem_hook(c);
    return false;
}
static bool trans_lb(lift_ctx *c) {
    return load(c, 1, true);
}
static bool trans_lh(lift_ctx *c) {
    return load(c, 2, true);
}
static bool trans_lw(lift_ctx *c) {
    return load(c, 4, true);
}
static bool trans_ld(lift_ctx *c) {
    return load(c, 8, false);
}
static bool trans_lbu(lift_ctx *c) {
    return load(c, 1, false);
}
static bool trans_lhu(lift_ctx *c) {
    return load(c, 2, false);
}
static bool trans_lwu(lift_ctx *c) {
    return load(c, 4, false);
}

static bool store(lift_ctx *c, int size) {
    ir_store(U, size, X(c, I->rs1), I->imm, X(c, I->rs2));
    mem_hook(c);
    return false;
}
static bool trans_sb(lift_ctx *c) {
    return store(c, 1);
}
static bool trans_sh(lift_ctx *c) {
    return store(c, 2);
}
static bool trans_sw(lift_ctx *c) {
    return store(c, 4);
}
static bool trans_sd(lift_ctx *c) {
    return store(c, 8);
}

static bool alu_imm(lift_ctx *c, ir_op op, int size) {
    SETX(c, I->rd, OP2(c, op, size, X(c, I->rs1), K(c, I->imm)));
    return false;
}
static bool alu_reg(lift_ctx *c, ir_op op, int size) {
    SETX(c, I->rd, OP2(c, op, size, X(c, I->rs1), X(c, I->rs2)));
    return false;
}
static bool set_imm(lift_ctx *c, ir_cond cond) {
    SETX(c, I->rd, ir_setcc(U, cond, X(c, I->rs1), K(c, I->imm)));
    return false;
}
static bool set_reg(lift_ctx *c, ir_cond cond) {
    SETX(c, I->rd, ir_setcc(U, cond, X(c, I->rs1), X(c, I->rs2)));
    return false;
}

static bool trans_addi(lift_ctx *c) {
    return alu_imm(c, IR_ADD, 8);
}
static bool trans_slti(lift_ctx *c) {
    return set_imm(c, IR_LT);
}
static bool trans_sltiu(lift_ctx *c) {
    return set_imm(c, IR_LTU);
}
static bool trans_xori(lift_ctx *c) {
    return alu_imm(c, IR_XOR, 8);
}
static bool trans_ori(lift_ctx *c) {
    return alu_imm(c, IR_OR, 8);
}
static bool trans_andi(lift_ctx *c) {
    return alu_imm(c, IR_AND, 8);
}
static bool trans_slli(lift_ctx *c) {
    return alu_imm(c, IR_SHL, 8);
}
static bool trans_srli(lift_ctx *c) {
    return alu_imm(c, IR_SHR, 8);
}
static bool trans_srai(lift_ctx *c) {
    return alu_imm(c, IR_SAR, 8);
}
static bool trans_add(lift_ctx *c) {
    return alu_reg(c, IR_ADD, 8);
}
static bool trans_sub(lift_ctx *c) {
    return alu_reg(c, IR_SUB, 8);
}
static bool trans_sll(lift_ctx *c) {
    return alu_reg(c, IR_SHL, 8);
}
static bool trans_slt(lift_ctx *c) {
    return set_reg(c, IR_LT);
}
static bool trans_sltu(lift_ctx *c) {
    return set_reg(c, IR_LTU);
}
static bool trans_xor(lift_ctx *c) {
    return alu_reg(c, IR_XOR, 8);
}
static bool trans_srl(lift_ctx *c) {
    return alu_reg(c, IR_SHR, 8);
}
static bool trans_sra(lift_ctx *c) {
    return alu_reg(c, IR_SAR, 8);
}
static bool trans_or(lift_ctx *c) {
    return alu_reg(c, IR_OR, 8);
}
static bool trans_and(lift_ctx *c) {
    return alu_reg(c, IR_AND, 8);
}
static bool trans_addiw(lift_ctx *c) {
    return alu_imm(c, IR_ADD, 4);
}
static bool trans_slliw(lift_ctx *c) {
    return alu_imm(c, IR_SHL, 4);
}
static bool trans_srliw(lift_ctx *c) {
    return alu_imm(c, IR_SHR, 4);
}
static bool trans_sraiw(lift_ctx *c) {
    return alu_imm(c, IR_SAR, 4);
}
static bool trans_addw(lift_ctx *c) {
    return alu_reg(c, IR_ADD, 4);
}
static bool trans_subw(lift_ctx *c) {
    return alu_reg(c, IR_SUB, 4);
}
static bool trans_sllw(lift_ctx *c) {
    return alu_reg(c, IR_SHL, 4);
}
static bool trans_srlw(lift_ctx *c) {
    return alu_reg(c, IR_SHR, 4);
}
static bool trans_sraw(lift_ctx *c) {
    return alu_reg(c, IR_SAR, 4);
}

/* x86-TSO already orders everything except a store followed by a load; a fence whose
 * predecessor set has W and successor set has R needs a real barrier. */
static bool trans_fence(lift_ctx *c) {
    int pred = I->aqrl >> 4, succ = I->aqrl & 15;
    if ((pred & 1) && (succ & 2)) ir_call(U, HELPER_FENCE, 0, 0, 0, 0);
    return false;
}
static bool trans_fence_tso(lift_ctx *c) {
    (void)c;
    return false;
}
static bool trans_ecall(lift_ctx *c) {
    ir_exit_special(U, RV64_EXIT_ECALL, c->pc);
    return true;
}
static bool trans_ebreak(lift_ctx *c) {
    ir_exit_special(U, RV64_EXIT_EBREAK, c->pc);
    return true;
}
static bool trans_fence_i(lift_ctx *c) {
    ir_exit_special(U, RV64_EXIT_FENCEI, NEXT_PC);
    return true;
}

/* -- Zicsr ----------------------------------------------------------------------------- */

static bool csr(lift_ctx *c, int kind, bool imm) {
    bool nowrite = kind != RV64_CSR_RW && (imm ? I->imm == 0 : I->rs1 == 0);
    if (!rv64_csr_valid(I->csr, !nowrite)) return illegal(c);
    ir_temp src = imm ? K(c, I->imm) : X(c, I->rs1);
    if (I->csr >= RV64_CSR_FFLAGS && I->csr <= RV64_CSR_FCSR) {
        /* the FP CSRs: an IR_FP op, sub-field = csr | 4 for a read-only access (the backend
         * folds the host MXCSR's flags inline, docs/fp.md) */
        SETX(c, I->rd, ir_fp(U, I->op, (int)I->csr | (nowrite ? 4 : 0), src, 0, 0));
        return false;
    }
    uint64_t packed = (uint64_t)I->csr | (uint64_t)(kind | (nowrite ? RV64_CSR_NOWRITE : 0)) << 16;
    ir_temp old = ir_call(U, HELPER_CSR, IR_CALL_RET, K(c, (int64_t)packed), src, 0);
    SETX(c, I->rd, old);
    return false;
}
static bool trans_csrrw(lift_ctx *c) {
    return csr(c, RV64_CSR_RW, false);
}
static bool trans_csrrs(lift_ctx *c) {
    return csr(c, RV64_CSR_RS, false);
}
static bool trans_csrrc(lift_ctx *c) {
    return csr(c, RV64_CSR_RC, false);
}
static bool trans_csrrwi(lift_ctx *c) {
    return csr(c, RV64_CSR_RW, true);
}
static bool trans_csrrsi(lift_ctx *c) {
    return csr(c, RV64_CSR_RS, true);
}
static bool trans_csrrci(lift_ctx *c) {
    return csr(c, RV64_CSR_RC, true);
}

/* -- M ---------------------------------------------------------------------------------- */

static bool trans_mul(lift_ctx *c) {
    return alu_reg(c, IR_MUL, 8);
}
static bool trans_mulh(lift_ctx *c) {
    return alu_reg(c, IR_MULH, 8);
}
static bool trans_mulhsu(lift_ctx *c) {
    return alu_reg(c, IR_MULHSU, 8);
}
static bool trans_mulhu(lift_ctx *c) {
    return alu_reg(c, IR_MULHU, 8);
}
static bool trans_div(lift_ctx *c) {
    return alu_reg(c, IR_DIV, 8);
}
static bool trans_divu(lift_ctx *c) {
    return alu_reg(c, IR_DIVU, 8);
}
static bool trans_rem(lift_ctx *c) {
    return alu_reg(c, IR_REM, 8);
}
static bool trans_remu(lift_ctx *c) {
    return alu_reg(c, IR_REMU, 8);
}
static bool trans_mulw(lift_ctx *c) {
    return alu_reg(c, IR_MUL, 4);
}
static bool trans_divw(lift_ctx *c) {
    return alu_reg(c, IR_DIV, 4);
}
static bool trans_divuw(lift_ctx *c) {
    return alu_reg(c, IR_DIVU, 4);
}
static bool trans_remw(lift_ctx *c) {
    return alu_reg(c, IR_REM, 4);
}
static bool trans_remuw(lift_ctx *c) {
    return alu_reg(c, IR_REMU, 4);
}

/* -- A ---------------------------------------------------------------------------------- */

static bool lr(lift_ctx *c, int helper) {
    int size = helper == HELPER_LR_W ? 4 : 8;
    SETX(c, I->rd, ir_emit(U, IR_LR, (uint8_t)size, X(c, I->rs1), 0, 0));
    atomic_hook(c, size, -1);
    return false;
}
static bool sc(lift_ctx *c, int helper) {
    int size = helper == HELPER_SC_W ? 4 : 8;
    SETX(c, I->rd, ir_emit(U, IR_SC, (uint8_t)size, X(c, I->rs1), X(c, I->rs2), 0));
    atomic_hook(c, size, -2);
    return false;
}
static bool amo(lift_ctx *c, int helper, int kind) {
    int size = helper == HELPER_AMO_W ? 4 : 8;
    ir_temp old = ir_emit(U, IR_AMO, (uint8_t)size, X(c, I->rs1), X(c, I->rs2), kind);
    if (I->aqrl & 2) U->insn[U->n - 1].flags |= IR_ACQUIRE;
    SETX(c, I->rd, old);
    atomic_hook(c, size, kind);
    return false;
}
static bool trans_lr_w(lift_ctx *c) {
    return lr(c, HELPER_LR_W);
}
static bool trans_lr_d(lift_ctx *c) {
    return lr(c, HELPER_LR_D);
}
static bool trans_sc_w(lift_ctx *c) {
    return sc(c, HELPER_SC_W);
}
static bool trans_sc_d(lift_ctx *c) {
    return sc(c, HELPER_SC_D);
}
#define AMO_PAIR(name, kind)                                                                       \
    static bool trans_##name##_w(lift_ctx *c) {                                                    \
        return amo(c, HELPER_AMO_W, kind);                                                         \
    }                                                                                              \
    static bool trans_##name##_d(lift_ctx *c) {                                                    \
        return amo(c, HELPER_AMO_D, kind);                                                         \
    }
AMO_PAIR(amoswap, AMO_SWAP)
AMO_PAIR(amoadd, AMO_ADD)
AMO_PAIR(amoxor, AMO_XOR)
AMO_PAIR(amoand, AMO_AND)
AMO_PAIR(amoor, AMO_OR)
AMO_PAIR(amomin, AMO_MIN)
AMO_PAIR(amomax, AMO_MAX)
AMO_PAIR(amominu, AMO_MINU)
AMO_PAIR(amomaxu, AMO_MAXU)

/* -- F / D ------------------------------------------------------------------------------ */

static bool trans_flw(lift_ctx *c) {
    ir_temp v = ir_load(U, 4, false, X(c, I->rs1), I->imm);
    SETX(c, 32 + I->rd, OP2(c, IR_OR, 8, v, K(c, (int64_t)0xffffffff00000000ull)));
    mem_hook(c);
    return false;
}
static bool trans_fld(lift_ctx *c) {
    SETX(c, 32 + I->rd, ir_load(U, 8, false, X(c, I->rs1), I->imm));
    mem_hook(c);
    return false;
}
static bool trans_fsw(lift_ctx *c) {
    ir_store(U, 4, X(c, I->rs1), I->imm, X(c, 32 + I->rs2));
    mem_hook(c);
    return false;
}
static bool trans_fsd(lift_ctx *c) {
    ir_store(U, 8, X(c, I->rs1), I->imm, X(c, 32 + I->rs2));
    mem_hook(c);
    return false;
}

/* fmv.*: plain bit moves (fmv.x.w sign-extends the raw low 32 bits, fmv.w.x NaN-boxes). */
static bool trans_fmv_x_w(lift_ctx *c) {
    SETX(c, I->rd, EXT(c, IR_SEXT, X(c, 32 + I->rs1), 4));
    return false;
}
static bool trans_fmv_x_d(lift_ctx *c) {
    SETX(c, I->rd, X(c, 32 + I->rs1));
    return false;
}
static bool trans_fmv_w_x(lift_ctx *c) {
    SETX(c, 32 + I->rd, OP2(c, IR_OR, 8, X(c, I->rs1), K(c, (int64_t)0xffffffff00000000ull)));
    return false;
}
static bool trans_fmv_d_x(lift_ctx *c) {
    SETX(c, 32 + I->rd, X(c, I->rs1));
    return false;
}

/* Every other F/D instruction: one IR_FP op on the raw register values (docs/fp.md); the
 * backend does it inline or calls rv64_fp_value. */
static bool trans_fp(lift_ctx *c) {
    const rv64_fp_helper *h = &rv64_fp_helpers[I->op];
    if (!h->kind || I->rm == 5 || I->rm == 6) return illegal(c);
    int n = rv64_fp_nsrc(I->op);
    ir_temp a, b = 0, d = 0;
    if (h->kind == RV64_FPK_XF) {
        a = X(c, I->rs1);
    } else {
        a = X(c, 32 + I->rs1);
        if (n >= 2) b = I->rs2 == I->rs1 ? a : X(c, 32 + I->rs2);
        if (n >= 3) d = X(c, 32 + I->rs3);
    }
    ir_temp r = ir_fp(U, I->op, I->rm, a, b, d);
    SETX(c, h->kind == RV64_FPK_FX ? I->rd : 32 + I->rd, r);
    return false;
}

/* -- Zba / Zbb / Zbs -------------------------------------------------------------------- */

static bool shadd(lift_ctx *c, int sh, bool uw) {
    ir_temp a = X(c, I->rs1);
    if (uw) a = EXT(c, IR_ZEXT, a, 4);
    SETX(c, I->rd, OP2(c, IR_ADD, 8, OP2(c, IR_SHL, 8, a, K(c, sh)), X(c, I->rs2)));
    return false;
}
static bool trans_sh1add(lift_ctx *c) {
    return shadd(c, 1, false);
}
static bool trans_sh2add(lift_ctx *c) {
    return shadd(c, 2, false);
}
static bool trans_sh3add(lift_ctx *c) {
    return shadd(c, 3, false);
}
static bool trans_add_uw(lift_ctx *c) {
    return shadd(c, 0, true);
}
static bool trans_sh1add_uw(lift_ctx *c) {
    return shadd(c, 1, true);
}
static bool trans_sh2add_uw(lift_ctx *c) {
    return shadd(c, 2, true);
}
static bool trans_sh3add_uw(lift_ctx *c) {
    return shadd(c, 3, true);
}
static bool trans_slli_uw(lift_ctx *c) {
    SETX(c, I->rd, OP2(c, IR_SHL, 8, EXT(c, IR_ZEXT, X(c, I->rs1), 4), K(c, I->imm)));
    return false;
}
static bool trans_andn(lift_ctx *c) {
    return alu_reg(c, IR_ANDN, 8);
}
static bool trans_orn(lift_ctx *c) {
    SETX(c, I->rd, OP2(c, IR_OR, 8, X(c, I->rs1), OP1(c, IR_NOT, 8, X(c, I->rs2))));
    return false;
}
static bool trans_xnor(lift_ctx *c) {
    SETX(c, I->rd, OP1(c, IR_NOT, 8, OP2(c, IR_XOR, 8, X(c, I->rs1), X(c, I->rs2))));
    return false;
}
static bool unary(lift_ctx *c, ir_op op, int size) {
    SETX(c, I->rd, OP1(c, op, size, X(c, I->rs1)));
    return false;
}
static bool trans_clz(lift_ctx *c) {
    return unary(c, IR_CLZ, 8);
}
static bool trans_ctz(lift_ctx *c) {
    return unary(c, IR_CTZ, 8);
}
static bool trans_cpop(lift_ctx *c) {
    return unary(c, IR_CPOP, 8);
}
static bool trans_clzw(lift_ctx *c) {
    return unary(c, IR_CLZ, 4);
}
static bool trans_ctzw(lift_ctx *c) {
    return unary(c, IR_CTZ, 4);
}
static bool trans_cpopw(lift_ctx *c) {
    return unary(c, IR_CPOP, 4);
}
static bool trans_rev8(lift_ctx *c) {
    return unary(c, IR_BSWAP, 8);
}
static bool trans_max(lift_ctx *c) {
    return alu_reg(c, IR_MAX, 8);
}
static bool trans_maxu(lift_ctx *c) {
    return alu_reg(c, IR_MAXU, 8);
}
static bool trans_min(lift_ctx *c) {
    return alu_reg(c, IR_MIN, 8);
}
static bool trans_minu(lift_ctx *c) {
    return alu_reg(c, IR_MINU, 8);
}
static bool trans_sext_b(lift_ctx *c) {
    SETX(c, I->rd, EXT(c, IR_SEXT, X(c, I->rs1), 1));
    return false;
}
static bool trans_sext_h(lift_ctx *c) {
    SETX(c, I->rd, EXT(c, IR_SEXT, X(c, I->rs1), 2));
    return false;
}
static bool trans_zext_h(lift_ctx *c) {
    SETX(c, I->rd, EXT(c, IR_ZEXT, X(c, I->rs1), 2));
    return false;
}
static bool trans_rol(lift_ctx *c) {
    return alu_reg(c, IR_ROL, 8);
}
static bool trans_rolw(lift_ctx *c) {
    return alu_reg(c, IR_ROL, 4);
}
static bool trans_ror(lift_ctx *c) {
    return alu_reg(c, IR_ROR, 8);
}
static bool trans_rorw(lift_ctx *c) {
    return alu_reg(c, IR_ROR, 4);
}
static bool trans_rori(lift_ctx *c) {
    return alu_imm(c, IR_ROR, 8);
}
static bool trans_roriw(lift_ctx *c) {
    return alu_imm(c, IR_ROR, 4);
}
static bool trans_orc_b(lift_ctx *c) {
    SETX(c, I->rd, ir_call(U, HELPER_ORC_B, IR_CALL_RET, X(c, I->rs1), 0, 0));
    return false;
}

static ir_temp bit_of(lift_ctx *c, ir_temp index) {
    return OP2(c, IR_SHL, 8, K(c, 1), index);
}
static bool trans_bclr(lift_ctx *c) {
    SETX(c, I->rd, OP2(c, IR_ANDN, 8, X(c, I->rs1), bit_of(c, X(c, I->rs2))));
    return false;
}
static bool trans_bclri(lift_ctx *c) {
    SETX(c, I->rd, OP2(c, IR_AND, 8, X(c, I->rs1), K(c, (int64_t) ~(1ull << (I->imm & 63)))));
    return false;
}
static bool trans_bext(lift_ctx *c) {
    SETX(c, I->rd, OP2(c, IR_AND, 8, OP2(c, IR_SHR, 8, X(c, I->rs1), X(c, I->rs2)), K(c, 1)));
    return false;
}
static bool trans_bexti(lift_ctx *c) {
    SETX(c, I->rd, OP2(c, IR_AND, 8, OP2(c, IR_SHR, 8, X(c, I->rs1), K(c, I->imm)), K(c, 1)));
    return false;
}
static bool trans_binv(lift_ctx *c) {
    SETX(c, I->rd, OP2(c, IR_XOR, 8, X(c, I->rs1), bit_of(c, X(c, I->rs2))));
    return false;
}
static bool trans_binvi(lift_ctx *c) {
    SETX(c, I->rd, OP2(c, IR_XOR, 8, X(c, I->rs1), K(c, (int64_t)(1ull << (I->imm & 63)))));
    return false;
}
static bool trans_bset(lift_ctx *c) {
    SETX(c, I->rd, OP2(c, IR_OR, 8, X(c, I->rs1), bit_of(c, X(c, I->rs2))));
    return false;
}
static bool trans_bseti(lift_ctx *c) {
    SETX(c, I->rd, OP2(c, IR_OR, 8, X(c, I->rs1), K(c, (int64_t)(1ull << (I->imm & 63)))));
    return false;
}

/* -- Dispatch table --------------------------------------------------------------------- */

static const trans_fn trans_table[RV64_OP_COUNT] = {
#define T(name) [RV64_OP_##name] = trans_##name
    T(lui),       T(auipc),     T(jal),       T(jalr),      T(beq),      T(bne),       T(blt),
    T(bge),       T(bltu),      T(bgeu),      T(lb),        T(lh),       T(lw),        T(ld),
    T(lbu),       T(lhu),       T(lwu),       T(sb),        T(sh),       T(sw),        T(sd),
    T(addi),      T(slti),      T(sltiu),     T(xori),      T(ori),      T(andi),      T(slli),
    T(srli),      T(srai),      T(add),       T(sub),       T(sll),      T(slt),       T(sltu),
    T(xor),       T(srl),       T(sra),       T(or),        T(and),      T(addiw),     T(slliw),
    T(srliw),     T(sraiw),     T(addw),      T(subw),      T(sllw),     T(srlw),      T(sraw),
    T(fence),     T(fence_tso), T(ecall),     T(ebreak),    T(fence_i),  T(csrrw),     T(csrrs),
    T(csrrc),     T(csrrwi),    T(csrrsi),    T(csrrci),    T(mul),      T(mulh),      T(mulhsu),
    T(mulhu),     T(div),       T(divu),      T(rem),       T(remu),     T(mulw),      T(divw),
    T(divuw),     T(remw),      T(remuw),     T(lr_w),      T(sc_w),     T(lr_d),      T(sc_d),
    T(amoswap_w), T(amoadd_w),  T(amoxor_w),  T(amoand_w),  T(amoor_w),  T(amomin_w),  T(amomax_w),
    T(amominu_w), T(amomaxu_w), T(amoswap_d), T(amoadd_d),  T(amoxor_d), T(amoand_d),  T(amoor_d),
    T(amomin_d),  T(amomax_d),  T(amominu_d), T(amomaxu_d), T(flw),      T(fsw),       T(fld),
    T(fsd),       T(sh1add),    T(sh2add),    T(sh3add),    T(add_uw),   T(sh1add_uw), T(sh2add_uw),
    T(sh3add_uw), T(slli_uw),   T(andn),      T(orn),       T(xnor),     T(clz),       T(ctz),
    T(cpop),      T(clzw),      T(ctzw),      T(cpopw),     T(max),      T(maxu),      T(min),
    T(minu),      T(sext_b),    T(sext_h),    T(zext_h),    T(rol),      T(rolw),      T(ror),
    T(rorw),      T(rori),      T(roriw),     T(orc_b),     T(rev8),     T(bclr),      T(bclri),
    T(bext),      T(bexti),     T(binv),      T(binvi),     T(bset),     T(bseti),     T(fmv_x_w),
    T(fmv_x_d),   T(fmv_w_x),   T(fmv_d_x),
#undef T
};

static int lift_one(ir_unit *u, const rv64_insn *in, uint64_t pc, const lift_hooks *hooks,
                    uint32_t index) {
    lift_ctx c = {u, pc, in, hooks, index};
    ir_emit(u, IR_INSN_START, in->len, 0, 0, (int64_t)pc);
    if (hooks && hooks->insn && !u->overflow) hooks->insn(u, index, pc, hooks->ctx);
    if (in->op == RV64_OP_INVALID) return illegal(&c);
    trans_fn fn = trans_table[in->op];
    if (!fn && rv64_fp_helpers[in->op].kind) fn = trans_fp;
    if (!fn) return illegal(&c);
    return fn(&c);
}

int rv64_lift_insn(ir_unit *u, const rv64_insn *in, uint64_t pc) {
    return lift_one(u, in, pc, NULL, 0);
}

int (*rv64_lift_hostfn)(uint64_t pc, void *ctx);

/* The front of a unit at a host routine's entry: the helper did the call (non-zero), return to
 * ra; or it declined, run the guest code from the label on. */
static void hostfn_prologue(ir_unit *u, uint64_t pc, int id) {
    uint8_t flags = IR_CALL_RET | IR_CALL_RD_X | IR_CALL_WR_X;
    if (hostfn_is_fp(id)) flags |= IR_CALL_RD_F | IR_CALL_WR_F;
    ir_temp done = ir_call(u, HELPER_HOSTFN, flags, ir_const(u, id), 0, 0);
    ir_brcond(u, IR_EQ, done, ir_const(u, 0), pc);
    ir_exit_indirect(u, ir_get(u, 1));
    ir_emit(u, IR_LABEL, 0, 0, 0, (int64_t)pc);
}

int rv64_lift_unit(ir_unit *u, uint64_t pc, int max_insns, lift_fetch_fn fetch, void *ctx) {
    return rv64_lift_unit_hooked(u, pc, max_insns, fetch, ctx, NULL);
}

int rv64_lift_unit_hooked(ir_unit *u, uint64_t pc, int max_insns, lift_fetch_fn fetch, void *ctx,
                          const lift_hooks *hooks) {
    ir_init(u, pc);
    if (max_insns > LIFT_MAX_INSNS) max_insns = LIFT_MAX_INSNS;
    int hostfn = !hooks && rv64_lift_hostfn ? rv64_lift_hostfn(pc, ctx) : 0;
    if (hostfn > 0) hostfn_prologue(u, pc, hostfn);
    for (int k = 0;; k++) {
        uint32_t bits = 0;
        int avail = fetch(pc, &bits, ctx);
        rv64_insn in;
        int len = avail >= 2 ? rv64_insn_length((uint16_t)bits) : 4;
        if (avail < len) {
            if (k == 0) return -1;
            ir_exit_jump(u, pc); /* the next unit faults on its own fetch */
            break;
        }
        if (k >= max_insns) {
            ir_exit_jump(u, pc);
            break;
        }
        rv64_decode(bits, &in);
        if (in.op == RV64_OP_INVALID) in.len = (uint8_t)len;
        uint32_t save_n = u->n, save_t = u->ntemps;
        int end = lift_one(u, &in, pc, hooks, (uint32_t)k);
        if (u->overflow) {
            /* did not fit: end the unit before this instruction */
            u->n = save_n;
            u->ntemps = save_t;
            u->overflow = false;
            ir_exit_jump(u, pc);
            break;
        }
        u->n_guest++;
        pc += in.len;
        u->guest_end = pc;
        if (end) break;
    }
    /* a unit that branches back to its own start is a loop: its start is a label (the backend
     * keeps guest registers in host registers across the back edge) */
    bool loop = false;
    for (uint32_t i = 0; i < u->n && !loop && hostfn <= 0; i++)
        loop = (u->insn[i].op == IR_BRCOND || u->insn[i].op == IR_EXIT_JUMP) &&
               (uint64_t)u->insn[i].imm == u->guest_pc;
    if (loop && u->n < IR_MAX_INSNS) {
        memmove(&u->insn[1], &u->insn[0], u->n * sizeof u->insn[0]);
        u->insn[0] = (ir_insn){.op = IR_LABEL, .imm = (int64_t)u->guest_pc};
        u->n++;
    }
    return 0;
}

/* -- Regions ------------------------------------------------------------------------------
 *
 * The AOT tier (docs/regions.md): from pc, a decode-only scan walks the code in address order
 * and keeps going past an instruction that ends a unit (jump, call, ecall) as long as a forward
 * branch seen so far lands further on. pc starts a region when a branch in that range goes back
 * to pc (pc heads a loop); the region ends with the last such branch, or with the last
 * instruction after it that leads back to pc (an arm of an if/else placed after the loop's
 * closing branch that jumps back into the body), and the branch targets
 * inside it that are instruction starts become labels (inner loops, forward branches inside the
 * loop body). Code before the loop, or after it, runs as plain units: a loop entered from
 * outside its header runs its first iteration there and then continues in the region. The
 * region is lifted in address order: a LABEL
 * before each label's instruction (preceded by a jump to it when the code before falls
 * through), instructions no internal branch reaches after an unconditional exit left out. */

static bool ends_unit(const rv64_insn *in) {
    switch (in->op) {
    case RV64_OP_jal:
    case RV64_OP_jalr:
    case RV64_OP_ecall:
    case RV64_OP_ebreak:
    case RV64_OP_fence_i:
    case RV64_OP_INVALID: return true;
    default: return !trans_table[in->op] && !rv64_fp_helpers[in->op].kind;
    }
}

/* Branch or jump target of in at pc, or 0 when it has none. */
static uint64_t direct_target(const rv64_insn *in, uint64_t pc) {
    switch (in->op) {
    case RV64_OP_beq:
    case RV64_OP_bne:
    case RV64_OP_blt:
    case RV64_OP_bge:
    case RV64_OP_bltu:
    case RV64_OP_bgeu:
    case RV64_OP_jal: return pc + (uint64_t)in->imm;
    default: return 0;
    }
}

/* The scanned instructions, decoded once. */
typedef struct region_scan {
    uint64_t pc[REGION_MAX_INSNS];
    uint64_t target[REGION_MAX_INSNS]; /* direct_target */
    rv64_insn in[REGION_MAX_INSNS];
    uint8_t label[REGION_MAX_INSNS];
    int n;
} region_scan;

static int scan_index(const region_scan *r, uint64_t pc) {
    int lo = 0, hi = r->n;
    while (lo < hi) {
        int mid = (lo + hi) / 2;
        if (r->pc[mid] < pc)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo < r->n && r->pc[lo] == pc ? lo : -1;
}

int rv64_lift_region(ir_unit *u, uint64_t pc, int max_insns, lift_fetch_fn fetch, void *ctx) {
    static __thread region_scan r;
    if (max_insns > REGION_MAX_INSNS) max_insns = REGION_MAX_INSNS;
    if (rv64_lift_hostfn && rv64_lift_hostfn(pc, ctx) > 0) return 0; /* a plain unit's prologue */
    r.n = 0;
    uint64_t far = 0; /* furthest forward branch target seen */
    for (uint64_t p = pc; r.n < max_insns;) {
        uint32_t bits = 0;
        int avail = fetch(p, &bits, ctx);
        int len = avail >= 2 ? rv64_insn_length((uint16_t)bits) : 4;
        if (avail < len) {
            if (r.n == 0) return -1;
            break;
        }
        rv64_insn *in = &r.in[r.n];
        rv64_decode(bits, in);
        if (in->op == RV64_OP_INVALID) in->len = (uint8_t)len;
        uint64_t t = direct_target(in, p);
        r.pc[r.n] = p;
        r.target[r.n] = t;
        r.label[r.n] = 0;
        r.n++;
        if (t > p && t > far) far = t;
        p += (uint64_t)len;
        if (ends_unit(in) && far < p) break;
    }
    /* what the region reaches from pc without leaving it (falling through, or branching to
     * an instruction start in the range) */
    static __thread int16_t work[REGION_MAX_INSNS];
    uint8_t reach[REGION_MAX_INSNS] = {0};
    int nw = 0;
    reach[0] = 1;
    work[nw++] = 0;
    while (nw > 0) {
        int i = work[--nw];
        int succ[2] = {ends_unit(&r.in[i]) ? -1 : i + 1,
                       r.target[i] ? scan_index(&r, r.target[i]) : -1};
        for (int k = 0; k < 2; k++) {
            if (succ[k] < 0 || succ[k] >= r.n || reach[succ[k]]) continue;
            reach[succ[k]] = 1;
            work[nw++] = (int16_t)succ[k];
        }
    }
    /* pc must head a loop that turns inside the region (not one closed only by code an
     * indirect jump reaches, as in an interpreter's dispatch loop); the region ends with the
     * last branch back to pc (the code after it is reached from the region only by leaving
     * it, and has plain units of its own) */
    int last_back = -1;
    for (int i = 0; i < r.n; i++)
        if (reach[i] && r.target[i] == pc) last_back = i;
    if (last_back < 0) return 0;
    /* ... or with the last instruction after it that still leads back to pc: a path the
     * compiler placed after the loop's closing branch and that jumps back into the body (gcc's
     * out-of-line arm of an if/else inside the loop) is part of the loop */
    static __thread uint8_t back[REGION_MAX_INSNS];
    for (int i = 0; i < r.n; i++)
        back[i] = reach[i] && r.target[i] == pc;
    for (bool changed = true; changed;) {
        changed = false;
        for (int i = r.n - 1; i >= 0; i--) {
            if (back[i] || !reach[i]) continue;
            int t = r.target[i] ? scan_index(&r, r.target[i]) : -1;
            if ((!ends_unit(&r.in[i]) && i + 1 < r.n && back[i + 1]) || (t >= 0 && back[t])) {
                back[i] = 1;
                changed = true;
                if (i > last_back) last_back = i;
            }
        }
    }
    r.n = last_back + 1;
    /* labels: targets of its branches inside the range */
    int nlabels = 0;
    for (int i = 0; i < r.n; i++) {
        int k = r.target[i] && reach[i] ? scan_index(&r, r.target[i]) : -1;
        if (k < 0) continue;
        if (!r.label[k]) nlabels++;
        r.label[k] = 1;
    }
    if (nlabels > IR_MAX_LABELS) return 0;
    ir_init(u, pc);
    bool ended = false; /* the last instruction lifted left the block unconditionally */
    for (int i = 0; i < r.n; i++) {
        if (!reach[i]) continue;
        if (r.label[i]) {
            if (i > 0 && !ended) ir_exit_jump(u, r.pc[i]);
            ir_emit(u, IR_LABEL, 0, 0, 0, (int64_t)r.pc[i]);
        }
        ended = lift_one(u, &r.in[i], r.pc[i], NULL, u->n_guest) != 0;
        if (u->overflow) return 0;
        u->n_guest++;
        u->guest_end = r.pc[i] + r.in[i].len;
    }
    if (!ended) ir_exit_jump(u, u->guest_end);
    return u->overflow ? 0 : 1;
}
