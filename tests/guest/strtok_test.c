/* Tokenising: strtok, strtok_r, strsep, strspn/strcspn/strpbrk. */
#define _GNU_SOURCE
#include <stdio.h>
#include <string.h>

int main(void) {
    char text[] = "  the,quick  brown;;fox,,jumps over\tthe lazy dog ";
    int n = 0;
    for (char *t = strtok(text, " ,;\t"); t; t = strtok(NULL, " ,;\t"))
        printf("tok%d=[%s]\n", n++, t);
    char kv[] = "a=1&bb=22&ccc=333&&d=";
    char *save1, *save2;
    for (char *pair = strtok_r(kv, "&", &save1); pair; pair = strtok_r(NULL, "&", &save1)) {
        char *k = strtok_r(pair, "=", &save2);
        char *v = strtok_r(NULL, "=", &save2);
        printf("key=%s val=%s\n", k, v ? v : "(none)");
    }
    char csv[] = "x,,y,z,";
    char *p = csv, *f;
    while ((f = strsep(&p, ",")) != NULL)
        printf("field [%s]\n", f);
    const char *s = "123abc456";
    printf("strspn %zu strcspn %zu strpbrk %s\n", strspn(s, "0123456789"), strcspn(s, "cba"),
           strpbrk(s, "xc6"));
    char big[4096];
    for (int i = 0; i < 4095; i++)
        big[i] = (i % 10 == 9) ? ' ' : (char)('a' + i % 26);
    big[4095] = 0;
    int count = 0;
    size_t total = 0;
    for (char *t = strtok(big, " "); t; t = strtok(NULL, " ")) {
        count++;
        total += strlen(t);
    }
    printf("big: %d tokens, %zu chars\n", count, total);
    return 0;
}
