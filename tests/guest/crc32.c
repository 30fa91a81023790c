/* CRC-32 (table and bitwise), Adler-32 and FNV over generated data. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static uint32_t table[256];

static void make_table(void) {
    for (uint32_t i = 0; i < 256; i++) {
        uint32_t c = i;
        for (int k = 0; k < 8; k++)
            c = c & 1 ? 0xedb88320u ^ (c >> 1) : c >> 1;
        table[i] = c;
    }
}

static uint32_t crc32_table(uint32_t crc, const uint8_t *p, size_t n) {
    crc = ~crc;
    while (n--)
        crc = table[(crc ^ *p++) & 0xff] ^ (crc >> 8);
    return ~crc;
}

static uint32_t crc32_bitwise(const uint8_t *p, size_t n) {
    uint32_t crc = 0xffffffffu;
    for (size_t i = 0; i < n; i++) {
        crc ^= p[i];
        for (int k = 0; k < 8; k++)
            crc = (crc >> 1) ^ (0xedb88320u & (0u - (crc & 1)));
    }
    return ~crc;
}

static uint32_t adler32(const uint8_t *p, size_t n) {
    uint32_t a = 1, b = 0;
    for (size_t i = 0; i < n; i++) {
        a = (a + p[i]) % 65521;
        b = (b + a) % 65521;
    }
    return b << 16 | a;
}

int main(void) {
    make_table();
    const char *s = "123456789";
    printf("crc32(\"%s\")=%08x bitwise=%08x adler=%08x\n", s, crc32_table(0, (const uint8_t *)s, 9),
           crc32_bitwise((const uint8_t *)s, 9), adler32((const uint8_t *)s, 9));
    s = "The quick brown fox jumps over the lazy dog";
    printf("crc32(fox)=%08x adler=%08x\n", crc32_table(0, (const uint8_t *)s, strlen(s)),
           adler32((const uint8_t *)s, strlen(s)));
    size_t n = 3 << 20;
    uint8_t *d = malloc(n);
    uint64_t x = 1;
    for (size_t i = 0; i < n; i++) {
        x = x * 6364136223846793005ULL + 1442695040888963407ULL;
        d[i] = (uint8_t)(x >> 56);
    }
    uint32_t full = crc32_table(0, d, n);
    uint32_t part = 0;
    for (size_t off = 0; off < n; off += 100000)
        part = crc32_table(part, d + off, off + 100000 < n ? 100000 : n - off);
    printf("crc32(3MB)=%08x incremental=%08x adler=%08x\n", full, part, adler32(d, n));
    printf("bitwise(64KB)=%08x table=%08x\n", crc32_bitwise(d, 65536), crc32_table(0, d, 65536));
    for (int k = 0; k < 8; k++)
        printf("crc of %d bytes at %d: %08x\n", 1 << k, k * 3, crc32_table(0, d + k * 3, 1u << k));
    free(d);
    return 0;
}
