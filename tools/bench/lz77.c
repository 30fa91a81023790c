/* Compression-style byte processing: an LZ77 coder (hash chains, 64 KiB window, lazy-free greedy
 * parsing) followed by a canonical Huffman coder over its output, then both decoders, checked
 * against the input. The input is generated text: words drawn from a skewed vocabulary with
 * some noise, which compresses roughly like English. Size: input kilobytes per round. */
#include <string.h>
#include "common.h"

#define WINDOW    65535
#define HASH_BITS 15
#define MAX_CHAIN 48
#define MIN_MATCH 3
#define MAX_MATCH 130

static size_t gen_text(unsigned char *out, size_t n, bench_rng *r) {
    static char vocab[512][12];
    for (int i = 0; i < 512; i++) {
        int len = 2 + (int)bench_below(r, 9);
        for (int k = 0; k < len; k++)
            vocab[i][k] = (char)('a' + bench_below(r, 26));
        vocab[i][len] = 0;
    }
    size_t o = 0;
    while (o < n) {
        /* Skewed choice: the minimum of two draws favours low indices. */
        uint64_t a = bench_below(r, 512), b = bench_below(r, 512);
        const char *w = vocab[a < b ? a : b];
        if (bench_below(r, 50) == 0) {
            out[o++] = (unsigned char)bench_below(r, 256);
            continue;
        }
        for (; *w && o < n; w++)
            out[o++] = (unsigned char)*w;
        if (o < n) out[o++] = bench_below(r, 12) == 0 ? '\n' : ' ';
    }
    return o;
}

static size_t lz_compress(const unsigned char *in, size_t n, unsigned char *out, int32_t *head,
                          int32_t *prev) {
    for (int i = 0; i < (1 << HASH_BITS); i++)
        head[i] = -1;
    size_t o = 0, lit_start = 0, i = 0;
#define FLUSH_LITS(end)                                                                            \
    while (lit_start < (end)) {                                                                    \
        size_t k = (end)-lit_start > 128 ? 128 : (end)-lit_start;                                  \
        out[o++] = (unsigned char)(k - 1);                                                         \
        memcpy(out + o, in + lit_start, k);                                                        \
        o += k;                                                                                    \
        lit_start += k;                                                                            \
    }
    while (i + MIN_MATCH <= n) {
        uint32_t h = ((uint32_t)in[i] << 16 | (uint32_t)in[i + 1] << 8 | in[i + 2]) * 2654435761u;
        h >>= 32 - HASH_BITS;
        int32_t cand = head[h];
        size_t best = 0, best_dist = 0;
        for (int chain = 0; cand >= 0 && chain < MAX_CHAIN; chain++) {
            size_t dist = i - (size_t)cand;
            if (dist > WINDOW) break;
            if (in[cand + best] == in[i + best]) {
                size_t len = 0, lim = n - i < MAX_MATCH ? n - i : MAX_MATCH;
                while (len < lim && in[cand + len] == in[i + len])
                    len++;
                if (len > best) {
                    best = len, best_dist = dist;
                    if (len == lim) break;
                }
            }
            cand = prev[cand];
        }
        prev[i] = head[h];
        head[h] = (int32_t)i;
        if (best >= MIN_MATCH) {
            FLUSH_LITS(i);
            out[o++] = (unsigned char)(128 + best - MIN_MATCH);
            out[o++] = (unsigned char)(best_dist >> 8);
            out[o++] = (unsigned char)best_dist;
            /* Insert the skipped positions into the chains. */
            for (size_t k = i + 1; k < i + best && k + MIN_MATCH <= n; k++) {
                uint32_t hk =
                    ((uint32_t)in[k] << 16 | (uint32_t)in[k + 1] << 8 | in[k + 2]) * 2654435761u;
                hk >>= 32 - HASH_BITS;
                prev[k] = head[hk];
                head[hk] = (int32_t)k;
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

static size_t lz_decompress(const unsigned char *in, size_t n, unsigned char *out) {
    size_t i = 0, o = 0;
    while (i < n) {
        unsigned c = in[i++];
        if (c < 128) {
            memcpy(out + o, in + i, c + 1);
            o += c + 1;
            i += c + 1;
        } else {
            size_t len = c - 128 + MIN_MATCH, dist = (size_t)in[i] << 8 | in[i + 1];
            i += 2;
            for (size_t k = 0; k < len; k++, o++)
                out[o] = out[o - dist]; /* may overlap */
        }
    }
    return o;
}

/* --- canonical Huffman ------------------------------------------------------------------ */

typedef struct {
    uint64_t freq;
    int sym; /* < 0: internal node */
    int left, right;
} hnode;

static void code_lengths(const uint64_t freq[256], unsigned char len[256]) {
    hnode nodes[512];
    int heap[512], hn = 0, nn = 0;
    memset(len, 0, 256);
    for (int s = 0; s < 256; s++) {
        if (!freq[s]) continue;
        nodes[nn] = (hnode){freq[s], s, -1, -1};
        /* sift up */
        int k = hn++;
        heap[k] = nn++;
        while (k && nodes[heap[(k - 1) / 2]].freq > nodes[heap[k]].freq) {
            int t = heap[k];
            heap[k] = heap[(k - 1) / 2];
            heap[(k - 1) / 2] = t;
            k = (k - 1) / 2;
        }
    }
    if (hn == 1) {
        len[nodes[heap[0]].sym] = 1;
        return;
    }
    while (hn > 1) {
        int pick[2];
        for (int t = 0; t < 2; t++) {
            pick[t] = heap[0];
            heap[0] = heap[--hn];
            int k = 0;
            for (;;) {
                int l = 2 * k + 1, rr = l + 1, m = k;
                if (l < hn && nodes[heap[l]].freq < nodes[heap[m]].freq) m = l;
                if (rr < hn && nodes[heap[rr]].freq < nodes[heap[m]].freq) m = rr;
                if (m == k) break;
                int tmp = heap[k];
                heap[k] = heap[m];
                heap[m] = tmp;
                k = m;
            }
        }
        nodes[nn] = (hnode){nodes[pick[0]].freq + nodes[pick[1]].freq, -1, pick[0], pick[1]};
        int k = hn++;
        heap[k] = nn++;
        while (k && nodes[heap[(k - 1) / 2]].freq > nodes[heap[k]].freq) {
            int t = heap[k];
            heap[k] = heap[(k - 1) / 2];
            heap[(k - 1) / 2] = t;
            k = (k - 1) / 2;
        }
    }
    /* Depths by an explicit stack walk. */
    int stack[512], depth[512], sp = 0;
    stack[sp] = heap[0], depth[sp++] = 0;
    while (sp) {
        sp--;
        int nd = stack[sp], d = depth[sp];
        if (nodes[nd].sym >= 0) {
            len[nodes[nd].sym] = (unsigned char)(d ? d : 1);
        } else {
            stack[sp] = nodes[nd].left, depth[sp++] = d + 1;
            stack[sp] = nodes[nd].right, depth[sp++] = d + 1;
        }
    }
}

typedef struct {
    unsigned char len[256];
    uint32_t code[256];
    int count[64];    /* codes of each length */
    int symbols[256]; /* in canonical order */
} huff;

static void huff_build(huff *h) {
    memset(h->count, 0, sizeof h->count);
    for (int s = 0; s < 256; s++)
        h->count[h->len[s]]++;
    h->count[0] = 0;
    int offs[64];
    uint64_t code, next[64];
    offs[1] = 0;
    for (int l = 1; l < 63; l++)
        offs[l + 1] = offs[l] + h->count[l];
    code = 0;
    for (int l = 1; l < 64; l++) {
        next[l] = code;
        code = (code + h->count[l]) << 1;
    }
    for (int s = 0; s < 256; s++)
        if (h->len[s]) {
            h->code[s] = (uint32_t)next[h->len[s]]++;
            h->symbols[offs[h->len[s]]++] = s;
        }
}

static size_t huff_encode(const huff *h, const unsigned char *in, size_t n, unsigned char *out) {
    uint64_t acc = 0;
    int bits = 0;
    size_t o = 0;
    for (size_t i = 0; i < n; i++) {
        int l = h->len[in[i]];
        acc = acc << l | h->code[in[i]];
        bits += l;
        while (bits >= 8)
            out[o++] = (unsigned char)(acc >> (bits - 8)), bits -= 8;
    }
    if (bits) out[o++] = (unsigned char)(acc << (8 - bits));
    return o;
}

/* Bit-serial canonical decode (as in zlib's puff.c): branchy by design. */
static void huff_decode(const huff *h, const unsigned char *in, unsigned char *out, size_t n) {
    size_t bitpos = 0;
    for (size_t i = 0; i < n; i++) {
        int code = 0, first = 0, index = 0;
        for (int l = 1; l < 64; l++) {
            code |= (in[bitpos >> 3] >> (7 - (bitpos & 7))) & 1;
            bitpos++;
            int count = h->count[l];
            if (code - count < first) {
                out[i] = (unsigned char)h->symbols[index + (code - first)];
                break;
            }
            index += count;
            first += count;
            first <<= 1;
            code <<= 1;
        }
    }
}

int main(int argc, char **argv) {
    long kb = bench_arg(argc, argv, 6144);
    size_t n = (size_t)kb * 1024;
    size_t round = n < (1u << 20) ? n : (1u << 20); /* one megabyte per round */
    bench_rng r = {0x1277cafe};
    unsigned char *in = bench_alloc(round), *lz = bench_alloc(round + round / 64 + 16);
    unsigned char *hf = bench_alloc(round * 2 + 16), *un = bench_alloc(round),
                  *dec = bench_alloc(round);
    int32_t *head = bench_alloc(sizeof(int32_t) << HASH_BITS),
            *prev = bench_alloc(sizeof(int32_t) * round);
    uint64_t total_in = 0, total_lz = 0, total_hf = 0, h = BENCH_FNV_INIT;
    for (size_t done = 0; done < n; done += round) {
        size_t len = gen_text(in, n - done < round ? n - done : round, &r);
        size_t lzn = lz_compress(in, len, lz, head, prev);
        uint64_t freq[256] = {0};
        for (size_t i = 0; i < lzn; i++)
            freq[lz[i]]++;
        huff hc;
        code_lengths(freq, hc.len);
        huff_build(&hc);
        size_t hfn = huff_encode(&hc, lz, lzn, hf);
        huff_decode(&hc, hf, un, lzn);
        if (memcmp(un, lz, lzn) != 0) {
            printf("huffman round trip FAILED\n");
            return 1;
        }
        size_t back = lz_decompress(un, lzn, dec);
        if (back != len || memcmp(dec, in, len) != 0) {
            printf("lz77 round trip FAILED\n");
            return 1;
        }
        total_in += len, total_lz += lzn, total_hf += hfn;
        h = bench_fnv(h, hf, hfn);
    }
    printf("input: %llu bytes\nlz77: %llu bytes\nhuffman: %llu bytes\nhash: %016llx\n",
           (unsigned long long)total_in, (unsigned long long)total_lz, (unsigned long long)total_hf,
           (unsigned long long)h);
    return 0;
}
