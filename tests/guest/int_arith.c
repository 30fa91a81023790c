/* 64/32-bit integer arithmetic, including the RISC-V division edge cases
 * (divide by zero, INT_MIN / -1) exercised through inline asm so that C
 * undefined behaviour never enters the picture. */
#include <stdint.h>
#include <stdio.h>
#include <inttypes.h>

static int64_t rv_div(int64_t a, int64_t b) {
    int64_t r;
    __asm__ volatile("div %0,%1,%2" : "=r"(r) : "r"(a), "r"(b));
    return r;
}
static int64_t rv_rem(int64_t a, int64_t b) {
    int64_t r;
    __asm__ volatile("rem %0,%1,%2" : "=r"(r) : "r"(a), "r"(b));
    return r;
}
static uint64_t rv_divu(uint64_t a, uint64_t b) {
    uint64_t r;
    __asm__ volatile("divu %0,%1,%2" : "=r"(r) : "r"(a), "r"(b));
    return r;
}
static uint64_t rv_remu(uint64_t a, uint64_t b) {
    uint64_t r;
    __asm__ volatile("remu %0,%1,%2" : "=r"(r) : "r"(a), "r"(b));
    return r;
}
static int64_t rv_divw(int64_t a, int64_t b) {
    int64_t r;
    __asm__ volatile("divw %0,%1,%2" : "=r"(r) : "r"(a), "r"(b));
    return r;
}
static int64_t rv_remw(int64_t a, int64_t b) {
    int64_t r;
    __asm__ volatile("remw %0,%1,%2" : "=r"(r) : "r"(a), "r"(b));
    return r;
}
static int64_t rv_divuw(int64_t a, int64_t b) {
    int64_t r;
    __asm__ volatile("divuw %0,%1,%2" : "=r"(r) : "r"(a), "r"(b));
    return r;
}
static int64_t rv_remuw(int64_t a, int64_t b) {
    int64_t r;
    __asm__ volatile("remuw %0,%1,%2" : "=r"(r) : "r"(a), "r"(b));
    return r;
}
static int64_t rv_mulh(int64_t a, int64_t b) {
    int64_t r;
    __asm__ volatile("mulh %0,%1,%2" : "=r"(r) : "r"(a), "r"(b));
    return r;
}
static int64_t rv_mulhu(int64_t a, int64_t b) {
    int64_t r;
    __asm__ volatile("mulhu %0,%1,%2" : "=r"(r) : "r"(a), "r"(b));
    return r;
}
static int64_t rv_mulhsu(int64_t a, int64_t b) {
    int64_t r;
    __asm__ volatile("mulhsu %0,%1,%2" : "=r"(r) : "r"(a), "r"(b));
    return r;
}
static int64_t rv_mulw(int64_t a, int64_t b) {
    int64_t r;
    __asm__ volatile("mulw %0,%1,%2" : "=r"(r) : "r"(a), "r"(b));
    return r;
}

static const int64_t vals[] = {
    0,
    1,
    -1,
    2,
    -2,
    3,
    7,
    -7,
    100,
    -100,
    0x7fffffff,
    -0x7fffffff - 1,
    0xffffffffLL,
    INT64_MAX,
    INT64_MIN,
    INT64_MIN + 1,
    0x123456789abcdefLL,
    -0x123456789abcdefLL,
    0x80000000LL,
};
#define NV (int)(sizeof vals / sizeof vals[0])

int main(void) {
    uint64_t h = 1469598103934665603ULL;
    for (int i = 0; i < NV; i++) {
        for (int j = 0; j < NV; j++) {
            int64_t a = vals[i], b = vals[j];
            int64_t r[12] = {rv_div(a, b),           rv_rem(a, b),    (int64_t)rv_divu(a, b),
                             (int64_t)rv_remu(a, b), rv_divw(a, b),   rv_remw(a, b),
                             rv_divuw(a, b),         rv_remuw(a, b),  rv_mulh(a, b),
                             rv_mulhu(a, b),         rv_mulhsu(a, b), rv_mulw(a, b)};
            for (int k = 0; k < 12; k++)
                h = (h ^ (uint64_t)r[k]) * 1099511628211ULL;
            if (i % 4 == 0 && j % 3 == 0)
                printf("%" PRId64 " %" PRId64 ": div=%" PRId64 " rem=%" PRId64 " divu=%" PRIu64
                       " remu=%" PRIu64 " divw=%" PRId64 " remw=%" PRId64 " mulh=%" PRId64
                       " mulhu=%" PRIx64 " mulhsu=%" PRId64 "\n",
                       a, b, r[0], r[1], (uint64_t)r[2], (uint64_t)r[3], r[4], r[5], r[8],
                       (uint64_t)r[9], r[10]);
        }
    }
    printf("hash %016" PRIx64 "\n", h);

    /* Plain C arithmetic on well-defined operands. */
    volatile int64_t x = 123456789012345LL, y = -98765;
    printf("%lld %lld %lld %lld %lld\n", (long long)(x + y), (long long)(x - y), (long long)(x * y),
           (long long)(x / y), (long long)(x % y));
    volatile int32_t p = -2147483647, q = 3;
    printf("%d %d %d %d\n", p / q, p % q, p >> 3, (int)((uint32_t)p >> 3));
    volatile uint32_t u = 0xdeadbeef;
    printf("%u %u %x %x\n", u / 7, u % 7, u << 4, u >> 4);
    int64_t sum = 0;
    for (int64_t i = -1000; i < 1000; i += 3)
        sum += i * i * i / 7 - i % 13;
    printf("sum %lld\n", (long long)sum);
    return 0;
}
