/* Reads stdin (scanf_stdin.stdin): a count, then records; prints sums and a sorted list. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct rec {
    char name[32];
    int qty;
    double price;
};

static int by_total(const void *a, const void *b) {
    const struct rec *x = a, *y = b;
    double tx = x->qty * x->price, ty = y->qty * y->price;
    if (tx != ty) return tx < ty ? 1 : -1;
    return strcmp(x->name, y->name);
}

int main(void) {
    int n;
    if (scanf("%d", &n) != 1 || n <= 0 || n > 100) {
        printf("bad header\n");
        return 1;
    }
    struct rec r[100];
    int got = 0;
    for (int i = 0; i < n; i++) {
        if (scanf("%31s %d %lf", r[got].name, &r[got].qty, &r[got].price) != 3) {
            printf("bad record %d\n", i);
            break;
        }
        got++;
    }
    qsort(r, got, sizeof r[0], by_total);
    double total = 0;
    for (int i = 0; i < got; i++) {
        printf("%-10s %4d x %8.2f = %10.2f\n", r[i].name, r[i].qty, r[i].price,
               r[i].qty * r[i].price);
        total += r[i].qty * r[i].price;
    }
    printf("total %.2f over %d records\n", total, got);
    /* Then the free text remainder, line by line. */
    char line[256];
    int lines = 0, chars = 0;
    if (fgets(line, sizeof line, stdin) == NULL) {
    }
    while (fgets(line, sizeof line, stdin)) {
        lines++;
        chars += (int)strlen(line);
        line[strcspn(line, "\n")] = 0;
        for (char *p = line; *p; p++)
            if (*p >= 'a' && *p <= 'z') *p -= 32;
        printf("line %d: %s\n", lines, line);
    }
    printf("%d lines %d chars, eof=%d\n", lines, chars, feof(stdin) != 0);
    int c = getchar();
    printf("getchar after eof: %d\n", c);
    return 0;
}
