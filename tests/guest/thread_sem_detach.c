/* Detached threads and POSIX semaphores: 8 detached threads (attribute and pthread_detach)
 * report completion through sem_post and main collects them with sem_wait; a counting
 * semaphore (value 3) limits how many threads are inside a section at once; sem_trywait on
 * 0 gives EAGAIN, sem_timedwait times out with ETIMEDOUT, sem_getvalue. Only main prints. */
#define _GNU_SOURCE
#include <errno.h>
#include <pthread.h>
#include <semaphore.h>
#include <stdatomic.h>
#include <stdint.h>
#include <stdio.h>
#include <time.h>

#include "guest_check.h"

#define NT 8

static sem_t done;
static atomic_long sum;

static void *detached_worker(void *arg) {
    long id = (long)(intptr_t)arg;
    long s = 0;
    for (long i = 0; i <= 1000 * (id + 1); i++)
        s += i;
    atomic_fetch_add(&sum, s);
    sem_post(&done);
    return NULL;
}

static sem_t slots;
static atomic_int inside, max_inside, entries;

static void *limited_worker(void *arg) {
    (void)arg;
    for (int round = 0; round < 20; round++) {
        sem_wait(&slots);
        int now = atomic_fetch_add(&inside, 1) + 1;
        int m = atomic_load(&max_inside);
        while (now > m && !atomic_compare_exchange_weak(&max_inside, &m, now))
            ;
        atomic_fetch_add(&entries, 1);
        struct timespec d = {0, 200 * 1000};
        nanosleep(&d, NULL);
        atomic_fetch_sub(&inside, 1);
        sem_post(&slots);
    }
    sem_post(&done);
    return NULL;
}

int main(void) {
    sem_init(&done, 0, 0);
    pthread_attr_t attr;
    pthread_attr_init(&attr);
    pthread_attr_setdetachstate(&attr, PTHREAD_CREATE_DETACHED);
    int ds;
    pthread_attr_getdetachstate(&attr, &ds);
    CHECK(ds == PTHREAD_CREATE_DETACHED, "attribute is PTHREAD_CREATE_DETACHED");
    int errs = 0;
    for (int i = 0; i < NT; i++) {
        pthread_t t;
        if (i % 2 == 0) {
            if (pthread_create(&t, &attr, detached_worker, (void *)(intptr_t)i) != 0) errs++;
        } else {
            if (pthread_create(&t, NULL, detached_worker, (void *)(intptr_t)i) != 0 ||
                pthread_detach(t) != 0)
                errs++;
        }
    }
    CHECK(errs == 0, "8 detached threads created");
    if (errs) return 1;
    for (int i = 0; i < NT; i++)
        sem_wait(&done);
    long want = 0;
    for (long id = 0; id < NT; id++)
        want += 1000 * (id + 1) * (1000 * (id + 1) + 1) / 2;
    printf("sum = %ld\n", atomic_load(&sum));
    CHECK(atomic_load(&sum) == want, "all detached threads reported (sum %ld)", want);

    sem_init(&slots, 0, 3);
    for (int i = 0; i < NT; i++) {
        pthread_t t;
        pthread_create(&t, &attr, limited_worker, NULL);
    }
    for (int i = 0; i < NT; i++)
        sem_wait(&done);
    printf("entries = %d\n", atomic_load(&entries));
    CHECK(atomic_load(&entries) == NT * 20, "every thread entered 20 times");
    CHECK(atomic_load(&max_inside) >= 1 && atomic_load(&max_inside) <= 3,
          "at most 3 threads inside the semaphore-guarded section");
    int v = -1;
    sem_getvalue(&slots, &v);
    CHECK(v == 3, "sem_getvalue back to 3 (%d)", v);
    pthread_attr_destroy(&attr);

    sem_t zero;
    sem_init(&zero, 0, 0);
    errno = 0;
    int r = sem_trywait(&zero);
    CHECK(r == -1 && errno == EAGAIN, "sem_trywait on 0: EAGAIN");
    struct timespec ts;
    clock_gettime(CLOCK_REALTIME, &ts);
    ts.tv_nsec += 30 * 1000 * 1000;
    if (ts.tv_nsec >= 1000000000) {
        ts.tv_sec++;
        ts.tv_nsec -= 1000000000;
    }
    errno = 0;
    r = sem_timedwait(&zero, &ts);
    CHECK(r == -1 && errno == ETIMEDOUT, "sem_timedwait on 0: ETIMEDOUT");
    sem_post(&zero);
    CHECK(sem_trywait(&zero) == 0, "sem_trywait after sem_post: 0");
    sem_destroy(&zero);
    sem_destroy(&slots);
    sem_destroy(&done);

    printf("%s\n", failures ? "some checks FAILED" : "all ok");
    return failures ? 1 : 0;
}
