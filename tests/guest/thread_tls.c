/* Thread-local storage and thread-specific data: __thread / _Thread_local variables
 * (initialised, zero-initialised, arrays) are fresh in every thread, at distinct addresses,
 * and private; pthread_key_create destructors run once per thread with a non-NULL value, and
 * not for NULL values; pthread_getspecific; a thread with a large explicit stack. Only the
 * main thread prints. */
#define _GNU_SOURCE
#include <pthread.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "guest_check.h"

#define NT 8

__thread int tls_init = 42;
__thread long tls_zero;
static __thread char tls_buf[64] = "initial";
_Thread_local double tls_dbl = 2.5;
static __thread int tls_big[1000] = {[0] = 1, [999] = 999};

struct result {
    int init_ok;
    uintptr_t addr_init, addr_buf;
    int private_ok;
    long final_value;
    int key_value_ok;
};
static struct result res[NT];
static pthread_barrier_t bar;
static pthread_key_t key, key_null;
static pthread_mutex_t dlock = PTHREAD_MUTEX_INITIALIZER;
static int destructor_calls, destructor_bad, null_destructor_calls;
static long destructor_sum;

static void destructor(void *p) {
    pthread_mutex_lock(&dlock);
    destructor_calls++;
    long v = *(long *)p;
    if (v < 1000 || v >= 1000 + NT) destructor_bad++;
    destructor_sum += v;
    pthread_mutex_unlock(&dlock);
    free(p);
}

static void null_destructor(void *p) {
    (void)p;
    pthread_mutex_lock(&dlock);
    null_destructor_calls++;
    pthread_mutex_unlock(&dlock);
}

static void *worker(void *arg) {
    int id = (int)(intptr_t)arg;
    struct result *r = &res[id];
    r->init_ok = tls_init == 42 && tls_zero == 0 && strcmp(tls_buf, "initial") == 0 &&
                 tls_dbl == 2.5 && tls_big[0] == 1 && tls_big[999] == 999 && tls_big[500] == 0;
    r->addr_init = (uintptr_t)&tls_init;
    r->addr_buf = (uintptr_t)tls_buf;
    tls_init = 1000 + id;
    tls_zero = -id;
    snprintf(tls_buf, sizeof tls_buf, "thread %d", id);
    tls_dbl = id * 0.5;
    tls_big[500] = id;

    long *v = malloc(sizeof *v);
    *v = 1000 + id;
    pthread_setspecific(key, v);
    pthread_setspecific(key_null, NULL);

    pthread_barrier_wait(&bar); /* everybody has written their copies */
    for (int round = 0; round < 100; round++) {
        char want[64];
        snprintf(want, sizeof want, "thread %d", id);
        if (tls_init != 1000 + id || tls_zero != -id || strcmp(tls_buf, want) != 0 ||
            tls_dbl != id * 0.5 || tls_big[500] != id) {
            r->private_ok = 0;
            break;
        }
        r->private_ok = 1;
        sched_yield();
    }
    r->key_value_ok =
        pthread_getspecific(key) == v && *(long *)pthread_getspecific(key) == 1000 + id;
    pthread_barrier_wait(&bar); /* keep all threads alive until every address is recorded */
    r->final_value = tls_init;
    return NULL;
}

static void *big_stack_thread(void *arg) {
    (void)arg;
    volatile char big[600 * 1024];
    memset((char *)big, 7, sizeof big);
    long s = 0;
    for (size_t i = 0; i < sizeof big; i += 4096)
        s += big[i];
    tls_init += 1;
    return (void *)(intptr_t)(s + tls_init);
}

int main(void) {
    CHECK(pthread_key_create(&key, destructor) == 0, "pthread_key_create with destructor");
    CHECK(pthread_key_create(&key_null, null_destructor) == 0, "second key");
    pthread_barrier_init(&bar, NULL, NT);
    tls_init = 7; /* main's copy: the threads must not see this */
    strcpy(tls_buf, "main");

    pthread_t t[NT];
    for (int i = 0; i < NT; i++)
        if (pthread_create(&t[i], NULL, worker, (void *)(intptr_t)i) != 0) {
            printf("FAIL: pthread_create\n");
            return 1;
        }
    for (int i = 0; i < NT; i++)
        pthread_join(t[i], NULL);

    int init_ok = 1, private_ok = 1, key_ok = 1, distinct = 1, final_ok = 1;
    for (int i = 0; i < NT; i++) {
        init_ok &= res[i].init_ok;
        private_ok &= res[i].private_ok;
        key_ok &= res[i].key_value_ok;
        final_ok &= res[i].final_value == 1000 + i;
        for (int j = 0; j < i; j++)
            if (res[i].addr_init == res[j].addr_init || res[i].addr_buf == res[j].addr_buf)
                distinct = 0;
        if (res[i].addr_init == (uintptr_t)&tls_init) distinct = 0;
    }
    CHECK(init_ok, "every thread starts with the initial TLS values");
    CHECK(distinct, "TLS addresses differ between the threads and main");
    CHECK(private_ok, "each thread's TLS values stay its own while all run");
    CHECK(final_ok, "each thread read its own value at the end");
    CHECK(tls_init == 7 && strcmp(tls_buf, "main") == 0 && tls_zero == 0,
          "main's TLS unchanged (%d, \"%s\")", tls_init, tls_buf);
    CHECK(key_ok, "pthread_getspecific returns each thread's own value");
    printf("destructor calls %d, sum %ld\n", destructor_calls, destructor_sum);
    CHECK(destructor_calls == NT && destructor_bad == 0 &&
              destructor_sum == NT * 1000L + NT * (NT - 1) / 2,
          "key destructor ran once per thread with its value");
    CHECK(null_destructor_calls == 0, "no destructor call for NULL values");
    CHECK(pthread_getspecific(key) == NULL, "main has no value for the key");

    pthread_attr_t a;
    pthread_attr_init(&a);
    pthread_attr_setstacksize(&a, 4 << 20);
    pthread_t bt;
    void *ret = NULL;
    int cr = pthread_create(&bt, &a, big_stack_thread, NULL);
    if (cr == 0) pthread_join(bt, &ret);
    CHECK(cr == 0 && (intptr_t)ret == 150 * 7 + 43, "4 MiB stack thread used 600 KiB of it (%ld)",
          (long)(intptr_t)ret);
    pthread_attr_destroy(&a);
    CHECK(pthread_key_delete(key) == 0 && pthread_key_delete(key_null) == 0, "pthread_key_delete");

    printf("%s\n", failures ? "some checks FAILED" : "all ok");
    return failures ? 1 : 0;
}
