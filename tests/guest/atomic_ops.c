/* Atomic builtins (LR/SC and AMO instructions) in a single thread: fetch-add/sub/and/or/xor,
 * exchange, compare-exchange on 32/64-bit (sub-word atomics would need -latomic with GCC 12),
 * AMO min/max via inline asm, fences. */
#include <stdatomic.h>
#include <stdint.h>
#include <stdio.h>

static int64_t amomin(int64_t *p, int64_t v) {
    int64_t r;
    __asm__ volatile("amomin.d %0,%2,(%1)" : "=r"(r) : "r"(p), "r"(v) : "memory");
    return r;
}
static int64_t amomaxu(int64_t *p, int64_t v) {
    int64_t r;
    __asm__ volatile("amomaxu.d %0,%2,(%1)" : "=r"(r) : "r"(p), "r"(v) : "memory");
    return r;
}
static int32_t amomax_w(int32_t *p, int32_t v) {
    int32_t r;
    __asm__ volatile("amomax.w %0,%2,(%1)" : "=r"(r) : "r"(p), "r"(v) : "memory");
    return r;
}
static int32_t amominu_w(int32_t *p, int32_t v) {
    int32_t r;
    __asm__ volatile("amominu.w %0,%2,(%1)" : "=r"(r) : "r"(p), "r"(v) : "memory");
    return r;
}

int main(void) {
    _Atomic int64_t a64 = 100;
    _Atomic int32_t a32 = -5;
    _Atomic uint32_t au = 4294967290u;
    printf("fetch_add %lld -> %lld\n", (long long)atomic_fetch_add(&a64, 23),
           (long long)atomic_load(&a64));
    printf("fetch_sub %d -> %d\n", atomic_fetch_sub(&a32, 10), atomic_load(&a32));
    printf("fetch_and %lld -> %lld\n", (long long)atomic_fetch_and(&a64, 0x5a), (long long)a64);
    printf("fetch_or %d -> %d\n", atomic_fetch_or(&a32, 0x100), (int)a32);
    printf("fetch_xor %lld -> %lld\n", (long long)atomic_fetch_xor(&a64, -1), (long long)a64);
    printf("exchange %d -> %d\n", atomic_exchange(&a32, 77), (int)a32);
    printf("u32 add %u -> %u\n", atomic_fetch_add(&au, 10), (unsigned)au);
    int64_t expect = 999;
    int ok = atomic_compare_exchange_strong(&a64, &expect, 5);
    printf("cas fail ok=%d expect=%lld\n", ok, (long long)expect);
    ok = atomic_compare_exchange_strong(&a64, &expect, 5);
    printf("cas success ok=%d value=%lld\n", ok, (long long)a64);
    uint32_t eu = 4;
    ok = atomic_compare_exchange_strong(&au, &eu, 1234);
    printf("cas32u ok=%d value=%u\n", ok, (unsigned)au);
    int32_t e32 = 77;
    while (!atomic_compare_exchange_weak(&a32, &e32, e32 * 3)) {
    }
    printf("cas weak value=%d\n", (int)a32);
    int64_t sum = 0;
    for (int i = 0; i < 100000; i++)
        sum += __atomic_add_fetch(&a64, i, __ATOMIC_SEQ_CST) & 1;
    printf("loop sum=%lld a64=%lld\n", (long long)sum, (long long)a64);
    atomic_thread_fence(memory_order_seq_cst);
    int64_t m = 50;
    printf("amomin old=%lld ", (long long)amomin(&m, -7));
    printf("new=%lld\n", (long long)m);
    printf("amomaxu old=%lld ", (long long)amomaxu(&m, 3));
    printf("new=%lld\n", (long long)m);
    int32_t w = -100;
    printf("amomax.w old=%d ", amomax_w(&w, -200));
    printf("new=%d ", w);
    printf("amominu.w old=%d ", amominu_w(&w, 5));
    printf("new=%d\n", w);
    _Atomic int flag = 0;
    printf("test_and_set %d %d\n", atomic_exchange(&flag, 1), atomic_exchange(&flag, 1));
    return 0;
}
