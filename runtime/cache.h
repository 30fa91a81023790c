/*
 * cache.h - the runtime side of AOT caches: finding, checking and attaching a cache for every
 * guest ELF object that gets executable code (the program, its interpreter, libraries mapped
 * by ld.so or dlopen), lookups of cached blocks, invalidation, and the run-time profile.
 *
 * docs/cache.md has the rules: where caches are looked for, when one is refused (one warning
 * line, then the JIT serves that object), and how cached blocks are invalidated.
 */
#ifndef RECOMP_CACHE_H
#define RECOMP_CACHE_H

#include <signal.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "backend.h"

typedef struct cache_options {
    bool disabled;           /* --no-cache */
    const char *main_cache;  /* --cache FILE: the cache of the main program */
    const char *profile_out; /* --profile-out FILE */
    bool exact_stats;        /* --stats: unlink compile-time chains so every cached block's
                                first execution passes through the dispatcher (counted) */
    const char *prog;        /* for messages */
} cache_options;

/* A cached block as the engine needs it. */
typedef struct cache_block {
    uint64_t guest_pc, guest_end; /* run-time guest addresses */
    uint8_t *host;
    uint32_t host_len, n_insns;
    uint32_t n_faults;
    const backend_fault *faults; /* the block's side table */
    const backend_regloc *regs;  /* the cache's register table (faults index it) */
    uint64_t bias;               /* added to BACKEND_REGLOC_PCREL constants */
    void **slot;    /* engine-owned per-block pointer (its tunit), starts NULL; cache_find only:
                       valid until the next cache_find */
    bool first_use; /* the first time this block is handed out */
} cache_block;

void cache_init(const cache_options *o);

/* An ELF object whose code is now mapped: the main program or interpreter, opened by path, at
 * load bias `bias`. `real` is an absolute name of the same file (NULL: made from the cwd). */
void cache_attach_object(const char *path, const char *real, uint64_t bias);

/* Memory-map events from the syscall layer (after they succeeded). */
void cache_on_mmap(uint64_t addr, uint64_t len, int prot, int flags, int fd, uint64_t off);
void cache_on_munmap(uint64_t addr, uint64_t len);
void cache_on_mprotect(uint64_t addr, uint64_t len, int prot);

/* A host SIGSEGV (signal.c): true if it was a guest store to cached code the cache had
 * write-protected (the blocks there are disabled, the page writable again: return from the
 * handler and the store is made again). */
bool cache_write_fault(const siginfo_t *si, const void *uc);

/* The valid cached block starting at guest pc. Caller holds the engine's translation lock. */
bool cache_find(uint64_t pc, cache_block *out);

/* The cached block containing host address `host` (fault handler: lock-free, signal-safe). */
bool cache_find_host(uintptr_t host, cache_block *out);

/* The engine patched the jmp rel32 at `site` (inside cached code when cache_owns_host). */
bool cache_owns_host(uintptr_t host);
void cache_note_link(uint8_t *site);
/* Put every link the engine patched in cached code back to its stub (the JIT units they may
 * point to are going away). Caller holds the translation lock. */
void cache_unlink_runtime_links(void);

/* Whether pc lies in the executable range of a registered ELF object (not code the guest
 * generated at run time in anonymous memory, which no cache can hold). */
bool cache_pc_in_object(uint64_t pc);

/* The profile: blocks the JIT had to make and indirect-branch targets (run-time pcs). */
void cache_profile_note(uint64_t pc);
void cache_profile_write(void);

/* Statistics for --stats. */
typedef struct cache_stats {
    uint64_t objects, caches, refused;
    uint64_t blocks_available, blocks_used, blocks_invalidated;
    uint64_t blocks_reenabled; /* invalidated blocks whose bytes turned out unchanged */
    uint64_t insns_used;       /* guest instructions in the cached blocks used */
    uint64_t load_ns;
} cache_stats;
extern cache_stats cache_stat;

/* Reserve `size` bytes of the code region for a cache (from the top); engine.c implements it.
 * NULL when the region has no room. */
uint8_t *engine_cache_area(size_t size);
/* engine.c: drop every translation lookup (after a cached range was invalidated). */
void engine_invalidate_all(void);

#endif
