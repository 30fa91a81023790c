/* Bitfields: signed/unsigned, widths 1..64, straddling, packed, read-modify-write. */
#include <stdint.h>
#include <stdio.h>
#include <string.h>

struct flags {
    unsigned a : 1, b : 3, c : 5, d : 7, e : 16;
    int f : 4, g : 12;
};
struct wide {
    uint64_t lo : 33, mid : 20, hi : 11;
    int64_t s : 40;
};
struct __attribute__((packed)) pk {
    uint8_t x : 3;
    uint16_t y : 10;
    uint32_t z : 19;
};
struct rv_insn {
    unsigned opcode : 7, rd : 5, funct3 : 3, rs1 : 5, rs2 : 5, funct7 : 7;
};

int main(void) {
    struct flags f;
    memset(&f, 0, sizeof f);
    for (int i = 0; i < 40; i++) {
        f.a += 1;
        f.b += 3;
        f.c += 7;
        f.d += 11;
        f.e += 12345;
        f.f += 3;
        f.g -= 301;
        if (i % 5 == 4)
            printf("a=%u b=%u c=%u d=%u e=%u f=%d g=%d\n", f.a, f.b, f.c, f.d, f.e, f.f, f.g);
    }
    printf("sizeof flags=%zu\n", sizeof f);
    struct wide w = {0};
    w.lo = 0x1ffffffffULL;
    w.mid = 0xabcde;
    w.hi = 0x7ff;
    w.s = -1;
    printf("lo=%llx mid=%x hi=%x s=%lld\n", (unsigned long long)w.lo, (unsigned)w.mid,
           (unsigned)w.hi, (long long)w.s);
    w.lo += 1;
    w.s = (int64_t)1 << 38;
    w.s = w.s * 2;
    printf("lo=%llx s=%lld sizeof=%zu\n", (unsigned long long)w.lo, (long long)w.s, sizeof w);
    struct pk p = {5, 1000, 300000};
    unsigned char raw[sizeof p];
    memcpy(raw, &p, sizeof p);
    printf("packed size=%zu x=%u y=%u z=%u raw=", sizeof p, p.x, p.y, p.z);
    for (size_t i = 0; i < sizeof p; i++)
        printf("%02x", raw[i]);
    printf("\n");
    uint32_t words[] = {0x00a00093, 0x40b50533, 0xfe010113, 0x00008067, 0x02c5d5bb};
    for (int i = 0; i < 5; i++) {
        struct rv_insn ins;
        memcpy(&ins, &words[i], 4);
        printf("%08x: opcode=%02x rd=%u f3=%u rs1=%u rs2=%u f7=%02x\n", words[i], ins.opcode,
               ins.rd, ins.funct3, ins.rs1, ins.rs2, ins.funct7);
        ins.rd = 31 - ins.rd;
        uint32_t back;
        memcpy(&back, &ins, 4);
        printf("   rd flipped -> %08x\n", back);
    }
    return 0;
}
