/*
 * rv64_decode.c - table-driven RV64GC (+Zicsr, Zifencei, Zba, Zbb, Zbs) decoder and an
 * objdump-exact disassembler.
 *
 * Design
 *   The rows of rv64_insn.def are the only description of the ISA. At first use they are
 *   sorted into buckets keyed by opcode, funct3 and the top of funct7 (quadrant and bits
 *   15:10 for compressed ones). Decoding scans one bucket of one to a few rows, rows with
 *   more mask bits first, so overlapping rows (fence.tso in fence, c.jr in c.mv) need no
 *   special code. The operand format of the row then says how to pull the fields out;
 *   compressed formats expand straight into the base instruction's fields.
 *
 * Two strictness levels, one decoder
 *   rv64_decode() answers "what does this encoding do when executed": the spec's reserved
 *   encodings are illegal (c.addi16sp 0, 0x0000), while fields the spec says to ignore are
 *   ignored (fence fm/rd/rs1, fence.i imm, the rm of exact conversions like fcvt.d.w).
 *   rv64_disasm() re-decodes in->raw in objdump mode, which mirrors binutils 2.40 exactly:
 *   it prints c.unimp and c.addi16sp sp,0 but emits ".4byte" for a fence with rd != 0 or a
 *   fcvt.d.s with rm != 0. The differences live in compressed_ok() and objdump_32_ok()
 *   (plus the RV64_EXT_PRIV rows, which only the disassembler accepts);
 *   tests/tools/decode_sweep.sh checks that no other difference exists.
 *
 * Decoded fields: imm is sign-extended; branch/jump imm is the pc-relative offset; lui/auipc
 * imm is the final value; shifts put shamt in imm; csrr*i put the uimm in imm (rs1 = 0);
 * FP ops carry rm (7 = dynamic; 5 and 6 decode and the lifter rejects them); AMO aq/rl and
 * fence pred<<4|succ are in aqrl. Fields a format does not use are 0 (rm: 7).
 *
 * Lengths beyond 32 bits (bits 4:0 == 11111) are reported as 4-byte invalid encodings; the
 * contract has only 2- and 4-byte instructions.
 */
#include "rv64_decode.h"

#include <inttypes.h>
#include <pthread.h>
#include <stdio.h>
#include <string.h>

/* ---- Formats and extensions named in rv64_insn.def ------------------------------------ */

enum rv64_fmt {
    RV64_FMT_NONE,
    RV64_FMT_R,          /* rd, rs1, rs2 */
    RV64_FMT_R1,         /* rd, rs1 (Zbb unary) */
    RV64_FMT_I,          /* rd, rs1, simm12 */
    RV64_FMT_SHIFT,      /* rd, rs1, shamt6 */
    RV64_FMT_SHIFTW,     /* rd, rs1, shamt5 */
    RV64_FMT_LOAD,       /* rd, simm12(rs1) */
    RV64_FMT_STORE,      /* rs2, simm12(rs1) */
    RV64_FMT_BRANCH,     /* rs1, rs2, target */
    RV64_FMT_U,          /* rd, imm20 */
    RV64_FMT_JAL,        /* rd, target */
    RV64_FMT_JALR,       /* rd, simm12(rs1) */
    RV64_FMT_FENCE,      /* pred, succ */
    RV64_FMT_CSR,        /* rd, csr, rs1 */
    RV64_FMT_CSRI,       /* rd, csr, uimm5 */
    RV64_FMT_LR,         /* rd, (rs1) */
    RV64_FMT_AMO,        /* rd, rs2, (rs1) */
    RV64_FMT_FLOAD,      /* fd, simm12(rs1) */
    RV64_FMT_FSTORE,     /* fs2, simm12(rs1) */
    RV64_FMT_FR,         /* fd, fs1, fs2 */
    RV64_FMT_FR_RM,      /* fd, fs1, fs2[, rm] */
    RV64_FMT_FR4,        /* fd, fs1, fs2, fs3[, rm] */
    RV64_FMT_F_RM,       /* fd, fs1[, rm] */
    RV64_FMT_X_F_RM,     /* rd, fs1[, rm] */
    RV64_FMT_F_X_RM,     /* fd, rs1[, rm] */
    RV64_FMT_X_F,        /* rd, fs1 */
    RV64_FMT_F_X,        /* fd, rs1 */
    RV64_FMT_X_FF,       /* rd, fs1, fs2 */
    RV64_FMT_SFENCE_VM,  /* [rs1] */
    RV64_FMT_SFENCE_VMA, /* rs1, rs2 */
    /* compressed */
    RV64_FMT_C_NONE,   /* c.ebreak, c.unimp */
    RV64_FMT_CIW,      /* c.addi4spn rd', sp, nzuimm */
    RV64_FMT_CL_W,     /* c.lw rd', uimm(rs1') */
    RV64_FMT_CL_D,     /* c.ld */
    RV64_FMT_CL_D_F,   /* c.fld */
    RV64_FMT_CS_W,     /* c.sw rs2', uimm(rs1') */
    RV64_FMT_CS_D,     /* c.sd */
    RV64_FMT_CS_D_F,   /* c.fsd */
    RV64_FMT_CI_NOP,   /* c.nop */
    RV64_FMT_CI,       /* c.addi/c.addiw/c.li rd, simm6 */
    RV64_FMT_CI_16SP,  /* c.addi16sp sp, nzimm */
    RV64_FMT_CI_LUI,   /* c.lui rd, nzimm */
    RV64_FMT_CB_SH,    /* c.srli/c.srai rd', shamt */
    RV64_FMT_CB_I,     /* c.andi rd', simm6 */
    RV64_FMT_CA,       /* c.sub.. rd', rs2' */
    RV64_FMT_CJ,       /* c.j target */
    RV64_FMT_CB,       /* c.beqz/c.bnez rs1', target */
    RV64_FMT_CI_SH,    /* c.slli rd, shamt */
    RV64_FMT_CI_WSP,   /* c.lwsp rd, uimm(sp) */
    RV64_FMT_CI_DSP,   /* c.ldsp */
    RV64_FMT_CI_DSP_F, /* c.fldsp */
    RV64_FMT_CR_JR,    /* c.jr/c.jalr rs1 */
    RV64_FMT_CR,       /* c.mv/c.add rd, rs2 */
    RV64_FMT_CSS_W,    /* c.swsp rs2, uimm(sp) */
    RV64_FMT_CSS_D,    /* c.sdsp */
    RV64_FMT_CSS_D_F,  /* c.fsdsp */
};

enum rv64_ext {
    RV64_EXT_I,
    RV64_EXT_M,
    RV64_EXT_A,
    RV64_EXT_F,
    RV64_EXT_D,
    RV64_EXT_C,
    RV64_EXT_ZICSR,
    RV64_EXT_ZIFENCEI,
    RV64_EXT_ZBA,
    RV64_EXT_ZBB,
    RV64_EXT_ZBS,
    RV64_EXT_PRIV, /* privileged: named by the disassembler, illegal to execute */
};

typedef struct rv64_row {
    uint32_t mask, match;
    uint8_t fmt, ext;
} rv64_row;

static const rv64_row rv64_rows[RV64_OP_COUNT] = {
#define RV64_INSN(name, mask, match, fmt, ext)                                                     \
    [RV64_OP_##name] = {(mask), (match), RV64_FMT_##fmt, RV64_EXT_##ext},
#include "rv64_insn.def"
#undef RV64_INSN
};

/* Spellings from the .def with '_' still in them; rv64_names gets the dotted form at init. */
static const char *const rv64_raw_names[RV64_OP_COUNT] = {
    [RV64_OP_INVALID] = "invalid",
#define RV64_INSN(name, mask, match, fmt, ext) [RV64_OP_##name] = #name,
#include "rv64_insn.def"
#undef RV64_INSN
};

const char *const rv64_xreg_name[32] = {
    "zero", "ra", "sp", "gp", "tp",  "t0",  "t1", "t2", "s0", "s1", "a0",
    "a1",   "a2", "a3", "a4", "a5",  "a6",  "a7", "s2", "s3", "s4", "s5",
    "s6",   "s7", "s8", "s9", "s10", "s11", "t3", "t4", "t5", "t6",
};

const char *const rv64_freg_name[32] = {
    "ft0", "ft1", "ft2", "ft3", "ft4",  "ft5",  "ft6", "ft7", "fs0",  "fs1",  "fa0",
    "fa1", "fa2", "fa3", "fa4", "fa5",  "fa6",  "fa7", "fs2", "fs3",  "fs4",  "fs5",
    "fs6", "fs7", "fs8", "fs9", "fs10", "fs11", "ft8", "ft9", "ft10", "ft11",
};

/* ---- Buckets, built once ------------------------------------------------------------- */

/* A bucket is keyed by the bits that select an instruction in nearly every row, so that
 * decoding scans one to three rows instead of a whole major opcode:
 *   32-bit: opcode[6:2], funct3[14:12], funct7[31:27]   (13 bits)
 *   16-bit: quadrant[1:0], bits[15:10]                    (8 bits)
 * A row whose mask leaves some key bits free is entered in every bucket it can match. */
#define KEY32_BITS 13
#define KEY16_BITS 8
#define NBUCKETS   ((1 << KEY32_BITS) + (1 << KEY16_BITS))
#define POOL_MAX   32768

static inline unsigned key32(uint32_t b) {
    return ((b >> 2) & 31) | ((b >> 12) & 7) << 5 | ((b >> 27) & 31) << 8;
}

static inline unsigned key16(uint32_t b) {
    return (1u << KEY32_BITS) | (b & 3) | ((b >> 10) & 63) << 2;
}

static struct {
    uint16_t start[NBUCKETS]; /* index into pool */
    uint8_t count[NBUCKETS];
    uint16_t pool[POOL_MAX]; /* op ids, rows with more mask bits first within a bucket */
    char names[RV64_OP_COUNT][16];
} rv64_tables;

static pthread_once_t rv64_tables_once = PTHREAD_ONCE_INIT;

/* Visit every bucket row `op` can match: the key bits its mask leaves free take every value.
 * (Enumerating subsets of the free bits is what keeps start-up fast: scanning every bucket for
 * every row costs milliseconds.) */
static void row_buckets(int op, void (*visit)(int op, unsigned k, void *ctx), void *ctx) {
    const rv64_row *r = &rv64_rows[op];
    int compressed = (r->match & 3) != 3;
    uint32_t keymask = compressed ? 0xfc03u : 0xf800707cu;
    uint32_t fixed = r->match & keymask & r->mask, free = keymask & ~r->mask;
    uint32_t sub = 0;
    do {
        uint32_t bits = fixed | sub;
        visit(op, compressed ? key16(bits) : key32(bits), ctx);
        sub = (sub - free) & free;
    } while (sub);
}

static void count_row(int op, unsigned k, void *ctx) {
    (void)op;
    ((uint16_t *)ctx)[k]++;
}

static void insert_row(int op, unsigned k, void *ctx) {
    (void)ctx;
    unsigned n = rv64_tables.count[k];
    if (rv64_tables.start[k] + n >= POOL_MAX || n >= 255) return; /* .def outgrew the tables */
    /* insertion sort: more mask bits first, ties in .def order */
    uint16_t *b = &rv64_tables.pool[rv64_tables.start[k]];
    int bits = __builtin_popcount(rv64_rows[op].mask);
    unsigned j = n;
    while (j > 0 && __builtin_popcount(rv64_rows[b[j - 1]].mask) < bits) {
        b[j] = b[j - 1];
        j--;
    }
    b[j] = (uint16_t)op;
    rv64_tables.count[k] = (uint8_t)(n + 1);
}

static void tables_init(void) {
    for (int op = 0; op < RV64_OP_COUNT; op++) {
        const char *s = rv64_raw_names[op];
        size_t i;
        for (i = 0; s[i] && i + 1 < sizeof rv64_tables.names[op]; i++)
            rv64_tables.names[op][i] = s[i] == '_' ? '.' : s[i];
        rv64_tables.names[op][i] = 0;
    }
    static uint16_t want[NBUCKETS];
    for (int op = 1; op < RV64_OP_COUNT; op++)
        row_buckets(op, count_row, want);
    unsigned used = 0;
    for (unsigned k = 0; k < NBUCKETS; k++) {
        rv64_tables.start[k] = (uint16_t)(used < POOL_MAX ? used : POOL_MAX);
        used += want[k] < 255 ? want[k] : 255;
    }
    for (int op = 1; op < RV64_OP_COUNT; op++)
        row_buckets(op, insert_row, NULL);
}

static inline void tables_ready(void) {
    pthread_once(&rv64_tables_once, tables_init);
}

const char *rv64_op_name(int op) {
    tables_ready();
    if (op <= 0 || op >= RV64_OP_COUNT) return "invalid";
    return rv64_tables.names[op];
}

/* ---- Field extraction ---------------------------------------------------------------- */

static inline int64_t sext(uint32_t v, int bits) {
    return (int64_t)((uint64_t)v << (64 - bits)) >> (64 - bits);
}

static inline unsigned rd_of(uint32_t b) {
    return (b >> 7) & 31;
}
static inline unsigned rs1_of(uint32_t b) {
    return (b >> 15) & 31;
}
static inline unsigned rs2_of(uint32_t b) {
    return (b >> 20) & 31;
}
static inline unsigned crs1p(uint32_t b) {
    return 8 + ((b >> 7) & 7);
} /* rd'/rs1' */
static inline unsigned crs2p(uint32_t b) {
    return 8 + ((b >> 2) & 7);
} /* rs2' */
static inline unsigned crs2(uint32_t b) {
    return (b >> 2) & 31;
}

static inline int64_t ci_imm6(uint32_t b) {
    return sext(((b >> 7) & 0x20) | ((b >> 2) & 31), 6);
}

/* Fill `out` from the 32-bit encoding `b` of row `op`. */
static void fields32(uint32_t b, int op, rv64_insn *out) {
    switch (rv64_rows[op].fmt) {
    case RV64_FMT_R:
    case RV64_FMT_FR:
    case RV64_FMT_X_FF: out->rd = rd_of(b), out->rs1 = rs1_of(b), out->rs2 = rs2_of(b); break;
    case RV64_FMT_FR_RM:
        out->rd = rd_of(b), out->rs1 = rs1_of(b), out->rs2 = rs2_of(b);
        out->rm = (b >> 12) & 7;
        break;
    case RV64_FMT_FR4:
        out->rd = rd_of(b), out->rs1 = rs1_of(b), out->rs2 = rs2_of(b), out->rs3 = b >> 27;
        out->rm = (b >> 12) & 7;
        break;
    case RV64_FMT_F_RM:
    case RV64_FMT_X_F_RM:
    case RV64_FMT_F_X_RM:
        out->rd = rd_of(b), out->rs1 = rs1_of(b);
        out->rm = (b >> 12) & 7;
        break;
    case RV64_FMT_R1:
    case RV64_FMT_X_F:
    case RV64_FMT_F_X: out->rd = rd_of(b), out->rs1 = rs1_of(b); break;
    case RV64_FMT_LR:
        out->rd = rd_of(b), out->rs1 = rs1_of(b);
        out->aqrl = (b >> 25) & 3;
        break;
    case RV64_FMT_AMO:
        out->rd = rd_of(b), out->rs1 = rs1_of(b), out->rs2 = rs2_of(b);
        out->aqrl = (b >> 25) & 3;
        break;
    case RV64_FMT_I:
    case RV64_FMT_LOAD:
    case RV64_FMT_JALR:
    case RV64_FMT_FLOAD:
        out->rd = rd_of(b), out->rs1 = rs1_of(b);
        out->imm = (int32_t)b >> 20;
        break;
    case RV64_FMT_SHIFT:
        out->rd = rd_of(b), out->rs1 = rs1_of(b);
        out->imm = (b >> 20) & 63;
        break;
    case RV64_FMT_SHIFTW:
        out->rd = rd_of(b), out->rs1 = rs1_of(b);
        out->imm = (b >> 20) & 31;
        break;
    case RV64_FMT_STORE:
    case RV64_FMT_FSTORE:
        out->rs1 = rs1_of(b), out->rs2 = rs2_of(b);
        out->imm = sext(((b >> 20) & 0xfe0) | ((b >> 7) & 31), 12);
        break;
    case RV64_FMT_BRANCH:
        out->rs1 = rs1_of(b), out->rs2 = rs2_of(b);
        out->imm = sext(((b >> 19) & 0x1000) | ((b >> 20) & 0x7e0) | ((b >> 7) & 0x1e) |
                            ((b << 4) & 0x800),
                        13);
        break;
    case RV64_FMT_U:
        out->rd = rd_of(b);
        out->imm = (int32_t)(b & 0xfffff000u);
        break;
    case RV64_FMT_JAL:
        out->rd = rd_of(b);
        out->imm = sext(
            ((b >> 11) & 0x100000) | ((b >> 20) & 0x7fe) | ((b >> 9) & 0x800) | (b & 0xff000), 21);
        break;
    case RV64_FMT_FENCE: out->aqrl = (b >> 20) & 0xff; break;
    case RV64_FMT_CSR:
        out->rd = rd_of(b), out->rs1 = rs1_of(b);
        out->csr = b >> 20;
        break;
    case RV64_FMT_SFENCE_VM:
    case RV64_FMT_SFENCE_VMA: out->rs1 = rs1_of(b), out->rs2 = rs2_of(b); break;
    case RV64_FMT_CSRI:
        out->rd = rd_of(b);
        out->csr = b >> 20;
        out->imm = rs1_of(b);
        break;
    default: break;
    }
}

/* Fill `out` for compressed row `cop`: op becomes the base instruction and the fields are
 * the ones that make the base semantics produce the compressed result. */
static void fields16(uint32_t b, int cop, rv64_insn *out) {
    switch (cop) {
    case RV64_OP_c_unimp: out->op = RV64_OP_INVALID; break;
    case RV64_OP_c_addi4spn:
        out->op = RV64_OP_addi, out->rd = crs2p(b), out->rs1 = 2;
        out->imm = ((b >> 7) & 0x30) | ((b >> 1) & 0x3c0) | ((b >> 4) & 4) | ((b >> 2) & 8);
        break;
    case RV64_OP_c_lw:
        out->op = RV64_OP_lw, out->rd = crs2p(b), out->rs1 = crs1p(b);
        out->imm = ((b >> 7) & 0x38) | ((b >> 4) & 4) | ((b << 1) & 0x40);
        break;
    case RV64_OP_c_ld:
    case RV64_OP_c_fld:
        out->op = cop == RV64_OP_c_ld ? RV64_OP_ld : RV64_OP_fld;
        out->rd = crs2p(b), out->rs1 = crs1p(b);
        out->imm = ((b >> 7) & 0x38) | ((b << 1) & 0xc0);
        break;
    case RV64_OP_c_sw:
        out->op = RV64_OP_sw, out->rs2 = crs2p(b), out->rs1 = crs1p(b);
        out->imm = ((b >> 7) & 0x38) | ((b >> 4) & 4) | ((b << 1) & 0x40);
        break;
    case RV64_OP_c_sd:
    case RV64_OP_c_fsd:
        out->op = cop == RV64_OP_c_sd ? RV64_OP_sd : RV64_OP_fsd;
        out->rs2 = crs2p(b), out->rs1 = crs1p(b);
        out->imm = ((b >> 7) & 0x38) | ((b << 1) & 0xc0);
        break;
    case RV64_OP_c_nop:
    case RV64_OP_c_addi:
        out->op = RV64_OP_addi, out->rd = out->rs1 = rd_of(b), out->imm = ci_imm6(b);
        break;
    case RV64_OP_c_addiw:
        out->op = RV64_OP_addiw, out->rd = out->rs1 = rd_of(b), out->imm = ci_imm6(b);
        break;
    case RV64_OP_c_li:
        out->op = RV64_OP_addi, out->rd = rd_of(b), out->rs1 = 0, out->imm = ci_imm6(b);
        break;
    case RV64_OP_c_addi16sp:
        out->op = RV64_OP_addi, out->rd = out->rs1 = 2;
        out->imm = sext(((b >> 3) & 0x200) | ((b >> 2) & 0x10) | ((b << 1) & 0x40) |
                            ((b << 4) & 0x180) | ((b << 3) & 0x20),
                        10);
        break;
    case RV64_OP_c_lui:
        out->op = RV64_OP_lui, out->rd = rd_of(b), out->imm = ci_imm6(b) * 4096;
        break;
    case RV64_OP_c_srli:
    case RV64_OP_c_srli64:
        out->op = RV64_OP_srli, out->rd = out->rs1 = crs1p(b);
        out->imm = ((b >> 7) & 0x20) | ((b >> 2) & 31);
        break;
    case RV64_OP_c_srai:
    case RV64_OP_c_srai64:
        out->op = RV64_OP_srai, out->rd = out->rs1 = crs1p(b);
        out->imm = ((b >> 7) & 0x20) | ((b >> 2) & 31);
        break;
    case RV64_OP_c_andi:
        out->op = RV64_OP_andi, out->rd = out->rs1 = crs1p(b), out->imm = ci_imm6(b);
        break;
    case RV64_OP_c_sub:
    case RV64_OP_c_xor:
    case RV64_OP_c_or:
    case RV64_OP_c_and:
    case RV64_OP_c_subw:
    case RV64_OP_c_addw: {
        static const uint16_t base[] = {
            [RV64_OP_c_sub - RV64_OP_c_sub] = RV64_OP_sub,
            [RV64_OP_c_xor - RV64_OP_c_sub] = RV64_OP_xor,
            [RV64_OP_c_or - RV64_OP_c_sub] = RV64_OP_or,
            [RV64_OP_c_and - RV64_OP_c_sub] = RV64_OP_and,
            [RV64_OP_c_subw - RV64_OP_c_sub] = RV64_OP_subw,
            [RV64_OP_c_addw - RV64_OP_c_sub] = RV64_OP_addw,
        };
        out->op = base[cop - RV64_OP_c_sub];
        out->rd = out->rs1 = crs1p(b), out->rs2 = crs2p(b);
        break;
    }
    case RV64_OP_c_j:
        out->op = RV64_OP_jal, out->rd = 0;
        out->imm =
            sext(((b >> 1) & 0x800) | ((b >> 7) & 0x10) | ((b >> 1) & 0x300) | ((b << 2) & 0x400) |
                     ((b >> 1) & 0x40) | ((b << 1) & 0x80) | ((b >> 2) & 0xe) | ((b << 3) & 0x20),
                 12);
        break;
    case RV64_OP_c_beqz:
    case RV64_OP_c_bnez:
        out->op = cop == RV64_OP_c_beqz ? RV64_OP_beq : RV64_OP_bne;
        out->rs1 = crs1p(b), out->rs2 = 0;
        out->imm = sext(((b >> 4) & 0x100) | ((b >> 7) & 0x18) | ((b << 1) & 0xc0) |
                            ((b >> 2) & 6) | ((b << 3) & 0x20),
                        9);
        break;
    case RV64_OP_c_slli:
    case RV64_OP_c_slli64:
        out->op = RV64_OP_slli, out->rd = out->rs1 = rd_of(b);
        out->imm = ((b >> 7) & 0x20) | ((b >> 2) & 31);
        break;
    case RV64_OP_c_lwsp:
        out->op = RV64_OP_lw, out->rd = rd_of(b), out->rs1 = 2;
        out->imm = ((b >> 7) & 0x20) | ((b >> 2) & 0x1c) | ((b << 4) & 0xc0);
        break;
    case RV64_OP_c_ldsp:
    case RV64_OP_c_fldsp:
        out->op = cop == RV64_OP_c_ldsp ? RV64_OP_ld : RV64_OP_fld;
        out->rd = rd_of(b), out->rs1 = 2;
        out->imm = ((b >> 7) & 0x20) | ((b >> 2) & 0x18) | ((b << 4) & 0x1c0);
        break;
    case RV64_OP_c_jr:
        out->op = RV64_OP_jalr, out->rd = 0, out->rs1 = rd_of(b), out->imm = 0;
        break;
    case RV64_OP_c_jalr:
        out->op = RV64_OP_jalr, out->rd = 1, out->rs1 = rd_of(b), out->imm = 0;
        break;
    case RV64_OP_c_mv:
        out->op = RV64_OP_add, out->rd = rd_of(b), out->rs1 = 0, out->rs2 = crs2(b);
        break;
    case RV64_OP_c_add:
        out->op = RV64_OP_add, out->rd = out->rs1 = rd_of(b), out->rs2 = crs2(b);
        break;
    case RV64_OP_c_ebreak: out->op = RV64_OP_ebreak; break;
    case RV64_OP_c_swsp:
        out->op = RV64_OP_sw, out->rs1 = 2, out->rs2 = crs2(b);
        out->imm = ((b >> 7) & 0x3c) | ((b >> 1) & 0xc0);
        break;
    case RV64_OP_c_sdsp:
    case RV64_OP_c_fsdsp:
        out->op = cop == RV64_OP_c_sdsp ? RV64_OP_sd : RV64_OP_fsd;
        out->rs1 = 2, out->rs2 = crs2(b);
        out->imm = ((b >> 7) & 0x38) | ((b >> 1) & 0x1c0);
        break;
    default: out->op = RV64_OP_INVALID; break;
    }
}

/* ---- Validity beyond mask/match ------------------------------------------------------- */

enum decode_mode { MODE_EXEC, MODE_OBJDUMP };

/* Reserved compressed encodings. Both modes agree except where noted: objdump still names
 * 0x0000 (c.unimp) and c.addi16sp with a zero immediate, which the spec reserves. */
static int compressed_ok(const rv64_insn *in, int cop, enum decode_mode mode) {
    switch (cop) {
    case RV64_OP_c_unimp: return mode == MODE_OBJDUMP;
    case RV64_OP_c_addi16sp: return in->imm != 0 || mode == MODE_OBJDUMP;
    case RV64_OP_c_addi4spn:
    case RV64_OP_c_lui: return in->imm != 0;
    case RV64_OP_c_addiw:
    case RV64_OP_c_lwsp:
    case RV64_OP_c_ldsp: return in->rd != 0;
    case RV64_OP_c_jr:
    case RV64_OP_c_jalr: return in->rs1 != 0;
    default: return 1;
    }
}

/* Fields binutils 2.40 insists on that the spec leaves free or ignores: fence needs fm, rd
 * and rs1 zero (fence.tso rd and rs1), fence.i needs imm, rd and rs1 zero, and the exact
 * conversions fcvt.d.s/fcvt.d.w/fcvt.d.wu are only named with rm = 0. */
static int objdump_32_ok(uint32_t b, int op) {
    switch (op) {
    case RV64_OP_fence: return (b & 0xf00f8f80u) == 0;
    case RV64_OP_fence_tso: return (b & 0x000f8f80u) == 0;
    case RV64_OP_fence_i: return (b & 0xffff8f80u) == 0;
    case RV64_OP_fcvt_d_s:
    case RV64_OP_fcvt_d_w:
    case RV64_OP_fcvt_d_wu: return ((b >> 12) & 7) == 0;
    default: return 1;
    }
}

static int decode_mode(uint32_t bits, rv64_insn *out, enum decode_mode mode) {
    tables_ready();
    memset(out, 0, sizeof *out);
    out->rm = 7;
    if ((bits & 3) != 3) {
        uint32_t b = bits & 0xffff;
        out->raw = b;
        out->len = 2;
        unsigned k = key16(b);
        const uint16_t *ops = &rv64_tables.pool[rv64_tables.start[k]];
        for (int i = 0; i < rv64_tables.count[k]; i++) {
            int cop = ops[i];
            if ((b & rv64_rows[cop].mask) != rv64_rows[cop].match) continue;
            fields16(b, cop, out);
            if (!compressed_ok(out, cop, mode)) break;
            out->cop = (uint16_t)cop;
            if (cop == RV64_OP_c_unimp) /* objdump mode only: a name, no semantics */
                out->op = RV64_OP_c_unimp;
            return 2;
        }
        memset(out, 0, sizeof *out);
        out->raw = b, out->len = 2, out->rm = 7;
        return 0;
    }

    out->raw = bits;
    out->len = 4;
    if ((bits & 0x1f) != 0x1f) {
        unsigned k = key32(bits);
        const uint16_t *ops = &rv64_tables.pool[rv64_tables.start[k]];
        for (int i = 0; i < rv64_tables.count[k]; i++) {
            int op = ops[i];
            if ((bits & rv64_rows[op].mask) != rv64_rows[op].match) continue;
            if (mode == MODE_OBJDUMP ? !objdump_32_ok(bits, op)
                                     : rv64_rows[op].ext == RV64_EXT_PRIV)
                break;
            out->op = (uint16_t)op;
            fields32(bits, op, out);
            return 4;
        }
    }
    return 0;
}

int rv64_decode(uint32_t bits, rv64_insn *out) {
    return decode_mode(bits, out, MODE_EXEC);
}

/* ---- Disassembler --------------------------------------------------------------------- */

static const char *csr_name(unsigned csr, char *tmp, size_t size) {
    /* Every CSR binutils 2.40 names with its default privileged spec; others print as hex. */
    static const struct {
        uint16_t num;
        const char *name;
    } named[] = {
        {0x001, "fflags"},     {0x002, "frm"},           {0x003, "fcsr"},
        {0x008, "vstart"},     {0x009, "vxsat"},         {0x00a, "vxrm"},
        {0x00f, "vcsr"},       {0x015, "seed"},          {0x100, "sstatus"},
        {0x104, "sie"},        {0x105, "stvec"},         {0x106, "scounteren"},
        {0x10a, "senvcfg"},    {0x10c, "sstateen0"},     {0x10d, "sstateen1"},
        {0x10e, "sstateen2"},  {0x10f, "sstateen3"},     {0x114, "sieh"},
        {0x140, "sscratch"},   {0x141, "sepc"},          {0x142, "scause"},
        {0x143, "stval"},      {0x144, "sip"},           {0x14d, "stimecmp"},
        {0x150, "siselect"},   {0x151, "sireg"},         {0x154, "siph"},
        {0x15c, "stopei"},     {0x15d, "stimecmph"},     {0x180, "satp"},
        {0x200, "vsstatus"},   {0x204, "vsie"},          {0x205, "vstvec"},
        {0x214, "vsieh"},      {0x240, "vsscratch"},     {0x241, "vsepc"},
        {0x242, "vscause"},    {0x243, "vstval"},        {0x244, "vsip"},
        {0x24d, "vstimecmp"},  {0x250, "vsiselect"},     {0x251, "vsireg"},
        {0x254, "vsiph"},      {0x25c, "vstopei"},       {0x25d, "vstimecmph"},
        {0x280, "vsatp"},      {0x300, "mstatus"},       {0x301, "misa"},
        {0x302, "medeleg"},    {0x303, "mideleg"},       {0x304, "mie"},
        {0x305, "mtvec"},      {0x306, "mcounteren"},    {0x308, "mvien"},
        {0x309, "mvip"},       {0x30a, "menvcfg"},       {0x30c, "mstateen0"},
        {0x30d, "mstateen1"},  {0x30e, "mstateen2"},     {0x30f, "mstateen3"},
        {0x310, "mstatush"},   {0x313, "midelegh"},      {0x314, "mieh"},
        {0x318, "mvienh"},     {0x319, "mviph"},         {0x31a, "menvcfgh"},
        {0x31c, "mstateen0h"}, {0x31d, "mstateen1h"},    {0x31e, "mstateen2h"},
        {0x31f, "mstateen3h"}, {0x320, "mcountinhibit"}, {0x340, "mscratch"},
        {0x341, "mepc"},       {0x342, "mcause"},        {0x343, "mtval"},
        {0x344, "mip"},        {0x34a, "mtinst"},        {0x34b, "mtval2"},
        {0x350, "miselect"},   {0x351, "mireg"},         {0x354, "miph"},
        {0x35c, "mtopei"},     {0x5a8, "scontext"},      {0x600, "hstatus"},
        {0x602, "hedeleg"},    {0x603, "hideleg"},       {0x604, "hie"},
        {0x605, "htimedelta"}, {0x606, "hcounteren"},    {0x607, "hgeie"},
        {0x608, "hvien"},      {0x609, "hvictl"},        {0x60a, "henvcfg"},
        {0x60c, "hstateen0"},  {0x60d, "hstateen1"},     {0x60e, "hstateen2"},
        {0x60f, "hstateen3"},  {0x613, "hidelegh"},      {0x615, "htimedeltah"},
        {0x618, "hvienh"},     {0x61a, "henvcfgh"},      {0x61c, "hstateen0h"},
        {0x61d, "hstateen1h"}, {0x61e, "hstateen2h"},    {0x61f, "hstateen3h"},
        {0x643, "htval"},      {0x644, "hip"},           {0x645, "hvip"},
        {0x646, "hviprio1"},   {0x647, "hviprio2"},      {0x64a, "htinst"},
        {0x655, "hviph"},      {0x656, "hviprio1h"},     {0x657, "hviprio2h"},
        {0x680, "hgatp"},      {0x6a8, "hcontext"},      {0x747, "mseccfg"},
        {0x757, "mseccfgh"},   {0x7a0, "tselect"},       {0x7a1, "tdata1"},
        {0x7a2, "tdata2"},     {0x7a3, "tdata3"},        {0x7a4, "tinfo"},
        {0x7a5, "tcontrol"},   {0x7a8, "mcontext"},      {0x7aa, "mscontext"},
        {0x7b0, "dcsr"},       {0x7b1, "dpc"},           {0x7b2, "dscratch0"},
        {0x7b3, "dscratch1"},  {0xb00, "mcycle"},        {0xb02, "minstret"},
        {0xb80, "mcycleh"},    {0xb82, "minstreth"},     {0xc00, "cycle"},
        {0xc01, "time"},       {0xc02, "instret"},       {0xc20, "vl"},
        {0xc21, "vtype"},      {0xc22, "vlenb"},         {0xc80, "cycleh"},
        {0xc81, "timeh"},      {0xc82, "instreth"},      {0xda0, "scountovf"},
        {0xdb0, "stopi"},      {0xe12, "hgeip"},         {0xeb0, "vstopi"},
        {0xf11, "mvendorid"},  {0xf12, "marchid"},       {0xf13, "mimpid"},
        {0xf14, "mhartid"},    {0xf15, "mconfigptr"},    {0xfb0, "mtopi"},
    };
    /* numbered families: base, first index, last index, name prefix, suffix */
    static const struct {
        uint16_t base, first, last;
        const char *prefix, *suffix;
    } family[] = {
        {0x3a0, 0, 15, "pmpcfg", ""},      {0x3b0, 0, 63, "pmpaddr", ""},
        {0x320, 3, 31, "mhpmevent", ""},   {0x720, 3, 31, "mhpmevent", "h"},
        {0xb00, 3, 31, "mhpmcounter", ""}, {0xb80, 3, 31, "mhpmcounter", "h"},
        {0xc00, 3, 31, "hpmcounter", ""},  {0xc80, 3, 31, "hpmcounter", "h"},
    };
    for (size_t i = 0; i < sizeof named / sizeof named[0]; i++)
        if (named[i].num == csr) return named[i].name;
    for (size_t i = 0; i < sizeof family / sizeof family[0]; i++) {
        if (csr >= family[i].base + family[i].first && csr <= family[i].base + family[i].last) {
            snprintf(tmp, size, "%s%u%s", family[i].prefix, csr - family[i].base, family[i].suffix);
            return tmp;
        }
    }
    snprintf(tmp, size, "0x%x", csr);
    return tmp;
}

/* fence pred/succ: "iorw" subset, "unknown" for none (binutils' spelling) */
static const char *fence_set(unsigned v, char *tmp) {
    char *p = tmp;
    if (v & 8) *p++ = 'i';
    if (v & 4) *p++ = 'o';
    if (v & 2) *p++ = 'r';
    if (v & 1) *p++ = 'w';
    *p = 0;
    return p == tmp ? "unknown" : tmp;
}

/* ",rtz" etc.; the dynamic mode is not printed */
static const char *rm_suffix(unsigned rm) {
    static const char *const names[8] = {
        ",rne", ",rtz", ",rdn", ",rup", ",rmm", ",unknown", ",unknown", "",
    };
    return names[rm & 7];
}

static const char *aqrl_suffix(unsigned aqrl) {
    static const char *const names[4] = {"", ".rl", ".aq", ".aqrl"};
    return names[aqrl & 3];
}

int rv64_disasm(const rv64_insn *in, uint64_t pc, char *buf, size_t size) {
    rv64_insn d;
    const char *const *x = rv64_xreg_name;
    const char *const *f = rv64_freg_name;
    char t1[32], t2[8], t3[8];

    if (!decode_mode(in->raw, &d, MODE_OBJDUMP)) {
        if (d.len == 2) return snprintf(buf, size, ".2byte\t0x%" PRIx32, d.raw);
        return snprintf(buf, size, ".4byte\t0x%" PRIx32, d.raw);
    }

    if (d.cop) {
        const char *n = rv64_tables.names[d.cop];
        switch (rv64_rows[d.cop].fmt) {
        case RV64_FMT_C_NONE: return snprintf(buf, size, "%s", n);
        case RV64_FMT_CIW: return snprintf(buf, size, "%s\t%s,sp,%" PRId64, n, x[d.rd], d.imm);
        case RV64_FMT_CL_W:
        case RV64_FMT_CL_D:
        case RV64_FMT_CI_WSP:
        case RV64_FMT_CI_DSP:
            return snprintf(buf, size, "%s\t%s,%" PRId64 "(%s)", n, x[d.rd], d.imm, x[d.rs1]);
        case RV64_FMT_CL_D_F:
        case RV64_FMT_CI_DSP_F:
            return snprintf(buf, size, "%s\t%s,%" PRId64 "(%s)", n, f[d.rd], d.imm, x[d.rs1]);
        case RV64_FMT_CS_W:
        case RV64_FMT_CS_D:
        case RV64_FMT_CSS_W:
        case RV64_FMT_CSS_D:
            return snprintf(buf, size, "%s\t%s,%" PRId64 "(%s)", n, x[d.rs2], d.imm, x[d.rs1]);
        case RV64_FMT_CS_D_F:
        case RV64_FMT_CSS_D_F:
            return snprintf(buf, size, "%s\t%s,%" PRId64 "(%s)", n, f[d.rs2], d.imm, x[d.rs1]);
        case RV64_FMT_CI_NOP: /* binutils treats c.nop as an alias of c.addi */
            return snprintf(buf, size, "c.addi\tzero,0");
        case RV64_FMT_CI:
        case RV64_FMT_CI_16SP:
        case RV64_FMT_CB_I: return snprintf(buf, size, "%s\t%s,%" PRId64, n, x[d.rd], d.imm);
        case RV64_FMT_CI_LUI:
            return snprintf(buf, size, "%s\t%s,0x%" PRIx64, n, x[d.rd],
                            ((uint64_t)d.imm >> 12) & 0xfffff);
        case RV64_FMT_CB_SH:
        case RV64_FMT_CI_SH:
            if (d.imm == 0) /* c.slli64 and friends */
                return snprintf(buf, size, "%s\t%s", n, x[d.rd]);
            return snprintf(buf, size, "%s\t%s,0x%" PRIx64, n, x[d.rd], d.imm);
        case RV64_FMT_CA:
        case RV64_FMT_CR: return snprintf(buf, size, "%s\t%s,%s", n, x[d.rd], x[d.rs2]);
        case RV64_FMT_CJ: return snprintf(buf, size, "%s\t%" PRIx64, n, pc + (uint64_t)d.imm);
        case RV64_FMT_CB:
            return snprintf(buf, size, "%s\t%s,%" PRIx64, n, x[d.rs1], pc + (uint64_t)d.imm);
        case RV64_FMT_CR_JR: return snprintf(buf, size, "%s\t%s", n, x[d.rs1]);
        default: return snprintf(buf, size, ".2byte\t0x%" PRIx32, d.raw);
        }
    }

    const char *n = rv64_tables.names[d.op];
    switch (rv64_rows[d.op].fmt) {
    case RV64_FMT_NONE: return snprintf(buf, size, "%s", n);
    case RV64_FMT_R: return snprintf(buf, size, "%s\t%s,%s,%s", n, x[d.rd], x[d.rs1], x[d.rs2]);
    case RV64_FMT_R1: return snprintf(buf, size, "%s\t%s,%s", n, x[d.rd], x[d.rs1]);
    case RV64_FMT_I: return snprintf(buf, size, "%s\t%s,%s,%" PRId64, n, x[d.rd], x[d.rs1], d.imm);
    case RV64_FMT_SHIFT:
    case RV64_FMT_SHIFTW:
        return snprintf(buf, size, "%s\t%s,%s,0x%" PRIx64, n, x[d.rd], x[d.rs1], d.imm);
    case RV64_FMT_LOAD:
    case RV64_FMT_JALR:
        return snprintf(buf, size, "%s\t%s,%" PRId64 "(%s)", n, x[d.rd], d.imm, x[d.rs1]);
    case RV64_FMT_STORE:
        return snprintf(buf, size, "%s\t%s,%" PRId64 "(%s)", n, x[d.rs2], d.imm, x[d.rs1]);
    case RV64_FMT_FLOAD:
        return snprintf(buf, size, "%s\t%s,%" PRId64 "(%s)", n, f[d.rd], d.imm, x[d.rs1]);
    case RV64_FMT_FSTORE:
        return snprintf(buf, size, "%s\t%s,%" PRId64 "(%s)", n, f[d.rs2], d.imm, x[d.rs1]);
    case RV64_FMT_BRANCH:
        return snprintf(buf, size, "%s\t%s,%s,%" PRIx64, n, x[d.rs1], x[d.rs2],
                        pc + (uint64_t)d.imm);
    case RV64_FMT_U:
        return snprintf(buf, size, "%s\t%s,0x%" PRIx64, n, x[d.rd],
                        ((uint64_t)d.imm >> 12) & 0xfffff);
    case RV64_FMT_JAL:
        return snprintf(buf, size, "%s\t%s,%" PRIx64, n, x[d.rd], pc + (uint64_t)d.imm);
    case RV64_FMT_FENCE:
        return snprintf(buf, size, "%s\t%s,%s", n, fence_set(d.aqrl >> 4, t2),
                        fence_set(d.aqrl & 15, t3));
    case RV64_FMT_CSR:
        return snprintf(buf, size, "%s\t%s,%s,%s", n, x[d.rd], csr_name(d.csr, t1, sizeof t1),
                        x[d.rs1]);
    case RV64_FMT_CSRI:
        return snprintf(buf, size, "%s\t%s,%s,%" PRId64, n, x[d.rd], csr_name(d.csr, t1, sizeof t1),
                        d.imm);
    case RV64_FMT_LR:
        return snprintf(buf, size, "%s%s\t%s,(%s)", n, aqrl_suffix(d.aqrl), x[d.rd], x[d.rs1]);
    case RV64_FMT_AMO:
        return snprintf(buf, size, "%s%s\t%s,%s,(%s)", n, aqrl_suffix(d.aqrl), x[d.rd], x[d.rs2],
                        x[d.rs1]);
    case RV64_FMT_FR: return snprintf(buf, size, "%s\t%s,%s,%s", n, f[d.rd], f[d.rs1], f[d.rs2]);
    case RV64_FMT_FR_RM:
        return snprintf(buf, size, "%s\t%s,%s,%s%s", n, f[d.rd], f[d.rs1], f[d.rs2],
                        rm_suffix(d.rm));
    case RV64_FMT_FR4:
        return snprintf(buf, size, "%s\t%s,%s,%s,%s%s", n, f[d.rd], f[d.rs1], f[d.rs2], f[d.rs3],
                        rm_suffix(d.rm));
    case RV64_FMT_F_RM:
        if (d.op == RV64_OP_fcvt_d_s) /* exact: printed without rm (objdump_32_ok) */
            return snprintf(buf, size, "%s\t%s,%s", n, f[d.rd], f[d.rs1]);
        return snprintf(buf, size, "%s\t%s,%s%s", n, f[d.rd], f[d.rs1], rm_suffix(d.rm));
    case RV64_FMT_X_F_RM:
        return snprintf(buf, size, "%s\t%s,%s%s", n, x[d.rd], f[d.rs1], rm_suffix(d.rm));
    case RV64_FMT_F_X_RM:
        if (d.op == RV64_OP_fcvt_d_w || d.op == RV64_OP_fcvt_d_wu)
            return snprintf(buf, size, "%s\t%s,%s", n, f[d.rd], x[d.rs1]);
        return snprintf(buf, size, "%s\t%s,%s%s", n, f[d.rd], x[d.rs1], rm_suffix(d.rm));
    case RV64_FMT_X_F: return snprintf(buf, size, "%s\t%s,%s", n, x[d.rd], f[d.rs1]);
    case RV64_FMT_F_X: return snprintf(buf, size, "%s\t%s,%s", n, f[d.rd], x[d.rs1]);
    case RV64_FMT_X_FF: return snprintf(buf, size, "%s\t%s,%s,%s", n, x[d.rd], f[d.rs1], f[d.rs2]);
    case RV64_FMT_SFENCE_VM:
        if (d.rs1 == 0) return snprintf(buf, size, "%s", n);
        return snprintf(buf, size, "%s\t%s", n, x[d.rs1]);
    case RV64_FMT_SFENCE_VMA: return snprintf(buf, size, "%s\t%s,%s", n, x[d.rs1], x[d.rs2]);
    default: return snprintf(buf, size, ".4byte\t0x%" PRIx32, d.raw);
    }
}
