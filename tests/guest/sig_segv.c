/* SIGSEGV / SIGBUS recovery with sigsetjmp/siglongjmp, each case 5 times: store to and
 * load from NULL+offset and an unmapped page (SEGV_MAPERR), a PROT_NONE page and a store to
 * a read-only page (SEGV_ACCERR), an access past the end of a file mapping (SIGBUS,
 * BUS_ADRERR). The handler checks si_signo, si_code and that si_addr is exactly the
 * faulting address; siglongjmp(env, 1) restores the signal mask so the next fault is
 * delivered again; after recovery the page is made accessible and the access succeeds. */
#define _GNU_SOURCE
#include <fcntl.h>
#include <setjmp.h>
#include <signal.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>

#include "guest_check.h"

static sigjmp_buf env;
static volatile int got_sig, got_code;
static void *volatile got_addr;
static volatile int faults;

static void handler(int sig, siginfo_t *si, void *uc) {
    (void)uc;
    got_sig = sig;
    got_code = si->si_code;
    got_addr = si->si_addr;
    faults++;
    siglongjmp(env, 1);
}

/* one access through a volatile pointer; returns 1 if it faulted */
static int try_store(volatile char *p) {
    got_sig = got_code = 0;
    got_addr = NULL;
    if (sigsetjmp(env, 1) == 0) {
        *p = 42;
        return 0;
    }
    return 1;
}
static int try_load(volatile char *p) {
    got_sig = got_code = 0;
    got_addr = NULL;
    if (sigsetjmp(env, 1) == 0) {
        volatile char c = *p;
        (void)c;
        return 0;
    }
    return 1;
}

static void expect(const char *what, int faulted, int sig, int code, void *addr) {
    int ok = faulted && got_sig == sig && got_code == code && got_addr == addr;
    if (!ok)
        printf("  %s: faulted=%d sig=%d code=%d addr=%p (want %d %d %p)\n", what, faulted, got_sig,
               got_code, got_addr, sig, code, addr);
    CHECK(ok, "%s: signal %d, si_code %d, si_addr exact", what, sig, code);
}

int main(void) {
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_sigaction = handler;
    sa.sa_flags = SA_SIGINFO;
    sigaction(SIGSEGV, &sa, NULL);
    sigaction(SIGBUS, &sa, NULL);
    long pg = sysconf(_SC_PAGESIZE);

    char *volatile null_page = NULL;
    char *none = mmap(NULL, pg, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    char *ro = mmap(NULL, pg, PROT_READ, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    char *gone = mmap(NULL, pg, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    if (none == MAP_FAILED || ro == MAP_FAILED || gone == MAP_FAILED) {
        printf("FAIL: mmap\n");
        return 1;
    }
    munmap(gone, pg);

    for (int round = 0; round < 5; round++) {
        int off = 8 + round * 100;
        printf("round %d\n", round);
        expect("store to NULL+off", try_store(null_page + off), SIGSEGV, SEGV_MAPERR,
               null_page + off);
        expect("load from NULL+off", try_load(null_page + off), SIGSEGV, SEGV_MAPERR,
               null_page + off);
        expect("store to an unmapped page", try_store(gone + off), SIGSEGV, SEGV_MAPERR,
               gone + off);
        expect("load from PROT_NONE", try_load(none + off), SIGSEGV, SEGV_ACCERR, none + off);
        expect("store to PROT_NONE", try_store(none + off), SIGSEGV, SEGV_ACCERR, none + off);
        expect("store to PROT_READ", try_store(ro + off), SIGSEGV, SEGV_ACCERR, ro + off);
        CHECK(try_load(ro + off) == 0, "load from PROT_READ works");
    }
    sigset_t cur;
    sigprocmask(SIG_SETMASK, NULL, &cur);
    CHECK(!sigismember(&cur, SIGSEGV), "SIGSEGV not blocked after siglongjmp(env, 1)");
    printf("faults handled: %d\n", faults);

    /* make the pages accessible: the same accesses now work */
    mprotect(none, pg, PROT_READ | PROT_WRITE);
    mprotect(ro, pg, PROT_READ | PROT_WRITE);
    CHECK(try_store(none + 8) == 0 && none[8] == 42, "after mprotect RW the PROT_NONE page works");
    CHECK(try_store(ro + 8) == 0 && ro[8] == 42, "after mprotect RW the read-only page works");

    /* SIGBUS: a shared mapping of a 100-byte file, 2 pages long; the second page is beyond EOF */
    char dir[] = "sigsegv.XXXXXX";
    if (!mkdtemp(dir)) return 1;
    char path[64];
    snprintf(path, sizeof path, "%s/f", dir);
    int fd = open(path, O_RDWR | O_CREAT | O_TRUNC, 0600);
    char data[100];
    memset(data, 'x', sizeof data);
    if (fd < 0 || write(fd, data, sizeof data) != (ssize_t)sizeof data) return 1;
    char *fm = mmap(NULL, 2 * pg, PROT_READ | PROT_WRITE, MAP_SHARED, fd, 0);
    if (fm == MAP_FAILED) {
        printf("FAIL: mmap of the file\n");
        return 1;
    }
    CHECK(try_load(fm + 50) == 0 && fm[50] == 'x', "load inside the file works");
    CHECK(try_load(fm + 500) == 0 && fm[500] == 0, "load after EOF in the last page reads 0");
    for (int round = 0; round < 3; round++)
        expect("load past EOF, next page", try_load(fm + pg + 16 + round), SIGBUS, BUS_ADRERR,
               fm + pg + 16 + round);
    expect("store past EOF, next page", try_store(fm + pg + 64), SIGBUS, BUS_ADRERR, fm + pg + 64);
    munmap(fm, 2 * pg);
    close(fd);
    unlink(path);
    rmdir(dir);

    printf("%s\n", failures ? "some checks FAILED" : "all ok");
    return failures ? 1 : 0;
}
