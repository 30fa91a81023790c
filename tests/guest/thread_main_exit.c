/* The main thread calls pthread_exit((void *)42) while 3 threads run on. One of them joins
 * the main thread (glibc allows it: the kernel clears main's tid, set by set_tid_address,
 * when main's thread exits) and gets 42; the threads then finish their work, print, and the
 * process ends with status 0 when the last thread returns (glibc calls exit(0), which
 * flushes stdout). */
#define _GNU_SOURCE
#include <pthread.h>
#include <stdatomic.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

#define NT 3
static pthread_t main_thread;
static atomic_int main_gone;
static atomic_int finished;
static long results[NT];
static pthread_mutex_t out = PTHREAD_MUTEX_INITIALIZER;

static void *joiner(void *arg) {
    (void)arg;
    void *ret = NULL;
    int r = pthread_join(main_thread, &ret);
    pthread_mutex_lock(&out);
    printf("%s: pthread_join(main) = %d, value %ld\n",
           r == 0 && (intptr_t)ret == 42 ? "ok" : "FAIL", r, (long)(intptr_t)ret);
    pthread_mutex_unlock(&out);
    atomic_store(&main_gone, 1);
    return NULL;
}

static void *worker(void *arg) {
    int id = (int)(intptr_t)arg;
    while (!atomic_load(&main_gone))
        usleep(1000);
    long s = 0;
    for (long i = 1; i <= 100000L * (id + 1); i++)
        s += i % 7;
    results[id] = s;
    if (atomic_fetch_add(&finished, 1) == NT - 2) {
        /* the last worker prints the summary (the joiner has already printed) */
        pthread_mutex_lock(&out);
        for (int i = 1; i < NT; i++)
            printf("worker %d: %ld\n", i, results[i]);
        printf("last worker returning: the process must exit with status 0\n");
        pthread_mutex_unlock(&out);
    }
    return NULL;
}

int main(void) {
    main_thread = pthread_self();
    printf("main: starting %d threads, then pthread_exit\n", NT);
    pthread_t t;
    if (pthread_create(&t, NULL, joiner, NULL) != 0) return 1;
    for (int i = 1; i < NT; i++)
        if (pthread_create(&t, NULL, worker, (void *)(intptr_t)i) != 0) return 1;
    pthread_exit((void *)42);
}
