/*
 * hotpages - memory access heat per page (docs/plugins.md).
 *
 *   recomp-run --plugin build/plugins/hotpages.so[,n=20][,pagesize=4096][,file=PATH] guest ...
 *
 * Counts the loads and stores that touch each guest page (an access is counted in the page of
 * its first byte) and prints, at exit, the n pages with the most accesses: page address, loads,
 * stores, total, share of all accesses, and the file mapped there if any. Counting is a
 * callback per access into a lock-free hash table (2^20 pages; further pages are counted as
 * "other").
 */
#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "recomp/plugin.h"

RECOMP_PLUGIN_DECLARE;

typedef struct page {
    uint64_t key; /* page number + 1; 0 = empty */
    uint64_t n[2];
} page;

#define TABLE_BITS 20
#define TABLE_SIZE (1u << TABLE_BITS)

static page *table;
static uint64_t other[2];
static unsigned shift = 12;
static size_t top_n = 20;
static const char *out_path;

static page *find(uint64_t key) {
    uint64_t h = (key * 0x9E3779B97F4A7C15ull) >> (64 - TABLE_BITS);
    for (uint32_t i = 0; i < 64; i++) {
        page *p = &table[(h + i) & (TABLE_SIZE - 1)];
        uint64_t k = __atomic_load_n(&p->key, __ATOMIC_ACQUIRE);
        if (k == key) return p;
        if (k == 0) {
            uint64_t zero = 0;
            if (__atomic_compare_exchange_n(&p->key, &zero, key, false, __ATOMIC_ACQ_REL,
                                            __ATOMIC_ACQUIRE) ||
                zero == key)
                return p;
        }
    }
    return NULL;
}

static void on_access(unsigned vcpu, const recomp_mem_access *a, void *ud) {
    (void)vcpu;
    (void)ud;
    page *p = find((a->vaddr >> shift) + 1);
    __atomic_add_fetch(p ? &p->n[a->is_store] : &other[a->is_store], 1, __ATOMIC_RELAXED);
}

static void tb_trans(recomp_plugin_id id, recomp_tb *tb) {
    (void)id;
    for (size_t i = 0; i < recomp_tb_n_insns(tb); i++)
        recomp_register_mem_cb(recomp_tb_get_insn(tb, i), on_access, RECOMP_CB_NO_REGS,
                               RECOMP_MEM_RW, NULL);
}

static int by_total(const void *x, const void *y) {
    const page *a = *(page *const *)x, *b = *(page *const *)y;
    uint64_t ta = a->n[0] + a->n[1], tb = b->n[0] + b->n[1];
    if (ta != tb) return ta > tb ? -1 : 1;
    return a->key < b->key ? -1 : a->key > b->key;
}

static void at_exit(recomp_plugin_id id, void *ud) {
    (void)id;
    (void)ud;
    size_t used = 0;
    uint64_t total = other[0] + other[1];
    for (uint32_t i = 0; i < TABLE_SIZE; i++)
        if (table[i].key) {
            used++;
            total += table[i].n[0] + table[i].n[1];
        }
    page **all = malloc((used ? used : 1) * sizeof *all);
    if (!all) return;
    size_t k = 0;
    for (uint32_t i = 0; i < TABLE_SIZE; i++)
        if (table[i].key) all[k++] = &table[i];
    qsort(all, k, sizeof *all, by_total);
    FILE *out = out_path ? fopen(out_path, "w") : stderr;
    if (!out) out = stderr;
    fprintf(out, "hotpages: %zu pages of %u bytes, %" PRIu64 " accesses\n", k, 1u << shift, total);
    fprintf(out, "%5s  %-18s %14s %14s %14s %6s  %s\n", "rank", "page", "loads", "stores", "total",
            "%", "mapping");
    for (size_t i = 0; i < k && i < top_n; i++) {
        const page *p = all[i];
        uint64_t addr = (p->key - 1) << shift, t = p->n[0] + p->n[1];
        recomp_module m;
        const char *where = recomp_module_lookup(addr, &m) == 0 ? m.path : "";
        fprintf(out, "%5zu  0x%016" PRIx64 " %14" PRIu64 " %14" PRIu64 " %14" PRIu64 " %6.2f  %s\n",
                i + 1, addr, p->n[0], p->n[1], t, total ? 100.0 * (double)t / (double)total : 0.0,
                where);
    }
    if (other[0] + other[1])
        fprintf(out, "other pages (table full): %" PRIu64 " loads, %" PRIu64 " stores\n", other[0],
                other[1]);
    if (out != stderr)
        fclose(out);
    else
        fflush(out);
    free(all);
}

RECOMP_PLUGIN_EXPORT int recomp_plugin_install(recomp_plugin_id id, int argc, char **argv) {
    for (int i = 0; i < argc; i++) {
        const char *a = argv[i], *eq = strchr(a, '=');
        if (eq && !strncmp(a, "n=", 2)) {
            top_n = strtoul(eq + 1, NULL, 10);
        } else if (eq && !strncmp(a, "pagesize=", 9)) {
            unsigned long ps = strtoul(eq + 1, NULL, 0);
            if (!ps || (ps & (ps - 1))) {
                fprintf(stderr, "hotpages plugin: pagesize must be a power of two\n");
                return -1;
            }
            shift = (unsigned)__builtin_ctzl(ps);
        } else if (eq && !strncmp(a, "file=", 5)) {
            out_path = eq + 1;
        } else {
            fprintf(stderr,
                    "hotpages plugin: unknown option '%s' (n=N, pagesize=BYTES, file=PATH)\n", a);
            return -1;
        }
    }
    table = calloc(TABLE_SIZE, sizeof *table);
    if (!table) return -1;
    recomp_register_tb_trans_cb(id, tb_trans);
    recomp_register_atexit_cb(id, at_exit, NULL);
    return 0;
}
