/* localtime/gmtime/mktime/strftime of fixed timestamps with TZ=UTC set via setenv. */
#define _GNU_SOURCE
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

int main(void) {
    setenv("TZ", "UTC", 1);
    tzset();
    static const long long stamps[] = {
        0,          86399,        951782400,    1000000000, 1234567890,  1700000000,
        2147483647, 2147483648LL, 4102444800LL, -1,         -86400 * 365};
    for (unsigned i = 0; i < sizeof stamps / sizeof stamps[0]; i++) {
        time_t t = (time_t)stamps[i];
        struct tm g, l;
        gmtime_r(&t, &g);
        localtime_r(&t, &l);
        char b1[128], b2[128];
        strftime(b1, sizeof b1, "%Y-%m-%d %H:%M:%S %a %b %j %U %W %u %w %Z", &g);
        strftime(b2, sizeof b2, "%c | %x %X | %D %T %p %I %y %C %G-W%V %s", &l);
        printf("%lld: %s\n    %s\n", stamps[i], b1, b2);
        struct tm copy = g;
        printf("    mktime round trip %d yday=%d wday=%d isdst=%d\n", mktime(&copy) == t, g.tm_yday,
               g.tm_wday, l.tm_isdst);
    }
    struct tm tm = {0};
    tm.tm_year = 2024 - 1900;
    tm.tm_mon = 1;
    tm.tm_mday = 29;
    tm.tm_hour = 12;
    time_t leap = mktime(&tm);
    printf("2024-02-29 12:00 = %lld\n", (long long)leap);
    tm.tm_mday += 1; /* normalisation */
    mktime(&tm);
    printf("normalised %04d-%02d-%02d wday %d\n", tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday,
           tm.tm_wday);
    time_t t0 = 1700000000;
    printf("ctime %s", ctime(&t0));
    printf("asctime %s", asctime(gmtime(&t0)));
    char *end = NULL;
    struct tm parsed = {0};
    end = strptime("2001-09-09 01:46:40", "%Y-%m-%d %H:%M:%S", &parsed);
    printf("strptime rest=\"%s\" -> %lld\n", end ? end : "(null)", (long long)timegm(&parsed));
    return 0;
}
