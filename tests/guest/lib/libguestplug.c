/* A small guest shared library for the dlopen tests (tests/guest/dlopen_*.c), built by the
 * Makefile into build/guest/lib/libguestplug.so (-shared -fPIC). It does no I/O of its
 * own: a statically linked program that dlopens it gets a second libc with separate stdio
 * buffers, so everything is reported through return values and callbacks.
 *   - a constructor and a destructor (the destructor calls back into the program);
 *   - initialised data, a counter, a string;
 *   - calls through a function pointer handed in by the program.
 * No __thread here: thread-local storage in a library dlopened by a statically linked
 * program does not work in glibc (that is libguesttls.so, used by the dynamic build only). */
#include <stddef.h>

static int ctor_runs;
static void (*dtor_callback)(int);

__attribute__((constructor)) static void plug_init(void) {
    ctor_runs++;
}

__attribute__((destructor)) static void plug_fini(void) {
    if (dtor_callback) dtor_callback(ctor_runs * 100 + 99);
}

int plug_counter = 40;
const char plug_name[] = "guestplug";

int plug_ctor_runs(void) {
    return ctor_runs;
}

void plug_set_dtor_callback(void (*cb)(int)) {
    dtor_callback = cb;
}

int plug_add(int a, int b) {
    return a + b;
}

int plug_bump(void) {
    return ++plug_counter;
}

long plug_apply(long (*f)(long), long x) {
    return f(f(x)) + 1;
}

double plug_poly(double x) {
    return ((2.0 * x + 3.0) * x - 1.5) * x + 0.25;
}

size_t plug_strlen(const char *s) {
    size_t n = 0;
    while (s[n])
        n++;
    return n;
}
