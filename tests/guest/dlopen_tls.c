/* Thread-local storage of a dlopened library (build/guest/lib/libguesttls.so from
 * tests/guest/lib/libguesttls.c; dlopen_tls.variants: dynamically linked build only, as
 * glibc does not support it in static programs). Each thread, including one that was
 * already running when the library was loaded, gets fresh initialised copies (counter 5,
 * array with 11 and 22 at its ends, tag "fresh"), at distinct addresses, that stay private;
 * main's copy is unaffected by the threads. */
#define _GNU_SOURCE
#include <dlfcn.h>
#include <pthread.h>
#include <stdatomic.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#include "guest_check.h"

static int (*tls_next)(void);
static long (*tls_array_sum)(void);
static void (*tls_array_set)(int, long);
static char *(*tls_tag_addr)(void);

#define NT 4
struct res {
    int first, second;
    long sum_before, sum_after;
    char tag[16];
    uintptr_t tag_addr;
};
static struct res res[NT + 1];
static atomic_int loaded, early_ready;
static pthread_barrier_t bar;

static void exercise(struct res *r, int id) {
    r->first = tls_next();
    r->second = tls_next();
    r->sum_before = tls_array_sum();
    tls_array_set(100, 1000 + id);
    char *tag = tls_tag_addr();
    r->tag_addr = (uintptr_t)tag;
    strcpy(r->tag, tag);
    snprintf(tag, 16, "thread %d", id);
    pthread_barrier_wait(&bar); /* all alive at once: addresses must differ */
    r->sum_after = tls_array_sum();
    if (strncmp(tag, "thread", 6) != 0) r->sum_after = -1;
}

static void *early(void *arg) { /* created before dlopen */
    atomic_store(&early_ready, 1);
    while (!atomic_load(&loaded))
        usleep(1000);
    exercise(&res[NT], (int)(intptr_t)arg);
    return NULL;
}

static void *worker(void *arg) {
    exercise(&res[(intptr_t)arg], (int)(intptr_t)arg);
    return NULL;
}

int main(int argc, char **argv) {
    (void)argc;
    char path[4096];
    const char *slash = strrchr(argv[0], '/');
    if (!slash) return 1;
    snprintf(path, sizeof path, "%.*s/../lib/libguesttls.so", (int)(slash - argv[0]), argv[0]);
    pthread_barrier_init(&bar, NULL, NT + 1);

    pthread_t e;
    if (pthread_create(&e, NULL, early, (void *)(intptr_t)NT) != 0) return 1;
    while (!atomic_load(&early_ready))
        usleep(1000);

    void *h = dlopen(path, RTLD_NOW);
    if (!h) {
        printf("FAIL: dlopen: %s\n", dlerror());
        return 1;
    }
    tls_next = (int (*)(void))dlsym(h, "tls_next");
    tls_array_sum = (long (*)(void))dlsym(h, "tls_array_sum");
    tls_array_set = (void (*)(int, long))dlsym(h, "tls_array_set");
    tls_tag_addr = (char *(*)(void))dlsym(h, "tls_tag_addr");
    CHECK(tls_next && tls_array_sum && tls_array_set && tls_tag_addr, "dlopen + dlsym");

    int m1 = tls_next();
    tls_array_set(7, 500);
    atomic_store(&loaded, 1);
    pthread_t t[NT];
    for (int i = 0; i < NT; i++)
        pthread_create(&t[i], NULL, worker, (void *)(intptr_t)i);
    for (int i = 0; i < NT; i++)
        pthread_join(t[i], NULL);
    pthread_join(e, NULL);

    int fresh = 1, priv = 1, distinct = 1;
    for (int i = 0; i <= NT; i++) {
        struct res *r = &res[i];
        if (r->first != 6 || r->second != 7 || r->sum_before != 33 || strcmp(r->tag, "fresh") != 0)
            fresh = 0;
        if (r->sum_after != 33 + 1000 + i) priv = 0;
        for (int j = 0; j < i; j++)
            if (res[j].tag_addr == r->tag_addr) distinct = 0;
        if (r->tag_addr == (uintptr_t)tls_tag_addr()) distinct = 0;
    }
    CHECK(fresh,
          "every thread (also the one started before dlopen) starts with fresh initial values");
    CHECK(priv, "each thread's copy stays private");
    CHECK(distinct, "copies at distinct addresses");
    int m2 = tls_next();
    CHECK(m1 == 6 && m2 == 7 && tls_array_sum() == 533 && strcmp(tls_tag_addr(), "fresh") == 0,
          "main's copy unaffected by the threads");
    CHECK(dlclose(h) == 0, "dlclose");

    printf("%s\n", failures ? "some checks FAILED" : "all ok");
    return failures ? 1 : 0;
}
