/*
 * insn - count executed guest instructions (docs/plugins.md).
 *
 *   recomp-run --plugin build/plugins/insn.so[,inline=on|off][,per_thread=on] guest args...
 *
 * inline=on (default): one inline add of the block's instruction count to a scoreboard slot at
 * the start of every block; no call. inline=off: a callback per block doing the same add in C.
 * At program exit prints "insns: N" (all threads), with per_thread=on also one
 * "thread K: insns N" line per thread as it exits.
 *
 * The count is spread over NSLOTS slots chosen by the block's address and summed at the end:
 * consecutive blocks then add to different memory words, and the generated code does not wait
 * for the previous block's add to complete (store-to-load forwarding, about 5 cycles per add
 * on one shared word, doubled the time of programs made of short blocks).
 */
#include <inttypes.h>
#include <stdio.h>
#include <string.h>

#include "recomp/plugin.h"

RECOMP_PLUGIN_DECLARE;

#define NSLOTS 64

static recomp_slot slot0;
static bool use_inline = true, per_thread;

static recomp_slot slot_of(uint64_t pc) {
    return slot0 + (recomp_slot)((pc >> 1) * 0x9E3779B97F4A7C15ull >> 58);
}

static void block_exec(unsigned vcpu, void *n) {
    recomp_scoreboard_set(vcpu, slot0, recomp_scoreboard_get(vcpu, slot0) + (uintptr_t)n);
}

static void tb_trans(recomp_plugin_id id, recomp_tb *tb) {
    (void)id;
    size_t n = recomp_tb_n_insns(tb);
    if (use_inline)
        recomp_register_tb_exec_inline(tb, RECOMP_INLINE_ADD_U64, slot_of(recomp_tb_vaddr(tb)), n);
    else
        recomp_register_tb_exec_cb(tb, block_exec, RECOMP_CB_NO_REGS, (void *)(uintptr_t)n);
}

static void thread_exit(recomp_plugin_id id, unsigned vcpu) {
    (void)id;
    uint64_t n = 0;
    for (recomp_slot s = 0; s < NSLOTS; s++)
        n += recomp_scoreboard_get(vcpu, slot0 + s);
    char buf[96];
    snprintf(buf, sizeof buf, "thread %u: insns %" PRIu64 "\n", vcpu, n);
    recomp_outs(buf);
}

static void at_exit(recomp_plugin_id id, void *ud) {
    (void)id;
    (void)ud;
    uint64_t n = 0;
    for (recomp_slot s = 0; s < NSLOTS; s++)
        n += recomp_scoreboard_sum(slot0 + s);
    char buf[64];
    snprintf(buf, sizeof buf, "insns: %" PRIu64 "\n", n);
    recomp_outs(buf);
}

RECOMP_PLUGIN_EXPORT int recomp_plugin_install(recomp_plugin_id id, int argc, char **argv) {
    for (int i = 0; i < argc; i++) {
        const char *eq = strchr(argv[i], '=');
        bool ok = eq != NULL;
        if (ok && !strncmp(argv[i], "inline=", 7))
            ok = recomp_bool_parse("inline", eq + 1, &use_inline);
        else if (ok && !strncmp(argv[i], "per_thread=", 11))
            ok = recomp_bool_parse("per_thread", eq + 1, &per_thread);
        else
            ok = false;
        if (!ok) {
            fprintf(stderr, "insn plugin: unknown option '%s' (inline=on|off, per_thread=on|off)\n",
                    argv[i]);
            return -1;
        }
    }
    int64_t s = recomp_scoreboard_alloc(id, NSLOTS);
    if (s < 0) return -1;
    slot0 = (recomp_slot)s;
    recomp_register_tb_trans_cb(id, tb_trans);
    if (per_thread) recomp_register_thread_exit_cb(id, thread_exit);
    recomp_register_atexit_cb(id, at_exit, NULL);
    return 0;
}
