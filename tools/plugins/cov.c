/*
 * cov - basic-block coverage in the drcov format (version 2) that fuzzers and coverage viewers
 * (Lighthouse, bncov, drcov2lcov, ...) read (docs/plugins.md).
 *
 *   recomp-run --plugin build/plugins/cov.so[,file=PATH] guest args...
 *
 * Writes PATH (default: drcov.<pid>.log, so that a forked child writes its own) at exit:
 *
 *   DRCOV VERSION: 2
 *   DRCOV FLAVOR: recomp
 *   Module Table: version 2, count M
 *   Columns: id, base, end, entry, checksum, timestamp, path
 *    0, 0x0000000000010000, 0x000000000009f000, 0x0000000000010406, 0x00000000, 0x00000000, /p
 *   BB Table: N bbs
 *   <N binary records: u32 start (offset from the module base), u16 size (bytes), u16 module id>
 *
 * Modules are the mapped ELF files (program, interpreter, shared libraries), base = their lowest
 * guest address. A block is listed once if it ran at least once (an inline store of 1 into its
 * scoreboard slot marks it); blocks outside any file are left out.
 */
#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "recomp/plugin.h"

RECOMP_PLUGIN_DECLARE;

typedef struct module {
    char *path;
    uint64_t base, end, entry;
} module;

typedef struct bb {
    uint64_t pc;
    uint16_t size, mod;
    int64_t slot; /* -1: marked by callback in `hit` */
    uint8_t hit;
    struct bb *next;
} bb;

static recomp_plugin_id self;
static char out_path[4096];
static module *mods;
static size_t n_mods, cap_mods;
#define HASH_SIZE (1u << 16)
static bb *table[HASH_SIZE];

static int module_id(uint64_t pc) {
    recomp_module m;
    if (recomp_module_lookup(pc, &m) < 0) return -1;
    for (size_t i = 0; i < n_mods; i++)
        if (mods[i].base == m.base && !strcmp(mods[i].path, m.path)) {
            if (m.end > mods[i].end) mods[i].end = m.end;
            return (int)i;
        }
    if (n_mods == cap_mods) {
        size_t cap = cap_mods ? 2 * cap_mods : 16;
        module *n = realloc(mods, cap * sizeof *n);
        if (!n) return -1;
        mods = n;
        cap_mods = cap;
    }
    mods[n_mods] = (module){strdup(m.path), m.base, m.end, m.entry};
    return (int)n_mods++;
}

static void mark(unsigned vcpu, void *ud) {
    (void)vcpu;
    ((bb *)ud)->hit = 1;
}

static void tb_trans(recomp_plugin_id id, recomp_tb *tb) {
    (void)id;
    uint64_t pc = recomp_tb_vaddr(tb);
    size_t n = recomp_tb_n_insns(tb), size = 0;
    for (size_t i = 0; i < n; i++)
        size += recomp_insn_size(recomp_tb_get_insn(tb, i));
    uint32_t h = (uint32_t)((pc >> 1) * 0x9E3779B97F4A7C15ull >> 48);
    bb *b;
    for (b = table[h]; b; b = b->next)
        if (b->pc == pc && b->size == size) break;
    if (!b) {
        int mod = module_id(pc);
        if (mod < 0 || size > 0xffff || pc - mods[mod].base > 0xffffffffu) return;
        if (!(b = calloc(1, sizeof *b))) return;
        b->pc = pc;
        b->size = (uint16_t)size;
        b->mod = (uint16_t)mod;
        b->slot = recomp_scoreboard_alloc(self, 1);
        b->next = table[h];
        table[h] = b;
    }
    if (b->slot >= 0)
        recomp_register_tb_exec_inline(tb, RECOMP_INLINE_STORE_U64, (recomp_slot)b->slot, 1);
    else if (!b->hit)
        recomp_register_tb_exec_cb(tb, mark, RECOMP_CB_NO_REGS, b);
}

static void at_exit(recomp_plugin_id id, void *ud) {
    (void)id;
    (void)ud;
    if (!out_path[0]) snprintf(out_path, sizeof out_path, "drcov.%d.log", (int)getpid());
    FILE *f = fopen(out_path, "wb");
    if (!f) {
        fprintf(stderr, "cov plugin: cannot write %s\n", out_path);
        return;
    }
    size_t n = 0;
    for (uint32_t h = 0; h < HASH_SIZE; h++)
        for (bb *b = table[h]; b; b = b->next) {
            if (b->slot >= 0) b->hit = recomp_scoreboard_sum((recomp_slot)b->slot) != 0;
            n += b->hit;
        }
    fprintf(f, "DRCOV VERSION: 2\nDRCOV FLAVOR: recomp\n");
    fprintf(f, "Module Table: version 2, count %zu\n", n_mods);
    fprintf(f, "Columns: id, base, end, entry, checksum, timestamp, path\n");
    for (size_t i = 0; i < n_mods; i++)
        fprintf(f,
                "%2zu, 0x%016" PRIx64 ", 0x%016" PRIx64 ", 0x%016" PRIx64
                ", 0x00000000, 0x00000000, %s\n",
                i, mods[i].base, mods[i].end, mods[i].entry, mods[i].path);
    fprintf(f, "BB Table: %zu bbs\n", n);
    for (uint32_t h = 0; h < HASH_SIZE; h++)
        for (bb *b = table[h]; b; b = b->next) {
            if (!b->hit) continue;
            struct {
                uint32_t start;
                uint16_t size, mod;
            } e = {(uint32_t)(b->pc - mods[b->mod].base), b->size, b->mod};
            fwrite(&e, sizeof e, 1, f);
        }
    fclose(f);
}

RECOMP_PLUGIN_EXPORT int recomp_plugin_install(recomp_plugin_id id, int argc, char **argv) {
    self = id;
    for (int i = 0; i < argc; i++) {
        if (!strncmp(argv[i], "file=", 5) && argv[i][5]) {
            snprintf(out_path, sizeof out_path, "%s", argv[i] + 5);
        } else {
            fprintf(stderr, "cov plugin: unknown option '%s' (file=PATH)\n", argv[i]);
            return -1;
        }
    }
    recomp_register_tb_trans_cb(id, tb_trans);
    recomp_register_atexit_cb(id, at_exit, NULL);
    return 0;
}
