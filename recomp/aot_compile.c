/*
 * aot_compile.c - discovered blocks -> cache file image. See aot_compile.h and
 * docs/cache-format.md.
 */
#define _GNU_SOURCE
#include "aot_compile.h"

#include <elf.h>
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>
#include <zstd.h>

#include "backend.h"
#include "cache_abi.h"
#include "ir.h"
#include "lift.h"
#include "recomp/cache_format.h"

#define BLOCK_ALIGN 16u
#define CODE_BUF    (256u << 10)

typedef struct block_result {
    uint8_t *code; /* NULL: not compiled */
    uint32_t len, guest_len, n_insns;
    uint32_t n_faults, n_regs, n_links, n_prel;
    backend_fault *faults;
    backend_regloc *regs;
    backend_link *links;
    uint32_t *prel;
    uint32_t off; /* placement in the code section */
    bool region;  /* compiled as a region (lift.h) */
} block_result;

/* The blocks being compiled: pcs[i] sorted, res[i] its result. */
typedef struct block_set {
    uint64_t *pcs;
    block_result *res;
    size_t n;
} block_set;

typedef struct compile_job {
    const aot_image *img;
    const aot_compile_opts *o;
    block_set *set;
    size_t first; /* compile set[first .. n) */
    atomic_size_t next;
    atomic_size_t done;
    atomic_int oom;
} compile_job;

static void *dup_mem(const void *p, size_t n) {
    if (!n) return NULL;
    void *q = malloc(n);
    if (q) memcpy(q, p, n);
    return q;
}

static int compile_one(compile_job *j, ir_unit *u, backend_out *bo, uint8_t *buf, size_t i) {
    uint64_t pc = j->set->pcs[i];
    int max = j->o->max_insns ? j->o->max_insns : LIFT_MAX_INSNS;
    bool pic = j->img->type == ET_DYN;
    /* a region first (the plain unit when pc starts none, or it does not compile) */
    bool region = !j->o->no_regions;
    int region_max = j->o->max_insns ? j->o->max_insns : REGION_MAX_INSNS;
    for (;;) {
        if (region) {
            int lr = rv64_lift_region(u, pc, region_max, aot_fetch, (void *)j->img);
            if (lr < 0) return 0;
            region = lr > 0;
        }
        if (!region && rv64_lift_unit(u, pc, max, aot_fetch, (void *)j->img) < 0) return 0;
        u->pic = pic;
        ir_optimize(u);
        x64_buf b = x64_buf_init(buf, CODE_BUF);
        int rc = backend_emit(u, &b, bo);
        if (b.overflow || rc < 0) {
            if (region) {
                region = false;
                continue;
            }
            if (max > 1) {
                max /= 2;
                continue;
            }
            return 0;
        }
        block_result *r = &j->set->res[i];
        r->region = region;
        r->len = (uint32_t)x64_buf_len(&b);
        r->guest_len = (uint32_t)(u->guest_end - u->guest_pc);
        r->n_insns = u->n_guest;
        r->n_faults = bo->n_faults;
        r->n_regs = bo->n_regs;
        r->n_links = bo->n_links;
        r->n_prel = bo->n_prel;
        r->code = dup_mem(buf, r->len);
        r->faults = dup_mem(bo->faults, bo->n_faults * sizeof *bo->faults);
        r->regs = dup_mem(bo->regs, bo->n_regs * sizeof *bo->regs);
        r->links = dup_mem(bo->links, bo->n_links * sizeof *bo->links);
        r->prel = dup_mem(bo->prel, bo->n_prel * sizeof *bo->prel);
        if (!r->code || (r->n_faults && !r->faults) || (r->n_regs && !r->regs) ||
            (r->n_links && !r->links) || (r->n_prel && !r->prel))
            return -1;
        return 0;
    }
}

static void *worker(void *arg) {
    compile_job *j = arg;
    ir_unit *u = malloc(sizeof *u);
    backend_out *bo = malloc(sizeof *bo);
    uint8_t *buf = malloc(CODE_BUF);
    if (!u || !bo || !buf) {
        atomic_store(&j->oom, 1);
    } else {
        for (;;) {
            size_t i = j->first + atomic_fetch_add(&j->next, 1);
            if (i >= j->set->n || atomic_load(&j->oom)) break;
            if (compile_one(j, u, bo, buf, i) < 0) atomic_store(&j->oom, 1);
            atomic_fetch_add(&j->done, 1);
        }
    }
    free(u);
    free(bo);
    free(buf);
    return NULL;
}

static void run_workers(compile_job *j) {
    int n = j->o->jobs > 0 ? j->o->jobs : 1;
    if (n > 64) n = 64;
    pthread_t th[64];
    int started = 0;
    for (int i = 1; i < n; i++)
        if (pthread_create(&th[started], NULL, worker, j) == 0) started++;
    if (j->o->progress && j->set->n - j->first > 2000) {
        /* the calling thread shows progress while the workers compile, then joins in */
        for (;;) {
            size_t done = atomic_load(&j->done), total = j->set->n - j->first;
            fprintf(stderr, "\rrecomp: %s: compiling %zu/%zu blocks (%zu%%)", j->o->label, done,
                    total, total ? done * 100 / total : 100);
            if (done >= total || atomic_load(&j->oom) || started == 0) break;
            struct timespec ts = {0, 100 * 1000 * 1000};
            nanosleep(&ts, NULL);
        }
        fprintf(stderr, "\r\033[K");
    }
    worker(j);
    for (int i = 0; i < started; i++)
        pthread_join(th[i], NULL);
}

/* Index of the block starting at pc in the set (compiled or not), or -1. */
static long find_pc(const block_set *bs, uint64_t pc) {
    size_t lo = 0, hi = bs->n;
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        if (bs->pcs[mid] < pc)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo < bs->n && bs->pcs[lo] == pc ? (long)lo : -1;
}

/* Index of the compiled block starting at pc, or -1. */
static long find_block(const block_set *bs, uint64_t pc) {
    long i = find_pc(bs, pc);
    return i >= 0 && bs->res[i].code ? i : -1;
}

static int cmp_u64(const void *a, const void *b) {
    uint64_t x = *(const uint64_t *)a, y = *(const uint64_t *)b;
    return x < y ? -1 : x > y;
}

/* Direct exits of compiled blocks whose targets the set lacks (a unit cut shorter than in
 * discovery, when the backend needed a retry, ends in a continuation discovery did not see):
 * add them, sorted, at the end of the arrays (compiled next, then merged in). Returns how many
 * were added, or -1 when out of memory. */
static long add_missing_targets(block_set *bs, const aot_image *img) {
    size_t cap = 0, n_new = 0;
    uint64_t *add = NULL;
    for (size_t i = 0; i < bs->n; i++) {
        const block_result *r = &bs->res[i];
        for (uint32_t k = 0; r->code && k < r->n_links; k++) {
            uint64_t t = r->links[k].guest_target;
            if (find_pc(bs, t) >= 0 || !aot_in_exec(img, t, 2) || (t & 1)) continue;
            if (n_new == cap) {
                cap = cap ? cap * 2 : 64;
                uint64_t *na = realloc(add, cap * sizeof *na);
                if (!na) {
                    free(add);
                    return -1;
                }
                add = na;
            }
            add[n_new++] = t;
        }
    }
    if (!n_new) return 0;
    qsort(add, n_new, sizeof *add, cmp_u64);
    size_t u = 0;
    for (size_t i = 0; i < n_new; i++)
        if (!u || add[i] != add[u - 1]) add[u++] = add[i];
    uint64_t *pcs = realloc(bs->pcs, (bs->n + u) * sizeof *pcs);
    if (pcs) bs->pcs = pcs;
    block_result *res = pcs ? realloc(bs->res, (bs->n + u) * sizeof *res) : NULL;
    if (!pcs || !res) {
        free(add);
        return -1;
    }
    bs->res = res;
    memcpy(bs->pcs + bs->n, add, u * sizeof *add);
    memset(bs->res + bs->n, 0, u * sizeof *res);
    free(add);
    return (long)u;
}

/* Merge the sorted additions bs[split .. n) into the sorted bs[0 .. split). */
static int merge_tail(block_set *bs, size_t split) {
    uint64_t *pcs = malloc(bs->n * sizeof *pcs);
    block_result *res = malloc(bs->n * sizeof *res);
    if (!pcs || !res) {
        free(pcs);
        free(res);
        return -1;
    }
    for (size_t i = 0, k = split, n = 0; n < bs->n; n++) {
        size_t from = (k >= bs->n || (i < split && bs->pcs[i] < bs->pcs[k])) ? i++ : k++;
        pcs[n] = bs->pcs[from];
        res[n] = bs->res[from];
    }
    free(bs->pcs);
    free(bs->res);
    bs->pcs = pcs;
    bs->res = res;
    return 0;
}

static void put32(uint8_t *p, int32_t v) {
    memcpy(p, &v, 4);
}

/* Compile bs[first .. n) with the workers. Returns -1 when out of memory. */
static int compile_range(block_set *bs, size_t first, const aot_image *img,
                         const aot_compile_opts *o) {
    compile_job j = {.img = img, .o = o, .set = bs, .first = first};
    run_workers(&j);
    return atomic_load(&j.oom) ? -1 : 0;
}

int aot_compile(const aot_image *img, const aot_discovery *d, const aot_compile_opts *o,
                uint8_t **file_out, size_t *size_out, aot_compile_stats *st, char *err,
                size_t errlen) {
    aot_compile_stats dummy;
    if (!st) st = &dummy;
    memset(st, 0, sizeof *st);
    block_set bs = {.n = d->n_blocks};
    bs.pcs = malloc((d->n_blocks ? d->n_blocks : 1) * sizeof *bs.pcs);
    bs.res = calloc(d->n_blocks ? d->n_blocks : 1, sizeof *bs.res);
    int rc = -1;
    uint8_t *file = NULL;
    if (!bs.pcs || !bs.res) {
        snprintf(err, errlen, "out of memory");
        goto out;
    }
    memcpy(bs.pcs, d->blocks, d->n_blocks * sizeof *bs.pcs);
    /* the discovered blocks, then (a few rounds at most) the exit targets they lack */
    bool oom = compile_range(&bs, 0, img, o) < 0;
    for (int round = 0; !oom && round < 8; round++) {
        size_t before = bs.n;
        long added = add_missing_targets(&bs, img);
        if (added <= 0) {
            oom = added < 0;
            break;
        }
        bs.n += (size_t)added;
        oom = compile_range(&bs, before, img, o) < 0 || merge_tail(&bs, before) < 0;
    }
    if (oom) {
        snprintf(err, errlen, "out of memory");
        goto out;
    }
    block_result *res = bs.res;

    /* layout: code offsets, table sizes, guest range */
    uint64_t code_len = RC_CODE_START, n_faults = 0, n_regs = 0, n_links = 0;
    uint64_t lo = UINT64_MAX, hi = 0;
    size_t n_ok = 0;
    for (size_t i = 0; i < bs.n; i++) {
        block_result *r = &res[i];
        if (!r->code) {
            st->n_failed++;
            continue;
        }
        code_len = (code_len + BLOCK_ALIGN - 1) & ~(uint64_t)(BLOCK_ALIGN - 1);
        r->off = (uint32_t)code_len;
        code_len += r->len;
        n_faults += r->n_faults;
        n_regs += r->n_regs;
        n_links += r->n_links;
        if (bs.pcs[i] < lo) lo = bs.pcs[i];
        if (bs.pcs[i] + r->guest_len > hi) hi = bs.pcs[i] + r->guest_len;
        st->n_insns += r->n_insns;
        st->n_regions += r->region;
        n_ok++;
    }
    if (code_len > UINT32_MAX / 2 || n_faults > UINT32_MAX / 2 || n_regs > UINT32_MAX / 2) {
        snprintf(err, errlen, "object too large for one cache (%llu bytes of code)",
                 (unsigned long long)code_len);
        goto out;
    }
    if (!n_ok) lo = hi = 0;
    size_t n_segs = 0;
    for (size_t i = 0; i < img->n_segs; i++)
        if (img->segs[i].flags & PF_X) n_segs++;
    if (n_segs > RC_MAX_SEGS) {
        snprintf(err, errlen, "too many executable segments (%zu)", n_segs);
        goto out;
    }
    rc_header h;
    memset(&h, 0, sizeof h);
    uint64_t off = sizeof h;
    h.seg_off = off;
    off += n_segs * sizeof(rc_segment);
    h.index_off = off;
    off += n_ok * sizeof(rc_block);
    h.fault_off = off;
    off += n_faults * sizeof(rc_fault);
    h.regs_off = off;
    off += n_regs * sizeof(rc_regloc);
    h.link_off = off;
    off += n_links * sizeof(rc_link);
    h.code_off = (off + RC_PAGE - 1) & ~(uint64_t)(RC_PAGE - 1);
    h.code_size = (code_len + RC_PAGE - 1) & ~(uint64_t)(RC_PAGE - 1);
    h.file_size = h.code_off + h.code_size;
    file = calloc(1, h.file_size);
    if (!file) {
        snprintf(err, errlen, "out of memory");
        goto out;
    }
    rc_segment *segs = (rc_segment *)(file + h.seg_off);
    rc_block *blocks = (rc_block *)(file + h.index_off);
    rc_fault *faults = (rc_fault *)(file + h.fault_off);
    rc_regloc *regs = (rc_regloc *)(file + h.regs_off);
    rc_link *links = (rc_link *)(file + h.link_off);
    uint8_t *code = file + h.code_off;
    for (size_t i = 0, k = 0; i < img->n_segs; i++)
        if (img->segs[i].flags & PF_X)
            segs[k++] = (rc_segment){img->segs[i].offset, img->segs[i].vaddr, img->segs[i].filesz,
                                     img->segs[i].memsz};

    /* blocks, side tables, code with its base-slot displacements */
    uint32_t bi = 0, fi = 0, ri = 0, li = 0;
    for (size_t i = 0; i < bs.n; i++) {
        block_result *r = &res[i];
        if (!r->code) continue;
        blocks[bi] = (rc_block){.guest_pc = bs.pcs[i],
                                .guest_len = r->guest_len,
                                .n_insns = r->n_insns,
                                .host_off = r->off,
                                .host_len = r->len,
                                .fault_first = fi,
                                .fault_n = r->n_faults};
        for (uint32_t k = 0; k < r->n_faults; k++) {
            const backend_fault *f = &r->faults[k];
            faults[fi++] = (rc_fault){f->host_off, f->pc_off, ri + f->first, f->n};
        }
        if (r->n_regs) memcpy(&regs[ri], r->regs, r->n_regs * sizeof *regs);
        ri += r->n_regs;
        memcpy(code + r->off, r->code, r->len);
        for (uint32_t k = 0; k < r->n_prel; k++) {
            uint64_t field = (uint64_t)r->off + r->prel[k];
            put32(code + field, (int32_t)((int64_t)RC_SLOT_OFF - (int64_t)(field + 4)));
        }
        bi++;
    }
    /* direct exits: resolved to the target block when the cache has it */
    for (size_t i = 0; i < bs.n; i++) {
        block_result *r = &res[i];
        if (!r->code) continue;
        for (uint32_t k = 0; k < r->n_links; k++) {
            uint32_t site = r->off + r->links[k].host_off;
            long t = find_block(&bs, r->links[k].guest_target);
            uint32_t tb = UINT32_MAX;
            if (t >= 0) {
                put32(code + site, (int32_t)((int64_t)res[t].off - (int64_t)(site + 4)));
                /* the block index of t among the compiled blocks */
                size_t lo2 = 0, hi2 = bi;
                while (lo2 < hi2) {
                    size_t mid = (lo2 + hi2) / 2;
                    if (blocks[mid].guest_pc < bs.pcs[t])
                        lo2 = mid + 1;
                    else
                        hi2 = mid;
                }
                tb = (uint32_t)lo2;
                st->n_links_resolved++;
            }
            links[li++] = (rc_link){site, tb, r->links[k].guest_target};
        }
    }
    st->n_blocks = n_ok;
    st->n_links = n_links;
    st->code_bytes = code_len;

    memcpy(h.magic, RC_MAGIC, 8);
    h.format_version = RC_FORMAT_VERSION;
    h.abi_version = cache_abi_version();
    h.host_features = cache_required_features();
    h.machine = EM_RISCV;
    h.elf_type = img->type;
    h.flags = img->type == ET_DYN ? RC_FLAG_PIC : 0;
    h.object_hash = cache_hash(img->data, img->size);
    h.object_size = img->size;
    h.text_lo = lo;
    h.text_hi = hi;
    h.n_segs = (uint32_t)n_segs;
    h.n_blocks = (uint32_t)n_ok;
    h.n_faults = (uint32_t)n_faults;
    h.n_regs = (uint32_t)n_regs;
    h.n_links = (uint32_t)n_links;
    h.exec_bytes = d->exec_bytes;
    h.covered_bytes = d->covered_bytes;
    h.n_functions = (uint32_t)d->n_functions;
    h.n_insns = (uint32_t)(st->n_insns > UINT32_MAX ? UINT32_MAX : st->n_insns);
    h.created = (uint64_t)time(NULL);
    memcpy(file, &h, sizeof h);
    h.payload_hash = cache_hash(file + sizeof h, h.file_size - sizeof h);
    memcpy(file, &h, sizeof h);
    *file_out = file;
    *size_out = h.file_size;
    file = NULL;
    rc = 0;
out:
    free(file);
    for (size_t i = 0; bs.res && i < bs.n; i++) {
        free(bs.res[i].code);
        free(bs.res[i].faults);
        free(bs.res[i].regs);
        free(bs.res[i].links);
        free(bs.res[i].prel);
    }
    free(bs.res);
    free(bs.pcs);
    return rc;
}

int aot_compress(const uint8_t *file, size_t size, int level, uint8_t **out, size_t *out_size) {
    size_t cap = ZSTD_compressBound(size) + 16;
    uint8_t *buf = malloc(cap);
    if (!buf) return -1;
    memcpy(buf, RC_ZMAGIC, 8);
    uint64_t sz = size;
    memcpy(buf + 8, &sz, 8);
    size_t n = ZSTD_compress(buf + 16, cap - 16, file, size, level);
    if (ZSTD_isError(n)) {
        free(buf);
        return -1;
    }
    *out = buf;
    *out_size = n + 16;
    return 0;
}
