/*
 * test_ir.c - the IR (recomp/ir.c) and the optimizer passes (recomp/opt.c).
 *
 * Three groups:
 *   - text form: ir_dump then ir_parse gives back the same instructions, for units built with
 *     every builder and for units lifted from real RISC-V instruction words;
 *   - ir_eval: every foldable op against hand-computed RISC-V results, including the division
 *     edge cases (x/0, INT_MIN/-1), shift-count masking, W-op sign extension, rotates by 0 and
 *     clz/ctz/cpop of 0;
 *   - optimizer: small text IR programs, "input -> pass -> expected". Both sides are parsed and
 *     dumped again, so the expected text only has to be equivalent, not byte-identical.
 *
 * Run alone: make build/tests/test_ir && build/tests/test_ir
 */
#define _GNU_SOURCE
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "helpers.h"
#include "hostfn.h"
#include "ir.h"
#include "lift.h"
#include "rv64_cpu.h"
#include "rv64_decode.h"
#include "rv64_fp.h"

static ir_unit unit_a, unit_b;

/* -- Helpers ---------------------------------------------------------------------------- */

static char *dump_to_string(const ir_unit *u) {
    char *buf = NULL;
    size_t len = 0;
    FILE *f = open_memstream(&buf, &len);
    assert_non_null(f);
    ir_dump(u, f, NULL, NULL);
    fclose(f);
    return buf;
}

static void parse_or_fail(ir_unit *u, const char *text) {
    char err[256] = "";
    int rc = ir_parse(u, text, err, sizeof err);
    if (rc != 0) fprintf(stderr, "ir_parse: %s\n", err);
    assert_int_equal(rc, 0);
}

/* Fields that must survive dump -> parse. INSN_START's size (the guest instruction length) is
 * not part of the text form, so it is not compared. */
static void assert_same_insns(const ir_unit *x, const ir_unit *y) {
    uint32_t i = 0, j = 0;
    for (;;) {
        while (i < x->n && x->insn[i].op == IR_NOP)
            i++;
        while (j < y->n && y->insn[j].op == IR_NOP)
            j++;
        if (i >= x->n || j >= y->n) break;
        const ir_insn *p = &x->insn[i], *q = &y->insn[j];
        if (p->op != q->op || p->dst != q->dst || p->a != q->a || p->b != q->b || p->c != q->c ||
            p->imm != q->imm || p->flags != q->flags ||
            (p->op != IR_INSN_START && p->size != q->size) ||
            ((p->op == IR_SETCC || p->op == IR_BRCOND) && p->cond != q->cond)) {
            fprintf(stderr,
                    "insn %u/%u differs: op %s/%s size %u/%u flags %#x/%#x cond %u/%u dst %u/%u "
                    "a %u/%u b %u/%u c %u/%u imm %lld/%lld\n",
                    i, j, ir_op_name[p->op], ir_op_name[q->op], p->size, q->size, p->flags,
                    q->flags, p->cond, q->cond, p->dst, q->dst, p->a, q->a, p->b, q->b, p->c, q->c,
                    (long long)p->imm, (long long)q->imm);
            fail();
        }
        i++;
        j++;
    }
    while (i < x->n && x->insn[i].op == IR_NOP)
        i++;
    while (j < y->n && y->insn[j].op == IR_NOP)
        j++;
    assert_int_equal(i, x->n);
    assert_int_equal(j, y->n);
}

/* dump u, parse it into unit_b, compare instructions and the second dump. */
static void check_round_trip(ir_unit *u) {
    char *text = dump_to_string(u);
    parse_or_fail(&unit_b, text);
    assert_same_insns(u, &unit_b);
    char *again = dump_to_string(&unit_b);
    assert_string_equal(text, again);
    assert_true(unit_b.ntemps <= u->ntemps);
    free(text);
    free(again);
}

/* Parse `in`, run `pass`, and compare with `expect` (normalised through parse + dump). */
static void check_pass(void (*pass)(ir_unit *), const char *in, const char *expect) {
    parse_or_fail(&unit_a, in);
    pass(&unit_a);
    char *got = dump_to_string(&unit_a);
    parse_or_fail(&unit_b, expect);
    char *want = dump_to_string(&unit_b);
    if (strcmp(got, want) != 0) {
        fprintf(stderr, "---- input:\n%s---- got:\n%s---- expected:\n%s", in, got, want);
        fail();
    }
    free(got);
    free(want);
}

/* -- Text form round trip ---------------------------------------------------------------- */

static void test_round_trip_builders(void **state) {
    (void)state;
    ir_unit *u = &unit_a;
    ir_init(u, 0x10078);
    ir_emit(u, IR_INSN_START, 4, 0, 0, 0x10078);
    ir_temp a = ir_get(u, 10);
    ir_temp b = ir_get(u, 33); /* f1 */
    ir_temp k = ir_const(u, -5);
    ir_temp big = ir_const(u, (int64_t)0x8000000000000000ull);
    ir_temp pc = ir_const(u, 0x10078);
    u->insn[u->n - 1].flags |= IR_PCREL;
    ir_temp zero = ir_get(u, 0); /* x0 reads as a constant */
    assert_int_equal(u->insn[u->n - 1].op, IR_CONST);
    for (int op = IR_ADD; op <= IR_MAXU; op++) {
        ir_emit(u, (ir_op)op, 8, a, k, 0);
        ir_emit(u, (ir_op)op, 4, b, big, 0);
    }
    for (int c = IR_EQ; c <= IR_GEU; c++)
        ir_setcc(u, (ir_cond)c, a, zero);
    for (int op = IR_NOT; op <= IR_BSWAP; op++) {
        if (op == IR_SEXT || op == IR_ZEXT) {
            ir_emit(u, (ir_op)op, 8, a, 0, 1);
            ir_emit(u, (ir_op)op, 8, a, 0, 2);
            ir_emit(u, (ir_op)op, 8, a, 0, 4);
        } else {
            ir_emit(u, (ir_op)op, 8, a, 0, 0);
            ir_emit(u, (ir_op)op, 4, a, 0, 0);
        }
    }
    ir_emit(u, IR_INSN_START, 2, 0, 0, 0x1007c);
    for (int size = 1; size <= 8; size *= 2) {
        ir_temp v = ir_load(u, size, false, a, -2048);
        ir_temp w = ir_load(u, size, true, a, 2047);
        ir_store(u, size, a, -1, v);
        ir_store(u, size, pc, 0x7fffffff, w);
    }
    ir_emit(u, IR_AMO, 4, a, b, 1);
    ir_emit(u, IR_AMO, 8, a, k, 2);
    u->insn[u->n - 1].flags |= IR_ACQUIRE; /* amo*.aq: dumped " aq" */
    ir_temp r = ir_call(u, 7, IR_CALL_RET | IR_CALL_RD_X | IR_CALL_FAULT, a, b, k);
    ir_call(u, 300, IR_CALL_WR_F | IR_CALL_RD_F, r, 0, 0);
    ir_call(u, 1, 0, 0, 0, 0);
    ir_fp(u, RV64_OP_fmadd_d, RV64_RM_DYN, a, b, k);
    ir_fp(u, RV64_OP_fcvt_w_s, RV64_RM_RTZ, b, 0, 0);
    ir_fp(u, RV64_OP_csrrs, RV64_CSR_FFLAGS | 4, zero, 0, 0);
    ir_set(u, 5, r);
    ir_set(u, 63, a);
    ir_set(u, 0, a); /* discarded */
    for (int c = IR_EQ; c <= IR_GEU; c++)
        ir_brcond(u, (ir_cond)c, a, r, 0x20000 + 2 * c);
    ir_exit_jump(u, 0xfffffffffffffffeull);
    ir_exit_indirect(u, a);
    ir_exit_special(u, RV64_EXIT_ECALL, 0x10080);
    ir_exit_special(u, RV64_EXIT_FENCEI, 0x10084);
    assert_false(u->overflow);
    check_round_trip(u);
    assert_int_equal(unit_b.guest_pc, 0x10078);
}

/* A few real instruction words, lifted one by one. */
static const uint32_t sample_code[] = {
    0x00a50533, /* add   a0,a0,a0 */
    0xfff58593, /* addi  a1,a1,-1 */
    0x00000517, /* auipc a0,0 */
    0x00853603, /* ld    a2,8(a0) */
    0xfec42783, /* lw    a5,-20(s0) */
    0x00f70023, /* sb    a5,0(a4) */
    0x02b50533, /* mul   a0,a0,a1 */
    0x02b54533, /* div   a0,a0,a1 */
    0x02b5053b, /* mulw  a0,a0,a1 */
    0x40b5553b, /* sraw? (sraw a0,a0,a1) */
    0x00b52633, /* slt   a2,a0,a1 */
    0x00c59463, /* bne   a1,a2,+8 */
    0x0005c503, /* lbu   a0,0(a1) */
    0x003027f3, /* csrr  a5,frm */
    0x2287b7af, /* amo (whatever decodes) */
    0x02b57553, /* fadd.d fa0,fa0,fa1 */
    0x00008067, /* ret */
};

static void test_round_trip_lifted(void **state) {
    (void)state;
    ir_unit *u = &unit_a;
    ir_init(u, 0x1000);
    uint64_t pc = 0x1000;
    for (size_t i = 0; i < sizeof sample_code / sizeof sample_code[0]; i++) {
        rv64_insn in;
        if (!rv64_decode(sample_code[i], &in)) in.len = 4;
        rv64_lift_insn(u, &in, pc);
        pc += 4;
    }
    /* a compressed one too: c.addi a0,1 */
    rv64_insn in;
    assert_int_equal(rv64_decode(0x0505, &in), 2);
    rv64_lift_insn(u, &in, pc);
    assert_false(u->overflow);
    check_round_trip(u);
    /* and the optimized form */
    ir_optimize(u);
    check_round_trip(u);
}

static void test_parse_errors(void **state) {
    (void)state;
    char err[128];
    assert_int_equal(ir_parse(&unit_a, "t1 = frobnicate.8 t2, t3\n", err, sizeof err), -1);
    assert_non_null(strstr(err, "line 1"));
    assert_int_equal(ir_parse(&unit_a, "t1 = get x1\nt2 = get x99\n", err, sizeof err), -1);
    assert_non_null(strstr(err, "line 2"));
    assert_int_equal(ir_parse(&unit_a, "t1 = set x1, t2\n", err, sizeof err), -1);
    assert_int_equal(ir_parse(&unit_a, "t1 = add.8 t2\n", err, sizeof err), -1);
    assert_int_equal(ir_parse(&unit_a, "  ; comment\n\n  t1 = const #-7\n", err, sizeof err), 0);
    assert_int_equal(unit_a.n, 1);
    assert_int_equal(unit_a.insn[0].imm, -7);
    assert_int_equal(unit_a.ntemps, 2);
}

/* -- ir_eval ----------------------------------------------------------------------------- */

static uint64_t ev(ir_op op, int size, uint64_t a, uint64_t b) {
    ir_insn in = {.op = (uint8_t)op, .size = (uint8_t)size};
    uint64_t r = 0xdeadbeef;
    assert_true(ir_eval(&in, a, b, &r));
    return r;
}

static uint64_t ev_imm(ir_op op, int64_t imm, uint64_t a) {
    ir_insn in = {.op = (uint8_t)op, .size = 8, .imm = imm};
    uint64_t r = 0xdeadbeef;
    assert_true(ir_eval(&in, a, 0, &r));
    return r;
}

static uint64_t ev_cond(ir_cond c, uint64_t a, uint64_t b) {
    ir_insn in = {.op = IR_SETCC, .size = 8, .cond = (uint8_t)c};
    uint64_t r = 0xdeadbeef;
    assert_true(ir_eval(&in, a, b, &r));
    return r;
}

#define I64MIN 0x8000000000000000ull
#define M1     0xffffffffffffffffull
#define S32(v) ((uint64_t)(int64_t)(int32_t)(uint32_t)(v))

static void test_eval_arith(void **state) {
    (void)state;
    assert_int_equal(ev(IR_ADD, 8, M1, 1), 0);
    assert_int_equal(ev(IR_ADD, 4, 0x7fffffff, 1), S32(0x80000000));
    assert_int_equal(ev(IR_ADD, 4, 0x1234567800000001ull, 1), 2); /* upper bits ignored */
    assert_int_equal(ev(IR_SUB, 8, 0, 1), M1);
    assert_int_equal(ev(IR_SUB, 4, 0x80000000, 1), 0x7fffffff);
    assert_int_equal(ev(IR_AND, 8, 0xf0f0, 0xff00), 0xf000);
    assert_int_equal(ev(IR_OR, 8, 0xf0f0, 0x0f0f), 0xffff);
    assert_int_equal(ev(IR_XOR, 8, M1, 0xff), 0xffffffffffffff00ull);
    assert_int_equal(ev(IR_ANDN, 8, 0xff, 0x0f), 0xf0);
    assert_int_equal(ev(IR_MUL, 8, 0x100000000ull, 0x100000000ull), 0);
    assert_int_equal(ev(IR_MUL, 4, 0x10000, 0x8000), S32(0x80000000));
    assert_int_equal(ev(IR_MUL, 4, 0xffffffff, 0xffffffff), 1);
    assert_int_equal(ev(IR_MULH, 8, M1, M1), 0);
    assert_int_equal(ev(IR_MULH, 8, I64MIN, I64MIN), 0x4000000000000000ull);
    assert_int_equal(ev(IR_MULH, 8, I64MIN, 1), M1);
    assert_int_equal(ev(IR_MULHU, 8, M1, M1), 0xfffffffffffffffeull);
    assert_int_equal(ev(IR_MULHU, 8, I64MIN, 2), 1);
    assert_int_equal(ev(IR_MULHSU, 8, M1, M1), M1); /* -1 * (2^64-1) */
    assert_int_equal(ev(IR_MULHSU, 8, 1, M1), 0);
    assert_int_equal(ev(IR_MULHSU, 8, I64MIN, M1), 0x8000000000000000ull);
    assert_int_equal(ev(IR_NEG, 8, 1, 0), M1);
    assert_int_equal(ev(IR_NEG, 8, I64MIN, 0), I64MIN);
    assert_int_equal(ev(IR_NOT, 8, 0, 0), M1);
    assert_int_equal(ev(IR_MIN, 8, M1, 1), M1);
    assert_int_equal(ev(IR_MAX, 8, M1, 1), 1);
    assert_int_equal(ev(IR_MINU, 8, M1, 1), 1);
    assert_int_equal(ev(IR_MAXU, 8, M1, 1), M1);
    assert_int_equal(ev(IR_MIN, 8, I64MIN, 0x7fffffffffffffffull), I64MIN);
    assert_int_equal(ev(IR_BSWAP, 8, 0x0102030405060708ull, 0), 0x0807060504030201ull);
}

static void test_eval_division(void **state) {
    (void)state;
    /* 64-bit */
    assert_int_equal(ev(IR_DIV, 8, 7, 0), M1);
    assert_int_equal(ev(IR_DIVU, 8, 7, 0), M1);
    assert_int_equal(ev(IR_REM, 8, 7, 0), 7);
    assert_int_equal(ev(IR_REMU, 8, 7, 0), 7);
    assert_int_equal(ev(IR_DIV, 8, I64MIN, M1), I64MIN);
    assert_int_equal(ev(IR_REM, 8, I64MIN, M1), 0);
    assert_int_equal(ev(IR_DIVU, 8, I64MIN, M1), 0);
    assert_int_equal(ev(IR_REMU, 8, I64MIN, M1), I64MIN);
    assert_int_equal(ev(IR_DIV, 8, (uint64_t)-7, 2), (uint64_t)-3); /* truncates toward 0 */
    assert_int_equal(ev(IR_REM, 8, (uint64_t)-7, 2), (uint64_t)-1); /* sign of dividend */
    assert_int_equal(ev(IR_REM, 8, 7, (uint64_t)-2), 1);
    assert_int_equal(ev(IR_DIVU, 8, (uint64_t)-7, 2), 0x7ffffffffffffffcull);
    /* 32-bit: operands are the low halves, results sign-extended */
    assert_int_equal(ev(IR_DIV, 4, 7, 0), M1);
    assert_int_equal(ev(IR_DIVU, 4, 7, 0), M1);
    assert_int_equal(ev(IR_DIVU, 4, 7, 0x100000000ull), M1); /* low half of b is 0 */
    assert_int_equal(ev(IR_REM, 4, 0x80000000, 0), S32(0x80000000));
    assert_int_equal(ev(IR_REMU, 4, 0x1234567880000000ull, 0), S32(0x80000000));
    assert_int_equal(ev(IR_DIV, 4, 0x80000000, 0xffffffff), S32(0x80000000));
    assert_int_equal(ev(IR_REM, 4, 0x80000000, M1), 0);
    assert_int_equal(ev(IR_DIVU, 4, 0xffffffff, 1), M1);
    assert_int_equal(ev(IR_DIVU, 4, 0xfffffffe, 2), 0x7fffffff);
    assert_int_equal(ev(IR_REMU, 4, 0xffffffff, 0x10), 0xf);
    assert_int_equal(ev(IR_DIV, 4, 0xfffffff9, 2), (uint64_t)-3);
    assert_int_equal(ev(IR_REM, 4, 0xfffffff9, 2), M1);
}

static void test_eval_shifts(void **state) {
    (void)state;
    assert_int_equal(ev(IR_SHL, 8, 1, 64), 1); /* count masked to 6 bits */
    assert_int_equal(ev(IR_SHL, 8, 1, 63), I64MIN);
    assert_int_equal(ev(IR_SHL, 8, 1, 0xffffffffffffff41ull), 2);
    assert_int_equal(ev(IR_SHR, 8, I64MIN, 63), 1);
    assert_int_equal(ev(IR_SAR, 8, I64MIN, 63), M1);
    assert_int_equal(ev(IR_SAR, 8, I64MIN, 64), I64MIN);
    /* W forms: 5-bit count, 32-bit operation, sign-extended result */
    assert_int_equal(ev(IR_SHL, 4, 1, 31), S32(0x80000000));
    assert_int_equal(ev(IR_SHL, 4, 1, 32), 1);
    assert_int_equal(ev(IR_SHL, 4, 0xffffffff00000001ull, 0), 1);
    assert_int_equal(ev(IR_SHR, 4, 0xffffffff80000000ull, 31), 1);
    assert_int_equal(ev(IR_SHR, 4, 0x80000000, 0), S32(0x80000000)); /* srliw by 0 */
    assert_int_equal(ev(IR_SHR, 4, 0x80000000, 1), 0x40000000);
    assert_int_equal(ev(IR_SAR, 4, 0x80000000, 31), M1);
    assert_int_equal(ev(IR_SAR, 4, 0x80000000, 32), S32(0x80000000));
    assert_int_equal(ev(IR_SAR, 4, 0x0000000140000000ull, 1), 0x20000000);
    /* rotates, including by 0 and by the width */
    assert_int_equal(ev(IR_ROL, 8, 0x8000000000000001ull, 0), 0x8000000000000001ull);
    assert_int_equal(ev(IR_ROR, 8, 0x8000000000000001ull, 0), 0x8000000000000001ull);
    assert_int_equal(ev(IR_ROL, 8, 0x8000000000000001ull, 64), 0x8000000000000001ull);
    assert_int_equal(ev(IR_ROL, 8, 0x8000000000000001ull, 1), 3);
    assert_int_equal(ev(IR_ROR, 8, 3, 1), 0x8000000000000001ull);
    assert_int_equal(ev(IR_ROL, 4, 0x80000001, 0), S32(0x80000001));
    assert_int_equal(ev(IR_ROR, 4, 0xffffffff00000001ull, 0), 1);
    assert_int_equal(ev(IR_ROL, 4, 0x80000001, 1), 3);
    assert_int_equal(ev(IR_ROR, 4, 3, 1), S32(0x80000001));
    assert_int_equal(ev(IR_ROR, 4, 3, 33), S32(0x80000001));
}

static void test_eval_bits(void **state) {
    (void)state;
    assert_int_equal(ev(IR_CLZ, 8, 0, 0), 64);
    assert_int_equal(ev(IR_CTZ, 8, 0, 0), 64);
    assert_int_equal(ev(IR_CPOP, 8, 0, 0), 0);
    assert_int_equal(ev(IR_CLZ, 4, 0, 0), 32);
    assert_int_equal(ev(IR_CTZ, 4, 0, 0), 32);
    assert_int_equal(ev(IR_CPOP, 4, 0, 0), 0);
    assert_int_equal(ev(IR_CLZ, 4, 0xffffffff00000000ull, 0), 32); /* upper half ignored */
    assert_int_equal(ev(IR_CTZ, 4, 0xffffffff00000000ull, 0), 32);
    assert_int_equal(ev(IR_CPOP, 4, 0xffffffff00000001ull, 0), 1);
    assert_int_equal(ev(IR_CLZ, 8, 1, 0), 63);
    assert_int_equal(ev(IR_CTZ, 8, I64MIN, 0), 63);
    assert_int_equal(ev(IR_CPOP, 8, M1, 0), 64);
    assert_int_equal(ev(IR_CLZ, 4, 0x80000000, 0), 0);
    assert_int_equal(ev(IR_CTZ, 4, 0x80000000, 0), 31);
    assert_int_equal(ev_imm(IR_SEXT, 1, 0x180), M1 << 7);
    assert_int_equal(ev_imm(IR_SEXT, 1, 0x17f), 0x7f);
    assert_int_equal(ev_imm(IR_SEXT, 2, 0x18000), 0xffffffffffff8000ull);
    assert_int_equal(ev_imm(IR_SEXT, 4, 0x180000000ull), S32(0x80000000));
    assert_int_equal(ev_imm(IR_ZEXT, 1, M1), 0xff);
    assert_int_equal(ev_imm(IR_ZEXT, 2, M1), 0xffff);
    assert_int_equal(ev_imm(IR_ZEXT, 4, M1), 0xffffffff);
}

static void test_eval_setcc(void **state) {
    (void)state;
    assert_int_equal(ev_cond(IR_EQ, 5, 5), 1);
    assert_int_equal(ev_cond(IR_EQ, 5, 6), 0);
    assert_int_equal(ev_cond(IR_NE, 5, 6), 1);
    assert_int_equal(ev_cond(IR_LT, M1, 0), 1);
    assert_int_equal(ev_cond(IR_LT, 0, M1), 0);
    assert_int_equal(ev_cond(IR_GE, M1, M1), 1);
    assert_int_equal(ev_cond(IR_GE, I64MIN, 0), 0);
    assert_int_equal(ev_cond(IR_LTU, 0, M1), 1);
    assert_int_equal(ev_cond(IR_LTU, M1, 0), 0);
    assert_int_equal(ev_cond(IR_GEU, M1, 0), 1);
    assert_int_equal(ev_cond(IR_GEU, 0, 0), 1);
    assert_int_equal(ev_cond(IR_GEU, 0, 1), 0);
}

static void test_eval_not_foldable(void **state) {
    (void)state;
    static const ir_op ops[] = {IR_GET,          IR_SET,        IR_LOAD,      IR_STORE,
                                IR_CALL,         IR_BRCOND,     IR_EXIT_JUMP, IR_EXIT_INDIRECT,
                                IR_EXIT_SPECIAL, IR_INSN_START, IR_FP};
    for (size_t i = 0; i < sizeof ops / sizeof ops[0]; i++) {
        ir_insn in = {.op = (uint8_t)ops[i], .size = 8};
        uint64_t r;
        assert_false(ir_eval(&in, 1, 2, &r));
    }
}

/* -- Optimizer: constant folding and simplification -------------------------------------- */

static void test_fold_constants(void **state) {
    (void)state;
    check_pass(ir_opt_fold,
               "---- 0x1000\n"
               "t1 = const #5\n"
               "t2 = const #7\n"
               "t3 = add.8 t1, t2\n"
               "t4 = sub.8 t1, t2\n"
               "t5 = const #0x7fffffff\n"
               "t6 = const #1\n"
               "t7 = add.4 t5, t6\n"
               "t8 = const #0\n"
               "t9 = div.8 t1, t8\n"
               "t10 = rem.4 t5, t8\n"
               "t11 = setcc.ltu t4, t1\n"
               "t12 = sext t5, #2\n"
               "t13 = clz.4 t8\n"
               "t14 = mul.8 t3, t4\n"
               "set x1, t3\n"
               "set x2, t4\n"
               "set x3, t7\n"
               "set x4, t9\n"
               "set x5, t10\n"
               "set x6, t11\n"
               "set x7, t12\n"
               "set x8, t13\n"
               "set x9, t14\n"
               "exit_special 1, #0x1000\n",
               "---- 0x1000\n"
               "t1 = const #5\n"
               "t2 = const #7\n"
               "t3 = const #12\n"
               "t4 = const #-2\n"
               "t5 = const #0x7fffffff\n"
               "t6 = const #1\n"
               "t7 = const #0xffffffff80000000\n"
               "t8 = const #0\n"
               "t9 = const #-1\n"
               "t10 = const #0x7fffffff\n"
               "t11 = const #0\n"
               "t12 = const #-1\n"
               "t13 = const #32\n"
               "t14 = const #-24\n"
               "set x1, t3\n"
               "set x2, t4\n"
               "set x3, t7\n"
               "set x4, t9\n"
               "set x5, t10\n"
               "set x6, t11\n"
               "set x7, t12\n"
               "set x8, t13\n"
               "set x9, t14\n"
               "exit_special 1, #0x1000\n");
    /* and the full pipeline drops the constants nobody uses */
    check_pass(ir_optimize,
               "t1 = const #5\n"
               "t2 = const #7\n"
               "t3 = add.8 t1, t2\n"
               "set x1, t3\n"
               "exit_special 1, #0x1000\n",
               "t3 = const #12\n"
               "set x1, t3\n"
               "exit_special 1, #0x1000\n");
}

static void test_fold_identities(void **state) {
    (void)state;
    check_pass(ir_opt_fold,
               "t1 = get x1\n"
               "t2 = const #0\n"
               "t3 = const #-1\n"
               "t4 = const #1\n"
               "t5 = add.8 t1, t2\n"  /* x + 0 */
               "t6 = add.8 t2, t1\n"  /* 0 + x (commutative: constant moved right) */
               "t7 = and.8 t1, t3\n"  /* x & -1 */
               "t8 = mul.8 t4, t1\n"  /* 1 * x */
               "t9 = and.8 t1, t2\n"  /* x & 0 */
               "t10 = or.8 t1, t2\n"  /* x | 0 */
               "t11 = xor.8 t1, t2\n" /* x ^ 0 */
               "t12 = shl.8 t1, t2\n" /* x << 0 */
               "t13 = sub.8 t1, t2\n" /* x - 0 */
               "set x2, t5\n"
               "set x3, t6\n"
               "set x4, t7\n"
               "set x5, t8\n"
               "set x6, t9\n"
               "set x7, t10\n"
               "set x8, t11\n"
               "set x9, t12\n"
               "set x10, t13\n"
               "exit_special 1, #0\n",
               "t1 = get x1\n"
               "t2 = const #0\n"
               "t3 = const #-1\n"
               "t4 = const #1\n"
               "t9 = const #0\n"
               "set x2, t1\n"
               "set x3, t1\n"
               "set x4, t1\n"
               "set x5, t1\n"
               "set x6, t9\n"
               "set x7, t1\n"
               "set x8, t1\n"
               "set x9, t1\n"
               "set x10, t1\n"
               "exit_special 1, #0\n");
}

/* Forms that look like identities but are not. */
/* Peepholes: 32-bit op with 0 is sext.w; sext.w of a value that is sign-extended already is a
 * copy; (x >> c) | (x << (w - c)) (also ^ and +) is a rotate, 32- and 64-bit; not when the
 * counts do not add up, the sources differ or the right shift is arithmetic. */
/* Dead SETs: a SET overwritten before anything can see the guest state is dropped, and DCE then
 * drops what computed it; a GET, a possible fault (load), an exit, a label or a call in between
 * keeps it. */
static void dead_sets_then_dce(ir_unit *u) {
    ir_opt_dead_sets(u);
    ir_opt_dce(u);
}

static void test_dead_sets(void **state) {
    (void)state;
    check_pass(dead_sets_then_dce,
               "t1 = get x1\n"
               "t2 = const #6\n"
               "t3 = shr.4 t1, t2\n"
               "set x10, t3\n" /* dead: x10 is set again below */
               "set x11, t1\n" /* kept: x11 is not */
               "t4 = add.8 t1, t1\n"
               "set x10, t4\n"
               "exit_special 1, #0x1000\n",
               "t1 = get x1\n"
               "set x11, t1\n"
               "t4 = add.8 t1, t1\n"
               "set x10, t4\n"
               "exit_special 1, #0x1000\n");
    /* the state is seen between the two SETs: all kept */
    const char *seen[] = {
        "t5 = load.8 t1, #0\n",             /* may fault: precise state */
        "t5 = get x10\nset x12, t5\n",      /* reads the first value from cpu state */
        "brcond.eq t1, t1, #0x2000\n",      /* a side exit */
        "label #0x1008\n",                  /* a join */
        "store.8 t1, #0, t1\n",             /* may fault */
        "call #3, t1, t0, t0, flags 0x4\n", /* a helper */
    };
    for (size_t i = 0; i < sizeof seen / sizeof seen[0]; i++) {
        char in[512];
        snprintf(in, sizeof in,
                 "t1 = get x1\n"
                 "t2 = const #6\n"
                 "t3 = shr.4 t1, t2\n"
                 "set x10, t3\n"
                 "%s"
                 "t4 = add.8 t1, t1\n"
                 "set x10, t4\n"
                 "exit_special 1, #0x1000\n",
                 seen[i]);
        check_pass(dead_sets_then_dce, in, in);
    }
}

/* Labels (regions): a join point. Guest-register forwarding starts afresh after one, and a
 * branch folded to always taken makes only the rest of its own block unreachable. */
static void test_labels(void **state) {
    (void)state;
    check_pass(ir_opt_regs,
               "t1 = get x5\n"
               "set x6, t1\n"
               "exit_jump #0x1004\n"
               "label #0x1004\n"
               "t2 = get x6\n"
               "t3 = get x6\n"
               "set x7, t3\n"
               "exit_jump #0x1004\n",
               "t1 = get x5\n"
               "set x6, t1\n"
               "exit_jump #0x1004\n"
               "label #0x1004\n"
               "t2 = get x6\n"
               "set x7, t2\n"
               "exit_jump #0x1004\n");
    check_pass(ir_opt_fold,
               "t1 = const #1\n"
               "t2 = const #1\n"
               "brcond.eq t1, t2, #0x2000\n"
               "t3 = get x1\n"
               "set x2, t3\n"
               "exit_jump #0x1008\n"
               "label #0x1008\n"
               "t4 = get x3\n"
               "set x4, t4\n"
               "exit_jump #0x1008\n",
               "t1 = const #1\n"
               "t2 = const #1\n"
               "exit_jump #0x2000\n"
               "label #0x1008\n"
               "t4 = get x3\n"
               "set x4, t4\n"
               "exit_jump #0x1008\n");
}

static void test_fold_peepholes(void **state) {
    (void)state;
    check_pass(ir_opt_fold,
               "t1 = get x1\n"
               "t2 = const #0\n"
               "t3 = add.4 t1, t2\n" /* addiw rd, rs, 0 */
               "t4 = sext t3, #4\n"  /* sext of sext */
               "t5 = add.4 t1, t1\n" /* addw: sign-extended */
               "t6 = sext t5, #4\n"
               "t7 = load.4s t1, #0\n"
               "t8 = sext t7, #4\n"
               "t9 = const #7\n"
               "t10 = const #25\n"
               "t11 = shr.4 t1, t9\n"
               "t12 = shl.4 t1, t10\n"
               "t13 = or.8 t11, t12\n"  /* rorw x, 7 */
               "t14 = xor.8 t12, t11\n" /* operands swapped, xor */
               "t15 = const #13\n"
               "t16 = const #51\n"
               "t17 = shr.8 t1, t15\n"
               "t18 = shl.8 t1, t16\n"
               "t19 = add.8 t17, t18\n" /* ror x, 13 */
               "t20 = shl.8 t1, t10\n"
               "t21 = or.8 t17, t20\n" /* 13 + 25 != 64: stays */
               "t22 = sar.4 t1, t9\n"
               "t23 = or.8 t22, t12\n" /* arithmetic shift: stays */
               "set x2, t4\n"
               "set x3, t6\n"
               "set x4, t8\n"
               "set x5, t13\n"
               "set x6, t14\n"
               "set x7, t19\n"
               "set x8, t21\n"
               "set x9, t23\n"
               "exit_special 1, #0\n",
               "t1 = get x1\n"
               "t2 = const #0\n"
               "t3 = sext t1, #4\n"
               "t5 = add.4 t1, t1\n"
               "t7 = load.4s t1, #0\n"
               "t9 = const #7\n"
               "t10 = const #25\n"
               "t11 = shr.4 t1, t9\n"
               "t12 = shl.4 t1, t10\n"
               "t13 = ror.4 t1, t9\n"
               "t14 = ror.4 t1, t9\n"
               "t15 = const #13\n"
               "t16 = const #51\n"
               "t17 = shr.8 t1, t15\n"
               "t18 = shl.8 t1, t16\n"
               "t19 = ror.8 t1, t15\n"
               "t20 = shl.8 t1, t10\n"
               "t21 = or.8 t17, t20\n"
               "t22 = sar.4 t1, t9\n"
               "t23 = or.8 t22, t12\n"
               "set x2, t3\n"
               "set x3, t5\n"
               "set x4, t7\n"
               "set x5, t13\n"
               "set x6, t14\n"
               "set x7, t19\n"
               "set x8, t21\n"
               "set x9, t23\n"
               "exit_special 1, #0\n");
}

/* sext.w of a value that bitwise ops or a shift keep sign-extended goes (crc32's table
 * loop: `xor a5, a5, a3; sext.w a5, a5` with a5 from lw and a3 from srliw); the cases where
 * the upper half may differ stay. */
static void test_fold_sext_bitwise(void **state) {
    (void)state;
    check_pass(ir_opt_fold,
               "t1 = get x1\n"
               "t2 = get x2\n"
               "t3 = load.4s t1, #0\n"
               "t4 = const #8\n"
               "t5 = shr.4 t2, t4\n"
               "t6 = xor.8 t3, t5\n" /* both sign-extended */
               "t7 = sext t6, #4\n"
               "t8 = xor.8 t3, t2\n" /* t2 is not */
               "t9 = sext t8, #4\n"
               "t10 = const #255\n"
               "t11 = and.8 t2, t10\n" /* in [0, 255] */
               "t12 = sext t11, #4\n"
               "t13 = const #-256\n"
               "t14 = and.8 t2, t13\n" /* negative mask: upper bits of t2 */
               "t15 = sext t14, #4\n"
               "t16 = const #33\n"
               "t17 = shr.8 t2, t16\n" /* below 2^31 */
               "t18 = sext t17, #4\n"
               "t19 = const #32\n"
               "t20 = shr.8 t2, t19\n" /* may have bit 31 set */
               "t21 = sext t20, #4\n"
               "t22 = or.8 t6, t11\n" /* nested */
               "t23 = sext t22, #4\n"
               "set x3, t7\n"
               "set x4, t9\n"
               "set x5, t12\n"
               "set x6, t15\n"
               "set x7, t18\n"
               "set x8, t21\n"
               "set x9, t23\n"
               "exit_special 1, #0\n",
               "t1 = get x1\n"
               "t2 = get x2\n"
               "t3 = load.4s t1, #0\n"
               "t4 = const #8\n"
               "t5 = shr.4 t2, t4\n"
               "t6 = xor.8 t3, t5\n"
               "t8 = xor.8 t3, t2\n"
               "t9 = sext t8, #4\n"
               "t10 = const #255\n"
               "t11 = and.8 t2, t10\n"
               "t13 = const #-256\n"
               "t14 = and.8 t2, t13\n"
               "t15 = sext t14, #4\n"
               "t16 = const #33\n"
               "t17 = shr.8 t2, t16\n"
               "t19 = const #32\n"
               "t20 = shr.8 t2, t19\n"
               "t21 = sext t20, #4\n"
               "t22 = or.8 t6, t11\n"
               "set x3, t6\n"
               "set x4, t9\n"
               "set x5, t11\n"
               "set x6, t15\n"
               "set x7, t17\n"
               "set x8, t21\n"
               "set x9, t22\n"
               "exit_special 1, #0\n");
}

static void test_fold_non_identities(void **state) {
    (void)state;
    const char *text = "t1 = get x1\n"
                       "t2 = const #0\n"
                       "t3 = const #1\n"
                       "t4 = add.4 t1, t2\n" /* addiw x, 0 = sext.w: not a copy */
                       "t5 = sub.8 t2, t1\n" /* 0 - x: not a copy */
                       "t6 = shl.4 t1, t2\n" /* slliw x, 0 sign-extends */
                       "t7 = mul.8 t1, t2\n" /* x * 0 is 0 but not an identity case */
                       "t8 = div.8 t1, t3\n"
                       "t9 = shl.8 t2, t1\n" /* 0 << x */
                       "set x2, t4\n"
                       "set x3, t5\n"
                       "set x4, t6\n"
                       "set x5, t8\n"
                       "set x6, t9\n"
                       "set x7, t7\n"
                       "exit_special 1, #0\n";
    parse_or_fail(&unit_a, text);
    ir_opt_fold(&unit_a);
    /* whatever the pass did, the values must be right: evaluate by hand for x1 = 0x80000000 */
    for (uint32_t i = 0; i < unit_a.n; i++) {
        const ir_insn *in = &unit_a.insn[i];
        if (in->dst == 4 || in->dst == 5 || in->dst == 6 || in->dst == 9)
            assert_int_not_equal(in->op, IR_CONST);
        if (in->op == IR_SET && in->imm == 2) assert_int_equal(in->a, 4);
        if (in->op == IR_SET && in->imm == 3) assert_int_equal(in->a, 5);
        if (in->op == IR_SET && in->imm == 4) assert_int_equal(in->a, 6);
    }
}

static void test_fold_copy_propagation(void **state) {
    (void)state;
    /* a copy made by one simplification feeds another: ((x + 0) & -1) + 5 */
    check_pass(ir_opt_fold,
               "t1 = get x1\n"
               "t2 = const #0\n"
               "t3 = add.8 t1, t2\n"
               "t4 = const #-1\n"
               "t5 = and.8 t3, t4\n"
               "t6 = const #5\n"
               "t7 = add.8 t5, t6\n"
               "set x2, t7\n"
               "exit_special 1, #0\n",
               "t1 = get x1\n"
               "t2 = const #0\n"
               "t4 = const #-1\n"
               "t6 = const #5\n"
               "t7 = add.8 t1, t6\n"
               "set x2, t7\n"
               "exit_special 1, #0\n");
    /* chains of constants fold all the way */
    check_pass(ir_optimize,
               "t1 = const #3\n"
               "t2 = shl.8 t1, t1\n" /* 24 */
               "t3 = mul.8 t2, t2\n" /* 576 */
               "t4 = xor.8 t3, t1\n" /* 579 */
               "set x2, t4\n"
               "set x3, t4\n"
               "exit_special 1, #0\n",
               "t4 = const #579\n"
               "set x2, t4\n"
               "set x3, t4\n"
               "exit_special 1, #0\n");
}

/* -- Optimizer: guest-register forwarding ------------------------------------------------ */

static void test_regs_get_after_set(void **state) {
    (void)state;
    check_pass(ir_opt_regs,
               "t1 = get x1\n"
               "set x2, t1\n"
               "t2 = get x2\n"
               "t3 = add.8 t2, t2\n"
               "set x3, t3\n"
               "t4 = get x3\n"
               "set x4, t4\n"
               "exit_special 1, #0\n",
               "t1 = get x1\n"
               "set x2, t1\n"
               "t3 = add.8 t1, t1\n"
               "set x3, t3\n"
               "set x4, t3\n"
               "exit_special 1, #0\n");
}

static void test_regs_get_after_get(void **state) {
    (void)state;
    check_pass(ir_opt_regs,
               "t1 = get x5\n"
               "t2 = get x6\n"
               "t3 = get x5\n"
               "t4 = get f5\n" /* f5 is not x5 */
               "t5 = sub.8 t3, t1\n"
               "t6 = add.8 t4, t2\n"
               "set x7, t5\n"
               "set x8, t6\n"
               "exit_special 1, #0\n",
               "t1 = get x5\n"
               "t2 = get x6\n"
               "t4 = get f5\n"
               "t5 = sub.8 t1, t1\n"
               "t6 = add.8 t4, t2\n"
               "set x7, t5\n"
               "set x8, t6\n"
               "exit_special 1, #0\n");
}

static void test_regs_call_barrier(void **state) {
    (void)state;
    /* WR_X (0x8) stops forwarding of x registers, f registers still forward */
    check_pass(ir_opt_regs,
               "t1 = get x5\n"
               "t2 = get f1\n"
               "set x6, t1\n"
               "call #300, t0, t0, t0, flags 0x8\n"
               "t3 = get x5\n"
               "t4 = get x6\n"
               "t5 = get f1\n"
               "t6 = add.8 t3, t4\n"
               "t7 = add.8 t6, t5\n"
               "set x7, t7\n"
               "exit_special 1, #0\n",
               "t1 = get x5\n"
               "t2 = get f1\n"
               "set x6, t1\n"
               "call #300, t0, t0, t0, flags 0x8\n"
               "t3 = get x5\n"
               "t4 = get x6\n"
               "t6 = add.8 t3, t4\n"
               "t7 = add.8 t6, t2\n"
               "set x7, t7\n"
               "exit_special 1, #0\n");
    /* WR_F (0x20) the other way round; RD_X/RD_F (0x14) and a result do not stop anything */
    check_pass(ir_opt_regs,
               "t1 = get x5\n"
               "t2 = get f1\n"
               "t3 = call #301, t1, t0, t0, flags 0x16\n"
               "t4 = get x5\n"
               "call #302, t0, t0, t0, flags 0x20\n"
               "t5 = get x5\n"
               "t6 = get f1\n"
               "t7 = add.8 t4, t5\n"
               "t8 = add.8 t7, t6\n"
               "t9 = add.8 t8, t3\n"
               "set x7, t9\n"
               "exit_special 1, #0\n",
               "t1 = get x5\n"
               "t2 = get f1\n"
               "t3 = call #301, t1, t0, t0, flags 0x16\n"
               "call #302, t0, t0, t0, flags 0x20\n"
               "t6 = get f1\n"
               "t7 = add.8 t1, t1\n"
               "t8 = add.8 t7, t6\n"
               "t9 = add.8 t8, t3\n"
               "set x7, t9\n"
               "exit_special 1, #0\n");
}

/* -- Optimizer: dead-code elimination ----------------------------------------------------- */

static void test_dce(void **state) {
    (void)state;
    check_pass(ir_opt_dce,
               "---- 0x1000\n"
               "t1 = get x1\n"
               "t2 = get x2\n" /* unused: removed */
               "t3 = const #8\n"
               "t4 = add.8 t1, t3\n"                     /* used only by unused t5: removed */
               "t5 = mul.8 t4, t4\n"                     /* unused: removed */
               "t6 = load.8 t1, #0\n"                    /* unused load: kept (may fault) */
               "t7 = div.8 t1, t1\n"                     /* unused: removed, it cannot trap */
               "t8 = call #300, t1, t0, t0, flags 0x2\n" /* unused result: call kept */
               "store.4 t1, #4, t3\n"
               "t9 = setcc.eq t1, t3\n"
               "brcond.ne t9, t3, #0x2000\n"
               "set x3, t1\n"
               "exit_special 1, #0x1000\n",
               "---- 0x1000\n"
               "t1 = get x1\n"
               "t3 = const #8\n"
               "t6 = load.8 t1, #0\n"
               "t8 = call #300, t1, t0, t0, flags 0x2\n"
               "store.4 t1, #4, t3\n"
               "t9 = setcc.eq t1, t3\n"
               "brcond.ne t9, t3, #0x2000\n"
               "set x3, t1\n"
               "exit_special 1, #0x1000\n");
}

/* F/D ops are side effects (flags, traps): constant operands do not fold them, an unused
 * result does not remove them. */
static void test_fp_kept(void **state) {
    (void)state;
    const char *code = "---- 0x1000\n"
                       "t1 = const #0x3ff0000000000000\n"
                       "t2 = const #0x4008000000000000\n"
                       "t3 = fp fdiv.d, rm 7, t1, t2, t0\n" /* 1/3: NX, unused */
                       "t4 = fp feq.d, rm 7, t1, t1, t0\n"
                       "set x5, t4\n"
                       "t5 = fp csrrs, rm 5, t1, t0, t0\n" /* frflags, unused */
                       "exit_special 1, #0x1000\n";
    check_pass(ir_optimize, code, code);
}

/* The libm idiom frflags t; flt.d; fsflags t (ir_opt_fflags): csrrs rm 5 is a read-only
 * fflags read, csrrw rm 1 an fflags write; rm 8 on a compare is RV64_FP_CMP_KEEP_FLAGS. */
static void test_opt_fflags(void **state) {
    (void)state;
    /* the compare keeps the flags (c = the saved value), the restore goes; a second read
     * after sign injection is the first */
    check_pass(ir_opt_fflags,
               "t1 = const #0\n"
               "t2 = get f10\n"
               "t3 = get f11\n"
               "t4 = fp csrrs, rm 5, t1, t0, t0\n"
               "set x11, t4\n"
               "t5 = fp flt.d, rm 1, t2, t3, t0\n"
               "set x13, t5\n"
               "t6 = fp csrrw, rm 1, t4, t0, t0\n"
               "t7 = fp fsgnjx.d, rm 2, t2, t2, t0\n"
               "brcond.eq t5, t1, #0x2000\n"
               "t8 = fp csrrs, rm 5, t1, t0, t0\n"
               "set x12, t8\n"
               "t9 = fp fle.d, rm 0, t7, t3, t0\n"
               "t10 = fp csrrw, rm 1, t8, t0, t0\n"
               "set x14, t9\n"
               "exit_special 1, #0x1000\n",
               "t1 = const #0\n"
               "t2 = get f10\n"
               "t3 = get f11\n"
               "t4 = fp csrrs, rm 5, t1, t0, t0\n"
               "set x11, t4\n"
               "t5 = fp flt.d, rm 9, t2, t3, t4\n"
               "set x13, t5\n"
               "t7 = fp fsgnjx.d, rm 2, t2, t2, t0\n"
               "brcond.eq t5, t1, #0x2000\n"
               "set x12, t4\n"
               "t9 = fp fle.d, rm 8, t7, t3, t4\n"
               "set x14, t9\n"
               "exit_special 1, #0x1000\n");
    /* between the compare and the restore something that can fault, exit or call, or no
     * restore of the saved value: the NV of the compare may be seen, nothing changes; after
     * an FP op that may raise a flag, a read is a read again */
    const char *between[] = {
        "t8 = load.8 t1, #0\n",
        "brcond.eq t5, t1, #0x2000\n",
        "call #3, t1, t0, t0, flags 0x4\n",
        "t8 = fp fadd.d, rm 7, t2, t3, t0\n",
    };
    for (size_t i = 0; i < sizeof between / sizeof between[0]; i++) {
        char in[768];
        snprintf(in, sizeof in,
                 "t1 = const #0\n"
                 "t2 = get f10\n"
                 "t3 = get f11\n"
                 "t4 = fp csrrs, rm 5, t1, t0, t0\n"
                 "set x11, t4\n"
                 "t5 = fp flt.d, rm 1, t2, t3, t0\n"
                 "%s"
                 "t6 = fp csrrw, rm 1, t4, t0, t0\n"
                 "t7 = fp fadd.d, rm 7, t2, t3, t0\n"
                 "t9 = fp csrrs, rm 5, t1, t0, t0\n"
                 "set x12, t9\n"
                 "exit_special 1, #0x1000\n",
                 between[i]);
        check_pass(ir_opt_fflags, in, in);
    }
    const char *other[] = {
        "t6 = fp csrrw, rm 1, t1, t0, t0\n",             /* writes another value */
        "t6 = fp csrrs, rm 1, t4, t0, t0\n",             /* sets flags */
        "t6 = fp csrrw, rm 1, t4, t0, t0\nset x5, t6\n", /* old value used */
    };
    for (size_t i = 0; i < sizeof other / sizeof other[0]; i++) {
        char in[768];
        snprintf(in, sizeof in,
                 "t1 = const #0\n"
                 "t2 = get f10\n"
                 "t3 = get f11\n"
                 "t4 = fp csrrs, rm 5, t1, t0, t0\n"
                 "set x11, t4\n"
                 "t5 = fp flt.s, rm 1, t2, t3, t0\n" /* singles are left alone too */
                 "%s"
                 "exit_special 1, #0x1000\n",
                 other[i]);
        check_pass(ir_opt_fflags, in, in);
    }
    /* a restore right after the read changes nothing: it goes */
    check_pass(ir_opt_fflags,
               "t1 = const #0\n"
               "t4 = fp csrrs, rm 5, t1, t0, t0\n"
               "set x11, t4\n"
               "t6 = fp csrrw, rm 1, t4, t0, t0\n"
               "exit_special 1, #0x1000\n",
               "t1 = const #0\n"
               "t4 = fp csrrs, rm 5, t1, t0, t0\n"
               "set x11, t4\n"
               "exit_special 1, #0x1000\n");
}

/* -- Optimizer: exits --------------------------------------------------------------------- */

/* ir_opt_low32: a size-4 result whose every use reads only its low 32 bits is flagged
 * IR_LOW32 (".lo", no sign extension in the backend); a SEXT/ZEXT from 4 bytes with no 64-bit
 * use is replaced by its operand. */
static void test_opt_low32(void **state) {
    (void)state;
    check_pass(ir_opt_low32,
               "t1 = get x1\n"
               "t2 = get x2\n"
               "t3 = add.4 t1, t2\n" /* sha256: add.4 -> xor.8 -> add.4 -> set */
               "t4 = xor.8 t3, t1\n"
               "t5 = add.4 t4, t2\n"
               "set x3, t5\n"
               "t6 = sub.4 t1, t2\n"
               "set x4, t6\n"
               "t7 = shl.4 t1, t2\n"
               "brcond.eq t7, t1, #0x2000\n"
               "t8 = sar.4 t1, t2\n"
               "store.8 t1, #0, t8\n"
               "t9 = mul.4 t1, t2\n"
               "store.4 t1, #8, t9\n"
               "t10 = add.4 t2, t1\n"
               "store.4 t10, #0, t2\n" /* an address */
               "t11 = ror.4 t1, t2\n"
               "t12 = const #3\n"
               "t13 = shr.8 t11, t12\n" /* its high bits move down */
               "set x5, t13\n"
               "t14 = shr.4 t1, t2\n" /* one 32-bit use, one 64-bit use */
               "t15 = add.4 t14, t1\n"
               "set x6, t15\n"
               "set x7, t14\n"
               "t16 = divu.4 t1, t2\n" /* a shift count */
               "t17 = shl.8 t1, t16\n"
               "set x8, t17\n"
               "t18 = neg.4 t1\n"
               "t19 = sext t18, #1\n"
               "set x9, t19\n"
               "t20 = rem.4 t1, t2\n" /* through and.8, to a 2-byte store */
               "t21 = and.8 t20, t1\n"
               "store.2 t1, #16, t21\n"
               "t22 = sext t1, #4\n" /* only read by add.4: goes */
               "t23 = add.4 t22, t2\n"
               "set x10, t23\n"
               "t24 = sext t2, #4\n" /* set: stays */
               "set x11, t24\n"
               "t25 = zext t1, #4\n" /* a 4-byte store's value: goes */
               "store.4 t2, #24, t25\n"
               "t26 = zext t1, #4\n" /* a chain: both go */
               "t27 = sext t26, #4\n"
               "t28 = sub.4 t27, t2\n"
               "set x12, t28\n"
               "t29 = add.4 t1, t2\n"
               "t30 = setcc.lt t29, t1\n"
               "set x13, t30\n"
               "t31 = sar.4 t1, t2\n"
               "t32 = or.8 t31, t2\n" /* a 64-bit use through or.8 */
               "t33 = sub.4 t1, t2\n"
               "t34 = min.8 t33, t2\n"
               "set x14, t34\n"
               "t35 = shl.4 t1, t2\n"
               "t36 = call #3, t35, t0, t0, flags 0x4\n"
               "set x15, t36\n"
               "t37 = mul.4 t1, t2\n"
               "t38 = load.4 t37, #0\n" /* an address */
               "set x16, t38\n"
               "exit_indirect t32\n",
               "t1 = get x1\n"
               "t2 = get x2\n"
               "t3 = add.4.lo t1, t2\n"
               "t4 = xor.8 t3, t1\n"
               "t5 = add.4 t4, t2\n"
               "set x3, t5\n"
               "t6 = sub.4 t1, t2\n"
               "set x4, t6\n"
               "t7 = shl.4 t1, t2\n"
               "brcond.eq t7, t1, #0x2000\n"
               "t8 = sar.4 t1, t2\n"
               "store.8 t1, #0, t8\n"
               "t9 = mul.4.lo t1, t2\n"
               "store.4 t1, #8, t9\n"
               "t10 = add.4 t2, t1\n"
               "store.4 t10, #0, t2\n"
               "t11 = ror.4 t1, t2\n"
               "t12 = const #3\n"
               "t13 = shr.8 t11, t12\n"
               "set x5, t13\n"
               "t14 = shr.4 t1, t2\n"
               "t15 = add.4 t14, t1\n"
               "set x6, t15\n"
               "set x7, t14\n"
               "t16 = divu.4.lo t1, t2\n"
               "t17 = shl.8 t1, t16\n"
               "set x8, t17\n"
               "t18 = neg.4.lo t1\n"
               "t19 = sext t18, #1\n"
               "set x9, t19\n"
               "t20 = rem.4.lo t1, t2\n"
               "t21 = and.8 t20, t1\n"
               "store.2 t1, #16, t21\n"
               "t23 = add.4 t1, t2\n"
               "set x10, t23\n"
               "t24 = sext t2, #4\n"
               "set x11, t24\n"
               "store.4 t2, #24, t1\n"
               "t28 = sub.4 t1, t2\n"
               "set x12, t28\n"
               "t29 = add.4 t1, t2\n"
               "t30 = setcc.lt t29, t1\n"
               "set x13, t30\n"
               "t31 = sar.4 t1, t2\n"
               "t32 = or.8 t31, t2\n"
               "t33 = sub.4 t1, t2\n"
               "t34 = min.8 t33, t2\n"
               "set x14, t34\n"
               "t35 = shl.4 t1, t2\n"
               "t36 = call #3, t35, t0, t0, flags 0x4\n"
               "set x15, t36\n"
               "t37 = mul.4 t1, t2\n"
               "t38 = load.4 t37, #0\n"
               "set x16, t38\n"
               "exit_indirect t32\n");
    /* last in ir_optimize: SHA-256's rotate chain (rorw rotates xor-ed into addw) */
    check_pass(ir_optimize,
               "t1 = get x10\n"
               "t2 = get x11\n"
               "t3 = const #6\n"
               "t4 = shr.4 t1, t3\n"
               "t5 = const #26\n"
               "t6 = shl.4 t1, t5\n"
               "t7 = or.8 t4, t6\n"
               "t8 = xor.8 t7, t2\n"
               "t9 = add.4 t8, t2\n"
               "t10 = add.4 t9, t1\n"
               "t11 = add.4 t10, t2\n"
               "set x12, t11\n"
               "t12 = const #0\n"
               "t13 = add.4 t2, t12\n" /* sext.w, read by a 32-bit op only */
               "t14 = sub.4 t13, t1\n"
               "t15 = get x2\n"
               "store.4 t15, #8, t14\n"
               "exit_special 1, #0x1000\n",
               "t1 = get x10\n"
               "t2 = get x11\n"
               "t3 = const #6\n"
               "t7 = ror.4.lo t1, t3\n"
               "t8 = xor.8 t7, t2\n"
               "t9 = add.4.lo t8, t2\n"
               "t10 = add.4.lo t9, t1\n"
               "t11 = add.4 t10, t2\n"
               "set x12, t11\n"
               "t14 = sub.4.lo t2, t1\n"
               "t15 = get x2\n"
               "store.4 t15, #8, t14\n"
               "exit_special 1, #0x1000\n");
    /* a flagged result is not sign-extended: a later folding keeps the SEXT of it */
    const char *flagged = "t1 = get x1\n"
                          "t2 = get x2\n"
                          "t3 = add.4.lo t1, t2\n"
                          "t4 = sext t3, #4\n"
                          "set x3, t4\n"
                          "exit_special 1, #0x1000\n";
    check_pass(ir_opt_fold, flagged, flagged);
    /* the flag survives dump -> parse; ".lo" is refused where it means nothing */
    parse_or_fail(&unit_a, flagged);
    assert_int_equal(unit_a.insn[2].flags, IR_LOW32);
    assert_int_equal(unit_a.insn[2].size, 4);
    check_round_trip(&unit_a);
    char err[128];
    assert_int_equal(ir_parse(&unit_b, "t1 = load.4.lo t2, #0\n", err, sizeof err), -1);
    assert_int_equal(ir_parse(&unit_b, "t1 = sext.8.lo t2, #4\n", err, sizeof err), -1);
}

static void test_brcond_always_taken(void **state) {
    (void)state;
    check_pass(ir_opt_fold,
               "---- 0x1000\n"
               "t1 = get x1\n"
               "t2 = const #3\n"
               "t3 = const #-1\n"
               "set x2, t1\n"
               "brcond.ltu t2, t3, #0x2000\n"
               "---- 0x1004\n"
               "set x3, t2\n"
               "exit_jump #0x1008\n",
               "---- 0x1000\n"
               "t1 = get x1\n"
               "t2 = const #3\n"
               "t3 = const #-1\n"
               "set x2, t1\n"
               "exit_jump #0x2000\n");
    /* every condition, signed vs unsigned */
    static const struct {
        const char *cond;
        int64_t a, b;
        bool taken;
    } cases[] = {
        {"eq", 4, 4, true},   {"eq", 4, 5, false},   {"ne", 4, 5, true},   {"ne", 4, 4, false},
        {"lt", -1, 0, true},  {"lt", 0, -1, false},  {"ge", 0, -1, true},  {"ge", -1, 0, false},
        {"ltu", 0, -1, true}, {"ltu", -1, 0, false}, {"geu", -1, 0, true}, {"geu", 0, -1, false},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        char in[256], out[256];
        snprintf(in, sizeof in,
                 "t1 = const #%lld\nt2 = const #%lld\nbrcond.%s t1, t2, #0x2000\n"
                 "exit_jump #0x1004\n",
                 (long long)cases[i].a, (long long)cases[i].b, cases[i].cond);
        snprintf(out, sizeof out, "t1 = const #%lld\nt2 = const #%lld\n%s\n", (long long)cases[i].a,
                 (long long)cases[i].b, cases[i].taken ? "exit_jump #0x2000" : "exit_jump #0x1004");
        check_pass(ir_opt_fold, in, out);
    }
}

static void test_brcond_never_taken(void **state) {
    (void)state;
    check_pass(ir_optimize,
               "---- 0x1000\n"
               "t2 = const #0\n"
               "t3 = const #1\n"
               "brcond.eq t2, t3, #0x2000\n"
               "---- 0x1004\n"
               "t4 = get x5\n"
               "set x6, t4\n"
               "exit_jump #0x1008\n",
               "---- 0x1000\n"
               "---- 0x1004\n"
               "t4 = get x5\n"
               "set x6, t4\n"
               "exit_jump #0x1008\n");
    /* a branch on a register stays */
    check_pass(ir_optimize,
               "t1 = get x1\n"
               "t2 = const #0\n"
               "brcond.eq t1, t2, #0x2000\n"
               "exit_jump #0x1008\n",
               "t1 = get x1\n"
               "t2 = const #0\n"
               "brcond.eq t1, t2, #0x2000\n"
               "exit_jump #0x1008\n");
}

static void test_exit_indirect_const(void **state) {
    (void)state;
    /* jalr through a constant, as auipc + jalr produce: (0x1000 + 0x31) & -2 */
    check_pass(ir_optimize,
               "t1 = const #0x1000 pcrel\n"
               "t2 = const #0x31\n"
               "t3 = add.8 t1, t2\n"
               "t4 = const #-2\n"
               "t5 = and.8 t3, t4\n"
               "exit_indirect t5\n",
               "exit_jump #0x1030\n");
    check_pass(ir_optimize,
               "t1 = get x1\n"
               "exit_indirect t1\n",
               "t1 = get x1\n"
               "exit_indirect t1\n");
}

/* -- Optimizer: memory displacement folding --------------------------------------------- */

static void test_fold_displacement(void **state) {
    (void)state;
    check_pass(ir_optimize,
               "t1 = get x1\n"
               "t2 = const #16\n"
               "t3 = add.8 t1, t2\n"
               "t4 = load.4s t3, #8\n"
               "t5 = const #-40\n"
               "t6 = add.8 t5, t1\n" /* constant on the left */
               "store.2 t6, #-8, t4\n"
               "set x2, t4\n"
               "exit_special 1, #0\n",
               "t1 = get x1\n"
               "t4 = load.4s t1, #24\n"
               "store.2 t1, #-48, t4\n"
               "set x2, t4\n"
               "exit_special 1, #0\n");
    /* constant address: absolute (temp 0) */
    check_pass(ir_optimize,
               "t1 = const #0x10000\n"
               "t2 = load.8 t1, #8\n"
               "store.1 t1, #-1, t2\n"
               "set x2, t2\n"
               "exit_special 1, #0\n",
               "t2 = load.8 t0, #65544\n"
               "store.1 t0, #65535, t2\n"
               "set x2, t2\n"
               "exit_special 1, #0\n");
    /* not folded: 32-bit add (sign extension), displacement overflow, pc-relative constant */
    check_pass(ir_optimize,
               "t1 = get x1\n"
               "t2 = const #16\n"
               "t3 = add.4 t1, t2\n"
               "t4 = load.8 t3, #0\n"
               "t5 = const #0x7ffffff0\n"
               "t6 = add.8 t1, t5\n"
               "t7 = load.8 t6, #0x10\n"
               "t8 = const #0x10000 pcrel\n"
               "t9 = load.8 t8, #8\n"
               "set x2, t4\n"
               "set x3, t7\n"
               "set x4, t9\n"
               "exit_special 1, #0\n",
               "t1 = get x1\n"
               "t2 = const #16\n"
               "t3 = add.4 t1, t2\n"
               "t4 = load.8 t3, #0\n"
               "t5 = const #0x7ffffff0\n"
               "t6 = add.8 t1, t5\n"
               "t7 = load.8 t6, #0x10\n"
               "t8 = const #0x10000 pcrel\n"
               "t9 = load.8 t8, #8\n"
               "set x2, t4\n"
               "set x3, t7\n"
               "set x4, t9\n"
               "exit_special 1, #0\n");
}

/* auipc a0,0 ; ld a0,16(a0) and auipc a0,0 ; addi a0,a0,16 ; ld a0,0(a0) address the same
 * pc-relative location and must be treated the same way: the pc-relative flag survives
 * constant folding. */
static void test_fold_keeps_pcrel(void **state) {
    (void)state;
    check_pass(ir_optimize,
               "t1 = const #0x10000 pcrel\n"
               "t2 = const #16\n"
               "t3 = add.8 t1, t2\n"
               "t4 = load.8 t3, #0\n"
               "set x2, t4\n"
               "set x3, t3\n"
               "exit_special 1, #0\n",
               "t3 = const #0x10010 pcrel\n"
               "t4 = load.8 t3, #0\n"
               "set x2, t4\n"
               "set x3, t3\n"
               "exit_special 1, #0\n");
}

/* The whole pipeline on lifted code: addi a0,a0,1 ; addi a0,a0,2 ; ecall. */
static void test_optimize_lifted(void **state) {
    (void)state;
    static const uint32_t code[] = {0x00150513, 0x00250513, 0x00000073};
    ir_unit *u = &unit_a;
    ir_init(u, 0x1000);
    for (int i = 0; i < 3; i++) {
        rv64_insn in;
        assert_int_equal(rv64_decode(code[i], &in), 4);
        rv64_lift_insn(u, &in, 0x1000 + 4 * (uint64_t)i);
    }
    ir_optimize(u);
    /* the order of a GET and a CONST inside one instruction is the C compiler's argument
     * evaluation order, so check the shape rather than the text: one GET, two ADDs, the second
     * one on the first's result, one SET (the first instruction's is overwritten by the second
     * before anything sees it: ir_opt_dead_sets), the ecall exit */
    int gets = 0, adds = 0, sets = 0, exits = 0;
    ir_temp first_add = 0;
    for (uint32_t i = 0; i < u->n; i++) {
        const ir_insn *in = &u->insn[i];
        switch (in->op) {
        case IR_GET: gets++; break;
        case IR_ADD:
            adds++;
            if (!first_add)
                first_add = in->dst;
            else
                assert_int_equal(in->a, first_add);
            break;
        case IR_SET:
            sets++;
            assert_int_equal(in->imm, 10);
            break;
        case IR_EXIT_SPECIAL:
            exits++;
            assert_int_equal(in->size, RV64_EXIT_ECALL);
            assert_int_equal(in->imm, 0x1008);
            assert_int_equal(i, u->n - 1);
            break;
        default: break;
        }
    }
    assert_int_equal(gets, 1);
    assert_int_equal(adds, 2);
    assert_int_equal(sets, 1);
    assert_int_equal(exits, 1);
}

/* -- Host routines (docs/hostfn.md) ------------------------------------------------------ */

/* A byte-compare loop like riscv64 glibc's strcmp at 0x2000: its last branch goes back to the
 * entry. */
static const uint32_t strcmp_code[] = {0x00054783, 0x0005c703, 0x00150513, 0x00158593,
                                       0x00078463, 0xfee786e3, 0x40e78533, 0x00008067};
#define STRCMP_PC 0x2000u

static int fetch_strcmp(uint64_t pc, uint32_t *bits, void *ctx) {
    (void)ctx;
    if (pc < STRCMP_PC || pc >= STRCMP_PC + sizeof strcmp_code || (pc & 3)) return 0;
    *bits = strcmp_code[(pc - STRCMP_PC) / 4];
    return 4;
}

static int fake_routine = HOSTFN_STRCMP;
static int fake_hostfn(uint64_t pc, void *ctx) {
    (void)ctx;
    return pc == STRCMP_PC ? fake_routine : 0;
}

static void noop_insn_hook(ir_unit *u, uint32_t index, uint64_t pc, void *ctx) {
    (void)u, (void)index, (void)pc, (void)ctx;
}

static int count_op(const ir_unit *u, ir_op op) {
    int n = 0;
    for (uint32_t i = 0; i < u->n; i++)
        n += u->insn[i].op == op;
    return n;
}

static void test_hostfn_prologue(void **state) {
    (void)state;
    ir_unit *u = &unit_a;
    rv64_lift_hostfn = fake_hostfn;
    assert_int_equal(rv64_lift_unit(u, STRCMP_PC, LIFT_MAX_INSNS, fetch_strcmp, NULL), 0);
    /* call the helper with the routine's id; declined (0): on at the label; else return to ra */
    uint32_t i = 0;
    while (u->insn[i].op == IR_CONST)
        i++;
    const ir_insn *call = &u->insn[i];
    assert_int_equal(call->op, IR_CALL);
    assert_int_equal(call->imm, HELPER_HOSTFN);
    assert_true(call->flags & IR_CALL_RET);
    assert_true(call->flags & IR_CALL_WR_X); /* it writes a0 */
    assert_false(call->flags & (IR_CALL_RD_F | IR_CALL_WR_F));
    bool id_ok = false;
    for (uint32_t k = 0; k < i; k++)
        id_ok |= u->insn[k].dst == call->a && u->insn[k].imm == HOSTFN_STRCMP;
    assert_true(id_ok);
    while (u->insn[++i].op == IR_CONST)
        ;
    assert_int_equal(u->insn[i].op, IR_BRCOND);
    assert_int_equal(u->insn[i].a, call->dst);
    assert_int_equal(u->insn[i].cond, IR_EQ);
    assert_int_equal(u->insn[i].imm, STRCMP_PC);
    assert_int_equal(u->insn[++i].op, IR_GET);
    assert_int_equal(u->insn[i].imm, 1); /* ra */
    assert_int_equal(u->insn[++i].op, IR_EXIT_INDIRECT);
    assert_int_equal(u->insn[i].a, u->insn[i - 1].dst);
    assert_int_equal(u->insn[++i].op, IR_LABEL);
    assert_int_equal(u->insn[i].imm, STRCMP_PC);
    assert_int_equal(u->insn[++i].op, IR_INSN_START);
    assert_int_equal(u->insn[i].imm, STRCMP_PC);
    /* the loop's branch back to the entry goes to that label: no second label at the start */
    assert_int_equal(count_op(u, IR_LABEL), 1);
    assert_int_equal(count_op(u, IR_CALL), 1);
    assert_int_equal(u->n_guest, 8); /* through the ret */
    ir_optimize(u);
    assert_int_equal(count_op(u, IR_CALL), 1);
    assert_int_equal(count_op(u, IR_LABEL), 1);

    /* floor, ceil, trunc take and return fa0: the call reads and writes f registers */
    fake_routine = HOSTFN_FLOOR;
    assert_int_equal(rv64_lift_unit(u, STRCMP_PC, LIFT_MAX_INSNS, fetch_strcmp, NULL), 0);
    for (i = 0; u->insn[i].op != IR_CALL; i++)
        ;
    assert_true((u->insn[i].flags & (IR_CALL_RD_F | IR_CALL_WR_F)) ==
                (IR_CALL_RD_F | IR_CALL_WR_F));
    fake_routine = HOSTFN_STRCMP;

    /* not at the entry: no prologue */
    assert_int_equal(rv64_lift_unit(u, STRCMP_PC + 4, LIFT_MAX_INSNS, fetch_strcmp, NULL), 0);
    assert_int_equal(count_op(u, IR_CALL), 0);
    /* instrumented (plugins see every instruction): no prologue, the usual loop label */
    lift_hooks hooks = {.insn = noop_insn_hook};
    assert_int_equal(
        rv64_lift_unit_hooked(u, STRCMP_PC, LIFT_MAX_INSNS, fetch_strcmp, NULL, &hooks), 0);
    assert_int_equal(count_op(u, IR_CALL), 0);
    assert_int_equal(u->insn[0].op, IR_LABEL);
    /* the AOT tier makes no region there: the plain unit carries the prologue */
    assert_int_equal(rv64_lift_region(u, STRCMP_PC, REGION_MAX_INSNS, fetch_strcmp, NULL), 0);
    /* without the lookup: the plain loop unit */
    rv64_lift_hostfn = NULL;
    assert_int_equal(rv64_lift_unit(u, STRCMP_PC, LIFT_MAX_INSNS, fetch_strcmp, NULL), 0);
    assert_int_equal(count_op(u, IR_CALL), 0);
    assert_int_equal(u->insn[0].op, IR_LABEL);
    assert_int_equal(rv64_lift_region(u, STRCMP_PC, REGION_MAX_INSNS, fetch_strcmp, NULL), 1);
}

/* A loop whose if/else arm gcc placed after the loop's closing branch (the threads
 * benchmark's stencil loop has this shape):
 *   0x00 L:   ld a4,0(a3); mv a5,a4; bge a2,s6,ARM
 *   0x0c M:   add a4,a4,a5; beqz a4,OUT; addi a2,a2,1; bne a2,s5,L; ret
 *   0x20 ARM: ld a5,8(a3); j M
 *   0x28 OUT: li a0,1; ret
 * The region reaches past the closing branch to the arm, which leads back into the loop, and
 * stops there: OUT does not lead back and stays a side exit. */
static const uint32_t arm_code[] = {0x0006b703, 0x00070793, 0x01665c63, 0x00f70733,
                                    0x00070c63, 0x00160613, 0xff5614e3, 0x00008067,
                                    0x0086b783, 0xfe9ff06f, 0x00100513, 0x00008067};
#define ARM_PC 0x3000u

static int fetch_arm(uint64_t pc, uint32_t *bits, void *ctx) {
    (void)ctx;
    if (pc < ARM_PC || pc >= ARM_PC + sizeof arm_code || (pc & 3)) return 0;
    *bits = arm_code[(pc - ARM_PC) / 4];
    return 4;
}

static void test_region_arm_after_loop(void **state) {
    (void)state;
    ir_unit *u = &unit_a;
    int (*saved)(uint64_t, void *) = rv64_lift_hostfn;
    rv64_lift_hostfn = NULL;
    assert_int_equal(rv64_lift_region(u, ARM_PC, REGION_MAX_INSNS, fetch_arm, NULL), 1);
    assert_int_equal(u->guest_end, ARM_PC + 0x28);
    assert_int_equal(u->n_guest, 10);
    uint64_t labels[4];
    int nl = 0, jumps_to_m = 0, exits_to_out = 0;
    for (uint32_t i = 0; i < u->n; i++) {
        const ir_insn *in = &u->insn[i];
        if (in->op == IR_LABEL && nl < 4) labels[nl++] = (uint64_t)in->imm;
        if (in->op == IR_EXIT_JUMP && in->imm == ARM_PC + 0x0c) jumps_to_m++;
        if (in->op == IR_BRCOND && in->imm == ARM_PC + 0x28) exits_to_out++;
    }
    assert_int_equal(nl, 3);
    assert_int_equal(labels[0], ARM_PC);
    assert_int_equal(labels[1], ARM_PC + 0x0c);
    assert_int_equal(labels[2], ARM_PC + 0x20);
    assert_int_equal(jumps_to_m, 2); /* the fall into M, and the arm's j M */
    assert_int_equal(exits_to_out, 1);
    rv64_lift_hostfn = saved;
}

static void test_hostfn_names(void **state) {
    (void)state;
    assert_int_equal(hostfn_by_name("memcpy"), HOSTFN_MEMCPY);
    assert_int_equal(hostfn_by_name("strpbrk"), HOSTFN_STRPBRK);
    /* glibc's other names for the same code, reserved ones only: a program may have a function
     * of its own called index, rindex or bcmp */
    assert_int_equal(hostfn_by_name("__memcmpeq"), HOSTFN_MEMCMP);
    assert_int_equal(hostfn_by_name("__stpcpy"), HOSTFN_STPCPY);
    assert_int_equal(hostfn_by_name("floor"), HOSTFN_FLOOR);
    assert_int_equal(hostfn_by_name("__ceil"), HOSTFN_CEIL);
    assert_int_equal(hostfn_by_name("__trunc"), HOSTFN_TRUNC);
    assert_int_equal(hostfn_by_name("floorf"), HOSTFN_NONE); /* single: not one of them */
    assert_int_equal(hostfn_by_name("round"), HOSTFN_NONE);  /* ties away: not roundsd */
    assert_int_equal(hostfn_by_name("bcmp"), HOSTFN_NONE);
    assert_int_equal(hostfn_by_name("index"), HOSTFN_NONE);
    assert_int_equal(hostfn_by_name("rindex"), HOSTFN_NONE);
    /* anything else */
    assert_int_equal(hostfn_by_name("memcpy_fast"), HOSTFN_NONE);
    assert_int_equal(hostfn_by_name("strncpy"), HOSTFN_NONE); /* not one of them */
    assert_int_equal(hostfn_by_name("Strlen"), HOSTFN_NONE);
    assert_int_equal(hostfn_by_name(""), HOSTFN_NONE);
    assert_int_equal(hostfn_by_name(NULL), HOSTFN_NONE);
    for (int id = 1; id < HOSTFN_COUNT; id++)
        assert_int_equal(hostfn_by_name(hostfn_name(id)), id);
    assert_string_equal(hostfn_name(0), "?");
}

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_round_trip_builders),
        cmocka_unit_test(test_round_trip_lifted),
        cmocka_unit_test(test_parse_errors),
        cmocka_unit_test(test_eval_arith),
        cmocka_unit_test(test_eval_division),
        cmocka_unit_test(test_eval_shifts),
        cmocka_unit_test(test_eval_bits),
        cmocka_unit_test(test_eval_setcc),
        cmocka_unit_test(test_eval_not_foldable),
        cmocka_unit_test(test_fold_constants),
        cmocka_unit_test(test_fold_identities),
        cmocka_unit_test(test_fold_peepholes),
        cmocka_unit_test(test_fold_sext_bitwise),
        cmocka_unit_test(test_labels),
        cmocka_unit_test(test_fold_non_identities),
        cmocka_unit_test(test_fold_copy_propagation),
        cmocka_unit_test(test_regs_get_after_set),
        cmocka_unit_test(test_regs_get_after_get),
        cmocka_unit_test(test_regs_call_barrier),
        cmocka_unit_test(test_dce),
        cmocka_unit_test(test_fp_kept),
        cmocka_unit_test(test_opt_fflags),
        cmocka_unit_test(test_opt_low32),
        cmocka_unit_test(test_brcond_always_taken),
        cmocka_unit_test(test_brcond_never_taken),
        cmocka_unit_test(test_exit_indirect_const),
        cmocka_unit_test(test_hostfn_prologue),
        cmocka_unit_test(test_hostfn_names),
        cmocka_unit_test(test_region_arm_after_loop),
        cmocka_unit_test(test_dead_sets),
        cmocka_unit_test(test_fold_displacement),
        cmocka_unit_test(test_fold_keeps_pcrel),
        cmocka_unit_test(test_optimize_lifted),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
