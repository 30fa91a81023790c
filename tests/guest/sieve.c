/* Sieve of Eratosthenes (byte and bit versions) up to 5 million; prime counts and gaps. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int main(void) {
    const int N = 5000000;
    unsigned char *comp = calloc(N + 1, 1);
    for (int i = 2; (long)i * i <= N; i++)
        if (!comp[i])
            for (int j = i * i; j <= N; j += i)
                comp[j] = 1;
    int count = 0, maxgap = 0, last = 2, gapat = 0;
    long long sum = 0;
    for (int i = 2; i <= N; i++)
        if (!comp[i]) {
            count++;
            sum += i;
            if (i - last > maxgap) {
                maxgap = i - last;
                gapat = last;
            }
            last = i;
        }
    printf("pi(%d)=%d sum=%lld largest=%d maxgap=%d after %d\n", N, count, sum, last, maxgap,
           gapat);
    for (int lim = 10; lim <= N; lim *= 10) {
        int c = 0;
        for (int i = 2; i <= lim; i++)
            c += !comp[i];
        printf("pi(%d)=%d\n", lim, c);
    }
    /* bit sieve for odd numbers */
    uint64_t *bits = calloc((N / 2) / 64 + 1, 8);
    for (int i = 3; (long)i * i <= N; i += 2)
        if (!(bits[(i / 2) / 64] >> ((i / 2) % 64) & 1))
            for (int j = i * i; j <= N; j += 2 * i)
                bits[(j / 2) / 64] |= 1ULL << ((j / 2) % 64);
    int bc = 1;
    for (int i = 3; i <= N; i += 2)
        bc += !(bits[(i / 2) / 64] >> ((i / 2) % 64) & 1);
    printf("bit sieve count=%d agree=%d\n", bc, bc == count);
    int twins = 0;
    for (int i = 3; i + 2 <= N; i += 2)
        twins += !comp[i] && !comp[i + 2];
    printf("twin pairs=%d\n", twins);
    free(comp);
    free(bits);
    return 0;
}
