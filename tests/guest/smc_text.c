/* Self-modifying code in the program's own text: the translations of a function (AOT-cached or
 * JIT-made, hot and chained) must go when the program makes its page writable, rewrites it and
 * flushes the icache, in both styles: W^X (RW, write, back to RX) and RWX. */
#include <stdint.h>
#include <string.h>
#include <sys/cachectl.h>
#include <sys/mman.h>
#include <unistd.h>

#include "guest_check.h"

/* Each in a page of its own, so that rewriting one leaves the code around it alone. */
__attribute__((noinline, aligned(4096))) int patch_wx(void) {
    return 1;
}
__attribute__((noinline, aligned(4096))) int patch_rwx(void) {
    return 2;
}
__attribute__((aligned(4096))) static int after_pages(void) {
    return 3;
}

static void write_li_ret(void *fn, int value) {
    uint32_t code[2] = {0x00000513u | ((uint32_t)value << 20), 0x00008067u}; /* li a0,v; ret */
    memcpy(fn, code, sizeof code);
}

int main(void) {
    long page = sysconf(_SC_PAGESIZE);
    int (*volatile f1)(void) = patch_wx, (*volatile f2)(void) = patch_rwx;
    int sum = 0;
    for (int i = 0; i < 1000; i++)
        sum += f1() + f2(); /* hot, translated and chained */
    CHECK(sum == 3000, "before patching: %d", sum);

    void *p1 = (void *)((uintptr_t)patch_wx & ~(uintptr_t)(page - 1));
    CHECK(mprotect(p1, page, PROT_READ | PROT_WRITE) == 0, "W^X: text page made RW");
    write_li_ret((void *)patch_wx, 42);
    CHECK(mprotect(p1, page, PROT_READ | PROT_EXEC) == 0, "W^X: text page back to RX");
    __riscv_flush_icache((void *)patch_wx, (char *)patch_wx + 8, 0);
    CHECK(f1() == 42, "W^X: patched function returns %d", f1());

    void *p2 = (void *)((uintptr_t)patch_rwx & ~(uintptr_t)(page - 1));
    CHECK(mprotect(p2, page, PROT_READ | PROT_WRITE | PROT_EXEC) == 0, "RWX: text page made RWX");
    for (int v = 10; v < 13; v++) {
        write_li_ret((void *)patch_rwx, v);
        __builtin___clear_cache((char *)patch_rwx, (char *)patch_rwx + 8);
        int got = 0;
        for (int i = 0; i < 100; i++)
            got += f2();
        CHECK(got == 100 * v, "RWX: rewrite %d: 100 calls return %d", v, got);
    }
    CHECK(after_pages() == 3, "code after the patched pages untouched");
    return failures != 0;
}
