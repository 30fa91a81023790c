/* dlopen of a guest shared library, build/guest/lib/libguestplug.so (from
 * tests/guest/lib/libguestplug.c), found from argv[0]: BUILD/guest/VARIANT/dlopen_plugin
 * -> BUILD/guest/lib/. Checks: dlopen(RTLD_NOW) ran the constructor once; dlsym of
 * functions and data; calls with int, long, double and pointer arguments and a callback
 * into the program, also from a second thread; a second dlopen gives the same handle and does not
 * re-run the constructor; dlerror for a missing symbol and a missing library; dladdr names the
 * library and the symbol; the destructor runs at the last dlclose (calling back into the program)
 * and RTLD_NOLOAD then finds nothing. Also works statically linked (glibc loads its shared libc
 * from the sysroot for the library). Thread-local storage in a dlopened library is
 * dlopen_tls (dynamically linked build only). */
#define _GNU_SOURCE
#include <dlfcn.h>
#include <pthread.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "guest_check.h"

static volatile int dtor_value;
static void on_unload(int v) {
    dtor_value = v;
}
static long triple(long x) {
    return 3 * x;
}

static int (*add_fn)(int, int);
static void *thread_calls(void *arg) {
    (void)arg;
    int s = 0;
    for (int i = 0; i < 1000; i++)
        s = add_fn(s, i);
    return (void *)(intptr_t)s;
}

int main(int argc, char **argv) {
    (void)argc;
    char path[4096];
    const char *slash = strrchr(argv[0], '/');
    if (!slash) {
        printf("FAIL: argv[0] has no directory: %s\n", argv[0]);
        return 1;
    }
    snprintf(path, sizeof path, "%.*s/../lib/libguestplug.so", (int)(slash - argv[0]), argv[0]);

    void *h = dlopen(path, RTLD_NOW | RTLD_LOCAL);
    if (!h) {
        printf("FAIL: dlopen: %s\n", dlerror());
        return 1;
    }
    CHECK(1, "dlopen(BUILD/guest/lib/libguestplug.so)");
    int (*ctor_runs)(void) = (int (*)(void))dlsym(h, "plug_ctor_runs");
    int (*add)(int, int) = (int (*)(int, int))dlsym(h, "plug_add");
    int (*bump)(void) = (int (*)(void))dlsym(h, "plug_bump");
    long (*apply)(long (*)(long), long) = (long (*)(long (*)(long), long))dlsym(h, "plug_apply");
    double (*poly)(double) = (double (*)(double))dlsym(h, "plug_poly");
    size_t (*slen)(const char *) = (size_t(*)(const char *))dlsym(h, "plug_strlen");
    void (*set_cb)(void (*)(int)) = (void (*)(void (*)(int)))dlsym(h, "plug_set_dtor_callback");
    int *counter = dlsym(h, "plug_counter");
    const char *name = dlsym(h, "plug_name");
    CHECK(ctor_runs && add && bump && apply && poly && slen && set_cb && counter && name,
          "dlsym found every symbol");
    if (!(ctor_runs && add && bump && apply && poly && slen && set_cb && counter && name)) return 1;

    CHECK(ctor_runs() == 1, "constructor ran once");
    CHECK(add(40, 2) == 42, "plug_add(40, 2) = %d", add(40, 2));
    CHECK(*counter == 40 && bump() == 41 && bump() == 42 && *counter == 42,
          "library data visible and shared");
    CHECK(strcmp(name, "guestplug") == 0 && slen(name) == 9, "plug_name = \"%s\"", name);
    CHECK(apply(triple, 5) == 46, "callback into the program: apply(triple, 5) = %ld",
          apply(triple, 5));
    printf("plug_poly(1.5) = %.6f\n", poly(1.5));
    CHECK(poly(1.5) == ((2.0 * 1.5 + 3.0) * 1.5 - 1.5) * 1.5 + 0.25, "double argument and result");

    add_fn = add;
    pthread_t t;
    void *ret = NULL;
    int cr = pthread_create(&t, NULL, thread_calls, NULL);
    if (cr == 0) pthread_join(t, &ret);
    CHECK(cr == 0 && (intptr_t)ret == 499500, "calls from a second thread (%ld)",
          (long)(intptr_t)ret);

    void *h2 = dlopen(path, RTLD_NOW);
    CHECK(h2 == h && ctor_runs() == 1, "second dlopen: same handle, constructor not run again");

    dlerror();
    void *none = dlsym(h, "plug_no_such_symbol");
    const char *err = dlerror();
    CHECK(none == NULL && err != NULL && strstr(err, "plug_no_such_symbol") != NULL,
          "dlsym of a missing symbol: dlerror");
    CHECK(dlopen("libguestplug-does-not-exist.so", RTLD_NOW) == NULL && dlerror() != NULL,
          "dlopen of a missing library: NULL and dlerror");

    Dl_info info;
    memset(&info, 0, sizeof info);
    int da = dladdr((void *)add, &info);
    const char *base = info.dli_fname ? strrchr(info.dli_fname, '/') : NULL;
    CHECK(da != 0 && base && strcmp(base, "/libguestplug.so") == 0 && info.dli_sname &&
              strcmp(info.dli_sname, "plug_add") == 0 && info.dli_saddr == (void *)add,
          "dladdr: libguestplug.so, plug_add");

    set_cb(on_unload);
    CHECK(dlclose(h2) == 0 && dtor_value == 0, "first dlclose: still loaded, no destructor");
    CHECK(add(1, 2) == 3, "still callable");
    CHECK(dlclose(h) == 0, "last dlclose");
    CHECK(dtor_value == 199, "destructor ran at the last dlclose (called back with %d)",
          dtor_value);
    CHECK(dlopen(path, RTLD_NOW | RTLD_NOLOAD) == NULL, "RTLD_NOLOAD: no longer loaded");

    printf("%s\n", failures ? "some checks FAILED" : "all ok");
    return failures ? 1 : 0;
}
