/* pthread_cancel (glibc delivers it with the internal signal SIGCANCEL, 32): a thread
 * blocked in read() on a pipe, one in pthread_cond_wait (the mutex is re-acquired before
 * the cleanup handler runs), one in nanosleep, one in a compute loop calling
 * pthread_testcancel, one with asynchronous cancellation in a loop without any system call
 * or cancellation point, and one with cancellation disabled (returns normally). Cleanup
 * handlers run; pthread_join gives PTHREAD_CANCELED. Only the main thread prints. */
#define _GNU_SOURCE
#include <pthread.h>
#include <stdatomic.h>
#include <stdint.h>
#include <stdio.h>
#include <time.h>
#include <unistd.h>

#include "guest_check.h"

static atomic_int ready;
static atomic_int cleanups[8];
static int pipefd[2];
static pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
static pthread_cond_t never = PTHREAD_COND_INITIALIZER;
static int mutex_held_in_cleanup;

static void cleanup(void *arg) {
    atomic_fetch_add(&cleanups[(intptr_t)arg], 1);
}

static void cond_cleanup(void *arg) {
    /* pthread_cond_wait re-acquires the mutex before acting on the cancellation */
    mutex_held_in_cleanup = pthread_mutex_trylock(&m) != 0;
    pthread_mutex_unlock(&m);
    cleanup(arg);
}

static void *in_read(void *arg) {
    pthread_cleanup_push(cleanup, arg);
    char c;
    atomic_fetch_add(&ready, 1);
    for (;;)
        read(pipefd[0], &c, 1);
    pthread_cleanup_pop(0);
    return NULL;
}

static void *in_cond_wait(void *arg) {
    pthread_mutex_lock(&m);
    pthread_cleanup_push(cond_cleanup, arg);
    atomic_fetch_add(&ready, 1);
    for (;;)
        pthread_cond_wait(&never, &m);
    pthread_cleanup_pop(0);
    return NULL;
}

static void *in_sleep(void *arg) {
    pthread_cleanup_push(cleanup, arg);
    atomic_fetch_add(&ready, 1);
    for (;;) {
        struct timespec d = {10, 0};
        nanosleep(&d, NULL);
    }
    pthread_cleanup_pop(0);
    return NULL;
}

static volatile unsigned long work;
static void *in_testcancel_loop(void *arg) {
    pthread_cleanup_push(cleanup, arg);
    atomic_fetch_add(&ready, 1);
    for (;;) {
        for (int i = 0; i < 1000; i++)
            work++;
        pthread_testcancel();
    }
    pthread_cleanup_pop(0);
    return NULL;
}

static volatile unsigned long async_work;
static void *in_async_loop(void *arg) {
    int old;
    pthread_setcanceltype(PTHREAD_CANCEL_ASYNCHRONOUS, &old);
    pthread_cleanup_push(cleanup, arg);
    atomic_fetch_add(&ready, 1);
    for (;;)
        async_work++; /* no system calls, no cancellation points */
    pthread_cleanup_pop(0);
    return NULL;
}

static atomic_int disabled_go;
static void *with_cancel_disabled(void *arg) {
    (void)arg;
    int old;
    pthread_setcancelstate(PTHREAD_CANCEL_DISABLE, &old);
    atomic_fetch_add(&ready, 1);
    while (!atomic_load(&disabled_go))
        usleep(1000); /* a cancellation point, but cancellation is disabled */
    pthread_setcancelstate(old,
                           NULL); /* re-enabled: a pending cancel would act at the next point */
    return (void *)77;
}

int main(void) {
    if (pipe(pipefd) != 0) return 1;
    void *(*fns[5])(void *) = {in_read, in_cond_wait, in_sleep, in_testcancel_loop, in_async_loop};
    const char *what[5] = {"blocked in read", "blocked in pthread_cond_wait",
                           "blocked in nanosleep", "loop with pthread_testcancel",
                           "asynchronous, loop without syscalls"};
    pthread_t t[5];
    for (int i = 0; i < 5; i++)
        if (pthread_create(&t[i], NULL, fns[i], (void *)(intptr_t)i) != 0) {
            printf("FAIL: pthread_create\n");
            return 1;
        }
    while (atomic_load(&ready) < 5)
        usleep(1000);
    usleep(20000); /* let them reach their blocking calls and loops */
    for (int i = 0; i < 5; i++) {
        int r = pthread_cancel(t[i]);
        void *ret = NULL;
        int j = pthread_join(t[i], &ret);
        CHECK(r == 0 && j == 0 && ret == PTHREAD_CANCELED && atomic_load(&cleanups[i]) == 1,
              "cancel thread %s: PTHREAD_CANCELED, cleanup ran once", what[i]);
    }
    CHECK(mutex_held_in_cleanup, "cond_wait re-acquired the mutex before the cleanup handler");

    /* disabled cancellation: the cancel request stays pending, the thread returns normally */
    atomic_store(&ready, 0);
    pthread_t d;
    pthread_create(&d, NULL, with_cancel_disabled, NULL);
    while (atomic_load(&ready) < 1)
        usleep(1000);
    int r = pthread_cancel(d);
    usleep(20000);
    atomic_store(&disabled_go, 1);
    void *ret = NULL;
    pthread_join(d, &ret);
    CHECK(r == 0 && ret == (void *)77, "cancellation disabled: the thread returned 77 normally");

    printf("%s\n", failures ? "some checks FAILED" : "all ok");
    return failures ? 1 : 0;
}
