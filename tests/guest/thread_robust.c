/* Robust mutexes: a thread that ends while holding one leaves it to the next locker with
 * EOWNERDEAD (the kernel walks the dying thread's robust list); pthread_mutex_consistent then
 * makes it usable again. */
#include <errno.h>
#include <pthread.h>
#include <stdio.h>
#include <string.h>

static pthread_mutex_t m;

static void *holder(void *arg) {
    (void)arg;
    pthread_mutex_lock(&m);
    return NULL; /* ends holding the mutex */
}

int main(void) {
    int failures = 0;
    pthread_mutexattr_t a;
    pthread_mutexattr_init(&a);
    pthread_mutexattr_setrobust(&a, PTHREAD_MUTEX_ROBUST);
    pthread_mutex_init(&m, &a);
    for (int round = 0; round < 3; round++) {
        pthread_t t;
        pthread_create(&t, NULL, holder, NULL);
        pthread_join(t, NULL);
        int r = pthread_mutex_lock(&m);
        printf("%s: round %d: lock after the owner died: %s\n", r == EOWNERDEAD ? "ok" : "FAIL",
               round, r == EOWNERDEAD ? "EOWNERDEAD" : strerror(r));
        failures += r != EOWNERDEAD;
        r = pthread_mutex_consistent(&m);
        failures += r != 0;
        pthread_mutex_unlock(&m);
        r = pthread_mutex_trylock(&m);
        printf("%s: round %d: consistent again, trylock %d\n", r == 0 ? "ok" : "FAIL", round, r);
        failures += r != 0;
        pthread_mutex_unlock(&m);
    }
    return failures != 0;
}
