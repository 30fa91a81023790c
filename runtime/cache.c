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
 * maps something else over it, or - on the pages of a writable and executable segment, which
 * are write-protected on the host for this - stores to it; then every cached block overlapping
 * the range is disabled: its entry test becomes an unconditional exit (so a block chained to it
 * leaves at once) and lookups skip it, and the JIT translates the new bytes. When the range is
 * made non-writable again, the disabled blocks whose bytes equal the object file's are enabled
 * again (reverify). fence.i and riscv_flush_icache need nothing here beyond undoing run-time
 * links into JIT code (cache_unlink_runtime_links).
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
#include <signal.h>
#include <time.h>
#include <ucontext.h>
#include <unistd.h>

#include "cache_abi.h"
#include "cache_file.h"
#include "gmem.h"
#include "x64_emit.h"

#define MAX_EXEC_SEGS 8

/* The identity of a file as stamps record it: unchanged identity, unchanged content. */
typedef struct file_id {
    uint64_t dev, ino, size, mtime_ns, ctime_ns;
} file_id;

typedef struct rcache {
    cache_file cf;
    uint8_t *code; /* in the code region */
    uint64_t bias;
    uint64_t lo, hi;     /* run-time guest range holding every block */
    _Atomic uint8_t *st; /* 2 bits per block (ST_USED, ST_DISABLED), 4 blocks a byte */
    /* block index -> the engine's tunit: an open-addressing map that holds only the blocks
     * used (a per-block array would be page faults all over for a short run) */
    uint32_t *skey; /* index + 1, 0 = empty */
    void **sval;
    uint32_t scap, sn;
    uint32_t max_len; /* longest block in guest bytes; 0 until first needed */
    char *obj_path;   /* the object file, for re-verifying disabled blocks */
    file_id obj_id;
    struct rcache *_Atomic next;
} rcache;

#define ST_USED     1u
#define ST_DISABLED 2u

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

/* fork() while another guest thread holds cache_mu (attaching, invalidating, re-verifying):
 * the child, which has only the forking thread, must not start with it held. Registered after
 * the engine's handlers, so it is taken before the engine's locks (the order cache_mu, then
 * tb_lock and gmem's lock, as everywhere here). */
static void fork_prepare(void) {
    pthread_mutex_lock(&cache_mu);
}

static void fork_done(void) {
    pthread_mutex_unlock(&cache_mu);
}

void cache_init(const cache_options *o) {
    static bool atfork_done;
    copt = *o;
    if (!copt.prog) copt.prog = "recomp-run";
    if (!atfork_done) pthread_atfork(fork_prepare, fork_done, fork_done);
    atfork_done = true;
}

static void warn(const char *path, const char *what, const char *why) {
    fprintf(stderr, "%s: warning: %s %s: %s; using the JIT for it\n", copt.prog, what, path, why);
    cache_stat.refused++;
}

/* -- objects ------------------------------------------------------------------------------- */

typedef struct elf_info {
    uint64_t hash, size;
    file_id id;
    int n_exec;
    Elf64_Phdr exec[MAX_EXEC_SEGS];
} elf_info;

static void file_id_of(const struct stat *st, file_id *id) {
    id->dev = (uint64_t)st->st_dev;
    id->ino = (uint64_t)st->st_ino;
    id->size = (uint64_t)st->st_size;
    id->mtime_ns = (uint64_t)st->st_mtim.tv_sec * 1000000000ull + (uint64_t)st->st_mtim.tv_nsec;
    id->ctime_ns = (uint64_t)st->st_ctim.tv_sec * 1000000000ull + (uint64_t)st->st_ctim.tv_nsec;
}

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
    file_id_of(&st, &e->id);
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

static void protect_writable_code(const rcache *c, const elf_info *e);
static void write_hook(uint64_t addr, uint64_t len);

/* Map the cache's code into the code region and publish it. Nothing here walks the block
 * index: a short program uses a few hundred of tens of thousands of blocks, and every page of
 * metadata touched is a page fault. */
static void attach_cache(cache_file *cf, const char *path, const char *abs, uint64_t bias,
                         const elf_info *e) {
    const rc_header *h = cf->h;
    if (!(h->flags & RC_FLAG_PIC) && bias != 0) {
        warn(path, "cache for", "the object is loaded at a different address than compiled for");
        cache_file_close(cf);
        return;
    }
    rcache *c = calloc(1, sizeof *c);
    _Atomic uint8_t *st = calloc(h->n_blocks / 4 + 1, 1);
    char *opath = strdup(abs);
    uint8_t *area = c && st && opath ? engine_cache_area(h->code_size) : NULL;
    if (!area) {
        warn(path, "cache for", "no room in the code region");
        free(c);
        free((void *)st);
        free(opath);
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
    c->st = st;
    c->obj_path = opath;
    c->obj_id = e->id;
    gmem_write_hook = write_hook;
    protect_writable_code(c, e);
    atomic_store(&c->next, atomic_load(&caches));
    atomic_store_explicit(&caches, c, memory_order_release);
    cache_stat.caches++;
    cache_stat.blocks_available += h->n_blocks;
}

/* path: as given (messages, PATH.cache); abs: an absolute name of the same file */
static void register_object(const char *path, const char *abs, int fd, uint64_t bias,
                            bool is_main) {
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
    if (!copt.disabled && open_cache(path, &e, is_main, &cf) == 0)
        attach_cache(&cf, path, abs, bias, &e);
    pthread_mutex_unlock(&cache_mu);
    cache_stat.load_ns += now_ns() - t0;
}

void cache_attach_object(const char *path, const char *real, uint64_t bias) {
    int fd = open(path, O_RDONLY | O_CLOEXEC);
    if (fd < 0) return;
    bool is_main = !main_done;
    main_done = true;
    /* an absolute name, so that re-verification finds the file after the guest's chdir (the
     * identity check catches any other file found there) */
    char abs[2 * PATH_MAX + 2], cwd[PATH_MAX];
    if (real && real[0] == '/')
        snprintf(abs, sizeof abs, "%s", real);
    else if (path[0] != '/' && getcwd(cwd, sizeof cwd))
        snprintf(abs, sizeof abs, "%s/%s", cwd, path);
    else
        snprintf(abs, sizeof abs, "%s", path);
    register_object(path, abs, fd, bias, is_main);
    close(fd);
}

bool cache_pc_in_object(uint64_t pc) {
    /* lock-free (called under the engine's tb_lock, which attach_cache takes inside cache_mu):
     * the list only grows, each entry published complete */
    for (gobject *o = __atomic_load_n(&objects, __ATOMIC_ACQUIRE); o; o = o->next)
        if (pc >= o->lo && pc < o->hi) return true;
    return false;
}

/* -- block state ------------------------------------------------------------------------- */

static unsigned st_get(const rcache *c, uint32_t i) {
    return (atomic_load_explicit(&c->st[i / 4], memory_order_acquire) >> (2 * (i % 4))) & 3u;
}

/* Set (or, with clear, clear) bits of block i; returns the block's previous bits. */
static unsigned st_change(rcache *c, uint32_t i, unsigned bits, bool clear) {
    uint8_t m = (uint8_t)(bits << (2 * (i % 4)));
    uint8_t old =
        clear ? atomic_fetch_and(&c->st[i / 4], (uint8_t)~m) : atomic_fetch_or(&c->st[i / 4], m);
    return (old >> (2 * (i % 4))) & 3u;
}

/* The engine's pointer for block i (cache_block.slot): valid until the next cache_find. Caller
 * holds the engine's translation lock, which serialises every use of the map. */
static void **slot_of(rcache *c, uint32_t i) {
    if (c->sn + 1 > c->scap / 2) {
        uint32_t cap = c->scap ? c->scap * 2 : 64;
        uint32_t *k = calloc(cap, sizeof *k);
        void **v = calloc(cap, sizeof *v);
        if (!k || !v) {
            fprintf(stderr, "%s: out of memory\n", copt.prog);
            _exit(127);
        }
        for (uint32_t j = 0; j < c->scap; j++) {
            if (!c->skey[j]) continue;
            uint32_t h = (c->skey[j] * 0x9E3779B1u) & (cap - 1);
            while (k[h])
                h = (h + 1) & (cap - 1);
            k[h] = c->skey[j];
            v[h] = c->sval[j];
        }
        free(c->skey);
        free(c->sval);
        c->skey = k;
        c->sval = v;
        c->scap = cap;
    }
    uint32_t key = i + 1, h = (key * 0x9E3779B1u) & (c->scap - 1);
    while (c->skey[h] && c->skey[h] != key)
        h = (h + 1) & (c->scap - 1);
    if (!c->skey[h]) {
        c->skey[h] = key;
        c->sn++;
    }
    return &c->sval[h];
}

/* -- invalidation ---------------------------------------------------------------------- */

/* The first block of c that may overlap guest addresses from `lo` on (blocks are sorted by pc
 * and none is longer than c->max_len). Caller holds cache_mu. */
static uint32_t first_block_from(rcache *c, uint64_t lo) {
    const rc_block *b = c->cf.blocks;
    uint32_t n = c->cf.h->n_blocks;
    if (!c->max_len) { /* once, when first needed */
        for (uint32_t i = 0; i < n; i++)
            if (b[i].guest_len > c->max_len) c->max_len = b[i].guest_len;
        if (!c->max_len) c->max_len = 1;
    }
    if (lo < c->lo) lo = c->lo; /* (and so lo - bias does not wrap) */
    uint64_t lp = lo - c->bias, from = lp > c->max_len ? lp - c->max_len : 0;
    uint32_t a = 0, z = n;
    while (a < z) {
        uint32_t mid = a + (z - a) / 2;
        if (b[mid].guest_pc < from)
            a = mid + 1;
        else
            z = mid;
    }
    return a;
}

/* Make block i of c leave at once on entry: its `jne rel32` after the exit_request test becomes
 * `nop; jmp rel32` to the same stub (exit LOOKUP at the block's own pc). Caller holds cache_mu. */
static void disable_block(rcache *c, uint32_t i) {
    if (st_change(c, i, ST_DISABLED, false) & ST_DISABLED) return;
    uint8_t *p = c->code + c->cf.blocks[i].host_off + 8;
    uint16_t jmp = 0xe990; /* bytes 90 e9 */
    __atomic_store_n((uint16_t *)p, jmp, __ATOMIC_RELEASE);
    cache_stat.blocks_invalidated++;
}

/* Undo disable_block: the entry test is `jne rel32` again. Caller holds cache_mu. */
static void enable_block(rcache *c, uint32_t i) {
    uint8_t *p = c->code + c->cf.blocks[i].host_off + 8;
    uint16_t jne = 0x850f; /* bytes 0f 85 */
    __atomic_store_n((uint16_t *)p, jne, __ATOMIC_RELEASE);
    st_change(c, i, ST_DISABLED, true);
    cache_stat.blocks_reenabled++;
}

static bool invalidate_range(uint64_t lo, uint64_t hi) {
    bool any = false;
    pthread_mutex_lock(&cache_mu);
    for (rcache *c = atomic_load(&caches); c; c = atomic_load(&c->next)) {
        if (hi <= c->lo || lo >= c->hi) continue;
        const rc_block *b = c->cf.blocks;
        for (uint32_t i = first_block_from(c, lo); i < c->cf.h->n_blocks; i++) {
            uint64_t s = b[i].guest_pc + c->bias, e = s + b[i].guest_len;
            if (s >= hi) break;
            if (e > lo) {
                disable_block(c, i);
                any = true;
            }
        }
    }
    pthread_mutex_unlock(&cache_mu);
    return any;
}

/* Whether the guest can run but not write any byte of [s, e): every page executable, none
 * writable. Then the bytes stay as they are until the next mprotect, munmap or mmap there,
 * which disables the block again (after it, under cache_mu). */
static bool range_frozen(uint64_t s, uint64_t e) {
    return gmem_check(s, e - s, PROT_EXEC) && !gmem_writable_any(s, e - s);
}

/* Re-enable the disabled blocks of c in [lo, hi) whose guest bytes are again exactly the bytes
 * of the object file they were compiled from (a program with text relocations: ld.so makes the
 * text writable, patches a few words and makes it read-only again). The file is read again (it
 * is the object the cache was checked against while its identity - device, inode, size, mtime,
 * ctime - is unchanged); a block any of whose bytes differ, or that lies on a page that is
 * still writable or not executable, stays disabled and the JIT translates it. Caller holds
 * cache_mu. Returns the number of blocks re-enabled. */
static uint64_t reverify(rcache *c, uint64_t lo, uint64_t hi) {
    const rc_block *b = c->cf.blocks;
    uint32_t n = c->cf.h->n_blocks, i = first_block_from(c, lo);
    while (i < n && !(st_get(c, i) & ST_DISABLED) && b[i].guest_pc + c->bias < hi)
        i++;
    if (i >= n || b[i].guest_pc + c->bias >= hi) return 0; /* nothing disabled there */
    int fd = open(c->obj_path, O_RDONLY | O_CLOEXEC);
    if (fd < 0) return 0;
    struct stat st;
    file_id id;
    uint64_t done = 0;
    if (fstat(fd, &st) < 0) goto out;
    file_id_of(&st, &id);
    if (memcmp(&id, &c->obj_id, sizeof id)) goto out; /* the file changed since */
    for (uint32_t k = 0; k < c->cf.h->n_segs; k++) {
        const rc_segment *sg = &c->cf.segs[k];
        if (!sg->filesz) continue;
        uint64_t moff = sg->offset & ~(uint64_t)(GMEM_PAGE - 1);
        size_t mlen = (size_t)(sg->offset + sg->filesz - moff);
        const uint8_t *m = mmap(NULL, mlen, PROT_READ, MAP_PRIVATE, fd, (off_t)moff);
        if (m == MAP_FAILED) continue;
        const uint8_t *file = m + (sg->offset - moff); /* file bytes of link address sg->vaddr */
        for (uint32_t j = i; j < n; j++) {
            uint64_t s = b[j].guest_pc + c->bias, e = s + b[j].guest_len;
            if (s >= hi) break;
            if (e <= lo || !(st_get(c, j) & ST_DISABLED)) continue;
            if (b[j].guest_pc < sg->vaddr ||
                b[j].guest_pc + b[j].guest_len > sg->vaddr + sg->filesz)
                continue;
            if (!range_frozen(s, e) ||
                memcmp(g2h(s), file + (b[j].guest_pc - sg->vaddr), b[j].guest_len))
                continue;
            enable_block(c, j);
            done++;
        }
        munmap((void *)m, mlen);
    }
out:
    close(fd);
    return done;
}

/* -- write-protection ------------------------------------------------------------------------
 *
 * Cached blocks on pages the guest may write without telling anyone (a writable and executable
 * PT_LOAD, mapped RWX): at attach time the host view of those pages loses PROT_WRITE (gmem keeps
 * the guest protection). The guest's first store to such a page faults: cache_write_fault
 * disables the blocks on the page, gives the page its host protection back and the store is
 * made again. System calls and signal frames that write there go through gmem_check, which
 * calls write_hook for the same before the write. A disabled block exits to the dispatcher,
 * whose lookups skip it (engine.c: lookup); the JIT translates the page's code as it is when
 * it next runs (after the guest's fence.i, as for any code the guest writes). */

/* Write-protect the guest-writable pages of o's executable segments that hold cached code. */
static void protect_writable_code(const rcache *c, const elf_info *e) {
    for (int i = 0; i < e->n_exec; i++) {
        uint64_t s = e->exec[i].p_vaddr + c->bias, t = s + e->exec[i].p_memsz;
        if (s < c->lo) s = c->lo;
        if (t > c->hi) t = c->hi;
        s &= ~(uint64_t)(GMEM_PAGE - 1);
        if (s < t) gmem_write_protect(s, t - s);
    }
}

/* Disable the blocks on the pages of [addr, addr+len), then let the guest write there. */
static void write_hook(uint64_t addr, uint64_t len) {
    uint64_t lo = addr & ~(uint64_t)(GMEM_PAGE - 1);
    uint64_t hi = (addr + len + GMEM_PAGE - 1) & ~(uint64_t)(GMEM_PAGE - 1);
    invalidate_range(lo, hi);
    gmem_write_unprotect(lo, hi - lo);
}

bool cache_write_fault(const siginfo_t *si, const void *uc_) {
    const ucontext_t *uc = uc_;
    if (si->si_signo != SIGSEGV || si->si_code != SEGV_ACCERR || !gmem_write_protect_used() ||
        !(uc->uc_mcontext.gregs[REG_ERR] & 2)) /* x86 page fault error code: a write */
        return false;
    uintptr_t a = (uintptr_t)si->si_addr;
    if (a < (uintptr_t)guest_base || a - (uintptr_t)guest_base >= RECOMP_GUEST_SPACE) return false;
    uint64_t page = (a - (uintptr_t)guest_base) & ~(uint64_t)(GMEM_PAGE - 1);
    /* A write fault on a page the guest may write can only come from the write-protection
     * (another thread may have lifted it already: the store is simply made again). */
    if (!gmem_writable_any(page, GMEM_PAGE)) return false;
    invalidate_range(page, page + GMEM_PAGE);
    return gmem_write_unprotect(page, GMEM_PAGE);
}

void cache_on_munmap(uint64_t addr, uint64_t len) {
    if (invalidate_range(addr, addr + len)) engine_invalidate_all();
}

void cache_on_mprotect(uint64_t addr, uint64_t len, int prot) {
    if (prot & PROT_WRITE) {
        if (invalidate_range(addr, addr + len)) engine_invalidate_all();
        return;
    }
    uint64_t hi = addr + ((len + GMEM_PAGE - 1) & ~(GMEM_PAGE - 1)), done = 0;
    pthread_mutex_lock(&cache_mu);
    for (rcache *c = atomic_load(&caches); c; c = atomic_load(&c->next))
        if (hi > c->lo && addr < c->hi) done += reverify(c, addr, hi);
    pthread_mutex_unlock(&cache_mu);
    /* lookups made while the blocks were disabled found JIT units: prefer the cache again */
    if (done) engine_invalidate_all();
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
        register_object(path, path, fd, bias, false);
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
    out->slot = NULL; /* cache_find sets it (not signal-safe: cache_find_host must not) */
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
        unsigned st = st_get(c, (uint32_t)lo);
        if (st & ST_DISABLED) continue;
        fill(c, (uint32_t)lo, out);
        out->slot = slot_of(c, (uint32_t)lo);
        out->first_use = !(st & ST_USED);
        if (!(st & ST_USED)) {
            st_change(c, (uint32_t)lo, ST_USED, false);
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
