/* ctype classification over all of 0..255 in the C locale, plus toupper/tolower. */
#include <ctype.h>
#include <stdio.h>

int main(void) {
    const char *names[] = {"alnum", "alpha", "cntrl", "digit", "graph",  "lower",
                           "print", "punct", "space", "upper", "xdigit", "blank"};
    for (int k = 0; k < 12; k++) {
        unsigned cnt = 0, h = 0;
        for (int c = 0; c < 256; c++) {
            int r;
            switch (k) {
            case 0: r = isalnum(c); break;
            case 1: r = isalpha(c); break;
            case 2: r = iscntrl(c); break;
            case 3: r = isdigit(c); break;
            case 4: r = isgraph(c); break;
            case 5: r = islower(c); break;
            case 6: r = isprint(c); break;
            case 7: r = ispunct(c); break;
            case 8: r = isspace(c); break;
            case 9: r = isupper(c); break;
            case 10: r = isxdigit(c); break;
            default: r = isblank(c); break;
            }
            if (r) {
                cnt++;
                h = h * 257 + (unsigned)c;
            }
        }
        printf("%-7s count=%3u hash=%08x\n", names[k], cnt, h);
    }
    char s[] = "Hello, World! 123 xyz";
    for (char *p = s; *p; p++)
        putchar(toupper((unsigned char)*p));
    putchar('\n');
    for (char *p = s; *p; p++)
        putchar(tolower((unsigned char)*p));
    putchar('\n');
    printf("%d %d %d\n", toupper(EOF) == EOF, tolower(200), toupper('z'));
    return 0;
}
