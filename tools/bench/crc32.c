/* Integer hashing: CRC-32 (IEEE 802.3, reflected polynomial 0xEDB88320) three ways over the
 * same data: bit by bit (shifts and masks), one table lookup per byte, and slicing-by-8 (eight
 * tables, 64-bit loads); all three must agree. Size: megabytes through the table versions. */
#include <string.h>
#include "common.h"

static uint32_t T[8][256];

static void make_tables(void) {
    for (uint32_t i = 0; i < 256; i++) {
        uint32_t c = i;
        for (int k = 0; k < 8; k++)
            c = (c >> 1) ^ (0xEDB88320u & (0u - (c & 1)));
        T[0][i] = c;
    }
    for (int t = 1; t < 8; t++)
        for (int i = 0; i < 256; i++)
            T[t][i] = (T[t - 1][i] >> 8) ^ T[0][T[t - 1][i] & 0xff];
}

static uint32_t crc_bitwise(uint32_t crc, const unsigned char *p, size_t n) {
    crc = ~crc;
    while (n--) {
        crc ^= *p++;
        for (int k = 0; k < 8; k++)
            crc = (crc >> 1) ^ (0xEDB88320u & (0u - (crc & 1)));
    }
    return ~crc;
}

static uint32_t crc_bytewise(uint32_t crc, const unsigned char *p, size_t n) {
    crc = ~crc;
    while (n--)
        crc = (crc >> 8) ^ T[0][(crc ^ *p++) & 0xff];
    return ~crc;
}

static uint32_t crc_slice8(uint32_t crc, const unsigned char *p, size_t n) {
    crc = ~crc;
    while (n && ((uintptr_t)p & 7))
        crc = (crc >> 8) ^ T[0][(crc ^ *p++) & 0xff], n--;
    while (n >= 8) {
        uint64_t v;
        memcpy(&v, p, 8);
        v ^= crc;
        crc = T[7][v & 0xff] ^ T[6][(v >> 8) & 0xff] ^ T[5][(v >> 16) & 0xff] ^
              T[4][(v >> 24) & 0xff] ^ T[3][(v >> 32) & 0xff] ^ T[2][(v >> 40) & 0xff] ^
              T[1][(v >> 48) & 0xff] ^ T[0][v >> 56];
        p += 8;
        n -= 8;
    }
    while (n--)
        crc = (crc >> 8) ^ T[0][(crc ^ *p++) & 0xff];
    return ~crc;
}

int main(int argc, char **argv) {
    long mb = bench_arg(argc, argv, 200);
    make_tables();
    printf("crc32(123456789): %08x\n", crc_bytewise(0, (const unsigned char *)"123456789", 9));

    size_t chunk = 1 << 20;
    unsigned char *buf = bench_alloc(chunk + 8);
    bench_rng r = {0xc4c32c4c32ULL};
    for (size_t i = 0; i < chunk + 8; i++)
        buf[i] = (unsigned char)(bench_next(&r) >> 56);

    uint32_t a = 0, b = 0, c = 0;
    for (long i = 0; i < mb; i++) {
        size_t off = (size_t)i & 7; /* varying alignment */
        buf[off + (i * 4099) % (chunk - 8)] ^= (unsigned char)i;
        a = crc_bytewise(a, buf + off, chunk - off);
        b = crc_slice8(b, buf + off, chunk - off);
    }
    /* The bit-by-bit version over a sixteenth of the data (it is 8x slower per byte). */
    for (long i = 0; i < mb / 16 + 1; i++)
        c = crc_bitwise(c, buf, chunk / 4);
    uint32_t c2 = 0;
    for (long i = 0; i < mb / 16 + 1; i++)
        c2 = crc_slice8(c2, buf, chunk / 4);
    printf("crc32 bytewise: %08x\ncrc32 slice8: %08x\ncrc32 bitwise: %08x\n", a, b, c);
    if (a != b || c != c2) {
        printf("MISMATCH\n");
        return 1;
    }
    free(buf);
    return 0;
}
