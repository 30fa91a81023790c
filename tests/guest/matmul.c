/* Matrix multiply: integer, double (exact small-integer data so contraction cannot
 * change results), blocked vs naive, and float with a checksum of rounded values. */
#include <stdint.h>
#include <stdio.h>

#define N 96

static double A[N][N], B[N][N], C[N][N], D[N][N];
static int32_t IA[N][N], IB[N][N];
static int64_t IC[N][N];

int main(void) {
    for (int i = 0; i < N; i++)
        for (int j = 0; j < N; j++) {
            A[i][j] = (double)((i * 7 + j * 3) % 17 - 8);
            B[i][j] = (double)((i * 5 + j * 11) % 13 - 6);
            IA[i][j] = (i * 31 + j * 17) % 1000 - 500;
            IB[i][j] = (i * 13 + j * 29) % 1000 - 500;
        }
    for (int i = 0; i < N; i++)
        for (int j = 0; j < N; j++) {
            double s = 0;
            for (int k = 0; k < N; k++)
                s += A[i][k] * B[k][j];
            C[i][j] = s;
        }
    const int BS = 16;
    for (int ii = 0; ii < N; ii += BS)
        for (int kk = 0; kk < N; kk += BS)
            for (int jj = 0; jj < N; jj += BS)
                for (int i = ii; i < ii + BS; i++)
                    for (int k = kk; k < kk + BS; k++) {
                        double a = A[i][k];
                        for (int j = jj; j < jj + BS; j++)
                            D[i][j] += a * B[k][j];
                    }
    double tr = 0, sum = 0;
    int same = 1;
    for (int i = 0; i < N; i++) {
        tr += C[i][i];
        for (int j = 0; j < N; j++) {
            sum += C[i][j];
            if (C[i][j] != D[i][j]) same = 0;
        }
    }
    printf("double trace=%.1f sum=%.1f blocked_same=%d C[3][5]=%.1f\n", tr, sum, same, C[3][5]);
    for (int i = 0; i < N; i++)
        for (int j = 0; j < N; j++) {
            int64_t s = 0;
            for (int k = 0; k < N; k++)
                s += (int64_t)IA[i][k] * IB[k][j];
            IC[i][j] = s;
        }
    int64_t isum = 0;
    uint64_t h = 0;
    for (int i = 0; i < N; i++)
        for (int j = 0; j < N; j++) {
            isum += IC[i][j];
            h = h * 31 + (uint64_t)IC[i][j];
        }
    printf("int sum=%lld hash=%016llx\n", (long long)isum, (unsigned long long)h);
    /* 4x4 float transform chain printed with 3 decimals */
    float m[4][4] = {{0.5f, 0.1f, 0, 0}, {-0.1f, 0.5f, 0, 0}, {0, 0, 1, 0}, {1, 2, 3, 1}};
    float v[4] = {1, 1, 1, 1};
    for (int it = 0; it < 10; it++) {
        float r[4] = {0, 0, 0, 0};
        for (int i = 0; i < 4; i++)
            for (int k = 0; k < 4; k++)
                r[i] += m[i][k] * v[k];
        for (int i = 0; i < 4; i++)
            v[i] = r[i] / (r[3] != 0 ? r[3] : 1);
        printf("v%d = %.3f %.3f %.3f %.3f\n", it, v[0], v[1], v[2], v[3]);
    }
    return 0;
}
