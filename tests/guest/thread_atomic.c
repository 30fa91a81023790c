/* C11 atomics under contention from 8 threads: fetch_add on 64-, 32-, 16- and 8-bit
 * atomics (exact final counts; sub-word atomics are LR/SC loops on masked words),
 * fetch_or / fetch_and bit sets, compare_exchange_weak/strong loops (a CAS counter and an
 * atomic maximum), an atomic_flag spinlock protecting a plain counter, and exchange-based
 * hand-over of a token. Only the main thread prints. */
#define _GNU_SOURCE
#include <pthread.h>
#include <sched.h>
#include <stdatomic.h>
#include <stdint.h>
#include <stdio.h>

#include "guest_check.h"

#define NT    8
#define ITERS 30000

static atomic_long c64;
static atomic_int c32;
static _Atomic unsigned short c16;
static _Atomic unsigned char c8;
static atomic_ulong bits_or;
static atomic_ulong bits_and = ~0UL;
static atomic_long cas_counter;
static atomic_long cas_strong_counter;
static atomic_long maximum = -1;
static atomic_flag spin = ATOMIC_FLAG_INIT;
static long spin_protected;
static atomic_long sub_counter = (long)NT * ITERS;
static atomic_int start_gate;

static void *worker(void *arg) {
    int id = (int)(intptr_t)arg;
    while (!atomic_load_explicit(&start_gate, memory_order_acquire))
        ; /* all threads start together for maximum contention */
    for (int i = 0; i < ITERS; i++) {
        atomic_fetch_add(&c64, 1);
        atomic_fetch_add_explicit(&c32, 2, memory_order_relaxed);
        atomic_fetch_add(&c16, 1);
        atomic_fetch_add(&c8, 1);
        atomic_fetch_sub(&sub_counter, 1);

        long old = atomic_load_explicit(&cas_counter, memory_order_relaxed);
        while (!atomic_compare_exchange_weak(&cas_counter, &old, old + 1))
            ;
        old = atomic_load(&cas_strong_counter);
        while (!atomic_compare_exchange_strong(&cas_strong_counter, &old, old + 3))
            ;

        long candidate = (long)((i * 7919L + id * 104729L) % 1000003L);
        long cur = atomic_load(&maximum);
        while (candidate > cur && !atomic_compare_exchange_weak(&maximum, &cur, candidate))
            ;

        if (i % 8 == 0) {
            while (atomic_flag_test_and_set_explicit(&spin, memory_order_acquire))
                ;
            spin_protected++;
            atomic_flag_clear_explicit(&spin, memory_order_release);
        }
    }
    atomic_fetch_or(&bits_or, 1UL << (id * 8));
    atomic_fetch_and(&bits_and, ~(1UL << (id * 8 + 1)));
    return NULL;
}

/* token ring: thread i waits until token == i, then passes it to i+1 with exchange */
static atomic_int token;
static int passes[NT];
#define ROUNDS 200
static void *ring(void *arg) {
    int id = (int)(intptr_t)arg;
    for (int r = 0; r < ROUNDS; r++) {
        while (atomic_load_explicit(&token, memory_order_acquire) != id)
            sched_yield();
        passes[id]++;
        int prev = atomic_exchange(&token, (id + 1) % NT);
        if (prev != id) return (void *)1;
    }
    return NULL;
}

int main(void) {
    pthread_t t[NT];
    for (int i = 0; i < NT; i++)
        if (pthread_create(&t[i], NULL, worker, (void *)(intptr_t)i) != 0) {
            printf("FAIL: pthread_create\n");
            return 1;
        }
    atomic_store_explicit(&start_gate, 1, memory_order_release);
    for (int i = 0; i < NT; i++)
        pthread_join(t[i], NULL);

    long n = (long)NT * ITERS;
    printf("c64=%ld c32=%d c16=%u c8=%u\n", atomic_load(&c64), atomic_load(&c32),
           (unsigned)atomic_load(&c16), (unsigned)atomic_load(&c8));
    CHECK(atomic_load(&c64) == n, "64-bit fetch_add == %ld", n);
    CHECK(atomic_load(&c32) == 2 * n, "32-bit fetch_add == %ld", 2 * n);
    CHECK(atomic_load(&c16) == (unsigned short)n, "16-bit fetch_add == %ld mod 2^16", n);
    CHECK(atomic_load(&c8) == (unsigned char)n, "8-bit fetch_add == %ld mod 2^8", n);
    CHECK(atomic_load(&sub_counter) == 0, "fetch_sub back to 0");
    printf("or=%#lx and=%#lx\n", atomic_load(&bits_or), atomic_load(&bits_and));
    CHECK(atomic_load(&bits_or) == 0x0101010101010101UL, "fetch_or set one bit per thread");
    CHECK(atomic_load(&bits_and) == ~0x0202020202020202UL, "fetch_and cleared one bit per thread");
    printf("cas=%ld cas_strong=%ld\n", atomic_load(&cas_counter), atomic_load(&cas_strong_counter));
    CHECK(atomic_load(&cas_counter) == n, "compare_exchange_weak counter == %ld", n);
    CHECK(atomic_load(&cas_strong_counter) == 3 * n, "compare_exchange_strong counter == %ld",
          3 * n);

    long want_max = -1;
    for (int id = 0; id < NT; id++)
        for (int i = 0; i < ITERS; i++) {
            long c = (long)((i * 7919L + id * 104729L) % 1000003L);
            if (c > want_max) want_max = c;
        }
    printf("max=%ld\n", atomic_load(&maximum));
    CHECK(atomic_load(&maximum) == want_max, "CAS maximum == %ld", want_max);
    long want_spin = (long)NT * ((ITERS + 7) / 8);
    printf("spinlock counter=%ld\n", spin_protected);
    CHECK(spin_protected == want_spin, "atomic_flag spinlock counter == %ld", want_spin);

    for (int i = 0; i < NT; i++)
        pthread_create(&t[i], NULL, ring, (void *)(intptr_t)i);
    int bad = 0;
    for (int i = 0; i < NT; i++) {
        void *ret;
        pthread_join(t[i], &ret);
        if (ret || passes[i] != ROUNDS) bad++;
    }
    CHECK(bad == 0 && atomic_load(&token) == 0, "token passed %d times around %d threads", ROUNDS,
          NT);

    CHECK(atomic_is_lock_free(&c64) && atomic_is_lock_free(&c32), "64/32-bit atomics lock-free");
    printf("%s\n", failures ? "some checks FAILED" : "all ok");
    return failures ? 1 : 0;
}
