/* The program break: sbrk growth and shrink, memory usable in between. */
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

int main(void) {
    /* stdio's buffer comes from malloc, which may use brk too: allocate it before moving the
     * break, so that shrinking the break below malloc's later heap cannot take it away (the
     * kernel unmaps a shrunk break; qemu-user keeps the pages) */
    printf("program break\n");
    char *b0 = sbrk(0);
    char *p = sbrk(1 << 20);
    if (p == (void *)-1) {
        printf("sbrk failed\n");
        return 1;
    }
    char *b1 = sbrk(0);
    printf("grew by %td, returned old break: %d\n", b1 - b0, p == b0);
    memset(p, 0x5a, 1 << 20);
    long s = 0;
    for (int i = 0; i < (1 << 20); i += 4096)
        s += p[i];
    printf("touched sum %ld\n", s);
    if (sbrk(-(1 << 19)) == (void *)-1) printf("shrink failed\n");
    printf("after shrink %td\n", (char *)sbrk(0) - b0);
    printf("brk back %d\n", brk(b0));
    printf("final delta %td\n", (char *)sbrk(0) - b0);
    return 0;
}
