/*
 * p_regs.c - test plugin for regs.S (tests/run_plugin_tests.sh): register reads and writes,
 * symbols, the pc, conditional callbacks and the rules on register writes. Prints
 * "regs: ok" at exit, or "regs: FAIL ..." lines.
 *
 *   - on `tick` (the loop's first instruction): a conditional callback (R_REGS) when the
 *     counter equals 50, then an inline add of 1 to the counter: it fires before the 51st
 *     execution, when s1 is 50; the pc must be tick's; fires once;
 *   - on `tick` too, a NO_REGS callback that tries to write a register: must be refused;
 *   - on `patch_here`: an RW_REGS callback that checks a0 == 5, s1 == 100, pc, fcsr readable,
 *     and sets a0 = 41 (the program then exits with 42);
 *   - syscall entry: exit(42) must be seen with a0 = 42.
 */
#include <inttypes.h>
#include <stdio.h>
#include <string.h>

#include "recomp/plugin.h"

RECOMP_PLUGIN_DECLARE;

static recomp_slot slot;
static int fails, cond_fired, patched, write_refused, exit_seen;
static uint64_t tick_pc, patch_pc;

#define CHECK(c, ...)                                                                              \
    do {                                                                                           \
        if (!(c)) {                                                                                \
            char b_[256];                                                                          \
            snprintf(b_, sizeof b_, "regs: FAIL " __VA_ARGS__);                                    \
            recomp_outs(b_);                                                                       \
            fails++;                                                                               \
        }                                                                                          \
    } while (0)

static uint64_t reg(const char *name) {
    uint64_t v = 0xdeadbeef;
    CHECK(recomp_read_register(name, &v) == 0, "read %s\n", name);
    return v;
}

static void on_cond(unsigned vcpu, void *ud) {
    (void)ud;
    cond_fired++;
    CHECK(recomp_scoreboard_get(vcpu, slot) == 50, "cond: slot %" PRIu64 "\n",
          recomp_scoreboard_get(vcpu, slot));
    CHECK(reg("s1") == 50, "cond: s1 = %" PRIu64 "\n", reg("s1"));
    CHECK(reg("x9") == 50, "cond: x9\n");
    CHECK(recomp_get_pc() == tick_pc, "cond: pc 0x%" PRIx64 "\n", recomp_get_pc());
    CHECK(recomp_write_register("a0", 1) < 0, "cond: write allowed with R_REGS\n");
}

static void on_tick(unsigned vcpu, void *ud) {
    (void)vcpu;
    (void)ud;
    if (recomp_write_register("a1", 1) < 0) write_refused++;
}

static void on_patch(unsigned vcpu, void *ud) {
    (void)vcpu;
    (void)ud;
    patched++;
    CHECK(reg("a0") == 5, "patch: a0 = %" PRIu64 "\n", reg("a0"));
    CHECK(reg("x10") == 5, "patch: x10\n");
    CHECK(reg("s1") == 100, "patch: s1 = %" PRIu64 "\n", reg("s1"));
    CHECK(reg("zero") == 0, "patch: zero\n");
    CHECK(reg("pc") == patch_pc, "patch: pc\n");
    uint64_t v;
    CHECK(recomp_read_register("fcsr", &v) == 0 && v == 0, "patch: fcsr\n");
    CHECK(recomp_read_register("nosuch", &v) < 0, "patch: unknown register accepted\n");
    CHECK(recomp_write_register("zero", 1) < 0, "patch: x0 written\n");
    CHECK(recomp_write_register("pc", 0) < 0, "patch: pc written\n");
    CHECK(recomp_write_register("a0", 41) == 0, "patch: write a0\n");
    CHECK(reg("a0") == 41, "patch: a0 not written\n");
    unsigned char buf[4];
    CHECK(recomp_read_memory(patch_pc, buf, 4) == 0, "patch: read code\n");
    CHECK(recomp_read_memory(8, buf, 4) < 0, "patch: read of unmapped memory\n");
}

static void on_syscall(recomp_plugin_id id, unsigned vcpu, int64_t num, const uint64_t a[6]) {
    (void)id;
    (void)vcpu;
    if (num == 93) {
        exit_seen++;
        CHECK(a[0] == 42, "exit: a0 = %" PRIu64 "\n", a[0]);
    }
}

static void tb_trans(recomp_plugin_id id, recomp_tb *tb) {
    (void)id;
    for (size_t i = 0; i < recomp_tb_n_insns(tb); i++) {
        recomp_insn *in = recomp_tb_get_insn(tb, i);
        uint64_t off = 1;
        const char *sym = recomp_symbol_lookup(recomp_insn_vaddr(in), &off);
        const char *isym = recomp_insn_symbol(in);
        CHECK(sym == isym || (sym && isym && !strcmp(sym, isym)), "symbol mismatch\n");
        if (!sym || off) continue;
        if (!strcmp(sym, "tick")) {
            tick_pc = recomp_insn_vaddr(in);
            CHECK(!strcmp(recomp_insn_disas(in), "c.addi\ts1,1"), "disas '%s'\n",
                  recomp_insn_disas(in));
            recomp_register_insn_exec_cond_cb(in, on_cond, RECOMP_CB_R_REGS, RECOMP_COND_EQ, slot,
                                              50, NULL);
            recomp_register_insn_exec_inline(in, RECOMP_INLINE_ADD_U64, slot, 1);
            recomp_register_insn_exec_cb(in, on_tick, RECOMP_CB_NO_REGS, NULL);
        } else if (!strcmp(sym, "patch_here")) {
            patch_pc = recomp_insn_vaddr(in);
            recomp_register_insn_exec_cb(in, on_patch, RECOMP_CB_RW_REGS, NULL);
        }
    }
}

static void at_exit(recomp_plugin_id id, void *ud) {
    (void)id;
    (void)ud;
    CHECK(cond_fired == 1, "cond fired %d times\n", cond_fired);
    CHECK(patched == 1, "patch ran %d times\n", patched);
    CHECK(write_refused == 100, "NO_REGS writes refused %d times\n", write_refused);
    CHECK(exit_seen == 1, "exit seen %d times\n", exit_seen);
    CHECK(recomp_scoreboard_sum(slot) == 100, "tick count %" PRIu64 "\n",
          recomp_scoreboard_sum(slot));
    if (!fails) recomp_outs("regs: ok\n");
}

RECOMP_PLUGIN_EXPORT int recomp_plugin_install(recomp_plugin_id id, int argc, char **argv) {
    (void)argc;
    (void)argv;
    CHECK(recomp_reg_lookup("sp") == 2 && recomp_reg_lookup("fp") == 8 &&
              recomp_reg_lookup("ft0") == 32 && recomp_reg_lookup("f31") == 63 &&
              recomp_reg_lookup("x32") < 0,
          "register names\n");
    slot = (recomp_slot)recomp_scoreboard_alloc(id, 1);
    recomp_register_tb_trans_cb(id, tb_trans);
    recomp_register_syscall_cb(id, on_syscall);
    recomp_register_atexit_cb(id, at_exit, NULL);
    return 0;
}
