/* A guest shared library with thread-local storage, for tests/guest/dlopen_tls.c (the
 * dynamically linked build only: glibc does not support TLS in a library dlopened by a
 * static program). Built into build/guest/lib/libguesttls.so. Its __thread variables live
 * in dynamically allocated TLS blocks reached through __tls_get_addr (general-dynamic
 * model), including for threads that already existed when the library was loaded. */
static __thread int tls_counter = 5;
static __thread long tls_array[512] = {[0] = 11, [511] = 22};
__thread char tls_tag[16] = "fresh";

int tls_next(void) {
    return ++tls_counter;
}

long tls_array_sum(void) {
    long s = 0;
    for (int i = 0; i < 512; i++)
        s += tls_array[i];
    return s;
}

void tls_array_set(int i, long v) {
    tls_array[i & 511] = v;
}

char *tls_tag_addr(void) {
    return tls_tag;
}
