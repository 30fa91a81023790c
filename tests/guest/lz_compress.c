/* An LZ77-style compressor with a hash chain matcher and its decompressor; round trip
 * over several kinds of generated input. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define WIN   65535
#define MINM  4
#define HBITS 14

/* Token format: literal run: 0LLLLLLL (len 1..128) + bytes; match: 1LLLLLLL (len-MINM 0..127) +
 * 2-byte offset. */
static size_t compress(const uint8_t *in, size_t n, uint8_t *out) {
    static int32_t head[1 << HBITS];
    static int32_t prev[WIN + 1];
    memset(head, -1, sizeof head);
    size_t o = 0, i = 0, lit_start = 0;
#define FLUSH_LITS(end)                                                                            \
    while (lit_start < (end)) {                                                                    \
        size_t run = (end)-lit_start > 128 ? 128 : (end)-lit_start;                                \
        out[o++] = (uint8_t)(run - 1);                                                             \
        memcpy(out + o, in + lit_start, run);                                                      \
        o += run;                                                                                  \
        lit_start += run;                                                                          \
    }
    while (i + MINM <= n) {
        uint32_t h =
            (uint32_t)(in[i] | in[i + 1] << 8 | in[i + 2] << 16 | (uint32_t)in[i + 3] << 24) *
                2654435761u >>
            (32 - HBITS);
        int32_t cand = head[h];
        size_t best = 0, best_off = 0;
        int chain = 32;
        while (cand >= 0 && i - (size_t)cand <= WIN && chain--) {
            size_t l = 0;
            while (i + l < n && l < 127 + MINM && in[cand + l] == in[i + l])
                l++;
            if (l > best) {
                best = l;
                best_off = i - (size_t)cand;
            }
            cand = prev[cand % (WIN + 1)];
        }
        prev[i % (WIN + 1)] = head[h];
        head[h] = (int32_t)i;
        if (best >= MINM) {
            FLUSH_LITS(i);
            out[o++] = (uint8_t)(0x80 | (best - MINM));
            out[o++] = (uint8_t)best_off;
            out[o++] = (uint8_t)(best_off >> 8);
            for (size_t k = 1; k < best && i + k + MINM <= n; k++) {
                uint32_t h2 = (uint32_t)(in[i + k] | in[i + k + 1] << 8 | in[i + k + 2] << 16 |
                                         (uint32_t)in[i + k + 3] << 24) *
                                  2654435761u >>
                              (32 - HBITS);
                prev[(i + k) % (WIN + 1)] = head[h2];
                head[h2] = (int32_t)(i + k);
            }
            i += best;
            lit_start = i;
        } else {
            i++;
        }
    }
    FLUSH_LITS(n);
    return o;
}

static size_t decompress(const uint8_t *in, size_t n, uint8_t *out) {
    size_t i = 0, o = 0;
    while (i < n) {
        uint8_t t = in[i++];
        if (t & 0x80) {
            size_t len = (t & 0x7f) + MINM, off = in[i] | in[i + 1] << 8;
            i += 2;
            for (size_t k = 0; k < len; k++, o++)
                out[o] = out[o - off];
        } else {
            size_t run = (size_t)t + 1;
            memcpy(out + o, in + i, run);
            i += run;
            o += run;
        }
    }
    return o;
}

int main(void) {
    size_t n = 400000;
    uint8_t *src = malloc(n), *cmp = malloc(n * 2), *dst = malloc(n);
    const char *words[] = {"the ",    "recompiler ", "translates ", "RISC-V ", "code ",   "into ",
                           "x86-64 ", "blocks ",     "quickly, ",   "and ",    "caches ", "them. "};
    for (int kind = 0; kind < 4; kind++) {
        uint32_t x = 2463534242u;
        for (size_t i = 0; i < n;) {
            x ^= x << 13;
            x ^= x >> 17;
            x ^= x << 5;
            if (kind == 0) {
                const char *w = words[x % 12];
                size_t l = strlen(w);
                for (size_t k = 0; k < l && i < n; k++)
                    src[i++] = (uint8_t)w[k];
            } else if (kind == 1)
                src[i++] = (uint8_t)x;
            else if (kind == 2)
                src[i] = (uint8_t)(i / 1000), i++;
            else
                src[i] = (uint8_t)((x % 4 == 0) ? x >> 8 : (i >= 7 ? src[i - 7] : 'a')), i++;
        }
        size_t c = compress(src, n, cmp);
        memset(dst, 0, n);
        size_t d = decompress(cmp, c, dst);
        uint32_t h = 0;
        for (size_t i = 0; i < c; i++)
            h = h * 31 + cmp[i];
        printf("kind %d: %zu -> %zu bytes (%.1f%%) -> %zu, roundtrip=%d, hash=%08x\n", kind, n, c,
               100.0 * (double)c / (double)n, d, d == n && memcmp(src, dst, n) == 0, h);
    }
    free(src);
    free(cmp);
    free(dst);
    return 0;
}
