/* Function pointers: tables, callbacks, pointers returned from functions, qsort-style
 * generic code, and indirect tail calls (jalr to many targets). */
#include <stdint.h>
#include <stdio.h>
#include <string.h>

typedef long (*binop)(long, long);
static long add(long a, long b) {
    return a + b;
}
static long sub(long a, long b) {
    return a - b;
}
static long mul(long a, long b) {
    return a * b;
}
static long mx(long a, long b) {
    return a > b ? a : b;
}
static long mn(long a, long b) {
    return a < b ? a : b;
}
static long gcd(long a, long b) {
    while (b) {
        long t = a % b;
        a = b;
        b = t;
    }
    return a;
}

static binop pick(const char *name) {
    static const struct {
        const char *n;
        binop f;
    } tab[] = {{"add", add}, {"sub", sub}, {"mul", mul}, {"max", mx}, {"min", mn}, {"gcd", gcd}};
    for (unsigned i = 0; i < sizeof tab / sizeof tab[0]; i++)
        if (strcmp(tab[i].n, name) == 0) return tab[i].f;
    return NULL;
}

static long fold(const long *v, int n, binop f, long init) {
    for (int i = 0; i < n; i++)
        init = f(init, v[i]);
    return init;
}

static void map(double *v, int n, double (*f)(double)) {
    for (int i = 0; i < n; i++)
        v[i] = f(v[i]);
}
static double twice(double x) {
    return x * 2;
}
static double square(double x) {
    return x * x;
}
static double negate(double x) {
    return -x;
}

typedef int (*state_fn)(int *acc, int input);
static int st_a(int *acc, int in);
static int st_b(int *acc, int in);
static int st_c(int *acc, int in);
static const state_fn states[] = {st_a, st_b, st_c};
static int st_a(int *acc, int in) {
    *acc += in;
    return in % 3;
}
static int st_b(int *acc, int in) {
    *acc *= 2;
    *acc ^= in;
    return (in + 1) % 3;
}
static int st_c(int *acc, int in) {
    *acc -= in / 2;
    return (in * 7) % 3;
}

struct shape {
    const char *name;
    double (*area)(const struct shape *);
    double a, b;
};
static double rect_area(const struct shape *s) {
    return s->a * s->b;
}
static double tri_area(const struct shape *s) {
    return s->a * s->b / 2;
}

int main(void) {
    long v[] = {12, 18, 30, 42, 60, 7, 1000};
    const char *ops[] = {"add", "sub", "mul", "max", "min", "gcd", "nope"};
    for (int i = 0; i < 7; i++) {
        binop f = pick(ops[i]);
        if (f)
            printf("%s: %ld\n", ops[i], fold(v, 7, f, i == 2 ? 1 : (i == 4 ? 1 << 30 : 0)));
        else
            printf("%s: not found\n", ops[i]);
    }
    double d[5] = {1, 2, 3, 4, 5};
    double (*chain[])(double) = {twice, square, negate, twice};
    for (int k = 0; k < 4; k++)
        map(d, 5, chain[k]);
    printf("mapped: %g %g %g %g %g\n", d[0], d[1], d[2], d[3], d[4]);
    int acc = 1, s = 0;
    for (int i = 0; i < 1000; i++)
        s = states[s](&acc, i);
    printf("state machine acc=%d final=%d\n", acc, s);
    struct shape shapes[] = {
        {"rect", rect_area, 3, 4}, {"tri", tri_area, 3, 4}, {"square", rect_area, 2.5, 2.5}};
    for (int i = 0; i < 3; i++)
        printf("%s area %.2f\n", shapes[i].name, shapes[i].area(&shapes[i]));
    /* pointer equality and through a volatile pointer */
    binop volatile vf = mul;
    printf("volatile call %ld, same=%d\n", vf(6, 7), vf == pick("mul"));
    long (*arr[64])(long, long);
    for (int i = 0; i < 64; i++)
        arr[i] = (i * 7 % 6 == 0) ? add : (i % 5 == 0 ? sub : (i % 3 ? mx : gcd));
    long t = 1;
    for (int r = 0; r < 2000; r++)
        t = arr[r % 64](t, r) & 0xffffff;
    printf("table t=%ld\n", t);
    return 0;
}
