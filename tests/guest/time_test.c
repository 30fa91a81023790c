/* Clocks: time(), clock_gettime (monotonic non-decreasing, realtime sane), gettimeofday,
 * nanosleep 10 ms, clock(), and a few fixed-timestamp conversions. Only stable facts are printed.
 */
#include <stdio.h>
#include <sys/time.h>
#include <time.h>

int main(void) {
    time_t t = time(NULL);
    printf("time after 2020: %d\n", t > 1577836800);
    struct timespec a, b, r;
    clock_gettime(CLOCK_MONOTONIC, &a);
    int nondecreasing = 1;
    struct timespec prev = a;
    for (int i = 0; i < 1000; i++) {
        struct timespec c;
        clock_gettime(CLOCK_MONOTONIC, &c);
        if (c.tv_sec < prev.tv_sec || (c.tv_sec == prev.tv_sec && c.tv_nsec < prev.tv_nsec))
            nondecreasing = 0;
        prev = c;
    }
    printf("monotonic nondecreasing: %d\n", nondecreasing);
    struct timespec req = {0, 10 * 1000 * 1000};
    printf("nanosleep %d\n", nanosleep(&req, NULL));
    clock_gettime(CLOCK_MONOTONIC, &b);
    long long ns = (b.tv_sec - a.tv_sec) * 1000000000LL + (b.tv_nsec - a.tv_nsec);
    printf("slept >= 10ms: %d, < 5s: %d\n", ns >= 10000000LL, ns < 5000000000LL);
    printf("nsec in range: %d\n", b.tv_nsec >= 0 && b.tv_nsec < 1000000000L);
    clock_gettime(CLOCK_REALTIME, &r);
    printf("realtime close to time(): %d\n", r.tv_sec - t >= 0 && r.tv_sec - t < 60);
    struct timeval tv;
    gettimeofday(&tv, NULL);
    printf("gettimeofday close: %d usec ok %d\n", tv.tv_sec - t >= 0 && tv.tv_sec - t < 60,
           tv.tv_usec >= 0 && tv.tv_usec < 1000000);
    struct timespec res;
    printf("getres %d resolution<=1ms %d\n", clock_getres(CLOCK_MONOTONIC, &res),
           res.tv_sec == 0 && res.tv_nsec <= 1000000);
    struct timespec cpu1, cpu2;
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &cpu1);
    volatile double x = 0;
    for (int i = 0; i < 200000; i++)
        x += i;
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &cpu2);
    printf("cputime nondecreasing %d\n",
           cpu2.tv_sec > cpu1.tv_sec ||
               (cpu2.tv_sec == cpu1.tv_sec && cpu2.tv_nsec >= cpu1.tv_nsec));
    clock_t c = clock();
    printf("clock() >= 0: %d\n", c >= 0);
    printf("difftime %.1f\n", difftime((time_t)1700000000, (time_t)1600000000));
    return 0;
}
