/* Ackermann function: very deep, irregular recursion. */
#include <stdio.h>

static unsigned long calls;

static unsigned long ack(unsigned long m, unsigned long n) {
    calls++;
    if (m == 0) return n + 1;
    if (n == 0) return ack(m - 1, 1);
    return ack(m - 1, ack(m, n - 1));
}

int main(void) {
    for (unsigned long m = 0; m <= 3; m++)
        for (unsigned long n = 0; n <= 5; n++) {
            calls = 0;
            unsigned long r = ack(m, n);
            printf("ack(%lu,%lu)=%lu calls=%lu\n", m, n, r, calls);
        }
    calls = 0;
    printf("ack(3,8)=%lu calls=%lu\n", ack(3, 8), calls);
    return 0;
}
