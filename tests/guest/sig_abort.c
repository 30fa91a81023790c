/* The program itself dies by a signal: abort() after output. stdout is flushed by hand
 * first (abort does not flush); a SIGABRT handler that returns does not stop abort() (glibc
 * then restores SIG_DFL and raises again), atexit handlers do not run, and the process exit
 * status seen by the harness is 128 + SIGABRT = 134. */
#define _GNU_SOURCE
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static void handler(int sig) {
    (void)sig;
    const char msg[] = "SIGABRT handler ran and returns\n";
    (void)!write(1, msg, sizeof msg - 1);
}

static void at_exit(void) {
    printf("FAIL: atexit handler ran\n");
}

int main(void) {
    atexit(at_exit);
    signal(SIGABRT, handler);
    printf("calling abort()\n");
    fflush(stdout);
    abort();
    printf("FAIL: abort returned\n");
    return 0;
}
