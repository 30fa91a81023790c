/* The program's own text made writable and read-only again while other threads run it: 200
 * rounds of mprotect(RWX) and back to RX without changing a byte (under an AOT cache the blocks
 * on the page are disabled and, once the page is read-only again and the bytes verified, enabled
 * again, while two threads call the function in a loop: they must always get its value), then
 * a real rewrite, flushed for every thread (__riscv_flush_icache): from then on every call in
 * every thread must run the new instructions. */
#include <pthread.h>
#include <sched.h>
#include <stdatomic.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <sys/cachectl.h>
#include <sys/mman.h>
#include <unistd.h>

#include "guest_check.h"

__attribute__((noinline, aligned(4096))) int target(void) {
    return 7;
}
__attribute__((aligned(4096))) static int after_page(void) {
    return 3;
}

/* 0: unchanged code; 3: main is about to rewrite it (calls not counted; each worker says it has
 * seen this phase in `acked`); 1: rewritten and flushed */
static atomic_int phase;
static atomic_int ready, acked;

typedef struct {
    long before_calls, before_bad, after_calls, after_bad;
} result;

static void *worker(void *arg) {
    result *r = arg;
    int (*volatile f)(void) = target;
    atomic_fetch_add(&ready, 1);
    bool seen3 = false;
    for (;;) {
        int ph = atomic_load(&phase);
        int v = f();
        if (ph == 3) {
            if (!seen3) atomic_fetch_add(&acked, 1);
            seen3 = true;
        } else if (ph == 0) {
            r->before_calls++;
            r->before_bad += v != 7;
        } else {
            r->after_calls++;
            r->after_bad += v != 9;
            if (r->after_calls >= 1000) break;
        }
    }
    return NULL;
}

int main(void) {
    long pagesz = sysconf(_SC_PAGESIZE);
    void *page = (void *)((uintptr_t)target & ~(uintptr_t)(pagesz - 1));
    pthread_t th[2];
    result res[2];
    memset(res, 0, sizeof res);
    for (int i = 0; i < 2; i++)
        pthread_create(&th[i], NULL, worker, &res[i]);
    while (atomic_load(&ready) < 2)
        sched_yield();

    int fails = 0;
    for (int round = 0; round < 200; round++) {
        /* (it stays executable: the threads are running it) */
        fails += mprotect(page, pagesz, PROT_READ | PROT_WRITE | PROT_EXEC) != 0;
        fails += mprotect(page, pagesz, PROT_READ | PROT_EXEC) != 0;
        if (round % 16 == 0) usleep(100);
    }
    CHECK(fails == 0, "200 rounds of mprotect RWX / RX of the running text");

    /* every worker past its last counted call of the old code */
    atomic_store(&phase, 3);
    while (atomic_load(&acked) < 2)
        sched_yield();
    /* li a0, 9; ret */
    uint32_t code[2] = {0x00000513u | (9u << 20), 0x00008067u};
    fails = mprotect(page, pagesz, PROT_READ | PROT_WRITE | PROT_EXEC) != 0;
    memcpy((void *)target, code, sizeof code);
    fails += mprotect(page, pagesz, PROT_READ | PROT_EXEC) != 0;
    __riscv_flush_icache((void *)target, (char *)target + 8, 0);
    atomic_store(&phase, 1);
    CHECK(fails == 0, "text rewritten and flushed");

    for (int i = 0; i < 2; i++)
        pthread_join(th[i], NULL);
    long bc = res[0].before_calls + res[1].before_calls;
    long bb = res[0].before_bad + res[1].before_bad;
    long ab = res[0].after_bad + res[1].after_bad;
    CHECK(bc > 0 && bb == 0, "threads calling the unchanged function always got 7");
    CHECK(res[0].after_calls == 1000 && res[1].after_calls == 1000 && ab == 0,
          "after the rewrite and flush, 2 x 1000 calls all got 9");
    CHECK(target() == 9 && after_page() == 3, "main thread: new code, next page untouched");
    printf("%s\n", failures ? "some checks FAILED" : "all ok");
    return failures != 0;
}
