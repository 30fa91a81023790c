/*
 * cache_file.h - open and check an AOT cache file (plain or zstd-compressed).
 *
 * cache_file_open checks everything that does not depend on who reads it: magic, format
 * version, sizes and offsets of every table, the payload hash, and the consistency of the
 * tables (blocks sorted and inside the code, side tables inside their arrays), so that the
 * runtime can use the tables without further bounds checks. Whether the cache fits this runtime
 * and this object (ABI version, CPU features, object hash) is cache_file_compatible's job.
 */
#ifndef RECOMP_CACHE_FILE_H
#define RECOMP_CACHE_FILE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "recomp/cache_format.h"

typedef struct cache_file {
    const rc_header *h;
    const rc_segment *segs;
    const rc_block *blocks;
    const rc_fault *faults;
    const rc_regloc *regs;
    const rc_link *links;
    const uint8_t *code; /* h->code_size bytes */
    bool compressed;
    int fd;    /* the open file (plain caches; for mapping the code), else -1 */
    void *map; /* the whole (uncompressed) file: a read-only mapping or a malloc'd buffer */
    size_t map_size;
} cache_file;

/* Returns 0, or -1 with one line in err ("not a recomp cache", "truncated cache file",
 * "corrupt cache file (payload hash mismatch)", ...). */
int cache_file_open(const char *path, cache_file *cf, char *err, size_t errlen);
void cache_file_close(cache_file *cf);

/* 0 if the cache can serve the object with content hash `object_hash` (and size) on this host
 * and runtime, else -1 with the reason in err ("made by an incompatible recomp (ABI ...)", "stale:
 * the object has changed", "needs CPU features this host lacks"). */
int cache_file_compatible(const cache_file *cf, uint64_t object_hash, uint64_t object_size,
                          char *err, size_t errlen);

/* Verification stamps (cache_file.c): a remembered hash of the file `st` describes, valid while
 * the file's device, inode, size, mtime and ctime are unchanged. kind: "cache" (payload hash of a
 * checked cache) or "obj" (content hash of a guest object). */
struct stat;
bool cache_stamp_get(const char *kind, const struct stat *st, uint64_t *hash);
void cache_stamp_put(const char *kind, const struct stat *st, uint64_t hash);

/* The cache directory: the one cache_dir_set named, else $RECOMP_CACHE_DIR, else
 * $HOME/.cache/recomp. With create, it is made (with parents) if missing. Returns 0, or -1
 * (errno set). */
int cache_dir(char *buf, size_t len, bool create);
/* Use `dir` as the cache directory whatever the environment says (recomp-run --cache-dir, which
 * an exec'd guest's recomp-run gets from its parent: the guest may exec with any environment).
 * NULL or "" goes back to the environment. */
void cache_dir_set(const char *dir);
/* DIR/<16 hex digits of hash>.cache */
void cache_path_for_hash(const char *dir, uint64_t hash, char *buf, size_t len);

#endif
