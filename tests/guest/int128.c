/* __int128 multiply, divide, shifts and decimal printing (libgcc __divti3 & co). */
#include <stdint.h>
#include <stdio.h>
#include <string.h>

typedef unsigned __int128 u128;
typedef __int128 s128;

static void print_u128(u128 v) {
    char buf[64];
    int n = 0;
    if (v == 0) buf[n++] = '0';
    while (v) {
        buf[n++] = (char)('0' + (int)(v % 10));
        v /= 10;
    }
    while (n)
        putchar(buf[--n]);
}

static void print_s128(s128 v) {
    if (v < 0) {
        putchar('-');
        print_u128(-(u128)v);
    } else
        print_u128((u128)v);
}

int main(void) {
    volatile uint64_t a = 0xffffffffffffffffULL, b = 0xfedcba9876543210ULL;
    u128 m = (u128)a * b;
    printf("hi=%016llx lo=%016llx\n", (unsigned long long)(m >> 64), (unsigned long long)m);
    print_u128(m);
    putchar('\n');

    u128 f = 1;
    for (int i = 1; i <= 34; i++) {
        f *= (u128)i;
        printf("%d! = ", i);
        print_u128(f);
        putchar('\n');
    }

    u128 max = ~(u128)0;
    print_u128(max);
    putchar('\n');
    s128 smin = (s128)((u128)1 << 127);
    print_s128(smin);
    putchar('\n');
    print_s128(smin + 1);
    putchar('\n');

    volatile s128 n = -(s128)1234567890123456789LL * 1000000007;
    volatile s128 d = 987654321;
    print_s128(n / d);
    putchar(' ');
    print_s128(n % d);
    putchar('\n');
    print_s128(-n / -d);
    putchar(' ');
    print_s128(-n % -d);
    putchar('\n');
    for (int s = 0; s < 128; s += 17) {
        u128 sh = max >> s;
        s128 ssh = smin >> s;
        printf("s=%d ", s);
        print_u128(sh);
        putchar(' ');
        print_s128(ssh);
        putchar(' ');
        print_u128((u128)3 << s);
        putchar('\n');
    }
    u128 x = 0x0123456789abcdefULL;
    x = (x << 64) | 0xfedcba9876543210ULL;
    for (int i = 0; i < 5; i++) {
        u128 q = x / (u128)(i * 1000003 + 7), r = x % (u128)(i * 1000003 + 7);
        print_u128(q);
        putchar(' ');
        print_u128(r);
        putchar('\n');
    }
    /* 64x64 -> 128 via __int128 and compare against a schoolbook version. */
    uint64_t seed = 88172645463325252ULL, bad = 0;
    for (int i = 0; i < 2000; i++) {
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        uint64_t p = seed, q = seed * 0x9e3779b97f4a7c15ULL;
        u128 full = (u128)p * q;
        uint64_t p0 = (uint32_t)p, p1 = p >> 32, q0 = (uint32_t)q, q1 = q >> 32;
        uint64_t ll = p0 * q0, lh = p0 * q1, hl = p1 * q0, hh = p1 * q1;
        uint64_t mid = (ll >> 32) + (uint32_t)lh + (uint32_t)hl;
        uint64_t hi = hh + (lh >> 32) + (hl >> 32) + (mid >> 32);
        if ((uint64_t)(full >> 64) != hi) bad++;
    }
    printf("schoolbook mismatches: %llu\n", (unsigned long long)bad);
    return 0;
}
