/*
 * opt.c - IR optimization passes: constant folding with algebraic simplification and copy
 * propagation, guest-register forwarding, and dead-code elimination.
 *
 * All passes run forward (or backward, for DCE) over the linear unit once. A removed instruction
 * becomes a NOP and its result is redirected through `repl` (temp -> temp), which later
 * instructions apply to their operands; ir_compact drops the NOPs at the end.
 *
 * Loads are never removed even when unused: a load from an unmapped address must still fault,
 * as it does on the real machine.
 */
#include "ir.h"

#include <string.h>

#include "rv64_fp.h"

typedef struct opt_state {
    ir_temp repl[IR_MAX_TEMPS];
    uint8_t is_const[IR_MAX_TEMPS];
    uint8_t is_pcrel[IR_MAX_TEMPS]; /* constant that is a guest pc (IR_PCREL) */
    int64_t value[IR_MAX_TEMPS];
    int32_t def[IR_MAX_TEMPS]; /* index of the defining instruction, -1 if unknown */
} opt_state;

static ir_temp resolve(const opt_state *s, ir_temp t) {
    while (t && s->repl[t] && s->repl[t] != t)
        t = s->repl[t];
    return t;
}

static void subst_operands(const opt_state *s, ir_insn *in) {
    in->a = resolve(s, in->a);
    in->b = resolve(s, in->b);
    in->c = resolve(s, in->c);
}

static void make_nop_copy(opt_state *s, ir_insn *in, ir_temp to) {
    s->repl[in->dst] = to;
    in->op = IR_NOP;
    in->dst = 0;
}

static void make_const(opt_state *s, ir_insn *in, int64_t v) {
    /* pc + constant is still a guest pc (auipc; addi): keep the mark so position-independent
     * code can rebase it */
    bool pa = in->a && s->is_pcrel[in->a], pb = in->b && s->is_pcrel[in->b];
    bool pcrel = (in->op == IR_ADD && (pa ^ pb)) || (in->op == IR_SUB && pa && !pb);
    if (pcrel)
        in->flags |= IR_PCREL;
    else
        in->flags &= (uint8_t)~IR_PCREL;
    s->is_pcrel[in->dst] = pcrel || (in->op == IR_CONST && (in->flags & IR_PCREL));
    in->op = IR_CONST;
    in->a = in->b = in->c = 0;
    in->imm = v;
    in->size = 8;
    in->flags &= IR_PCREL;
    s->is_const[in->dst] = 1;
    s->value[in->dst] = v;
}

static void opt_init(opt_state *s, const ir_unit *u) {
    memset(s->repl, 0, sizeof(s->repl[0]) * u->ntemps);
    memset(s->is_const, 0, sizeof(s->is_const[0]) * u->ntemps);
    memset(s->is_pcrel, 0, sizeof(s->is_pcrel[0]) * u->ntemps);
    for (uint32_t t = 0; t < u->ntemps; t++)
        s->def[t] = -1;
}

/* Drop NOPs. */
static void ir_compact(ir_unit *u) {
    uint32_t j = 0;
    for (uint32_t i = 0; i < u->n; i++)
        if (u->insn[i].op != IR_NOP) u->insn[j++] = u->insn[i];
    u->n = j;
}

/* -- Peepholes ---------------------------------------------------------------------------- */

static const ir_insn *def_of(const opt_state *s, const ir_unit *u, ir_temp t) {
    return t && s->def[t] >= 0 ? &u->insn[s->def[t]] : NULL;
}

/* A size-4 ALU op: it computes on the low 32 bits and defines the result sign-extended to 64
 * (a RISC-V "W" operation), unless IR_LOW32 says only its low half is used. */
static bool w_op(const ir_insn *in) {
    if (in->size != 4) return false;
    switch (in->op) {
    case IR_ADD:
    case IR_SUB:
    case IR_AND:
    case IR_OR:
    case IR_XOR:
    case IR_SHL:
    case IR_SHR:
    case IR_SAR:
    case IR_ROL:
    case IR_ROR:
    case IR_MUL:
    case IR_NEG:
    case IR_DIV:
    case IR_DIVU:
    case IR_REM:
    case IR_REMU: return true;
    default: return false;
    }
}

/* Is t's value the sign extension of its low 32 bits? */
static bool sext32_depth(const opt_state *s, const ir_unit *u, ir_temp t, int depth) {
    if (s->is_const[t]) return s->value[t] == (int64_t)(int32_t)s->value[t];
    const ir_insn *d = def_of(s, u, t);
    if (!d) return false;
    if (w_op(d)) return !(d->flags & IR_LOW32); /* unless ir_opt_low32 said only the low half */
    switch (d->op) {
    case IR_SEXT: return true; /* from 1, 2 or 4 bytes */
    case IR_ZEXT: return d->imm < 4;
    case IR_SETCC: return true;
    case IR_LOAD: return d->size < 4 || (d->size == 4 && (d->flags & IR_SIGNED));
    case IR_AND:
        /* with a constant in [0, 2^31): the result is too */
        if (d->b && s->is_const[d->b] && s->value[d->b] >= 0 && s->value[d->b] <= INT32_MAX)
            return true;
        /* bitwise ops of two sign-extended values are sign-extended */
        __attribute__((fallthrough));
    case IR_OR:
    case IR_XOR:
        return d->size == 8 && d->b && depth > 0 && sext32_depth(s, u, d->a, depth - 1) &&
               sext32_depth(s, u, d->b, depth - 1);
    case IR_SHR: /* >>u 33 or more: below 2^31 */
        return d->size == 8 && d->b && s->is_const[d->b] && s->value[d->b] >= 33 &&
               s->value[d->b] <= 63;
    default: return false;
    }
}

/* Is t's value sign-extended from its low 32 bits? */
static bool is_sext32(const opt_state *s, const ir_unit *u, ir_temp t) {
    return sext32_depth(s, u, t, 4);
}

/* Simplifications that need the defining instructions of the operands:
 *   op.4 x, 0 (addiw rd, rs, 0 = sext.w and its relatives)   -> sext x, #4
 *   sext x, #4 with x already sign-extended from 32 bits      -> x
 *   (x >>u c) | (x << (n - c)), also with ^ or +, n = 32, 64  -> ror x, c (32-bit: rorw)
 * Returns true when `in` was handled (rewritten or left alone for good): the caller's other
 * rules, which look at the op it started from, must not run. */
static bool peephole(opt_state *s, ir_unit *u, ir_insn *in) {
    ir_op op = (ir_op)in->op;
    if (in->size == 4 && in->b && s->is_const[in->b] && s->value[in->b] == 0 &&
        (op == IR_ADD || op == IR_SUB || op == IR_OR || op == IR_XOR || op == IR_SHL ||
         op == IR_SHR || op == IR_SAR || op == IR_ROL || op == IR_ROR)) {
        in->op = IR_SEXT;
        in->size = 8;
        in->flags = 0;
        in->b = 0;
        in->imm = 4;
        op = IR_SEXT;
    }
    if (op == IR_SEXT && in->imm == 4 && is_sext32(s, u, in->a)) {
        make_nop_copy(s, in, in->a);
        return true;
    }
    if (op == IR_SEXT) return true;
    if ((op == IR_OR || op == IR_XOR || op == IR_ADD) && in->size == 8 && in->b &&
        !s->is_const[in->a] && !s->is_const[in->b]) {
        for (int w = 4; w <= 8; w += 4) {
            for (int swap = 0; swap < 2; swap++) {
                const ir_insn *r = def_of(s, u, swap ? in->b : in->a);
                const ir_insn *l = def_of(s, u, swap ? in->a : in->b);
                if (!r || !l || r->op != IR_SHR || l->op != IR_SHL || r->size != w ||
                    l->size != w || r->a != l->a || !r->b || !l->b || !s->is_const[r->b] ||
                    !s->is_const[l->b])
                    continue;
                int64_t c1 = s->value[r->b] & (w * 8 - 1), c2 = s->value[l->b] & (w * 8 - 1);
                if (c1 == 0 || c1 + c2 != w * 8) continue;
                /* the bits do not overlap, so |, ^ and + agree; 32-bit halves are sign-extended
                 * from bit 31 each, and so is their combination */
                in->op = IR_ROR;
                in->size = (uint8_t)w;
                in->a = r->a;
                in->b = r->b;
                return true;
            }
        }
    }
    return false;
}

/* -- Constant folding and simplification -------------------------------------------------- */

static void fold_one(opt_state *s, ir_unit *u, uint32_t i) {
    ir_insn *in = &u->insn[i];
    ir_op op = (ir_op)in->op;
    if (in->dst) s->def[in->dst] = (int32_t)i;
    if (op == IR_CONST) {
        s->is_const[in->dst] = 1;
        s->value[in->dst] = in->imm;
        s->is_pcrel[in->dst] = (in->flags & IR_PCREL) != 0;
        return;
    }
    uint8_t nops = ir_op_nops[op];
    bool ca = in->a && s->is_const[in->a], cb = in->b && s->is_const[in->b];
    if ((ir_op_flags[op] & IRF_DEF) && !(ir_op_flags[op] & (IRF_SIDE | IRF_MEM)) && op != IR_GET) {
        uint64_t r;
        /* position-independent code: a guest address stays base + constant, so only adding or
         * subtracting a plain constant folds (and the difference of two addresses) */
        bool pa = ca && s->is_pcrel[in->a], pb = cb && s->is_pcrel[in->b];
        if (u->pic && (pa || pb) &&
            !((op == IR_ADD && in->size == 8 && !(pa && pb)) ||
              (op == IR_SUB && in->size == 8 && (pa || !pb))))
            return;
        if ((nops == 1 && ca) || (nops == 2 && ca && cb)) {
            if (ir_eval(in, (uint64_t)s->value[in->a], cb ? (uint64_t)s->value[in->b] : 0, &r)) {
                make_const(s, in, (int64_t)r);
                return;
            }
        }
        /* canonical order: constant on the right for commutative ops */
        if ((ir_op_flags[op] & IRF_COMM) && ca && !cb) {
            ir_temp t = in->a;
            in->a = in->b;
            in->b = t;
            ca = false;
            cb = true;
        }
        if (peephole(s, u, in)) return;
        if (in->size == 8 && cb) {
            int64_t v = s->value[in->b];
            switch (op) {
            case IR_ADD:
            case IR_SUB:
            case IR_OR:
            case IR_XOR:
            case IR_SHL:
            case IR_SHR:
            case IR_SAR:
            case IR_ROL:
            case IR_ROR:
                if (v == 0) {
                    make_nop_copy(s, in, in->a);
                    return;
                }
                break;
            case IR_AND:
                if (v == -1) {
                    make_nop_copy(s, in, in->a);
                    return;
                }
                if (v == 0) {
                    make_const(s, in, 0);
                    return;
                }
                break;
            case IR_MUL:
                if (v == 1) {
                    make_nop_copy(s, in, in->a);
                    return;
                }
                break;
            default: break;
            }
        }
        return;
    }
    switch (op) {
    case IR_LOAD:
    case IR_STORE:
        /* fold (x + c) into the displacement */
        if (s->def[in->a] >= 0) {
            ir_insn *d = &u->insn[s->def[in->a]];
            if (d->op == IR_ADD && d->size == 8 && d->b && s->is_const[d->b] &&
                !(u->pic && s->is_pcrel[d->b])) {
                int64_t disp = in->imm + s->value[d->b];
                if (disp >= INT32_MIN && disp <= INT32_MAX) {
                    in->a = d->a;
                    in->imm = disp;
                }
            }
        }
        if (in->a && s->is_const[in->a]) {
            int64_t addr = s->value[in->a] + in->imm;
            if (addr >= INT32_MIN && addr <= INT32_MAX &&
                !(u->insn[s->def[in->a]].flags & IR_PCREL)) {
                in->a = 0; /* absolute guest address in imm */
                in->imm = addr;
            }
        }
        break;
    case IR_BRCOND:
        if (ca && cb && (!u->pic || s->is_pcrel[in->a] == s->is_pcrel[in->b])) {
            ir_insn tmp = *in;
            uint64_t taken;
            tmp.op = IR_SETCC;
            ir_eval(&tmp, (uint64_t)s->value[in->a], (uint64_t)s->value[in->b], &taken);
            if (taken) {
                /* always taken: the rest of the block is unreachable (up to the next label,
                 * which other blocks of a region may still branch to) */
                in->op = IR_EXIT_JUMP;
                in->a = in->b = 0;
                uint32_t j = i + 1;
                while (j < u->n && u->insn[j].op != IR_LABEL)
                    j++;
                if (j == u->n) {
                    u->n = i + 1;
                } else {
                    for (uint32_t k = i + 1; k < j; k++)
                        u->insn[k] = (ir_insn){.op = IR_NOP};
                }
            } else {
                in->op = IR_NOP;
            }
        }
        break;
    case IR_EXIT_INDIRECT:
        /* exit targets are guest addresses in the object: in position-independent code only a
         * pc-relative constant can become a direct exit */
        if (ca && (!u->pic || s->is_pcrel[in->a])) {
            in->op = IR_EXIT_JUMP;
            in->imm = s->value[in->a];
            in->a = 0;
        }
        break;
    default: break;
    }
}

void ir_opt_fold(ir_unit *u) {
    static __thread opt_state s;
    opt_init(&s, u);
    for (uint32_t i = 0; i < u->n; i++) {
        subst_operands(&s, &u->insn[i]);
        fold_one(&s, u, i);
    }
    ir_compact(u);
}

/* -- Guest-register forwarding ------------------------------------------------------------ */

void ir_opt_regs(ir_unit *u) {
    static __thread opt_state s;
    ir_temp cur[64];
    memset(cur, 0, sizeof cur);
    opt_init(&s, u);
    for (uint32_t i = 0; i < u->n; i++) {
        ir_insn *in = &u->insn[i];
        subst_operands(&s, in);
        switch (in->op) {
        case IR_GET:
            if (cur[in->imm])
                make_nop_copy(&s, in, cur[in->imm]);
            else
                cur[in->imm] = in->dst;
            break;
        case IR_SET: cur[in->imm] = in->a; break;
        case IR_LABEL: memset(cur, 0, sizeof cur); break; /* a join: values come from cpu state */
        case IR_CALL:
        case IR_SB_CALL_IF: /* a plugin callback may write registers (IR_CALL_WR_*) */
            for (int g = 0; g < 64; g++)
                if (in->flags & (g < 32 ? IR_CALL_WR_X : IR_CALL_WR_F)) cur[g] = 0;
            break;
        default: break;
        }
    }
    ir_compact(u);
}

/* -- Dead-code elimination --------------------------------------------------------------- */

void ir_opt_dce(ir_unit *u) {
    static __thread uint8_t used[IR_MAX_TEMPS];
    memset(used, 0, u->ntemps);
    for (uint32_t i = u->n; i-- > 0;) {
        ir_insn *in = &u->insn[i];
        uint8_t f = ir_op_flags[in->op];
        if ((f & IRF_DEF) && !(f & (IRF_SIDE | IRF_MEM)) && !used[in->dst]) {
            in->op = IR_NOP;
            continue;
        }
        if (in->a) used[in->a] = 1;
        if (in->b) used[in->b] = 1;
        if (in->c) used[in->c] = 1;
    }
    ir_compact(u);
}

/* Dead SETs: a SET whose guest register is SET again before anything can see the guest state
 * in between is dropped (the value still flows through its temp). What can see the state:
 * a GET of that register (reads cpu state), and for every register any exit (the state is
 * exact when the unit leaves or branches to a label), a LABEL (reached from other edges),
 * anything that can fault (memory ops: precise state at the faulting instruction), calls
 * (helpers read cpu state or fault) and F/D ops (a dynamic rounding mode can trap). One
 * backward pass; DCE then removes what computed only dead values (the shift halves of a
 * recognized rotate, intermediate values of guest temporaries). */
void ir_opt_dead_sets(ir_unit *u) {
    uint64_t later = 0; /* bit g: g is SET later, with nothing seeing the state before it */
    for (uint32_t i = u->n; i-- > 0;) {
        ir_insn *in = &u->insn[i];
        uint8_t f = ir_op_flags[in->op];
        switch (in->op) {
        case IR_SET: {
            uint64_t bit = 1ull << (in->imm & 63);
            if (later & bit)
                *in = (ir_insn){.op = IR_NOP};
            else
                later |= bit;
            break;
        }
        case IR_GET: later &= ~(1ull << (in->imm & 63)); break;
        case IR_INSN_START: break;
        default: /* exits, LABEL, FP, calls and plugin ops have IRF_SIDE; loads IRF_MEM */
            if (f & (IRF_MEM | IRF_SIDE)) later = 0;
            break;
        }
    }
}

/* -- The fflags save/restore idiom (docs/fp.md) --------------------------------------------
 *
 * glibc's libm brackets every quiet comparison with a save and a restore of the exception
 * flags: `frflags t; flt.d rd, a, b; fsflags t` (isless() and friends). Each fflags read costs a
 * stmxcsr (about 14 cycles here, and it waits for the FP work in flight). Forward, tracking `ff`,
 * a temp known to equal fflags (from a read, while nothing that may change the flags ran since):
 *   - a read-only fflags read while ff is known is ff (the read goes);
 *   - fsflags ff (csrrw of fflags with source ff, its old value unused or ff) changes nothing:
 *     it goes;
 *   - a double feq/flt/fle whose next flag-related op is such a restore, with nothing in between
 *     that can fault, exit or call (so no state with its NV can be seen), becomes a compare that
 *     raises nothing and sets fflags to ff (RV64_FP_CMP_KEEP_FLAGS, c = ff), and the restore
 *     goes; ff stays known.
 * Anything else that may change the flags (other FP ops except sign injection and fclass, other
 * FP CSR writes, calls, a LABEL) forgets ff. Runs after ir_opt_regs, which makes the restore's
 * source the read's temp. */

static bool fp_csr_access(const ir_insn *in, int *kind, int *csr, bool *ro) {
    *kind = rv64_fp_csr_kind((int)(in->imm & 0xffff));
    *csr = (int)(in->imm >> 16) & 3;
    *ro = ((in->imm >> 16) & 4) != 0;
    return *kind >= 0;
}

/* Is insn i `fsflags ff` (csrrw fflags, source ff) whose old value nothing else reads? */
static bool is_restore(const opt_state *s, const ir_unit *u, uint32_t i, ir_temp ff,
                       const uint8_t *nuse) {
    const ir_insn *in = &u->insn[i];
    int kind, csr;
    bool ro;
    return in->op == IR_FP && fp_csr_access(in, &kind, &csr, &ro) && kind == RV64_CSR_RW && !ro &&
           csr == RV64_CSR_FFLAGS && resolve(s, in->a) == ff && !nuse[in->dst];
}

void ir_opt_fflags(ir_unit *u) {
    static __thread opt_state s;
    static __thread uint8_t nuse[IR_MAX_TEMPS];
    bool reads = false; /* nothing to do in a unit that never reads fflags (most units) */
    memset(nuse, 0, u->ntemps);
    for (uint32_t i = 0; i < u->n; i++) {
        const ir_insn *in = &u->insn[i];
        int kind, csr;
        bool ro;
        if (in->a && nuse[in->a] < 255) nuse[in->a]++;
        if (in->b && nuse[in->b] < 255) nuse[in->b]++;
        if (in->c && nuse[in->c] < 255) nuse[in->c]++;
        if (in->op == IR_FP && fp_csr_access(in, &kind, &csr, &ro) && ro && csr == RV64_CSR_FFLAGS)
            reads = true;
    }
    if (!reads) return;
    opt_init(&s, u);
    ir_temp ff = 0;
    for (uint32_t i = 0; i < u->n; i++) {
        ir_insn *in = &u->insn[i];
        subst_operands(&s, in);
        switch (in->op) {
        case IR_CALL:
        case IR_SB_CALL_IF:
        case IR_LABEL: ff = 0; break;
        case IR_FP: {
            int op = (int)(in->imm & 0xffff), kind, csr;
            bool ro;
            if (fp_csr_access(in, &kind, &csr, &ro)) {
                if (ro && csr == RV64_CSR_FFLAGS) {
                    if (ff)
                        make_nop_copy(&s, in, ff);
                    else
                        ff = in->dst;
                } else if (ff && is_restore(&s, u, i, ff, nuse)) {
                    make_nop_copy(&s, in, ff);
                } else if (!ro) {
                    ff = 0;
                }
                break;
            }
            if (rv64_fp_op_quiet(op)) break;
            bool cmp = rv64_fp_op_cmp_d(op);
            uint32_t j = i + 1;
            if (cmp && ff) { /* only pure ops up to the restore */
                for (; j < u->n; j++) {
                    const ir_insn *n = &u->insn[j];
                    uint8_t f = ir_op_flags[n->op];
                    if (n->op == IR_INSN_START || n->op == IR_SET || n->op == IR_NOP) continue;
                    if (n->op == IR_FP || !(f & IRF_DEF) || (f & (IRF_SIDE | IRF_MEM))) break;
                }
            }
            if (cmp && ff && j < u->n && is_restore(&s, u, j, ff, nuse)) {
                in->imm |= (int64_t)RV64_FP_CMP_KEEP_FLAGS << 16;
                in->c = ff;
                ir_insn *r = &u->insn[j];
                make_nop_copy(&s, r, ff);
            } else {
                ff = 0;
            }
            break;
        }
        default: break;
        }
    }
    ir_compact(u);
}

/* -- Results used only in their low 32 bits ------------------------------------------------
 *
 * A size-4 ALU op defines its 32-bit result sign-extended to 64 bits, which costs the backend a
 * movsxd after the 32-bit instruction. Backward, per temp, "some use reads bits 32..63"
 * (need64). A use reads only the low 32 bits of an operand when:
 *   - the op computes with 32-bit instructions on it: a and b of size-4 ADD SUB AND OR XOR MUL
 *     DIV DIVU REM REMU, a of size-4 SHL SHR SAR ROL ROR NEG CLZ CTZ CPOP, any shift or rotate
 *     count (the low 6 bits), SEXT/ZEXT from 1, 2 or 4 bytes, the value of a 1-, 2- or 4-byte
 *     STORE;
 *   - or the low 32 bits of the result depend only on the low 32 bits of the operand and the
 *     result itself is only used in its low half: size-8 ADD SUB AND OR XOR MUL NEG, a of SHL,
 *     NOT, ANDN.
 * Every other use (SET, compares, exits, addresses, 8-byte stores, calls, FP, atomics, a of a
 * 64-bit right shift or rotate, MULH*, MIN/MAX, ...) reads all 64 bits. Then a size-4 op whose
 * result has no 64-bit use gets IR_LOW32 (the backend skips its sign extension), and a
 * SEXT/ZEXT from 4 bytes whose result has none is replaced by its operand. Runs last: the value
 * of a flagged temp is only defined in its low half, which no earlier pass (is_sext32) expects. */

static bool low32_ext(const ir_insn *in) {
    return (in->op == IR_SEXT || in->op == IR_ZEXT) && in->imm == 4;
}

void ir_opt_low32(ir_unit *u) {
    static __thread uint8_t need64[IR_MAX_TEMPS]; /* 1: a use reads bits 32..63; 2: removed */
    static __thread ir_temp repl[IR_MAX_TEMPS];   /* for removed extensions: their operand */
    uint32_t i = 0;
    while (i < u->n && !w_op(&u->insn[i]) && !low32_ext(&u->insn[i]))
        i++;
    if (i == u->n) return; /* nothing to flag or remove (64-bit code) */
    memset(need64, 0, u->ntemps);
    bool removed = false;
    for (i = u->n; i-- > 0;) {
        ir_insn *in = &u->insn[i];
        /* the uses of dst all come later: their demand is known */
        bool lo = in->dst && !need64[in->dst];
        bool a64 = true, b64 = true; /* the demand on a and b; c is always 64 */
        switch (in->op) {
        case IR_ADD:
        case IR_SUB:
        case IR_AND:
        case IR_OR:
        case IR_XOR:
        case IR_MUL: a64 = b64 = in->size != 4 && !lo; break;
        case IR_ANDN: a64 = b64 = !lo; break; /* 64-bit only */
        case IR_SHL:
            a64 = in->size != 4 && !lo;
            b64 = false; /* a count: its low 6 bits */
            break;
        case IR_SHR:
        case IR_SAR:
        case IR_ROL:
        case IR_ROR:
            a64 = in->size != 4; /* at size 8 the high half moves down */
            b64 = false;
            break;
        case IR_NOT: a64 = !lo; break; /* 64-bit only */
        case IR_NEG: a64 = in->size != 4 && !lo; break;
        case IR_DIV:
        case IR_DIVU:
        case IR_REM:
        case IR_REMU: a64 = b64 = in->size != 4; break;
        case IR_CLZ:
        case IR_CTZ:
        case IR_CPOP: a64 = in->size != 4; break;
        case IR_SEXT:
        case IR_ZEXT: a64 = in->imm != 1 && in->imm != 2 && in->imm != 4; break;
        case IR_STORE: b64 = in->size > 4; break;
        default: break;
        }
        if (w_op(in)) {
            if (lo)
                in->flags |= IR_LOW32;
            else
                in->flags &= (uint8_t)~IR_LOW32;
        } else if (low32_ext(in) && lo) {
            need64[in->dst] = 2; /* removed: its uses read a */
            removed = true;
        }
        if (in->a && a64) need64[in->a] = 1;
        if (in->b && b64) need64[in->b] = 1;
        if (in->c) need64[in->c] = 1;
    }
    if (!removed) return;
    /* forward: a use of a removed extension reads its operand (itself resolved already, when
     * the extension was passed) */
    for (i = 0; i < u->n; i++) {
        ir_insn *in = &u->insn[i];
        if (in->a && need64[in->a] == 2) in->a = repl[in->a];
        if (in->b && need64[in->b] == 2) in->b = repl[in->b];
        if (in->c && need64[in->c] == 2) in->c = repl[in->c];
        if (in->dst && need64[in->dst] == 2) {
            repl[in->dst] = in->a;
            *in = (ir_insn){.op = IR_NOP};
        }
    }
    ir_compact(u);
}

void ir_optimize(ir_unit *u) {
    ir_opt_regs(u);
    ir_opt_fflags(u);
    ir_opt_fold(u);
    ir_opt_dead_sets(u);
    ir_opt_dce(u);
    ir_opt_low32(u); /* last: flagged results are not sign-extended */
}
