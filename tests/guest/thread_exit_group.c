/* A thread calls exit(7) while the other threads are still running: one spins in a loop
 * without system calls, one is blocked in read() on a pipe nobody writes, one waits on a
 * condition variable nobody signals, one sleeps, and main is blocked in pthread_join. exit()
 * must run the atexit handlers and flush stdio once, and end the whole process with status
 * 7 (exit_group) instead of hanging. */
#define _GNU_SOURCE
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

static atomic_int started;
static volatile unsigned long spins;
static int pipefd[2];
static pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
static pthread_cond_t never = PTHREAD_COND_INITIALIZER;

static void *spinner(void *arg) {
    (void)arg;
    atomic_fetch_add(&started, 1);
    for (;;)
        spins++;
    return NULL;
}

static void *reader(void *arg) {
    (void)arg;
    char c;
    atomic_fetch_add(&started, 1);
    ssize_t n = read(pipefd[0], &c, 1);
    printf("FAIL: read returned %zd\n", n);
    return NULL;
}

static void *cond_waiter(void *arg) {
    (void)arg;
    pthread_mutex_lock(&m);
    atomic_fetch_add(&started, 1);
    for (;;)
        pthread_cond_wait(&never, &m);
    return NULL;
}

static void *sleeper(void *arg) {
    (void)arg;
    atomic_fetch_add(&started, 1);
    for (;;)
        sleep(100);
    return NULL;
}

static void at_exit_handler(void) {
    printf("atexit handler ran\n");
}

static void *exiter(void *arg) {
    (void)arg;
    while (atomic_load(&started) < 4)
        usleep(1000);
    usleep(20000); /* let the others get into their loops and system calls */
    printf("exiting from a thread with 4 others running\n");
    exit(7);
}

int main(void) {
    if (pipe(pipefd) != 0) return 1;
    atexit(at_exit_handler);
    printf("main: starting threads\n");
    pthread_t t[5];
    void *(*fns[5])(void *) = {spinner, reader, cond_waiter, sleeper, exiter};
    for (int i = 0; i < 5; i++)
        if (pthread_create(&t[i], NULL, fns[i], NULL) != 0) {
            printf("FAIL: pthread_create\n");
            return 1;
        }
    pthread_join(t[4], NULL);
    printf("FAIL: pthread_join of the exiting thread returned\n");
    return 1;
}
