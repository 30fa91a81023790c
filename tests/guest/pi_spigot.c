/* Digits of pi and e with integer-only spigot algorithms. */
#include <stdio.h>
#include <stdlib.h>

int main(void) {
    enum { DIGITS = 1000 };
    int len = DIGITS * 10 / 3 + 1;
    int *a = malloc(sizeof(int) * len);
    for (int i = 0; i < len; i++)
        a[i] = 2;
    int nines = 0, predigit = 0, printed = 0;
    char out[DIGITS + 16];
    for (int j = 0; j < DIGITS; j++) {
        int q = 0;
        for (int i = len; i > 0; i--) {
            int x = 10 * a[i - 1] + q * i;
            a[i - 1] = x % (2 * i - 1);
            q = x / (2 * i - 1);
        }
        a[0] = q % 10;
        q /= 10;
        if (q == 9)
            nines++;
        else if (q == 10) {
            out[printed++] = (char)('0' + predigit + 1);
            for (int k = 0; k < nines; k++)
                out[printed++] = '0';
            predigit = 0;
            nines = 0;
        } else {
            if (j) out[printed++] = (char)('0' + predigit);
            predigit = q;
            for (int k = 0; k < nines; k++)
                out[printed++] = '9';
            nines = 0;
        }
    }
    out[printed++] = (char)('0' + predigit);
    out[printed] = 0;
    for (int i = 0; i < printed; i += 50)
        printf("%.50s\n", out + i);
    free(a);
    /* e */
    enum { EN = 500 };
    int e[EN + 10];
    for (int i = 0; i < EN + 10; i++)
        e[i] = 1;
    printf("e = 2.");
    for (int d = 0; d < 300; d++) {
        int carry = 0;
        for (int i = EN + 9; i >= 0; i--) {
            int x = e[i] * 10 + carry;
            e[i] = x % (i + 2);
            carry = x / (i + 2);
        }
        printf("%d", carry);
    }
    printf("\n");
    return 0;
}
