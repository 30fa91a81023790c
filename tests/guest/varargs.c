/* Variadic functions: va_list of ints/longs/doubles/pointers mixed, va_copy,
 * vsnprintf forwarding, and many arguments spilling to the stack. */
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

static double mixed(const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    double total = 0;
    for (const char *p = fmt; *p; p++) {
        switch (*p) {
        case 'i': total += va_arg(ap, int); break;
        case 'l': total += (double)va_arg(ap, long long); break;
        case 'd': total += va_arg(ap, double); break;
        case 's': total += (double)strlen(va_arg(ap, const char *)); break;
        case 'c': total += (char)va_arg(ap, int); break;
        }
    }
    va_end(ap);
    return total;
}

static int sum_n(int n, ...) {
    va_list ap, ap2;
    va_start(ap, n);
    va_copy(ap2, ap);
    int s = 0, s2 = 0;
    for (int i = 0; i < n; i++)
        s += va_arg(ap, int);
    for (int i = 0; i < n; i++)
        s2 += va_arg(ap2, int) * (i + 1);
    va_end(ap);
    va_end(ap2);
    return s * 1000 + s2 % 1000;
}

static int logf_(char *buf, size_t n, const char *fmt, ...) __attribute__((format(printf, 3, 4)));
static int logf_(char *buf, size_t n, const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    int r = vsnprintf(buf, n, fmt, ap);
    va_end(ap);
    return r;
}

static void vprint(const char *fmt, va_list ap) {
    vprintf(fmt, ap);
}
static void print2(const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    vprint(fmt, ap);
    va_end(ap);
}

/* Many fixed arguments: integer and FP register files spill to the stack. */
static double many(int a, double b, int c, double d, int e, double f, int g, double h, int i,
                   double j, int k, double l, int m, double n, int o, double p, int q, double r,
                   int s, double t) {
    return a + b * 2 + c * 3 + d * 4 + e * 5 + f * 6 + g * 7 + h * 8 + i * 9 + j * 10 + k * 11 +
           l * 12 + m * 13 + n * 14 + o * 15 + p * 16 + q * 17 + r * 18 + s * 19 + t * 20;
}

struct pair {
    long a;
    double b;
};
static long struct_va(int n, ...) {
    va_list ap;
    va_start(ap, n);
    long s = 0;
    for (int i = 0; i < n; i++) {
        struct pair p = va_arg(ap, struct pair);
        s += p.a + (long)p.b;
    }
    va_end(ap);
    return s;
}

int main(void) {
    printf("mixed %.3f\n", mixed("idlsc", 5, 2.5, 1234567890123LL, "hello", 'A'));
    printf("mixed %.3f\n", mixed("dddddddddd", 1.0, 2.0, 3.0, 4.0, 5.0, 6.0, 7.0, 8.0, 9.0, 10.5));
    printf("mixed %.3f\n", mixed("ididididid", 1, 1.5, 2, 2.5, 3, 3.5, 4, 4.5, 5, 5.5));
    printf("sum_n %d\n", sum_n(12, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12));
    char buf[64];
    int r = logf_(buf, sizeof buf, "%s=%d %.2f %c %lx", "key", -17, 3.14159, 'z', 0xdeadbeefUL);
    printf("vsnprintf %d \"%s\"\n", r, buf);
    print2("%d %s %g %lld %u\n", 1, "two", 3.0, 4LL, 5u);
    printf("many %.2f\n",
           many(1, 1.5, 2, 2.5, 3, 3.5, 4, 4.5, 5, 5.5, 6, 6.5, 7, 7.5, 8, 8.5, 9, 9.5, 10, 10.5));
    struct pair p1 = {1, 2.5}, p2 = {10, 20.5}, p3 = {100, 200.5};
    printf("struct va %ld\n", struct_va(3, p1, p2, p3));
    printf("%d %d %d %d %d %d %d %d %d %d %d %d %d %d %d %d\n", 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11,
           12, 13, 14, 15, 16);
    printf("%.1f %.1f %.1f %.1f %.1f %.1f %.1f %.1f %.1f %.1f %.1f\n", 1.0, 2.0, 3.0, 4.0, 5.0, 6.0,
           7.0, 8.0, 9.0, 10.0, 11.0);
    return 0;
}
