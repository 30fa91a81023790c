/* 32-bit arithmetic (addw, subw, mulw, sllw, srlw, sraw, divw, remw, ...) whose results flow
 * through other 32-bit operations and then into 64-bit uses: compares, 64-bit adds, array
 * indexing, stores of 1, 2, 4 and 8 bytes, 64-bit right shifts, (long)(int) casts, zero
 * extensions. The translator leaves a 32-bit result unextended when only its low half is used
 * (ir_opt_low32): every 64-bit use here must still see the sign-extended value. Overflow cases
 * (INT_MAX + 1, INT_MIN / -1, division by zero, shifts by 31) use inline asm where C would
 * be undefined. Inputs are volatile so that nothing is folded at compile time. */
#include <inttypes.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

static volatile int32_t vin[] = {
    0,
    1,
    -1,
    2,
    0x7fffffff,
    (int32_t)0x80000000,
    0x7ffffffe,
    -0x7fffffff,
    31,
    32,
    33,
    63,
    0x12345678,
    -0x12345678,
    0x00010000,
    0x0000ffff,
    (int32_t)0xdeadbeef,
    0x40000000,
    -3,
    7,
    1000003,
    -1000003,
};
#define NIN ((int)(sizeof vin / sizeof vin[0]))
static volatile int64_t vbig[] = {
    0x100000000ll,        -0x100000000ll,
    0x7fffffffffffffffll, (int64_t)0x8000000000000000ull,
    0x123456789abcdefll,  -5,
    0xffffffff,           0x80000000,
};
#define NBIG ((int)(sizeof vbig / sizeof vbig[0]))

static uint64_t h = 0xcbf29ce484222325ull;
static void mix(uint64_t v) {
    h = (h ^ v) * 0x100000001b3ull;
    h ^= h >> 29;
}

static int32_t rv_divw(int64_t a, int64_t b) {
    int64_t r;
    __asm__ volatile("divw %0,%1,%2" : "=r"(r) : "r"(a), "r"(b));
    return (int32_t)r;
}
static int32_t rv_remw(int64_t a, int64_t b) {
    int64_t r;
    __asm__ volatile("remw %0,%1,%2" : "=r"(r) : "r"(a), "r"(b));
    return (int32_t)r;
}
static uint32_t rv_divuw(int64_t a, int64_t b) {
    int64_t r;
    __asm__ volatile("divuw %0,%1,%2" : "=r"(r) : "r"(a), "r"(b));
    return (uint32_t)r;
}
static uint32_t rv_remuw(int64_t a, int64_t b) {
    int64_t r;
    __asm__ volatile("remuw %0,%1,%2" : "=r"(r) : "r"(a), "r"(b));
    return (uint32_t)r;
}
/* addw / sllw / sraw on full 64-bit registers whose upper halves are not a sign extension */
static int64_t rv_addw(int64_t a, int64_t b) {
    int64_t r;
    __asm__ volatile("addw %0,%1,%2" : "=r"(r) : "r"(a), "r"(b));
    return r;
}
static int64_t rv_chain(int64_t a, int64_t b) {
    int64_t r;
    /* addw -> xor -> subw -> sllw -> sraw -> srlw: the middle results are read only by 32-bit
     * operations; the last one is a full 64-bit value */
    __asm__ volatile("addw %0,%1,%2\n\t"
                     "xor %0,%0,%1\n\t"
                     "subw %0,%0,%2\n\t"
                     "sllw %0,%0,%2\n\t"
                     "sraw %0,%0,%1\n\t"
                     "srlw %0,%0,%2"
                     : "=&r"(r)
                     : "r"(a), "r"(b));
    return r;
}
static int64_t rv_sext_chain(int64_t a, int64_t b) {
    int64_t r, t;
    /* sext.w of a 64-bit value read only by mulw, then the mulw result to a 64-bit srai */
    __asm__ volatile("sext.w %1,%2\n\t"
                     "mulw %0,%1,%3\n\t"
                     "srai %0,%0,7"
                     : "=&r"(r), "=&r"(t)
                     : "r"(a), "r"(b));
    return r;
}

/* A 32-bit result read only by a 64-bit operation in the same block, its register overwritten
 * at once (so the translator sees no other use of it): each must read the sign extension. */
static uint64_t rv_wide_uses(int64_t a, int64_t b) {
    uint64_t r[10];
    __asm__ volatile("addw %0,%10,%11\n\t"
                     "srli %0,%0,33\n\t" /* a logical 64-bit shift right */
                     "subw %1,%10,%11\n\t"
                     "srai %1,%1,40\n\t"
                     "mulw %2,%10,%11\n\t"
                     "xor %2,%2,%10\n\t" /* through a 64-bit xor */
                     "srli %2,%2,32\n\t"
                     "sllw %3,%10,%11\n\t"
                     "slli %3,%3,1\n\t" /* through a 64-bit shift left */
                     "srli %3,%3,31\n\t"
                     "addw %4,%10,%11\n\t"
                     "sltu %4,%10,%4\n\t" /* a 64-bit compare */
                     "sraw %5,%10,%11\n\t"
                     "mulhu %5,%5,%10\n\t"
                     "remw %6,%10,%11\n\t"
                     "add %6,%6,%10\n\t" /* a 64-bit add, then a shift */
                     "srai %6,%6,20\n\t"
                     "sext.w %7,%10\n\t" /* addiw %7,%10,0 */
                     "srli %7,%7,16\n\t"
                     "addw %8,%10,%11\n\t"
                     "srli %8,%8,1\n\t" /* bit 32 moves into the low half */
                     "addw %8,%8,%11\n\t"
                     "subw %9,%10,%11\n\t"
                     "srai %9,%9,3\n\t"
                     "subw %9,%9,%11"
                     : "=&r"(r[0]), "=&r"(r[1]), "=&r"(r[2]), "=&r"(r[3]), "=&r"(r[4]), "=&r"(r[5]),
                       "=&r"(r[6]), "=&r"(r[7]), "=&r"(r[8]), "=&r"(r[9])
                     : "r"(a), "r"(b));
    for (int i = 0; i < 9; i++)
        mix(r[i]);
    return r[9];
}

/* A SHA-256-like round: every value is 32 bits, only the final ones leave as 64 bits. */
__attribute__((noinline)) static uint64_t round32(uint32_t a, uint32_t b, uint32_t c, uint32_t d) {
    for (int i = 0; i < 8; i++) {
        uint32_t s0 = (a >> 2 | a << 30) ^ (a >> 13 | a << 19) ^ (a >> 22 | a << 10);
        uint32_t s1 = (b >> 6 | b << 26) ^ (b >> 11 | b << 21);
        uint32_t t = d + s1 + (b & c) + (~b & d) + 0x428a2f98u * (uint32_t)(i + 1);
        d = c;
        c = b;
        b = a + t;
        a = t + s0;
    }
    /* 64-bit uses: a zero extension, a sign extension, a compare, a 64-bit sum */
    uint64_t r = (uint64_t)a + ((uint64_t)b << 32);
    r ^= (uint64_t)(int64_t)(int32_t)c;
    if ((int64_t)(int32_t)d < (int64_t)(int32_t)a) r += 1;
    return r + (int64_t)(int32_t)(a - b);
}

__attribute__((noinline)) static void arith(int32_t x, int32_t y, int64_t big) {
    int32_t s = (int32_t)((uint32_t)x + (uint32_t)y);
    int32_t d = (int32_t)((uint32_t)x - (uint32_t)y);
    int32_t m = (int32_t)((uint32_t)x * (uint32_t)y);
    int32_t sh = (int32_t)((uint32_t)x << (y & 31));
    int32_t sr = (int32_t)((uint32_t)x >> (y & 31));
    int32_t sa = x >> (y & 31);
    /* 32-bit uses, then 64-bit ones */
    int32_t u = (int32_t)((uint32_t)s * 3u + (uint32_t)d);
    int32_t v = (int32_t)(((uint32_t)m ^ (uint32_t)sh) + (uint32_t)sr);
    mix((uint64_t)(int64_t)u);
    mix((uint64_t)(int64_t)v);
    mix((uint64_t)(int64_t)sa + (uint64_t)big);    /* 64-bit add */
    mix((uint64_t)(uint32_t)u);                    /* zero extension */
    mix((uint64_t)((int64_t)v >> 17));             /* 64-bit shift right */
    mix((uint64_t)((uint64_t)(int64_t)v >> 33));   /* logical, sees the sign bits */
    mix((int64_t)u < (int64_t)v);                  /* 64-bit compare */
    mix((int64_t)(int32_t)((uint32_t)u + 1u) < 0); /* sign test */
    mix((uint64_t)(int64_t)(int32_t)(s ^ d) == (uint64_t)big);
    mix((uint64_t)(int64_t)(int32_t)((uint32_t)m + (uint32_t)sh) * (uint64_t)big); /* 64-bit mul */
    mix((uint64_t)(int64_t)(int32_t)((uint32_t)s >> 31));
    mix((uint64_t)(int64_t)(int32_t)((uint32_t)d << 31));
    mix((uint64_t)(int64_t)((int32_t)(m | 1) >> 31));
    mix((uint64_t)(int64_t)(int32_t)(u & v));
    mix((uint64_t)(int64_t)(int32_t) ~(u ^ v));
    mix((uint64_t)(int64_t)(int32_t) - (uint32_t)u);
}

__attribute__((noinline)) static void division(int32_t x, int32_t y) {
    int32_t q = rv_divw(x, y), r = rv_remw(x, y);
    uint32_t qu = rv_divuw(x, y), ru = rv_remuw(x, y);
    /* 32-bit uses of the quotients, then 64-bit ones */
    int32_t k = (int32_t)((uint32_t)q * (uint32_t)y + (uint32_t)r); /* == x */
    uint32_t ku = qu * (uint32_t)y + ru;
    mix((uint64_t)(int64_t)k);
    mix((uint64_t)(int64_t)(int32_t)ku);
    mix((uint64_t)(int64_t)q);
    mix((uint64_t)(int64_t)r);
    mix((uint64_t)qu);
    mix((uint64_t)(int64_t)(int32_t)ru);
    mix((int64_t)(int32_t)((uint32_t)q + 1u) > (int64_t)(int32_t)((uint32_t)r - 1u));
    mix((uint64_t)((int64_t)(int32_t)(q ^ r) >> 40));
}

static uint8_t b8[256];
static uint16_t b16[256];
static int32_t b32[256];
static int64_t b64[256];
static int64_t table[256];

__attribute__((noinline)) static void memory(int32_t x, int32_t y, int i) {
    int32_t s = (int32_t)((uint32_t)x + (uint32_t)y * 5u);
    int32_t t = (int32_t)(((uint32_t)s << 3) - (uint32_t)x);
    b8[i] = (uint8_t)((uint32_t)s + (uint32_t)t);
    b16[i] = (uint16_t)((uint32_t)s * (uint32_t)t);
    b32[i] = (int32_t)((uint32_t)s ^ (uint32_t)t);
    b64[i] = (int64_t)(int32_t)((uint32_t)s - (uint32_t)t); /* sd of a sign-extended value */
    /* indexing with 32-bit results: masked, and signed around the middle of the table */
    mix((uint64_t)table[((uint32_t)s + (uint32_t)t) & 255]);
    mix((uint64_t)table[128 + (int8_t)(s ^ t)]);
    mix((uint64_t)table[((uint32_t)s * 7u) % 251u]);
    int32_t idx = (int32_t)((uint32_t)t & 127u) - 64;
    mix((uint64_t)table[128 + idx]);
}

int main(void) {
    for (int i = 0; i < 256; i++)
        table[i] = (int64_t)(0x9e3779b97f4a7c15ull * (uint64_t)(i + 1));

    /* the overflow cases, printed one by one */
    int32_t imax = vin[4], imin = vin[5], m1 = vin[2], zero = vin[0];
    printf("INT_MAX+1 = %" PRId64 "\n", rv_addw(imax, 1));
    printf("INT_MIN-1 = %" PRId64 "\n", rv_addw(imin, -1));
    printf("INT_MIN/-1 = %" PRId32 " rem %" PRId32 "\n", rv_divw(imin, m1), rv_remw(imin, m1));
    printf("x/0 = %" PRId32 " rem %" PRId32 "\n", rv_divw(imax, zero), rv_remw(imax, zero));
    printf("x/0 unsigned = %" PRIu32 " rem %" PRIu32 "\n", rv_divuw(imin, zero),
           rv_remuw(imin, zero));
    printf("1<<31 = %" PRId64 "\n", (int64_t)(int32_t)((uint32_t)vin[1] << 31));
    printf("INT_MIN>>31 = %" PRId64 " >>u31 = %" PRId64 "\n", (int64_t)(imin >> 31),
           (int64_t)(int32_t)((uint32_t)imin >> 31));
    printf("(long)(INT_MAX+1) >> 32 = %" PRId64 "\n",
           (int64_t)(int32_t)((uint32_t)imax + 1u) >> 32);

    /* addw/chains on registers with garbage upper halves */
    for (int i = 0; i < NBIG; i++)
        for (int j = 0; j < NIN; j++) {
            mix((uint64_t)rv_addw(vbig[i], vin[j]));
            mix((uint64_t)rv_chain(vbig[i], (int64_t)vin[j] + vbig[(i + j) % NBIG]));
            mix((uint64_t)rv_sext_chain(vbig[i], vin[j]));
            mix(rv_wide_uses(vbig[i], vin[j]));
            mix(rv_wide_uses(vin[j], vbig[i]));
        }
    printf("asm chains: %016" PRIx64 "\n", h);

    h = 0xcbf29ce484222325ull;
    for (int i = 0; i < NIN; i++)
        for (int j = 0; j < NIN; j++)
            arith(vin[i], vin[j], vbig[(i * 3 + j) % NBIG]);
    printf("arith: %016" PRIx64 "\n", h);

    h = 0xcbf29ce484222325ull;
    for (int i = 0; i < NIN; i++)
        for (int j = 0; j < NIN; j++)
            division(vin[i], vin[j]);
    printf("division: %016" PRIx64 "\n", h);

    h = 0xcbf29ce484222325ull;
    for (int i = 0; i < NIN; i++)
        for (int j = 0; j < NIN; j++)
            memory(vin[i], vin[j], (i * NIN + j) & 255);
    uint64_t sum = 0;
    for (int i = 0; i < 256; i++)
        sum = sum * 31 + b8[i] + ((uint64_t)b16[i] << 8) + ((uint64_t)(uint32_t)b32[i] << 16) +
              (uint64_t)b64[i];
    printf("memory: %016" PRIx64 " stores %016" PRIx64 "\n", h, sum);

    h = 0xcbf29ce484222325ull;
    for (int i = 0; i + 3 < NIN; i++)
        mix(round32((uint32_t)vin[i], (uint32_t)vin[i + 1], (uint32_t)vin[i + 2],
                    (uint32_t)vin[i + 3]));
    printf("rounds: %016" PRIx64 "\n", h);
    return 0;
}
