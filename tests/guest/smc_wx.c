/* Generated code under W^X: written into a read-write mapping, made read+execute with mprotect,
 * called; made writable again, changed, made executable, flushed, called again (also after
 * 1000 calls made it hot, and with a second function on the same page left unchanged); then the
 * page is unmapped and a new one mapped at the same address with different code. */
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <sys/mman.h>

#include "guest_check.h"

enum { ZERO = 0, RA = 1, A0 = 10 };

static uint32_t enc_i(uint32_t op, int rd, int f3, int rs1, int32_t imm) {
    return ((uint32_t)imm & 0xfff) << 20 | (uint32_t)rs1 << 15 | (uint32_t)f3 << 12 |
           (uint32_t)rd << 7 | op;
}
#define ADDIW(rd, rs, imm) enc_i(0x1b, rd, 0, rs, imm)
#define RET()              enc_i(0x67, ZERO, 0, RA, 0)
#define LUI(rd, imm20)     ((uint32_t)(imm20) << 12 | (uint32_t)(rd) << 7 | 0x37)

/* li a0, k; ret */
static void gen_const(uint32_t *p, int32_t k) {
    int32_t lo = (int32_t)((uint32_t)k << 20) >> 20;
    p[0] = LUI(A0, ((uint32_t)k - (uint32_t)lo) >> 12 & 0xfffff);
    p[1] = ADDIW(A0, A0, lo);
    p[2] = RET();
}

typedef long (*fn0)(void);

static long call(uint32_t *p) {
    fn0 f;
    memcpy(&f, &p, sizeof f);
    return f();
}

#define PAGE 4096
#define RW   (PROT_READ | PROT_WRITE)
#define RX   (PROT_READ | PROT_EXEC)

static int protect(void *p, int prot) {
    if (mprotect(p, PAGE, prot) != 0) {
        perror("mprotect");
        return -1;
    }
    return 0;
}

int main(void) {
    void *m = mmap(NULL, PAGE, RW, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    if (m == MAP_FAILED) {
        perror("mmap");
        return 1;
    }
    uint32_t *f = m, *g = (uint32_t *)m + 256;

    gen_const(f, 100);
    gen_const(g, 7);
    if (protect(m, RX)) return 1;
    __builtin___clear_cache((char *)m, (char *)m + PAGE);
    long r1 = call(f), g1 = call(g);
    printf("W^X: first %ld (other function %ld)\n", r1, g1);
    CHECK(r1 == 100 && g1 == 7, "code written RW then made RX runs");

    if (protect(m, RW)) return 1;
    gen_const(f, 200);
    if (protect(m, RX)) return 1;
    __builtin___clear_cache((char *)f, (char *)(f + 3));
    long r2 = call(f), g2 = call(g);
    printf("W^X: rewritten %ld (other function %ld)\n", r2, g2);
    CHECK(r2 == 200 && g2 == 7, "rewritten through RW -> RX, other function unchanged");

    long sum = 0;
    for (int i = 0; i < 1000; i++)
        sum += call(f) + call(g);
    if (protect(m, RW)) return 1;
    gen_const(f, -123456);
    if (protect(m, RX)) return 1;
    __builtin___clear_cache((char *)f, (char *)(f + 3));
    long r3 = call(f), g3 = call(g);
    printf("W^X: hot (sum %ld), rewritten %ld (other function %ld)\n", sum, r3, g3);
    CHECK(sum == 207000 && r3 == -123456 && g3 == 7, "hot function rewritten through RW -> RX");

    /* unmap, map a new page at the same address, different code (munmap drops translations) */
    if (munmap(m, PAGE) != 0) {
        perror("munmap");
        return 1;
    }
    void *m2 = mmap(m, PAGE, RW, MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED, -1, 0);
    if (m2 == MAP_FAILED) {
        perror("mmap again");
        return 1;
    }
    CHECK(m2 == m, "new mapping at the same address");
    gen_const(f, 300);
    gen_const(g, 8);
    if (protect(m2, RX)) return 1;
    long r4 = call(f), g4 = call(g);
    printf("re-mapped: %ld (other function %ld)\n", r4, g4);
    CHECK(r4 == 300 && g4 == 8, "code in the re-mapped page runs");

    /* and once more, this time an RWX mapping straight away */
    munmap(m2, PAGE);
    void *m3 = mmap(m, PAGE, RW | PROT_EXEC, MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED, -1, 0);
    if (m3 == MAP_FAILED) {
        perror("mmap RWX");
        return 1;
    }
    gen_const(f, 400);
    __builtin___clear_cache((char *)f, (char *)(f + 3));
    long r5 = call(f);
    printf("re-mapped RWX: %ld\n", r5);
    CHECK(r5 == 400, "code in the re-mapped RWX page runs");
    munmap(m3, PAGE);

    if (failures) {
        printf("some checks FAILED\n");
        return 1;
    }
    printf("all ok\n");
    return 0;
}
