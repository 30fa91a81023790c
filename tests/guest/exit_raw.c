/* _exit() skips stdio flushing and atexit handlers; write() output must appear. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static void handler(void) {
    printf("atexit handler must not run\n");
}

int main(void) {
    atexit(handler);
    printf("buffered text that is lost\n");
    const char *msg = "written with write(2)\n";
    if (write(1, msg, strlen(msg)) < 0) return 1;
    _exit(7);
}
