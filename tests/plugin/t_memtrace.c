/*
 * t_memtrace.c - decode the mem plugin's zstd trace (docs/plugins.md) to text, one access per
 * line as tests/plugin/p_memlog.c prints them: "L|S size address value [a]"
 * (tests/run_plugin_tests.sh).
 *
 *   t_memtrace TRACE.zst
 */
#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <zstd.h>

typedef struct rec {
    uint64_t vaddr, value, pc;
    uint32_t vcpu;
    uint8_t size, flags;
    uint16_t zero;
} rec;

int main(int argc, char **argv) {
    if (argc != 2) return 2;
    FILE *f = fopen(argv[1], "rb");
    if (!f) return 1;
    fseek(f, 0, SEEK_END);
    long n = ftell(f);
    rewind(f);
    void *in = malloc((size_t)n + 1);
    if (!in || fread(in, 1, (size_t)n, f) != (size_t)n) return 1;
    ZSTD_DStream *z = ZSTD_createDStream();
    ZSTD_inBuffer ib = {in, (size_t)n, 0};
    size_t cap = 1 << 20, len = 0;
    unsigned char *out = malloc(cap);
    while (ib.pos < ib.size) {
        if (cap - len < ZSTD_DStreamOutSize()) out = realloc(out, cap *= 2);
        ZSTD_outBuffer ob = {out + len, cap - len, 0};
        size_t r = ZSTD_decompressStream(z, &ob, &ib);
        if (ZSTD_isError(r)) {
            printf("zstd error: %s\n", ZSTD_getErrorName(r));
            return 1;
        }
        len += ob.pos;
    }
    if (len < 16 || memcmp(out, "RCMEMTR1", 8)) {
        printf("bad header\n");
        return 1;
    }
    uint32_t version, recsize;
    memcpy(&version, out + 8, 4);
    memcpy(&recsize, out + 12, 4);
    if (version != 1 || recsize != sizeof(rec) || (len - 16) % recsize) {
        printf("bad header or length\n");
        return 1;
    }
    for (size_t off = 16; off < len; off += recsize) {
        rec r;
        memcpy(&r, out + off, sizeof r);
        printf("%c %u 0x%" PRIx64 " 0x%" PRIx64 "%s\n", r.flags & 1 ? 'S' : 'L', r.size, r.vaddr,
               r.value, r.flags & 2 ? " a" : "");
    }
    ZSTD_freeDStream(z);
    free(out);
    free(in);
    fclose(f);
    return 0;
}
