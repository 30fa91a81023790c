/* Self-modifying code in a writable and executable segment of the program itself: seg_fn and
 * seg_fn2 live in a section with flags "awx", so the linker gives its PT_LOAD RWX permissions,
 * and their code is rewritten without mprotect or mmap: seg_fn with plain stores, seg_fn2 (on a
 * page of its own, not written before) by read(2) from a pipe, each time followed by a flush
 * (__builtin___clear_cache). seg_fn is hot before the first rewrite and called both directly and
 * from a hot caller in the ordinary text, so under an AOT cache all of them are cached blocks:
 * every call after a flush must run the new instructions. */
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#include "guest_check.h"

/* long seg_fn(void): li a0, 1111 as lui + addiw (patchable in place), ret; seg_fn2 the same
 * with 5555; 4-byte encodings, each function alone on its page */
__asm__(".pushsection rwxcode,\"awx\",@progbits\n"
        ".option push\n"
        ".option norvc\n"
        ".p2align 12\n"
        ".globl seg_fn\n"
        ".type seg_fn, @function\n"
        "seg_fn:\n"
        "  lui a0, 0\n"
        "  addiw a0, a0, 1111\n"
        "  ret\n"
        "  nop\n"
        ".size seg_fn, . - seg_fn\n"
        ".p2align 12\n"
        ".globl seg_fn2\n"
        ".type seg_fn2, @function\n"
        "seg_fn2:\n"
        "  lui a0, 1\n"
        "  addiw a0, a0, 1459\n"
        "  ret\n"
        "  nop\n"
        ".size seg_fn2, . - seg_fn2\n"
        ".p2align 12\n"
        ".option pop\n"
        ".popsection\n");
long seg_fn(void);
long seg_fn2(void);

/* lui rd, hi; addiw rd, rd, lo: k in two instructions */
static void li32(uint32_t out[2], int rd, int32_t k) {
    int32_t lo = (int32_t)((uint32_t)k << 20) >> 20;
    uint32_t hi = ((uint32_t)k - (uint32_t)lo) >> 12 & 0xfffff;
    out[0] = hi << 12 | (uint32_t)rd << 7 | 0x37;
    out[1] = ((uint32_t)lo & 0xfff) << 20 | (uint32_t)rd << 15 | (uint32_t)rd << 7 | 0x1b;
}

static uint32_t *code_of(long (*f)(void)) {
    uint32_t *p;
    memcpy(&p, &f, sizeof p);
    return p;
}

static void flush(long (*f)(void)) {
    __builtin___clear_cache((char *)code_of(f), (char *)(code_of(f) + 4));
}

/* a hot caller in the ordinary text: its call to seg_fn is a chained direct call */
__attribute__((noinline)) static long call_many(int n) {
    long sum = 0;
    for (int i = 0; i < n; i++)
        sum += seg_fn();
    return sum;
}

int main(void) {
    long sum = call_many(1000);
    long r = seg_fn2();
    printf("hot: 1000 calls, sum %ld; seg_fn2 %ld\n", sum, r);
    CHECK(sum == 1111000 && r == 5555, "the functions as linked");

    /* a plain store over the instructions */
    uint32_t ins[2];
    li32(ins, 10, 2222);
    volatile uint32_t *p = code_of(seg_fn);
    p[0] = ins[0];
    p[1] = ins[1];
    flush(seg_fn);
    r = seg_fn();
    sum = call_many(10);
    printf("stored: %ld, 10 calls %ld\n", r, sum);
    CHECK(r == 2222 && sum == 22220, "a store to the segment's code, then a flush: new code runs");

    /* again, on the page that is writable by now */
    li32(ins, 10, -3333);
    p[0] = ins[0];
    p[1] = ins[1];
    flush(seg_fn);
    r = seg_fn();
    printf("stored again: %ld\n", r);
    CHECK(r == -3333, "a second store: new code runs");

    /* the kernel writes the instructions: read(2) from a pipe into seg_fn2's page, which nothing
     * has written before */
    int fd[2];
    if (pipe(fd) != 0) {
        perror("pipe");
        return 1;
    }
    li32(ins, 10, 4444);
    if (write(fd[1], ins, sizeof ins) != (ssize_t)sizeof ins ||
        read(fd[0], code_of(seg_fn2), sizeof ins) != (ssize_t)sizeof ins) {
        perror("pipe I/O");
        return 1;
    }
    flush(seg_fn2);
    r = seg_fn2();
    printf("read(2): %ld\n", r);
    CHECK(r == 4444, "read(2) into the segment's code, then a flush: new code runs");
    printf("%s\n", failures ? "FAILED" : "all ok");
    return failures != 0;
}
