/* Dense FP: double-precision matrix multiply, C = A * B, naive i-k-j order and a 32x32 cache-
 * blocked version (both must agree exactly: same summation order per element), then a check
 * of trace and Frobenius-like checksum. Size: the matrix order. */
#include <string.h>
#include "common.h"

static void mm_ikj(int n, const double *a, const double *b, double *c) {
    memset(c, 0, sizeof(double) * (size_t)n * n);
    for (int i = 0; i < n; i++)
        for (int k = 0; k < n; k++) {
            double aik = a[i * n + k];
            for (int j = 0; j < n; j++)
                c[i * n + j] += aik * b[k * n + j];
        }
}

#define BS 32
static void mm_blocked(int n, const double *a, const double *b, double *c) {
    memset(c, 0, sizeof(double) * (size_t)n * n);
    for (int kk = 0; kk < n; kk += BS)
        for (int jj = 0; jj < n; jj += BS)
            for (int i = 0; i < n; i++)
                for (int k = kk; k < kk + BS && k < n; k++) {
                    double aik = a[i * n + k];
                    for (int j = jj; j < jj + BS && j < n; j++)
                        c[i * n + j] += aik * b[k * n + j];
                }
}

int main(int argc, char **argv) {
    int n = (int)bench_arg(argc, argv, 400);
    size_t nn = (size_t)n * n;
    double *a = bench_alloc(nn * 8), *b = bench_alloc(nn * 8), *c = bench_alloc(nn * 8),
           *d = bench_alloc(nn * 8);
    bench_rng r = {0x3a7f1b2c};
    for (size_t i = 0; i < nn; i++) {
        a[i] = (double)(bench_next(&r) >> 11) * 0x1p-53 - 0.5;
        b[i] = (double)(bench_next(&r) >> 11) * 0x1p-53 - 0.5;
    }
    mm_ikj(n, a, b, c);
    mm_blocked(n, a, b, d);
    if (memcmp(c, d, nn * 8) != 0) {
        printf("blocked result differs\n");
        return 1;
    }
    double tr = 0, sq = 0;
    for (int i = 0; i < n; i++)
        tr += c[i * n + i];
    for (size_t i = 0; i < nn; i++)
        sq += c[i] * c[i];
    printf("n: %d\ntrace: %.17g\nsum of squares: %.17g\nhash: %016llx\n", n, tr, sq,
           (unsigned long long)bench_fnv(BENCH_FNV_INIT, c, nn * 8));
    return 0;
}
