/*
 * p_noop.c - test plugin that looks at every block and registers nothing: the generated code
 * must be exactly the code made without any plugin (tests/run_plugin_tests.sh compares the
 * -d out_asm dumps). Also checks that translation-time queries work.
 */
#include <string.h>

#include "recomp/plugin.h"

RECOMP_PLUGIN_DECLARE;

static void tb_trans(recomp_plugin_id id, recomp_tb *tb) {
    (void)id;
    for (size_t i = 0; i < recomp_tb_n_insns(tb); i++) {
        recomp_insn *in = recomp_tb_get_insn(tb, i);
        (void)recomp_insn_disas(in);
        (void)recomp_insn_symbol(in);
    }
}

RECOMP_PLUGIN_EXPORT int recomp_plugin_install(recomp_plugin_id id, int argc, char **argv) {
    (void)argc;
    (void)argv;
    recomp_register_tb_trans_cb(id, tb_trans);
    return 0;
}
