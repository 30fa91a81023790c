/*
 * bb - execution counts of basic blocks; prints the hottest ones with symbol names at exit
 * (docs/plugins.md).
 *
 *   recomp-run --plugin build/plugins/bb.so[,n=20][,inline=on|off][,file=PATH] guest args...
 *
 * Every distinct block (start pc, length) gets a scoreboard slot; inline=on (default) counts an
 * execution with an inline add, inline=off with a callback (atomic add). Output, sorted by
 * executions: rank, executions, instructions executed in the block (and their share of all),
 * block pc, length in instructions, function+offset.
 */
#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "recomp/plugin.h"

RECOMP_PLUGIN_DECLARE;

typedef struct block {
    uint64_t pc;
    uint32_t n_insns;
    int64_t slot;    /* scoreboard slot, or -1: counted by callback in `count` */
    uint64_t count;  /* callback counts; at exit the total */
    const char *sym; /* function, or NULL */
    uint64_t sym_off;
    struct block *next;
} block;

static recomp_plugin_id self;
static size_t top_n = 20;
static bool use_inline = true;
static const char *out_path;

#define HASH_SIZE (1u << 16)
static block *table[HASH_SIZE];
static size_t n_blocks;

static uint32_t hash(uint64_t pc, uint32_t n) {
    return (uint32_t)(((pc >> 1) ^ (uint64_t)n << 40) * 0x9E3779B97F4A7C15ull >> 48);
}

/* Translation callbacks are serialised: no lock needed for the table. */
static block *block_get(uint64_t pc, uint32_t n) {
    uint32_t h = hash(pc, n);
    for (block *b = table[h]; b; b = b->next)
        if (b->pc == pc && b->n_insns == n) return b;
    block *b = calloc(1, sizeof *b);
    if (!b) return NULL;
    b->pc = pc;
    b->n_insns = n;
    b->slot = use_inline ? recomp_scoreboard_alloc(self, 1) : -1;
    b->sym = recomp_symbol_lookup(pc, &b->sym_off);
    b->next = table[h];
    table[h] = b;
    n_blocks++;
    return b;
}

static void block_exec(unsigned vcpu, void *ud) {
    (void)vcpu;
    __atomic_add_fetch(&((block *)ud)->count, 1, __ATOMIC_RELAXED);
}

static void tb_trans(recomp_plugin_id id, recomp_tb *tb) {
    (void)id;
    uint32_t n = (uint32_t)recomp_tb_n_insns(tb);
    block *b = block_get(recomp_tb_vaddr(tb), n);
    if (!b) return;
    if (b->slot >= 0)
        recomp_register_tb_exec_inline(tb, RECOMP_INLINE_ADD_U64, (recomp_slot)b->slot, 1);
    else
        recomp_register_tb_exec_cb(tb, block_exec, RECOMP_CB_NO_REGS, b);
}

static int by_count(const void *x, const void *y) {
    const block *a = *(block *const *)x, *b = *(block *const *)y;
    uint64_t ia = a->count * a->n_insns, ib = b->count * b->n_insns;
    if (a->count != b->count) return a->count > b->count ? -1 : 1;
    if (ia != ib) return ia > ib ? -1 : 1;
    return a->pc < b->pc ? -1 : a->pc > b->pc;
}

static void at_exit(recomp_plugin_id id, void *ud) {
    (void)id;
    (void)ud;
    block **all = malloc((n_blocks ? n_blocks : 1) * sizeof *all);
    if (!all) return;
    size_t k = 0;
    uint64_t total_insns = 0, total_execs = 0;
    for (uint32_t h = 0; h < HASH_SIZE; h++) {
        for (block *b = table[h]; b; b = b->next) {
            if (b->slot >= 0) b->count = recomp_scoreboard_sum((recomp_slot)b->slot);
            total_insns += b->count * b->n_insns;
            total_execs += b->count;
            all[k++] = b;
        }
    }
    qsort(all, k, sizeof *all, by_count);
    FILE *out = stderr;
    if (out_path && !(out = fopen(out_path, "w"))) {
        fprintf(stderr, "bb plugin: cannot write %s\n", out_path);
        out = stderr;
    }
    fprintf(out, "bb: %zu blocks, %" PRIu64 " block executions, %" PRIu64 " instructions\n", k,
            total_execs, total_insns);
    fprintf(out, "%5s %14s %14s %6s  %-18s %5s  %s\n", "rank", "executions", "insns", "%", "pc",
            "len", "function");
    for (size_t i = 0; i < k && i < top_n; i++) {
        const block *b = all[i];
        uint64_t insns = b->count * b->n_insns;
        char where[256];
        if (b->sym)
            snprintf(where, sizeof where, "%s+0x%" PRIx64, b->sym, b->sym_off);
        else
            snprintf(where, sizeof where, "?");
        fprintf(out, "%5zu %14" PRIu64 " %14" PRIu64 " %6.2f  0x%016" PRIx64 " %5u  %s\n", i + 1,
                b->count, insns, total_insns ? 100.0 * (double)insns / (double)total_insns : 0.0,
                b->pc, b->n_insns, where);
    }
    if (out != stderr)
        fclose(out);
    else
        fflush(out);
    free(all);
}

RECOMP_PLUGIN_EXPORT int recomp_plugin_install(recomp_plugin_id id, int argc, char **argv) {
    self = id;
    for (int i = 0; i < argc; i++) {
        const char *a = argv[i], *eq = strchr(a, '=');
        bool ok = eq != NULL;
        if (ok && !strncmp(a, "n=", 2))
            top_n = strtoul(eq + 1, NULL, 10);
        else if (ok && !strncmp(a, "inline=", 7))
            ok = recomp_bool_parse("inline", eq + 1, &use_inline);
        else if (ok && !strncmp(a, "file=", 5))
            out_path = eq + 1;
        else
            ok = false;
        if (!ok) {
            fprintf(stderr, "bb plugin: unknown option '%s' (n=N, inline=on|off, file=PATH)\n", a);
            return -1;
        }
    }
    recomp_register_tb_trans_cb(id, tb_trans);
    recomp_register_atexit_cb(id, at_exit, NULL);
    return 0;
}
