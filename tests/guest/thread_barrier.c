/* pthread_barrier: 8 threads through 6 phases. In phase k every thread writes its slot of
 * row k, waits at the barrier, then reads the whole row (all slots must be written) and the
 * row of the previous phase; exactly one thread per barrier round gets
 * PTHREAD_BARRIER_SERIAL_THREAD. Only the main thread prints. */
#define _GNU_SOURCE
#include <pthread.h>
#include <stdint.h>
#include <stdio.h>

#include "guest_check.h"

#define NT     8
#define PHASES 6

static pthread_barrier_t bar;
static volatile long grid[PHASES][NT];
static long row_sum_seen[PHASES][NT];
static int serial_count[2 * PHASES];
static pthread_mutex_t serial_lock = PTHREAD_MUTEX_INITIALIZER;

static void *worker(void *arg) {
    int id = (int)(intptr_t)arg;
    for (int k = 0; k < PHASES; k++) {
        grid[k][id] = (long)(id + 1) * (k + 3);
        int r = pthread_barrier_wait(&bar);
        if (r == PTHREAD_BARRIER_SERIAL_THREAD) {
            pthread_mutex_lock(&serial_lock);
            serial_count[2 * k]++;
            pthread_mutex_unlock(&serial_lock);
        } else if (r != 0) {
            return (void *)1;
        }
        long s = 0;
        for (int j = 0; j < NT; j++)
            s += grid[k][j];
        row_sum_seen[k][id] = s;
        /* second barrier: nobody starts writing row k+1 before everybody read row k */
        r = pthread_barrier_wait(&bar);
        if (r == PTHREAD_BARRIER_SERIAL_THREAD) {
            pthread_mutex_lock(&serial_lock);
            serial_count[2 * k + 1]++;
            pthread_mutex_unlock(&serial_lock);
        } else if (r != 0) {
            return (void *)1;
        }
    }
    return NULL;
}

int main(void) {
    if (pthread_barrier_init(&bar, NULL, NT) != 0) {
        printf("FAIL: pthread_barrier_init\n");
        return 1;
    }
    pthread_t t[NT];
    for (int i = 0; i < NT; i++)
        if (pthread_create(&t[i], NULL, worker, (void *)(intptr_t)i) != 0) {
            printf("FAIL: pthread_create\n");
            return 1;
        }
    int errs = 0;
    for (int i = 0; i < NT; i++) {
        void *ret;
        pthread_join(t[i], &ret);
        if (ret) errs++;
    }
    CHECK(errs == 0, "no barrier errors");
    for (int k = 0; k < PHASES; k++) {
        long want = (long)(k + 3) * NT * (NT + 1) / 2;
        int same = 1;
        for (int i = 0; i < NT; i++)
            if (row_sum_seen[k][i] != want) same = 0;
        printf("phase %d: row sum %ld, serial threads %d+%d\n", k, want, serial_count[2 * k],
               serial_count[2 * k + 1]);
        CHECK(same, "phase %d: every thread saw the complete row", k);
        CHECK(serial_count[2 * k] == 1 && serial_count[2 * k + 1] == 1,
              "phase %d: one PTHREAD_BARRIER_SERIAL_THREAD per round", k);
    }
    CHECK(pthread_barrier_destroy(&bar) == 0, "pthread_barrier_destroy");
    printf("%s\n", failures ? "some checks FAILED" : "all ok");
    return failures ? 1 : 0;
}
