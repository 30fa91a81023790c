/* Bit tricks: clz/ctz/popcount/parity/bswap/rotates on 32 and 64 bits. */
#include <stdint.h>
#include <stdio.h>

static uint64_t rotl64(uint64_t x, unsigned r) {
    return (x << (r & 63)) | (x >> ((64 - r) & 63));
}
static uint32_t rotr32(uint32_t x, unsigned r) {
    return (x >> (r & 31)) | (x << ((32 - r) & 31));
}

int main(void) {
    volatile uint64_t seed = 0x0123456789abcdefULL;
    uint64_t x = seed;
    for (int i = 0; i < 40; i++) {
        x = x * 6364136223846793005ULL + 1442695040888963407ULL;
        uint64_t v = x >> (i % 60);
        uint32_t w = (uint32_t)(x >> 17) >> (i % 30);
        printf("%016llx clz=%d ctz=%d pop=%d par=%d | %08x clz=%d ctz=%d pop=%d | bswap=%016llx "
               "%08x rot=%016llx %08x\n",
               (unsigned long long)v, v ? __builtin_clzll(v) : 64, v ? __builtin_ctzll(v) : 64,
               __builtin_popcountll(v), __builtin_parityll(v), w, w ? __builtin_clz(w) : 32,
               w ? __builtin_ctz(w) : 32, __builtin_popcount(w),
               (unsigned long long)__builtin_bswap64(v), __builtin_bswap32(w),
               (unsigned long long)rotl64(v, i), rotr32(w, i));
    }
    uint16_t s = 0xabcd;
    printf("bswap16 %04x\n", __builtin_bswap16(s));
    printf("ffs %d %d %d\n", __builtin_ffs(0), __builtin_ffs(0x80), __builtin_ffsll(1ULL << 50));
    printf("clrsb %d %d\n", __builtin_clrsb(-1), __builtin_clrsbll(5));
    /* Classic tricks */
    for (uint32_t v = 1; v < 5000000; v = v * 3 + 1) {
        uint32_t p = v - 1;
        p |= p >> 1;
        p |= p >> 2;
        p |= p >> 4;
        p |= p >> 8;
        p |= p >> 16;
        p++;
        printf("%u: nextpow2=%u lowbit=%u ispow2=%d rev=%08x\n", v, p, v & -v, (v & (v - 1)) == 0,
               ({
                   uint32_t r = v;
                   r = ((r >> 1) & 0x55555555) | ((r & 0x55555555) << 1);
                   r = ((r >> 2) & 0x33333333) | ((r & 0x33333333) << 2);
                   r = ((r >> 4) & 0x0f0f0f0f) | ((r & 0x0f0f0f0f) << 4);
                   __builtin_bswap32(r);
               }));
    }
    /* Signed shifts */
    volatile int64_t n = -0x123456789LL;
    for (int k = 0; k < 64; k += 9)
        printf("%d: %lld %llx\n", k, (long long)(n >> k), (unsigned long long)((uint64_t)n >> k));
    volatile int32_t n32 = -12345;
    for (int k = 0; k < 32; k += 5)
        printf("%d: %d %x %x\n", k, n32 >> k, (uint32_t)n32 >> k, (uint32_t)n32 << k);
    return 0;
}
