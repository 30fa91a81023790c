/*
 * cache_abi.h - what a cached block depends on besides its guest code: the generated-code
 * contract (cpu state layout, helper table, exit reasons, frame) and the host CPU features the
 * backend emits. Shared by the cache writer (recomp) and the loader (recomp-run), which come
 * from the same build.
 */
#ifndef RECOMP_CACHE_ABI_H
#define RECOMP_CACHE_ABI_H

#include <stddef.h>
#include <stdint.h>

/* Bumped by hand when generated code changes meaning without any of the sizes and offsets
 * mixed into cache_abi_version() changing (a new exit reason, a different helper argument
 * order, a new backend encoding that the runtime relies on). */
#define CACHE_ABI_REVISION                                                                         \
    3u /* 2: inline F/D code (IR_FP), MXCSR contract, HELPER_FP;                                   \
               3: fault-point register 16-31 = xmm0-15 */

/* The runtime ABI version stored in every cache header. */
uint32_t cache_abi_version(void);

/* RC_FEAT_* the backend's code needs (what the cache writer records). */
uint64_t cache_required_features(void);

/* RC_FEAT_* this host CPU has. */
uint64_t cache_host_features(void);

/* XXH3-64 of a buffer (the content hashes of objects and cache payloads). */
uint64_t cache_hash(const void *data, size_t len);

#endif
