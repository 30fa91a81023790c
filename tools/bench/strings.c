/* glibc string and memory routines on large data: memcpy, memmove (overlapping), memset,
 * memcmp, memchr, strlen, strchr, strrchr, strstr, strcmp over multi-megabyte buffers, plus a
 * burst of short-string operations (strcpy, strcat, strncmp, strspn) that are dominated by
 * call overhead. Size: buffer kilobytes. */
#include <string.h>
#include "common.h"

int main(int argc, char **argv) {
    long kb = bench_arg(argc, argv, 16384);
    size_t n = (size_t)kb * 1024;
    char *a = bench_alloc(n + 64), *b = bench_alloc(n + 64);
    bench_rng r = {0x57816575};
    for (size_t i = 0; i < n; i++)
        a[i] = (char)('a' + bench_below(&r, 26));
    a[n] = 0;
    uint64_t acc = 0;
    int rounds = 40;
    for (int round = 0; round < rounds; round++) {
        size_t off = (size_t)round % 8;
        memcpy(b + off, a, n - 8);
        b[off + n - 8] = 0;
        acc += (uint64_t)strlen(b + off);
        acc += (uint64_t)(memcmp(a, b + off, n - 8) == 0);
        b[off + n / 2] ^= 1;
        acc += (uint64_t)(memcmp(a, b + off, n - 8) < 0) * 3;
        memmove(b + 1, b, n / 2); /* overlapping, forwards */
        memmove(b, b + 3, n / 2); /* overlapping, backwards */
        acc = acc * 31 + (unsigned char)b[n / 3];
        char *q = memchr(a + round, 'z' - round % 26, n - 64);
        acc += q ? (uint64_t)(q - a) : 0;
        /* strchr/strrchr for a byte that is absent until the end */
        a[n - 1] = '#';
        acc += (uint64_t)(strchr(a, '#') - a);
        acc += (uint64_t)(strrchr(a, 'q') - a);
        a[n - 1] = 'x';
        memset(b, 'a' + round, n);
        b[n - 1] = 0;
        acc += (uint64_t)strlen(b);
        acc += (uint64_t)(strcmp(a, b) > 0);
        /* strstr for a needle planted near the end */
        char needle[17];
        for (int k = 0; k < 16; k++)
            needle[k] = (char)('A' + (round + k) % 26);
        needle[16] = 0;
        memcpy(a + n - 1000 - round, needle, 16);
        char *s = strstr(a, needle);
        acc += s ? (uint64_t)(s - a) : 1;
        for (size_t k = 0; k < 16; k++)
            a[n - 1000 - round + k] = (char)('a' + k);
    }
    /* Short strings: call overhead and the small-size paths. */
    char small[256], word[32];
    uint64_t sacc = 0;
    for (long i = 0; i < (long)kb * 40; i++) {
        int len = 1 + (int)(i % 23);
        memcpy(word, a + (i * 13) % (n - 64), (size_t)len);
        word[len] = 0;
        strcpy(small, word);
        strcat(small, "-");
        strcat(small, word);
        sacc += strlen(small) + (uint64_t)(strncmp(small, word, (size_t)len) == 0) +
                strspn(small, "abcdefghij") + (uint64_t)(strchr(small, '-') - small);
    }
    printf("bytes: %zu\nlarge: %016llx\nsmall: %llu\n", n, (unsigned long long)acc,
           (unsigned long long)sacc);
    return 0;
}
