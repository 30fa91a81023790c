/*
 * cache_abi.c - the cache's runtime ABI version, host CPU features and content hash.
 */
#include "cache_abi.h"

#include <stddef.h>
#include <sys/platform/x86.h>
#include <xxhash.h>

#include "backend.h"
#include "helpers.h"
#include "recomp/cache_format.h"
#include "rv64_cpu.h"
#include "rv64_decode.h"

uint32_t cache_abi_version(void) {
    /* every number generated code bakes in, folded into one hash */
    const uint64_t parts[] = {
        CACHE_ABI_REVISION, sizeof(rv64_cpu),       RV64_OFF_PC,        RV64_OFF_EXIT,
        RV64_OFF_LINK_SITE, RV64_OFF_JMP_TABLE,     RV64_OFF_EXIT_STUB, RV64_OFF_EXIT_REQ,
        RV64_OFF_HELPER(0), RV64_OP_COUNT,          HELPER_COUNT,       RV64_JMP_SIZE,
        BACKEND_FRAME,      sizeof(rv64_jmp_entry), sizeof(rc_regloc),  sizeof(backend_regloc),
        RV64_OFF_F(0),      RV64_OFF_FFLAGS,        RV64_OFF_FRM,       RV64_OFF_FP_SCRATCH,
    };
    return (uint32_t)XXH3_64bits(parts, sizeof parts);
}

uint64_t cache_required_features(void) {
    return RC_FEAT_BMI1 | RC_FEAT_BMI2 | RC_FEAT_LZCNT | RC_FEAT_POPCNT | RC_FEAT_SSE42 |
           (backend_uses_fma() ? RC_FEAT_FMA : 0);
}

/* glibc's own CPU feature data (filled before main, "active" = usable, OS support included),
 * not __builtin_cpu_supports: that pulls in libgcc's CPU-model constructor, about 60 us of cpuid
 * at every start-up. */
uint64_t cache_host_features(void) {
    uint64_t f = 0;
    if (CPU_FEATURE_ACTIVE(BMI1)) f |= RC_FEAT_BMI1;
    if (CPU_FEATURE_ACTIVE(BMI2)) f |= RC_FEAT_BMI2;
    if (CPU_FEATURE_ACTIVE(LZCNT)) f |= RC_FEAT_LZCNT;
    if (CPU_FEATURE_ACTIVE(POPCNT)) f |= RC_FEAT_POPCNT;
    if (CPU_FEATURE_ACTIVE(SSE4_2) && CPU_FEATURE_ACTIVE(SSE4_1)) f |= RC_FEAT_SSE42;
    if (CPU_FEATURE_ACTIVE(FMA)) f |= RC_FEAT_FMA;
    return f;
}

uint64_t cache_hash(const void *data, size_t len) {
    return XXH3_64bits(data, len);
}
