/* printf/snprintf integer and string formatting: widths, precision, flags, length modifiers. */
#include <limits.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

int main(void) {
    static const long long vals[] = {
        0,       1,       -1,        42,        -42,          255,       65535,
        INT_MAX, INT_MIN, LLONG_MAX, LLONG_MIN, 4294967296LL, 1000000007};
    for (unsigned i = 0; i < sizeof vals / sizeof vals[0]; i++) {
        long long v = vals[i];
        printf("[%lld] [%20lld] [%-20lld] [%020lld] [%+lld] [% lld] [%.5lld] [%llx] [%#llX] [%llo] "
               "[%#llo] [%llu]\n",
               v, v, v, v, v, v, v, (unsigned long long)v, (unsigned long long)v,
               (unsigned long long)v, (unsigned long long)v, (unsigned long long)v);
        int iv = (int)v;
        printf("  int [%d] [%8.3d] [%-8x|] [%#x] [%#o] [%hd] [%hhd] [%hu] [%hhx] [%c]\n", iv, iv,
               (unsigned)iv, (unsigned)iv, (unsigned)iv, (short)iv, (signed char)iv,
               (unsigned short)iv, (unsigned char)iv, 'A' + (iv & 15));
    }
    size_t sz = 123456789;
    ptrdiff_t pd = -98765;
    intmax_t im = INTMAX_MIN;
    printf("[%zu] [%zd] [%zx] [%td] [%jd] [%ju]\n", sz, (ssize_t)-5, sz, pd, im,
           (uintmax_t)UINTMAX_MAX);
    const char *s = "recompiler";
    printf("[%s] [%15s] [%-15s] [%.3s] [%15.4s] [%-*s] [%*s] [%.*s]\n", s, s, s, s, s, 12, s, -12,
           s, 5, s);
    printf("[%c%c%c] [%5c] [%-5c] [%%]\n", 'a', 'b', 'c', 'x', 'y');
    printf("[%#.0x] [%#.0o] [%.0d] [%+.0d] [%x] [%#5x]\n", 0u, 0u, 0, 0, 0u, 0u);
    int n1 = 0, n2 = 0;
    printf("count%n this%n\n", &n1, &n2);
    printf("n1=%d n2=%d\n", n1, n2);
    /* positional args */
    printf("%2$s %1$s %2$s %3$d\n", "world", "hello", 7);
    char buf[16];
    const char *volatile word = "truncation";
    volatile int num = 123456;
    int r = snprintf(buf, sizeof buf, "%s-%d-%s", word, num, "tail");
    printf("snprintf ret=%d buf=\"%s\" len=%zu\n", r, buf, strlen(buf));
    r = snprintf(NULL, 0, "%0*d", 100, 5);
    printf("size query %d\n", r);
    char big[300];
    r = snprintf(big, sizeof big, "%0*d|%-*d|", 120, -5, 100, 77);
    printf("%d %s\n", r, big);
    r = sprintf(buf, "%05.1f", 3.14159);
    printf("sprintf %d %s\n", r, buf);
    for (int w = 0; w < 10; w++)
        printf("%*d|%-*u|%0*x\n", w, w * 37, w, w * 1001u, w, w * 4097u);
    return 0;
}
