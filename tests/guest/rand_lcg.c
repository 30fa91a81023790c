/* Pseudo-random generators: glibc rand/srand and random/srandom (deterministic for a
 * fixed seed), rand_r, drand48 family, plus a local xorshift and a histogram. */
#include <stdio.h>
#include <stdlib.h>

int main(void) {
    srand(12345);
    printf("rand:");
    for (int i = 0; i < 8; i++)
        printf(" %d", rand());
    printf("\n");
    srandom(777);
    printf("random:");
    for (int i = 0; i < 8; i++)
        printf(" %ld", random());
    printf("\n");
    unsigned seed = 42;
    printf("rand_r:");
    for (int i = 0; i < 5; i++)
        printf(" %d", rand_r(&seed));
    printf("\n");
    srand48(2024);
    printf("lrand48 %ld %ld mrand48 %ld drand48 %.10f %.10f\n", lrand48(), lrand48(), mrand48(),
           drand48(), drand48());
    unsigned short xs[3] = {1, 2, 3};
    printf("erand48 %.12f nrand48 %ld\n", erand48(xs), nrand48(xs));
    int hist[10] = {0};
    srand(1);
    for (int i = 0; i < 100000; i++)
        hist[rand() % 10]++;
    printf("hist:");
    for (int i = 0; i < 10; i++)
        printf(" %d", hist[i]);
    printf("\n");
    unsigned long long x = 88172645463325252ULL;
    for (int i = 0; i < 1000000; i++) {
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
    }
    printf("xorshift64 after 1e6: %llu\n", x);
    return 0;
}
