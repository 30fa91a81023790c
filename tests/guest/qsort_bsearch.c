/* qsort with several comparators and element sizes; bsearch hits and misses. */
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct big {
    char key[24];
    int64_t val;
    double d;
};

static int cmp_int(const void *a, const void *b) {
    int x = *(const int *)a, y = *(const int *)b;
    return (x > y) - (x < y);
}
static int cmp_int_desc(const void *a, const void *b) {
    return cmp_int(b, a);
}
static int cmp_str(const void *a, const void *b) {
    return strcmp(*(char *const *)a, *(char *const *)b);
}
static int cmp_big(const void *a, const void *b) {
    const struct big *x = a, *y = b;
    int c = strcmp(x->key, y->key);
    return c ? c : (x->val > y->val) - (x->val < y->val);
}
static int cmp_u8(const void *a, const void *b) {
    return *(const uint8_t *)a - *(const uint8_t *)b;
}

int main(void) {
    enum { N = 20000 };
    static int arr[N];
    uint32_t s = 1;
    for (int i = 0; i < N; i++) {
        s = s * 1664525u + 1013904223u;
        arr[i] = (int)(s >> 8) - (1 << 23);
    }
    qsort(arr, N, sizeof arr[0], cmp_int);
    int ok = 1;
    for (int i = 1; i < N; i++)
        if (arr[i - 1] > arr[i]) ok = 0;
    printf("sorted=%d min=%d max=%d median=%d\n", ok, arr[0], arr[N - 1], arr[N / 2]);
    int hits = 0;
    for (int i = 0; i < N; i += 7) {
        int key = arr[i];
        if (bsearch(&key, arr, N, sizeof arr[0], cmp_int)) hits++;
        key = arr[i] + 1;
        int *p = bsearch(&key, arr, N, sizeof arr[0], cmp_int);
        if (p && *p != key) printf("bad hit\n");
    }
    printf("hits=%d\n", hits);
    qsort(arr, N, sizeof arr[0], cmp_int_desc);
    printf("desc first=%d last=%d\n", arr[0], arr[N - 1]);
    const char *words[] = {"pear", "apple", "fig",   "banana", "cherry", "kiwi",
                           "date", "grape", "lemon", "apple",  "mango"};
    const int nw = sizeof words / sizeof words[0];
    qsort(words, nw, sizeof words[0], cmp_str);
    for (int i = 0; i < nw; i++)
        printf("%s%c", words[i], i + 1 < nw ? ' ' : '\n');
    const char *key = "grape";
    const char **found = bsearch(&key, words, nw, sizeof words[0], cmp_str);
    printf("grape at %td\n", found ? found - words : (ptrdiff_t)-1);
    static struct big bigs[500];
    for (int i = 0; i < 500; i++) {
        s = s * 1664525u + 1013904223u;
        snprintf(bigs[i].key, sizeof bigs[i].key, "k%03u", (s >> 10) % 200);
        bigs[i].val = (int64_t)(s % 1000) - 500;
        bigs[i].d = i * 0.5;
    }
    qsort(bigs, 500, sizeof bigs[0], cmp_big);
    for (int i = 0; i < 500; i += 50)
        printf("%s %lld %.1f\n", bigs[i].key, (long long)bigs[i].val, bigs[i].d);
    uint8_t bytes[1000];
    for (int i = 0; i < 1000; i++)
        bytes[i] = (uint8_t)(i * 37 % 251);
    qsort(bytes, 1000, 1, cmp_u8);
    printf("bytes %u %u %u %u\n", bytes[0], bytes[1], bytes[500], bytes[999]);
    return 0;
}
