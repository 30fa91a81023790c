/* exit(3) after output: checks the exit status and that stdio is flushed at exit. */
#include <stdio.h>
#include <stdlib.h>

int main(void) {
    printf("about to exit with status 3\n");
    printf("unflushed tail without newline");
    exit(3);
}
