/*
 * p_count.c - test plugin: counts executed instructions in one of several ways, to check that
 * they agree (tests/run_plugin_tests.sh); prints "insns: N" at exit like the insn plugin.
 *   mode=insn_inline   an inline add of 1 on every instruction
 *   mode=insn_cb       a callback on every instruction
 *   mode=cond          an inline add of n per block, and on every block a conditional
 *                      callback "flag slot == 0" followed by an inline store of 1 into the
 *                      flag: it must fire exactly once per thread, seeing the flag at 0
 */
#include <inttypes.h>
#include <stdio.h>
#include <string.h>

#include "recomp/plugin.h"

RECOMP_PLUGIN_DECLARE;

static recomp_slot slot, tb_slot;
static int mode;
static uint64_t cb_count, cond_fired, cond_bad;

static void insn_cb(unsigned vcpu, void *ud) {
    (void)vcpu;
    (void)ud;
    __atomic_add_fetch(&cb_count, 1, __ATOMIC_RELAXED);
}

/* fires when the block counter is exactly 0 (first execution of each block translation) */
static void cond_cb(unsigned vcpu, void *ud) {
    (void)ud;
    if (recomp_scoreboard_get(vcpu, tb_slot) != 0) cond_bad++;
    cond_fired++;
}

static void tb_trans(recomp_plugin_id id, recomp_tb *tb) {
    (void)id;
    size_t n = recomp_tb_n_insns(tb);
    if (mode == 2) {
        recomp_register_tb_exec_cond_cb(tb, cond_cb, RECOMP_CB_NO_REGS, RECOMP_COND_EQ, tb_slot, 0,
                                        NULL);
        recomp_register_tb_exec_inline(tb, RECOMP_INLINE_ADD_U64, slot, n);
        recomp_register_tb_exec_inline(tb, RECOMP_INLINE_STORE_U64, tb_slot, 1);
        return;
    }
    for (size_t i = 0; i < n; i++) {
        recomp_insn *in = recomp_tb_get_insn(tb, i);
        if (mode == 0)
            recomp_register_insn_exec_inline(in, RECOMP_INLINE_ADD_U64, slot, 1);
        else
            recomp_register_insn_exec_cb(in, insn_cb, RECOMP_CB_NO_REGS, NULL);
    }
}

static void at_exit(recomp_plugin_id id, void *ud) {
    (void)id;
    (void)ud;
    char buf[128];
    snprintf(buf, sizeof buf, "insns: %" PRIu64 "\n",
             mode == 1 ? cb_count : recomp_scoreboard_sum(slot));
    recomp_outs(buf);
    if (mode == 2) {
        snprintf(buf, sizeof buf, "cond: %" PRIu64 " fired, %" PRIu64 " wrong\n", cond_fired,
                 cond_bad);
        recomp_outs(buf);
    }
}

RECOMP_PLUGIN_EXPORT int recomp_plugin_install(recomp_plugin_id id, int argc, char **argv) {
    for (int i = 0; i < argc; i++) {
        if (!strcmp(argv[i], "mode=insn_inline"))
            mode = 0;
        else if (!strcmp(argv[i], "mode=insn_cb"))
            mode = 1;
        else if (!strcmp(argv[i], "mode=cond"))
            mode = 2;
        else
            return 1;
    }
    slot = (recomp_slot)recomp_scoreboard_alloc(id, 1);
    tb_slot = (recomp_slot)recomp_scoreboard_alloc(id, 1);
    recomp_register_tb_trans_cb(id, tb_trans);
    recomp_register_atexit_cb(id, at_exit, NULL);
    return 0;
}
