/* sigaltstack: a SA_ONSTACK handler runs on the alternate stack (the address of a local is
 * inside it, sigaltstack() there reports SS_ONSTACK), a handler without SA_ONSTACK runs on
 * the normal stack, SS_DISABLE; and the classic use: a thread with a 256 KiB stack recurses
 * until it overflows into the guard page, the SIGSEGV handler runs on the thread's
 * alternate stack and siglongjmps out, 3 times. */
#define _GNU_SOURCE
#include <pthread.h>
#include <setjmp.h>
#include <signal.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "guest_check.h"

#define ALT_SIZE (64 * 1024)
static char *alt_base;
static volatile uintptr_t local_addr;
static volatile int onstack_flag, calls;

static void handler(int sig) {
    (void)sig;
    volatile int local = 0;
    local_addr = (uintptr_t)&local;
    stack_t cur;
    sigaltstack(NULL, &cur);
    onstack_flag = (cur.ss_flags & SS_ONSTACK) != 0;
    calls++;
}

static int on_alt(uintptr_t a, const char *base, size_t size) {
    return a >= (uintptr_t)base && a < (uintptr_t)base + size;
}

/* stack overflow in a thread */
static __thread sigjmp_buf overflow_env;
static __thread char *thread_alt;
static __thread volatile int overflow_on_alt;
static volatile unsigned long max_depth;
static volatile unsigned long depth_limit = ~0UL; /* never reached: the stack ends first */

static void segv_handler(int sig, siginfo_t *si, void *uc) {
    (void)sig;
    (void)si;
    (void)uc;
    volatile int local;
    overflow_on_alt = on_alt((uintptr_t)&local, thread_alt, ALT_SIZE);
    siglongjmp(overflow_env, 1);
}

__attribute__((noinline)) static unsigned long recurse(unsigned long depth) {
    volatile char pad[512];
    pad[0] = (char)depth;
    pad[511] = (char)depth;
    if (depth > max_depth) max_depth = depth;
    if (depth >= depth_limit) return depth;
    return recurse(depth + 1) + pad[0] + pad[511];
}

static void *overflow_thread(void *arg) {
    (void)arg;
    thread_alt = malloc(ALT_SIZE);
    stack_t ss = {.ss_sp = thread_alt, .ss_size = ALT_SIZE, .ss_flags = 0};
    if (sigaltstack(&ss, NULL) != 0) return (void *)-1;
    intptr_t recovered = 0;
    for (int i = 0; i < 3; i++) {
        overflow_on_alt = 0;
        max_depth = 0;
        if (sigsetjmp(overflow_env, 1) == 0) {
            recurse(0);
        } else if (overflow_on_alt && max_depth > 100) {
            recovered++;
        }
    }
    return (void *)recovered;
}

int main(void) {
    alt_base = malloc(ALT_SIZE);
    stack_t ss = {.ss_sp = alt_base, .ss_size = ALT_SIZE, .ss_flags = 0}, old;
    CHECK(sigaltstack(&ss, &old) == 0, "sigaltstack installed");
    CHECK(old.ss_flags == SS_DISABLE, "no alternate stack before (ss_flags SS_DISABLE)");

    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_handler = handler;
    sa.sa_flags = SA_ONSTACK;
    sigaction(SIGUSR1, &sa, NULL);
    sa.sa_flags = 0;
    sigaction(SIGUSR2, &sa, NULL);

    for (int i = 0; i < 3; i++) {
        calls = 0;
        raise(SIGUSR1);
        CHECK(calls == 1 && on_alt(local_addr, alt_base, ALT_SIZE) && onstack_flag,
              "SA_ONSTACK handler ran on the alternate stack, SS_ONSTACK set there");
    }
    stack_t cur;
    sigaltstack(NULL, &cur);
    CHECK(cur.ss_sp == alt_base && cur.ss_size == ALT_SIZE && cur.ss_flags == 0,
          "outside the handler: same stack, not SS_ONSTACK");

    calls = 0;
    raise(SIGUSR2);
    CHECK(calls == 1 && !on_alt(local_addr, alt_base, ALT_SIZE) && !onstack_flag,
          "handler without SA_ONSTACK ran on the normal stack");

    stack_t dis = {.ss_sp = NULL, .ss_size = 0, .ss_flags = SS_DISABLE};
    CHECK(sigaltstack(&dis, NULL) == 0, "SS_DISABLE");
    calls = 0;
    raise(SIGUSR1);
    CHECK(calls == 1 && !on_alt(local_addr, alt_base, ALT_SIZE),
          "disabled: SA_ONSTACK handler on the normal stack");

    /* stack overflow in a thread with a 256 KiB stack */
    memset(&sa, 0, sizeof sa);
    sa.sa_sigaction = segv_handler;
    sa.sa_flags = SA_SIGINFO | SA_ONSTACK;
    sigaction(SIGSEGV, &sa, NULL);
    pthread_attr_t attr;
    pthread_attr_init(&attr);
    pthread_attr_setstacksize(&attr, 256 * 1024);
    pthread_t t;
    void *ret = NULL;
    int cr = pthread_create(&t, &attr, overflow_thread, NULL);
    if (cr == 0) pthread_join(t, &ret);
    CHECK(cr == 0 && (intptr_t)ret == 3,
          "stack overflow caught on the alternate stack and recovered, x%ld", (long)(intptr_t)ret);

    printf("%s\n", failures ? "some checks FAILED" : "all ok");
    return failures ? 1 : 0;
}
