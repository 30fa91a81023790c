/* sscanf: integers, floats, strings, scansets, %n, assignment suppression, return counts. */
#include <stdio.h>
#include <string.h>

int main(void) {
    int a = 0, b = 0, c = 0, n = 0;
    double d = 0;
    float f = 0;
    char s1[32] = "", s2[32] = "";
    long long ll = 0;
    unsigned u = 0;
    int r = sscanf("12 -34 0x1f 2.5e3 word rest", "%d %d %x %lf %31s %n", &a, &b, &c, &d, s1, &n);
    printf("r=%d a=%d b=%d c=%d d=%g s1=%s n=%d\n", r, a, b, c, d, s1, n);
    r = sscanf("key=value;other", "%31[^=]=%31[^;]", s1, s2);
    printf("r=%d [%s] [%s]\n", r, s1, s2);
    r = sscanf("  -9223372036854775808 4294967295", "%lld %u", &ll, &u);
    printf("r=%d %lld %u\n", r, ll, u);
    r = sscanf("3.25 abc", "%f %d", &f, &a);
    printf("r=%d f=%g\n", r, f);
    r = sscanf("", "%d", &a);
    printf("empty r=%d\n", r);
    r = sscanf("100 200 300", "%*d %d %*d", &a);
    printf("suppressed r=%d a=%d\n", r, a);
    r = sscanf("2024-01-15T10:20:30", "%d-%d-%dT%d:%d:%d", &a, &b, &c, &n, &n, &n);
    printf("date r=%d %d %d %d\n", r, a, b, c);
    char ch1, ch2;
    r = sscanf("xy", "%c%c", &ch1, &ch2);
    printf("chars r=%d %c %c\n", r, ch1, ch2);
    r = sscanf("0777 0x10 10", "%i %i %i", &a, &b, &c);
    printf("%%i r=%d %d %d %d\n", r, a, b, c);
    r = sscanf("abc123def", "%[a-z]%d%s", s1, &a, s2);
    printf("scanset r=%d %s %d %s\n", r, s1, a, s2);
    r = sscanf("nan inf -0.0", "%lf", &d);
    printf("nan r=%d %g\n", r, d);
    double e1, e2;
    r = sscanf("inf -0.0", "%lf %lf", &e1, &e2);
    printf("inf r=%d %g %g\n", r, e1, e2);
    /* Parse a CSV-ish line repeatedly */
    const char *line = "17,4.5,alpha;18,5.5,beta;19,6.5,gamma;";
    const char *p = line;
    int id, used;
    double val;
    char name[16];
    while (sscanf(p, "%d,%lf,%15[^;];%n", &id, &val, name, &used) == 3) {
        printf("rec %d %.2f %s\n", id, val, name);
        p += used;
    }
    printf("left \"%s\"\n", p);
    return 0;
}
