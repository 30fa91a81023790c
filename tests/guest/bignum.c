/* Arbitrary-precision arithmetic with 32-bit limbs: factorial, Fibonacci, powers,
 * multiplication, division by small numbers, decimal conversion. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef struct {
    uint32_t *d;
    int n, cap;
} big;

static void reserve(big *a, int n) {
    if (n > a->cap) {
        a->cap = n * 2;
        a->d = realloc(a->d, sizeof(uint32_t) * a->cap);
    }
}
static void set_u(big *a, uint32_t v) {
    reserve(a, 1);
    a->d[0] = v;
    a->n = v ? 1 : 0;
}
static void trim(big *a) {
    while (a->n && !a->d[a->n - 1])
        a->n--;
}

static void mul_small(big *a, uint32_t m) {
    uint64_t carry = 0;
    for (int i = 0; i < a->n; i++) {
        uint64_t t = (uint64_t)a->d[i] * m + carry;
        a->d[i] = (uint32_t)t;
        carry = t >> 32;
    }
    if (carry) {
        reserve(a, a->n + 1);
        a->d[a->n++] = (uint32_t)carry;
    }
}

static uint32_t div_small(big *a, uint32_t m) {
    uint64_t rem = 0;
    for (int i = a->n - 1; i >= 0; i--) {
        uint64_t cur = rem << 32 | a->d[i];
        a->d[i] = (uint32_t)(cur / m);
        rem = cur % m;
    }
    trim(a);
    return (uint32_t)rem;
}

static void add(big *r, const big *a, const big *b) {
    int n = a->n > b->n ? a->n : b->n;
    reserve(r, n + 1);
    uint64_t carry = 0;
    for (int i = 0; i < n; i++) {
        uint64_t t = carry + (i < a->n ? a->d[i] : 0) + (i < b->n ? b->d[i] : 0);
        r->d[i] = (uint32_t)t;
        carry = t >> 32;
    }
    r->n = n;
    if (carry) r->d[r->n++] = (uint32_t)carry;
}

static void mul(big *r, const big *a, const big *b) {
    int n = a->n + b->n;
    uint32_t *t = calloc(n + 1, sizeof *t);
    for (int i = 0; i < a->n; i++) {
        uint64_t carry = 0;
        for (int j = 0; j < b->n; j++) {
            uint64_t cur = (uint64_t)a->d[i] * b->d[j] + t[i + j] + carry;
            t[i + j] = (uint32_t)cur;
            carry = cur >> 32;
        }
        t[i + b->n] = (uint32_t)carry;
    }
    reserve(r, n);
    memcpy(r->d, t, n * sizeof *t);
    r->n = n;
    trim(r);
    free(t);
}

static char *to_dec(const big *a) {
    big t = {0};
    reserve(&t, a->n + 1);
    memcpy(t.d, a->d, a->n * sizeof *t.d);
    t.n = a->n;
    char *s = malloc(a->n * 10 + 2);
    int len = 0;
    if (!t.n) s[len++] = '0';
    while (t.n) {
        uint32_t chunk = div_small(&t, 1000000000);
        for (int k = 0; k < 9 && (t.n || chunk); k++) {
            s[len++] = (char)('0' + chunk % 10);
            chunk /= 10;
        }
    }
    s[len] = 0;
    for (int i = 0; i < len / 2; i++) {
        char c = s[i];
        s[i] = s[len - 1 - i];
        s[len - 1 - i] = c;
    }
    free(t.d);
    return s;
}

static void show(const char *what, const big *a) {
    char *s = to_dec(a);
    size_t l = strlen(s);
    if (l > 80)
        printf("%s = %.30s...%s (%zu digits)\n", what, s, s + l - 30, l);
    else
        printf("%s = %s\n", what, s);
    free(s);
}

int main(void) {
    big f = {0};
    set_u(&f, 1);
    for (uint32_t i = 2; i <= 500; i++) {
        mul_small(&f, i);
        if (i == 25 || i == 100 || i == 500) {
            char w[16];
            sprintf(w, "%u!", i);
            show(w, &f);
        }
    }
    big a = {0}, b = {0}, c = {0};
    set_u(&a, 0);
    set_u(&b, 1);
    for (int i = 0; i < 1000; i++) {
        add(&c, &a, &b);
        big t = a;
        a = b;
        b = c;
        c = t;
    }
    show("fib(1000)", &a);
    big p = {0};
    set_u(&p, 1);
    for (int i = 0; i < 1000; i++)
        mul_small(&p, 2);
    show("2^1000", &p);
    big q = {0};
    mul(&q, &p, &f);
    show("2^1000 * 500!", &q);
    big sq = {0};
    mul(&sq, &a, &a);
    show("fib(1000)^2", &sq);
    uint32_t digitsum = 0;
    char *s = to_dec(&p);
    for (char *c2 = s; *c2; c2++)
        digitsum += (uint32_t)(*c2 - '0');
    printf("digit sum of 2^1000 = %u\n", digitsum);
    free(s);
    printf("500! mod 1000000007 = %u\n", div_small(&f, 1000000007));
    return 0;
}
