/*
 * cache.c - AOT caches at run time. See cache.h and docs/cache.md.
 *
 * Every ELF object that gets executable guest code is registered (path, content hash, load
 * bias, executable range), with or without a cache: the profile names blocks by (object hash,
 * link-time pc). A usable cache has its code section mapped into the top of the code region
 * (straight from the file, private, so that link patches and invalidation stubs copy only the
 * pages they touch); a PIC cache gets the object's load bias in its base slot.
 *
 * Invalidation: cached code is only made for bytes that came from the object file. They can
 * change only after the guest makes the range writable (mprotect with PROT_WRITE), unmaps it or
 * maps something else over it; then every cached block overlapping the range is disabled: its
 * entry test becomes an unconditional exit (so a block chained to it leaves at once) and lookups
 * skip it, and the JIT translates the new bytes. fence.i and riscv_flush_icache need nothing
 * here beyond undoing run-time links into JIT code (cache_unlink_runtime_links).
 */
#define _GNU_SOURCE
#include "cache.h"

#include <elf.h>
#include <errno.h>
#include <fcntl.h>
#include <inttypes.h>
#include <limits.h>
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "cache_abi.h"
#include "cache_file.h"
#include "gmem.h"
#include "x64_emit.h"

#define MAX_EXEC_SEGS 8

typedef struct rcache {
    cache_file cf;
    uint8_t *code; /* in the code region */
    uint64_t bias;
    uint64_t lo, hi;        /* run-time guest range holding every block */
    void **slot;            /* per block: the engine's tunit */
    _Atomic uint8_t *state; /* per block: 0 unused, 1 used, 2 disabled */
    struct rcache *_Atomic next;
} rcache;

typedef struct gobject {
    char *path;
    uint64_t hash, size, bias;
    uint64_t lo, hi; /* run-time executable range */
    struct gobject *next;
} gobject;

cache_stats cache_stat;
static cache_options copt;
static rcache *_Atomic caches; /* newest first; never freed */
static gobject *objects;
static pthread_mutex_t cache_mu = PTHREAD_MUTEX_INITIALIZER;
static bool main_done;

/* jmp rel32 fields in cached code that the engine linked at run time (to undo: rel32 = 0, the
 * exit's own link stub) */
static uint8_t **rlinks;
static size_t n_rlinks, cap_rlinks;

/* profile */
static uint64_t *prof;
static size_t n_prof, cap_prof;
static pthread_mutex_t prof_mu = PTHREAD_MUTEX_INITIALIZER;

static uint64_t now_ns(void) {
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (uint64_t)ts.tv_sec * 1000000000ull + (uint64_t)ts.tv_nsec;
}

void cache_init(const cache_options *o) {
    copt = *o;
    if (!copt.prog) copt.prog = "recomp-run";
}

static void warn(const char *path, const char *what, const char *why) {
    fprintf(stderr, "%s: warning: %s %s: %s; using the JIT for it\n", copt.prog, what, path, why);
    cache_stat.refused++;
}

/* -- objects ------------------------------------------------------------------------------- */

typedef struct elf_info {
    uint64_t hash, size;
    int n_exec;
    Elf64_Phdr exec[MAX_EXEC_SEGS];
} elf_info;

/* The program headers of a 64-bit RISC-V ELF file: fills ph[0 .. *n), at most 64. */
static bool read_phdrs(int fd, Elf64_Phdr ph[64], size_t *n) {
    Elf64_Ehdr eh;
    if (pread(fd, &eh, sizeof eh, 0) != (ssize_t)sizeof eh || memcmp(eh.e_ident, ELFMAG, SELFMAG) ||
        eh.e_ident[EI_CLASS] != ELFCLASS64 || eh.e_machine != EM_RISCV ||
        eh.e_phentsize != sizeof(Elf64_Phdr) || eh.e_phnum > 64)
        return false;
    *n = eh.e_phnum;
    return pread(fd, ph, *n * sizeof ph[0], (off_t)eh.e_phoff) == (ssize_t)(*n * sizeof ph[0]);
}

/* The executable PT_LOADs of a RISC-V ELF file and, with want_hash, its content hash (from a
 * stamp when the file is unchanged since it was last hashed). */
static bool read_elf(int fd, bool want_hash, elf_info *e) {
    struct stat st;
    Elf64_Phdr ph[64];
    size_t n;
    if (fstat(fd, &st) < 0 || !S_ISREG(st.st_mode) || !read_phdrs(fd, ph, &n)) return false;
    e->n_exec = 0;
    for (size_t i = 0; i < n; i++)
        if (ph[i].p_type == PT_LOAD && (ph[i].p_flags & PF_X) && e->n_exec < MAX_EXEC_SEGS)
            e->exec[e->n_exec++] = ph[i];
    if (!e->n_exec) return false;
    e->size = (uint64_t)st.st_size;
    e->hash = 0;
    if (!want_hash || cache_stamp_get("obj", &st, &e->hash)) return true;
    const uint8_t *m = mmap(NULL, e->size, PROT_READ, MAP_PRIVATE, fd, 0);
    if (m == MAP_FAILED) return false;
    e->hash = cache_hash(m, e->size);
    munmap((void *)m, e->size);
    cache_stamp_put("obj", &st, e->hash);
    return true;
}

/* Look for the object's cache: --cache (main program), PATH.cache, the cache directory. */
static int open_cache(const char *path, const elf_info *e, bool is_main, cache_file *cf) {
    char buf[PATH_MAX + 16], err[256];
    const char *cand[3];
    int n = 0;
    if (is_main && copt.main_cache) cand[n++] = copt.main_cache;
    char next[PATH_MAX + 16];
    snprintf(next, sizeof next, "%s.cache", path);
    cand[n++] = next;
    char dir[PATH_MAX];
    if (cache_dir(dir, sizeof dir, false) == 0) {
        cache_path_for_hash(dir, e->hash, buf, sizeof buf);
        cand[n++] = buf;
    }
    for (int i = 0; i < n; i++) {
        bool explicit = is_main && copt.main_cache && i == 0;
        if (!explicit && access(cand[i], F_OK) != 0) continue;
        if (cache_file_open(cand[i], cf, err, sizeof err) < 0) {
            warn(cand[i], "cache", err);
            continue;
        }
        if (cache_file_compatible(cf, e->hash, e->size, err, sizeof err) < 0) {
            warn(cand[i], "cache", err);
            cache_file_close(cf);
            continue;
        }
        return 0;
    }
    return -1;
}

/* Map the cache's code into the code region and publish it. */
static void attach_cache(cache_file *cf, const char *path, uint64_t bias) {
    const rc_header *h = cf->h;
    if (!(h->flags & RC_FLAG_PIC) && bias != 0) {
        warn(path, "cache for", "the object is loaded at a different address than compiled for");
        cache_file_close(cf);
        return;
    }
    rcache *c = calloc(1, sizeof *c);
    void **slot = calloc(h->n_blocks ? h->n_blocks : 1, sizeof *slot);
    _Atomic uint8_t *state = calloc(h->n_blocks ? h->n_blocks : 1, 1);
    uint8_t *area = c && slot && state ? engine_cache_area(h->code_size) : NULL;
    if (!area) {
        warn(path, "cache for", "no room in the code region");
        free(c);
        free(slot);
        free((void *)state);
        cache_file_close(cf);
        return;
    }
    if (cf->compressed) {
        memcpy(area, cf->code, h->code_size);
    } else if (mmap(area, h->code_size, PROT_READ | PROT_WRITE | PROT_EXEC, MAP_PRIVATE | MAP_FIXED,
                    cf->fd, (off_t)h->code_off) == MAP_FAILED) {
        /* the area stays anonymous RWX memory of the region: copy instead */
        memcpy(area, cf->code, h->code_size);
    }
    if (h->flags & RC_FLAG_PIC) memcpy(area + RC_SLOT_OFF, &bias, 8);
    if (copt.exact_stats) {
        /* every chain back to its stub: the dispatcher sees each block's first execution */
        for (uint32_t i = 0; i < h->n_links; i++)
            if (cf->links[i].target_block != UINT32_MAX) memset(area + cf->links[i].site, 0, 4);
    }
    c->cf = *cf;
    c->code = area;
    c->bias = bias;
    c->lo = h->text_lo + bias;
    c->hi = h->text_hi + bias;
    c->slot = slot;
    c->state = state;
    atomic_store(&c->next, atomic_load(&caches));
    atomic_store_explicit(&caches, c, memory_order_release);
    cache_stat.caches++;
    cache_stat.blocks_available += h->n_blocks;
}

static void register_object(const char *path, int fd, uint64_t bias, bool is_main) {
    uint64_t t0 = now_ns();
    elf_info e;
    /* the content hash names the object's cache and its profile lines: not needed otherwise */
    if (!read_elf(fd, !copt.disabled || copt.profile_out, &e)) return;
    pthread_mutex_lock(&cache_mu);
    gobject *o = calloc(1, sizeof *o);
    if (o) {
        o->path = strdup(path);
        o->hash = e.hash;
        o->size = e.size;
        o->bias = bias;
        o->lo = UINT64_MAX;
        for (int i = 0; i < e.n_exec; i++) {
            if (e.exec[i].p_vaddr + bias < o->lo) o->lo = e.exec[i].p_vaddr + bias;
            if (e.exec[i].p_vaddr + e.exec[i].p_memsz + bias > o->hi)
                o->hi = e.exec[i].p_vaddr + e.exec[i].p_memsz + bias;
        }
        o->next = objects;
        __atomic_store_n(&objects, o, __ATOMIC_RELEASE);
        cache_stat.objects++;
    }
    cache_file cf;
    if (!copt.disabled && open_cache(path, &e, is_main, &cf) == 0) attach_cache(&cf, path, bias);
    pthread_mutex_unlock(&cache_mu);
    cache_stat.load_ns += now_ns() - t0;
}

void cache_attach_object(const char *path, uint64_t bias) {
    int fd = open(path, O_RDONLY | O_CLOEXEC);
    if (fd < 0) return;
    bool is_main = !main_done;
    main_done = true;
    register_object(path, fd, bias, is_main);
    close(fd);
}

bool cache_pc_in_object(uint64_t pc) {
    /* lock-free (called under the engine's tb_lock, which attach_cache takes inside cache_mu):
     * the list only grows, each entry published complete */
    for (gobject *o = __atomic_load_n(&objects, __ATOMIC_ACQUIRE); o; o = o->next)
        if (pc >= o->lo && pc < o->hi) return true;
    return false;
}

/* -- invalidation ---------------------------------------------------------------------- */

/* Make block i of c leave at once on entry: its `jne rel32` after the exit_request test becomes
 * `nop; jmp rel32` to the same stub (exit LOOKUP at the block's own pc). */
static void disable_block(rcache *c, uint32_t i) {
    if (atomic_exchange(&c->state[i], 2) == 2) return;
    uint8_t *p = c->code + c->cf.blocks[i].host_off + 8;
    uint16_t jmp = 0xe990; /* bytes 90 e9 */
    __atomic_store_n((uint16_t *)p, jmp, __ATOMIC_RELEASE);
    cache_stat.blocks_invalidated++;
}

static bool invalidate_range(uint64_t lo, uint64_t hi) {
    bool any = false;
    for (rcache *c = atomic_load(&caches); c; c = atomic_load(&c->next)) {
        if (hi <= c->lo || lo >= c->hi) continue;
        const rc_block *b = c->cf.blocks;
        for (uint32_t i = 0; i < c->cf.h->n_blocks; i++) {
            uint64_t s = b[i].guest_pc + c->bias, e = s + b[i].guest_len;
            if (s < hi && e > lo) {
                disable_block(c, i);
                any = true;
            }
        }
    }
    return any;
}

void cache_on_munmap(uint64_t addr, uint64_t len) {
    if (invalidate_range(addr, addr + len)) engine_invalidate_all();
}

void cache_on_mprotect(uint64_t addr, uint64_t len, int prot) {
    if ((prot & PROT_WRITE) && invalidate_range(addr, addr + len)) engine_invalidate_all();
}

void cache_on_mmap(uint64_t addr, uint64_t len, int prot, int flags, int fd, uint64_t off) {
    if (invalidate_range(addr, addr + len)) engine_invalidate_all();
    if (!(prot & PROT_EXEC) || (flags & MAP_ANONYMOUS) || fd < 0) return;
    /* an ELF object's executable segment mapped from its file: its load bias follows from where
     * the segment's file offset landed */
    Elf64_Phdr ph[64];
    size_t n;
    if (!read_phdrs(fd, ph, &n)) return;
    for (size_t i = 0; i < n; i++) {
        if (ph[i].p_type != PT_LOAD || !(ph[i].p_flags & PF_X)) continue;
        if (ph[i].p_offset < off || ph[i].p_offset + ph[i].p_filesz > off + len) continue;
        uint64_t bias = addr + (ph[i].p_offset - off) - ph[i].p_vaddr;
        char link[64], path[PATH_MAX];
        snprintf(link, sizeof link, "/proc/self/fd/%d", fd);
        ssize_t k = readlink(link, path, sizeof path - 1);
        if (k <= 0) return;
        path[k] = 0;
        register_object(path, fd, bias, false);
        return;
    }
}

/* -- lookups ------------------------------------------------------------------------------- */

static void fill(rcache *c, uint32_t i, cache_block *out) {
    const rc_block *b = &c->cf.blocks[i];
    out->guest_pc = b->guest_pc + c->bias;
    out->guest_end = out->guest_pc + b->guest_len;
    out->host = c->code + b->host_off;
    out->host_len = b->host_len;
    out->n_insns = b->n_insns;
    out->n_faults = b->fault_n;
    out->faults = (const backend_fault *)&c->cf.faults[b->fault_first];
    out->regs = (const backend_regloc *)c->cf.regs;
    out->bias = c->bias;
    out->slot = &c->slot[i];
}

bool cache_find(uint64_t pc, cache_block *out) {
    for (rcache *c = atomic_load_explicit(&caches, memory_order_acquire); c;
         c = atomic_load(&c->next)) {
        if (pc < c->lo || pc >= c->hi) continue;
        uint64_t lp = pc - c->bias;
        const rc_block *b = c->cf.blocks;
        size_t lo = 0, hi = c->cf.h->n_blocks;
        while (lo < hi) {
            size_t mid = (lo + hi) / 2;
            if (b[mid].guest_pc < lp)
                lo = mid + 1;
            else
                hi = mid;
        }
        if (lo >= c->cf.h->n_blocks || b[lo].guest_pc != lp) continue;
        uint8_t st = atomic_load(&c->state[lo]);
        if (st == 2) continue;
        fill(c, (uint32_t)lo, out);
        out->first_use = st == 0;
        if (st == 0) {
            atomic_store(&c->state[lo], 1);
            cache_stat.blocks_used++;
            cache_stat.insns_used += b[lo].n_insns;
        }
        return true;
    }
    return false;
}

bool cache_owns_host(uintptr_t host) {
    for (rcache *c = atomic_load_explicit(&caches, memory_order_acquire); c;
         c = atomic_load(&c->next))
        if (host >= (uintptr_t)c->code && host < (uintptr_t)c->code + c->cf.h->code_size)
            return true;
    return false;
}

bool cache_find_host(uintptr_t host, cache_block *out) {
    for (rcache *c = atomic_load_explicit(&caches, memory_order_acquire); c;
         c = atomic_load(&c->next)) {
        if (host < (uintptr_t)c->code || host >= (uintptr_t)c->code + c->cf.h->code_size) continue;
        uint64_t off = host - (uintptr_t)c->code;
        const rc_block *b = c->cf.blocks;
        size_t lo = 0, hi = c->cf.h->n_blocks;
        while (lo < hi) {
            size_t mid = (lo + hi) / 2;
            if (off < b[mid].host_off)
                hi = mid;
            else if (off >= (uint64_t)b[mid].host_off + b[mid].host_len)
                lo = mid + 1;
            else {
                fill(c, (uint32_t)mid, out);
                out->first_use = false;
                return true;
            }
        }
        return false;
    }
    return false;
}

void cache_note_link(uint8_t *site) {
    if (n_rlinks == cap_rlinks) {
        size_t cap = cap_rlinks ? cap_rlinks * 2 : 256;
        uint8_t **n = realloc(rlinks, cap * sizeof *n);
        if (!n) { /* cannot remember it, so it cannot be undone later: undo it now */
            __atomic_store_n((uint32_t *)site, 0u, __ATOMIC_RELEASE);
            return;
        }
        rlinks = n;
        cap_rlinks = cap;
    }
    rlinks[n_rlinks++] = site;
}

void cache_unlink_runtime_links(void) {
    for (size_t i = 0; i < n_rlinks; i++)
        __atomic_store_n((uint32_t *)rlinks[i], 0u, __ATOMIC_RELEASE);
    n_rlinks = 0;
}

/* -- profile ------------------------------------------------------------------------------- */

void cache_profile_note(uint64_t pc) {
    if (!copt.profile_out) return;
    pthread_mutex_lock(&prof_mu);
    if (n_prof == cap_prof) {
        size_t cap = cap_prof ? cap_prof * 2 : 1024;
        uint64_t *n = realloc(prof, cap * sizeof *n);
        if (!n) {
            pthread_mutex_unlock(&prof_mu);
            return;
        }
        prof = n;
        cap_prof = cap;
    }
    prof[n_prof++] = pc;
    pthread_mutex_unlock(&prof_mu);
}

static int cmp_u64(const void *a, const void *b) {
    uint64_t x = *(const uint64_t *)a, y = *(const uint64_t *)b;
    return x < y ? -1 : x > y;
}

void cache_profile_write(void) {
    if (!copt.profile_out) return;
    pthread_mutex_lock(&prof_mu);
    FILE *f = fopen(copt.profile_out, "w");
    if (!f) {
        fprintf(stderr, "%s: warning: cannot write the profile %s: %s\n", copt.prog,
                copt.profile_out, strerror(errno));
        pthread_mutex_unlock(&prof_mu);
        return;
    }
    qsort(prof, n_prof, sizeof *prof, cmp_u64);
    fprintf(f, "# recomp profile v1: <object content hash> <link-time pc>, all hex\n");
    for (size_t i = 0; i < n_prof; i++) {
        if (i && prof[i] == prof[i - 1]) continue;
        for (gobject *o = objects; o; o = o->next) {
            if (prof[i] < o->lo || prof[i] >= o->hi) continue;
            fprintf(f, "%016" PRIx64 " %" PRIx64 "\n", o->hash, prof[i] - o->bias);
            break;
        }
    }
    fclose(f);
    pthread_mutex_unlock(&prof_mu);
}
