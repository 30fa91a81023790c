/* Asynchronous signals must interrupt code that makes no system calls: SIGALRM from
 * setitimer(ITIMER_REAL) and from alarm() ends loops that only test a volatile flag: a plain
 * C loop, a loop calling a non-inlined function, a one-instruction-pair asm loop (load +
 * branch back to itself), and a periodic timer counted to 5 in a busy loop. If delivery
 * into running translated code is broken this program hangs (the harness timeout ends it). */
#define _GNU_SOURCE
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <sys/time.h>
#include <unistd.h>

#include "guest_check.h"

static volatile int flag;
static volatile int ticks;
static void on_alarm(int sig) {
    (void)sig;
    flag = 1;
    ticks++;
}

static void arm_ms(long ms, long interval_ms) {
    struct itimerval it;
    memset(&it, 0, sizeof it);
    it.it_value.tv_sec = ms / 1000;
    it.it_value.tv_usec = (ms % 1000) * 1000;
    it.it_interval.tv_sec = interval_ms / 1000;
    it.it_interval.tv_usec = (interval_ms % 1000) * 1000;
    setitimer(ITIMER_REAL, &it, NULL);
}

__attribute__((noinline)) static unsigned long step(unsigned long x) {
    __asm__ volatile("" ::: "memory");
    return x * 2862933555777941757UL + 3037000493UL;
}

int main(void) {
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_handler = on_alarm;
    sigaction(SIGALRM, &sa, NULL);

    /* 1. plain C loop */
    flag = 0;
    ticks = 0;
    arm_ms(30, 0);
    unsigned long n = 0;
    while (!flag)
        n++;
    CHECK(ticks == 1, "busy C loop ended by the ITIMER_REAL SIGALRM");

    /* 2. loop with a call */
    flag = 0;
    ticks = 0;
    arm_ms(30, 0);
    unsigned long x = 1;
    while (!flag)
        x = step(x);
    CHECK(ticks == 1, "loop calling a function ended by SIGALRM");

    /* 3. two-instruction asm loop: lw + beqz back to the lw */
    flag = 0;
    ticks = 0;
    arm_ms(30, 0);
    __asm__ volatile("1: lw t0, 0(%0)\n"
                     "   beqz t0, 1b\n"
                     :
                     : "r"(&flag)
                     : "t0", "memory");
    CHECK(ticks == 1, "two-instruction asm loop ended by SIGALRM");

    /* 4. getitimer while armed */
    arm_ms(5000, 0);
    struct itimerval cur;
    getitimer(ITIMER_REAL, &cur);
    long left_ms = cur.it_value.tv_sec * 1000 + cur.it_value.tv_usec / 1000;
    CHECK(left_ms > 4000 && left_ms <= 5000, "getitimer: between 4 and 5 s left");
    arm_ms(0, 0); /* disarm */
    getitimer(ITIMER_REAL, &cur);
    CHECK(cur.it_value.tv_sec == 0 && cur.it_value.tv_usec == 0, "disarmed");

    /* 5. periodic timer: 5 ticks in a busy loop */
    ticks = 0;
    arm_ms(10, 10);
    while (ticks < 5)
        n++;
    arm_ms(0, 0);
    int t = ticks;
    CHECK(t >= 5 && t <= 6, "periodic ITIMER_REAL: 5 ticks counted in a busy loop");

    /* 6. alarm() */
    flag = 0;
    ticks = 0;
    CHECK(alarm(1) == 0, "alarm(1): no previous alarm");
    CHECK(alarm(1) == 1, "alarm(1) again: 1 s was left");
    while (!flag)
        n++;
    CHECK(ticks == 1, "alarm() delivered SIGALRM into a busy loop");

    printf("%s\n", failures ? "some checks FAILED" : "all ok");
    (void)x;
    return failures ? 1 : 0;
}
