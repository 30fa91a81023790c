/* stdio buffering modes on stdout mixed with write(2): full, line and no buffering,
 * fflush ordering, putchar/puts/fputs/fwrite, and setvbuf with a user buffer. */
#include <stdio.h>
#include <string.h>
#include <unistd.h>

static void raw(const char *s) {
    if (write(1, s, strlen(s)) < 0) _exit(9);
}

int main(void) {
    static char mybuf[256];
    setvbuf(stdout, mybuf, _IOFBF, sizeof mybuf);
    printf("1: full-buffered text (flushed before the raw write)\n");
    fflush(stdout);
    raw("2: raw write\n");
    for (int i = 0; i < 30; i++)
        printf("3.%02d: filling the small user buffer\n", i);
    fflush(stdout);
    raw("4: raw after many lines\n");
    putchar('5');
    putchar(':');
    putchar(' ');
    puts("puts");
    fputs("6: fputs\n", stdout);
    fwrite("7: fwrite\n", 1, 10, stdout);
    fflush(stdout);
    printf("8: %s\n", ferror(stdout) ? "error" : "no error");
    fflush(stdout);
    raw("9: done with user buffer\n");
    fprintf(stderr, "this goes to stderr and is not compared\n");
    long total = 0;
    for (int i = 0; i < 2000; i++)
        total += printf("%d%c", i, i % 20 == 19 ? '\n' : ' ');
    printf("printed %ld chars\n", total);
    return 0;
}
