/* Self-modifying code in an RWX page: machine code written at run time, called, overwritten,
 * flushed (__builtin___clear_cache, __riscv_flush_icache, fence.i) and called again; a loop body
 * patched between calls; a hot function (called 1000 times, reached by a direct jal from
 * another generated function, so its translation is chained) patched afterwards; the caller
 * itself patched while hot. Every call after a flush must run the new instructions. */
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <sys/cachectl.h>
#include <sys/mman.h>

#include "guest_check.h"

/* -- RV64 encoders (32-bit instructions only) ------------------------------------------------ */

enum { ZERO = 0, RA = 1, SP = 2, A0 = 10, A1 = 11, A2 = 12 };

static uint32_t enc_i(uint32_t op, int rd, int f3, int rs1, int32_t imm) {
    return ((uint32_t)imm & 0xfff) << 20 | (uint32_t)rs1 << 15 | (uint32_t)f3 << 12 |
           (uint32_t)rd << 7 | op;
}
static uint32_t enc_s(int f3, int rs1, int rs2, int32_t imm) {
    uint32_t i = (uint32_t)imm;
    return (i >> 5 & 0x7f) << 25 | (uint32_t)rs2 << 20 | (uint32_t)rs1 << 15 | (uint32_t)f3 << 12 |
           (i & 0x1f) << 7 | 0x23;
}
static uint32_t enc_b(int f3, int rs1, int rs2, int32_t off) {
    uint32_t i = (uint32_t)off;
    return (i >> 12 & 1) << 31 | (i >> 5 & 0x3f) << 25 | (uint32_t)rs2 << 20 | (uint32_t)rs1 << 15 |
           (uint32_t)f3 << 12 | (i >> 1 & 0xf) << 8 | (i >> 11 & 1) << 7 | 0x63;
}
static uint32_t enc_j(int rd, int32_t off) {
    uint32_t i = (uint32_t)off;
    return (i >> 20 & 1) << 31 | (i >> 1 & 0x3ff) << 21 | (i >> 11 & 1) << 20 |
           (i >> 12 & 0xff) << 12 | (uint32_t)rd << 7 | 0x6f;
}
#define ADDI(rd, rs, imm)  enc_i(0x13, rd, 0, rs, imm)
#define ADDIW(rd, rs, imm) enc_i(0x1b, rd, 0, rs, imm)
#define LD(rd, rs, imm)    enc_i(0x03, rd, 3, rs, imm)
#define SD(rs2, rs1, imm)  enc_s(3, rs1, rs2, imm)
#define BNE(a, b, off)     enc_b(1, a, b, off)
#define JAL(rd, off)       enc_j(rd, off)
#define RET()              enc_i(0x67, ZERO, 0, RA, 0)
#define LUI(rd, imm20)     ((uint32_t)(imm20) << 12 | (uint32_t)(rd) << 7 | 0x37)

/* li rd, k (32-bit k) as lui + addiw: always two instructions, so it can be patched in place */
static void li32(uint32_t *p, int rd, int32_t k) {
    int32_t lo = (int32_t)((uint32_t)k << 20) >> 20;
    p[0] = LUI(rd, ((uint32_t)k - (uint32_t)lo) >> 12 & 0xfffff);
    p[1] = ADDIW(rd, rd, lo);
}

static uint32_t *page;

static void flush(const void *p, size_t words) {
    __builtin___clear_cache((char *)p, (char *)p + 4 * words);
}

typedef long (*fn0)(void);
typedef long (*fn1)(long);

static fn0 as_fn0(uint32_t *p) {
    fn0 f;
    memcpy(&f, &p, sizeof f);
    return f;
}
static fn1 as_fn1(uint32_t *p) {
    fn1 f;
    memcpy(&f, &p, sizeof f);
    return f;
}

/* -- Tests --------------------------------------------------------------------------------- */

static void test_constant(void) {
    uint32_t *f = page;
    li32(f, A0, 1111);
    f[2] = RET();
    flush(f, 3);
    long r1 = as_fn0(f)();
    li32(f, A0, 2222);
    flush(f, 3);
    long r2 = as_fn0(f)();
    /* a different shape: longer code, flushed with the glibc call */
    f[0] = ADDI(A0, ZERO, 3);
    f[1] = ADDI(A0, A0, 4);
    f[2] = ADDI(A0, A0, 35);
    f[3] = RET();
    __riscv_flush_icache(f, f + 4, 0);
    long r3 = as_fn0(f)();
    printf("constant function: %ld, %ld, %ld\n", r1, r2, r3);
    CHECK(r1 == 1111 && r2 == 2222 && r3 == 42, "rewritten constant function returns new values");

    /* fence.i (in the guest's own instruction stream) instead of the system call */
    li32(f, A0, -5000);
    f[2] = RET();
    __asm__ volatile(".4byte 0x0000100f" ::: "memory"); /* fence.i */
    long r4 = as_fn0(f)();
    printf("after fence.i: %ld\n", r4);
    CHECK(r4 == -5000, "fence.i makes the new code visible");

    /* patch, flush and call many times in a row */
    long sum = 0;
    for (int k = 0; k < 20; k++) {
        li32(f, A0, k * 7 - 300);
        flush(f, 2);
        sum += as_fn0(f)();
    }
    printf("20 patch/flush/call rounds: sum %ld\n", sum);
    CHECK(sum == 7 * (19 * 20 / 2) - 300 * 20, "every round ran its own constant");
}

static void test_loop_body(void) {
    uint32_t *f = page + 64;
    f[0] = ADDI(A1, ZERO, 0); /* acc = 0 */
    f[1] = ADDI(A2, A0, 0);   /* n = arg */
    f[2] = ADDI(A1, A1, 3);   /* loop: acc += 3        (patched) */
    f[3] = ADDI(A2, A2, -1);  /*       n -= 1          (patched) */
    f[4] = BNE(A2, ZERO, -8); /*       if n goto loop */
    f[5] = ADDI(A0, A1, 0);
    f[6] = RET();
    flush(f, 7);
    long r1 = as_fn1(f)(1000);
    f[2] = ADDI(A1, A1, 5);
    flush(f + 2, 1);
    long r2 = as_fn1(f)(1000);
    f[3] = ADDI(A2, A2, -2);
    flush(f + 3, 1);
    long r3 = as_fn1(f)(1000);
    /* a new body and back edge: one instruction longer (acc += 1 + 5 per round) */
    f[2] = ADDI(A1, A1, 1);
    f[3] = ADDI(A1, A1, 5);
    f[4] = ADDI(A2, A2, -1);
    f[5] = BNE(A2, ZERO, -12);
    f[6] = ADDI(A0, A1, 0);
    f[7] = RET();
    flush(f, 8);
    long r4 = as_fn1(f)(100);
    printf("loop: %ld, %ld, %ld, %ld\n", r1, r2, r3, r4);
    CHECK(r1 == 3000, "loop body, original");
    CHECK(r2 == 5000, "loop body, patched step");
    CHECK(r3 == 2500, "loop body, patched counter");
    CHECK(r4 == 600, "loop with a new body and back edge");
}

static void test_hot_chained(void) {
    uint32_t *callee = page + 128, *caller = page + 160;
    li32(callee, A0, 10);
    callee[2] = RET();
    caller[0] = ADDI(SP, SP, -16);
    caller[1] = SD(RA, SP, 8);
    caller[2] = JAL(RA, (int32_t)((callee - (caller + 2)) * 4)); /* direct call: chained */
    caller[3] = ADDI(A0, A0, 1);
    caller[4] = LD(RA, SP, 8);
    caller[5] = ADDI(SP, SP, 16);
    caller[6] = RET();
    flush(page + 128, 40);
    long sum = 0;
    for (int i = 0; i < 1000; i++)
        sum += as_fn0(caller)();
    printf("hot: 1000 calls, sum %ld\n", sum);
    CHECK(sum == 11000, "hot caller -> callee");

    li32(callee, A0, 20); /* the callee, hot and chained from the caller */
    flush(callee, 2);
    long r1 = as_fn0(caller)();
    sum = 0;
    for (int i = 0; i < 1000; i++)
        sum += as_fn0(caller)();
    printf("callee patched: %ld, then 1000 calls, sum %ld\n", r1, sum);
    CHECK(r1 == 21 && sum == 21000, "patched hot callee runs its new code");

    caller[3] = ADDI(A0, A0, 100); /* the hot caller itself */
    flush(caller + 3, 1);
    long r2 = as_fn0(caller)();
    printf("caller patched: %ld\n", r2);
    CHECK(r2 == 120, "patched hot caller runs its new code");

    /* redirect the call to another function */
    uint32_t *other = page + 200;
    li32(other, A0, 1000);
    other[2] = RET();
    flush(other, 3);
    caller[2] = JAL(RA, (int32_t)((other - (caller + 2)) * 4));
    flush(caller + 2, 1);
    long r3 = as_fn0(caller)();
    printf("call redirected: %ld\n", r3);
    CHECK(r3 == 1100, "redirected direct call reaches the new callee");
}

int main(void) {
    void *p =
        mmap(NULL, 4096, PROT_READ | PROT_WRITE | PROT_EXEC, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    if (p == MAP_FAILED) {
        perror("mmap RWX");
        return 1;
    }
    page = p;
    test_constant();
    test_loop_body();
    test_hot_chained();
    munmap(p, 4096);
    if (failures) {
        printf("some checks FAILED\n");
        return 1;
    }
    printf("all ok\n");
    return 0;
}
