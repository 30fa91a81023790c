/* pthreads: 8 threads incrementing a mutex-protected counter (exact count), pthread_join
 * return values, pthread_once, recursive and error-checking mutexes, trylock and timedlock
 * against a lock held by another thread. Only the main thread prints. */
#define _GNU_SOURCE
#include <errno.h>
#include <pthread.h>
#include <stdint.h>
#include <stdio.h>
#include <time.h>

#define NTHREADS 8
#define ITERS    20000

#include "guest_check.h"

static pthread_mutex_t lock = PTHREAD_MUTEX_INITIALIZER;
static long counter;
static long per_thread[NTHREADS];

static pthread_once_t once = PTHREAD_ONCE_INIT;
static int once_calls;
static void once_init(void) {
    once_calls++;
}

static void *worker(void *arg) {
    int id = (int)(intptr_t)arg;
    pthread_once(&once, once_init);
    for (int i = 0; i < ITERS; i++) {
        pthread_mutex_lock(&lock);
        counter++;
        per_thread[id]++;
        pthread_mutex_unlock(&lock);
    }
    return (void *)(intptr_t)(id * 100 + 7);
}

/* trylock / timedlock from another thread while main holds `held` */
static pthread_mutex_t held = PTHREAD_MUTEX_INITIALIZER;
static int trylock_result, timedlock_result;

static void *contender(void *arg) {
    (void)arg;
    trylock_result = pthread_mutex_trylock(&held);
    struct timespec ts;
    clock_gettime(CLOCK_REALTIME, &ts);
    ts.tv_nsec += 30 * 1000 * 1000;
    if (ts.tv_nsec >= 1000000000) {
        ts.tv_sec++;
        ts.tv_nsec -= 1000000000;
    }
    timedlock_result = pthread_mutex_timedlock(&held, &ts);
    return NULL;
}

static void *locker_after_release(void *arg) {
    (void)arg;
    int r = pthread_mutex_lock(&held);
    if (r == 0) pthread_mutex_unlock(&held);
    return (void *)(intptr_t)(r == 0 ? 1 : 2);
}

int main(void) {
    pthread_t t[NTHREADS];
    int create_errors = 0;
    for (int i = 0; i < NTHREADS; i++)
        if (pthread_create(&t[i], NULL, worker, (void *)(intptr_t)i) != 0) create_errors++;
    CHECK(create_errors == 0, "pthread_create x%d: %d errors", NTHREADS, create_errors);
    if (create_errors) return 1;

    int join_ok = 1;
    for (int i = 0; i < NTHREADS; i++) {
        void *ret = NULL;
        int r = pthread_join(t[i], &ret);
        printf("join %d: %d, returned %ld\n", i, r, (long)(intptr_t)ret);
        if (r != 0 || (intptr_t)ret != i * 100 + 7) join_ok = 0;
    }
    CHECK(join_ok, "join return values");
    printf("counter = %ld\n", counter);
    CHECK(counter == (long)NTHREADS * ITERS, "counter == %d", NTHREADS * ITERS);
    int each_ok = 1;
    for (int i = 0; i < NTHREADS; i++)
        if (per_thread[i] != ITERS) each_ok = 0;
    CHECK(each_ok, "every thread did %d iterations", ITERS);
    CHECK(once_calls == 1, "pthread_once routine ran %d time(s)", once_calls);

    /* recursive mutex */
    pthread_mutexattr_t ma;
    pthread_mutexattr_init(&ma);
    pthread_mutexattr_settype(&ma, PTHREAD_MUTEX_RECURSIVE);
    pthread_mutex_t rec;
    pthread_mutex_init(&rec, &ma);
    int r1 = pthread_mutex_lock(&rec), r2 = pthread_mutex_lock(&rec),
        r3 = pthread_mutex_trylock(&rec);
    int u1 = pthread_mutex_unlock(&rec), u2 = pthread_mutex_unlock(&rec),
        u3 = pthread_mutex_unlock(&rec);
    int u4 = pthread_mutex_unlock(&rec);
    CHECK(r1 == 0 && r2 == 0 && r3 == 0 && u1 == 0 && u2 == 0 && u3 == 0 && u4 == EPERM,
          "recursive mutex: lock x3 then unlock x3, a 4th unlock gives EPERM (%d)", u4);
    pthread_mutex_destroy(&rec);

    /* error-checking mutex */
    pthread_mutexattr_settype(&ma, PTHREAD_MUTEX_ERRORCHECK);
    pthread_mutex_t ec;
    pthread_mutex_init(&ec, &ma);
    int e1 = pthread_mutex_lock(&ec), e2 = pthread_mutex_lock(&ec);
    pthread_mutex_unlock(&ec);
    int e3 = pthread_mutex_unlock(&ec);
    CHECK(e1 == 0 && e2 == EDEADLK && e3 == EPERM,
          "errorcheck mutex: relock EDEADLK, unlock unowned EPERM");
    pthread_mutex_destroy(&ec);
    pthread_mutexattr_destroy(&ma);

    /* contention with a lock held by main */
    pthread_mutex_lock(&held);
    pthread_t c;
    pthread_create(&c, NULL, contender, NULL);
    pthread_join(c, NULL);
    CHECK(trylock_result == EBUSY, "trylock of a held mutex: EBUSY (%d)", trylock_result);
    CHECK(timedlock_result == ETIMEDOUT, "timedlock of a held mutex: ETIMEDOUT (%d)",
          timedlock_result);
    pthread_create(&c, NULL, locker_after_release, NULL);
    struct timespec d = {0, 20 * 1000 * 1000};
    nanosleep(&d, NULL);
    pthread_mutex_unlock(&held); /* the blocked thread now gets it */
    void *ret;
    pthread_join(c, &ret);
    CHECK((intptr_t)ret == 1, "a blocked lock() succeeds once the holder unlocks");

    printf("%s\n", failures ? "some checks FAILED" : "all ok");
    return failures ? 1 : 0;
}
