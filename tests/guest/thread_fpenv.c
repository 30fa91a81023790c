/* The floating-point environment of threads. A new thread starts with its creator's fcsr at
 * the clone: the exception flags the creator had raised (recomp may still hold them in the
 * host MXCSR, docs/fp.md) and its rounding mode. After that each thread has its own: the
 * children raise, clear and switch modes while the main thread computes, and neither sees
 * the other's changes. Only the main thread prints. */
#pragma GCC optimize("fp-contract=off")
#define _GNU_SOURCE
#include <fenv.h>
#include <pthread.h>
#include <stdio.h>

#include "guest_check.h"

#define N 3

static volatile double one = 1.0, three = 3.0, zero = 0.0, big = 1e308;

typedef struct result {
    int start_flags, start_round;
    int end_flags, end_round;
    double third; /* 1/3 in the inherited mode */
    double down;  /* 1/3 after switching to FE_DOWNWARD */
} result;

static result res[N];
static pthread_barrier_t bar;

static void *child(void *arg) {
    result *r = arg;
    r->start_flags = fetestexcept(FE_ALL_EXCEPT);
    r->start_round = fegetround();
    r->third = one / three;
    pthread_barrier_wait(&bar); /* all started: now change the environment concurrently */
    feclearexcept(FE_ALL_EXCEPT);
    volatile double x = big * big; /* OF NX */
    (void)x;
    fesetround(FE_DOWNWARD);
    r->down = one / three;
    for (int i = 0; i < 100000; i++) /* some FP work while the others do theirs */
        x = x * 0.5 + one / three;
    r->end_flags = fetestexcept(FE_ALL_EXCEPT);
    r->end_round = fegetround();
    pthread_barrier_wait(&bar);
    return NULL;
}

int main(void) {
    pthread_t th[N];
    pthread_barrier_init(&bar, NULL, N + 1);
    feclearexcept(FE_ALL_EXCEPT);
    volatile double q = one / three; /* NX, pending until something reads fflags */
    volatile double z = one / zero;  /* DZ */
    (void)q;
    (void)z;
    fesetround(FE_UPWARD);
    for (int i = 0; i < N; i++)
        pthread_create(&th[i], NULL, child, &res[i]);
    pthread_barrier_wait(&bar);
    /* the children now clear their flags and switch modes: not ours */
    double acc = 0;
    for (int i = 0; i < 100000; i++)
        acc = acc * 0.5 + one / three;
    pthread_barrier_wait(&bar);
    int main_flags = fetestexcept(FE_ALL_EXCEPT), main_round = fegetround();
    for (int i = 0; i < N; i++)
        pthread_join(th[i], NULL);
    fesetround(FE_TONEAREST);
    printf("main: flags %#x, round %#x, acc %a\n", main_flags, main_round, acc);
    CHECK(main_flags == (FE_INEXACT | FE_DIVBYZERO), "main thread keeps its own flags");
    CHECK(main_round == FE_UPWARD, "main thread keeps its rounding mode");
    for (int i = 0; i < N; i++) {
        result *r = &res[i];
        printf("child %d: start flags %#x round %#x, 1/3 %a, down %a, end flags %#x round %#x\n", i,
               r->start_flags, r->start_round, r->third, r->down, r->end_flags, r->end_round);
        CHECK(r->start_flags == (FE_INEXACT | FE_DIVBYZERO), "child %d starts with the flags", i);
        CHECK(r->start_round == FE_UPWARD, "child %d starts with the rounding mode", i);
        CHECK(r->third == 0x1.5555555555556p-2, "child %d rounds up", i);
        CHECK(r->down == 0x1.5555555555555p-2, "child %d rounds down after switching", i);
        CHECK(r->end_flags == (FE_OVERFLOW | FE_INEXACT), "child %d has its own flags", i);
        CHECK(r->end_round == FE_DOWNWARD, "child %d keeps its own mode", i);
    }
    printf("%s\n", failures ? "some checks FAILED" : "all ok");
    return failures ? 1 : 0;
}
