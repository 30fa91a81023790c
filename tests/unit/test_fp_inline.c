/*
 * test_fp_inline.c - the backend's inline F/D code (IR_FP, recomp/backend_fp.inc, docs/fp.md)
 * executed against the exact reference rv64_fp_value.
 *
 * For every F/D op, every rm field (RNE RTZ RDN RUP RMM and dynamic) and every dynamic mode frm
 * 0..4, one unit `GET f1/f2/f3 (or x1) -> FP -> SET f4 (or x4)` is compiled and run on a few
 * hundred operand sets drawn from special values (zeros, infinities, quiet and signaling NaNs
 * with payloads, subnormals, the integer-range edges the conversions test, unboxed singles)
 * and random bits. Each run starts with the guest MXCSR loaded (rv64_fp_guest_mode) and ends
 * with the flags folded (rv64_fp_host_mode), as the dispatcher does; the result and fflags
 * must equal the reference's bit for bit. Units are also run with 13 live values around the
 * op (the slow-path stubs must preserve caller-saved registers), with constant operands, with
 * FMA3 off, and with the whole inline path off; and as random chains of dependent ops (results
 * passed on in xmm registers) against the same ops applied one by one.
 *
 * Then the MXCSR contract inside one unit: flags accrued over several inline ops and read by
 * a CSR instruction (HELPER_CSR folds), fsflags clearing, frm written in the middle of a unit,
 * and an invalid frm (5..7) reaching the illegal-instruction hook with the guest state written
 * back and cpu->pc at the instruction.
 *
 * Environment: FP_INLINE_ITERS=N operand sets per unit (default 300).
 */
#define _GNU_SOURCE
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>

#include <cmocka.h>

#include "backend.h"
#include "cache_abi.h"
#include "helpers.h"
#include "recomp/cache_format.h"
#include "ir.h"
#include "rv64_cpu.h"
#include "rv64_decode.h"
#include "rv64_fp.h"

extern void recomp_enter(rv64_cpu *cpu, const void *code);
extern char recomp_exit[];

#define CODE_SIZE (8u << 20)
#define UNIT_PC   0x1000u

static uint8_t *code_mem;
static size_t code_used;
static rv64_cpu *cpu, *ref;
static ir_unit unit;
static backend_out bout;
static int iters = 300;

static uint64_t rng_state = 0x2545f4914f6cdd1dull;
static uint64_t rnd(void) {
    rng_state ^= rng_state << 13;
    rng_state ^= rng_state >> 7;
    rng_state ^= rng_state << 17;
    return rng_state;
}

static int setup(void **state) {
    (void)state;
    code_mem = mmap(NULL, CODE_SIZE, PROT_READ | PROT_WRITE | PROT_EXEC,
                    MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    if (code_mem == MAP_FAILED) return -1;
    cpu = aligned_alloc(64, (sizeof *cpu + 63) & ~(size_t)63);
    ref = aligned_alloc(64, (sizeof *ref + 63) & ~(size_t)63);
    if (!cpu || !ref) return -1;
    memset(cpu, 0, sizeof *cpu);
    cpu->jmp_table = calloc(RV64_JMP_SIZE, sizeof *cpu->jmp_table);
    if (!cpu->jmp_table) return -1;
    cpu->exit_stub = recomp_exit;
    rv64_helpers_init(cpu->helpers);
    const char *it = getenv("FP_INLINE_ITERS");
    if (it && atoi(it) > 0) iters = atoi(it);
    return 0;
}

static int teardown(void **state) {
    (void)state;
    munmap(code_mem, CODE_SIZE);
    free(cpu->jmp_table);
    free(cpu);
    free(ref);
    return 0;
}

static void *compile(ir_unit *u) {
    if (code_used + (256u << 10) > CODE_SIZE) code_used = 0;
    x64_buf b = x64_buf_init(code_mem + code_used, CODE_SIZE - code_used);
    int rc = backend_emit(u, &b, &bout);
    if (rc != 0 || b.overflow || b.invalid) {
        fprintf(stderr, "backend_emit failed (rc %d overflow %d invalid %d) on:\n", rc, b.overflow,
                b.invalid);
        ir_dump(u, stderr, NULL, NULL);
        return NULL;
    }
    void *p = code_mem + code_used;
    code_used += (x64_buf_len(&b) + 15) & ~(size_t)15;
    return p;
}

/* Run generated code as the dispatcher does: guest MXCSR in, flags folded out. */
static void run(const void *code) {
    rv64_fp_guest_mode(cpu);
    recomp_enter(cpu, code);
    rv64_fp_host_mode(cpu);
}

/* -- Operand pools ------------------------------------------------------------------------- */

static const uint64_t d_special[] = {
    0x0000000000000000ull, 0x8000000000000000ull, 0x3ff0000000000000ull, 0xbff0000000000000ull,
    0x7ff0000000000000ull, 0xfff0000000000000ull, 0x7ff8000000000000ull, 0xfff8000000000000ull,
    0x7ff4000000000000ull, 0x7ff0000000000001ull, 0xfff8000000000123ull, 0x7ff8000000abcdefull,
    0x0000000000000001ull, 0x000fffffffffffffull, 0x8000000000000001ull, 0x0010000000000000ull,
    0x7fefffffffffffffull, 0xffefffffffffffffull, 0x3fd5555555555555ull, 0x3fe0000000000000ull,
    0x3ff8000000000000ull, 0x4004000000000000ull, 0xc004000000000000ull, 0xbfe0000000000000ull,
    0xbff8000000000000ull, 0x41e0000000000000ull, 0xc1e0000000000000ull, 0x41dfffffffc00000ull,
    0x41dfffffffe00000ull, 0xc1e0000000100000ull, 0xc1e0000000200000ull, 0x41dfffff00000000ull,
    0x41dffffeffffffffull, 0xc1dfffff00000000ull, 0xc1dffffeffffffffull, 0x41efffff00000000ull,
    0x41effffeffffffffull, 0x41f0000000000000ull, 0x41efffffffe00000ull, 0x43e0000000000000ull,
    0x43dfffffffffffffull, 0xc3e0000000000000ull, 0xc3dfffffffffffffull, 0x43f0000000000000ull,
    0x43efffffffffffffull, 0x4330000000000000ull, 0x4340000000000000ull, 0x433fffffffffffffull,
    0x3ff0000000000001ull, 0x3cb0000000000000ull, 0x0008000000000000ull, 0x8008000000000000ull,
};
static const uint32_t s_special[] = {
    0x00000000, 0x80000000, 0x3f800000, 0xbf800000, 0x7f800000, 0xff800000, 0x7fc00000,
    0xffc00000, 0x7fa00000, 0x7f800001, 0xffc00123, 0x00000001, 0x007fffff, 0x80000001,
    0x00800000, 0x7f7fffff, 0xff7fffff, 0x3eaaaaab, 0x3f000000, 0x3fc00000, 0x40200000,
    0xc0200000, 0xbf000000, 0x4f000000, 0xcf000000, 0x4effffff, 0xcf000001, 0xceffffff,
    0x4f800000, 0x4f7fffff, 0x5f000000, 0xdf000000, 0x5effffff, 0xdeffffff, 0x5f800000,
    0x5f7fffff, 0x4b800000, 0x4b7fffff, 0x4b800001, 0x00400000, 0x80400000,
};
static const uint64_t i_special[] = {
    0,
    1,
    2,
    3,
    (uint64_t)-1,
    (uint64_t)-2,
    0x7fffffff,
    0x80000000,
    0xffffffff,
    0x100000000ull,
    0xffffffff80000000ull,
    0x1000000,
    0x1000001,
    0xffffff,
    0xffffffffff000000ull,
    0xfffffffffeffffffull,
    0x20000000000000ull,
    0x20000000000001ull,
    0x1fffffffffffffull,
    0xffe0000000000000ull,
    0xffdfffffffffffffull,
    0x7fffffffffffffffull,
    0x8000000000000000ull,
    0x8000000000000001ull,
    0xfffffffffffffc00ull,
    0x7ffffffffffffc00ull,
    0x8000000000000400ull,
    0x00000000ff000001ull,
    0x1234567890abcdefull,
};
#define NELEM(a) (sizeof(a) / sizeof((a)[0]))

static uint64_t rand_double(void) {
    switch (rnd() % 6) {
    case 0:
    case 1: return d_special[rnd() % NELEM(d_special)];
    case 2: return (rnd() & 0x800fffffffffffffull) | (1013 + rnd() % 80) << 52; /* moderate */
    case 3: return (rnd() & 0x800fffffffffffffull) | (1023 + rnd() % 66) << 52; /* integers */
    case 4: { /* sums that round: a few bits */
        uint64_t m = rnd() & 0xf;
        return (rnd() & 0x8000000000000000ull) | (1023 + rnd() % 8) << 52 | m << 48 | (rnd() & 1);
    }
    default: return rnd();
    }
}

static uint32_t rand_single_bits(void) {
    switch (rnd() % 6) {
    case 0:
    case 1: return s_special[rnd() % NELEM(s_special)];
    case 2: return (uint32_t)(rnd() & 0x807fffff) | (uint32_t)(117 + rnd() % 40) << 23;
    case 3: return (uint32_t)(rnd() & 0x807fffff) | (uint32_t)(127 + rnd() % 66) << 23;
    default: return (uint32_t)rnd();
    }
}

static uint64_t rand_single(void) {
    uint32_t v = rand_single_bits();
    switch (rnd() % 16) {
    case 0: return (rnd() & 0xffffffff00000000ull & ~(1ull << (32 + rnd() % 32))) | v;
    case 1: return rand_double(); /* anything */
    default: return 0xffffffff00000000ull | v;
    }
}

static uint64_t rand_int(void) {
    switch (rnd() % 5) {
    case 0:
    case 1: return i_special[rnd() % NELEM(i_special)];
    case 2: return (uint64_t)(int64_t)(int32_t)rnd();
    case 3: return rnd() >> (rnd() % 64);
    default: return rnd();
    }
}

/* -- The per-op differential check ------------------------------------------------------------ */

static int mismatches;
static long runs;

static bool op_single(int op) {
    const char *n = rv64_op_name(op);
    size_t l = strlen(n);
    /* fcvt.s.*, fmv.w.x and the .s ops take or make singles; fcvt.d.s reads one */
    if (!strncmp(n, "fcvt.s.", 7) || !strcmp(n, "fmv.w.x")) return false;
    return n[l - 1] == 's' && n[l - 2] == '.';
}

static bool op_int_source(int op) {
    return rv64_fp_helpers[op].kind == RV64_FPK_XF;
}

static uint64_t rand_operand(int op) {
    if (op_int_source(op)) return rand_int();
    return op_single(op) ? rand_single() : rand_double();
}

enum form { F_REGS, F_PRESSURE, F_CONST };

/* One unit for (op, rm) in the given form; the constant form bakes operands k[] in. */
static void *build(int op, int rm, enum form form, const uint64_t *k) {
    ir_unit *u = &unit;
    int n = op_int_source(op) ? 1 : rv64_fp_nsrc(op);
    ir_init(u, UNIT_PC);
    ir_emit(u, IR_INSN_START, 4, 0, 0, UNIT_PC);
    ir_temp live[13] = {0};
    if (form == F_PRESSURE)
        for (int i = 0; i < 13; i++)
            live[i] = ir_get(u, 5 + i);
    ir_temp src[3] = {0, 0, 0};
    for (int i = 0; i < n; i++) {
        if (form == F_CONST)
            src[i] = ir_const(u, (int64_t)k[i]);
        else
            src[i] = ir_get(u, op_int_source(op) ? 1 : 33 + i);
    }
    ir_temp r = ir_fp(u, op, rm, src[0], src[1], src[2]);
    ir_set(u, rv64_fp_helpers[op].kind == RV64_FPK_FX ? 4 : 36, r);
    if (form == F_PRESSURE)
        for (int i = 0; i < 13; i++)
            ir_set(u, 5 + i, ir_emit(u, IR_ADD, 8, live[i], r, 0));
    ir_exit_special(u, RV64_EXIT_LOOKUP, UNIT_PC + 4);
    return compile(u);
}

static void check_one(int op, int rm, int frm, enum form form, const void *code,
                      const uint64_t *k) {
    bool fx = rv64_fp_helpers[op].kind == RV64_FPK_FX;
    cpu->frm = ref->frm = (uint32_t)frm;
    cpu->fflags = ref->fflags = 0;
    cpu->f[1] = k[0];
    cpu->f[2] = k[1];
    cpu->f[3] = k[2];
    cpu->x[1] = k[0];
    cpu->f[4] = cpu->x[4] = 0x5555;
    for (int i = 0; i < 13; i++)
        cpu->x[5 + i] = 0x1000 * (uint64_t)(i + 1);
    uint64_t want = rv64_fp_value(ref, k[0], k[1], k[2], RV64_FP_INFO(op, rm));
    run(code);
    runs++;
    uint64_t got = fx ? cpu->x[4] : cpu->f[4];
    bool bad = got != want || cpu->fflags != ref->fflags;
    if (form == F_PRESSURE)
        for (int i = 0; i < 13; i++)
            bad |= cpu->x[5 + i] != 0x1000 * (uint64_t)(i + 1) + want;
    if (bad && mismatches++ < 30)
        fprintf(stderr,
                "  %s rm %d frm %d form %d: a=%#llx b=%#llx c=%#llx: got %#llx flags %#x, "
                "want %#llx flags %#x\n",
                rv64_op_name(op), rm, frm, form, (unsigned long long)k[0], (unsigned long long)k[1],
                (unsigned long long)k[2], (unsigned long long)got, cpu->fflags,
                (unsigned long long)want, ref->fflags);
}

static void check_all_ops(int n_iters) {
    static const int rms[] = {0, 1, 2, 3, 4, 7};
    for (int op = 1; op < RV64_OP_COUNT; op++) {
        if (!rv64_fp_helpers[op].kind) continue;
        for (size_t r = 0; r < NELEM(rms); r++) {
            int rm = rms[r];
            if (!rv64_fp_op_uses_rm(op) && rm != 7) continue; /* no rm field: decoder says 7 */
            void *code = build(op, rm, F_REGS, NULL);
            void *code_p = build(op, rm, F_PRESSURE, NULL);
            assert_non_null(code);
            assert_non_null(code_p);
            for (int frm = 0; frm <= 4; frm++) {
                for (int i = 0; i < n_iters; i++) {
                    uint64_t k[3] = {rand_operand(op), rand_operand(op), rand_operand(op)};
                    if (i % 7 == 3) k[1] = k[0]; /* equal operands: fmin/fmax, compares */
                    check_one(op, rm, frm, (i & 1) ? F_PRESSURE : F_REGS, (i & 1) ? code_p : code,
                              k);
                }
                for (int i = 0; i < 4; i++) {
                    uint64_t k[3] = {rand_operand(op), rand_operand(op), rand_operand(op)};
                    void *code_k = build(op, rm, F_CONST, k);
                    assert_non_null(code_k);
                    check_one(op, rm, frm, F_CONST, code_k, k);
                }
            }
        }
    }
}

static void test_inline_vs_reference(void **state) {
    (void)state;
    mismatches = 0;
    runs = 0;
    check_all_ops(iters);
    rv64_ldmxcsr(RV64_MXCSR_HOST);
    print_message("%ld runs, FMA3 %s\n", runs, backend_uses_fma() ? "used" : "not used");
    assert_true(runs > 100000);
    assert_int_equal(mismatches, 0);
}

static void test_inline_no_fma(void **state) {
    (void)state;
    int saved = backend_fp_fma;
    /* an AOT cache says whether its code needs FMA3 */
    backend_fp_fma = 1;
    assert_true(cache_required_features() & RC_FEAT_FMA);
    backend_fp_fma = 0;
    assert_false(cache_required_features() & RC_FEAT_FMA);
    mismatches = 0;
    check_all_ops(iters / 4 + 1);
    backend_fp_fma = saved;
    rv64_ldmxcsr(RV64_MXCSR_HOST);
    assert_int_equal(mismatches, 0);
}

static void test_helpers_only(void **state) {
    (void)state;
    backend_fp_inline = 0;
    mismatches = 0;
    check_all_ops(iters / 8 + 1);
    backend_fp_inline = 1;
    rv64_ldmxcsr(RV64_MXCSR_HOST);
    assert_int_equal(mismatches, 0);
}

/* -- Chains: results passed on in xmm registers ---------------------------------------------- */

/* Random straight-line units of F/D ops whose operands are earlier results (after ir_optimize
 * the GETs are forwarded, so results flow from op to op in temps and the backend's xmm cache),
 * f1..f8 and x1..x4, with fflags reads mixed in; run against the same ops applied one by one
 * by rv64_fp_value. */
static void test_chains(void **state) {
    (void)state;
    static int ops[RV64_OP_COUNT];
    int nops = 0;
    for (int op = 1; op < RV64_OP_COUNT; op++)
        if (rv64_fp_helpers[op].kind) ops[nops++] = op;
    mismatches = 0;
    for (int unit_i = 0; unit_i < 600; unit_i++) {
        enum { LEN = 24 };
        int op_of[LEN], rd_of[LEN], rs_of[LEN][3], rm_of[LEN];
        bool single = rnd() & 1;
        ir_unit *u = &unit;
        ir_init(u, UNIT_PC);
        ir_emit(u, IR_INSN_START, 4, 0, 0, UNIT_PC);
        for (int k = 0; k < LEN; k++) {
            int op;
            do { /* mostly one precision, so that results feed the next ops */
                op = ops[rnd() % (uint64_t)nops];
            } while (op_single(op) != single && rnd() % 4);
            static const int rms[] = {0, 1, 2, 3, 4, 7, 7, 7, 7, 7};
            int rm = rv64_fp_op_uses_rm(op) ? rms[rnd() % NELEM(rms)] : 7;
            bool xsrc = op_int_source(op), xdst = rv64_fp_helpers[op].kind == RV64_FPK_FX;
            op_of[k] = op;
            rm_of[k] = rm;
            rd_of[k] = xdst ? 1 + (int)(rnd() % 4) : 32 + 1 + (int)(rnd() % 8);
            ir_temp src[3] = {0, 0, 0};
            int n = xsrc ? 1 : rv64_fp_nsrc(op);
            for (int i = 0; i < 3; i++) {
                rs_of[k][i] = xsrc ? 1 + (int)(rnd() % 4) : 32 + 1 + (int)(rnd() % 8);
                if (i < n) src[i] = ir_get(u, rs_of[k][i]);
            }
            ir_set(u, rd_of[k], ir_fp(u, op, rm, src[0], src[1], src[2]));
            if (rnd() % 8 == 0) { /* frflags into x5 */
                ir_set(u, 5, ir_fp(u, RV64_OP_csrrs, RV64_CSR_FFLAGS | 4, ir_const(u, 0), 0, 0));
                op_of[k] = -op; /* marks the read for the reference */
            }
        }
        ir_exit_special(u, RV64_EXIT_LOOKUP, UNIT_PC + 4);
        ir_optimize(u);
        void *code = compile(u);
        assert_non_null(code);
        for (int run_i = 0; run_i < 8; run_i++) {
            uint32_t frm = (uint32_t)(rnd() % 5);
            memset(ref->f, 0, sizeof ref->f);
            memset(ref->x, 0, sizeof ref->x);
            for (int r = 1; r <= 8; r++)
                ref->f[r] = single ? rand_single() : rand_double();
            for (int r = 1; r <= 4; r++)
                ref->x[r] = rand_int();
            memcpy(cpu->f, ref->f, sizeof cpu->f);
            memcpy(cpu->x, ref->x, sizeof cpu->x);
            ref->frm = cpu->frm = frm;
            ref->fflags = cpu->fflags = 0;
            for (int k = 0; k < LEN; k++) {
                int op = op_of[k] < 0 ? -op_of[k] : op_of[k];
                uint64_t v[3];
                for (int i = 0; i < 3; i++)
                    v[i] = rs_of[k][i] < 32 ? ref->x[rs_of[k][i]] : ref->f[rs_of[k][i] - 32];
                uint64_t r = rv64_fp_value(ref, v[0], v[1], v[2], RV64_FP_INFO(op, rm_of[k]));
                if (rd_of[k] < 32)
                    ref->x[rd_of[k]] = r;
                else
                    ref->f[rd_of[k] - 32] = r;
                if (op_of[k] < 0) ref->x[5] = ref->fflags;
            }
            run(code);
            bool bad = cpu->fflags != ref->fflags;
            for (int r = 0; r < 32; r++)
                bad |= cpu->f[r] != ref->f[r] || cpu->x[r] != ref->x[r];
            if (bad && mismatches++ < 10) {
                fprintf(stderr, "  chain unit %d run %d (frm %u): fflags %#x want %#x\n", unit_i,
                        run_i, frm, cpu->fflags, ref->fflags);
                for (int k = 0; k < LEN; k++)
                    fprintf(stderr, "    %s rm %d: %d <- %d %d %d\n",
                            rv64_op_name(op_of[k] < 0 ? -op_of[k] : op_of[k]), rm_of[k], rd_of[k],
                            rs_of[k][0], rs_of[k][1], rs_of[k][2]);
                for (int r = 0; r < 32; r++)
                    if (cpu->f[r] != ref->f[r] || cpu->x[r] != ref->x[r])
                        fprintf(stderr, "    reg %d: f %#llx want %#llx, x %#llx want %#llx\n", r,
                                (unsigned long long)cpu->f[r], (unsigned long long)ref->f[r],
                                (unsigned long long)cpu->x[r], (unsigned long long)ref->x[r]);
            }
        }
    }
    rv64_ldmxcsr(RV64_MXCSR_HOST);
    assert_int_equal(mismatches, 0);
}

/* -- The FP CSRs (inline fold of MXCSR's flags) ---------------------------------------------- */

/* MXCSR exception bits for fflags (inverse of rv64_fflags_of_mxcsr, DE added sometimes). */
static uint32_t mx_of_fflags(uint32_t f) {
    return (f & RV64_FFLAG_NV ? 0x01 : 0) | (f & RV64_FFLAG_DZ ? 0x04 : 0) |
           (f & RV64_FFLAG_OF ? 0x08 : 0) | (f & RV64_FFLAG_UF ? 0x10 : 0) |
           (f & RV64_FFLAG_NX ? 0x20 : 0);
}

static void test_csr_ops(void **state) {
    (void)state;
    static const int ops[] = {RV64_OP_csrrw,  RV64_OP_csrrs,  RV64_OP_csrrc,
                              RV64_OP_csrrwi, RV64_OP_csrrsi, RV64_OP_csrrci};
    mismatches = 0;
    for (int inl = 0; inl < 2; inl++) {
        backend_fp_inline = inl;
        for (size_t o = 0; o < NELEM(ops); o++) {
            for (int sub = 1; sub < 8; sub++) {
                if ((sub & 3) == 0) continue;
                ir_unit *u = &unit;
                ir_init(u, UNIT_PC);
                ir_emit(u, IR_INSN_START, 4, 0, 0, UNIT_PC);
                ir_set(u, 4, ir_fp(u, ops[o], sub, ir_get(u, 1), 0, 0));
                ir_exit_special(u, RV64_EXIT_LOOKUP, UNIT_PC + 4);
                void *code = compile(u);
                assert_non_null(code);
                for (int i = 0; i < 200; i++) {
                    uint32_t frm = (uint32_t)(rnd() % 8), fl = (uint32_t)(rnd() % 32);
                    uint32_t pend = mx_of_fflags((uint32_t)(rnd() % 32)) | (rnd() % 4 ? 0 : 2);
                    uint64_t src = rnd() % 3 ? rnd() % 256 : rnd();
                    /* reference: the helper, run with the same live MXCSR */
                    ref->frm = frm;
                    ref->fflags = fl;
                    rv64_ldmxcsr(rv64_mxcsr_image(frm) | pend);
                    uint64_t want = rv64_fp_value(ref, src, 0, 0, RV64_FP_INFO(ops[o], sub));
                    uint32_t mref = rv64_stmxcsr();
                    rv64_ldmxcsr(RV64_MXCSR_HOST);
                    cpu->frm = frm;
                    cpu->fflags = fl;
                    cpu->x[1] = src;
                    rv64_ldmxcsr(rv64_mxcsr_image(frm) | pend);
                    recomp_enter(cpu, code);
                    uint32_t mgot = rv64_stmxcsr();
                    rv64_ldmxcsr(RV64_MXCSR_HOST);
                    uint32_t fgot = cpu->fflags | rv64_fflags_of_mxcsr(mgot);
                    uint32_t fwant = ref->fflags | rv64_fflags_of_mxcsr(mref);
                    bool bad = cpu->x[4] != want || fgot != fwant || cpu->frm != ref->frm ||
                               (mgot & 0x6000) != (mref & 0x6000) ||
                               (mgot & 0x6000) != (rv64_mxcsr_image(cpu->frm) & 0x6000);
                    if (bad && mismatches++ < 20)
                        fprintf(stderr,
                                "  %s csr %d%s inline %d: frm %u fflags %#x pending %#x src %#llx: "
                                "got %#llx fflags %#x frm %u mxcsr %#x, want %#llx fflags %#x "
                                "frm %u mxcsr %#x\n",
                                rv64_op_name(ops[o]), sub & 3, sub & 4 ? " (read)" : "", inl, frm,
                                fl, pend, (unsigned long long)src, (unsigned long long)cpu->x[4],
                                fgot, cpu->frm, mgot, (unsigned long long)want, fwant, ref->frm,
                                mref);
                }
            }
        }
    }
    backend_fp_inline = 1;
    assert_int_equal(mismatches, 0);
}

/* -- The MXCSR contract inside one unit -------------------------------------------------------- */

#define D(x) ((uint64_t)0x##x##ull)

static ir_temp fp2(ir_unit *u, int op, int rm, int ra, int rb) {
    return ir_fp(u, op, rm, ir_get(u, 32 + ra), ir_get(u, 32 + rb), 0);
}

static ir_temp csr(ir_unit *u, uint32_t num, unsigned kind, ir_temp src) {
    uint64_t packed = num | (uint64_t)kind << 16;
    return ir_call(u, HELPER_CSR, IR_CALL_RET, ir_const(u, (int64_t)packed), src, 0);
}

static void test_flags_across_ops(void **state) {
    (void)state;
    ir_unit *u = &unit;
    ir_init(u, UNIT_PC);
    ir_emit(u, IR_INSN_START, 4, 0, 0, UNIT_PC);
    /* f1 = 1, f2 = 3, f3 = 0, f5 = 1e308 */
    ir_set(u, 32 + 10, fp2(u, RV64_OP_fdiv_d, 7, 1, 2)); /* 1/3: NX */
    ir_set(u, 32 + 11, fp2(u, RV64_OP_fdiv_d, 7, 1, 3)); /* 1/0: DZ */
    ir_set(u, 32 + 12, fp2(u, RV64_OP_fmul_d, 7, 5, 5)); /* OF NX */
    ir_set(u, 10, csr(u, RV64_CSR_FFLAGS, RV64_CSR_RS | RV64_CSR_NOWRITE, ir_const(u, 0)));
    ir_set(u, 32 + 13, fp2(u, RV64_OP_fsub_d, 7, 3, 3)); /* 0 - 0: exact, after the read */
    /* fsflags x0 (returns the old flags), an exact op, read again */
    ir_set(u, 11, csr(u, RV64_CSR_FFLAGS, RV64_CSR_RW, ir_const(u, 0)));
    ir_set(u, 32 + 14, fp2(u, RV64_OP_fadd_d, 7, 1, 1)); /* 2: exact */
    ir_set(u, 12, csr(u, RV64_CSR_FFLAGS, RV64_CSR_RS | RV64_CSR_NOWRITE, ir_const(u, 0)));
    /* frm = RTZ in the middle of the unit, then 1/3 and -1/3 again; RDN; RUP */
    csr(u, RV64_CSR_FRM, RV64_CSR_RW, ir_const(u, RV64_RM_RTZ));
    ir_set(u, 32 + 15, fp2(u, RV64_OP_fdiv_d, 7, 1, 2));
    csr(u, RV64_CSR_FRM, RV64_CSR_RW, ir_const(u, RV64_RM_RUP));
    ir_set(u, 32 + 16, fp2(u, RV64_OP_fdiv_d, 7, 1, 2));
    csr(u, RV64_CSR_FRM, RV64_CSR_RW, ir_const(u, RV64_RM_RDN));
    ir_set(u, 32 + 17, fp2(u, RV64_OP_fdiv_d, 7, 6, 2)); /* -1/3 */
    csr(u, RV64_CSR_FRM, RV64_CSR_RW, ir_const(u, RV64_RM_RMM));
    ir_set(u, 32 + 18, fp2(u, RV64_OP_fadd_d, 7, 7, 8)); /* tie: away from zero */
    csr(u, RV64_CSR_FRM, RV64_CSR_RW, ir_const(u, RV64_RM_RNE));
    ir_set(u, 32 + 19, fp2(u, RV64_OP_fadd_d, 7, 7, 8)); /* tie: to even */
    ir_exit_special(u, RV64_EXIT_LOOKUP, UNIT_PC + 4);
    void *code = compile(u);
    assert_non_null(code);
    cpu->f[1] = D(3ff0000000000000);
    cpu->f[2] = D(4008000000000000);
    cpu->f[3] = 0;
    cpu->f[5] = D(7fe1ccf385ebc8a0); /* 1e308 */
    cpu->f[6] = D(bff0000000000000);
    cpu->f[7] = D(4340000000000000); /* 2^53 */
    cpu->f[8] = D(3ff0000000000000); /* + 1: halfway between 2^53 and 2^53 + 2 */
    cpu->fflags = 0;
    cpu->frm = RV64_RM_RNE;
    run(code);
    assert_int_equal(cpu->x[10], RV64_FFLAG_NX | RV64_FFLAG_DZ | RV64_FFLAG_OF);
    assert_int_equal(cpu->x[11], RV64_FFLAG_NX | RV64_FFLAG_DZ | RV64_FFLAG_OF);
    assert_int_equal(cpu->x[12], 0);
    assert_true(cpu->f[10] == D(3fd5555555555555));
    assert_true(cpu->f[15] == D(3fd5555555555555)); /* RTZ */
    assert_true(cpu->f[16] == D(3fd5555555555556)); /* RUP */
    assert_true(cpu->f[17] == D(bfd5555555555556)); /* RDN */
    assert_true(cpu->f[18] == D(4340000000000001)); /* RMM: 2^53 + 2 */
    assert_true(cpu->f[19] == D(4340000000000000)); /* RNE: 2^53 */
    assert_int_equal(cpu->fflags, RV64_FFLAG_NX);   /* the divisions and the ties */
    assert_int_equal(cpu->frm, RV64_RM_RNE);
    assert_int_equal(rv64_stmxcsr(), RV64_MXCSR_HOST);
}

/* An invalid frm reaches the illegal-instruction hook with the state written back. */
static sigjmp_buf hook_jb;
static uint64_t hook_pc, hook_x5, hook_f9, hook_fflags;
static void illegal_hook(rv64_cpu *c) {
    hook_pc = c->pc;
    hook_x5 = c->x[5];
    hook_f9 = c->f[9];
    rv64_fp_host_mode(c); /* what the runtime's hook does */
    hook_fflags = c->fflags;
    siglongjmp(hook_jb, 1);
}

static void test_invalid_frm(void **state) {
    (void)state;
    static const int ops[] = {
        RV64_OP_fadd_d,   RV64_OP_fmul_s,   RV64_OP_fmadd_d,  RV64_OP_fsqrt_d,  RV64_OP_fcvt_w_d,
        RV64_OP_fcvt_d_l, RV64_OP_fcvt_d_w, RV64_OP_fcvt_d_s, RV64_OP_fcvt_s_d, RV64_OP_fcvt_lu_s};
    void (*saved)(rv64_cpu *) = rv64_fp_illegal_hook;
    rv64_fp_illegal_hook = illegal_hook;
    for (size_t i = 0; i < NELEM(ops); i++) {
        for (volatile uint32_t frm = 5; frm <= 7; frm++) {
            ir_unit *u = &unit;
            ir_init(u, UNIT_PC);
            ir_emit(u, IR_INSN_START, 4, 0, 0, UNIT_PC);
            ir_set(u, 5, ir_const(u, 0x1234)); /* dirty, not yet written back */
            ir_temp inexact = fp2(u, RV64_OP_fdiv_d, RV64_RM_RNE, 1, 2);
            ir_set(u, 32 + 9, inexact); /* a pending NX, and a dirty f register */
            ir_emit(u, IR_INSN_START, 4, 0, 0, UNIT_PC + 4);
            ir_temp a = ir_get(u, 32 + 1);
            ir_temp x = ir_fp(u, ops[i], RV64_RM_DYN, a, ir_get(u, 32 + 2), ir_get(u, 32 + 3));
            ir_set(u, 32 + 4, x);
            ir_exit_special(u, RV64_EXIT_LOOKUP, UNIT_PC + 8);
            void *code = compile(u);
            assert_non_null(code);
            cpu->f[1] = D(3ff0000000000000);
            cpu->f[2] = D(4008000000000000);
            cpu->f[3] = D(3ff0000000000000);
            cpu->f[9] = 0;
            cpu->x[5] = 0;
            cpu->fflags = 0;
            cpu->frm = frm;
            hook_pc = 0;
            if (!sigsetjmp(hook_jb, 0)) {
                run(code);
                fail_msg("%s with frm %u did not trap", rv64_op_name(ops[i]), frm);
            }
            rv64_ldmxcsr(RV64_MXCSR_HOST);
            assert_int_equal(hook_pc, UNIT_PC + 4);
            assert_int_equal(hook_x5, 0x1234);
            assert_true(hook_f9 == D(3fd5555555555555));
            assert_int_equal(hook_fflags, RV64_FFLAG_NX);
        }
    }
    rv64_fp_illegal_hook = saved;
}

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_inline_vs_reference),
        cmocka_unit_test(test_inline_no_fma),
        cmocka_unit_test(test_helpers_only),
        cmocka_unit_test(test_chains),
        cmocka_unit_test(test_csr_ops),
        cmocka_unit_test(test_flags_across_ops),
        cmocka_unit_test(test_invalid_frm),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
