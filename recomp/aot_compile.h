/*
 * aot_compile.h - compile discovered blocks into a cache file image (docs/cache-format.md).
 *
 * Each block is lifted, optimized and emitted by the same pipeline as the JIT, except that a
 * block that starts a region holding a loop is compiled as that region (lift.h,
 * docs/regions.md): its loop runs inside one unit with guest registers in host registers
 * across the region's internal branches. An ET_DYN object
 * is compiled position independent (ir_unit.pic: guest addresses come from the base slot at the
 * start of the code section, which the runtime fills with the load bias). Blocks are laid out
 * in guest order; direct exits to blocks of the same cache are resolved at compile time, the
 * others are left to the runtime's lazy linking.
 *
 *   aot_compile_opts o = {.jobs = 2};
 *   uint8_t *file; size_t size;
 *   if (aot_compile(&img, &disc, &o, &file, &size, err, sizeof err) == 0) write it out
 */
#ifndef RECOMP_AOT_COMPILE_H
#define RECOMP_AOT_COMPILE_H

#include <stddef.h>
#include <stdint.h>

#include "aot_discover.h"

typedef struct aot_compile_opts {
    int jobs;          /* worker threads (>= 1) */
    int progress;      /* show progress on stderr (a terminal) */
    int max_insns;     /* unit limit (0 = the JIT's) */
    int no_regions;    /* compile plain units only, as the JIT does (docs/regions.md) */
    const char *label; /* name shown in the progress line */
} aot_compile_opts;

typedef struct aot_compile_stats {
    size_t n_blocks; /* compiled */
    size_t n_failed; /* discovered but not compilable (no code there) */
    size_t n_links, n_links_resolved;
    uint64_t code_bytes; /* host code */
    uint64_t n_insns;    /* guest instructions compiled */
    size_t n_regions;    /* blocks compiled as regions (several blocks holding a loop) */
} aot_compile_stats;

/* Compile d's blocks of img into a complete (uncompressed) cache file in a malloc'd buffer.
 * Returns 0, or -1 with one line in err. */
int aot_compile(const aot_image *img, const aot_discovery *d, const aot_compile_opts *o,
                uint8_t **file, size_t *size, aot_compile_stats *stats, char *err, size_t errlen);

/* zstd-compress a cache file image into the distributed form (RC_ZMAGIC). */
int aot_compress(const uint8_t *file, size_t size, int level, uint8_t **out, size_t *out_size);

#endif
