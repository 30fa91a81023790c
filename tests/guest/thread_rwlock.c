/* pthread_rwlock: 6 readers and 2 writers; writers update two counters together under the
 * write lock and readers must never see them differ; exact final values. Several readers
 * hold the lock at once (tryrdlock succeeds while another thread reads, trywrlock fails),
 * and a writer excludes readers (tryrdlock gives EBUSY). Only the main thread prints. */
#define _GNU_SOURCE
#include <errno.h>
#include <pthread.h>
#include <stdint.h>
#include <stdio.h>

#include "guest_check.h"

#define NREADERS 6
#define NWRITERS 2
#define WRITES   5000
#define READS    20000

static pthread_rwlock_t rw = PTHREAD_RWLOCK_INITIALIZER;
static volatile long a, b;
static long inconsistencies[NREADERS];

static void *writer(void *arg) {
    (void)arg;
    for (int i = 0; i < WRITES; i++) {
        pthread_rwlock_wrlock(&rw);
        a++;
        for (volatile int k = 0; k < 10; k++)
            ; /* widen the window in which a != b */
        b++;
        pthread_rwlock_unlock(&rw);
    }
    return NULL;
}

static void *reader(void *arg) {
    long *bad = arg;
    for (int i = 0; i < READS; i++) {
        pthread_rwlock_rdlock(&rw);
        if (a != b) (*bad)++;
        pthread_rwlock_unlock(&rw);
    }
    return NULL;
}

static int try_rd, try_wr;
static void *try_other(void *arg) {
    (void)arg;
    try_rd = pthread_rwlock_tryrdlock(&rw);
    if (try_rd == 0) pthread_rwlock_unlock(&rw);
    try_wr = pthread_rwlock_trywrlock(&rw);
    if (try_wr == 0) pthread_rwlock_unlock(&rw);
    return NULL;
}

int main(void) {
    pthread_t w[NWRITERS], r[NREADERS];
    for (int i = 0; i < NREADERS; i++)
        if (pthread_create(&r[i], NULL, reader, &inconsistencies[i]) != 0) {
            printf("FAIL: pthread_create\n");
            return 1;
        }
    for (int i = 0; i < NWRITERS; i++)
        if (pthread_create(&w[i], NULL, writer, NULL) != 0) {
            printf("FAIL: pthread_create\n");
            return 1;
        }
    for (int i = 0; i < NWRITERS; i++)
        pthread_join(w[i], NULL);
    for (int i = 0; i < NREADERS; i++)
        pthread_join(r[i], NULL);
    long bad = 0;
    for (int i = 0; i < NREADERS; i++)
        bad += inconsistencies[i];
    printf("a=%ld b=%ld\n", a, b);
    CHECK(a == (long)NWRITERS * WRITES && b == a, "both counters == %d", NWRITERS * WRITES);
    CHECK(bad == 0, "readers never saw a half-done update (%ld times)", bad);

    pthread_t t;
    pthread_rwlock_rdlock(&rw);
    pthread_create(&t, NULL, try_other, NULL);
    pthread_join(t, NULL);
    pthread_rwlock_unlock(&rw);
    CHECK(try_rd == 0, "tryrdlock while another thread reads: 0 (%d)", try_rd);
    CHECK(try_wr == EBUSY, "trywrlock while another thread reads: EBUSY (%d)", try_wr);

    pthread_rwlock_wrlock(&rw);
    pthread_create(&t, NULL, try_other, NULL);
    pthread_join(t, NULL);
    pthread_rwlock_unlock(&rw);
    CHECK(try_rd == EBUSY && try_wr == EBUSY,
          "tryrdlock/trywrlock while another thread writes: EBUSY");

    pthread_create(&t, NULL, try_other, NULL);
    pthread_join(t, NULL);
    CHECK(try_rd == 0 && try_wr == 0, "both succeed on a free lock");
    CHECK(pthread_rwlock_destroy(&rw) == 0, "pthread_rwlock_destroy");

    printf("%s\n", failures ? "some checks FAILED" : "all ok");
    return failures ? 1 : 0;
}
