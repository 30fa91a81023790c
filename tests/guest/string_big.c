/* Multi-megabyte memcpy/memmove/memset/memcmp/strlen/memchr. */
#define _GNU_SOURCE
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int main(void) {
    const size_t N = 4u << 20;
    unsigned char *a = malloc(N + 64), *b = malloc(N + 64);
    if (!a || !b) {
        printf("malloc failed\n");
        return 1;
    }
    uint32_t s = 12345;
    for (size_t i = 0; i < N + 64; i++) {
        s = s * 1103515245u + 12345u;
        a[i] = (unsigned char)(s >> 16);
    }
    for (int off = 0; off < 4; off++) {
        memset(b, 0, N + 64);
        memcpy(b + off, a + 3, N - 100);
        printf("off %d memcmp=%d\n", off, memcmp(b + off, a + 3, N - 100) != 0);
    }
    memmove(a + 1001, a + 1000, N - 2000);
    memmove(a + 5, a + 4096 + 7, N - 8192);
    uint64_t h = 0;
    for (size_t i = 0; i < N; i += 61)
        h = h * 1000003 + a[i];
    printf("hash after memmove %016llx\n", (unsigned long long)h);
    memset(b, 'z', N);
    b[N] = 0;
    printf("strlen %zu\n", strlen((char *)b));
    b[N / 2 + 17] = 0;
    printf("strlen %zu\n", strlen((char *)b + 3));
    b[N - 5] = 'q';
    unsigned char *q = memchr(b, 'q', N);
    printf("memchr %td\n", q ? q - b : (ptrdiff_t)-1);
    printf("memrchr-like %td\n", (unsigned char *)memrchr(b, 0, N) - b);
    memset(a, 0x41, N);
    memset(b, 0x41, N);
    b[N - 1] = 0x42;
    printf("memcmp big %d\n", memcmp(a, b, N) < 0);
    free(a);
    free(b);
    return 0;
}
