/* Startup: the smallest complete program. The harness runs it 100 times per configuration,
 * so the time measured is process creation, loading, libc start-up and exit. */
#include <stdio.h>

int main(void) {
    printf("Hello, world!\n");
    return 0;
}
