/* Every comparison flavour: signed/unsigned, 32/64-bit, against zero and constants,
 * branchless selects (slt/sltu), min/max, abs, and loops with unusual trip counts. */
#include <stdint.h>
#include <stdio.h>

static const int64_t v[] = {
    0, 1, -1, 2, -2, 0x7fffffff, -0x80000000LL, 0xffffffffLL, INT64_MAX, INT64_MIN, 12345, -12345};
#define N (int)(sizeof v / sizeof v[0])

int main(void) {
    uint64_t h = 0;
    for (int i = 0; i < N; i++)
        for (int j = 0; j < N; j++) {
            volatile int64_t a = v[i], b = v[j];
            uint64_t ua = (uint64_t)a, ub = (uint64_t)b;
            int32_t a32 = (int32_t)a, b32 = (int32_t)b;
            uint32_t ua32 = (uint32_t)a, ub32 = (uint32_t)b;
            unsigned bitsv = (a < b) | (a <= b) << 1 | (a > b) << 2 | (a >= b) << 3 |
                             (a == b) << 4 | (a != b) << 5 | (ua < ub) << 6 | (ua >= ub) << 7 |
                             (a32 < b32) << 8 | (ua32 < ub32) << 9 | (a32 >= b32) << 10 |
                             (ua32 > ub32) << 11 | (a < 0) << 12 | (b > 0) << 13 | (a < 100) << 14 |
                             (ua > 100) << 15;
            h = h * 65599 + bitsv;
            int64_t mn = a < b ? a : b, mx = a > b ? a : b;
            h = h * 31 + (uint64_t)mn + (uint64_t)mx * 7;
            if (i == j + 1) printf("%lld vs %lld: %04x\n", (long long)a, (long long)b, bitsv);
        }
    printf("compare hash %016llx\n", (unsigned long long)h);
    /* branchy loop with data-dependent exits */
    long acc = 0;
    for (long i = 0; i < 300000; i++) {
        long x = i * 2654435761L % 1000003;
        if (x & 1)
            acc += x;
        else if (x % 3 == 0)
            acc -= x / 3;
        else if (x > 500000)
            acc ^= x;
        else
            continue;
        if (acc < 0) acc = -acc;
    }
    printf("acc %ld\n", acc);
    /* loops counting down, by odd steps, unsigned wrap exit */
    unsigned cnt = 0;
    for (unsigned u = 10; u < 20; u--)
        cnt++;
    int down = 0;
    for (int k = 100; k > -100; k -= 7)
        down += k;
    long steps = 0;
    for (uint8_t b = 1; b != 0; b += 3)
        steps++;
    printf("wrap loop %u, down %d, uint8 steps %ld\n", cnt, down, steps);
    /* abs and sign tricks */
    for (int i = 0; i < N; i++) {
        int32_t x = (int32_t)v[i];
        int32_t sign = (x > 0) - (x < 0);
        uint32_t ab = x < 0 ? 0u - (uint32_t)x : (uint32_t)x;
        printf("%d: sign %d abs %u\n", x, sign, ab);
    }
    return 0;
}
