/* Large allocations: 200 MB in one block (touched sparsely), many mid-size blocks,
 * calloc zeroing, and malloc alignment guarantees. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int main(void) {
    size_t big = 200u << 20;
    unsigned char *p = malloc(big);
    if (!p) {
        printf("200MB malloc failed\n");
        return 1;
    }
    uint64_t sum = 0;
    for (size_t i = 0; i < big; i += 65536)
        p[i] = (unsigned char)(i >> 16);
    for (size_t i = 0; i < big; i += 65536)
        sum += p[i];
    p[big - 1] = 0x7f;
    printf("200MB ok sum=%llu last=%d\n", (unsigned long long)sum, p[big - 1]);
    free(p);
    void *blocks[64];
    for (int i = 0; i < 64; i++) {
        size_t sz = (size_t)(i + 1) * 100003;
        blocks[i] = malloc(sz);
        memset(blocks[i], i, sz);
    }
    int bad = 0;
    for (int i = 0; i < 64; i++) {
        size_t sz = (size_t)(i + 1) * 100003;
        unsigned char *b = blocks[i];
        if (b[0] != i || b[sz - 1] != i || b[sz / 2] != i) bad++;
        if ((uintptr_t)b % 16) bad++;
    }
    for (int i = 0; i < 64; i += 2)
        free(blocks[i]);
    for (int i = 1; i < 64; i += 2)
        free(blocks[i]);
    printf("mid blocks bad=%d\n", bad);
    uint32_t *z = calloc(8u << 20, sizeof *z);
    uint64_t zs = 0;
    for (size_t i = 0; i < (8u << 20); i += 1021)
        zs += z[i];
    printf("calloc 32MB sum=%llu\n", (unsigned long long)zs);
    free(z);
    void *al = aligned_alloc(4096, 4096 * 3);
    void *pm = NULL;
    int pr = posix_memalign(&pm, 65536, 1000);
    printf("aligned %d %d %d\n", (int)((uintptr_t)al % 4096), pr, (int)((uintptr_t)pm % 65536));
    free(al);
    free(pm);
    /* Failure path: absurd size must return NULL, not crash. */
    void *huge = malloc((size_t)1 << 62);
    printf("huge malloc %s\n", huge ? "succeeded?" : "NULL");
    return 0;
}
