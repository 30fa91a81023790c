/* Deep recursion on the default 8 MiB stack (100000 frames), mutual recursion,
 * and a large on-stack array. */
#include <stdint.h>
#include <stdio.h>
#include <string.h>

static uint64_t __attribute__((noinline)) down(uint64_t n, volatile uint64_t *sink) {
    volatile uint64_t local[2] = {n, n * 3};
    if (n == 0) return 0;
    uint64_t r = down(n - 1, sink) + local[0] + (local[1] & 1);
    *sink += r & 0xff;
    return r;
}

static int is_odd(unsigned n);
static int __attribute__((noinline)) is_even(unsigned n) {
    return n == 0 ? 1 : is_odd(n - 1);
}
static int __attribute__((noinline)) is_odd(unsigned n) {
    return n == 0 ? 0 : is_even(n - 1);
}

static long fib(int n) {
    return n < 2 ? n : fib(n - 1) + fib(n - 2);
}

static uint32_t big_frame(int n) {
    volatile uint8_t buf[1 << 20];
    memset((void *)buf, n, sizeof buf);
    uint32_t s = 0;
    for (unsigned i = 0; i < sizeof buf; i += 4096)
        s += buf[i];
    return n > 0 ? s + big_frame(n - 1) : s;
}

int main(void) {
    volatile uint64_t sink = 0;
    uint64_t r = down(100000, &sink);
    printf("down(100000) = %llu sink=%llu\n", (unsigned long long)r, (unsigned long long)sink);
    printf("is_even(50001)=%d is_odd(50001)=%d\n", is_even(50001), is_odd(50001));
    printf("fib(25)=%ld\n", fib(25));
    printf("big frames=%u\n", big_frame(5));
    return 0;
}
