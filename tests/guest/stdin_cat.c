/* Reads all of stdin (stdin_cat.stdin) with read(2) in small chunks and with getchar,
 * then prints counts of lines/words/bytes like wc and a line-numbered copy. */
#include <ctype.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

int main(void) {
    static char data[65536];
    size_t n = 0;
    ssize_t r;
    int reads = 0;
    while ((r = read(0, data + n, 7)) > 0) {
        n += (size_t)r;
        reads++;
    }
    printf("read %zu bytes in %d reads, last read=%zd\n", n, reads, r);
    long lines = 0, words = 0;
    int inword = 0;
    for (size_t i = 0; i < n; i++) {
        if (data[i] == '\n') lines++;
        if (isspace((unsigned char)data[i]))
            inword = 0;
        else if (!inword) {
            inword = 1;
            words++;
        }
    }
    printf("wc: %ld %ld %zu\n", lines, words, n);
    int ln = 1;
    printf("%4d  ", ln);
    for (size_t i = 0; i < n; i++) {
        putchar(data[i]);
        if (data[i] == '\n' && i + 1 < n) printf("%4d  ", ++ln);
    }
    if (n && data[n - 1] != '\n') putchar('\n');
    printf("getchar at eof: %d\n", getchar());
    unsigned freq[26] = {0};
    for (size_t i = 0; i < n; i++)
        if (isalpha((unsigned char)data[i])) freq[tolower((unsigned char)data[i]) - 'a']++;
    for (int i = 0; i < 26; i++)
        if (freq[i]) printf("%c%u ", 'a' + i, freq[i]);
    printf("\n");
    return 0;
}
