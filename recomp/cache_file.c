/*
 * cache_file.c - open and check AOT cache files. See cache_file.h and docs/cache-format.md.
 */
#define _GNU_SOURCE
#include "cache_file.h"

#include <elf.h>
#include <errno.h>
#include <fcntl.h>
#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>
#include <zstd.h>

#include "backend.h"
#include "cache_abi.h"

_Static_assert(sizeof(rc_fault) == sizeof(backend_fault), "rc_fault mirrors backend_fault");
_Static_assert(sizeof(rc_regloc) == sizeof(backend_regloc), "rc_regloc mirrors backend_regloc");

#define MAX_CACHE_SIZE  (1ull << 32)
#define ENTRY_CHECK_LEN 14u /* cmp dword [r14 + 592], 0; jne rel32 */

static int fail(char *err, size_t errlen, const char *msg) {
    snprintf(err, errlen, "%s", msg);
    return -1;
}

/* [off, off + n * size) inside [sizeof header, limit) and 8-byte aligned */
static bool table_ok(uint64_t off, uint64_t n, uint64_t size, uint64_t limit) {
    if (off % 8 || off < sizeof(rc_header) || off > limit) return false;
    if (n > (limit - off) / size) return false;
    return true;
}

/* -- verification stamps ---------------------------------------------------------------------
 *
 * Checking a cache (hashing every byte, walking every table) costs more than the rest of a small
 * program's start-up. Once a plain cache file passed, a stamp in the cache directory records the
 * file's identity (device, inode, size, modification and status-change times) and payload hash;
 * while the file is unchanged (any write changes its ctime), the next run trusts the check made
 * before. The same stamps remember the content hash of guest objects. No stamp (or a cache
 * directory we cannot write) just means checking in full. */

typedef struct stamp {
    uint64_t size, mtime_ns, ctime_ns, hash;
} stamp;

static void stamp_of(const struct stat *st, uint64_t hash, stamp *out) {
    out->size = (uint64_t)st->st_size;
    out->mtime_ns = (uint64_t)st->st_mtim.tv_sec * 1000000000ull + (uint64_t)st->st_mtim.tv_nsec;
    out->ctime_ns = (uint64_t)st->st_ctim.tv_sec * 1000000000ull + (uint64_t)st->st_ctim.tv_nsec;
    out->hash = hash;
}

static bool stamp_path(const char *kind, const struct stat *st, char *buf, size_t len) {
    char dir[3072];
    if (cache_dir(dir, sizeof dir, false) < 0) return false;
    snprintf(buf, len, "%s/stamps/%s-%" PRIx64 "-%" PRIx64, dir, kind, (uint64_t)st->st_dev,
             (uint64_t)st->st_ino);
    return true;
}

bool cache_stamp_get(const char *kind, const struct stat *st, uint64_t *hash) {
    char path[4096];
    if (!stamp_path(kind, st, path, sizeof path)) return false;
    int fd = open(path, O_RDONLY | O_CLOEXEC);
    if (fd < 0) return false;
    stamp have, want;
    bool ok = read(fd, &have, sizeof have) == (ssize_t)sizeof have;
    close(fd);
    stamp_of(st, have.hash, &want);
    if (!ok || memcmp(&have, &want, sizeof have)) return false;
    *hash = have.hash;
    return true;
}

void cache_stamp_put(const char *kind, const struct stat *st, uint64_t hash) {
    char path[4096], tmp[4200], dir[3072];
    if (!stamp_path(kind, st, path, sizeof path) || cache_dir(dir, sizeof dir, true) < 0) return;
    char sd[3100];
    snprintf(sd, sizeof sd, "%s/stamps", dir);
    if (mkdir(sd, 0755) < 0 && errno != EEXIST) return;
    snprintf(tmp, sizeof tmp, "%s.%d", path, (int)getpid());
    int fd = open(tmp, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
    if (fd < 0) return;
    stamp s;
    stamp_of(st, hash, &s);
    bool ok = write(fd, &s, sizeof s) == (ssize_t)sizeof s;
    if (close(fd) < 0 || !ok || rename(tmp, path) < 0) unlink(tmp);
}

/* The header fields every reader relies on (cheap; also done by the full check). */
static int check_header(cache_file *cf, const uint8_t *p, size_t size, char *err, size_t errlen) {
    const rc_header *h = (const rc_header *)p;
    if (memcmp(h->magic, RC_MAGIC, 8)) return fail(err, errlen, "not a recomp cache");
    if (h->format_version != RC_FORMAT_VERSION) {
        snprintf(err, errlen, "unsupported cache format version %u (this recomp reads %u)",
                 h->format_version, RC_FORMAT_VERSION);
        return -1;
    }
    if (h->file_size != size)
        return fail(err, errlen,
                    h->file_size > size ? "truncated cache file" : "cache file has trailing data");
    uint64_t lim = h->code_off;
    if (h->code_off % RC_PAGE || h->code_off > size || h->code_size != size - h->code_off ||
        h->code_size % RC_PAGE || h->code_size < RC_PAGE || h->n_segs > RC_MAX_SEGS ||
        !table_ok(h->seg_off, h->n_segs, sizeof(rc_segment), lim) ||
        !table_ok(h->index_off, h->n_blocks, sizeof(rc_block), lim) ||
        !table_ok(h->fault_off, h->n_faults, sizeof(rc_fault), lim) ||
        !table_ok(h->regs_off, h->n_regs, sizeof(rc_regloc), lim) ||
        !table_ok(h->link_off, h->n_links, sizeof(rc_link), lim) || h->text_lo > h->text_hi ||
        (h->elf_type != ET_EXEC && h->elf_type != ET_DYN) || (h->flags & ~(uint32_t)RC_FLAG_PIC) ||
        ((h->flags & RC_FLAG_PIC) != 0) != (h->elf_type == ET_DYN))
        return fail(err, errlen, "corrupt cache file (bad header)");
    cf->h = h;
    cf->segs = (const rc_segment *)(p + h->seg_off);
    cf->blocks = (const rc_block *)(p + h->index_off);
    cf->faults = (const rc_fault *)(p + h->fault_off);
    cf->regs = (const rc_regloc *)(p + h->regs_off);
    cf->links = (const rc_link *)(p + h->link_off);
    cf->code = p + h->code_off;
    return 0;
}

static int check(cache_file *cf, const uint8_t *p, size_t size, char *err, size_t errlen) {
    if (size < sizeof(rc_header)) return fail(err, errlen, "truncated cache file");
    const rc_header *h = (const rc_header *)p;
    if (check_header(cf, p, size, err, errlen) < 0) return -1;
    if (cache_hash(p + sizeof *h, size - sizeof *h) != h->payload_hash)
        return fail(err, errlen, "corrupt cache file (payload hash mismatch)");
    for (uint32_t i = 0; i < h->n_segs; i++) {
        const rc_segment *s = &cf->segs[i];
        if (s->filesz > s->memsz || s->vaddr + s->memsz < s->vaddr ||
            s->offset + s->filesz < s->offset || s->offset + s->filesz > h->object_size ||
            (s->offset - s->vaddr) % RC_PAGE)
            return fail(err, errlen, "corrupt cache file (bad segment table)");
    }
    uint64_t prev_pc = 0, prev_end = RC_CODE_START;
    for (uint32_t i = 0; i < h->n_blocks; i++) {
        const rc_block *b = &cf->blocks[i];
        if ((i && b->guest_pc <= prev_pc) || b->guest_pc < h->text_lo || b->guest_len == 0 ||
            b->guest_len > RC_MAX_BLOCK_LEN || b->guest_pc + b->guest_len > h->text_hi ||
            b->host_off < prev_end || b->host_len < ENTRY_CHECK_LEN ||
            b->host_len > h->code_size - b->host_off || b->n_insns == 0 ||
            b->fault_first > h->n_faults || b->fault_n > h->n_faults - b->fault_first)
            return fail(err, errlen, "corrupt cache file (bad block index)");
        /* every block starts with the exit_request test that invalidation rewrites */
        static const uint8_t entry[10] = {0x41, 0x83, 0xbe, 0x50, 0x02, 0, 0, 0, 0x0f, 0x85};
        if (memcmp(cf->code + b->host_off, entry, sizeof entry))
            return fail(err, errlen, "corrupt cache file (bad block entry)");
        for (uint32_t k = 0; k < b->fault_n; k++) {
            const rc_fault *f = &cf->faults[b->fault_first + k];
            if (f->host_off >= b->host_len || f->pc_off >= b->guest_len ||
                f->reg_first > h->n_regs || f->reg_n > h->n_regs - f->reg_first || f->reg_n > 64)
                return fail(err, errlen, "corrupt cache file (bad fault table)");
        }
        prev_pc = b->guest_pc;
        prev_end = (uint64_t)b->host_off + b->host_len;
    }
    for (uint32_t i = 0; i < h->n_regs; i++) {
        const rc_regloc *r = &cf->regs[i];
        if (r->g >= 64 || r->reg < -1 || r->reg > 31 || r->reg == 4 || r->spill < -1 ||
            r->spill >= BACKEND_SPILL_SLOTS || (r->flags & ~1u))
            return fail(err, errlen, "corrupt cache file (bad register table)");
    }
    for (uint32_t i = 0; i < h->n_links; i++) {
        const rc_link *l = &cf->links[i];
        if (l->site < RC_CODE_START || (uint64_t)l->site + 4 > h->code_size ||
            (l->target_block != UINT32_MAX && l->target_block >= h->n_blocks))
            return fail(err, errlen, "corrupt cache file (bad link table)");
    }
    return 0;
}

int cache_file_open(const char *path, cache_file *cf, char *err, size_t errlen) {
    memset(cf, 0, sizeof *cf);
    cf->fd = -1;
    int fd = open(path, O_RDONLY | O_CLOEXEC);
    if (fd < 0) return fail(err, errlen, strerror(errno));
    struct stat st;
    if (fstat(fd, &st) < 0 || !S_ISREG(st.st_mode)) {
        close(fd);
        return fail(err, errlen, "not a regular file");
    }
    if ((uint64_t)st.st_size < 16) {
        close(fd);
        return fail(err, errlen, "truncated cache file");
    }
    if ((uint64_t)st.st_size > MAX_CACHE_SIZE) {
        close(fd);
        return fail(err, errlen, "cache file too large");
    }
    size_t size = (size_t)st.st_size;
    void *m = mmap(NULL, size, PROT_READ, MAP_PRIVATE, fd, 0);
    if (m == MAP_FAILED) {
        close(fd);
        return fail(err, errlen, strerror(errno));
    }
    if (!memcmp(m, RC_ZMAGIC, 8)) {
        uint64_t raw;
        memcpy(&raw, (uint8_t *)m + 8, 8);
        unsigned long long fsize = ZSTD_getFrameContentSize((uint8_t *)m + 16, size - 16);
        if (raw < sizeof(rc_header) || raw > MAX_CACHE_SIZE || fsize != raw) {
            munmap(m, size);
            close(fd);
            return fail(err, errlen, "corrupt compressed cache file");
        }
        void *buf = malloc(raw);
        size_t n = buf ? ZSTD_decompress(buf, raw, (uint8_t *)m + 16, size - 16) : 0;
        munmap(m, size);
        close(fd);
        if (!buf || ZSTD_isError(n) || n != raw) {
            free(buf);
            return fail(err, errlen, buf ? "corrupt compressed cache file" : "out of memory");
        }
        cf->compressed = true;
        cf->map = buf;
        cf->map_size = raw;
        if (check(cf, buf, raw, err, errlen) < 0) {
            cache_file_close(cf);
            return -1;
        }
        return 0;
    }
    cf->fd = fd;
    cf->map = m;
    cf->map_size = size;
    uint64_t stamped;
    if (size >= sizeof(rc_header) && cache_stamp_get("cache", &st, &stamped) &&
        stamped == ((const rc_header *)m)->payload_hash &&
        check_header(cf, m, size, err, errlen) == 0)
        return 0; /* checked in full before, unchanged since */
    if (check(cf, m, size, err, errlen) < 0) {
        cache_file_close(cf);
        return -1;
    }
    cache_stamp_put("cache", &st, cf->h->payload_hash);
    return 0;
}

void cache_file_close(cache_file *cf) {
    if (cf->map) {
        if (cf->compressed)
            free(cf->map);
        else
            munmap(cf->map, cf->map_size);
    }
    if (cf->fd >= 0) close(cf->fd);
    memset(cf, 0, sizeof *cf);
    cf->fd = -1;
}

int cache_file_compatible(const cache_file *cf, uint64_t object_hash, uint64_t object_size,
                          char *err, size_t errlen) {
    const rc_header *h = cf->h;
    if (h->abi_version != cache_abi_version()) {
        snprintf(err, errlen, "made by an incompatible recomp (ABI 0x%08x, this runtime 0x%08x)",
                 h->abi_version, cache_abi_version());
        return -1;
    }
    if (h->machine != EM_RISCV) return fail(err, errlen, "not a RISC-V cache");
    uint64_t missing = h->host_features & ~cache_host_features();
    if (missing) {
        snprintf(err, errlen, "needs CPU features this host lacks (0x%" PRIx64 ")", missing);
        return -1;
    }
    if (h->object_hash != object_hash || h->object_size != object_size)
        return fail(err, errlen, "stale: made for a different version of the program");
    return 0;
}

static char *dir_override;

void cache_dir_set(const char *dir) {
    free(dir_override);
    dir_override = dir && *dir ? strdup(dir) : NULL;
}

int cache_dir(char *buf, size_t len, bool create) {
    const char *env = getenv("RECOMP_CACHE_DIR");
    if (dir_override) {
        snprintf(buf, len, "%s", dir_override);
    } else if (env && *env) {
        snprintf(buf, len, "%s", env);
    } else {
        const char *home = getenv("HOME");
        if (!home || !*home) {
            snprintf(buf, len, "(no $HOME)");
            errno = ENOENT;
            return -1;
        }
        snprintf(buf, len, "%s/.cache/recomp", home);
    }
    if (!create) return 0;
    /* mkdir -p */
    char tmp[4096];
    snprintf(tmp, sizeof tmp, "%s", buf);
    for (char *p = tmp + 1; *p; p++) {
        if (*p != '/') continue;
        *p = 0;
        if (mkdir(tmp, 0755) < 0 && errno != EEXIST) return -1;
        *p = '/';
    }
    if (mkdir(tmp, 0755) < 0 && errno != EEXIST) return -1;
    return 0;
}

void cache_path_for_hash(const char *dir, uint64_t hash, char *buf, size_t len) {
    snprintf(buf, len, "%s/%016" PRIx64 ".cache", dir, hash);
}
