/* Wrap-around arithmetic via unsigned types and the overflow builtins. */
#include <limits.h>
#include <stdint.h>
#include <stdio.h>

int main(void) {
    volatile uint32_t u32 = UINT32_MAX;
    volatile uint64_t u64 = UINT64_MAX;
    volatile uint8_t u8 = 250;
    volatile uint16_t u16 = 65530;
    printf("%u %u %llu %llu\n", u32 + 1, u32 * 3, (unsigned long long)(u64 + 2),
           (unsigned long long)(u64 * u64));
    u8 += 10;
    u16 += 10;
    printf("%u %u\n", u8, u16);
    printf("%d %d\n", (int32_t)(uint32_t)(0x7fffffffu + 1u), (int16_t)(uint16_t)40000);
    printf("%d %d\n", (int8_t)200, (int)(signed char)(unsigned char)255);

    int r;
    long long rl;
    printf("add %d ", __builtin_add_overflow(INT_MAX, 1, &r));
    printf("%d\n", r);
    printf("sub %d ", __builtin_sub_overflow(INT_MIN, 1, &r));
    printf("%d\n", r);
    printf("mul %d ", __builtin_mul_overflow(65536, 65536, &r));
    printf("%d\n", r);
    printf("mul %d ", __builtin_mul_overflow(46341, 46340, &r));
    printf("%d\n", r);
    printf("mull %d ", __builtin_mul_overflow(LLONG_MAX, 2LL, &rl));
    printf("%lld\n", rl);
    printf("addl %d ", __builtin_add_overflow(LLONG_MAX, -1LL, &rl));
    printf("%lld\n", rl);
    unsigned ur;
    printf("uadd %d ", __builtin_add_overflow(4000000000u, 400000000u, &ur));
    printf("%u\n", ur);
    printf("usub %d ", __builtin_sub_overflow(1u, 2u, &ur));
    printf("%u\n", ur);
    volatile int64_t big = INT64_MIN;
    for (int i = 0; i < 8; i++) {
        int64_t v = 0;
        int o = __builtin_mul_overflow((int64_t)big, (int64_t)(i - 4), &v);
        printf("INT64_MIN*%d overflow=%d v=%lld\n", i - 4, o, (long long)v);
    }
    /* 32-bit wrap in a loop: the W-form instructions. */
    uint32_t h = 2166136261u;
    for (int i = 0; i < 100000; i++)
        h = (h ^ (uint32_t)i) * 16777619u;
    printf("fnv32 %08x\n", h);
    int32_t acc = 0;
    for (int i = 0; i < 1000; i++)
        acc = (int32_t)((uint32_t)acc + 0x12345678u);
    printf("acc %d\n", acc);
    /* Sign extension of 32-bit results into 64-bit registers. */
    volatile uint32_t hi = 0x80000000u;
    int64_t se = (int32_t)hi;
    uint64_t ze = hi;
    printf("%lld %llu\n", (long long)se, (unsigned long long)ze);
    return 0;
}
