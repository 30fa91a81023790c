/* Condition variables: 4 producers and 4 consumers through a bounded queue (capacity 4,
 * exact per-producer sums), pthread_cond_broadcast waking 8 waiters, and timed waits that
 * time out (CLOCK_REALTIME and a CLOCK_MONOTONIC condattr). Only the main thread prints. */
#define _GNU_SOURCE
#include <errno.h>
#include <pthread.h>
#include <stdint.h>
#include <stdio.h>
#include <time.h>

#include "guest_check.h"

#define NPROD 4
#define NCONS 4
#define ITEMS 3000
#define QCAP  4

static pthread_mutex_t qlock = PTHREAD_MUTEX_INITIALIZER;
static pthread_cond_t not_full = PTHREAD_COND_INITIALIZER;
static pthread_cond_t not_empty = PTHREAD_COND_INITIALIZER;
static long queue[QCAP];
static int qhead, qcount, max_seen;

static void put(long v) {
    pthread_mutex_lock(&qlock);
    while (qcount == QCAP)
        pthread_cond_wait(&not_full, &qlock);
    queue[(qhead + qcount) % QCAP] = v;
    qcount++;
    if (qcount > max_seen) max_seen = qcount;
    pthread_cond_signal(&not_empty);
    pthread_mutex_unlock(&qlock);
}

static long get(void) {
    pthread_mutex_lock(&qlock);
    while (qcount == 0)
        pthread_cond_wait(&not_empty, &qlock);
    long v = queue[qhead];
    qhead = (qhead + 1) % QCAP;
    qcount--;
    pthread_cond_signal(&not_full);
    pthread_mutex_unlock(&qlock);
    return v;
}

static void *producer(void *arg) {
    long p = (long)(intptr_t)arg;
    for (long i = 1; i <= ITEMS; i++)
        put(p * 1000000 + i);
    return NULL;
}

struct consumed {
    long sum[NPROD];
    long count[NPROD];
    long order_errors; /* items of one producer must arrive in order (FIFO queue) */
    long last[NPROD];
};
static struct consumed cons[NCONS];

static void *consumer(void *arg) {
    struct consumed *c = arg;
    for (;;) {
        long v = get();
        if (v < 0) break;
        int p = (int)(v / 1000000);
        long i = v % 1000000;
        c->sum[p] += i;
        c->count[p]++;
        if (i <= c->last[p]) c->order_errors++;
        c->last[p] = i;
    }
    return NULL;
}

/* broadcast */
static pthread_mutex_t block = PTHREAD_MUTEX_INITIALIZER;
static pthread_cond_t go_cond = PTHREAD_COND_INITIALIZER;
static pthread_cond_t ready_cond = PTHREAD_COND_INITIALIZER;
static int go, ready, woken;

static void *waiter(void *arg) {
    (void)arg;
    pthread_mutex_lock(&block);
    ready++;
    pthread_cond_signal(&ready_cond);
    while (!go)
        pthread_cond_wait(&go_cond, &block);
    woken++;
    pthread_mutex_unlock(&block);
    return NULL;
}

static struct timespec in_ms(clockid_t clk, long ms) {
    struct timespec ts;
    clock_gettime(clk, &ts);
    ts.tv_nsec += ms * 1000000;
    while (ts.tv_nsec >= 1000000000) {
        ts.tv_sec++;
        ts.tv_nsec -= 1000000000;
    }
    return ts;
}

static double elapsed_ms(clockid_t clk, struct timespec since) {
    struct timespec now;
    clock_gettime(clk, &now);
    return (now.tv_sec - since.tv_sec) * 1e3 + (now.tv_nsec - since.tv_nsec) / 1e6;
}

int main(void) {
    pthread_t prod[NPROD], con[NCONS];
    for (int i = 0; i < NCONS; i++)
        if (pthread_create(&con[i], NULL, consumer, &cons[i]) != 0) {
            printf("FAIL: pthread_create\n");
            return 1;
        }
    for (int i = 0; i < NPROD; i++)
        if (pthread_create(&prod[i], NULL, producer, (void *)(intptr_t)i) != 0) {
            printf("FAIL: pthread_create\n");
            return 1;
        }
    for (int i = 0; i < NPROD; i++)
        pthread_join(prod[i], NULL);
    for (int i = 0; i < NCONS; i++)
        put(-1); /* one end marker per consumer */
    for (int i = 0; i < NCONS; i++)
        pthread_join(con[i], NULL);

    long want = (long)ITEMS * (ITEMS + 1) / 2;
    long total_count = 0, order_errors = 0;
    for (int p = 0; p < NPROD; p++) {
        long sum = 0, count = 0;
        for (int c = 0; c < NCONS; c++) {
            sum += cons[c].sum[p];
            count += cons[c].count[p];
        }
        total_count += count;
        printf("producer %d: %ld items, sum %ld\n", p, count, sum);
        CHECK(sum == want && count == ITEMS, "producer %d sum == %ld", p, want);
    }
    for (int c = 0; c < NCONS; c++)
        order_errors += cons[c].order_errors;
    CHECK(total_count == (long)NPROD * ITEMS, "%ld items consumed", total_count);
    CHECK(order_errors == 0, "each consumer saw each producer's items in increasing order");
    CHECK(max_seen <= QCAP && qcount == 0, "queue bound respected, queue empty at the end");

    /* broadcast wakes every waiter */
    pthread_t w[8];
    for (int i = 0; i < 8; i++)
        pthread_create(&w[i], NULL, waiter, NULL);
    pthread_mutex_lock(&block);
    while (ready < 8)
        pthread_cond_wait(&ready_cond, &block);
    go = 1;
    pthread_cond_broadcast(&go_cond);
    pthread_mutex_unlock(&block);
    for (int i = 0; i < 8; i++)
        pthread_join(w[i], NULL);
    CHECK(woken == 8, "broadcast woke %d of 8 waiters", woken);

    /* timed waits that time out */
    pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
    pthread_cond_t cv = PTHREAD_COND_INITIALIZER;
    struct timespec start, dl;
    clock_gettime(CLOCK_MONOTONIC, &start);
    dl = in_ms(CLOCK_REALTIME, 40);
    pthread_mutex_lock(&m);
    int r = 0;
    while (r == 0)
        r = pthread_cond_timedwait(&cv, &m, &dl);
    pthread_mutex_unlock(&m);
    double ms = elapsed_ms(CLOCK_MONOTONIC, start);
    CHECK(r == ETIMEDOUT && ms >= 35, "cond_timedwait (CLOCK_REALTIME): ETIMEDOUT after >= 40 ms");

    pthread_condattr_t ca;
    pthread_condattr_init(&ca);
    pthread_condattr_setclock(&ca, CLOCK_MONOTONIC);
    pthread_cond_t cvm;
    pthread_cond_init(&cvm, &ca);
    clock_gettime(CLOCK_MONOTONIC, &start);
    dl = in_ms(CLOCK_MONOTONIC, 40);
    pthread_mutex_lock(&m);
    r = 0;
    while (r == 0)
        r = pthread_cond_timedwait(&cvm, &m, &dl);
    pthread_mutex_unlock(&m);
    ms = elapsed_ms(CLOCK_MONOTONIC, start);
    CHECK(r == ETIMEDOUT && ms >= 39, "cond_timedwait (CLOCK_MONOTONIC): ETIMEDOUT after >= 40 ms");
    pthread_cond_destroy(&cvm);
    pthread_condattr_destroy(&ca);

    printf("%s\n", failures ? "some checks FAILED" : "all ok");
    return failures ? 1 : 0;
}
