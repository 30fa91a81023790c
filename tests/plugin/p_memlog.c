/*
 * p_memlog.c - test plugin: every memory access seen by memory callbacks, as text, in order
 * ("L|S size address value [a]" with a for atomics), to file=PATH (tests/run_plugin_tests.sh).
 * With inline=on it also counts loads and stores with inline memory operations and prints
 * "inline: L S" at exit, which must match the callback counts ("callbacks: L S").
 */
#include <inttypes.h>
#include <stdio.h>
#include <string.h>

#include "recomp/plugin.h"

RECOMP_PLUGIN_DECLARE;

static FILE *out;
static recomp_slot slot;
static uint64_t nl, ns;

static void on_access(unsigned vcpu, const recomp_mem_access *a, void *ud) {
    (void)vcpu;
    (void)ud;
    fprintf(out, "%c %u 0x%" PRIx64 " 0x%" PRIx64 "%s\n", a->is_store ? 'S' : 'L', a->size,
            a->vaddr, a->value, a->is_atomic ? " a" : "");
    if (a->is_store)
        ns++;
    else
        nl++;
}

static void tb_trans(recomp_plugin_id id, recomp_tb *tb) {
    (void)id;
    for (size_t i = 0; i < recomp_tb_n_insns(tb); i++) {
        recomp_insn *in = recomp_tb_get_insn(tb, i);
        recomp_register_mem_inline(in, RECOMP_MEM_R, RECOMP_INLINE_ADD_U64, slot, 1);
        recomp_register_mem_cb(in, on_access, RECOMP_CB_NO_REGS, RECOMP_MEM_RW, NULL);
        recomp_register_mem_inline(in, RECOMP_MEM_W, RECOMP_INLINE_ADD_U64, slot + 1, 1);
    }
}

static void at_exit(recomp_plugin_id id, void *ud) {
    (void)id;
    (void)ud;
    fprintf(out, "callbacks: %" PRIu64 " %" PRIu64 "\n", nl, ns);
    fprintf(out, "inline: %" PRIu64 " %" PRIu64 "\n", recomp_scoreboard_sum(slot),
            recomp_scoreboard_sum(slot + 1));
    fclose(out);
}

RECOMP_PLUGIN_EXPORT int recomp_plugin_install(recomp_plugin_id id, int argc, char **argv) {
    for (int i = 0; i < argc; i++)
        if (!strncmp(argv[i], "file=", 5)) out = fopen(argv[i] + 5, "w");
    if (!out) return 1;
    slot = (recomp_slot)recomp_scoreboard_alloc(id, 2);
    recomp_register_tb_trans_cb(id, tb_trans);
    recomp_register_atexit_cb(id, at_exit, NULL);
    return 0;
}
