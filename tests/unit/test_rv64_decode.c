/*
 * test_rv64_decode.c - spot checks of rv64_decode/rv64_disasm.
 *
 * The exhaustive comparison with objdump lives in tests/tools/decode_sweep.sh; these tests
 * pin the things the sweep cannot see: the fields a compressed instruction expands to (the
 * lifter's input), and where execution and disassembly deliberately disagree (reserved
 * encodings objdump still names, fields objdump insists on that the spec ignores).
 *
 * The expected texts come from riscv64-linux-gnu-objdump 2.40 -d -M no-aliases.
 * tests/unit/rv64_decode.golden ("hex pc text" per line, one line per distinct op, written by
 * the sweep) is replayed when present.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "rv64_decode.h"

typedef struct decode_case {
    uint32_t bits;
    uint64_t pc;
    int len; /* rv64_decode's return */
    uint16_t op, cop;
    uint8_t rd, rs1, rs2;
    int64_t imm;
    const char *text;
} decode_case;

#define OP(n) RV64_OP_##n

static const decode_case cases[] = {
    /* 32-bit */
    {0x00a50533, 0, 4, OP(add), 0, 10, 10, 10, 0, "add\ta0,a0,a0"},
    {0x12345537, 0, 4, OP(lui), 0, 10, 0, 0, 0x12345000, "lui\ta0,0x12345"},
    {0x80000537, 0, 4, OP(lui), 0, 10, 0, 0, -0x80000000ll, "lui\ta0,0x80000"},
    {0xfeb50ce3, 0x62, 4, OP(beq), 0, 0, 10, 11, -8, "beq\ta0,a1,5a"},
    {0xffdff0ef, 0x2e, 4, OP(jal), 0, 1, 0, 0, -4, "jal\tra,2a"},
    {0x000780e7, 0, 4, OP(jalr), 0, 1, 15, 0, 0, "jalr\tra,0(a5)"},
    {0xfff78067, 0, 4, OP(jalr), 0, 0, 15, 0, -1, "jalr\tzero,-1(a5)"},
    {0x0835951b, 0, 4, OP(slli_uw), 0, 10, 11, 0, 3, "slli.uw\ta0,a1,0x3"},
    {0x60059513, 0, 4, OP(clz), 0, 10, 11, 0, 0, "clz\ta0,a1"},
    {0x0805c53b, 0, 4, OP(zext_h), 0, 10, 11, 0, 0, "zext.h\ta0,a1"},
    {0x6b85d513, 0, 4, OP(rev8), 0, 10, 11, 0, 0, "rev8\ta0,a1"},
    {0x28359513, 0, 4, OP(bseti), 0, 10, 11, 0, 3, "bseti\ta0,a1,0x3"},
    {0x0021d573, 0, 4, OP(csrrwi), 0, 10, 0, 0, 3, "csrrwi\ta0,frm,3"},
    {0x00102573, 0, 4, OP(csrrs), 0, 10, 0, 0, 0, "csrrs\ta0,fflags,zero"},
    {0x7ff59573, 0, 4, OP(csrrw), 0, 10, 11, 0, 0, "csrrw\ta0,0x7ff,a1"},
    {0x1605a52f, 0, 4, OP(lr_w), 0, 10, 11, 0, 0, "lr.w.aqrl\ta0,(a1)"},
    {0x1ac5b52f, 0, 4, OP(sc_d), 0, 10, 11, 12, 0, "sc.d.rl\ta0,a2,(a1)"},
    {0x0330000f, 0, 4, OP(fence), 0, 0, 0, 0, 0, "fence\trw,rw"},
    {0x0000000f, 0, 4, OP(fence), 0, 0, 0, 0, 0, "fence\tunknown,unknown"},
    {0x8330000f, 0, 4, OP(fence_tso), 0, 0, 0, 0, 0, "fence.tso"},
    {0x0000100f, 0, 4, OP(fence_i), 0, 0, 0, 0, 0, "fence.i"},
    {0x00000073, 0, 4, OP(ecall), 0, 0, 0, 0, 0, "ecall"},
    {0x02c5f553, 0, 4, OP(fadd_d), 0, 10, 11, 12, 0, "fadd.d\tfa0,fa1,fa2"},
    {0x02c58553, 0, 4, OP(fadd_d), 0, 10, 11, 12, 0, "fadd.d\tfa0,fa1,fa2,rne"},
    {0x02c5d553, 0, 4, OP(fadd_d), 0, 10, 11, 12, 0, "fadd.d\tfa0,fa1,fa2,unknown"},
    {0x6ac59543, 0, 4, OP(fmadd_d), 0, 10, 11, 12, 0, "fmadd.d\tfa0,fa1,fa2,fa3,rtz"},
    {0xc2051553, 0, 4, OP(fcvt_w_d), 0, 10, 10, 0, 0, "fcvt.w.d\ta0,fa0,rtz"},
    {0x42058553, 0, 4, OP(fcvt_d_s), 0, 10, 11, 0, 0, "fcvt.d.s\tfa0,fa1"},
    {0xe2050553, 0, 4, OP(fmv_x_d), 0, 10, 10, 0, 0, "fmv.x.d\ta0,fa0"},
    /* compressed: op is the base instruction, fields make the base semantics right */
    {0x0505, 0, 2, OP(addi), OP(c_addi), 10, 10, 0, 1, "c.addi\ta0,1"},
    {0x0001, 0, 2, OP(addi), OP(c_nop), 0, 0, 0, 0, "c.addi\tzero,0"},
    {0x557d, 0, 2, OP(addi), OP(c_li), 10, 0, 0, -1, "c.li\ta0,-1"},
    {0x357d, 0, 2, OP(addiw), OP(c_addiw), 10, 10, 0, -1, "c.addiw\ta0,-1"},
    {0x7139, 0, 2, OP(addi), OP(c_addi16sp), 2, 2, 0, -64, "c.addi16sp\tsp,-64"},
    {0x0808, 0, 2, OP(addi), OP(c_addi4spn), 10, 2, 0, 16, "c.addi4spn\ta0,sp,16"},
    {0x67c9, 0, 2, OP(lui), OP(c_lui), 15, 0, 0, 0x12000, "c.lui\ta5,0x12"},
    {0x7785, 0, 2, OP(lui), OP(c_lui), 15, 0, 0, -0x1f000, "c.lui\ta5,0xfffe1"},
    {0x6988, 0, 2, OP(ld), OP(c_ld), 10, 11, 0, 16, "c.ld\ta0,16(a1)"},
    {0xfff0, 0, 2, OP(sd), OP(c_sd), 0, 15, 12, 248, "c.sd\ta2,248(a5)"},
    {0x4354, 0, 2, OP(lw), OP(c_lw), 13, 14, 0, 4, "c.lw\ta3,4(a4)"},
    {0xdc74, 0, 2, OP(sw), OP(c_sw), 0, 8, 13, 124, "c.sw\ta3,124(s0)"},
    {0x2588, 0, 2, OP(fld), OP(c_fld), 10, 11, 0, 8, "c.fld\tfa0,8(a1)"},
    {0xa564, 0, 2, OP(fsd), OP(c_fsd), 0, 10, 9, 200, "c.fsd\tfs1,200(a0)"},
    {0x810d, 0, 2, OP(srli), OP(c_srli), 10, 10, 0, 3, "c.srli\ta0,0x3"},
    {0x94fd, 0, 2, OP(srai), OP(c_srai), 9, 9, 0, 63, "c.srai\ts1,0x3f"},
    {0x8001, 0, 2, OP(srli), OP(c_srli64), 8, 8, 0, 0, "c.srli64\ts0"},
    {0x9a6d, 0, 2, OP(andi), OP(c_andi), 12, 12, 0, -5, "c.andi\ta2,-5"},
    {0x8d0d, 0, 2, OP(sub), OP(c_sub), 10, 10, 11, 0, "c.sub\ta0,a1"},
    {0x9f3d, 0, 2, OP(addw), OP(c_addw), 14, 14, 15, 0, "c.addw\ta4,a5"},
    {0x02b2, 0, 2, OP(slli), OP(c_slli), 5, 5, 0, 12, "c.slli\tt0,0xc"},
    {0x537e, 0, 2, OP(lw), OP(c_lwsp), 6, 2, 0, 252, "c.lwsp\tt1,252(sp)"},
    {0x797e, 0, 2, OP(ld), OP(c_ldsp), 18, 2, 0, 504, "c.ldsp\ts2,504(sp)"},
    {0x2522, 0, 2, OP(fld), OP(c_fldsp), 10, 2, 0, 8, "c.fldsp\tfa0,8(sp)"},
    {0xc22a, 0, 2, OP(sw), OP(c_swsp), 0, 2, 10, 4, "c.swsp\ta0,4(sp)"},
    {0xe406, 0, 2, OP(sd), OP(c_sdsp), 0, 2, 1, 8, "c.sdsp\tra,8(sp)"},
    {0xa82e, 0, 2, OP(fsd), OP(c_fsdsp), 0, 2, 11, 16, "c.fsdsp\tfa1,16(sp)"},
    {0x852e, 0, 2, OP(add), OP(c_mv), 10, 0, 11, 0, "c.mv\ta0,a1"},
    {0x952e, 0, 2, OP(add), OP(c_add), 10, 10, 11, 0, "c.add\ta0,a1"},
    {0x8082, 0, 2, OP(jalr), OP(c_jr), 0, 1, 0, 0, "c.jr\tra"},
    {0x9502, 0, 2, OP(jalr), OP(c_jalr), 1, 10, 0, 0, "c.jalr\ta0"},
    {0x9002, 0, 2, OP(ebreak), OP(c_ebreak), 0, 0, 0, 0, "c.ebreak"},
    {0xaffd, 0x2a, 2, OP(jal), OP(c_j), 0, 0, 0, 2046, "c.j\t828"},
    {0xf081, 0x2c, 2, OP(bne), OP(c_bnez), 0, 9, 0, -256, "c.bnez\ts1,ffffffffffffff2c"},
    {0xc101, 0x60, 2, OP(beq), OP(c_beqz), 0, 10, 0, 0, "c.beqz\ta0,60"},
    /* HINTs execute (as writes to x0 or no-op shifts) */
    {0x7001, 0, 2, OP(lui), OP(c_lui), 0, 0, 0, -0x20000, "c.lui\tzero,0xfffe0"},
    {0x8006, 0, 2, OP(add), OP(c_mv), 0, 0, 1, 0, "c.mv\tzero,ra"},
    {0x0002, 0, 2, OP(slli), OP(c_slli64), 0, 0, 0, 0, "c.slli64\tzero"},
    /* reserved: illegal to execute; objdump prints some of them anyway */
    {0x0000, 0, 0, 0, 0, 0, 0, 0, 0, "c.unimp"},
    {0x6101, 0, 0, 0, 0, 0, 0, 0, 0, "c.addi16sp\tsp,0"},
    {0x6001, 0, 0, 0, 0, 0, 0, 0, 0, ".2byte\t0x6001"},
    {0x0004, 0, 0, 0, 0, 0, 0, 0, 0, ".2byte\t0x4"},
    {0x8002, 0, 0, 0, 0, 0, 0, 0, 0, ".2byte\t0x8002"},
    {0x4002, 0, 0, 0, 0, 0, 0, 0, 0, ".2byte\t0x4002"},
    {0x2001, 0, 0, 0, 0, 0, 0, 0, 0, ".2byte\t0x2001"},
    {0x9c41, 0, 0, 0, 0, 0, 0, 0, 0, ".2byte\t0x9c41"},
    {0xffffffff, 0, 0, 0, 0, 0, 0, 0, 0, ".4byte\t0xffffffff"},
    {0x00200073, 0, 0, 0, 0, 0, 0, 0, 0, "uret"},
    {0x1015a52f, 0, 0, 0, 0, 0, 0, 0, 0, ".4byte\t0x1015a52f"}, /* lr.w with rs2 != 0 */
    {0x00000173, 0, 0, 0, 0, 0, 0, 0, 0, ".4byte\t0x173"},      /* ecall with rd != 0 */
    /* the spec ignores these fields, objdump does not: executes, prints as data */
    {0x83300f0f, 0, 4, OP(fence_tso), 0, 0, 0, 0, 0, ".4byte\t0x83300f0f"},
    {0x0010100f, 0, 4, OP(fence_i), 0, 0, 0, 0, 0, ".4byte\t0x10100f"},
    {0xd205f553, 0, 4, OP(fcvt_d_w), 0, 10, 11, 0, 0, ".4byte\t0xd205f553"},
};

static void test_cases(void **state) {
    (void)state;
    char buf[128], what[64];
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        const decode_case *c = &cases[i];
        rv64_insn in;
        snprintf(what, sizeof what, "case %zu: %08x", i, c->bits);
        int len = rv64_decode(c->bits, &in);
        if (len != c->len || in.op != c->op || in.cop != c->cop)
            print_error("%s: len %d op %s cop %s\n", what, len, rv64_op_name(in.op),
                        rv64_op_name(in.cop));
        assert_int_equal(len, c->len);
        assert_int_equal(in.op, c->op);
        assert_int_equal(in.cop, c->cop);
        assert_int_equal(in.len, (c->bits & 3) == 3 ? 4 : 2);
        if (len) {
            if (in.rd != c->rd || in.rs1 != c->rs1 || in.rs2 != c->rs2 || in.imm != c->imm)
                print_error("%s: rd %d rs1 %d rs2 %d imm %lld\n", what, in.rd, in.rs1, in.rs2,
                            (long long)in.imm);
            assert_int_equal(in.rd, c->rd);
            assert_int_equal(in.rs1, c->rs1);
            assert_int_equal(in.rs2, c->rs2);
            assert_true(in.imm == c->imm);
        }
        int n = rv64_disasm(&in, c->pc, buf, sizeof buf);
        if (strcmp(buf, c->text) != 0)
            print_error("%s: got \"%s\" want \"%s\"\n", what, buf, c->text);
        assert_string_equal(buf, c->text);
        assert_int_equal(n, (int)strlen(buf));
    }
}

static void test_fields(void **state) {
    (void)state;
    rv64_insn in;
    assert_int_equal(rv64_decode(0x6ac59543, &in), 4); /* fmadd.d fa0,fa1,fa2,fa3,rtz */
    assert_int_equal(in.rs3, 13);
    assert_int_equal(in.rm, 1);
    assert_int_equal(rv64_decode(0x02c5f553, &in), 4); /* fadd.d, dynamic rm */
    assert_int_equal(in.rm, 7);
    assert_int_equal(rv64_decode(0x02c5d553, &in), 4); /* rm 5 decodes; the lifter traps */
    assert_int_equal(in.rm, 5);
    assert_int_equal(rv64_decode(0x1605a52f, &in), 4); /* lr.w.aqrl */
    assert_int_equal(in.aqrl, 3);
    assert_int_equal(rv64_decode(0x04c5a52f, &in), 4); /* amoadd.w.aq */
    assert_int_equal(in.op, RV64_OP_amoadd_w);
    assert_int_equal(in.aqrl, 2);
    assert_int_equal(rv64_decode(0x0230000f, &in), 4); /* fence r,rw */
    assert_int_equal(in.aqrl, 0x23);
    assert_int_equal(rv64_decode(0x0021d573, &in), 4); /* csrrwi a0,frm,3 */
    assert_int_equal(in.csr, 2);
    assert_int_equal(in.imm, 3);
    assert_int_equal(rv64_decode(0xc0002573, &in), 4); /* csrrs a0,cycle,zero */
    assert_int_equal(in.csr, 0xc00);
    /* only the low 16 bits matter for a compressed instruction */
    assert_int_equal(rv64_decode(0xdead0505, &in), 2);
    assert_int_equal(in.raw, 0x0505);
    assert_int_equal(in.op, RV64_OP_addi);
    /* 48-bit and longer encodings are out of scope: invalid, length 4 */
    assert_int_equal(rv64_decode(0x0000001f, &in), 0);
    assert_int_equal(in.len, 4);
    assert_int_equal(in.op, RV64_OP_INVALID);
}

static void test_names(void **state) {
    (void)state;
    assert_string_equal(rv64_op_name(RV64_OP_fadd_d), "fadd.d");
    assert_string_equal(rv64_op_name(RV64_OP_c_addi4spn), "c.addi4spn");
    assert_string_equal(rv64_op_name(RV64_OP_amomaxu_d), "amomaxu.d");
    assert_string_equal(rv64_op_name(RV64_OP_sh1add_uw), "sh1add.uw");
    assert_string_equal(rv64_op_name(RV64_OP_INVALID), "invalid");
    assert_string_equal(rv64_op_name(RV64_OP_COUNT), "invalid");
    assert_string_equal(rv64_op_name(-1), "invalid");
    assert_string_equal(rv64_xreg_name[8], "s0");
    assert_string_equal(rv64_xreg_name[31], "t6");
    assert_string_equal(rv64_freg_name[10], "fa0");
    assert_string_equal(rv64_freg_name[27], "fs11");
    assert_int_equal(rv64_insn_length(0x0505), 2);
    assert_int_equal(rv64_insn_length(0x0533), 4);
}

/* Every 16-bit encoding decodes without crashing, and any encoding valid for execution is
 * one objdump names too (execution is never more permissive than the disassembler). */
static void test_all_16bit(void **state) {
    (void)state;
    char buf[128];
    for (uint32_t h = 0; h < 0x10000; h++) {
        if ((h & 3) == 3) continue;
        rv64_insn in;
        int len = rv64_decode(h, &in);
        assert_int_equal(in.len, 2);
        rv64_disasm(&in, 0x1000, buf, sizeof buf);
        if (len) {
            assert_int_equal(len, 2);
            assert_true(in.cop != 0);
            assert_true(in.op != RV64_OP_INVALID);
            assert_true(strncmp(buf, ".2byte", 6) != 0);
        } else {
            assert_int_equal(in.op, RV64_OP_INVALID);
        }
    }
}

static const char *golden_path(void) {
    static char path[512];
    const char *env = getenv("RV64_DECODE_GOLDEN");
    if (env) return env;
    /* next to this source file, which the Makefile names relative to the repo root */
    const char *slash = strrchr(__FILE__, '/');
    int dir = slash ? (int)(slash - __FILE__) : 0;
    snprintf(path, sizeof path, "%.*s%srv64_decode.golden", dir, __FILE__, slash ? "/" : "");
    return path;
}

static void test_golden(void **state) {
    (void)state;
    FILE *fp = fopen(golden_path(), "r");
    if (!fp) {
        print_message("golden file %s not found: skipped\n", golden_path());
        skip();
    }
    char line[512], buf[256];
    int n = 0, bad = 0;
    while (fgets(line, sizeof line, fp)) {
        unsigned bits;
        unsigned long long pc;
        int off = 0;
        if (line[0] == '#' || sscanf(line, "%x %llx %n", &bits, &pc, &off) < 2 || !off) continue;
        char *want = line + off;
        want[strcspn(want, "\n")] = 0;
        rv64_insn in;
        rv64_decode(bits, &in);
        rv64_disasm(&in, pc, buf, sizeof buf);
        n++;
        if (strcmp(buf, want) != 0) {
            if (bad++ < 10)
                print_error("golden %x at %llx: got \"%s\" want \"%s\"\n", bits, pc, buf, want);
        }
    }
    fclose(fp);
    print_message("golden: %d lines, %d mismatches\n", n, bad);
    assert_true(n > 0);
    assert_int_equal(bad, 0);
}

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_cases),  cmocka_unit_test(test_fields),
        cmocka_unit_test(test_names),  cmocka_unit_test(test_all_16bit),
        cmocka_unit_test(test_golden),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
