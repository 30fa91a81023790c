/*
 * rvfuzz: random differential testing of a RISC-V user-mode runner.
 *
 * The fuzzer generates short random sequences of valid RV64 instructions, packs
 * them into a hand-made static ELF, runs the ELF under the runner being tested
 * (any command; the ELF path is appended) and compares what each sequence left
 * in the registers and in memory with a reference:
 *
 *   --ext imacd   RV64 I, M, A, C and D; reference: unicorn (the sequence is run
 *                 in-process from the same initial state) or qemu-riscv64.
 *   --ext f       F (single precision) mixed with I, M, C and D; reference: qemu.
 *                 Unicorn 2.0.1 does not NaN-box singles, so it cannot judge F.
 *
 * Guest layout (identical in the ELF and in unicorn, so auipc/jal links agree):
 *
 *   TEXT_BASE+0x1000  per sequence: init | body | dump, then exit(0)
 *   DATA_BASE+3072    result record (RECORD_WORDS words, written with write(1))
 *   BUF               4 KiB scratch buffer all memory accesses stay inside
 *   SLOTS + i*SLOT    per sequence: pristine buffer image, then initial state table
 *
 * init copies the image into BUF, loads fcsr, f0-f31 and x1-x31 from the table.
 * The body never writes the base registers sp, s0, s1 (BUF+1024, BUF, BUF+2048),
 * so memory operands are "base + in-range offset" and the dump can address the
 * record relative to s0.  dump stores x0-x31, f0-f31, fcsr and an FNV-style
 * hash of BUF into the record and writes it to stdout.
 *
 * Control flow in a body only goes forward to a unit boundary (or the end);
 * a unit is one instruction or an indivisible group (auipc+jalr, addi+amo,
 * lr ... sc) that must not be entered in the middle.
 *
 * --loops makes loop-structured bodies instead (a separate generator; the default
 * mode's sequences are unchanged), with either --ext and either reference: bounded
 * loops nested up to 3 deep, trip counts 0-20 with at most 400 iterations of a nest,
 * in six shapes (do-while counting down to zero or to a bound register, or up to a
 * bound, with bnez/bgtz/blt/bltu/bne back edges; top-tested loops whose back edge is
 * an unconditional j/c.j/jal and whose exit is a forward beqz/bge at the head;
 * rotated while loops entered by a jump to the test at the bottom). Inside them:
 * forward if and if-else, conditional break and continue (also of an outer loop),
 * register shuffles (rotations, swaps) and the ordinary units. Bodies run to 40-600
 * instructions, loop bodies from a few to 150 units; operands favour a per-sequence
 * set of 6-16 registers, so many are live across the loop edges (the translator
 * carries at most 10 in host registers). A loop's counter and bound registers are
 * written by nothing but its own latch, so every loop ends whatever the random
 * values are (see "Loop-structured sequences" below).
 *
 * --aot RECOMP puts the AOT tier under test: each ELF is compiled first with
 * `RECOMP -q guest.elf -o guest.elf.cache`, and the runner gets `--cache
 * guest.elf.cache` before the ELF path. A failing compile, or any complaint of the
 * runner about the cache on stderr (a refused cache would silently test the JIT),
 * fails every sequence of the ELF.
 *
 * Every sequence is generated from (seed, index, ext, reference, --loops) alone, so a
 * failure reported as "seed S seq I" is reproduced by "--seed S --start I --count 1"
 * (add --keep DIR to keep the ELF and its cache, --only KIND,... to narrow the
 * generator down; the failure report prints the whole command).
 *
 * Unicorn 2.0.1 bugs steered around when it is the reference (each is still
 * generated in full under qemu, i.e. in --ext f runs): fmin/fmax with a signaling
 * NaN, amo{min,max}[u].w (memory word zero-extended), fcvt.s.d/fcvt.d.s (NaN-boxing);
 * with --loops also fmadd & co. with inf * 0 + a quiet NaN (no invalid flag): the
 * addend is converted from an integer register just before.
 *
 * Example:
 *   rvfuzz --runner build/bin/recomp-run --ref unicorn --seed 1 --count 2000
 *   rvfuzz --runner qemu-riscv64 --ext f --seed 7 --count 500
 *   rvfuzz --runner build/bin/recomp-run --aot build/bin/recomp --loops --count 2000
 */
#define _GNU_SOURCE
#include <elf.h>
#include <errno.h>
#include <inttypes.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>
#include <unicorn/unicorn.h>

/* -- Guest layout ------------------------------------------------------------------ */

#define TEXT_BASE       0x10000ull
#define CODE_START      (TEXT_BASE + 0x1000)
#define DATA_BASE       0x4000000ull
#define BUF_SIZE        4096
#define BUF_ADDR        (DATA_BASE + 4096)
#define RECORD_ADDR     (BUF_ADDR - 1024)
#define HASH_CONST_ADDR (BUF_ADDR - 8)
#define SLOTS_ADDR      (DATA_BASE + 8192)
#define SLOT_SIZE       (BUF_SIZE + 1024)
#define TABLE_OFF       BUF_SIZE

/* Record / initial-state table: x0-x31, f0-f31, fcsr, memory hash. */
#define REC_X        0
#define REC_F        32
#define REC_FCSR     64
#define REC_HASH     65
#define RECORD_WORDS 66
#define RECORD_BYTES (RECORD_WORDS * 8)

#define HASH_MUL 0x9e3779b97f4a7c15ull

/* Base registers: never written by a body; offsets of their values inside BUF. */
#define REG_SP        2
#define REG_S0        8
#define REG_S1        9
#define SP_OFF        1024
#define S0_OFF        0
#define S1_OFF        2048
#define RESERVED_MASK ((1u << 0) | (1u << REG_SP) | (1u << REG_S0) | (1u << REG_S1))

#define SEQ_MAX_UNITS  64   /* forward mode: units per sequence (--max-len bound) */
#define SEQ_MAX_INSNS  1024 /* forward mode stays far below 512 */
#define SEQ_MAX_BYTES  (SEQ_MAX_INSNS * 4)
#define SEQ_MAX_LABELS 512 /* --loops: unit_first[] holds branch labels */

enum { EXT_IMACD, EXT_F };
enum { REF_UNICORN, REF_QEMU };

/* -- Random numbers ---------------------------------------------------------------- */

typedef struct {
    uint64_t state;
} rng_t;

static uint64_t rng_next(rng_t *r) {
    uint64_t z = (r->state += 0x9e3779b97f4a7c15ull);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ull;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebull;
    return z ^ (z >> 31);
}

static uint32_t rng_below(rng_t *r, uint32_t n) {
    return (uint32_t)(((rng_next(r) >> 32) * (uint64_t)n) >> 32);
}

static bool rng_chance(rng_t *r, unsigned percent) {
    return rng_below(r, 100) < percent;
}

static int32_t rng_range(rng_t *r, int32_t lo, int32_t hi) {
    return lo + (int32_t)rng_below(r, (uint32_t)(hi - lo + 1));
}

/* -- Instruction encoders ---------------------------------------------------------- */

enum {
    OP_LOAD = 0x03,
    OP_LOAD_FP = 0x07,
    OP_MISC_MEM = 0x0f,
    OP_IMM = 0x13,
    OP_AUIPC = 0x17,
    OP_IMM_32 = 0x1b,
    OP_STORE = 0x23,
    OP_STORE_FP = 0x27,
    OP_AMO = 0x2f,
    OP_OP = 0x33,
    OP_LUI = 0x37,
    OP_OP_32 = 0x3b,
    OP_MADD = 0x43,
    OP_OP_FP = 0x53,
    OP_BRANCH = 0x63,
    OP_JALR = 0x67,
    OP_JAL = 0x6f,
    OP_SYSTEM = 0x73,
};

static uint32_t enc_r(uint32_t op, int rd, int f3, int rs1, int rs2, uint32_t f7) {
    return f7 << 25 | (uint32_t)rs2 << 20 | (uint32_t)rs1 << 15 | (uint32_t)f3 << 12 |
           (uint32_t)rd << 7 | op;
}

static uint32_t enc_i(uint32_t op, int rd, int f3, int rs1, int32_t imm) {
    return ((uint32_t)imm & 0xfff) << 20 | (uint32_t)rs1 << 15 | (uint32_t)f3 << 12 |
           (uint32_t)rd << 7 | op;
}

static uint32_t enc_s(uint32_t op, int f3, int rs1, int rs2, int32_t imm) {
    uint32_t u = (uint32_t)imm;
    return ((u >> 5) & 0x7f) << 25 | (uint32_t)rs2 << 20 | (uint32_t)rs1 << 15 |
           (uint32_t)f3 << 12 | (u & 0x1f) << 7 | op;
}

static uint32_t enc_u(uint32_t op, int rd, uint32_t imm20) {
    return (imm20 & 0xfffff) << 12 | (uint32_t)rd << 7 | op;
}

static uint32_t enc_r4(uint32_t op, int rd, int rm, int rs1, int rs2, int rs3, int fmt) {
    return (uint32_t)rs3 << 27 | (uint32_t)fmt << 25 | (uint32_t)rs2 << 20 | (uint32_t)rs1 << 15 |
           (uint32_t)rm << 12 | (uint32_t)rd << 7 | op;
}

static uint32_t enc_amo(int funct5, int aq, int rl, int f3, int rd, int rs1, int rs2) {
    return (uint32_t)funct5 << 27 | (uint32_t)aq << 26 | (uint32_t)rl << 25 | (uint32_t)rs2 << 20 |
           (uint32_t)rs1 << 15 | (uint32_t)f3 << 12 | (uint32_t)rd << 7 | OP_AMO;
}

/* Offset scatterers for the control-flow formats; the rest of the word is pre-built. */
static uint32_t off_b(int32_t off) {
    uint32_t u = (uint32_t)off;
    return ((u >> 12) & 1) << 31 | ((u >> 5) & 0x3f) << 25 | ((u >> 1) & 0xf) << 8 |
           ((u >> 11) & 1) << 7;
}

static uint32_t off_j(int32_t off) {
    uint32_t u = (uint32_t)off;
    return ((u >> 20) & 1) << 31 | ((u >> 1) & 0x3ff) << 21 | ((u >> 11) & 1) << 20 |
           ((u >> 12) & 0xff) << 12;
}

static uint32_t off_cj(int32_t off) {
    uint32_t u = (uint32_t)off;
    return ((u >> 11) & 1) << 12 | ((u >> 4) & 1) << 11 | ((u >> 8) & 3) << 9 |
           ((u >> 10) & 1) << 8 | ((u >> 6) & 1) << 7 | ((u >> 7) & 1) << 6 | ((u >> 1) & 7) << 3 |
           ((u >> 5) & 1) << 2;
}

static uint32_t off_cb(int32_t off) {
    uint32_t u = (uint32_t)off;
    return ((u >> 8) & 1) << 12 | ((u >> 3) & 3) << 10 | ((u >> 6) & 3) << 5 | ((u >> 1) & 3) << 3 |
           ((u >> 5) & 1) << 2;
}

/* Compressed formats (register numbers are full x/f numbers; x8-x15 for the primed). */
static uint32_t enc_ci(int f3, int rd, int32_t imm6, int quadrant) {
    uint32_t u = (uint32_t)imm6;
    return (uint32_t)f3 << 13 | ((u >> 5) & 1) << 12 | (uint32_t)rd << 7 | (u & 0x1f) << 2 |
           (uint32_t)quadrant;
}

/* c.lw/c.sw: uimm[5:3] -> 12:10, uimm[2] -> 6, uimm[6] -> 5 */
static uint32_t enc_cl_w(int f3, int rdp, int rs1p, uint32_t uimm) {
    return (uint32_t)f3 << 13 | ((uimm >> 3) & 7) << 10 | (uint32_t)(rs1p - 8) << 7 |
           ((uimm >> 2) & 1) << 6 | ((uimm >> 6) & 1) << 5 | (uint32_t)(rdp - 8) << 2;
}

/* c.ld/c.sd/c.fld/c.fsd: uimm[5:3] -> 12:10, uimm[7:6] -> 6:5 */
static uint32_t enc_cl_d(int f3, int rdp, int rs1p, uint32_t uimm) {
    return (uint32_t)f3 << 13 | ((uimm >> 3) & 7) << 10 | (uint32_t)(rs1p - 8) << 7 |
           ((uimm >> 6) & 3) << 5 | (uint32_t)(rdp - 8) << 2;
}

/* -- Sequences --------------------------------------------------------------------- */

enum { FIX_NONE, FIX_B, FIX_JAL, FIX_CJ, FIX_CB, FIX_PCREL_I };

typedef struct {
    uint32_t enc;
    uint8_t len;    /* 2 or 4 bytes */
    uint8_t fix;    /* FIX_*: how the target offset is inserted at layout */
    int16_t target; /* target unit index (nunits means: the end of the body); --loops: label */
} gen_insn_t;

typedef struct {
    gen_insn_t insn[SEQ_MAX_INSNS];
    int n;
    int unit_first[SEQ_MAX_LABELS + 1]; /* --loops: first instruction after each label */
    int nunits;                         /* --loops: number of labels */
    uint64_t init[RECORD_WORDS];        /* initial state, same layout as a record */
    uint8_t image[BUF_SIZE];            /* initial contents of BUF */
    uint8_t code[SEQ_MAX_BYTES];
    int code_len;
    uint64_t body_addr; /* guest address of the body once placed in an ELF */
} seq_t;

/* --loops: an open loop, innermost last (see gen_loop). */
typedef struct {
    int cnt;         /* counter register */
    int32_t lo, hi;  /* the values it takes */
    int latch, exit; /* labels: the counter update, the first instruction after the loop */
} loop_ctx_t;

#define LOOP_MAX_DEPTH 3

typedef struct {
    rng_t rng;
    seq_t *seq;
    int ext;
    bool for_unicorn; /* steer around unicorn 2.0.1 bugs (see gen_amo, gen_fp) */
    int total_units;
    uint32_t avoid; /* x registers the current unit must not write */
    /* --loops only (zero otherwise, so the forward mode draws nothing extra). */
    int nhot; /* registers x_src/x_dst prefer: many of them live across loop edges */
    uint8_t hot[16];
    loop_ctx_t loop[LOOP_MAX_DEPTH];
    int depth;     /* open loops */
    int trips;     /* product of the open loops' trip counts */
    int max_insns; /* no new unit once the body is this long */
    int kinds_weight;
    bool fma_int_addend; /* against unicorn: see gen_fp */
} gen_t;

static void emit(gen_t *g, uint32_t enc, int len, int fix, int target) {
    seq_t *s = g->seq;
    if (s->n >= SEQ_MAX_INSNS) return;
    s->insn[s->n].enc = enc;
    s->insn[s->n].len = (uint8_t)len;
    s->insn[s->n].fix = (uint8_t)fix;
    s->insn[s->n].target = (int16_t)target;
    s->n++;
}

static void emit32(gen_t *g, uint32_t enc) {
    emit(g, enc, 4, FIX_NONE, 0);
}

static void emit16(gen_t *g, uint32_t enc) {
    emit(g, enc, 2, FIX_NONE, 0);
}

/* -- Operand choice ---------------------------------------------------------------- */

static int x_src(gen_t *g) {
    if (rng_chance(&g->rng, 4)) return 0;
    if (g->nhot && rng_chance(&g->rng, 55)) return g->hot[rng_below(&g->rng, (uint32_t)g->nhot)];
    return 1 + (int)rng_below(&g->rng, 31);
}

/* A writable x register; x0 now and then when the encoding allows it. */
static int x_dst_or_zero(gen_t *g, bool allow_zero) {
    if (allow_zero && rng_chance(&g->rng, 3)) return 0;
    if (g->nhot && rng_chance(&g->rng, 55)) {
        int r = g->hot[rng_below(&g->rng, (uint32_t)g->nhot)];
        if (!((RESERVED_MASK | g->avoid) & (1u << r))) return r;
    }
    for (;;) {
        int r = 1 + (int)rng_below(&g->rng, 31);
        if (!((RESERVED_MASK | g->avoid) & (1u << r))) return r;
    }
}

static int x_dst(gen_t *g) {
    return x_dst_or_zero(g, true);
}

static int cx_src(gen_t *g) {
    return 8 + (int)rng_below(&g->rng, 8);
}

static int cx_dst(gen_t *g) {
    for (;;) {
        int r = 10 + (int)rng_below(&g->rng, 6);
        if (!(g->avoid & (1u << r))) return r;
    }
}

static int f_reg(gen_t *g) {
    return (int)rng_below(&g->rng, 32);
}

static int rand_rm(gen_t *g) {
    static const int rms[] = {0, 1, 2, 3, 4, 7, 7, 7};
    return rms[rng_below(&g->rng, 8)];
}

static int32_t rand_imm12(gen_t *g) {
    switch (rng_below(&g->rng, 8)) {
    case 0: return 0;
    case 1: return -1;
    case 2: return 2047;
    case 3: return -2048;
    case 4:
    case 5: return rng_range(&g->rng, -16, 16);
    default: return rng_range(&g->rng, -2048, 2047);
    }
}

/* A base register and offset addressing `size` aligned bytes inside BUF. */
static void pick_mem(gen_t *g, int size, int *base, int32_t *off) {
    static const int bases[3] = {REG_SP, REG_S0, REG_S1};
    static const int base_off[3] = {SP_OFF, S0_OFF, S1_OFF};
    for (;;) {
        int b = (int)rng_below(&g->rng, 3);
        int32_t addr;
        if (rng_chance(&g->rng, 50)) /* hot window: loads see earlier stores */
            addr = base_off[b] + (int32_t)rng_below(&g->rng, 256);
        else
            addr = (int32_t)rng_below(&g->rng, BUF_SIZE);
        addr &= ~(size - 1);
        if (addr + size > BUF_SIZE) continue;
        int32_t o = addr - base_off[b];
        if (o < -2048 || o > 2047) continue;
        *base = bases[b];
        *off = o;
        return;
    }
}

/* -- Unit generators: integer ------------------------------------------------------ */

static void gen_alu_rr(gen_t *g) {
    static const struct {
        uint8_t op, f3, f7;
    } t[] = {
        {OP_OP, 0, 0},    {OP_OP, 0, 0x20}, {OP_OP, 1, 0},       {OP_OP, 2, 0},
        {OP_OP, 3, 0},    {OP_OP, 4, 0},    {OP_OP, 5, 0},       {OP_OP, 5, 0x20},
        {OP_OP, 6, 0},    {OP_OP, 7, 0},    {OP_OP_32, 0, 0},    {OP_OP_32, 0, 0x20},
        {OP_OP_32, 1, 0}, {OP_OP_32, 5, 0}, {OP_OP_32, 5, 0x20},
    };
    int k = (int)rng_below(&g->rng, sizeof t / sizeof t[0]);
    int rs1 = x_src(g);
    int rs2 = rng_chance(&g->rng, 10) ? rs1 : x_src(g);
    emit32(g, enc_r(t[k].op, x_dst(g), t[k].f3, rs1, rs2, t[k].f7));
}

static void gen_alu_imm(gen_t *g) {
    int rd = x_dst(g), rs1 = x_src(g);
    switch (rng_below(&g->rng, 13)) {
    case 0: emit32(g, enc_i(OP_IMM, rd, 0, rs1, rand_imm12(g))); break;             /* addi */
    case 1: emit32(g, enc_i(OP_IMM, rd, 2, rs1, rand_imm12(g))); break;             /* slti */
    case 2: emit32(g, enc_i(OP_IMM, rd, 3, rs1, rand_imm12(g))); break;             /* sltiu */
    case 3: emit32(g, enc_i(OP_IMM, rd, 4, rs1, rand_imm12(g))); break;             /* xori */
    case 4: emit32(g, enc_i(OP_IMM, rd, 6, rs1, rand_imm12(g))); break;             /* ori */
    case 5: emit32(g, enc_i(OP_IMM, rd, 7, rs1, rand_imm12(g))); break;             /* andi */
    case 6: emit32(g, enc_i(OP_IMM, rd, 1, rs1, rng_range(&g->rng, 0, 63))); break; /* slli */
    case 7: emit32(g, enc_i(OP_IMM, rd, 5, rs1, rng_range(&g->rng, 0, 63))); break; /* srli */
    case 8: emit32(g, enc_i(OP_IMM, rd, 5, rs1, 0x400 | rng_range(&g->rng, 0, 63))); break;
    case 9: emit32(g, enc_i(OP_IMM_32, rd, 0, rs1, rand_imm12(g))); break; /* addiw */
    case 10: emit32(g, enc_i(OP_IMM_32, rd, 1, rs1, rng_range(&g->rng, 0, 31))); break;
    case 11: emit32(g, enc_i(OP_IMM_32, rd, 5, rs1, rng_range(&g->rng, 0, 31))); break;
    default: emit32(g, enc_i(OP_IMM_32, rd, 5, rs1, 0x400 | rng_range(&g->rng, 0, 31))); break;
    }
}

static void gen_upper(gen_t *g) {
    uint32_t imm = (uint32_t)rng_next(&g->rng);
    if (rng_chance(&g->rng, 30)) imm = rng_chance(&g->rng, 50) ? 0x80000 : 0x7ffff;
    emit32(g, enc_u(rng_chance(&g->rng, 50) ? OP_LUI : OP_AUIPC, x_dst(g), imm));
}

static void gen_muldiv(gen_t *g) {
    int rs1 = x_src(g);
    int rs2 = rng_chance(&g->rng, 10) ? rs1 : x_src(g);
    if (rng_chance(&g->rng, 60))
        emit32(g, enc_r(OP_OP, x_dst(g), (int)rng_below(&g->rng, 8), rs1, rs2, 1));
    else {
        static const int f3w[] = {0, 4, 5, 6, 7};
        emit32(g, enc_r(OP_OP_32, x_dst(g), f3w[rng_below(&g->rng, 5)], rs1, rs2, 1));
    }
}

static void gen_load(gen_t *g) {
    static const int f3s[] = {0, 1, 2, 3, 4, 5, 6}; /* lb lh lw ld lbu lhu lwu */
    int f3 = f3s[rng_below(&g->rng, 7)];
    int base;
    int32_t off;
    pick_mem(g, 1 << (f3 & 3), &base, &off);
    emit32(g, enc_i(OP_LOAD, x_dst(g), f3, base, off));
}

static void gen_store(gen_t *g) {
    int f3 = (int)rng_below(&g->rng, 4); /* sb sh sw sd */
    int base;
    int32_t off;
    pick_mem(g, 1 << f3, &base, &off);
    emit32(g, enc_s(OP_STORE, f3, base, x_src(g), off));
}

/* addi rT, base, off gives an aligned address in BUF for AMO/LR/SC. */
static int gen_addr_reg(gen_t *g, int size) {
    int base, rt = x_dst_or_zero(g, false);
    int32_t off;
    pick_mem(g, size, &base, &off);
    emit32(g, enc_i(OP_IMM, rt, 0, base, off));
    return rt;
}

static void gen_amo(gen_t *g) {
    static const int f5[] = {0x01, 0x00, 0x04, 0x0c, 0x08, 0x10, 0x14, 0x18, 0x1c};
    int is_d = (int)rng_below(&g->rng, 2);
    int op = f5[rng_below(&g->rng, 9)];
    /*
     * Unicorn 2.0.1 zero-extends the memory word before the 64-bit comparison of
     * amo{min,max}[u].w. For the unsigned pair the result is still right when rs2 is
     * zero-extended too (slli/srli below); the signed pair is switched to .d. Both
     * are covered in full by --ext f against qemu.
     */
    if (g->for_unicorn && !is_d && (op == 0x10 || op == 0x14)) is_d = 1;
    int rt = gen_addr_reg(g, is_d ? 8 : 4);
    int rs2 = x_src(g);
    if (g->for_unicorn && !is_d && op >= 0x18) {
        g->avoid |= 1u << rt;
        rs2 = x_dst_or_zero(g, false);
        g->avoid &= ~(1u << rt);
        emit32(g, enc_i(OP_IMM, rs2, 1, rs2, 32));
        emit32(g, enc_i(OP_IMM, rs2, 5, rs2, 32));
    }
    emit32(g, enc_amo(op, (int)rng_below(&g->rng, 2), (int)rng_below(&g->rng, 2), 2 + is_d,
                      x_dst(g), rt, rs2));
}

static void gen_alu_simple(gen_t *g) {
    if (rng_chance(&g->rng, 50))
        gen_alu_rr(g);
    else
        gen_alu_imm(g);
}

/*
 * lr; a few ALU ops; sc.  Adjacent and branch-free so the SC outcome is defined:
 * it succeeds on the LR address and must fail on any other address.
 */
static void gen_lrsc(gen_t *g) {
    int is_d = (int)rng_below(&g->rng, 2);
    int size = is_d ? 8 : 4;
    uint32_t saved = g->avoid;
    int rt = gen_addr_reg(g, size);
    g->avoid |= 1u << rt;
    int rt2 = rt;
    if (rng_chance(&g->rng, 20)) {
        rt2 = gen_addr_reg(g, size);
        g->avoid |= 1u << rt2;
    }
    emit32(g, enc_amo(0x02, (int)rng_below(&g->rng, 2), (int)rng_below(&g->rng, 2), 2 + is_d,
                      x_dst(g), rt, 0));
    for (int k = (int)rng_below(&g->rng, 3); k > 0; k--)
        gen_alu_simple(g);
    emit32(g, enc_amo(0x03, (int)rng_below(&g->rng, 2), (int)rng_below(&g->rng, 2), 2 + is_d,
                      x_dst(g), rt2, x_src(g)));
    g->avoid = saved;
}

static void gen_fence(gen_t *g) {
    int pred = 1 + (int)rng_below(&g->rng, 15), succ = 1 + (int)rng_below(&g->rng, 15);
    emit32(g, enc_i(OP_MISC_MEM, 0, 0, 0, pred << 4 | succ));
}

/* frflags/frrm/frcsr, and fsrmi/fsflagsi with valid values only. */
static void gen_csr(gen_t *g) {
    int rd = x_dst(g);
    switch (rng_below(&g->rng, 5)) {
    case 0: emit32(g, enc_i(OP_SYSTEM, rd, 2, 0, 0x001)); break;
    case 1: emit32(g, enc_i(OP_SYSTEM, rd, 2, 0, 0x002)); break;
    case 2: emit32(g, enc_i(OP_SYSTEM, rd, 2, 0, 0x003)); break;
    case 3: emit32(g, enc_i(OP_SYSTEM, rd, 5, (int)rng_below(&g->rng, 5), 0x002)); break;
    default: emit32(g, enc_i(OP_SYSTEM, rd, 5, (int)rng_below(&g->rng, 32), 0x001)); break;
    }
}

/* -- Unit generators: control flow ------------------------------------------------- */

static void gen_branch(gen_t *g) {
    int u = g->seq->nunits - 1;
    int span = g->total_units - u; /* targets u+1 .. total_units */
    if (span > 6) span = 6;
    int target = u + 1 + (int)rng_below(&g->rng, (uint32_t)span);
    switch (rng_below(&g->rng, 8)) {
    case 0:
    case 1:
    case 2: {
        static const int f3s[] = {0, 1, 4, 5, 6, 7};
        int rs1 = x_src(g), rs2 = rng_chance(&g->rng, 20) ? rs1 : x_src(g);
        emit(g, enc_r(OP_BRANCH, 0, f3s[rng_below(&g->rng, 6)], rs1, rs2, 0), 4, FIX_B, target);
        break;
    }
    case 3: emit(g, (uint32_t)x_dst(g) << 7 | OP_JAL, 4, FIX_JAL, target); break;
    case 4: emit(g, 0xa001, 2, FIX_CJ, target); break; /* c.j */
    case 5: {                                          /* c.beqz / c.bnez */
        uint32_t f3 = rng_chance(&g->rng, 50) ? 6 : 7;
        emit(g, f3 << 13 | (uint32_t)(cx_src(g) - 8) << 7 | 1, 2, FIX_CB, target);
        break;
    }
    case 6: { /* auipc rT, 0; jalr rd, off(rT) */
        int rt = x_dst_or_zero(g, false);
        emit32(g, enc_u(OP_AUIPC, rt, 0));
        emit(g, enc_i(OP_JALR, x_dst(g), 0, rt, 0), 4, FIX_PCREL_I, target);
        break;
    }
    default: { /* auipc rT, 0; addi rT, rT, off; c.jr rT / c.jalr rT */
        int rt = x_dst_or_zero(g, false);
        emit32(g, enc_u(OP_AUIPC, rt, 0));
        emit(g, enc_i(OP_IMM, rt, 0, rt, 0), 4, FIX_PCREL_I, target);
        emit16(g, (rng_chance(&g->rng, 50) ? 0x8002u : 0x9002u) | (uint32_t)rt << 7);
        break;
    }
    }
}

/* -- Unit generators: compressed --------------------------------------------------- */

static void gen_compressed(gen_t *g) {
    int rd, rs;
    switch (rng_below(&g->rng, 24)) {
    case 0: { /* c.addi4spn */
        uint32_t u = 4 * (1 + rng_below(&g->rng, 255));
        emit16(g, ((u >> 4) & 3) << 11 | ((u >> 6) & 0xf) << 7 | ((u >> 2) & 1) << 6 |
                      ((u >> 3) & 1) << 5 | (uint32_t)(cx_dst(g) - 8) << 2);
        break;
    }
    case 1:
        emit16(g,
               enc_cl_w(2, cx_dst(g), 8 + (int)rng_below(&g->rng, 2), 4 * rng_below(&g->rng, 32)));
        break; /* c.lw */
    case 2:
        emit16(g,
               enc_cl_d(3, cx_dst(g), 8 + (int)rng_below(&g->rng, 2), 8 * rng_below(&g->rng, 32)));
        break; /* c.ld */
    case 3:
        emit16(g,
               enc_cl_w(6, cx_src(g), 8 + (int)rng_below(&g->rng, 2), 4 * rng_below(&g->rng, 32)));
        break; /* c.sw */
    case 4:
        emit16(g,
               enc_cl_d(7, cx_src(g), 8 + (int)rng_below(&g->rng, 2), 8 * rng_below(&g->rng, 32)));
        break; /* c.sd */
    case 5:
        emit16(g, enc_cl_d(1, 8 + (int)rng_below(&g->rng, 8), 8 + (int)rng_below(&g->rng, 2),
                           8 * rng_below(&g->rng, 32)));
        break; /* c.fld */
    case 6:
        emit16(g, enc_cl_d(5, 8 + (int)rng_below(&g->rng, 8), 8 + (int)rng_below(&g->rng, 2),
                           8 * rng_below(&g->rng, 32)));
        break; /* c.fsd */
    case 7: {  /* c.addi, nonzero immediate */
        int32_t imm = rng_range(&g->rng, -32, 30);
        emit16(g, enc_ci(0, x_dst_or_zero(g, false), imm >= 0 ? imm + 1 : imm, 1));
        break;
    }
    case 8: emit16(g, enc_ci(1, x_dst_or_zero(g, false), rng_range(&g->rng, -32, 31), 1)); break;
    case 9: emit16(g, enc_ci(2, x_dst_or_zero(g, false), rng_range(&g->rng, -32, 31), 1)); break;
    case 10: { /* c.lui: rd != 0, 2; nonzero immediate */
        int32_t imm = rng_range(&g->rng, -32, 30);
        emit16(g, enc_ci(3, x_dst_or_zero(g, false), imm >= 0 ? imm + 1 : imm, 1));
        break;
    }
    case 11: /* c.srli / c.srai / c.andi */
    case 12: {
        int kind = (int)rng_below(&g->rng, 3);
        int32_t imm = kind == 2 ? rng_range(&g->rng, -32, 31) : rng_range(&g->rng, 1, 63);
        rd = cx_dst(g);
        emit16(g, 4u << 13 | (((uint32_t)imm >> 5) & 1) << 12 | (uint32_t)kind << 10 |
                      (uint32_t)(rd - 8) << 7 | ((uint32_t)imm & 0x1f) << 2 | 1);
        break;
    }
    case 13: /* c.sub c.xor c.or c.and c.subw c.addw */
    case 14: {
        int k = (int)rng_below(&g->rng, 6);
        rd = cx_dst(g);
        rs = cx_src(g);
        emit16(g, 0x8c01u | (uint32_t)(k >= 4) << 12 | (uint32_t)(rd - 8) << 7 |
                      (uint32_t)(k & 3) << 5 | (uint32_t)(rs - 8) << 2);
        break;
    }
    case 15: /* c.slli */
        emit16(g, enc_ci(0, x_dst_or_zero(g, false), rng_range(&g->rng, 1, 63), 2));
        break;
    case 16: { /* c.lwsp */
        uint32_t u = 4 * rng_below(&g->rng, 64);
        emit16(g, 2u << 13 | ((u >> 5) & 1) << 12 | (uint32_t)x_dst_or_zero(g, false) << 7 |
                      ((u >> 2) & 7) << 4 | ((u >> 6) & 3) << 2 | 2);
        break;
    }
    case 17: /* c.ldsp / c.fldsp */
    case 18: {
        uint32_t u = 8 * rng_below(&g->rng, 64);
        bool fp = rng_chance(&g->rng, 35);
        int r = fp ? f_reg(g) : x_dst_or_zero(g, false);
        emit16(g, (fp ? 1u : 3u) << 13 | ((u >> 5) & 1) << 12 | (uint32_t)r << 7 |
                      ((u >> 3) & 3) << 5 | ((u >> 6) & 7) << 2 | 2);
        break;
    }
    case 19: { /* c.swsp */
        uint32_t u = 4 * rng_below(&g->rng, 64);
        emit16(g, 6u << 13 | ((u >> 2) & 0xf) << 9 | ((u >> 6) & 3) << 7 | (uint32_t)x_src(g) << 2 |
                      2);
        break;
    }
    case 20: { /* c.sdsp / c.fsdsp */
        uint32_t u = 8 * rng_below(&g->rng, 64);
        bool fp = rng_chance(&g->rng, 35);
        int r = fp ? f_reg(g) : x_src(g);
        emit16(g, (fp ? 5u : 7u) << 13 | ((u >> 3) & 7) << 10 | ((u >> 6) & 7) << 7 |
                      (uint32_t)r << 2 | 2);
        break;
    }
    case 21: /* c.mv */
        emit16(g, 0x8002u | (uint32_t)x_dst_or_zero(g, false) << 7 |
                      (uint32_t)(1 + rng_below(&g->rng, 31)) << 2);
        break;
    case 22: /* c.add */
        emit16(g, 0x9002u | (uint32_t)x_dst_or_zero(g, false) << 7 |
                      (uint32_t)(1 + rng_below(&g->rng, 31)) << 2);
        break;
    default: emit16(g, 0x0001); break; /* c.nop */
    }
}

/* -- Unit generators: floating point ----------------------------------------------- */

/* One F (fmt 0) or D (fmt 1) instruction. */
static void gen_fp(gen_t *g, int fmt) {
    int fd = f_reg(g), fs1 = f_reg(g);
    int fs2 = rng_chance(&g->rng, 10) ? fs1 : f_reg(g);
    uint32_t f = (uint32_t)fmt;
    switch (rng_below(&g->rng, 20)) {
    case 0:
    case 1: /* fadd fsub fmul fdiv */
    case 2:
        emit32(g, enc_r(OP_OP_FP, fd, rand_rm(g), fs1, fs2, (rng_below(&g->rng, 4) << 2) | f));
        break;
    case 3: emit32(g, enc_r(OP_OP_FP, fd, rand_rm(g), fs1, 0, 0x2c | f)); break; /* fsqrt */
    case 4:
    case 5: /* fmadd fmsub fnmsub fnmadd */
        if (g->fma_int_addend) {
            /*
             * Unicorn 2.0.1 does not raise invalid for inf * 0 + a quiet NaN (the ISA
             * requires it). Loop bodies reach that state far more often than straight
             * code: their addend is converted from an integer first, so it is no NaN.
             */
            int op = (int)rng_below(&g->rng, 4), fs3 = f_reg(g);
            emit32(g, enc_r(OP_OP_FP, fs3, rand_rm(g), x_src(g), 2, 0x68 | f)); /* fcvt.fmt.l */
            emit32(g, enc_r4(OP_MADD + 4 * (uint32_t)op, fd, rand_rm(g), fs1, fs2, fs3, fmt));
            break;
        }
        emit32(g, enc_r4(OP_MADD + 4 * rng_below(&g->rng, 4), fd, rand_rm(g), fs1, fs2, f_reg(g),
                         fmt));
        break;
    case 6: /* fsgnj fsgnjn fsgnjx */
        emit32(g, enc_r(OP_OP_FP, fd, (int)rng_below(&g->rng, 3), fs1, fs2, 0x10 | f));
        break;
    case 7: /* fmin fmax */
        /*
         * Unicorn 2.0.1 implements the pre-2.2 rule (a signaling NaN operand gives the
         * canonical NaN); the current spec and qemu return the other operand. Its
         * results would be wrong, so fmin/fmax are left to the qemu-checked runs.
         */
        if (g->for_unicorn)
            emit32(g, enc_r(OP_OP_FP, fd, (int)rng_below(&g->rng, 3), fs1, fs2, 0x10 | f));
        else
            emit32(g, enc_r(OP_OP_FP, fd, (int)rng_below(&g->rng, 2), fs1, fs2, 0x14 | f));
        break;
    case 8: /* fle flt feq */
        emit32(g, enc_r(OP_OP_FP, x_dst(g), (int)rng_below(&g->rng, 3), fs1, fs2, 0x50 | f));
        break;
    case 9: emit32(g, enc_r(OP_OP_FP, x_dst(g), 1, fs1, 0, 0x70 | f)); break; /* fclass */
    case 10:
    case 11: /* fcvt.{w,wu,l,lu}.fmt */
        emit32(g, enc_r(OP_OP_FP, x_dst(g), rand_rm(g), fs1, (int)rng_below(&g->rng, 4), 0x60 | f));
        break;
    case 12: /* fcvt.fmt.{w,wu,l,lu} */
        emit32(g, enc_r(OP_OP_FP, fd, rand_rm(g), x_src(g), (int)rng_below(&g->rng, 4), 0x68 | f));
        break;
    case 13: emit32(g, enc_r(OP_OP_FP, x_dst(g), 0, fs1, 0, 0x70 | f)); break; /* fmv.x.fmt */
    case 14: emit32(g, enc_r(OP_OP_FP, fd, 0, x_src(g), 0, 0x78 | f)); break;  /* fmv.fmt.x */
    case 15:
    case 16: { /* flw / fld */
        int base;
        int32_t off;
        pick_mem(g, fmt ? 8 : 4, &base, &off);
        emit32(g, enc_i(OP_LOAD_FP, fd, 2 + fmt, base, off));
        break;
    }
    case 17: { /* fsw / fsd */
        int base;
        int32_t off;
        pick_mem(g, fmt ? 8 : 4, &base, &off);
        emit32(g, enc_s(OP_STORE_FP, 2 + fmt, base, fs2, off));
        break;
    }
    default:
        /*
         * fcvt.s.d / fcvt.d.s produce or consume a NaN-boxed single, which unicorn
         * 2.0.1 does not model; they are generated only where qemu is the reference.
         */
        if (g->ext == EXT_F) {
            if (rng_chance(&g->rng, 50))
                emit32(g, enc_r(OP_OP_FP, fd, rand_rm(g), fs1, 1, 0x20)); /* fcvt.s.d */
            else
                emit32(g, enc_r(OP_OP_FP, fd, rand_rm(g), fs1, 0, 0x21)); /* fcvt.d.s */
        } else {
            emit32(g, enc_r(OP_OP_FP, fd, rand_rm(g), fs1, fs2, (rng_below(&g->rng, 4) << 2) | f));
        }
        break;
    }
}

/* -- Sequence generation ----------------------------------------------------------- */

typedef void (*unit_fn)(gen_t *g);

typedef struct {
    const char *name;
    unit_fn fn;
    int weight_imacd, weight_f;
} unit_kind_t;

static void gen_fp_d(gen_t *g) {
    gen_fp(g, 1);
}
static void gen_fp_s(gen_t *g) {
    gen_fp(g, 0);
}

/* Relative weights per --ext; --only NAME,... restricts generation to some kinds. */
static const unit_kind_t unit_kinds[] = {
    {"alu", gen_alu_rr, 14, 8},    {"alui", gen_alu_imm, 14, 8}, {"upper", gen_upper, 3, 1},
    {"muldiv", gen_muldiv, 10, 3}, {"load", gen_load, 6, 3},     {"store", gen_store, 6, 3},
    {"amo", gen_amo, 4, 2},        {"lrsc", gen_lrsc, 2, 0},     {"fence", gen_fence, 1, 0},
    {"csr", gen_csr, 2, 4},        {"branch", gen_branch, 5, 4}, {"rvc", gen_compressed, 16, 6},
    {"fpd", gen_fp_d, 18, 8},      {"fps", gen_fp_s, 0, 40},
};
#define N_UNIT_KINDS (sizeof unit_kinds / sizeof unit_kinds[0])

static const char *only_kinds; /* comma-separated names, or NULL for all */

static int kind_weight(size_t k, int ext) {
    int w = ext == EXT_F ? unit_kinds[k].weight_f : unit_kinds[k].weight_imacd;
    if (only_kinds) {
        size_t len = strlen(unit_kinds[k].name);
        const char *p = only_kinds;
        bool found = false;
        while (*p && !found) {
            size_t n = strcspn(p, ",");
            found = n == len && !strncmp(p, unit_kinds[k].name, len);
            p += n + (p[n] == ',');
        }
        if (!found) return 0;
        if (w == 0) w = 1;
    }
    return w;
}

static uint64_t rand_int_value(rng_t *r) {
    switch (rng_below(r, 16)) {
    case 0: return 0;
    case 1: return 1;
    case 2: return ~0ull;
    case 3: return 0x8000000000000000ull;
    case 4: return 0x7fffffffffffffffull;
    case 5: return 0x80000000ull;
    case 6: return 0xffffffff80000000ull;
    case 7: return 0x7fffffffull;
    case 8: return 0xffffffffull;
    case 9: return (uint64_t)(int64_t)(int32_t)rng_next(r);
    case 10: return (uint64_t)(int64_t)rng_range(r, -64, 64);
    case 11: return 1ull << rng_below(r, 64);
    case 12: return (1ull << rng_below(r, 64)) - 1;
    case 13: return (1ull << rng_below(r, 64)) + 1; /* just above a power of two: rounding */
    default: return rng_next(r);
    }
}

/* Specials include the bounds of recomp's inline conversions (docs/fp.md) and 2^53 +- 1. */
static uint64_t rand_double_bits(rng_t *r) {
    static const uint64_t special[] = {
        0x0000000000000000ull, 0x8000000000000000ull, 0x3ff0000000000000ull, 0xbff0000000000000ull,
        0x7ff0000000000000ull, 0xfff0000000000000ull, 0x7ff8000000000000ull, 0x7ff4000000000000ull,
        0xfff8000000000001ull, 0x7ff0000000000001ull, 0x0000000000000001ull, 0x000fffffffffffffull,
        0x8000000000000001ull, 0x0010000000000000ull, 0x7fefffffffffffffull, 0x43e0000000000000ull,
        0xc3e0000000000000ull, 0x41e0000000000000ull, 0xc1e0000000000000ull, 0x41f0000000000000ull,
        0x3fe0000000000000ull, 0x3ff8000000000000ull, 0x4004000000000000ull, 0xc004000000000000ull,
        0x43f0000000000000ull, 0x41dfffffffc00000ull, 0xc1e0000000200000ull, 0x41dfffff00000000ull,
        0x41dffffeffffffffull, 0xc1dfffff00000000ull, 0x41efffff00000000ull, 0x41effffeffffffffull,
        0x43dfffffffffffffull, 0xc3e0000000000001ull, 0x43efffffffffffffull, 0x4340000000000001ull,
        0x433fffffffffffffull, 0x41efffffffe00000ull, 0xbfefffffffffffffull,
    };
    switch (rng_below(r, 6)) {
    case 0:
    case 1: return special[rng_below(r, sizeof special / sizeof special[0])];
    case 2: { /* near-integer magnitudes: conversions and rounding */
        uint64_t e = 1023 + rng_below(r, 66);
        return (rng_next(r) & 0x800fffffffffffffull) | e << 52;
    }
    case 3: { /* values around 1 */
        uint64_t e = 1013 + rng_below(r, 20);
        return (rng_next(r) & 0x800fffffffffffffull) | e << 52;
    }
    case 4: { /* small integers, exactly representable */
        double d = (double)rng_range(r, -1000, 1000);
        uint64_t u;
        memcpy(&u, &d, 8);
        return u;
    }
    default: return rng_next(r);
    }
}

static uint32_t rand_single_bits(rng_t *r) {
    static const uint32_t special[] = {
        0x00000000, 0x80000000, 0x3f800000, 0xbf800000, 0x7f800000, 0xff800000, 0x7fc00000,
        0x7fa00000, 0xffc00001, 0x7f800001, 0x00000001, 0x007fffff, 0x80000001, 0x00800000,
        0x7f7fffff, 0x5f000000, 0xdf000000, 0x4f000000, 0xcf000000, 0x4f800000, 0x3f000000,
        0x3fc00000, 0x40200000, 0xc0200000, 0x5f800000, 0x4effffff, 0xcf000001, 0x4f7fffff,
        0x5effffff, 0xdeffffff, 0x4b800001, 0x4b7fffff, 0xbf7fffff,
    };
    switch (rng_below(r, 6)) {
    case 0:
    case 1: return special[rng_below(r, sizeof special / sizeof special[0])];
    case 2: return (uint32_t)(rng_next(r) & 0x807fffff) | (127 + rng_below(r, 66)) << 23;
    case 3: return (uint32_t)(rng_next(r) & 0x807fffff) | (117 + rng_below(r, 20)) << 23;
    case 4: {
        float f = (float)rng_range(r, -1000, 1000);
        uint32_t u;
        memcpy(&u, &f, 4);
        return u;
    }
    default: return (uint32_t)rng_next(r);
    }
}

static uint64_t rand_fp_reg(rng_t *r, int ext) {
    if (ext == EXT_F) {
        uint32_t k = rng_below(r, 100);
        if (k < 75) return 0xffffffff00000000ull | rand_single_bits(r);
        if (k < 85) /* improperly boxed: must read as the canonical NaN */
            return (rng_next(r) & 0xffffffff00000000ull & ~(1ull << rng_below(r, 32) << 32)) |
                   rand_single_bits(r);
    }
    return rand_double_bits(r);
}

static void gen_state(gen_t *g) {
    seq_t *s = g->seq;
    rng_t *r = &g->rng;
    for (int i = 0; i < 32; i++)
        s->init[REC_X + i] = rand_int_value(r);
    s->init[REC_X + 0] = 0;
    s->init[REC_X + REG_SP] = BUF_ADDR + SP_OFF;
    s->init[REC_X + REG_S0] = BUF_ADDR + S0_OFF;
    s->init[REC_X + REG_S1] = BUF_ADDR + S1_OFF;
    for (int i = 0; i < 32; i++)
        s->init[REC_F + i] = rand_fp_reg(r, g->ext);
    s->init[REC_FCSR] = rng_below(r, 5) << 5 | rng_below(r, 32);
    s->init[REC_HASH] = 0;
    for (int i = 0; i < BUF_SIZE; i += 8) {
        uint64_t w;
        switch (rng_below(r, 4)) {
        case 0: w = rand_int_value(r); break;
        case 1: w = rand_double_bits(r); break;
        case 2: w = (uint64_t)rand_single_bits(r) << 32 | rand_single_bits(r); break;
        default: w = rng_next(r); break;
        }
        memcpy(s->image + i, &w, 8);
    }
}

/* Resolve forward targets to byte offsets and produce the body's bytes. */
static void seq_layout(seq_t *s) {
    static int offset[SEQ_MAX_INSNS + 1];
    int pos = 0;
    for (int i = 0; i < s->n; i++) {
        offset[i] = pos;
        pos += s->insn[i].len;
    }
    offset[s->n] = pos;
    for (int i = 0; i < s->n; i++) {
        gen_insn_t *in = &s->insn[i];
        uint32_t enc = in->enc;
        int tgt = in->target >= s->nunits ? pos : offset[s->unit_first[in->target]];
        switch (in->fix) {
        case FIX_B: enc |= off_b(tgt - offset[i]); break;
        case FIX_JAL: enc |= off_j(tgt - offset[i]); break;
        case FIX_CJ: enc |= off_cj(tgt - offset[i]); break;
        case FIX_CB: enc |= off_cb(tgt - offset[i]); break;
        case FIX_PCREL_I: enc |= ((uint32_t)(tgt - offset[i - 1]) & 0xfff) << 20; break;
        default: break;
        }
        memcpy(s->code + offset[i], &enc, in->len);
    }
    s->code_len = pos;
}

static uint64_t seq_seed(uint64_t seed, uint64_t index, int ext) {
    rng_t r = {seed * 0x2545f4914f6cdd1dull ^ (index + 1) * 0x9e3779b97f4a7c15ull ^
               (uint64_t)ext << 60};
    rng_next(&r);
    return rng_next(&r);
}

static void seq_generate(seq_t *s, uint64_t seed, uint64_t index, int ext, bool for_unicorn,
                         int min_len, int max_len) {
    gen_t g = {
        .rng = {seq_seed(seed, index, ext)}, .seq = s, .ext = ext, .for_unicorn = for_unicorn};
    int total_weight = 0;
    for (size_t k = 0; k < N_UNIT_KINDS; k++)
        total_weight += kind_weight(k, ext);

    s->n = 0;
    s->nunits = 0;
    gen_state(&g);
    g.total_units = rng_range(&g.rng, min_len, max_len);
    while (s->nunits < g.total_units) {
        s->unit_first[s->nunits++] = s->n;
        int pick = (int)rng_below(&g.rng, (uint32_t)total_weight);
        for (size_t k = 0; k < N_UNIT_KINDS; k++) {
            pick -= kind_weight(k, ext);
            if (pick < 0) {
                unit_kinds[k].fn(&g);
                break;
            }
        }
    }
    s->unit_first[s->nunits] = s->n;
    seq_layout(s);
}

/* -- Loop-structured sequences (--loops) ------------------------------------------- */

/*
 * A --loops body is structured code: bounded loops nested up to LOOP_MAX_DEPTH deep, with
 * forward if / if-else, break and continue (also out of / to an outer loop) inside, around
 * the ordinary units (every kind but "branch"). Branch targets are labels: unit_first[L] is
 * the instruction label L is bound to, which seq_layout resolves like a unit target.
 *
 * Termination: a loop's counter (and bound) register is added to g->avoid while its body is
 * generated, so no random instruction writes it; only the loop's latch updates it, one step
 * towards the end value. Every path from the head back to the head passes the latch (break
 * and continue branch forward, to the exit or the latch), so each loop runs at most its
 * count times whatever the random instructions compute. Counts are 0..20 with the product
 * over a nest at most LOOP_MAX_TRIPS. A body has more than 10 live registers: operands come
 * from a per-sequence "hot" set of 6-16 registers half of the time, from all others otherwise.
 */

#define LOOP_MAX_TRIPS  400 /* product of the trip counts of nested loops */
#define LOOP_MAX_COUNT  20
#define LOOP_BODY_INSNS 600 /* no new unit past this: B-type offsets (4 KiB) always reach */
#define LOOPS_SALT      0x6c6f6f7073000000ull

static int label_new(gen_t *g) {
    seq_t *s = g->seq;
    if (s->nunits >= SEQ_MAX_LABELS) {
        fprintf(stderr, "rvfuzz: internal error: too many labels\n");
        exit(2);
    }
    s->unit_first[s->nunits] = -1;
    return s->nunits++;
}

static void label_bind(gen_t *g, int label) {
    g->seq->unit_first[label] = g->seq->n;
}

static bool loop_room(gen_t *g) {
    return g->seq->n < g->max_insns;
}

/* Bytes from the instruction at label `label` (already bound) to the next one emitted. */
static int bytes_since(gen_t *g, int label) {
    int b = 0;
    for (int i = g->seq->unit_first[label]; i < g->seq->n; i++)
        b += g->seq->insn[i].len;
    return b;
}

/* One ordinary unit of any kind but "branch" (control flow is made by the code below). */
static void gen_loop_unit(gen_t *g) {
    if (g->kinds_weight == 0) {
        gen_alu_simple(g);
        return;
    }
    int pick = (int)rng_below(&g->rng, (uint32_t)g->kinds_weight);
    for (size_t k = 0; k < N_UNIT_KINDS; k++) {
        if (unit_kinds[k].fn == gen_branch) continue;
        pick -= kind_weight(k, g->ext);
        if (pick < 0) {
            unit_kinds[k].fn(g);
            return;
        }
    }
}

/* li r, v for small v, in one of several encodings. */
static void gen_li_small(gen_t *g, int r, int32_t v) {
    switch (rng_below(&g->rng, 4)) {
    case 0:
        if (v >= -32 && v <= 31) {
            emit16(g, enc_ci(2, r, v, 1)); /* c.li */
            break;
        }
        /* fall through */
    case 1: emit32(g, enc_i(OP_IMM, r, 0, 0, v)); break;    /* addi */
    case 2: emit32(g, enc_i(OP_IMM_32, r, 0, 0, v)); break; /* addiw */
    default:
        if (v >= 0)
            emit32(g, enc_i(OP_IMM, r, 6, 0, v)); /* ori */
        else
            emit32(g, enc_i(OP_IMM, r, 0, 0, v));
        break;
    }
}

/*
 * A conditional branch to `label`: on random registers (c.beqz/c.bnez only when `near`, i.e.
 * the target is less than 256 bytes ahead), or, inside a loop and with `counter_pct` percent
 * chance, on a loop counter so that it goes one way in some iterations and the other way in
 * the rest.
 */
static void gen_cond_to(gen_t *g, int label, bool near, unsigned counter_pct) {
    static const int f3s[] = {0, 1, 4, 5, 6, 7};
    if (g->depth > 0 && rng_chance(&g->rng, counter_pct)) {
        const loop_ctx_t *l = &g->loop[rng_below(&g->rng, (uint32_t)g->depth)];
        int cnt = l->cnt;
        int rt = x_dst_or_zero(g, false);
        if (rng_chance(&g->rng, 30)) { /* andi rt, cnt, 1|3; beqz/bnez rt */
            emit32(g, enc_i(OP_IMM, rt, 7, cnt, rng_chance(&g->rng, 50) ? 1 : 3));
            emit(g, enc_r(OP_BRANCH, 0, (int)rng_below(&g->rng, 2), rt, 0, 0), 4, FIX_B, label);
        } else { /* li rt, k; bCC cnt, rt (either order), k in the counter's range */
            gen_li_small(g, rt, rng_range(&g->rng, l->lo, l->hi));
            int f3 = f3s[rng_below(&g->rng, 6)];
            if (rng_chance(&g->rng, 50))
                emit(g, enc_r(OP_BRANCH, 0, f3, cnt, rt, 0), 4, FIX_B, label);
            else
                emit(g, enc_r(OP_BRANCH, 0, f3, rt, cnt, 0), 4, FIX_B, label);
        }
        return;
    }
    if (near && rng_chance(&g->rng, 25)) { /* c.beqz / c.bnez */
        uint32_t f3 = rng_chance(&g->rng, 50) ? 6 : 7;
        emit(g, f3 << 13 | (uint32_t)(cx_src(g) - 8) << 7 | 1, 2, FIX_CB, label);
        return;
    }
    int rs1 = x_src(g), rs2 = rng_chance(&g->rng, 20) ? rs1 : x_src(g);
    emit(g, enc_r(OP_BRANCH, 0, f3s[rng_below(&g->rng, 6)], rs1, rs2, 0), 4, FIX_B, label);
}

/* An unconditional forward jump to `label`; the short-range forms only when `near`. */
static void gen_jump_to(gen_t *g, int label, bool near) {
    switch (rng_below(&g->rng, near ? 5 : 2)) {
    case 0: emit(g, OP_JAL, 4, FIX_JAL, label); break;                           /* j */
    case 1: emit(g, (uint32_t)x_dst(g) << 7 | OP_JAL, 4, FIX_JAL, label); break; /* jal rd */
    case 2: emit(g, 0xa001, 2, FIX_CJ, label); break;                            /* c.j */
    case 3: { /* auipc rT, 0; jalr rd, off(rT) */
        int rt = x_dst_or_zero(g, false);
        emit32(g, enc_u(OP_AUIPC, rt, 0));
        emit(g, enc_i(OP_JALR, x_dst(g), 0, rt, 0), 4, FIX_PCREL_I, label);
        break;
    }
    default: { /* auipc rT, 0; addi rT, rT, off; c.jr rT / c.jalr rT */
        int rt = x_dst_or_zero(g, false);
        emit32(g, enc_u(OP_AUIPC, rt, 0));
        emit(g, enc_i(OP_IMM, rt, 0, rt, 0), 4, FIX_PCREL_I, label);
        emit16(g, (rng_chance(&g->rng, 50) ? 0x8002u : 0x9002u) | (uint32_t)rt << 7);
        break;
    }
    }
}

/*
 * continue (to the latch) or break (to the exit) of an open loop. A break is mostly taken
 * when a counter reaches a value (beq): on random registers half of the breaks would leave
 * in the first iteration.
 */
static void gen_break(gen_t *g) {
    const loop_ctx_t *l =
        &g->loop[rng_chance(&g->rng, 60) ? g->depth - 1
                                         : (int)rng_below(&g->rng, (uint32_t)g->depth)];
    if (rng_chance(&g->rng, 50)) {
        gen_cond_to(g, l->latch, false, 50);
    } else if (rng_chance(&g->rng, 75)) {
        const loop_ctx_t *c = &g->loop[rng_below(&g->rng, (uint32_t)g->depth)];
        int rt = x_dst_or_zero(g, false);
        gen_li_small(g, rt, rng_range(&g->rng, c->lo, c->hi));
        emit(g, enc_r(OP_BRANCH, 0, 0, c->cnt, rt, 0), 4, FIX_B, l->exit); /* beq */
    } else {
        gen_cond_to(g, l->exit, false, 50);
    }
}

/* mv rd, rs in one of several encodings. */
static void gen_mv(gen_t *g, int rd, int rs) {
    switch (rng_below(&g->rng, 4)) {
    case 0: emit16(g, 0x8002u | (uint32_t)rd << 7 | (uint32_t)rs << 2); break; /* c.mv */
    case 1: emit32(g, enc_i(OP_IMM, rd, 0, rs, 0)); break;                     /* addi */
    case 2: emit32(g, enc_r(OP_OP, rd, 6, rs, 0, 0)); break;                   /* or */
    default: emit32(g, enc_r(OP_OP, rd, 0, 0, rs, 0)); break;                  /* add */
    }
}

/*
 * A shuffle of (mostly hot) registers: a rotation of 2-4 of them through a temporary, or a
 * swap by xor or add/sub. At the next loop edge the carried values are then in each other's
 * host registers: parallel moves with cycles.
 */
static void gen_shuffle(gen_t *g) {
    int r[5];
    int n = rng_range(&g->rng, 2, 4) + 1; /* r[n - 1]: the temporary */
    for (int i = 0; i < n;) {
        int c = g->hot[rng_below(&g->rng, (uint32_t)g->nhot)];
        if (rng_chance(&g->rng, 20) || ((RESERVED_MASK | g->avoid) & (1u << c)))
            c = x_dst_or_zero(g, false);
        bool dup = false;
        for (int j = 0; j < i; j++)
            dup |= r[j] == c;
        if (!dup) r[i++] = c;
    }
    switch (rng_below(&g->rng, 4)) {
    case 0: /* xor swap */
        emit32(g, enc_r(OP_OP, r[0], 4, r[0], r[1], 0));
        emit32(g, enc_r(OP_OP, r[1], 4, r[1], r[0], 0));
        emit32(g, enc_r(OP_OP, r[0], 4, r[0], r[1], 0));
        break;
    case 1: /* a += b; b = a - b; a -= b */
        emit32(g, enc_r(OP_OP, r[0], 0, r[0], r[1], 0));
        emit32(g, enc_r(OP_OP, r[1], 0, r[0], r[1], 0x20));
        emit32(g, enc_r(OP_OP, r[0], 0, r[0], r[1], 0x20));
        break;
    default: /* t = r0; r0 = r1; ...; r[n-2] = t */
        gen_mv(g, r[n - 1], r[0]);
        for (int i = 0; i + 2 < n; i++)
            gen_mv(g, r[i], r[i + 1]);
        gen_mv(g, r[n - 2], r[n - 1]);
        break;
    }
}

static void gen_loop(gen_t *g, int body_units);
static void gen_if(gen_t *g);

static bool can_nest_loop(gen_t *g) {
    return g->depth < LOOP_MAX_DEPTH && LOOP_MAX_TRIPS / g->trips >= 2;
}

/* Loop body length in items: short, medium or long (30-150 instructions). */
static int pick_body_units(gen_t *g) {
    uint32_t r = rng_below(&g->rng, 100);
    if (r < 40) return rng_range(&g->rng, 1, 12);
    if (r < 80) return rng_range(&g->rng, 12, 40);
    return rng_range(&g->rng, 40, 150);
}

/*
 * About `units` items: ordinary units, and break/continue inside a loop; with `nest` also
 * if / if-else and nested loops. A block without `nest` is at most 8 units (24 bytes each at
 * most) plus breaks, so the compressed and auipc-relative forward branches reach over it.
 */
static void gen_block(gen_t *g, int units, bool nest) {
    for (int u = 0; u < units && loop_room(g); u++) {
        uint32_t r = rng_below(&g->rng, 100);
        if (g->depth > 0 && r < 1)
            gen_break(g);
        else if (g->depth > 0 && r < 5)
            gen_shuffle(g);
        else if (nest && r < 10)
            gen_if(g);
        else if (nest && r < 10 + (g->depth == 0 ? 10 : 4) && can_nest_loop(g))
            gen_loop(g, pick_body_units(g));
        else
            gen_loop_unit(g);
    }
}

static void gen_if(gen_t *g) {
    bool flat = rng_chance(&g->rng, 70);
    int units = flat ? rng_range(&g->rng, 1, 8) : rng_range(&g->rng, 1, 24);
    int skip = label_new(g);
    gen_cond_to(g, skip, flat, 35);
    gen_block(g, units, !flat);
    if (rng_chance(&g->rng, 40)) { /* else */
        int end = label_new(g);
        gen_jump_to(g, end, flat);
        label_bind(g, skip);
        gen_block(g, flat ? rng_range(&g->rng, 1, 8) : rng_range(&g->rng, 1, 24), !flat);
        label_bind(g, end);
    } else {
        label_bind(g, skip);
    }
}

/* A counter or bound register: not reserved, not in use by an open loop, not ra (c.jalr). */
static int pick_loop_reg(gen_t *g) {
    uint32_t busy = RESERVED_MASK | g->avoid | 1u << 1;
    for (;;) {
        int r = rng_chance(&g->rng, 40) ? 10 + (int)rng_below(&g->rng, 6)
                                        : 1 + (int)rng_below(&g->rng, 31);
        if (busy & (1u << r)) continue;
        /* keep three of a0-a5 free for cx_dst */
        if (r >= 10 && r <= 15 && __builtin_popcount(g->avoid & 0xfc00u) >= 3) continue;
        return r;
    }
}

/*
 * A loop of one of six shapes (cnt, bnd: its registers; n: the trip count; k: a small
 * constant):
 *   0  cnt = n;            head: body; latch: cnt -= 1; bnez/bgtz/bltu-zero cnt, head
 *   1  cnt = k, bnd = k+n; head: body; latch: cnt += 1; blt/bltu/bne cnt, bnd, head
 *   2  bnd = k, cnt = k+n; head: body; latch: cnt -= 1; blt/bltu bnd, cnt / bne, head
 *   3  cnt = n (n >= 0);   head: beqz/blez cnt, exit; body; latch: cnt -= 1; j head; exit:
 *   4  cnt = k, bnd = k+n; head: bge/bgeu/beq cnt, bnd, exit; body; latch: cnt += 1; j head
 *   5  cnt = n (n >= 0);   j check; head: body; latch: cnt -= 1; check: bnez... cnt, head
 *      (a while loop as compilers rotate it: entered at the test, not at the head)
 * The update is addi, addiw, c.addi or c.addiw; the back edge of 0 and 5 may be c.bnez,
 * the jump of 3 and 4 jal x0, jal rd or c.j.
 */
static void gen_loop(gen_t *g, int body_units) {
    uint32_t saved_avoid = g->avoid;
    int saved_trips = g->trips;
    int kind = (int)rng_below(&g->rng, 6);
    bool top = kind >= 3;
    int max = LOOP_MAX_TRIPS / g->trips;
    if (max > LOOP_MAX_COUNT) max = LOOP_MAX_COUNT;
    uint32_t r = rng_below(&g->rng, 100); /* max >= 2 */
    int n = r < 10   ? rng_range(&g->rng, top ? 0 : 1, 1)
            : r < 55 ? rng_range(&g->rng, 2, max < 5 ? max : 5)
                     : rng_range(&g->rng, 2, max);
    int variant = (int)rng_below(&g->rng, 3); /* which compare */
    bool is_unsigned = variant == 1;
    int32_t k = is_unsigned ? rng_range(&g->rng, 0, 40) : rng_range(&g->rng, -40, 40);
    int cnt = pick_loop_reg(g), bnd = -1;
    g->avoid |= 1u << cnt;
    int step = kind == 1 || kind == 4 ? 1 : -1;
    switch (kind) {
    case 0:
    case 3:
    case 5: gen_li_small(g, cnt, n); break;
    case 1:
    case 4:
        bnd = pick_loop_reg(g);
        g->avoid |= 1u << bnd;
        gen_li_small(g, cnt, k);
        gen_li_small(g, bnd, k + n);
        break;
    default:
        bnd = pick_loop_reg(g);
        g->avoid |= 1u << bnd;
        gen_li_small(g, bnd, k);
        gen_li_small(g, cnt, k + n);
        break;
    }
    for (int u = (int)rng_below(&g->rng, 3); u > 0; u--)
        gen_loop_unit(g);

    int head = label_new(g), latch = label_new(g), exit = label_new(g), check = -1;
    if (kind == 5) {
        check = label_new(g);
        emit(g, OP_JAL, 4, FIX_JAL, check); /* j check */
    }
    label_bind(g, head);
    if (kind == 3) {
        if (variant == 0)
            emit(g, enc_r(OP_BRANCH, 0, 0, cnt, 0, 0), 4, FIX_B, exit); /* beqz */
        else
            emit(g, enc_r(OP_BRANCH, 0, 5, 0, cnt, 0), 4, FIX_B, exit); /* blez */
    } else if (kind == 4) {
        static const int f3s[] = {5, 7, 0}; /* bge bgeu beq */
        emit(g, enc_r(OP_BRANCH, 0, f3s[variant], cnt, bnd, 0), 4, FIX_B, exit);
    }

    bool down = kind == 0 || kind == 3 || kind == 5; /* from n down to 1 */
    int32_t first = down ? n : kind == 2 ? k + n : k;
    int32_t last = down ? 1 : kind == 2 ? k + 1 : k + n - 1;
    g->loop[g->depth++] = (loop_ctx_t){.cnt = cnt,
                                       .lo = first < last ? first : last,
                                       .hi = first < last ? last : first,
                                       .latch = latch,
                                       .exit = exit};
    g->trips *= n > 1 ? n : 1;
    gen_block(g, body_units, true);
    g->depth--;

    label_bind(g, latch);
    switch (rng_below(&g->rng, 4)) {
    case 0: emit32(g, enc_i(OP_IMM, cnt, 0, cnt, step)); break;
    case 1: emit32(g, enc_i(OP_IMM_32, cnt, 0, cnt, step)); break;
    case 2: emit16(g, enc_ci(0, cnt, step, 1)); break;  /* c.addi */
    default: emit16(g, enc_ci(1, cnt, step, 1)); break; /* c.addiw */
    }
    if (check >= 0) label_bind(g, check);
    int back = -bytes_since(g, head); /* offset of a back edge emitted next */
    switch (kind) {
    case 0:
    case 5:
        if (cnt >= 8 && cnt <= 15 && back >= -256 && rng_chance(&g->rng, 50))
            emit(g, 7u << 13 | (uint32_t)(cnt - 8) << 7 | 1, 2, FIX_CB, head); /* c.bnez */
        else if (variant == 0)
            emit(g, enc_r(OP_BRANCH, 0, 1, cnt, 0, 0), 4, FIX_B, head); /* bnez */
        else
            emit(g, enc_r(OP_BRANCH, 0, variant == 1 ? 6 : 4, 0, cnt, 0), 4, FIX_B, head);
        break;
    case 1: {
        static const int f3s[] = {4, 6, 1}; /* blt bltu bne */
        emit(g, enc_r(OP_BRANCH, 0, f3s[variant], cnt, bnd, 0), 4, FIX_B, head);
        break;
    }
    case 2:
        if (variant == 2)
            emit(g, enc_r(OP_BRANCH, 0, 1, cnt, bnd, 0), 4, FIX_B, head); /* bne */
        else
            emit(g, enc_r(OP_BRANCH, 0, variant == 1 ? 6 : 4, bnd, cnt, 0), 4, FIX_B, head);
        break;
    default:
        if (back >= -2048 && rng_chance(&g->rng, 35))
            emit(g, 0xa001, 2, FIX_CJ, head); /* c.j */
        else if (rng_chance(&g->rng, 70))
            emit(g, OP_JAL, 4, FIX_JAL, head); /* j */
        else
            emit(g, (uint32_t)x_dst(g) << 7 | OP_JAL, 4, FIX_JAL, head); /* jal rd */
        break;
    }
    label_bind(g, exit);
    g->avoid = saved_avoid;
    g->trips = saved_trips;
}

/* Every branch reaches its label (a generator bug otherwise: stop loudly). */
static void seq_check_targets(const seq_t *s, uint64_t index) {
    static int offset[SEQ_MAX_INSNS + 1];
    int pos = 0;
    for (int i = 0; i <= s->n; i++) {
        offset[i] = pos;
        if (i < s->n) pos += s->insn[i].len;
    }
    for (int i = 0; i < s->n; i++) {
        const gen_insn_t *in = &s->insn[i];
        if (in->fix == FIX_NONE) continue;
        int first = in->target < s->nunits ? s->unit_first[in->target] : -1;
        int d = first < 0 ? 1 << 30 : offset[first] - offset[in->fix == FIX_PCREL_I ? i - 1 : i];
        int lo = -4096, hi = 4094;
        switch (in->fix) {
        case FIX_JAL: lo = -(1 << 20), hi = (1 << 20) - 2; break;
        case FIX_CJ: lo = -2048, hi = 2046; break;
        case FIX_CB: lo = -256, hi = 254; break;
        case FIX_PCREL_I: lo = -2048, hi = 2047; break;
        default: break;
        }
        if (d < lo || d > hi) {
            fprintf(stderr, "rvfuzz: internal error: seq %" PRIu64 " insn %d: target %s\n", index,
                    i, first < 0 ? "unbound" : "out of range");
            exit(2);
        }
    }
    if (s->n >= SEQ_MAX_INSNS) {
        fprintf(stderr, "rvfuzz: internal error: seq %" PRIu64 " too long\n", index);
        exit(2);
    }
}

static void seq_generate_loops(seq_t *s, uint64_t seed, uint64_t index, int ext, bool for_unicorn) {
    gen_t g = {.rng = {seq_seed(seed, index, ext) ^ LOOPS_SALT},
               .seq = s,
               .ext = ext,
               .for_unicorn = for_unicorn,
               .trips = 1,
               .fma_int_addend = for_unicorn};
    g.max_insns = rng_chance(&g.rng, 50) ? rng_range(&g.rng, 40, 200)
                                         : rng_range(&g.rng, 200, LOOP_BODY_INSNS);
    for (size_t k = 0; k < N_UNIT_KINDS; k++)
        if (unit_kinds[k].fn != gen_branch) g.kinds_weight += kind_weight(k, ext);

    s->n = 0;
    s->nunits = 0;
    gen_state(&g);
    g.nhot = rng_range(&g.rng, 6, 16);
    for (int i = 0; i < g.nhot;) {
        int r = 1 + (int)rng_below(&g.rng, 31);
        bool dup = (RESERVED_MASK & (1u << r)) != 0;
        for (int j = 0; j < i; j++)
            dup |= g.hot[j] == r;
        if (!dup) g.hot[i++] = (uint8_t)r;
    }
    gen_block(&g, rng_range(&g.rng, 0, 4), false);
    for (int i = rng_range(&g.rng, 1, 3); i > 0 && loop_room(&g); i--) {
        gen_loop(&g, pick_body_units(&g));
        gen_block(&g, rng_range(&g.rng, 0, 4), rng_chance(&g.rng, 30));
    }
    s->unit_first[s->nunits] = s->n;
    seq_check_targets(s, index);
    seq_layout(s);
}

/* -- ELF image --------------------------------------------------------------------- */

typedef struct {
    uint8_t *p;
    size_t len, cap;
} bytes_t;

static void bytes_put(bytes_t *b, const void *src, size_t n) {
    if (b->len + n > b->cap) {
        b->cap = (b->len + n) * 2 + 4096;
        b->p = realloc(b->p, b->cap);
        if (!b->p) {
            fprintf(stderr, "rvfuzz: out of memory\n");
            exit(2);
        }
    }
    memcpy(b->p + b->len, src, n);
    b->len += n;
}

static void text32(bytes_t *t, uint32_t enc) {
    bytes_put(t, &enc, 4);
}

/* li rd, v for 0 <= v < 2^31 - 2^11 */
static void text_li(bytes_t *t, int rd, uint64_t v) {
    uint32_t hi = (uint32_t)((v + 0x800) >> 12);
    int32_t lo = (int32_t)(v - ((uint64_t)hi << 12));
    text32(t, enc_u(OP_LUI, rd, hi));
    text32(t, enc_i(OP_IMM, rd, 0, rd, lo));
}

enum { T0 = 5, T1 = 6, T2 = 7, A0 = 10, A1 = 11, A2 = 12, A7 = 17, T3 = 28, T4 = 29, T6 = 31 };

static void text_init(bytes_t *t, uint64_t slot) {
    text_li(t, T0, slot);
    text_li(t, T1, BUF_ADDR);
    text_li(t, T2, BUF_ADDR + BUF_SIZE);
    text32(t, enc_i(OP_LOAD, T3, 3, T0, 0));
    text32(t, enc_s(OP_STORE, 3, T1, T3, 0));
    text32(t, enc_i(OP_IMM, T0, 0, T0, 8));
    text32(t, enc_i(OP_IMM, T1, 0, T1, 8));
    text32(t, enc_r(OP_BRANCH, 0, 6, T1, T2, 0) | off_b(-16)); /* bltu t1, t2, copy */
    text_li(t, T6, slot + TABLE_OFF);
    text32(t, enc_i(OP_LOAD, T0, 3, T6, REC_FCSR * 8));
    text32(t, enc_i(OP_SYSTEM, 0, 1, T0, 0x003)); /* fscsr t0 */
    for (int k = 0; k < 32; k++)
        text32(t, enc_i(OP_LOAD_FP, k, 3, T6, (REC_F + k) * 8));
    for (int k = 1; k < 32; k++)
        text32(t, enc_i(OP_LOAD, k, 3, T6, (REC_X + k) * 8));
}

static void text_dump(bytes_t *t) {
    const int32_t rec = (int32_t)(RECORD_ADDR - BUF_ADDR);
    for (int k = 0; k < 32; k++)
        text32(t, enc_s(OP_STORE, 3, REG_S0, k, rec + (REC_X + k) * 8));
    for (int k = 0; k < 32; k++)
        text32(t, enc_s(OP_STORE_FP, 3, REG_S0, k, rec + (REC_F + k) * 8));
    text32(t, enc_i(OP_SYSTEM, T0, 2, 0, 0x003)); /* frcsr t0 */
    text32(t, enc_s(OP_STORE, 3, REG_S0, T0, rec + REC_FCSR * 8));
    text32(t, enc_i(OP_IMM, T0, 0, REG_S0, 0));
    text32(t, enc_u(OP_LUI, T1, BUF_SIZE >> 12));
    text32(t, enc_r(OP_OP, T1, 0, T1, REG_S0, 0));
    text32(t, enc_i(OP_IMM, T2, 0, 0, 0));
    text32(t, enc_i(OP_LOAD, T3, 3, REG_S0, (int32_t)(HASH_CONST_ADDR - BUF_ADDR)));
    text32(t, enc_i(OP_LOAD, T4, 3, T0, 0));
    text32(t, enc_r(OP_OP, T2, 4, T2, T4, 0)); /* xor */
    text32(t, enc_r(OP_OP, T2, 0, T2, T3, 1)); /* mul */
    text32(t, enc_i(OP_IMM, T0, 0, T0, 8));
    text32(t, enc_r(OP_BRANCH, 0, 6, T0, T1, 0) | off_b(-16));
    text32(t, enc_s(OP_STORE, 3, REG_S0, T2, rec + REC_HASH * 8));
    text32(t, enc_i(OP_IMM, A0, 0, 0, 1));
    text32(t, enc_i(OP_IMM, A1, 0, REG_S0, rec));
    text32(t, enc_i(OP_IMM, A2, 0, 0, RECORD_BYTES));
    text32(t, enc_i(OP_IMM, A7, 0, 0, 64)); /* write */
    text32(t, 0x00000073);                  /* ecall */
}

typedef struct {
    bytes_t text; /* loaded at CODE_START */
    bytes_t data; /* loaded at DATA_BASE */
} image_t;

static void image_build(image_t *img, seq_t *seqs, int n) {
    img->text.len = 0;
    img->data.len = 0;
    size_t data_len = (size_t)(SLOTS_ADDR - DATA_BASE) + (size_t)n * SLOT_SIZE;
    uint8_t *zero = calloc(1, data_len);
    if (!zero) {
        fprintf(stderr, "rvfuzz: out of memory\n");
        exit(2);
    }
    bytes_put(&img->data, zero, data_len);
    free(zero);
    uint64_t mul = HASH_MUL;
    memcpy(img->data.p + (HASH_CONST_ADDR - DATA_BASE), &mul, 8);

    for (int i = 0; i < n; i++) {
        uint64_t slot = SLOTS_ADDR + (uint64_t)i * SLOT_SIZE;
        memcpy(img->data.p + (slot - DATA_BASE), seqs[i].image, BUF_SIZE);
        memcpy(img->data.p + (slot - DATA_BASE) + TABLE_OFF, seqs[i].init, RECORD_BYTES);
        text_init(&img->text, slot);
        seqs[i].body_addr = CODE_START + img->text.len;
        bytes_put(&img->text, seqs[i].code, (size_t)seqs[i].code_len);
        text_dump(&img->text);
    }
    text32(&img->text, enc_i(OP_IMM, A0, 0, 0, 0));
    text32(&img->text, enc_i(OP_IMM, A7, 0, 0, 93)); /* exit */
    text32(&img->text, 0x00000073);
}

static int elf_write(const image_t *img, const char *path) {
    Elf64_Ehdr eh;
    Elf64_Phdr ph[2];
    memset(&eh, 0, sizeof eh);
    memset(ph, 0, sizeof ph);
    memcpy(eh.e_ident, ELFMAG, SELFMAG);
    eh.e_ident[EI_CLASS] = ELFCLASS64;
    eh.e_ident[EI_DATA] = ELFDATA2LSB;
    eh.e_ident[EI_VERSION] = EV_CURRENT;
    eh.e_ident[EI_OSABI] = ELFOSABI_SYSV;
    eh.e_type = ET_EXEC;
    eh.e_machine = EM_RISCV;
    eh.e_version = EV_CURRENT;
    eh.e_entry = CODE_START;
    eh.e_phoff = sizeof eh;
    eh.e_flags = EF_RISCV_RVC | EF_RISCV_FLOAT_ABI_DOUBLE;
    eh.e_ehsize = sizeof eh;
    eh.e_phentsize = sizeof ph[0];
    eh.e_phnum = 2;

    uint64_t text_file_len = 0x1000 + img->text.len;
    uint64_t data_off = (text_file_len + 0xfff) & ~0xfffull;
    ph[0].p_type = PT_LOAD;
    ph[0].p_flags = PF_R | PF_X;
    ph[0].p_offset = 0;
    ph[0].p_vaddr = ph[0].p_paddr = TEXT_BASE;
    ph[0].p_filesz = ph[0].p_memsz = text_file_len;
    ph[0].p_align = 0x1000;
    ph[1].p_type = PT_LOAD;
    ph[1].p_flags = PF_R | PF_W;
    ph[1].p_offset = data_off;
    ph[1].p_vaddr = ph[1].p_paddr = DATA_BASE;
    ph[1].p_filesz = ph[1].p_memsz = img->data.len;
    ph[1].p_align = 0x1000;

    FILE *f = fopen(path, "wb");
    if (!f) {
        fprintf(stderr, "rvfuzz: cannot create %s: %s\n", path, strerror(errno));
        return -1;
    }
    static const uint8_t pad[0x1000];
    fwrite(&eh, sizeof eh, 1, f);
    fwrite(ph, sizeof ph, 1, f);
    fwrite(pad, 0x1000 - sizeof eh - sizeof ph, 1, f);
    fwrite(img->text.p, img->text.len, 1, f);
    fwrite(pad, data_off - text_file_len, 1, f);
    fwrite(img->data.p, img->data.len, 1, f);
    if (fclose(f) != 0) {
        fprintf(stderr, "rvfuzz: cannot write %s\n", path);
        return -1;
    }
    chmod(path, 0755);
    return 0;
}

/* -- Reference: unicorn ------------------------------------------------------------ */

static uint64_t buf_hash(const uint8_t *buf) {
    uint64_t h = 0;
    for (int i = 0; i < BUF_SIZE; i += 8) {
        uint64_t w;
        memcpy(&w, buf + i, 8);
        h = (h ^ w) * HASH_MUL;
    }
    return h;
}

/*
 * Run every body of the image under unicorn, each from its initial state, and fill
 * records[i]. Returns 0, or -1 with a message in err for sequence *bad.
 */
static int unicorn_run(const image_t *img, seq_t *seqs, int n, uint64_t *records, int *bad,
                       char *err, size_t errlen) {
    uc_engine *uc;
    uc_err e = uc_open(UC_ARCH_RISCV, UC_MODE_RISCV64, &uc);
    *bad = 0;
    if (e != UC_ERR_OK) {
        snprintf(err, errlen, "uc_open: %s", uc_strerror(e));
        return -1;
    }
    uint64_t text_size = (0x1000 + img->text.len + 0xfff) & ~0xfffull;
    uint64_t data_size = (img->data.len + 0xfff) & ~0xfffull;
    if ((e = uc_mem_map(uc, TEXT_BASE, text_size, UC_PROT_READ | UC_PROT_EXEC)) ||
        (e = uc_mem_write(uc, CODE_START, img->text.p, img->text.len)) ||
        (e = uc_mem_map(uc, DATA_BASE, data_size, UC_PROT_READ | UC_PROT_WRITE)) ||
        (e = uc_mem_write(uc, DATA_BASE, img->data.p, img->data.len))) {
        snprintf(err, errlen, "unicorn setup: %s", uc_strerror(e));
        uc_close(uc);
        return -1;
    }
    static uint8_t buf[BUF_SIZE];
    for (int i = 0; i < n; i++) {
        seq_t *s = &seqs[i];
        uint64_t *rec = records + (size_t)i * RECORD_WORDS;
        uint64_t mstatus = 0;
        uc_reg_read(uc, UC_RISCV_REG_MSTATUS, &mstatus);
        mstatus |= 3ull << 13; /* FS = dirty: FP instructions and fcsr enabled */
        uc_reg_write(uc, UC_RISCV_REG_MSTATUS, &mstatus);
        uc_mem_write(uc, BUF_ADDR, s->image, BUF_SIZE);
        for (int k = 1; k < 32; k++)
            uc_reg_write(uc, UC_RISCV_REG_X0 + k, &s->init[REC_X + k]);
        for (int k = 0; k < 32; k++)
            uc_reg_write(uc, UC_RISCV_REG_F0 + k, &s->init[REC_F + k]);
        uc_reg_write(uc, UC_RISCV_REG_FCSR, &s->init[REC_FCSR]);
        e = uc_emu_start(uc, s->body_addr, s->body_addr + (uint64_t)s->code_len, 2000000, 0);
        uint64_t pc = 0;
        uc_reg_read(uc, UC_RISCV_REG_PC, &pc);
        if (e != UC_ERR_OK || pc != s->body_addr + (uint64_t)s->code_len) {
            snprintf(err, errlen, "unicorn stopped at pc 0x%" PRIx64 " (body 0x%" PRIx64 "+%d): %s",
                     pc, s->body_addr, s->code_len, uc_strerror(e));
            *bad = i;
            uc_close(uc);
            return -1;
        }
        rec[REC_X] = 0;
        for (int k = 1; k < 32; k++)
            uc_reg_read(uc, UC_RISCV_REG_X0 + k, &rec[REC_X + k]);
        for (int k = 0; k < 32; k++)
            uc_reg_read(uc, UC_RISCV_REG_F0 + k, &rec[REC_F + k]);
        rec[REC_FCSR] = 0;
        uc_reg_read(uc, UC_RISCV_REG_FCSR, &rec[REC_FCSR]);
        rec[REC_FCSR] &= 0xff;
        uc_mem_read(uc, BUF_ADDR, buf, BUF_SIZE);
        rec[REC_HASH] = buf_hash(buf);
    }
    uc_close(uc);
    return 0;
}

/* -- Running a command on the ELF -------------------------------------------------- */

/*
 * Run "cmd elf", collect stdout (stderr goes to the file err if not NULL). Returns the wait
 * status, or -1 if it could not run.
 */
static int run_command(const char *cmd, const char *elf, int timeout_s, const char *err,
                       bytes_t *out) {
    char line[16384];
    if (err)
        snprintf(line, sizeof line, "timeout -k 5 %d %s '%s' 2>'%s'", timeout_s, cmd, elf, err);
    else
        snprintf(line, sizeof line, "timeout -k 5 %d %s '%s'", timeout_s, cmd, elf);
    out->len = 0;
    FILE *p = popen(line, "r");
    if (!p) return -1;
    char chunk[65536];
    size_t got;
    while ((got = fread(chunk, 1, sizeof chunk, p)) > 0)
        bytes_put(out, chunk, got);
    return pclose(p);
}

/* Copy a text file to stdout, each line prefixed; true if a line is recomp-run's warning
 * about a cache it does not use ("...: warning: cache F: why; using the JIT for it"). */
static bool print_file(const char *path, const char *prefix) {
    FILE *f = fopen(path, "r");
    char line[1024];
    bool cache = false;
    while (f && fgets(line, sizeof line, f)) {
        printf("%s%s%s", prefix, line, strchr(line, '\n') ? "" : "\n");
        cache |= strstr(line, "warning: cache") || strstr(line, "using the JIT");
    }
    if (f) fclose(f);
    return cache;
}

static void describe_status(int st, char *buf, size_t len) {
    if (st == -1)
        snprintf(buf, len, "could not be started");
    else if (WIFEXITED(st))
        snprintf(buf, len, "exit status %d%s", WEXITSTATUS(st),
                 WEXITSTATUS(st) == 124 ? " (timeout)" : "");
    else if (WIFSIGNALED(st))
        snprintf(buf, len, "killed by signal %d", WTERMSIG(st));
    else
        snprintf(buf, len, "status 0x%x", st);
}

/* -- Reporting --------------------------------------------------------------------- */

static const char *const xnames[32] = {
    "zero", "ra", "sp", "gp", "tp",  "t0",  "t1", "t2", "s0", "s1", "a0",
    "a1",   "a2", "a3", "a4", "a5",  "a6",  "a7", "s2", "s3", "s4", "s5",
    "s6",   "s7", "s8", "s9", "s10", "s11", "t3", "t4", "t5", "t6",
};

static void print_disassembly(const seq_t *s, const char *tmpdir) {
    char path[4096], cmd[8192];
    snprintf(path, sizeof path, "%s/seq-XXXXXX", tmpdir);
    int fd = mkstemp(path);
    FILE *f = fd >= 0 ? fdopen(fd, "wb") : NULL;
    bool ok = false;
    if (f) {
        fwrite(s->code, 1, (size_t)s->code_len, f);
        fclose(f);
        snprintf(cmd, sizeof cmd,
                 "riscv64-linux-gnu-objdump -D -b binary -m riscv:rv64 -M no-aliases "
                 "--adjust-vma=0x%" PRIx64 " '%s' 2>/dev/null",
                 s->body_addr, path);
        FILE *p = popen(cmd, "r");
        if (p) {
            char line[512];
            while (fgets(line, sizeof line, p)) {
                char *c = strchr(line, ':');
                if (c && line[0] == ' ' && c[1] == '\t') { /* "   10a8c:\t..." */
                    printf("    %s", line + strspn(line, " "));
                    ok = true;
                }
            }
            pclose(p);
        }
        unlink(path);
    }
    if (!ok) {
        for (int i = 0, pos = 0; i < s->n; pos += s->insn[i].len, i++) {
            uint32_t w = 0;
            memcpy(&w, s->code + pos, s->insn[i].len);
            printf("    %" PRIx64 ": %0*x\n", s->body_addr + (uint64_t)pos, s->insn[i].len * 2, w);
        }
    }
}

static void print_slot_diff(const char *name, uint64_t init, uint64_t got, uint64_t want,
                            bool show_init) {
    if (show_init)
        printf("    %-8s init 0x%016" PRIx64 "  runner 0x%016" PRIx64 "  ref 0x%016" PRIx64 "\n",
               name, init, got, want);
    else
        printf("    %-8s runner 0x%016" PRIx64 "  ref 0x%016" PRIx64 "\n", name, got, want);
}

static void report_mismatch(const seq_t *s, uint64_t seed, uint64_t index, const uint64_t *got,
                            const uint64_t *want, const char *tmpdir) {
    printf("MISMATCH seed %" PRIu64 " seq %" PRIu64 " (%d instructions at 0x%" PRIx64 ")\n", seed,
           index, s->n, s->body_addr);
    print_disassembly(s, tmpdir);
    printf("  differences:\n");
    char name[16];
    for (int k = 0; k < RECORD_WORDS; k++) {
        if (got[k] == want[k]) continue;
        if (k < REC_F)
            snprintf(name, sizeof name, "x%d/%s", k, xnames[k]);
        else if (k < REC_FCSR)
            snprintf(name, sizeof name, "f%d", k - REC_F);
        else
            snprintf(name, sizeof name, "%s", k == REC_FCSR ? "fcsr" : "memhash");
        print_slot_diff(name, s->init[k], got[k], want[k], k != REC_HASH);
    }
}

/* -- Driver ------------------------------------------------------------------------ */

typedef struct {
    const char *runner, *qemu, *keep_dir, *write_elf, *aot;
    int ref, ext, per_elf, timeout_s, max_report, min_len, max_len;
    uint64_t seed, start, count;
    bool verbose, loops;
} options_t;

static void seq_make(const options_t *o, seq_t *s, uint64_t index) {
    if (o->loops)
        seq_generate_loops(s, o->seed, index, o->ext, o->ref == REF_UNICORN);
    else
        seq_generate(s, o->seed, index, o->ext, o->ref == REF_UNICORN, o->min_len, o->max_len);
}

static void usage(FILE *f) {
    fprintf(f, "usage: rvfuzz --runner CMD [--ref unicorn|qemu] [--ext imacd|f] [--seed S]\n"
               "              [--start I] [--count N] [--per-elf N] [--qemu CMD] [--keep DIR]\n"
               "              [--timeout SEC] [--max-report N] [--min-len N] [--max-len N]\n"
               "              [--only KIND,...] [--loops] [--aot RECOMP] [--verbose]\n"
               "       rvfuzz --write-elf FILE [--ext imacd|f] [--loops] [--seed S] [--start I]\n"
               "              [--count N]\n"
               "The runner is run as `CMD guest.elf` (default $RVFUZZ_RUNNER); --ext f needs\n"
               "--ref qemu. Sequence I of seed S is reproduced by --seed S --start I --count 1.\n"
               "--loops: loop-structured bodies (--min-len/--max-len do not apply).\n"
               "--aot RECOMP: `RECOMP -q guest.elf -o guest.elf.cache` first, then the runner\n"
               "as `CMD --cache guest.elf.cache guest.elf` (a refused cache is a failure).\n"
               "KIND: alu alui upper muldiv load store amo lrsc fence csr branch rvc fpd fps\n");
}

static int parse_options(int argc, char **argv, options_t *o) {
    memset(o, 0, sizeof *o);
    o->runner = getenv("RVFUZZ_RUNNER");
    o->qemu = getenv("QEMU_RV") ? getenv("QEMU_RV") : "qemu-riscv64";
    o->ref = -1;
    o->ext = EXT_IMACD;
    o->per_elf = 200;
    o->timeout_s = 120;
    o->max_report = 5;
    o->min_len = 8;
    o->max_len = 40;
    o->seed = 1;
    o->count = 1000;
    for (int i = 1; i < argc; i++) {
        const char *a = argv[i];
        const char *v = i + 1 < argc ? argv[i + 1] : NULL;
        if (!strcmp(a, "-h") || !strcmp(a, "--help")) {
            usage(stdout);
            exit(0);
        }
        if (!strcmp(a, "--verbose")) {
            o->verbose = true;
            continue;
        }
        if (!strcmp(a, "--loops")) {
            o->loops = true;
            continue;
        }
        if (!v) {
            fprintf(stderr, "rvfuzz: %s needs a value (or is unknown)\n", a);
            return -1;
        }
        i++;
        if (!strcmp(a, "--runner"))
            o->runner = v;
        else if (!strcmp(a, "--qemu"))
            o->qemu = v;
        else if (!strcmp(a, "--keep"))
            o->keep_dir = v;
        else if (!strcmp(a, "--write-elf"))
            o->write_elf = v;
        else if (!strcmp(a, "--aot"))
            o->aot = v;
        else if (!strcmp(a, "--only"))
            only_kinds = v;
        else if (!strcmp(a, "--ref")) {
            if (!strcmp(v, "unicorn"))
                o->ref = REF_UNICORN;
            else if (!strcmp(v, "qemu"))
                o->ref = REF_QEMU;
            else {
                fprintf(stderr, "rvfuzz: --ref must be unicorn or qemu\n");
                return -1;
            }
        } else if (!strcmp(a, "--ext")) {
            if (!strcmp(v, "imacd"))
                o->ext = EXT_IMACD;
            else if (!strcmp(v, "f"))
                o->ext = EXT_F;
            else {
                fprintf(stderr, "rvfuzz: --ext must be imacd or f\n");
                return -1;
            }
        } else if (!strcmp(a, "--seed"))
            o->seed = strtoull(v, NULL, 0);
        else if (!strcmp(a, "--start"))
            o->start = strtoull(v, NULL, 0);
        else if (!strcmp(a, "--count"))
            o->count = strtoull(v, NULL, 0);
        else if (!strcmp(a, "--per-elf"))
            o->per_elf = atoi(v);
        else if (!strcmp(a, "--timeout"))
            o->timeout_s = atoi(v);
        else if (!strcmp(a, "--max-report"))
            o->max_report = atoi(v);
        else if (!strcmp(a, "--min-len"))
            o->min_len = atoi(v);
        else if (!strcmp(a, "--max-len"))
            o->max_len = atoi(v);
        else {
            fprintf(stderr, "rvfuzz: unknown option %s\n", a);
            return -1;
        }
    }
    if (o->ref < 0) o->ref = o->ext == EXT_F ? REF_QEMU : REF_UNICORN;
    if (o->ext == EXT_F && o->ref == REF_UNICORN) {
        fprintf(stderr, "rvfuzz: --ext f needs --ref qemu (unicorn does not NaN-box singles)\n");
        return -1;
    }
    int total_weight = 0;
    for (size_t k = 0; k < N_UNIT_KINDS; k++)
        total_weight += kind_weight(k, o->ext);
    if (total_weight == 0) {
        fprintf(stderr, "rvfuzz: --only names no instruction kind; kinds are:");
        for (size_t k = 0; k < N_UNIT_KINDS; k++)
            fprintf(stderr, " %s", unit_kinds[k].name);
        fprintf(stderr, "\n");
        return -1;
    }
    if (o->per_elf < 1) o->per_elf = 1;
    if (o->min_len < 1) o->min_len = 1;
    if (o->max_len > SEQ_MAX_UNITS) o->max_len = SEQ_MAX_UNITS;
    if (o->max_len < o->min_len) o->max_len = o->min_len;
    if (!o->write_elf && (!o->runner || !*o->runner)) {
        fprintf(stderr, "rvfuzz: no runner: pass --runner CMD or set RVFUZZ_RUNNER\n");
        return -1;
    }
    return 0;
}

typedef struct {
    uint64_t passed, failed, reported;
} tally_t;

/* Generate, run and compare one ELF's worth of sequences [first, first + n). */
static void fuzz_batch(const options_t *o, const char *dir, uint64_t first, int n, seq_t *seqs,
                       image_t *img, tally_t *tally) {
    for (int i = 0; i < n; i++)
        seq_make(o, &seqs[i], first + (uint64_t)i);
    image_build(img, seqs, n);

    char elf[4096];
    snprintf(elf, sizeof elf, "%s/fuzz-%" PRIu64 "-%" PRIu64 ".elf", dir, o->seed, first);
    if (elf_write(img, elf) != 0) {
        tally->failed += (uint64_t)n;
        return;
    }

    /* Reference records. */
    uint64_t *want = calloc((size_t)n, RECORD_BYTES);
    int want_n = n;
    bytes_t ref_out = {0};
    char msg[512];
    if (o->ref == REF_UNICORN) {
        int bad;
        if (unicorn_run(img, seqs, n, want, &bad, msg, sizeof msg) != 0) {
            printf("REFERENCE ERROR seed %" PRIu64 " seq %" PRIu64 ": %s\n", o->seed,
                   first + (uint64_t)bad, msg);
            print_disassembly(&seqs[bad], dir);
            want_n = bad; /* sequences before the bad one are still compared */
        }
    } else {
        int st = run_command(o->qemu, elf, o->timeout_s, NULL, &ref_out);
        want_n = (int)(ref_out.len / RECORD_BYTES);
        if (want_n > n) want_n = n;
        memcpy(want, ref_out.p, (size_t)want_n * RECORD_BYTES);
        if (st != 0 || want_n < n) {
            describe_status(st, msg, sizeof msg);
            printf("REFERENCE ERROR seed %" PRIu64 " seq %" PRIu64 ": %s: %s, %d of %d records\n",
                   o->seed, first + (uint64_t)want_n, o->qemu, msg, want_n, n);
        }
    }

    /* Runner records; with --aot from the cache compiled for this ELF. */
    bytes_t out = {0};
    char cache[4200], err[4200], runner[8192];
    snprintf(runner, sizeof runner, "%s", o->runner);
    if (o->aot) {
        snprintf(cache, sizeof cache, "%s.cache", elf);
        snprintf(err, sizeof err, "%s.err", elf);
        snprintf(runner, sizeof runner, "%s -q '%s' -o", o->aot, elf);
        int st = run_command(runner, cache, o->timeout_s, err, &out);
        struct stat sb;
        if (st != 0 || stat(cache, &sb) != 0 || sb.st_size == 0) {
            describe_status(st, msg, sizeof msg);
            printf("AOT ERROR seed %" PRIu64 " seqs %" PRIu64 "-%" PRIu64
                   ": `%s -q '%s' -o '%s'` failed (%s)\n",
                   o->seed, first, first + (uint64_t)n - 1, o->aot, elf, cache, msg);
            print_file(err, "  ");
            unlink(err);
            tally->failed += (uint64_t)n;
            free(want);
            free(out.p);
            free(ref_out.p);
            if (!o->keep_dir) unlink(elf);
            unlink(cache);
            return;
        }
        snprintf(runner, sizeof runner, "%s --cache '%s'", o->runner, cache);
    }
    int st = run_command(runner, elf, o->timeout_s, o->aot ? err : NULL, &out);
    int got_n = (int)(out.len / RECORD_BYTES);
    if (got_n > n) got_n = n;
    if (o->aot) { /* pass the runner's stderr on; a refused cache fails the whole ELF */
        if (print_file(err, "runner: ")) {
            printf("AOT ERROR seed %" PRIu64 " seqs %" PRIu64 "-%" PRIu64
                   ": the runner did not use %s\n",
                   o->seed, first, first + (uint64_t)n - 1, cache);
            want_n = 0; /* every sequence of the ELF fails */
            st = 0;
        }
        unlink(err);
    }

    for (int i = 0; i < n; i++) {
        uint64_t index = first + (uint64_t)i;
        if (i >= want_n) { /* no verdict possible */
            tally->failed++;
            continue;
        }
        if (i >= got_n) {
            tally->failed++;
            if (i == got_n && tally->reported++ < (uint64_t)o->max_report) {
                describe_status(st, msg, sizeof msg);
                printf("MISMATCH seed %" PRIu64 " seq %" PRIu64
                       ": runner produced no record (%s; %d of %d records)\n",
                       o->seed, index, msg, got_n, n);
                print_disassembly(&seqs[i], dir);
            }
            continue;
        }
        const uint64_t *g = (const uint64_t *)(out.p + (size_t)i * RECORD_BYTES);
        const uint64_t *w = want + (size_t)i * RECORD_WORDS;
        if (memcmp(g, w, RECORD_BYTES) == 0) {
            tally->passed++;
            continue;
        }
        tally->failed++;
        if (tally->reported++ < (uint64_t)o->max_report) {
            report_mismatch(&seqs[i], o->seed, index, g, w, dir);
            printf("  reproduce: rvfuzz --runner '%s' --ref %s --ext %s%s%s%s%s --seed %" PRIu64
                   " --start %" PRIu64 " --count 1 --keep DIR\n",
                   o->runner, o->ref == REF_UNICORN ? "unicorn" : "qemu",
                   o->ext == EXT_F ? "f" : "imacd", o->loops ? " --loops" : "",
                   o->aot ? " --aot '" : "", o->aot ? o->aot : "", o->aot ? "'" : "", o->seed,
                   index);
        }
    }
    if (got_n == n && st != 0) {
        describe_status(st, msg, sizeof msg);
        printf("RUNNER ERROR %s: %s after all records\n", elf, msg);
        tally->failed++;
    }
    if (o->verbose)
        printf("batch %" PRIu64 "+%d: runner %d records, reference %d\n", first, n, got_n, want_n);
    free(want);
    free(out.p);
    free(ref_out.p);
    if (!o->keep_dir) {
        unlink(elf);
        if (o->aot) unlink(cache);
    }
}

int main(int argc, char **argv) {
    options_t o;
    if (parse_options(argc, argv, &o) != 0) {
        usage(stderr);
        return 2;
    }
    setvbuf(stdout, NULL, _IOLBF, 0);

    if (o.write_elf) {
        if (o.count > 100000) {
            fprintf(stderr, "rvfuzz: --write-elf takes at most 100000 sequences\n");
            return 2;
        }
        int n = (int)o.count;
        seq_t *seqs = calloc((size_t)n ? (size_t)n : 1, sizeof *seqs);
        image_t img = {{0}, {0}};
        for (int i = 0; i < n; i++)
            seq_make(&o, &seqs[i], o.start + (uint64_t)i);
        image_build(&img, seqs, n);
        int rc = elf_write(&img, o.write_elf);
        for (int i = 0; i < n && o.verbose; i++) {
            printf("seq %" PRIu64 ":\n", o.start + (uint64_t)i);
            print_disassembly(&seqs[i], "/tmp");
        }
        return rc == 0 ? 0 : 2;
    }

    char tmpl[] = "/tmp/rvfuzz-XXXXXX";
    const char *dir = o.keep_dir;
    if (dir) {
        mkdir(dir, 0755);
    } else {
        dir = mkdtemp(tmpl);
        if (!dir) {
            fprintf(stderr, "rvfuzz: cannot create a temporary directory: %s\n", strerror(errno));
            return 2;
        }
    }

    seq_t *seqs = calloc((size_t)o.per_elf, sizeof *seqs);
    image_t img = {{0}, {0}};
    tally_t tally = {0, 0, 0};
    if (!seqs) {
        fprintf(stderr, "rvfuzz: out of memory\n");
        return 2;
    }
    for (uint64_t done = 0; done < o.count;) {
        int n = (int)(o.count - done < (uint64_t)o.per_elf ? o.count - done : (uint64_t)o.per_elf);
        fuzz_batch(&o, dir, o.start + done, n, seqs, &img, &tally);
        done += (uint64_t)n;
    }
    if (!o.keep_dir) rmdir(dir);
    if (tally.reported > (uint64_t)o.max_report)
        printf("(%" PRIu64 " more mismatches not shown)\n",
               tally.reported - (uint64_t)o.max_report);
    printf("fuzz: %" PRIu64 " passed, %" PRIu64 " failed\n", tally.passed, tally.failed);
    free(seqs);
    free(img.text.p);
    free(img.data.p);
    return tally.failed ? 1 : 0;
}
