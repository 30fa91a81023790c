/* atexit/on_exit handlers run in reverse order on return from main, including one
 * registered from inside another handler; the exit status comes from main. */
#define _GNU_SOURCE
#include <stdio.h>
#include <stdlib.h>

static void h1(void) {
    printf("handler 1 (registered first, runs last)\n");
}
static void h2(void) {
    printf("handler 2\n");
}
static void late(void) {
    printf("late handler registered during exit\n");
}
static void h3(void) {
    printf("handler 3 registers another\n");
    atexit(late);
}
static void with_arg(int status, void *arg) {
    printf("on_exit status=%d arg=%s\n", status, (const char *)arg);
}

static struct obj { const char *name; } global = {"global"};
__attribute__((destructor)) static void dtor(void) {
    printf("destructor for %s\n", global.name);
}
__attribute__((constructor)) static void ctor(void) {
    global.name = "constructed-global";
}

int main(void) {
    printf("ctor ran: %s\n", global.name);
    atexit(h1);
    on_exit(with_arg, "cookie");
    atexit(h2);
    atexit(h3);
    printf("main returning 5\n");
    return 5;
}
