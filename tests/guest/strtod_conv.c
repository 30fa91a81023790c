/* String to number: strtod strtof strtold atof strtol strtoul strtoll with bases,
 * endptr, overflow (ERANGE) and hex floats. */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>

int main(void) {
    static const char *ds[] = {"0",
                               "-0",
                               "3.14159",
                               "1e10",
                               "  -2.5e-3xyz",
                               "0x1.8p3",
                               "inf",
                               "-Infinity",
                               "nan",
                               "1e400",
                               "1e-400",
                               "4.9e-324",
                               "2.2250738585072011e-308",
                               ".5",
                               "5.",
                               "abc",
                               "123456789012345678901234567890",
                               "0.1000000000000000055511151231257827",
                               "1.7976931348623157e308",
                               "1.7976931348623159e308",
                               "+7E+2",
                               "0X10",
                               "1e",
                               "-.e1"};
    for (unsigned i = 0; i < sizeof ds / sizeof ds[0]; i++) {
        char *end;
        errno = 0;
        double d = strtod(ds[i], &end);
        int e1 = errno;
        errno = 0;
        float f = strtof(ds[i], NULL);
        int e2 = errno;
        printf("\"%s\" -> %.17g (%a) consumed=%d erange=%d | f=%.9g erange=%d | atof=%g\n", ds[i],
               d, d, (int)(end - ds[i]), e1 == ERANGE, f, e2 == ERANGE, atof(ds[i]));
    }
    static const struct {
        const char *s;
        int base;
    } is[] = {{"0", 10},
              {"-123", 10},
              {"0x7fffffffffffffff", 16},
              {"0x8000000000000000", 0},
              {"-9223372036854775808", 10},
              {"-9223372036854775809", 10},
              {"777", 8},
              {"0777", 0},
              {"z", 36},
              {"  +42abc", 10},
              {"101010", 2},
              {"18446744073709551615", 10},
              {"18446744073709551616", 10},
              {"-1", 10},
              {"", 10},
              {"0x", 16},
              {"ff", 16}};
    for (unsigned i = 0; i < sizeof is / sizeof is[0]; i++) {
        char *end;
        errno = 0;
        long l = strtol(is[i].s, &end, is[i].base);
        int e1 = errno;
        errno = 0;
        unsigned long ul = strtoul(is[i].s, NULL, is[i].base);
        int e2 = errno;
        long long ll = strtoll(is[i].s, NULL, is[i].base);
        printf("\"%s\"/%d -> %ld consumed=%d erange=%d | %lu erange=%d | %lld | atoi=%d\n", is[i].s,
               is[i].base, l, (int)(end - is[i].s), e1 == ERANGE, ul, e2 == ERANGE, ll,
               atoi(is[i].s));
    }
    /* Round trip of many doubles through %.17g. */
    unsigned long long x = 0x9e3779b97f4a7c15ULL;
    int bad = 0;
    for (int i = 0; i < 3000; i++) {
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        double d;
        unsigned long long bits = x & 0x7fefffffffffffffULL;
        __builtin_memcpy(&d, &bits, 8);
        char buf[40];
        snprintf(buf, sizeof buf, "%.17g", d);
        if (strtod(buf, NULL) != d) bad++;
    }
    printf("round trip failures: %d\n", bad);
    return 0;
}
