/* Sorting algorithms against each other: insertion, shell, merge, heap, quick, radix, counting. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define N 30000

static void insertion(int32_t *a, int n) {
    for (int i = 1; i < n; i++) {
        int32_t v = a[i];
        int j = i - 1;
        while (j >= 0 && a[j] > v) {
            a[j + 1] = a[j];
            j--;
        }
        a[j + 1] = v;
    }
}
static void shell(int32_t *a, int n) {
    for (int gap = n / 2; gap > 0; gap /= 2)
        for (int i = gap; i < n; i++) {
            int32_t v = a[i];
            int j = i;
            while (j >= gap && a[j - gap] > v) {
                a[j] = a[j - gap];
                j -= gap;
            }
            a[j] = v;
        }
}
static void merge_sort(int32_t *a, int32_t *tmp, int n) {
    if (n < 2) return;
    int m = n / 2;
    merge_sort(a, tmp, m);
    merge_sort(a + m, tmp, n - m);
    int i = 0, j = m, k = 0;
    while (i < m && j < n)
        tmp[k++] = a[i] <= a[j] ? a[i++] : a[j++];
    while (i < m)
        tmp[k++] = a[i++];
    while (j < n)
        tmp[k++] = a[j++];
    memcpy(a, tmp, n * sizeof *a);
}
static void sift(int32_t *a, int n, int i) {
    for (;;) {
        int l = 2 * i + 1, r = l + 1, m = i;
        if (l < n && a[l] > a[m]) m = l;
        if (r < n && a[r] > a[m]) m = r;
        if (m == i) return;
        int32_t t = a[i];
        a[i] = a[m];
        a[m] = t;
        i = m;
    }
}
static void heap(int32_t *a, int n) {
    for (int i = n / 2 - 1; i >= 0; i--)
        sift(a, n, i);
    for (int e = n - 1; e > 0; e--) {
        int32_t t = a[0];
        a[0] = a[e];
        a[e] = t;
        sift(a, e, 0);
    }
}
static void quick(int32_t *a, int lo, int hi) {
    while (lo < hi) {
        int32_t p = a[lo + (hi - lo) / 2];
        int i = lo, j = hi;
        while (i <= j) {
            while (a[i] < p)
                i++;
            while (a[j] > p)
                j--;
            if (i <= j) {
                int32_t t = a[i];
                a[i] = a[j];
                a[j] = t;
                i++;
                j--;
            }
        }
        if (j - lo < hi - i) {
            quick(a, lo, j);
            lo = i;
        } else {
            quick(a, i, hi);
            hi = j;
        }
    }
}
static void radix(int32_t *a, int32_t *tmp, int n) {
    for (int shift = 0; shift < 32; shift += 8) {
        int cnt[257] = {0};
        for (int i = 0; i < n; i++)
            cnt[(((uint32_t)a[i] ^ 0x80000000u) >> shift & 0xff) + 1]++;
        for (int i = 0; i < 256; i++)
            cnt[i + 1] += cnt[i];
        for (int i = 0; i < n; i++)
            tmp[cnt[((uint32_t)a[i] ^ 0x80000000u) >> shift & 0xff]++] = a[i];
        memcpy(a, tmp, n * sizeof *a);
    }
}

static uint64_t digest(const int32_t *a, int n) {
    uint64_t h = 0;
    for (int i = 0; i < n; i++)
        h = h * 1000003u + (uint32_t)a[i];
    return h;
}

int main(void) {
    static int32_t base[N], a[N], tmp[N];
    uint32_t x = 42;
    for (int i = 0; i < N; i++) {
        x = x * 1664525u + 1013904223u;
        base[i] = (int32_t)x >> (i % 3 == 0 ? 0 : 12);
    }
    const char *names[] = {"insertion", "shell", "merge", "heap", "quick", "radix"};
    uint64_t ref = 0;
    for (int alg = 0; alg < 6; alg++) {
        int n = alg == 0 ? 5000 : N;
        memcpy(a, base, sizeof a);
        switch (alg) {
        case 0: insertion(a, n); break;
        case 1: shell(a, n); break;
        case 2: merge_sort(a, tmp, n); break;
        case 3: heap(a, n); break;
        case 4: quick(a, 0, n - 1); break;
        case 5: radix(a, tmp, n); break;
        }
        int ok = 1;
        for (int i = 1; i < n; i++)
            if (a[i - 1] > a[i]) ok = 0;
        uint64_t h = digest(a, n);
        if (alg == 1) ref = h;
        printf("%-9s n=%d sorted=%d min=%d max=%d digest=%016llx%s\n", names[alg], n, ok, a[0],
               a[n - 1], (unsigned long long)h,
               alg >= 1 ? (h == ref ? " (agrees)" : " (DIFFERS)") : "");
    }
    /* counting sort on small keys, stability check with pairs */
    static uint16_t keys[N];
    static int order[N], out[N];
    for (int i = 0; i < N; i++) {
        x = x * 1664525u + 1013904223u;
        keys[i] = (uint16_t)(x >> 24);
        order[i] = i;
    }
    int cnt[257] = {0};
    for (int i = 0; i < N; i++)
        cnt[keys[i] + 1]++;
    for (int i = 0; i < 256; i++)
        cnt[i + 1] += cnt[i];
    for (int i = 0; i < N; i++)
        out[cnt[keys[i]]++] = order[i];
    int stable = 1;
    for (int i = 1; i < N; i++)
        if (keys[out[i - 1]] == keys[out[i]] && out[i - 1] > out[i]) stable = 0;
    printf("counting sort stable=%d first=%d last=%d\n", stable, out[0], out[N - 1]);
    return 0;
}
