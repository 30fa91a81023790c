/* The C library's string and memory routines, as recomp-run runs them on the host
 * (docs/hostfn.md): every routine over all 16x16 alignments of its pointers and lengths 0..80,
 * then long buffers, with exact return values printed (memcmp/strcmp/strncmp byte differences,
 * pointer offsets, lengths). Then the cases the host must leave to the guest's own code:
 * overlapping memcpy/strcpy (undefined in C, but the guest's libc gives a definite result),
 * overlapping memmove, and strlen / memcpy / strchr / memset running into a PROT_NONE page,
 * where the SIGSEGV address must be the one the guest's routine faults at. */
#define _GNU_SOURCE
#include <setjmp.h>
#include <signal.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>

static uint64_t h = 1469598103934665603ull; /* FNV-1a of everything printed in a section */
static void mix(uint64_t v) {
    for (int i = 0; i < 8; i++) {
        h ^= (v >> (8 * i)) & 0xff;
        h *= 1099511628211ull;
    }
}
static void mixbuf(const void *p, size_t n) {
    const unsigned char *c = p;
    for (size_t i = 0; i < n; i++) {
        h ^= c[i];
        h *= 1099511628211ull;
    }
}
static void section(const char *name) {
    printf("%-10s %016llx\n", name, (unsigned long long)h);
    h = 1469598103934665603ull;
}

static uint32_t seed = 12345;
static unsigned rnd(void) {
    seed = seed * 1103515245u + 12345u;
    return seed >> 16;
}

/* The routines through volatile pointers: gcc must call them, not expand them inline. */
static void *(*volatile p_memcpy)(void *, const void *, size_t) = memcpy;
static void *(*volatile p_mempcpy)(void *, const void *, size_t) = mempcpy;
static void *(*volatile p_memmove)(void *, const void *, size_t) = memmove;
static void *(*volatile p_memset)(void *, int, size_t) = memset;
static int (*volatile p_memcmp)(const void *, const void *, size_t) = memcmp;
static void *(*volatile p_memchr)(const void *, int, size_t) = memchr;
static void *(*volatile p_memrchr)(const void *, int, size_t) = memrchr;
static void *(*volatile p_rawmemchr)(const void *, int) = rawmemchr;
static size_t (*volatile p_strlen)(const char *) = strlen;
static size_t (*volatile p_strnlen)(const char *, size_t) = strnlen;
static char *(*volatile p_strchr)(const char *, int) = strchr;
static char *(*volatile p_strchrnul)(const char *, int) = strchrnul;
static char *(*volatile p_strrchr)(const char *, int) = strrchr;
static int (*volatile p_strcmp)(const char *, const char *) = strcmp;
static int (*volatile p_strncmp)(const char *, const char *, size_t) = strncmp;
static char *(*volatile p_strcpy)(char *, const char *) = strcpy;
static char *(*volatile p_stpcpy)(char *, const char *) = stpcpy;
static char *(*volatile p_strcat)(char *, const char *) = strcat;
static char *(*volatile p_strstr)(const char *, const char *) = strstr;
static size_t (*volatile p_strspn)(const char *, const char *) = strspn;
static size_t (*volatile p_strcspn)(const char *, const char *) = strcspn;
static char *(*volatile p_strpbrk)(const char *, const char *) = strpbrk;

static int64_t off(const void *p, const void *base) {
    return p ? (const char *)p - (const char *)base : -1;
}

#define N 4096
static unsigned char A[N + 64], B[N + 64], C[N + 64];

/* A string of len bytes from a small alphabet (so searches hit), NUL-terminated. */
static void fill_str(unsigned char *p, size_t len, int alpha) {
    for (size_t i = 0; i < len; i++)
        p[i] = (unsigned char)('a' + rnd() % (unsigned)alpha);
    p[len] = 0;
}

static void aligned_sweeps(void) {
    for (int ia = 0; ia < 16; ia++)
        for (int ib = 0; ib < 16; ib++)
            for (size_t n = 0; n <= 80; n += 1 + (n > 20) * 3) {
                unsigned char *a = A + ia, *b = B + ib;
                for (int i = 0; i < N + 64; i++)
                    A[i] = (unsigned char)rnd(), B[i] = (unsigned char)rnd();
                /* memcpy / mempcpy / memmove / memset */
                mix((uint64_t)off(p_memcpy(a, b, n), A));
                mixbuf(A, 128);
                mix((uint64_t)off(p_mempcpy(b, a + 100, n), B));
                mixbuf(B, 256);
                mix((uint64_t)off(p_memmove(a, a + (ib & 7), n), A));
                mix((uint64_t)off(p_memmove(a + (ib & 7), a, n), A));
                mixbuf(A, 128);
                mix((uint64_t)off(p_memset(b, 0x80 + ia, n), B));
                mixbuf(B, 128);
                /* memcmp: equal, then one byte changed anywhere (signed results, high bytes) */
                memcpy(a, b, n);
                mix((uint64_t)p_memcmp(a, b, n));
                if (n) {
                    size_t k = rnd() % n;
                    a[k] = (unsigned char)rnd();
                    b[k] = (unsigned char)rnd();
                    mix((uint64_t)(int64_t)p_memcmp(a, b, n));
                    mix((uint64_t)(int64_t)p_memcmp(b, a, n));
                }
                /* memchr / memrchr / rawmemchr on random bytes */
                int c = A[200 + ib];
                mix((uint64_t)off(p_memchr(a, c, n), A));
                mix((uint64_t)off(p_memrchr(a, c, n), A));
                a[n] = (unsigned char)c;
                mix((uint64_t)off(p_rawmemchr(a, c), A));
                /* strings of length n */
                fill_str(a, n, 1 + ia % 8);
                fill_str(b, n, 1 + ib % 8);
                int ch = 'a' + (int)(rnd() % 8);
                mix(p_strlen((char *)a));
                mix(p_strnlen((char *)a, n / 2));
                mix(p_strnlen((char *)a, n + 5));
                mix((uint64_t)off(p_strchr((char *)a, ch), A));
                mix((uint64_t)off(p_strchr((char *)a, 0), A));
                mix((uint64_t)off(p_strchr((char *)a, ch + 256), A)); /* converted to char */
                mix((uint64_t)off(p_strchrnul((char *)a, ch), A));
                mix((uint64_t)off(p_strrchr((char *)a, ch), A));
                mix((uint64_t)(int64_t)p_strcmp((char *)a, (char *)b));
                mix((uint64_t)(int64_t)p_strncmp((char *)a, (char *)b, n / 2));
                mix((uint64_t)(int64_t)p_strncmp((char *)a, (char *)b, SIZE_MAX));
                mix((uint64_t)off(p_strstr((char *)a, (char *)b + n / 2), A));
                mix(p_strspn((char *)a, "abc"));
                mix(p_strcspn((char *)a, "def"));
                mix((uint64_t)off(p_strpbrk((char *)a, "gh"), A));
                mix((uint64_t)off(p_strcpy((char *)C + ia, (char *)b), C));
                mix((uint64_t)off(p_stpcpy((char *)C + 200, (char *)a), C));
                mix((uint64_t)off(p_strcat((char *)C + ia, (char *)a), C));
                mixbuf(C, 400);
                /* equal strings, and a high byte: strcmp's bytes compare unsigned */
                memcpy(b, a, n + 1);
                mix((uint64_t)(int64_t)p_strcmp((char *)a, (char *)b));
                if (n) {
                    b[n - 1] = 0xe9;
                    mix((uint64_t)(int64_t)p_strcmp((char *)a, (char *)b));
                    mix((uint64_t)(int64_t)p_strncmp((char *)b, (char *)a, n));
                    mix((uint64_t)(int64_t)p_strncmp((char *)b, (char *)a, n - 1));
                }
            }
    section("sweeps");
}

static void long_buffers(void) {
    static unsigned char big1[1 << 20], big2[1 << 20];
    for (size_t i = 0; i < sizeof big1; i++)
        big1[i] = (unsigned char)('a' + i % 23);
    big1[sizeof big1 - 1] = 0;
    mix((uint64_t)off(p_memcpy(big2, big1, sizeof big1), big2));
    mix((uint64_t)p_memcmp(big1, big2, sizeof big1));
    big2[777777] = 'Z';
    mix((uint64_t)(int64_t)p_memcmp(big1, big2, sizeof big1));
    mix((uint64_t)(int64_t)p_strcmp((char *)big1, (char *)big2));
    mix(p_strlen((char *)big1));
    mix((uint64_t)off(p_strchr((char *)big2, 'Z'), big2));
    mix((uint64_t)off(p_strrchr((char *)big1, 'c'), big1));
    mix((uint64_t)off(p_memchr(big2, 'Z', sizeof big2), big2));
    mix((uint64_t)off(p_memchr(big2, 'Z', SIZE_MAX), big2)); /* "until found" */
    mix((uint64_t)off(p_strstr((char *)big1, "uvwabc"), big1));
    mix((uint64_t)off(p_strstr((char *)big1, "uvwabd"), big1));
    p_memmove(big1 + 3, big1, sizeof big1 - 3);
    p_memmove(big2, big2 + 5, sizeof big2 - 5);
    mixbuf(big1, sizeof big1);
    mixbuf(big2, sizeof big2);
    p_memset(big1, 0, sizeof big1);
    mix(p_strlen((char *)big1));
    section("long");
}

/* Overlapping copies: undefined in C, yet every libc gives a definite result, and a translated
 * program must get its own libc's. */
static void overlaps(void) {
    for (int d = -9; d <= 9; d++) {
        if (!d) continue;
        for (size_t n = 1; n < 200; n += 7) {
            for (int i = 0; i < 512; i++)
                A[i] = (unsigned char)(i * 7 + 1);
            p_memcpy(A + 100 + d, A + 100, n);
            mixbuf(A, 512);
            for (int i = 0; i < 512; i++)
                A[i] = (unsigned char)('a' + i % 26);
            A[100 + n] = 0;
            p_strcpy((char *)A + 100 + d, (char *)A + 100);
            mixbuf(A, 512);
        }
    }
    section("overlaps");
}

static sigjmp_buf jb;
static volatile uintptr_t fault_addr;
static void on_segv(int sig, siginfo_t *si, void *uc) {
    (void)sig;
    (void)uc;
    fault_addr = (uintptr_t)si->si_addr;
    siglongjmp(jb, 1);
}

/* A routine running into a PROT_NONE page: the fault address, relative to the page boundary. */
static void faults(void) {
    long pg = sysconf(_SC_PAGESIZE);
    unsigned char *m =
        mmap(NULL, 2 * pg, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    if (m == MAP_FAILED || mprotect(m + pg, pg, PROT_NONE) < 0) {
        printf("mmap failed\n");
        return;
    }
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_sigaction = on_segv;
    sa.sa_flags = SA_SIGINFO | SA_NODEFER;
    sigaction(SIGSEGV, &sa, NULL);
    unsigned char *edge = m + pg;
    for (int k = 0; k < 8; k++) {
        memset(m, 'x', (size_t)pg);
        volatile int which = k;
        fault_addr = 0;
        if (sigsetjmp(jb, 1) == 0) {
            switch (which) {
            case 0: mix(p_strlen((char *)edge - 5)); break;
            case 1: mix((uint64_t)off(p_strchr((char *)edge - 40, 'y'), m)); break;
            case 2: p_memcpy(edge - 10, A, 20); break;
            case 3: p_memset(edge - 3, 0, 64); break;
            case 4: mix((uint64_t)p_memcmp(edge - 16, edge - 16, 32)); break;
            case 5: mix((uint64_t)p_strcmp((char *)edge - 100, (char *)edge - 100)); break;
            case 6: p_strcpy((char *)A, (char *)edge - 7); break;
            case 7: p_memmove(edge - 100, edge - 120, 200); break;
            }
            printf("fault %d: none\n", k);
        } else {
            printf("fault %d: SIGSEGV at page%+ld\n", k, (long)(fault_addr - (uintptr_t)edge));
        }
        /* what was written before the fault */
        mixbuf(m, (size_t)pg);
        mixbuf(A, 64);
    }
    signal(SIGSEGV, SIG_DFL);
    munmap(m, 2 * pg);
    section("faults");
}

int main(void) {
    aligned_sweeps();
    long_buffers();
    overlaps();
    faults();
    return 0;
}
