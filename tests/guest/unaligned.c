/* Unaligned and mixed-width memory accesses via memcpy and packed structs, volatile
 * loads/stores, and sign/zero extension of every load width. */
#include <stdint.h>
#include <stdio.h>
#include <string.h>

struct __attribute__((packed)) up {
    uint8_t pad;
    uint16_t h;
    uint32_t w;
    uint64_t d;
    double f;
};

int main(void) {
    uint8_t buf[64];
    for (int i = 0; i < 64; i++)
        buf[i] = (uint8_t)(0xf0 ^ (i * 29));
    for (int off = 0; off < 9; off++) {
        uint16_t h;
        uint32_t w;
        uint64_t d;
        int16_t sh;
        int32_t sw;
        memcpy(&h, buf + off, 2);
        memcpy(&w, buf + off, 4);
        memcpy(&d, buf + off, 8);
        memcpy(&sh, buf + off, 2);
        memcpy(&sw, buf + off, 4);
        printf("off %d: %04x %08x %016llx %d %d\n", off, h, w, (unsigned long long)d, sh, sw);
    }
    for (int off = 0; off < 8; off++) {
        uint64_t v = 0x0102030405060708ULL * (uint64_t)(off + 1);
        memcpy(buf + 1 + off * 7, &v, 8);
    }
    uint64_t chk = 0;
    for (int i = 0; i < 64; i++)
        chk = chk * 131 + buf[i];
    printf("after unaligned stores %016llx\n", (unsigned long long)chk);
    struct up u;
    memset(&u, 0, sizeof u);
    u.h = 0xbeef;
    u.w = 0xdeadbeef;
    u.d = 0x0123456789abcdefULL;
    u.f = -1.5;
    volatile struct up *vu = &u;
    printf("packed %zu %x %x %llx %g\n", sizeof u, vu->h, vu->w, (unsigned long long)vu->d, vu->f);
    vu->w += 1;
    vu->d ^= 0xffff;
    vu->f *= 3;
    printf("packed rmw %x %llx %g\n", u.w, (unsigned long long)u.d, u.f);
    volatile int8_t b8 = -5;
    volatile uint8_t u8 = 250;
    volatile int16_t b16 = -30000;
    volatile uint16_t u16 = 65000;
    volatile int32_t b32 = -2000000000;
    volatile uint32_t u32 = 4000000000u;
    int64_t e1 = b8, e3 = b16, e5 = b32;
    uint64_t e2 = u8, e4 = u16, e6 = u32;
    printf("ext %lld %llu %lld %llu %lld %llu\n", (long long)e1, (unsigned long long)e2,
           (long long)e3, (unsigned long long)e4, (long long)e5, (unsigned long long)e6);
    /* type punning through a union */
    union {
        double d;
        uint64_t u;
        float f[2];
        uint8_t b[8];
    } pun;
    pun.d = 1.0;
    printf("pun %016llx b7=%02x\n", (unsigned long long)pun.u, pun.b[7]);
    pun.u = 0x3f80000040000000ULL;
    printf("floats %g %g\n", pun.f[0], pun.f[1]);
    /* unaligned double via memcpy */
    double dv = 3.25;
    memcpy(buf + 3, &dv, 8);
    double back;
    memcpy(&back, buf + 3, 8);
    printf("unaligned double %g\n", back);
    /* word-at-a-time strlen on unaligned buffer */
    char text[40] = "..unaligned string for word scan";
    const char *p = text + 2;
    size_t len = 0;
    for (;;) {
        uint64_t wv;
        memcpy(&wv, p + len, 8);
        if (((wv - 0x0101010101010101ULL) & ~wv & 0x8080808080808080ULL) != 0) break;
        len += 8;
    }
    while (p[len])
        len++;
    printf("wordscan len %zu (strlen %zu)\n", len, strlen(p));
    return 0;
}
