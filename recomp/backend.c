/*
 * backend.c - x86-64 code generation with register allocation across a translation unit.
 *
 * One forward pass over the IR. Temps live in host registers, spill slots or (constants) nowhere
 * until used. Guest registers are bound to the temp that holds their current value:
 *   GET r  loads cpu->x[r] once and binds r to the new temp (clean);
 *   SET r  rebinds r to the temp (dirty) and emits nothing;
 * and dirty guest registers are written back to cpu state only when it is needed: at exits
 * (side exits write back in their out-of-line stub), before helpers that read cpu state, and when
 * the allocator evicts the host register holding them. A unit therefore loads and stores each
 * guest register at most once on its straight-line path.
 *
 * Register classes: r14 = cpu, r15 = guest_base, rsp = frame; the other 13 are allocated,
 * callee-saved ones first so values survive helper calls. Instructions with fixed registers
 * (div: rax/rdx, variable rotates: rcx) claim them, moving whatever lived there.
 *
 * Division follows RISC-V: no host trap on x/0 or INT_MIN/-1; the guard branches are inline.
 */
#include "backend.h"

#include <stdbool.h>
#include <string.h>

#include "cache_abi.h"
#include "helpers.h"
#include "recomp/cache_format.h"
#include "rv64_cpu.h"

#define CPU   X64_R14
#define GBASE X64_R15

typedef struct temp_info {
    int8_t reg;    /* host register or -1: 0-15 a general register, 16-31 xmm0-15 (XREG) */
    int16_t spill; /* spill slot or -1 */
    uint8_t is_const;
    uint8_t pcrel;  /* constant that is a guest address (IR_PCREL) */
    uint8_t ndirty; /* guest registers bound to this temp and not yet written back */
    uint8_t nbind;  /* guest registers bound (clean or dirty) */
    int64_t value;  /* constant value */
    uint32_t last_use;
} temp_info;

/* Units with labels (loops, regions): at most this many guest registers stay in host registers
 * across internal edges. */
#define CARRY_MAX 10
/* Side exits, forward jumps to labels, exit_request tests at backward edges: at most this many
 * of each in a unit. */
#define BACKEND_MAX_EDGES 256

typedef struct side_exit {
    uint8_t *jcc_field;
    uint64_t target;
    uint32_t nstores;
    int16_t label; /* an internal edge to this label (src holds the carried registers'
                      locations), or -1 */
    bool backward;
    backend_regloc st[64];
    backend_regloc src[CARRY_MAX];
} side_exit;

typedef struct label_ref {
    uint8_t *field; /* rel32 to patch */
    uint8_t label;
} label_ref;

typedef struct bstate {
    const ir_unit *u;
    x64_buf *b;
    backend_out *out;
    temp_info t[IR_MAX_TEMPS + CARRY_MAX]; /* then the home temps of carried registers */
    ir_temp hreg[32]; /* temp in each host register, general then xmm (0 = free) */
    ir_temp greg[64]; /* temp holding each guest register's value (0 = in cpu state) */
    uint64_t gdirty;  /* bit g: guest register g is dirty (its cpu-state copy is stale) */
    uint32_t idx;     /* current IR index */
    uint64_t pc;      /* current guest pc */
    bool pic;         /* guest addresses relative to the object's base slot (ir_unit.pic) */
    int nspill;
    int error;
    uint32_t nexits;
    bool ended; /* the last instruction left the unit unconditionally */
    side_exit exits[BACKEND_MAX_EDGES];
    /* Labels (loops and regions): label l is the LABEL at IR index label_idx[l]; at every label
     * guest register carry_g[k] is in host register carry_homes[k], dirty if its bit is set in
     * label_dirty[l]. */
    int nlabels;
    uint64_t label_pc[IR_MAX_LABELS];
    uint32_t label_idx[IR_MAX_LABELS];
    uint8_t *label_host[IR_MAX_LABELS]; /* NULL until emitted */
    uint64_t label_dirty[IR_MAX_LABELS];
    int ncarry;
    uint8_t carry_g[CARRY_MAX];
    int8_t carry_index[64]; /* guest register -> k, or -1 */
    uint64_t carry_mask;    /* bit g: g is carried */
    uint32_t nfix, nreq;
    uint8_t xpref[IR_MAX_TEMPS];      /* the temp is defined in an xmm register (LOAD, GET) */
    label_ref fix[BACKEND_MAX_EDGES]; /* forward jumps to labels */
    label_ref req[BACKEND_MAX_EDGES]; /* jne on exit_request at backward edges */
} bstate;

static const x64_reg alloc_order[] = {X64_RBX, X64_RBP, X64_R12, X64_R13, X64_RSI, X64_RDI, X64_R8,
                                      X64_R9,  X64_R10, X64_R11, X64_RDX, X64_RCX, X64_RAX};
#define NALLOC ((int)(sizeof alloc_order / sizeof alloc_order[0]))
/* Host register numbers 16-31 (temp_info.reg, hreg, backend_regloc.reg, avoid masks) are
 * xmm0-15. xmm0-2 are the FP code's scratch registers; xmm3-15 hold double-precision values
 * (docs/fp.md, "Values in xmm registers"). Every xmm register is caller-saved. */
#define XREG(x)        (16 + (x))
#define IS_XREG(r)     ((r) >= 16)
#define XMM_ALLOC_MASK (0xfff8u << 16) /* xmm3-15 */
#define CALLER_SAVED_MASK                                                                          \
    ((1u << X64_RAX) | (1u << X64_RCX) | (1u << X64_RDX) | (1u << X64_RSI) | (1u << X64_RDI) |     \
     (1u << X64_R8) | (1u << X64_R9) | (1u << X64_R10) | (1u << X64_R11))

static x64_mem gstate(int g) {
    return X64_MEM(CPU, g < 32 ? RV64_OFF_X(g) : RV64_OFF_F(g - 32));
}
static x64_mem spill_mem(int slot) {
    return X64_MEM(X64_RSP, 8 * slot);
}

static bool fits32(int64_t v) {
    return v >= INT32_MIN && v <= INT32_MAX;
}

/* r = guest address v. Position-independent units read the object's load bias from its base
 * slot (rip-relative, fixed up by whoever places the unit) and add the link-time value; lea
 * leaves the flags alone, as mov does. */
static void emit_guest_addr(bstate *s, x64_reg r, int64_t v) {
    if (!s->pic) {
        x64_mov_ri(s->b, r, (uint64_t)v);
        return;
    }
    backend_out *o = s->out;
    if (!fits32(v) || o->n_prel >= BACKEND_MAX_PREL) {
        s->error = 1;
        return;
    }
    x64_byte(s->b, (uint8_t)(0x48 | (r >= 8 ? 4 : 0)));
    x64_byte(s->b, 0x8b);
    x64_byte(s->b, (uint8_t)(0x05 | ((r & 7) << 3))); /* mov r, [rip + disp32] */
    o->prel[o->n_prel++] = (uint32_t)x64_buf_len(s->b);
    x64_u32(s->b, 0);
    if (v) x64_lea(s->b, 8, r, X64_MEM(r, (int32_t)v));
}

/* r = the constant in ti. */
static void mov_const(bstate *s, x64_reg r, const temp_info *ti) {
    if (ti->pcrel)
        emit_guest_addr(s, r, ti->value);
    else
        x64_mov_ri(s->b, r, (uint64_t)ti->value);
}

/* A constant that may be used as an imm32 as it is (not a guest address in PIC code). */
static bool plain_imm32(const bstate *s, const temp_info *ti) {
    return fits32(ti->value) && !(s->pic && ti->pcrel);
}

/* Is temp t needed after the current instruction? */
static bool temp_live(const bstate *s, ir_temp t) {
    return s->t[t].last_use > s->idx || s->t[t].ndirty > 0;
}

/* -- Guest register write-back ---------------------------------------------------------- */

static void store_guest(bstate *s, int g, ir_temp t) {
    temp_info *ti = &s->t[t];
    if (IS_XREG(ti->reg)) {
        x64_movs_store(s->b, 1, gstate(g), ti->reg - 16);
    } else if (ti->reg >= 0) {
        x64_store(s->b, 8, gstate(g), (x64_reg)ti->reg);
    } else if (ti->is_const && plain_imm32(s, ti)) {
        x64_store_imm(s->b, 8, gstate(g), (int32_t)ti->value);
    } else if (ti->is_const) {
        /* rax may hold a live value: go through the spill area's scratch slot */
        x64_push(s->b, X64_RAX);
        mov_const(s, X64_RAX, ti);
        x64_store(s->b, 8, gstate(g), X64_RAX);
        x64_pop(s->b, X64_RAX);
    } else if (ti->spill >= 0) {
        x64_push(s->b, X64_RAX);
        x64_load(s->b, 8, 0, X64_RAX, X64_MEM(X64_RSP, 8 * ti->spill + 8));
        x64_store(s->b, 8, gstate(g), X64_RAX);
        x64_pop(s->b, X64_RAX);
    } else {
        s->error = 1; /* value lost: allocator bug */
    }
}

/* Bits lo..hi-1 (0 <= lo < hi <= 64). */
static uint64_t range_mask(int lo, int hi) {
    uint64_t upto = hi >= 64 ? ~0ull : (1ull << hi) - 1;
    return upto & ~((1ull << lo) - 1);
}

/* Write back every dirty guest register in [lo, hi) (bindings stay, now clean). */
static void writeback_range(bstate *s, int lo, int hi) {
    uint64_t m = s->gdirty & range_mask(lo, hi);
    while (m) {
        int g = __builtin_ctzll(m);
        m &= m - 1;
        ir_temp t = s->greg[g];
        store_guest(s, g, t);
        s->gdirty &= ~(1ull << g);
        s->t[t].ndirty--;
    }
}

/* Forget guest bindings in [lo, hi) (after writeback or a helper that wrote cpu state). */
static void unbind_range(bstate *s, int lo, int hi) {
    for (int g = lo; g < hi; g++) {
        ir_temp t = s->greg[g];
        if (!t) continue;
        if (s->gdirty >> g & 1) s->t[t].ndirty--;
        s->t[t].nbind--;
        s->greg[g] = 0;
        s->gdirty &= ~(1ull << g);
    }
}

/* -- Register allocation ---------------------------------------------------------------- */

/* A temp that loses its register keeps its guest bindings only if it still has a location
 * (spill slot or constant); otherwise its (clean) bindings are dropped: cpu state has the value. */
static void drop_bindings(bstate *s, ir_temp t) {
    for (int g = 0; g < 64 && s->t[t].nbind; g++) {
        if (s->greg[g] != t) continue;
        if (s->gdirty >> g & 1) {
            s->error = 1; /* would lose a guest value: allocator bug */
            s->t[t].ndirty--;
        }
        s->greg[g] = 0;
        s->gdirty &= ~(1ull << g);
        s->t[t].nbind--;
    }
}

static void free_reg(bstate *s, int h) {
    ir_temp t = s->hreg[h];
    if (t) {
        s->t[t].reg = -1;
        if (s->t[t].nbind && s->t[t].spill < 0 && !s->t[t].is_const) drop_bindings(s, t);
    }
    s->hreg[h] = 0;
}

static void release_if_dead(bstate *s, ir_temp t) {
    if (t && s->t[t].reg >= 0 && !temp_live(s, t)) free_reg(s, s->t[t].reg);
}

/* Free the host registers of temps that died at instruction `in`: its operands at their last
 * use, and a result nothing reads. (Temps that die later, when a write-back or a SET leaves
 * them without a dirty binding, are freed when the allocator picks them as victims: a dead
 * temp is always the first choice and costs nothing to evict.) Scanning all 16 registers after
 * every instruction cost 13% of translation time. */
static void release_dead(bstate *s, const ir_insn *in) {
    release_if_dead(s, in->a);
    release_if_dead(s, in->b);
    release_if_dead(s, in->c);
    release_if_dead(s, in->dst);
}

/* Make host register h free, preserving its temp if still needed. */
static void evict(bstate *s, int h, uint32_t avoid);

/* The allocatable registers of a class, in allocation order: general (alloc_order) or xmm3-15
 * (as XREG numbers, XMM_ALLOC_MASK). */
static const uint8_t xmm_order[] = {XREG(3),  XREG(4),  XREG(5),  XREG(6),  XREG(7),
                                    XREG(8),  XREG(9),  XREG(10), XREG(11), XREG(12),
                                    XREG(13), XREG(14), XREG(15)};

static int class_reg(bool x, int i) {
    return x ? xmm_order[i] : (int)alloc_order[i];
}

static int class_size(bool x) {
    return x ? (int)sizeof xmm_order : NALLOC;
}

/* A free register of the class not in avoid, or -1. */
static int find_free_in(bstate *s, bool x, uint32_t avoid) {
    for (int i = 0; i < class_size(x); i++) {
        int h = class_reg(x, i);
        if (!s->hreg[h] && !(avoid & (1u << h))) return h;
    }
    return -1;
}

static int find_free(bstate *s, uint32_t avoid) {
    return find_free_in(s, false, avoid);
}

/* mem = host register h (general or xmm), 8 bytes. */
static void store_reg(bstate *s, x64_mem m, int h) {
    if (IS_XREG(h))
        x64_movs_store(s->b, 1, m, h - 16);
    else
        x64_store(s->b, 8, m, (x64_reg)h);
}

/* A register of the class for a new value: a free one, else a victim is evicted. Victim: prefer
 * temps whose only remaining purpose is a dirty guest binding, then the one whose last use is
 * furthest away. */
static int alloc_in(bstate *s, bool x, uint32_t avoid) {
    int h = find_free_in(s, x, avoid);
    if (h >= 0) return h;
    int best = -1;
    uint64_t best_score = 0;
    for (int i = 0; i < class_size(x); i++) {
        int r = class_reg(x, i);
        if (avoid & (1u << r)) continue;
        ir_temp t = s->hreg[r];
        uint64_t score = s->t[t].last_use <= s->idx ? UINT64_MAX : s->t[t].last_use;
        if (best < 0 || score > best_score) {
            best = r;
            best_score = score;
        }
    }
    if (best < 0) {
        s->error = 1;
        return x ? XREG(3) : X64_RAX;
    }
    evict(s, best, avoid);
    return best;
}

static int alloc_reg(bstate *s, uint32_t avoid) {
    return alloc_in(s, false, avoid);
}

/* Is t an operand of the instruction being emitted? Such a temp is still needed while its
 * instruction claims registers (helper calls, div, mulh), even if this is its last use. */
static bool current_operand(const bstate *s, ir_temp t) {
    const ir_insn *in = &s->u->insn[s->idx];
    return t == in->a || t == in->b || t == in->c;
}

static void evict(bstate *s, int h, uint32_t avoid) {
    ir_temp t = s->hreg[h];
    if (!t) return;
    temp_info *ti = &s->t[t];
    bool operand = current_operand(s, t);
    if (!temp_live(s, t) && !operand) {
        free_reg(s, h);
        return;
    }
    /* move to another free register if there is one: an xmm value to another xmm register or,
     * when all are taken or avoided (a call), to a general one */
    int r = IS_XREG(h) ? find_free_in(s, true, avoid | (1u << h)) : -1;
    if (r < 0 && (!IS_XREG(h) || !operand)) r = find_free(s, avoid | (1u << h));
    if (r >= 0) {
        if (IS_XREG(r))
            x64_movaps_rr(s->b, r - 16, h - 16);
        else if (IS_XREG(h))
            x64_movq_rx(s->b, (x64_reg)r, h - 16);
        else
            x64_mov_rr(s->b, 8, (x64_reg)r, (x64_reg)h);
        s->hreg[r] = t;
        s->hreg[h] = 0;
        ti->reg = (int8_t)r;
        return;
    }
    /* write back dirty guest bindings, then spill if the IR still uses it */
    if (ti->ndirty) {
        for (uint64_t m = s->gdirty; m; m &= m - 1) {
            int g = __builtin_ctzll(m);
            if (s->greg[g] == t) {
                store_reg(s, gstate(g), h);
                s->gdirty &= ~(1ull << g);
                ti->ndirty--;
            }
        }
    }
    if ((ti->last_use > s->idx || operand) && !ti->is_const && ti->spill < 0) {
        if (s->nspill >= BACKEND_SPILL_SLOTS) {
            s->error = 1;
        } else {
            ti->spill = (int16_t)s->nspill++;
            store_reg(s, spill_mem(ti->spill), h);
        }
    }
    free_reg(s, h);
}

/* Put temp t in a host register and return it. */
static x64_reg use(bstate *s, ir_temp t, uint32_t avoid) {
    temp_info *ti = &s->t[t];
    if (IS_XREG(ti->reg)) { /* a double in an xmm register: it moves to a general one */
        int x = ti->reg;
        int h = alloc_reg(s, avoid | (1u << x));
        x64_movq_rx(s->b, (x64_reg)h, x - 16);
        s->hreg[x] = 0;
        s->hreg[h] = t;
        ti->reg = (int8_t)h;
        return (x64_reg)h;
    }
    if (ti->reg >= 0) return (x64_reg)ti->reg;
    int h = alloc_reg(s, avoid);
    if (ti->is_const) {
        mov_const(s, (x64_reg)h, ti);
    } else if (ti->spill >= 0) {
        x64_load(s->b, 8, 0, (x64_reg)h, spill_mem(ti->spill));
    } else {
        s->error = 1;
    }
    s->hreg[h] = t;
    ti->reg = (int8_t)h;
    return (x64_reg)h;
}

static uint32_t regmask(bstate *s, ir_temp a, ir_temp b) {
    uint32_t m = 0;
    if (a && s->t[a].reg >= 0) m |= 1u << s->t[a].reg;
    if (b && s->t[b].reg >= 0) m |= 1u << s->t[b].reg;
    return m;
}

/* dst takes the register of `from`, which dies here (its clean guest bindings are dropped:
 * the value is in cpu state). */
static void hand_over(bstate *s, ir_temp from, ir_temp dst) {
    temp_info *tf = &s->t[from];
    int h = tf->reg;
    if (tf->nbind) drop_bindings(s, from);
    s->hreg[h] = dst;
    tf->reg = -1;
    s->t[dst].reg = (int8_t)h;
}

/* Give dst a register: reuse a's register if a dies here, else a fresh one holding a copy of a.
 * Returns the register (holding a's value). */
static x64_reg def_from(bstate *s, ir_temp dst, ir_temp a, ir_temp b) {
    x64_reg ra = use(s, a, regmask(s, 0, b));
    if (!temp_live(s, a) && a != b) {
        hand_over(s, a, dst);
        return ra;
    }
    x64_reg rd = (x64_reg)alloc_reg(s, regmask(s, a, b));
    x64_mov_rr(s->b, 8, rd, ra);
    s->hreg[rd] = dst;
    s->t[dst].reg = (int8_t)rd;
    return rd;
}

/* Fresh register for dst. */
static x64_reg def_new(bstate *s, ir_temp dst, uint32_t avoid) {
    x64_reg r = (x64_reg)alloc_reg(s, avoid);
    s->hreg[r] = dst;
    s->t[dst].reg = (int8_t)r;
    return r;
}

/* Fresh xmm register for dst; returns the xmm number. */
static int def_x(bstate *s, ir_temp dst, uint32_t avoid) {
    int r = alloc_in(s, true, avoid);
    s->hreg[r] = dst;
    s->t[dst].reg = (int8_t)r;
    return r - 16;
}

/* Before a call: every value in an xmm register moves to a free callee-saved general register
 * or is spilled (all xmm registers are caller-saved). */
static void evict_xmm(bstate *s) {
    for (int i = 0; i < class_size(true); i++)
        if (s->hreg[xmm_order[i]]) evict(s, xmm_order[i], CALLER_SAVED_MASK | XMM_ALLOC_MASK);
}

/* Claim a specific host register (free it, moving its temp elsewhere). */
static void claim(bstate *s, x64_reg h, uint32_t avoid) {
    if (s->hreg[h]) evict(s, h, avoid | (1u << h));
}

static bool imm_operand(bstate *s, ir_temp t, int32_t *imm) {
    if (s->t[t].is_const && plain_imm32(s, &s->t[t])) {
        *imm = (int32_t)s->t[t].value;
        return true;
    }
    return false;
}

/* -- Instruction selection ---------------------------------------------------------------- */

/* Where each dirty guest register lives now (the cpu-state copy is stale): fills out[0..n). */
static uint32_t snapshot_dirty(const bstate *s, backend_regloc *out) {
    uint32_t n = 0;
    for (uint64_t m = s->gdirty; m; m &= m - 1) {
        int g = __builtin_ctzll(m);
        const temp_info *ti = &s->t[s->greg[g]];
        out[n] = (backend_regloc){.g = (uint8_t)g, .reg = ti->reg, .spill = ti->spill};
        if (ti->reg < 0 && ti->spill < 0) { /* a constant */
            out[n].value = ti->value;
            if (s->pic && ti->pcrel) out[n].flags = BACKEND_REGLOC_PCREL;
        }
        n++;
    }
    return n;
}

/* The next host instruction may fault: record its guest pc and the dirty registers' locations
 * (shared with the previous fault point when identical). */
static void record_fault(bstate *s) {
    backend_out *o = s->out;
    if (o->n_faults >= BACKEND_MAX_FAULTS || o->n_regs + 64 > BACKEND_MAX_REGLOC) {
        s->error = 1;
        return;
    }
    backend_fault *f = &o->faults[o->n_faults];
    f->host_off = (uint32_t)x64_buf_len(s->b);
    f->pc_off = (uint32_t)(s->pc - s->u->guest_pc);
    f->first = o->n_regs;
    f->n = snapshot_dirty(s, &o->regs[o->n_regs]);
    if (o->n_faults > 0) {
        const backend_fault *prev = &o->faults[o->n_faults - 1];
        if (prev->n == f->n &&
            !memcmp(&o->regs[prev->first], &o->regs[f->first], f->n * sizeof(backend_regloc)))
            f->first = prev->first;
    }
    if (f->first == o->n_regs) o->n_regs += f->n;
    o->n_faults++;
}

static x64_mem guest_mem(bstate *s, ir_temp a, int64_t disp, uint32_t avoid) {
    if (!a) return X64_MEM(GBASE, (int32_t)disp);
    x64_reg ra = use(s, a, avoid);
    return X64_MEMI(GBASE, ra, 1, (int32_t)disp);
}

static void sext_result(bstate *s, int size, x64_reg r) {
    if (size == 4) x64_movsx_rr(s->b, 4, r, r);
}

static x64_reg reg_of(bstate *s, ir_temp t) {
    return (x64_reg)s->t[t].reg;
}

static void emit_alu(bstate *s, const ir_insn *in, enum x64_alu op) {
    int32_t imm;
    int sz = in->size == 4 ? 4 : 8;
    x64_reg rd;
    if (imm_operand(s, in->b, &imm)) {
        rd = def_from(s, in->dst, in->a, 0);
        x64_alu_ri(s->b, op, sz, rd, imm);
    } else {
        use(s, in->b, regmask(s, in->a, 0));
        rd = def_from(s, in->dst, in->a, in->b);
        x64_alu_rr(s->b, op, sz, rd, in->a == in->b ? rd : reg_of(s, in->b));
    }
    if (!(in->flags & IR_LOW32)) sext_result(s, sz, rd); /* only the low half is used */
}

static void emit_shift(bstate *s, const ir_insn *in, enum x64_shift op) {
    int sz = in->size == 4 ? 4 : 8;
    int32_t imm;
    x64_reg rd;
    bool top_clear = false; /* srliw by 1-31: bit 31 is 0, so zero- is sign-extension */
    if (imm_operand(s, in->b, &imm)) {
        rd = def_from(s, in->dst, in->a, 0);
        uint8_t n = (uint8_t)(imm & (sz * 8 - 1));
        top_clear = op == X64_SHR && n > 0;
        if (n)
            x64_shift_ri(s->b, op, sz, rd, n);
        else if (sz == 4)
            x64_mov_rr(s->b, 4, rd, rd);
    } else if (op == X64_SHL || op == X64_SHR || op == X64_SAR) {
        x64_reg rb = use(s, in->b, regmask(s, in->a, 0));
        x64_reg ra = use(s, in->a, 1u << rb);
        rd = def_new(s, in->dst, (1u << ra) | (1u << rb));
        if (op == X64_SHL)
            x64_shlx(s->b, sz, rd, ra, rb);
        else if (op == X64_SHR)
            x64_shrx(s->b, sz, rd, ra, rb);
        else
            x64_sarx(s->b, sz, rd, ra, rb);
    } else {
        /* variable rotate without cl: rol(a, n) = (a << n) | (a >> (-n & mask)), the BMI2
         * shifts mask the count themselves (also right for n == 0) */
        x64_reg rb = use(s, in->b, regmask(s, in->a, 0));
        x64_reg ra = use(s, in->a, 1u << rb);
        uint32_t avoid = (1u << ra) | (1u << rb);
        rd = def_new(s, in->dst, avoid);
        x64_reg tmp = (x64_reg)alloc_reg(s, avoid | (1u << rd));
        x64_mov_rr(s->b, 8, tmp, rb);
        x64_neg(s->b, 8, tmp);
        if (op == X64_ROL) {
            x64_shrx(s->b, sz, tmp, ra, tmp);
            x64_shlx(s->b, sz, rd, ra, rb);
        } else {
            x64_shlx(s->b, sz, tmp, ra, tmp);
            x64_shrx(s->b, sz, rd, ra, rb);
        }
        x64_alu_rr(s->b, X64_OR, sz, rd, tmp);
    }
    if (!(in->flags & IR_LOW32) && !top_clear) sext_result(s, sz, rd);
}

static x64_cond cond_of(ir_cond c) {
    static const x64_cond map[] = {X64_CC_E, X64_CC_NE, X64_CC_L, X64_CC_GE, X64_CC_B, X64_CC_AE};
    return map[c];
}

/* cmp a, b (b as immediate when possible); returns the x86 condition for `a cond b`. */
static x64_cond emit_cmp(bstate *s, ir_temp a, ir_temp b, ir_cond c) {
    int32_t imm;
    if (imm_operand(s, a, &imm) && !imm_operand(s, b, &imm)) {
        /* a constant on the left (bgtz/blez = blt/bge zero, x; snez = sltu zero, x): compare
         * b with it and swap the condition, instead of loading the constant into a register */
        imm_operand(s, a, &imm);
        x64_reg rb = use(s, b, 0);
        static const x64_cond swapped[] = {X64_CC_E,  X64_CC_NE, X64_CC_G,
                                           X64_CC_LE, X64_CC_A,  X64_CC_BE};
        if (imm != 0) {
            x64_alu_ri(s->b, X64_CMP, 8, rb, imm);
            return swapped[c];
        }
        x64_test_rr(s->b, 8, rb, rb); /* CF = OF = 0: 0 <u b is b != 0, 0 >=u b is b == 0 */
        return c == IR_LTU ? X64_CC_NE : c == IR_GEU ? X64_CC_E : swapped[c];
    }
    x64_reg ra = use(s, a, regmask(s, 0, b));
    if (!imm_operand(s, b, &imm)) {
        x64_reg rb = use(s, b, 1u << ra);
        x64_alu_rr(s->b, X64_CMP, 8, ra, rb);
        return cond_of(c);
    }
    if (imm != 0 || c == IR_LTU || c == IR_GEU) {
        x64_alu_ri(s->b, X64_CMP, 8, ra, imm);
        return cond_of(c);
    }
    /* against zero: test, and the sign flag for < 0 / >= 0 */
    x64_test_rr(s->b, 8, ra, ra);
    return c == IR_LT ? X64_CC_S : c == IR_GE ? X64_CC_NS : cond_of(c);
}

static void emit_minmax(bstate *s, const ir_insn *in) {
    x64_reg rb = use(s, in->b, regmask(s, in->a, 0));
    x64_reg rd = def_from(s, in->dst, in->a, in->b);
    if (in->a == in->b) return;
    x64_alu_rr(s->b, X64_CMP, 8, rd, rb);
    x64_cond cc;
    switch (in->op) {
    case IR_MIN: cc = X64_CC_G; break; /* rd > rb -> take rb */
    case IR_MAX: cc = X64_CC_L; break;
    case IR_MINU: cc = X64_CC_A; break;
    default: cc = X64_CC_B; break;
    }
    x64_cmov(s->b, cc, 8, rd, rb);
}

/* Division and remainder with RISC-V semantics (no trap). */
static void emit_div(bstate *s, const ir_insn *in) {
    int sz = in->size == 4 ? 4 : 8;
    bool sign = in->op == IR_DIV || in->op == IR_REM;
    bool rem = in->op == IR_REM || in->op == IR_REMU;
    uint32_t fixed = (1u << X64_RAX) | (1u << X64_RDX);
    claim(s, X64_RAX, regmask(s, in->a, in->b));
    claim(s, X64_RDX, regmask(s, in->a, in->b) | (1u << X64_RAX));
    x64_reg rb = use(s, in->b, fixed);
    x64_reg ra = use(s, in->a, fixed | (1u << rb));
    x64_mov_rr(s->b, 8, X64_RAX, ra);
    x64_test_rr(s->b, sz, rb, rb);
    uint8_t *jz = x64_jcc8(s->b, X64_CC_E);
    uint8_t *jovf = NULL;
    if (sign) {
        x64_alu_ri(s->b, X64_CMP, sz, rb, -1);
        uint8_t *jok = x64_jcc8(s->b, X64_CC_NE);
        /* b == -1: quotient = -a (wraps for INT_MIN), remainder = 0 */
        x64_neg(s->b, sz, X64_RAX);
        x64_alu_rr(s->b, X64_XOR, 4, X64_RDX, X64_RDX);
        jovf = x64_jmp8(s->b);
        x64_patch_rel8(jok, s->b->p);
        if (sz == 8)
            x64_cqo(s->b);
        else
            x64_cdq(s->b);
        x64_idiv1(s->b, sz, rb);
    } else {
        x64_alu_rr(s->b, X64_XOR, 4, X64_RDX, X64_RDX);
        x64_div1(s->b, sz, rb);
    }
    uint8_t *jdone = x64_jmp8(s->b);
    x64_patch_rel8(jz, s->b->p);
    /* divide by zero: quotient all ones, remainder = a */
    x64_mov_rr(s->b, 8, X64_RDX, X64_RAX);
    x64_mov_ri(s->b, X64_RAX, UINT64_MAX);
    x64_patch_rel8(jdone, s->b->p);
    if (jovf) x64_patch_rel8(jovf, s->b->p);
    x64_reg res = rem ? X64_RDX : X64_RAX;
    release_dead(s, in); /* a and b may die here; their registers are not rax/rdx */
    s->hreg[res] = in->dst;
    s->t[in->dst].reg = (int8_t)res;
    if (sz == 4 && !(in->flags & IR_LOW32)) x64_movsx_rr(s->b, 4, res, res);
}

static void emit_mulh(bstate *s, const ir_insn *in) {
    uint32_t fixed = (1u << X64_RAX) | (1u << X64_RDX);
    claim(s, X64_RAX, regmask(s, in->a, in->b));
    claim(s, X64_RDX, regmask(s, in->a, in->b) | (1u << X64_RAX));
    x64_reg rb = use(s, in->b, fixed);
    x64_reg ra = use(s, in->a, fixed | (1u << rb));
    x64_reg fix = X64_RAX;
    if (in->op == IR_MULHSU) {
        /* mulhsu(a, b) = mulhu(a, b) - (a < 0 ? b : 0) */
        fix = (x64_reg)alloc_reg(s, fixed | (1u << ra) | (1u << rb));
        x64_mov_rr(s->b, 8, fix, ra);
        x64_shift_ri(s->b, X64_SAR, 8, fix, 63);
        x64_alu_rr(s->b, X64_AND, 8, fix, rb);
    }
    x64_mov_rr(s->b, 8, X64_RAX, ra);
    if (in->op == IR_MULH)
        x64_imul1(s->b, 8, rb);
    else
        x64_mul1(s->b, 8, rb);
    if (in->op == IR_MULHSU) x64_alu_rr(s->b, X64_SUB, 8, X64_RDX, fix);
    release_dead(s, in);
    s->hreg[X64_RDX] = in->dst;
    s->t[in->dst].reg = X64_RDX;
}

static void emit_unary(bstate *s, const ir_insn *in) {
    int sz = in->size == 4 ? 4 : 8;
    switch (in->op) {
    case IR_NOT: x64_not(s->b, 8, def_from(s, in->dst, in->a, 0)); return;
    case IR_NEG: {
        x64_reg rd = def_from(s, in->dst, in->a, 0);
        x64_neg(s->b, sz, rd);
        if (!(in->flags & IR_LOW32)) sext_result(s, sz, rd);
        return;
    }
    case IR_BSWAP: x64_bswap(s->b, 8, def_from(s, in->dst, in->a, 0)); return;
    case IR_SEXT:
    case IR_ZEXT: {
        x64_reg ra = use(s, in->a, 0);
        x64_reg rd = def_new(s, in->dst, 0);
        if (in->op == IR_SEXT)
            x64_movsx_rr(s->b, (int)in->imm, rd, ra);
        else if (in->imm == 1)
            x64_movzx8(s->b, rd, ra);
        else if (in->imm == 2)
            x64_movzx16(s->b, rd, ra);
        else
            x64_mov_rr(s->b, 4, rd, ra);
        return;
    }
    default: break;
    }
    x64_reg ra = use(s, in->a, 0);
    x64_reg rd = def_new(s, in->dst, 0);
    if (in->op == IR_CLZ)
        x64_lzcnt(s->b, sz, rd, ra);
    else if (in->op == IR_CTZ)
        x64_tzcnt(s->b, sz, rd, ra);
    else
        x64_popcnt(s->b, sz, rd, ra);
}

static void emit_mul(bstate *s, const ir_insn *in) {
    int sz = in->size == 4 ? 4 : 8;
    int32_t imm;
    x64_reg rd;
    if (imm_operand(s, in->b, &imm)) {
        x64_reg ra = use(s, in->a, 0);
        rd = def_new(s, in->dst, 1u << ra);
        x64_imul_rri(s->b, sz, rd, ra, imm);
    } else {
        use(s, in->b, regmask(s, in->a, 0));
        rd = def_from(s, in->dst, in->a, in->b);
        x64_imul_rr(s->b, sz, rd, in->a == in->b ? rd : reg_of(s, in->b));
    }
    if (!(in->flags & IR_LOW32)) sext_result(s, sz, rd);
}

static void emit_andn(bstate *s, const ir_insn *in) {
    x64_reg rb = use(s, in->b, regmask(s, in->a, 0));
    x64_reg ra = use(s, in->a, 1u << rb);
    x64_reg rd = def_new(s, in->dst, (1u << ra) | (1u << rb));
    x64_andn(s->b, 8, rd, rb, ra); /* rd = ~b & a */
}

/* -- Exits ----------------------------------------------------------------------------- */

/* jmp rel32 whose 4-byte field is 4-byte aligned, so a running thread sees it patched
 * atomically; returns the field. */
static uint8_t *aligned_jmp32(bstate *s) {
    uintptr_t field = (uintptr_t)s->b->p + 1;
    x64_nop(s->b, (4 - (field & 3)) & 3);
    return x64_jmp32(s->b);
}

/* cpu->pc = pc; a pc beyond imm32 (or in PIC code) goes through rax, which the callers have
 * free. */
static void store_pc(bstate *s, uint64_t pc) {
    if (s->pic) {
        emit_guest_addr(s, X64_RAX, (int64_t)pc);
        x64_store(s->b, 8, X64_MEM(CPU, RV64_OFF_PC), X64_RAX);
    } else if (fits32((int64_t)pc)) {
        x64_store_imm(s->b, 8, X64_MEM(CPU, RV64_OFF_PC), (int32_t)pc);
    } else {
        x64_mov_ri(s->b, X64_RAX, pc);
        x64_store(s->b, 8, X64_MEM(CPU, RV64_OFF_PC), X64_RAX);
    }
}

static void set_pc_and_exit(bstate *s, uint64_t pc, int reason) {
    store_pc(s, pc);
    x64_store_imm(s->b, 8, X64_MEM(CPU, RV64_OFF_EXIT), reason);
    x64_jmp_mem(s->b, X64_MEM(CPU, RV64_OFF_EXIT_STUB));
}

/* A chainable direct jump to `target`: jmp rel32 initially to a stub that asks the runtime to
 * link it. */
static void emit_direct_exit(bstate *s, uint64_t target) {
    backend_out *o = s->out;
    uint8_t *field = aligned_jmp32(s);
    if (!field) return;
    if (o->n_links >= BACKEND_MAX_LINKS) {
        s->error = 1;
        return;
    }
    o->links[o->n_links].host_off = (uint32_t)(field - s->b->start);
    o->links[o->n_links].guest_target = target;
    o->n_links++;
    x64_patch_rel32(field, s->b->p);
    /* link stub: cpu->link_site = &field (rip-relative lea), pc = target, reason = LINK */
    x64_byte(s->b, 0x48);
    x64_byte(s->b, 0x8d);
    x64_byte(s->b, 0x05); /* lea rax, [rip + disp32] */
    int32_t disp = (int32_t)(field - (s->b->p + 4));
    x64_u32(s->b, (uint32_t)disp);
    x64_store(s->b, 8, X64_MEM(CPU, RV64_OFF_LINK_SITE), X64_RAX);
    set_pc_and_exit(s, target, RV64_EXIT_LINK);
}

static void writeback_all(bstate *s) {
    writeback_range(s, 0, 64);
}

static void emit_indirect(bstate *s, ir_temp target) {
    x64_reg rt = use(s, target, 0);
    writeback_all(s);
    if (rt == X64_RCX) {
        x64_mov_rr(s->b, 8, X64_RAX, rt);
        rt = X64_RAX;
    }
    /* rcx = &jmp_table[(pc >> 1) & mask]: ((pc >> 1) & mask) * 16 is (pc & mask << 1) * 8 */
    x64_mov_rr(s->b, 4, X64_RCX, rt);
    x64_alu_ri(s->b, X64_AND, 4, X64_RCX, (int32_t)((RV64_JMP_SIZE - 1) << 1));
    x64_shift_ri(s->b, X64_SHL, 4, X64_RCX, 3);
    x64_alu_rm(s->b, X64_ADD, 8, X64_RCX, X64_MEM(CPU, RV64_OFF_JMP_TABLE));
    x64_alu_rm(s->b, X64_CMP, 8, rt, X64_MEM(X64_RCX, 0));
    uint8_t *miss = x64_jcc8(s->b, X64_CC_NE);
    x64_jmp_mem(s->b, X64_MEM(X64_RCX, 8));
    x64_patch_rel8(miss, s->b->p);
    x64_store(s->b, 8, X64_MEM(CPU, RV64_OFF_PC), rt);
    x64_store_imm(s->b, 8, X64_MEM(CPU, RV64_OFF_EXIT), RV64_EXIT_LOOKUP);
    x64_jmp_mem(s->b, X64_MEM(CPU, RV64_OFF_EXIT_STUB));
}

/* -- Labels: loops and regions ------------------------------------------------------------
 *
 * A LABEL starts a block that branches of the same unit may reach (ir.h): the start of a loop
 * unit, which branches back to itself, or a block of an AOT region (lift.h). At every label
 * the same up to CARRY_MAX guest registers, chosen for the unit, are in fixed host registers
 * (their homes) and no other guest register is in a host register. An internal edge (a BRCOND
 * or EXIT_JUMP to a label) writes back the other dirty registers, moves the carried ones into
 * their homes (a parallel move, cycles broken by xchg) and jumps to the label; a backward edge
 * first tests exit_request, so signals and flushes stay bounded by one iteration. Which
 * carried registers may be dirty at each label comes from a forward dataflow over the unit's
 * edges; exits and fault points write back or report those from their homes.
 *
 * After a label a carried register is bound to a home temp (id ntemps + k); the block's first
 * GET of it takes the home temp's place, so reading it costs nothing. */

#define SRC_MEM 0x100u /* backend_regloc.flags: the value is in cpu state */

static const x64_reg carry_homes[CARRY_MAX] = {X64_RBX, X64_RBP, X64_R12, X64_R13, X64_RSI,
                                               X64_RDI, X64_R8,  X64_R9,  X64_R10, X64_R11};

/* The label whose guest pc is pc, or -1. */
static int label_of(const bstate *s, uint64_t pc) {
    for (int i = 0; i < s->nlabels; i++)
        if (s->label_pc[i] == pc) return i;
    return -1;
}

/* The label a BRCOND or EXIT_JUMP branches to (an internal edge), or -1 (it leaves the unit). */
static int edge_label(const bstate *s, const ir_insn *in) {
    if (!s->nlabels || (in->op != IR_BRCOND && in->op != IR_EXIT_JUMP)) return -1;
    return label_of(s, (uint64_t)in->imm);
}

static void merge_dirty(bstate *s, int l, uint64_t d, bool *changed) {
    if ((s->label_dirty[l] | d) == s->label_dirty[l]) return;
    s->label_dirty[l] |= d;
    *changed = true;
}

/* Collect the labels, choose the carried registers (the most used, an instruction counting 4
 * times per cycle around it, so inner loops come first) and find which of them may be dirty at
 * each label. */
static void labels_plan(bstate *s) {
    const ir_unit *u = s->u;
    s->nlabels = 0;
    s->ncarry = 0;
    s->carry_mask = 0;
    s->nfix = 0;
    s->nreq = 0;
    memset(s->carry_index, -1, sizeof s->carry_index);
    for (uint32_t i = 0; i < u->n; i++) {
        if (u->insn[i].op != IR_LABEL) continue;
        if (s->nlabels >= IR_MAX_LABELS) {
            s->error = 1;
            return;
        }
        s->label_pc[s->nlabels] = (uint64_t)u->insn[i].imm;
        s->label_idx[s->nlabels] = i;
        s->label_host[s->nlabels] = NULL;
        s->label_dirty[s->nlabels] = 0;
        s->nlabels++;
    }
    if (!s->nlabels) return;
    static __thread int16_t depth[IR_MAX_INSNS + 1];
    static __thread uint16_t nuse[IR_MAX_TEMPS];
    memset(depth, 0, (u->n + 1) * sizeof depth[0]);
    memset(nuse, 0, u->ntemps * sizeof nuse[0]);
    for (uint32_t i = 0; i < u->n; i++) {
        const ir_insn *in = &u->insn[i];
        int l = edge_label(s, in);
        if (l >= 0 && s->label_idx[l] <= i) { /* a cycle: label_idx[l] .. i */
            depth[s->label_idx[l]]++;
            depth[i + 1]--;
        }
        if (in->a) nuse[in->a]++;
        if (in->b) nuse[in->b]++;
        if (in->c) nuse[in->c]++;
    }
    uint32_t score[64] = {0};
    int d = 0;
    for (uint32_t i = 0; i < u->n; i++) {
        const ir_insn *in = &u->insn[i];
        d += depth[i];
        uint32_t w = 1u << (2 * (d < 5 ? d : 5)); /* 4 per enclosing cycle: inner loops first */
        if (in->op == IR_GET && in->imm > 0)
            score[in->imm] += w * (1 + nuse[in->dst]);
        else if (in->op == IR_SET && in->imm > 0)
            score[in->imm] += w;
    }
    while (s->ncarry < CARRY_MAX) {
        int best = -1;
        for (int g = 1; g < 64; g++)
            if (score[g] && s->carry_index[g] < 0 && (best < 0 || score[g] > score[best])) best = g;
        if (best < 0) break;
        int k = s->ncarry++;
        s->carry_g[k] = (uint8_t)best;
        s->carry_index[best] = (int8_t)k;
        s->carry_mask |= 1ull << best;
    }
    /* dirty carried registers at each label: what any path from the entry may have SET */
    for (bool changed = true; changed;) {
        changed = false;
        uint64_t cur = 0;
        bool falls = true;
        int l = 0;
        for (uint32_t i = 0; i < u->n; i++) {
            const ir_insn *in = &u->insn[i];
            switch (in->op) {
            case IR_LABEL:
                if (falls) merge_dirty(s, l, cur, &changed);
                cur = s->label_dirty[l++];
                falls = true;
                break;
            case IR_SET:
                if (s->carry_mask >> in->imm & 1) cur |= 1ull << in->imm;
                break;
            case IR_BRCOND:
            case IR_EXIT_JUMP: {
                int t = edge_label(s, in);
                if (t >= 0) merge_dirty(s, t, cur, &changed);
                if (in->op == IR_EXIT_JUMP) falls = false;
                break;
            }
            case IR_EXIT_INDIRECT:
            case IR_EXIT_SPECIAL: falls = false; break;
            default: break;
            }
        }
    }
}

/* The block of label l starts: nothing but the carried registers is in a host register. Each
 * is bound to its home temp, wanted until the block's last GET of it or its last internal edge
 * before the block SETs it. */
static void enter_label(bstate *s, int l) {
    const ir_unit *u = s->u;
    uint32_t keep[CARRY_MAX];
    bool set[CARRY_MAX] = {0};
    for (int k = 0; k < s->ncarry; k++)
        keep[k] = s->label_idx[l];
    for (uint32_t i = s->label_idx[l] + 1; i < u->n && u->insn[i].op != IR_LABEL; i++) {
        const ir_insn *in = &u->insn[i];
        int k = (in->op == IR_GET || in->op == IR_SET) ? s->carry_index[in->imm] : -1;
        if (in->op == IR_GET && k >= 0 && !set[k]) {
            keep[k] = i;
        } else if (in->op == IR_SET && k >= 0) {
            set[k] = true;
        } else if (edge_label(s, in) >= 0) {
            for (k = 0; k < s->ncarry; k++)
                if (!set[k]) keep[k] = i;
        }
    }
    for (int h = 0; h < 32; h++) {
        if (s->hreg[h]) s->t[s->hreg[h]].reg = -1;
        s->hreg[h] = 0;
    }
    memset(s->greg, 0, sizeof s->greg);
    s->gdirty = 0;
    s->nspill = 0;
    s->label_host[l] = s->b->p;
    for (int k = 0; k < s->ncarry; k++) {
        int g = s->carry_g[k];
        ir_temp ht = (ir_temp)(u->ntemps + (uint32_t)k);
        uint8_t dirty = (uint8_t)(s->label_dirty[l] >> g & 1);
        s->t[ht] = (temp_info){.reg = (int8_t)carry_homes[k],
                               .spill = -1,
                               .nbind = 1,
                               .ndirty = dirty,
                               .last_use = keep[k]};
        s->hreg[carry_homes[k]] = ht;
        s->greg[g] = ht;
        s->gdirty |= (uint64_t)dirty << g;
    }
}

/* GET of a carried register still bound to its home temp: dst takes the home temp's place. */
static void take_home(bstate *s, ir_temp dst, ir_temp home, int g) {
    temp_info *h = &s->t[home], *d = &s->t[dst];
    d->reg = h->reg;
    d->spill = h->spill;
    d->nbind = h->nbind;
    d->ndirty = h->ndirty;
    if (h->last_use > d->last_use) d->last_use = h->last_use;
    if (d->reg >= 0) s->hreg[d->reg] = dst;
    s->greg[g] = dst;
    *h = (temp_info){.reg = -1, .spill = -1};
}

/* Where each carried register's current value is (register, spill slot, constant, cpu state). */
static void carry_sources(const bstate *s, backend_regloc *src) {
    for (int k = 0; k < s->ncarry; k++) {
        int g = s->carry_g[k];
        ir_temp t = s->greg[g];
        src[k] = (backend_regloc){.g = (uint8_t)g, .reg = -1, .spill = -1};
        if (!t) {
            src[k].flags = SRC_MEM;
            continue;
        }
        const temp_info *ti = &s->t[t];
        src[k].reg = ti->reg;
        src[k].spill = ti->reg >= 0 ? -1 : ti->spill;
        if (ti->reg < 0 && ti->spill < 0) {
            src[k].value = ti->value;
            if (s->pic && ti->pcrel) src[k].flags = BACKEND_REGLOC_PCREL;
        }
    }
}

/* Store the dirty registers of a snapshot (side exit or internal edge) to cpu state: those held
 * in host registers (in_regs) or the others, which go through rax (spill slots, wide
 * constants); registers in `skip` (bit g) are left out. */
static void store_dirty(bstate *s, const backend_regloc *st, uint32_t n, bool in_regs,
                        uint64_t skip) {
    for (uint32_t k = 0; k < n; k++) {
        const backend_regloc *l = &st[k];
        if ((l->reg >= 0) != in_regs || (skip >> l->g & 1)) continue;
        x64_mem m = gstate(l->g);
        bool pcrel = (l->flags & BACKEND_REGLOC_PCREL) != 0;
        if (l->reg >= 0) {
            store_reg(s, m, l->reg);
        } else if (l->spill >= 0) {
            x64_load(s->b, 8, 0, X64_RAX, spill_mem(l->spill));
            x64_store(s->b, 8, m, X64_RAX);
        } else if (fits32(l->value) && !pcrel) {
            x64_store_imm(s->b, 8, m, (int32_t)l->value);
        } else {
            if (pcrel)
                emit_guest_addr(s, X64_RAX, l->value);
            else
                x64_mov_ri(s->b, X64_RAX, (uint64_t)l->value);
            x64_store(s->b, 8, m, X64_RAX);
        }
    }
}

/* The state change of an internal edge to label l: dirty = the dirty registers here (a
 * snapshot), src = carry_sources. Carried registers stay dirty in their homes when l expects
 * them dirty; the others go back to cpu state. */
static void edge_moves(bstate *s, const backend_regloc *dirty, uint32_t ndirty,
                       const backend_regloc *src, int l) {
    uint64_t keep = s->carry_mask & s->label_dirty[l];
    /* dirty registers held in host registers go back to cpu state first */
    store_dirty(s, dirty, ndirty, true, keep);
    /* carried values in host registers: a parallel move into their homes */
    int8_t ms[CARRY_MAX], md[CARRY_MAX];
    int n = 0;
    for (int k = 0; k < s->ncarry; k++)
        if (src[k].reg >= 0 && !IS_XREG(src[k].reg) && src[k].reg != (int8_t)carry_homes[k]) {
            ms[n] = src[k].reg;
            md[n] = (int8_t)carry_homes[k];
            n++;
        }
    while (n > 0) {
        int i, j;
        for (i = 0; i < n; i++) {
            for (j = 0; j < n; j++)
                if (j != i && ms[j] == md[i]) break;
            if (j == n) break; /* nothing else still needs md[i]'s old value */
        }
        if (i < n) {
            x64_mov_rr(s->b, 8, (x64_reg)md[i], (x64_reg)ms[i]);
        } else { /* only cycles left: swap, then redirect the moves that read either one */
            i = 0;
            int8_t a = ms[0], d = md[0];
            x64_xchg_rr(s->b, 8, (x64_reg)a, (x64_reg)d);
            for (j = 1; j < n; j++) {
                if (ms[j] == d)
                    ms[j] = a;
                else if (ms[j] == a)
                    ms[j] = d;
            }
        }
        ms[i] = ms[n - 1];
        md[i] = md[n - 1];
        n--;
        for (j = 0; j < n;) { /* drop moves that became no-ops */
            if (ms[j] == md[j]) {
                ms[j] = ms[n - 1];
                md[j] = md[n - 1];
                n--;
            } else {
                j++;
            }
        }
    }
    /* carried values in xmm registers, spill slots, constants or cpu state (no home is the
     * source of a move any more) */
    for (int k = 0; k < s->ncarry; k++) {
        x64_reg h = carry_homes[k];
        if (IS_XREG(src[k].reg))
            x64_movq_rx(s->b, h, src[k].reg - 16);
        else if (src[k].reg >= 0)
            continue;
        else if (src[k].flags & SRC_MEM)
            x64_load(s->b, 8, 0, h, gstate(src[k].g));
        else if (src[k].spill >= 0)
            x64_load(s->b, 8, 0, h, spill_mem(src[k].spill));
        else if (src[k].flags & BACKEND_REGLOC_PCREL)
            emit_guest_addr(s, h, src[k].value);
        else
            x64_mov_ri(s->b, h, (uint64_t)src[k].value);
    }
    /* other dirty registers in spill slots or constants (rax is no home: free to use) */
    store_dirty(s, dirty, ndirty, false, keep);
}

/* After edge_moves: a backward edge tests exit_request first; then jmp to label l (patched
 * later when l is further on). */
static void edge_jump(bstate *s, int l, bool backward) {
    if (backward) {
        x64_alu_mi(s->b, X64_CMP, 4, X64_MEM(CPU, RV64_OFF_EXIT_REQ), 0);
        uint8_t *req = x64_jcc32(s->b, X64_CC_NE);
        if (s->nreq >= BACKEND_MAX_EDGES) {
            s->error = 1;
            return;
        }
        s->req[s->nreq].field = req;
        s->req[s->nreq++].label = (uint8_t)l;
    }
    if (s->label_host[l]) {
        x64_jmp_to(s->b, s->label_host[l]);
        return;
    }
    uint8_t *field = x64_jmp32(s->b);
    if (s->nfix >= BACKEND_MAX_EDGES) {
        s->error = 1;
        return;
    }
    s->fix[s->nfix].field = field;
    s->fix[s->nfix++].label = (uint8_t)l;
}

/* An EXIT_JUMP to label l (or the fall into a LABEL from code that did not exit): `fall` when
 * the label comes next. */
static void emit_edge_inline(bstate *s, int l, bool fall) {
    backend_regloc dirty[64], src[CARRY_MAX];
    uint32_t nd = snapshot_dirty(s, dirty);
    carry_sources(s, src);
    edge_moves(s, dirty, nd, src, l);
    if (!fall) edge_jump(s, l, s->label_idx[l] <= s->idx);
}

/* Forward jumps to labels, and the exits taken when exit_request is seen at a backward edge:
 * from the state of the label, the carried dirty registers go back to cpu state and the
 * dispatcher continues at the label's pc. */
static void emit_label_exits(bstate *s) {
    for (uint32_t i = 0; i < s->nfix; i++) {
        if (s->label_host[s->fix[i].label])
            x64_patch_rel32(s->fix[i].field, s->label_host[s->fix[i].label]);
        else
            s->error = 1;
    }
    for (int l = 0; l < s->nlabels; l++) {
        bool any = false;
        for (uint32_t i = 0; i < s->nreq; i++) {
            if (s->req[i].label != l) continue;
            x64_patch_rel32(s->req[i].field, s->b->p);
            any = true;
        }
        if (!any) continue;
        for (int k = 0; k < s->ncarry; k++)
            if (s->label_dirty[l] >> s->carry_g[k] & 1)
                x64_store(s->b, 8, gstate(s->carry_g[k]), carry_homes[k]);
        set_pc_and_exit(s, s->label_pc[l], RV64_EXIT_LOOKUP);
    }
}

static void emit_brcond(bstate *s, const ir_insn *in) {
    x64_cond cc = emit_cmp(s, in->a, in->b, (ir_cond)in->cond);
    if (s->nexits >= BACKEND_MAX_EDGES) {
        s->error = 1;
        return;
    }
    side_exit *e = &s->exits[s->nexits++];
    e->target = (uint64_t)in->imm;
    e->nstores = snapshot_dirty(s, e->st);
    e->label = (int16_t)edge_label(s, in);
    e->backward = e->label >= 0 && s->label_idx[e->label] <= s->idx;
    if (e->label >= 0) carry_sources(s, e->src);
    e->jcc_field = x64_jcc32(s->b, cc);
}

static void emit_side_exit_stubs(bstate *s) {
    for (uint32_t i = 0; i < s->nexits; i++) {
        side_exit *e = &s->exits[i];
        uint8_t *stub = s->b->p;
        if (e->label >= 0) {
            edge_moves(s, e->st, e->nstores, e->src, e->label);
            if (!e->backward && s->b->p == stub) {
                /* nothing to move: branch straight to the label */
                if (e->jcc_field) x64_patch_rel32(e->jcc_field, s->label_host[e->label]);
                continue;
            }
            if (e->jcc_field) x64_patch_rel32(e->jcc_field, stub);
            edge_jump(s, e->label, e->backward);
            continue;
        }
        if (e->jcc_field) x64_patch_rel32(e->jcc_field, stub);
        /* values in registers first: the spilled and wide-constant ones use rax as scratch,
         * and rax may itself hold one of the dirty values */
        store_dirty(s, e->st, e->nstores, true, 0);
        store_dirty(s, e->st, e->nstores, false, 0);
        emit_direct_exit(s, e->target);
    }
}

/* -- Atomics ----------------------------------------------------------------------------- *
 * AMO, LR and SC inline. x86 locked instructions (and xchg with memory) are sequentially
 * consistent, which covers every aq/rl combination. The access is a fault point like a load:
 * a fault there is precise. Replaced helper calls cost 23% of a malloc-heavy benchmark. */

static void emit_amo(bstate *s, const ir_insn *in) {
    int sz = in->size;
    int kind = (int)in->imm;
    if (kind == AMO_SWAP && !(in->flags & IR_ACQUIRE) && !temp_live(s, in->dst)) {
        /* a swap whose old value nobody reads (amoswap zero, ...), without .aq, is an atomic
         * store: an aligned x86 store is atomic and release-ordered (TSO), which is what .rl
         * asks and more than a relaxed AMO needs. No lock, no store-buffer drain: glibc's
         * free() does one per call (av->have_fastchunks). Faults as the AMO would (a write). */
        int32_t imm;
        if (imm_operand(s, in->b, &imm)) {
            x64_mem m = guest_mem(s, in->a, 0, 0);
            record_fault(s);
            x64_store_imm(s->b, sz, m, imm);
        } else {
            x64_reg rv = use(s, in->b, regmask(s, in->a, 0));
            x64_mem m = guest_mem(s, in->a, 0, 1u << rv);
            record_fault(s);
            x64_store(s->b, sz, m, reg_of(s, in->b));
        }
        return;
    }
    if (kind == AMO_SWAP || kind == AMO_ADD) {
        x64_reg ra = use(s, in->a, 0);
        x64_reg rd = def_from(s, in->dst, in->b, in->a); /* rd = the operand, then the old value */
        ra = reg_of(s, in->a);
        x64_mem m = X64_MEMI(GBASE, ra, 1, 0);
        record_fault(s);
        if (kind == AMO_SWAP)
            x64_xchg_mr(s->b, sz, m, rd);
        else
            x64_lock_xadd_mr(s->b, sz, m, rd);
        sext_result(s, sz, rd);
        return;
    }
    /* compare-and-swap loop: rax = old value, scratch = the new one */
    claim(s, X64_RAX, 0);
    x64_reg ra = use(s, in->a, 1u << X64_RAX);
    x64_reg rb = use(s, in->b, (1u << X64_RAX) | (1u << ra));
    ra = reg_of(s, in->a);
    int tmp = alloc_reg(s, (1u << X64_RAX) | (1u << ra) | (1u << rb));
    x64_mem m = X64_MEMI(GBASE, ra, 1, 0);
    record_fault(s);
    x64_load(s->b, sz, 0, X64_RAX, m);
    uint8_t *again = s->b->p;
    x64_mov_rr(s->b, 8, (x64_reg)tmp, X64_RAX);
    switch (kind) {
    case AMO_XOR: x64_alu_rr(s->b, X64_XOR, sz, (x64_reg)tmp, rb); break;
    case AMO_AND: x64_alu_rr(s->b, X64_AND, sz, (x64_reg)tmp, rb); break;
    case AMO_OR: x64_alu_rr(s->b, X64_OR, sz, (x64_reg)tmp, rb); break;
    default: {
        /* tmp = old; replace it by the operand unless old already wins */
        static const x64_cond keep_old_not[] = {[AMO_MIN] = X64_CC_GE,
                                                [AMO_MAX] = X64_CC_LE,
                                                [AMO_MINU] = X64_CC_AE,
                                                [AMO_MAXU] = X64_CC_BE};
        x64_alu_rr(s->b, X64_CMP, sz, X64_RAX, rb);
        x64_cmov(s->b, keep_old_not[kind], 8, (x64_reg)tmp, rb);
        break;
    }
    }
    record_fault(s);
    x64_lock_cmpxchg_mr(s->b, sz, m, (x64_reg)tmp);
    x64_jcc_to(s->b, X64_CC_NE, again);
    sext_result(s, sz, X64_RAX);
    release_dead(s, in);
    s->hreg[X64_RAX] = in->dst;
    s->t[in->dst].reg = X64_RAX;
}

static void emit_lr(bstate *s, const ir_insn *in) {
    x64_reg ra = use(s, in->a, 0);
    x64_reg rd = def_new(s, in->dst, 1u << ra);
    record_fault(s);
    x64_load(s->b, in->size, in->size == 4, rd, X64_MEMI(GBASE, ra, 1, 0));
    x64_store(s->b, 8, X64_MEM(CPU, RV64_OFF_RES_ADDR), ra);
    x64_store(s->b, 8, X64_MEM(CPU, RV64_OFF_RES_VALUE), rd);
    x64_store_imm(s->b, 8, X64_MEM(CPU, RV64_OFF_RES_VALID), 1);
}

static void emit_sc(bstate *s, const ir_insn *in) {
    claim(s, X64_RAX, 0);
    x64_reg ra = use(s, in->a, 1u << X64_RAX);
    x64_reg rb = use(s, in->b, (1u << X64_RAX) | (1u << ra));
    ra = reg_of(s, in->a);
    x64_reg rd = def_new(s, in->dst, (1u << X64_RAX) | (1u << ra) | (1u << rb));
    x64_mov_ri(s->b, rd, 1);
    x64_alu_mi(s->b, X64_CMP, 8, X64_MEM(CPU, RV64_OFF_RES_VALID), 0);
    uint8_t *no_res = x64_jcc8(s->b, X64_CC_E);
    x64_alu_mr(s->b, X64_CMP, 8, X64_MEM(CPU, RV64_OFF_RES_ADDR), ra);
    uint8_t *other = x64_jcc8(s->b, X64_CC_NE);
    x64_load(s->b, 8, 0, X64_RAX, X64_MEM(CPU, RV64_OFF_RES_VALUE));
    record_fault(s);
    x64_lock_cmpxchg_mr(s->b, in->size, X64_MEMI(GBASE, ra, 1, 0), rb);
    uint8_t *changed = x64_jcc8(s->b, X64_CC_NE);
    x64_alu_rr(s->b, X64_XOR, 4, rd, rd);
    x64_patch_rel8(no_res, s->b->p);
    x64_patch_rel8(other, s->b->p);
    x64_patch_rel8(changed, s->b->p);
    x64_store_imm(s->b, 8, X64_MEM(CPU, RV64_OFF_RES_VALID), 0);
}

/* -- Helper calls ----------------------------------------------------------------------- */

static void emit_call(bstate *s, const ir_insn *in) {
    uint8_t f = in->flags;
    /* a helper that may fault or trap sees the whole guest state in cpu (precise signals) */
    if (f & (IR_CALL_RD_X | IR_CALL_WR_X | IR_CALL_FAULT)) writeback_range(s, 0, 32);
    if (f & (IR_CALL_RD_F | IR_CALL_WR_F | IR_CALL_FAULT)) writeback_range(s, 32, 64);
    /* free every caller-saved register, keeping live values */
    for (int h = 0; h < 16; h++)
        if ((CALLER_SAVED_MASK & (1u << h)) && s->hreg[h]) evict(s, h, CALLER_SAVED_MASK);
    evict_xmm(s);
    static const x64_reg argreg[] = {X64_RSI, X64_RDX, X64_RCX};
    ir_temp args[3] = {in->a, in->b, in->c};
    for (int i = 0; i < 3; i++) {
        if (!args[i]) continue;
        temp_info *ti = &s->t[args[i]];
        if (ti->reg >= 0)
            x64_mov_rr(s->b, 8, argreg[i], (x64_reg)ti->reg);
        else if (ti->is_const)
            mov_const(s, argreg[i], ti);
        else if (ti->spill >= 0)
            x64_load(s->b, 8, 0, argreg[i], spill_mem(ti->spill));
        else
            s->error = 1;
    }
    if (f & IR_CALL_FAULT) store_pc(s, s->pc);
    x64_mov_rr(s->b, 8, X64_RDI, CPU);
    x64_call_mem(s->b, X64_MEM(CPU, RV64_OFF_HELPER(in->imm)));
    if (f & IR_CALL_WR_X) unbind_range(s, 0, 32);
    if (f & IR_CALL_WR_F) unbind_range(s, 32, 64);
    release_dead(s, in);
    if (in->dst) {
        s->hreg[X64_RAX] = in->dst;
        s->t[in->dst].reg = X64_RAX;
    }
}

/* -- F/D arithmetic (IR_FP): backend_fp.inc, docs/fp.md ------------------------------------ */

#include "backend_fp.inc"

/* -- Instrumentation (plugins, docs/plugins.md) ------------------------------------------
 *
 * The scoreboard is a per-thread u64 array at cpu->plugin_sb. An inline operation is
 *     mov r, [r14 + plugin_sb] ; add/mov qword [r + 8*slot], imm32 (or a register)
 * with r a free register, or rax saved around it when none is free. A conditional callback
 * does the work of a helper call first (write-back, caller-saved registers freed), then
 *     mov rax, [r14 + plugin_sb] ; cmp qword [rax + 8*slot], value ; j<not cond> skip
 *     <call helpers[HELPER_PLUGIN](cpu, b)> ; skip:
 * so the allocator state is the same whether the call happens or not. */

static x64_mem sb_mem(x64_reg r, int64_t slot) {
    return X64_MEM(r, (int32_t)(8 * slot));
}

static void emit_sb_op(bstate *s, const ir_insn *in) {
    if (in->imm < 0 || in->imm >= (1 << 28)) {
        s->error = 1;
        return;
    }
    const temp_info *ti = &s->t[in->a];
    bool imm = ti->is_const && plain_imm32(s, ti);
    uint32_t avoid = 0;
    if (!imm) avoid = 1u << use(s, in->a, 0);
    int h = find_free(s, avoid);
    x64_reg r = h >= 0 ? (x64_reg)h : (avoid & (1u << X64_RAX)) ? X64_RCX : X64_RAX;
    if (h < 0) x64_push(s->b, r);
    x64_load(s->b, 8, 0, r, X64_MEM(CPU, RV64_OFF_PLUGIN_SB));
    x64_mem m = sb_mem(r, in->imm);
    if (in->op == IR_SB_ADD && imm)
        x64_alu_mi(s->b, X64_ADD, 8, m, (int32_t)ti->value);
    else if (in->op == IR_SB_ADD)
        x64_alu_mr(s->b, X64_ADD, 8, m, reg_of(s, in->a));
    else if (imm)
        x64_store_imm(s->b, 8, m, (int32_t)ti->value);
    else
        x64_store(s->b, 8, m, reg_of(s, in->a));
    if (h < 0) x64_pop(s->b, r);
}

static void emit_sb_call_if(bstate *s, const ir_insn *in) {
    uint8_t f = in->flags;
    if (in->imm < 0 || in->imm >= (1 << 28)) {
        s->error = 1;
        return;
    }
    if (f & (IR_CALL_RD_X | IR_CALL_WR_X | IR_CALL_FAULT)) writeback_range(s, 0, 32);
    if (f & (IR_CALL_RD_F | IR_CALL_WR_F | IR_CALL_FAULT)) writeback_range(s, 32, 64);
    for (int h = 0; h < 16; h++)
        if ((CALLER_SAVED_MASK & (1u << h)) && s->hreg[h]) evict(s, h, CALLER_SAVED_MASK);
    evict_xmm(s);
    /* rax and rcx are free now; the operands are constants, in callee-saved registers or
     * spilled */
    x64_load(s->b, 8, 0, X64_RAX, X64_MEM(CPU, RV64_OFF_PLUGIN_SB));
    const temp_info *ta = &s->t[in->a];
    if (ta->is_const && plain_imm32(s, ta)) {
        x64_alu_mi(s->b, X64_CMP, 8, sb_mem(X64_RAX, in->imm), (int32_t)ta->value);
    } else {
        x64_reg rv = X64_RCX;
        if (ta->reg >= 0)
            rv = (x64_reg)ta->reg;
        else if (ta->is_const)
            mov_const(s, X64_RCX, ta);
        else if (ta->spill >= 0)
            x64_load(s->b, 8, 0, X64_RCX, spill_mem(ta->spill));
        else
            s->error = 1;
        x64_alu_rm(s->b, X64_CMP, 8, rv, sb_mem(X64_RAX, in->imm));
    }
    x64_cond cc = cond_of((ir_cond)in->cond);
    uint8_t *skip = NULL;
    if (ta->is_const && plain_imm32(s, ta)) {
        skip = x64_jcc32(s->b, x64_cond_invert(cc));
    } else {
        /* cmp value, [sb]: sb cond value is value cond' sb */
        static const x64_cond rev[] = {X64_CC_E,  X64_CC_NE, X64_CC_G,
                                       X64_CC_LE, X64_CC_A,  X64_CC_BE};
        skip = x64_jcc32(s->b, x64_cond_invert(rev[in->cond]));
    }
    const temp_info *tb = &s->t[in->b];
    if (tb->reg >= 0)
        x64_mov_rr(s->b, 8, X64_RSI, (x64_reg)tb->reg);
    else if (tb->is_const)
        mov_const(s, X64_RSI, tb);
    else if (tb->spill >= 0)
        x64_load(s->b, 8, 0, X64_RSI, spill_mem(tb->spill));
    else
        s->error = 1;
    if (f & IR_CALL_FAULT) store_pc(s, s->pc);
    x64_mov_rr(s->b, 8, X64_RDI, CPU);
    x64_call_mem(s->b, X64_MEM(CPU, RV64_OFF_HELPER(HELPER_PLUGIN)));
    if (skip) x64_patch_rel32(skip, s->b->p);
    if (f & IR_CALL_WR_X) unbind_range(s, 0, 32);
    if (f & IR_CALL_WR_F) unbind_range(s, 32, 64);
}

/* -- Driver ----------------------------------------------------------------------------- */

static void emit_insn(bstate *s, const ir_insn *in) {
    switch ((ir_op)in->op) {
    case IR_NOP: break;
    case IR_INSN_START: s->pc = (uint64_t)in->imm; break;
    case IR_CONST:
        s->t[in->dst].is_const = 1;
        s->t[in->dst].pcrel = (in->flags & IR_PCREL) != 0;
        s->t[in->dst].value = in->imm;
        break;
    case IR_GET: {
        int g = (int)in->imm;
        if (s->greg[g] >= s->u->ntemps) { /* a carried register in its home (labels) */
            take_home(s, in->dst, s->greg[g], g);
            break;
        }
        if (s->greg[g]) {
            /* still bound (the optimizer normally forwards this): copy */
            x64_reg r = use(s, s->greg[g], 0);
            x64_reg rd = def_new(s, in->dst, 1u << r);
            x64_mov_rr(s->b, 8, rd, r);
        } else {
            if (s->xpref[in->dst])
                x64_movs_load(s->b, 1, def_x(s, in->dst, 0), gstate(g));
            else
                x64_load(s->b, 8, 0, def_new(s, in->dst, 0), gstate(g));
            s->greg[g] = in->dst;
            s->t[in->dst].nbind++;
        }
        break;
    }
    case IR_SET: {
        int g = (int)in->imm;
        ir_temp old = s->greg[g];
        if (old) {
            s->t[old].nbind--;
            if (s->gdirty >> g & 1) s->t[old].ndirty--;
        }
        s->greg[g] = in->a;
        s->gdirty |= 1ull << g;
        s->t[in->a].nbind++;
        s->t[in->a].ndirty++;
        break;
    }
    case IR_ADD: emit_alu(s, in, X64_ADD); break;
    case IR_SUB: emit_alu(s, in, X64_SUB); break;
    case IR_AND: emit_alu(s, in, X64_AND); break;
    case IR_OR: emit_alu(s, in, X64_OR); break;
    case IR_XOR: emit_alu(s, in, X64_XOR); break;
    case IR_ANDN: emit_andn(s, in); break;
    case IR_SHL: emit_shift(s, in, X64_SHL); break;
    case IR_SHR: emit_shift(s, in, X64_SHR); break;
    case IR_SAR: emit_shift(s, in, X64_SAR); break;
    case IR_ROL: emit_shift(s, in, X64_ROL); break;
    case IR_ROR: emit_shift(s, in, X64_ROR); break;
    case IR_MUL: emit_mul(s, in); break;
    case IR_MULH:
    case IR_MULHU:
    case IR_MULHSU: emit_mulh(s, in); break;
    case IR_DIV:
    case IR_DIVU:
    case IR_REM:
    case IR_REMU: emit_div(s, in); break;
    case IR_MIN:
    case IR_MAX:
    case IR_MINU:
    case IR_MAXU: emit_minmax(s, in); break;
    case IR_SETCC: {
        x64_cond cc = emit_cmp(s, in->a, in->b, (ir_cond)in->cond);
        x64_reg rd = def_new(s, in->dst, regmask(s, in->a, in->b));
        x64_setcc(s->b, cc, rd);
        x64_movzx8(s->b, rd, rd);
        break;
    }
    case IR_NOT:
    case IR_NEG:
    case IR_SEXT:
    case IR_ZEXT:
    case IR_CLZ:
    case IR_CTZ:
    case IR_CPOP:
    case IR_BSWAP: emit_unary(s, in); break;
    case IR_LOAD: {
        x64_mem m = guest_mem(s, in->a, in->imm, 0);
        if (s->xpref[in->dst]) { /* fld: a double for FP operations */
            int x = def_x(s, in->dst, 0);
            record_fault(s);
            x64_movs_load(s->b, 1, x, m);
            break;
        }
        x64_reg rd = def_new(s, in->dst, in->a ? 1u << s->t[in->a].reg : 0);
        record_fault(s);
        x64_load(s->b, in->size, (in->flags & IR_SIGNED) != 0, rd, m);
        break;
    }
    case IR_STORE: {
        int32_t imm;
        if (imm_operand(s, in->b, &imm)) {
            /* size 8 stores the sign-extended imm32, which is the constant's value */
            x64_mem m = guest_mem(s, in->a, in->imm, 0);
            record_fault(s);
            x64_store_imm(s->b, in->size, m, imm);
        } else if (in->size == 8 && IS_XREG(s->t[in->b].reg) && in->a != in->b) { /* fsd */
            x64_mem m = guest_mem(s, in->a, in->imm, 0);
            record_fault(s);
            x64_movs_store(s->b, 1, m, s->t[in->b].reg - 16);
        } else {
            x64_reg rv = use(s, in->b, regmask(s, in->a, 0));
            x64_mem m = guest_mem(s, in->a, in->imm, 1u << rv);
            record_fault(s);
            x64_store(s->b, in->size, m, reg_of(s, in->b));
        }
        break;
    }
    case IR_CALL: emit_call(s, in); break;
    case IR_AMO: emit_amo(s, in); break;
    case IR_LR: emit_lr(s, in); break;
    case IR_SC: emit_sc(s, in); break;
    case IR_FP: emit_fp(s, in); break;
    case IR_SB_ADD:
    case IR_SB_STORE: emit_sb_op(s, in); break;
    case IR_SB_CALL_IF: emit_sb_call_if(s, in); break;
    case IR_BRCOND: emit_brcond(s, in); break;
    case IR_LABEL: {
        int l = label_of(s, (uint64_t)in->imm);
        if (l < 0 || s->label_idx[l] != s->idx) {
            s->error = 1;
            break;
        }
        if (!s->ended) emit_edge_inline(s, l, true); /* the code before falls into the label */
        enter_label(s, l);
        break;
    }
    case IR_EXIT_JUMP: {
        int l = edge_label(s, in);
        if (l >= 0) {
            const ir_insn *next = s->idx + 1 < s->u->n ? in + 1 : NULL;
            emit_edge_inline(s, l, next && next->op == IR_LABEL && next->imm == in->imm);
            break;
        }
        writeback_all(s);
        emit_direct_exit(s, (uint64_t)in->imm);
        break;
    }
    case IR_EXIT_INDIRECT: emit_indirect(s, in->a); break;
    case IR_EXIT_SPECIAL:
        writeback_all(s);
        set_pc_and_exit(s, (uint64_t)in->imm, in->size);
        break;
    default: s->error = 1; break;
    }
}

int backend_emit(const ir_unit *u, x64_buf *buf, backend_out *out) {
    static __thread bstate st;
    bstate *s = &st;
    memset(s->hreg, 0, sizeof s->hreg);
    memset(s->greg, 0, sizeof s->greg);
    s->gdirty = 0;
    s->u = u;
    s->b = buf;
    s->out = out;
    s->nspill = 0;
    s->error = 0;
    s->nexits = 0;
    s->pc = u->guest_pc;
    s->pic = u->pic;
    out->n_prel = 0;
    out->n_faults = 0;
    out->n_links = 0;
    out->n_regs = 0;
    for (uint32_t t = 0; t < u->ntemps; t++) {
        s->t[t] = (temp_info){.reg = -1, .spill = -1};
    }
    for (uint32_t i = 0; i < u->n; i++) {
        const ir_insn *in = &u->insn[i];
        if (in->a) s->t[in->a].last_use = i;
        if (in->b) s->t[in->b].last_use = i;
        if (in->c) s->t[in->c].last_use = i;
        if (in->dst && s->t[in->dst].last_use < i) s->t[in->dst].last_use = i;
    }
    fp_plan(s);
    /* entry: leave at once if the runtime asked (signal, flush); nothing is live yet */
    x64_alu_mi(buf, X64_CMP, 4, X64_MEM(CPU, RV64_OFF_EXIT_REQ), 0);
    uint8_t *req = x64_jcc32(buf, X64_CC_NE);
    fp_begin(s);
    labels_plan(s);
    s->ended = false;
    for (uint32_t i = 0; i < u->n && !s->error; i++) {
        const ir_insn *in = &u->insn[i];
        s->idx = i;
        emit_insn(s, in);
        release_dead(s, in);
        if (in->op != IR_NOP) s->ended = (ir_op_flags[in->op] & IRF_EXIT) && in->op != IR_BRCOND;
    }
    emit_side_exit_stubs(s);
    emit_fp_stubs(s);
    emit_label_exits(s);
    if (req) x64_patch_rel32(req, buf->p);
    set_pc_and_exit(s, u->guest_pc, RV64_EXIT_LOOKUP);
    if (buf->invalid) s->error = 1;
    return s->error ? -1 : 0;
}
