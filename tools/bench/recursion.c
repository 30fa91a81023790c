/* Recursion and calls: naive Fibonacci, Takeuchi's tak, Ackermann, and a recursive
 * permutation generator (n-queens by backtracking), all dominated by call/return pairs and
 * deep stacks. Size: n for fib; the others scale with it. */
#include "common.h"

__attribute__((noinline)) static long fib(long n) {
    return n < 2 ? n : fib(n - 1) + fib(n - 2);
}

__attribute__((noinline)) static int tak(int x, int y, int z) {
    return y < x ? tak(tak(x - 1, y, z), tak(y - 1, z, x), tak(z - 1, x, y)) : z;
}

__attribute__((noinline)) static long ack(long m, long n) {
    if (m == 0) return n + 1;
    if (n == 0) return ack(m - 1, 1);
    return ack(m - 1, ack(m, n - 1));
}

static int queens(int n, int row, unsigned cols, unsigned d1, unsigned d2) {
    if (row == n) return 1;
    int count = 0;
    for (int c = 0; c < n; c++) {
        unsigned a = 1u << c, b = 1u << (row + c), e = 1u << (row - c + n - 1);
        if ((cols & a) || (d1 & b) || (d2 & e)) continue;
        count += queens(n, row + 1, cols | a, d1 | b, d2 | e);
    }
    return count;
}

int main(int argc, char **argv) {
    long n = bench_arg(argc, argv, 32);
    printf("fib(%ld) = %ld\n", n, fib(n));
    int t = (int)(n / 2 + 2);
    printf("tak(%d, %d, %d) = %d\n", t, t / 2, 0, tak(t, t / 2, 0));
    long an = n / 4 + 1;
    printf("ack(3, %ld) = %ld\n", an, ack(3, an));
    int q = (int)(n / 3);
    if (q > 12) q = 12;
    printf("queens(%d) = %d\n", q, queens(q, 0, 0, 0, 0));
    return 0;
}
