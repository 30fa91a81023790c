/* Sorting (branchy): a hand-written quicksort (median of three, insertion sort for short
 * ranges), a bottom-up merge sort, and glibc's qsort with a comparison function (an indirect
 * call per comparison), over pseudo-random 32-bit keys; each result is checked and hashed.
 * Size: thousands of keys. */
#include <string.h>
#include "common.h"

static void insertion(uint32_t *a, long n) {
    for (long i = 1; i < n; i++) {
        uint32_t v = a[i];
        long j = i - 1;
        while (j >= 0 && a[j] > v)
            a[j + 1] = a[j], j--;
        a[j + 1] = v;
    }
}

static void quick(uint32_t *a, long n) {
    while (n > 16) {
        long m = n / 2;
        /* median of three into a[m] */
        if (a[0] > a[m]) {
            uint32_t t = a[0];
            a[0] = a[m];
            a[m] = t;
        }
        if (a[m] > a[n - 1]) {
            uint32_t t = a[m];
            a[m] = a[n - 1];
            a[n - 1] = t;
        }
        if (a[0] > a[m]) {
            uint32_t t = a[0];
            a[0] = a[m];
            a[m] = t;
        }
        uint32_t p = a[m];
        long i = 0, j = n - 1;
        for (;;) {
            while (a[i] < p)
                i++;
            while (a[j] > p)
                j--;
            if (i >= j) break;
            uint32_t t = a[i];
            a[i] = a[j];
            a[j] = t;
            i++, j--;
        }
        /* recurse into the smaller part, loop on the larger */
        if (j + 1 < n - j - 1) {
            quick(a, j + 1);
            a += j + 1;
            n -= j + 1;
        } else {
            quick(a + j + 1, n - j - 1);
            n = j + 1;
        }
    }
    insertion(a, n);
}

static void merge_sort(uint32_t *a, uint32_t *tmp, long n) {
    for (long w = 1; w < n; w *= 2) {
        for (long lo = 0; lo < n; lo += 2 * w) {
            long mid = lo + w < n ? lo + w : n, hi = lo + 2 * w < n ? lo + 2 * w : n;
            long i = lo, j = mid, k = lo;
            while (i < mid && j < hi)
                tmp[k++] = a[i] <= a[j] ? a[i++] : a[j++];
            while (i < mid)
                tmp[k++] = a[i++];
            while (j < hi)
                tmp[k++] = a[j++];
        }
        uint32_t *t = a;
        memcpy(t, tmp, (size_t)n * sizeof *a);
    }
}

static int cmp_u32(const void *x, const void *y) {
    uint32_t a = *(const uint32_t *)x, b = *(const uint32_t *)y;
    return (a > b) - (a < b);
}

static uint64_t check(const char *name, const uint32_t *a, long n) {
    for (long i = 1; i < n; i++)
        if (a[i - 1] > a[i]) {
            printf("%s: NOT SORTED at %ld\n", name, i);
            exit(1);
        }
    return bench_fnv(BENCH_FNV_INIT, a, (size_t)n * sizeof *a);
}

int main(int argc, char **argv) {
    long n = bench_arg(argc, argv, 2000) * 1000;
    uint32_t *src = bench_alloc((size_t)n * 4), *a = bench_alloc((size_t)n * 4);
    uint32_t *tmp = bench_alloc((size_t)n * 4);
    bench_rng r = {0x50f750f7};
    for (long i = 0; i < n; i++)
        src[i] = (uint32_t)(bench_next(&r) >> 32) % (uint32_t)(n * 4);

    memcpy(a, src, (size_t)n * 4);
    quick(a, n);
    uint64_t h1 = check("quicksort", a, n);

    memcpy(a, src, (size_t)n * 4);
    merge_sort(a, tmp, n);
    uint64_t h2 = check("mergesort", a, n);

    long nq = n / 2;
    memcpy(a, src, (size_t)nq * 4);
    qsort(a, (size_t)nq, 4, cmp_u32);
    uint64_t h3 = check("qsort", a, nq);

    printf("keys: %ld\nquicksort: %016llx\nmergesort: %016llx\nqsort(half): %016llx\n", n,
           (unsigned long long)h1, (unsigned long long)h2, (unsigned long long)h3);
    printf("min %u median %u max %u\n", a[0], a[nq / 2], a[nq - 1]);
    return h1 == h2 ? 0 : 1;
}
