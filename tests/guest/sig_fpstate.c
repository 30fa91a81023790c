/* Asynchronous signals must not disturb the interrupted code's registers. A 1 ms periodic
 * ITIMER_REAL runs a handler that trashes the FP state (other rounding mode via fesetround,
 * raised exception flags, FP arithmetic) and integer temporaries, while:
 *   - a floating-point loop (sum of 1/k with rounding-sensitive steps) runs; its result must
 *     equal, bit for bit, the same loop run without the timer, and the rounding mode and
 *     exception flags the loop left must be its own;
 *   - an asm loop keeps known values in 20 integer registers (t0-t6, a2-a7, s2-s8) and 8 FP
 *     registers and checks them on every iteration, counting mismatches;
 * and at least a few signals must have arrived during each. */
#pragma GCC optimize("fp-contract=off")
#define _GNU_SOURCE
#include <fenv.h>
#include <signal.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <sys/time.h>

#include "guest_check.h"

static volatile int ticks;
static volatile double sink;

static void handler(int sig) {
    (void)sig;
    ticks++;
    fesetround(ticks % 2 ? FE_UPWARD : FE_TOWARDZERO);
    volatile double z = 0.0;
    double x = 1.0;
    for (int i = 0; i < 50; i++)
        x = x / 3.0 + 1e308 * 10.0 + 1.0 / z; /* inexact, overflow, divide by zero */
    sink = x;
    feraiseexcept(FE_INVALID | FE_UNDERFLOW);
    volatile long junk = 0;
    for (int i = 0; i < 100; i++)
        junk += i * 7;
}

static void timer_ms(int on) {
    struct itimerval it;
    memset(&it, 0, sizeof it);
    if (on) {
        it.it_value.tv_usec = 1000;
        it.it_interval.tv_usec = 1000;
    }
    setitimer(ITIMER_REAL, &it, NULL);
}

__attribute__((noinline)) static double fp_loop(long n) {
    double s = 0.0, c = 0.0; /* Kahan summation: sensitive to any rounding change */
    for (long k = 1; k <= n; k++) {
        double y = 1.0 / (double)k - c;
        double t = s + y;
        c = (t - s) - y;
        s = t;
        if ((k & 0xffff) == 0) {
            s = s * (1.0 + 1e-16) / (1.0 + 1e-16);
            __asm__ volatile("" ::: "memory"); /* not a pure function: two calls are two loops */
        }
    }
    return s;
}

/* Fills t0-t6, a2-a7, s2-s8 and fs0-fs7 with known values, then checks them `iters` times
 * in a loop; returns the number of iterations on which any of them was wrong. */
__attribute__((noinline)) static long reg_loop(long iters) {
    long bad = 0;
    static const double fv[8] = {1.25, -2.5, 3.75, 1e300, -1e-300, 0.1, 7.0, -0.0};
    __asm__ volatile(
        "fld fs0, 0(%[fv])\n fld fs1, 8(%[fv])\n fld fs2, 16(%[fv])\n fld fs3, 24(%[fv])\n"
        "fld fs4, 32(%[fv])\n fld fs5, 40(%[fv])\n fld fs6, 48(%[fv])\n fld fs7, 56(%[fv])\n"
        "li t0, 0x1001\n li t1, 0x1002\n li t2, 0x1003\n li t3, 0x1004\n li t4, 0x1005\n"
        "li t5, 0x1006\n li t6, 0x1007\n"
        "li a2, 0x2002\n li a3, 0x2003\n li a4, 0x2004\n li a5, 0x2005\n li a6, 0x2006\n li a7, "
        "0x2007\n"
        "li s2, 0x3002\n li s3, 0x3003\n li s4, 0x3004\n li s5, 0x3005\n li s6, 0x3006\n"
        "li s7, 0x3007\n li s8, 0x3008\n"
        "1:\n"
        "li s9, 0\n" /* s9: 1 if anything is wrong this iteration */
        "li s10, 0x1001\n bne t0, s10, 2f\n li s10, 0x1002\n bne t1, s10, 2f\n"
        "li s10, 0x1003\n bne t2, s10, 2f\n li s10, 0x1004\n bne t3, s10, 2f\n"
        "li s10, 0x1005\n bne t4, s10, 2f\n li s10, 0x1006\n bne t5, s10, 2f\n"
        "li s10, 0x1007\n bne t6, s10, 2f\n"
        "li s10, 0x2002\n bne a2, s10, 2f\n li s10, 0x2003\n bne a3, s10, 2f\n"
        "li s10, 0x2004\n bne a4, s10, 2f\n li s10, 0x2005\n bne a5, s10, 2f\n"
        "li s10, 0x2006\n bne a6, s10, 2f\n li s10, 0x2007\n bne a7, s10, 2f\n"
        "li s10, 0x3002\n bne s2, s10, 2f\n li s10, 0x3003\n bne s3, s10, 2f\n"
        "li s10, 0x3004\n bne s4, s10, 2f\n li s10, 0x3005\n bne s5, s10, 2f\n"
        "li s10, 0x3006\n bne s6, s10, 2f\n li s10, 0x3007\n bne s7, s10, 2f\n"
        "li s10, 0x3008\n bne s8, s10, 2f\n"
        "fld ft0, 0(%[fv])\n feq.d s10, fs0, ft0\n beqz s10, 2f\n"
        "fld ft0, 8(%[fv])\n feq.d s10, fs1, ft0\n beqz s10, 2f\n"
        "fld ft0, 16(%[fv])\n feq.d s10, fs2, ft0\n beqz s10, 2f\n"
        "fld ft0, 24(%[fv])\n feq.d s10, fs3, ft0\n beqz s10, 2f\n"
        "fld ft0, 32(%[fv])\n feq.d s10, fs4, ft0\n beqz s10, 2f\n"
        "fld ft0, 40(%[fv])\n feq.d s10, fs5, ft0\n beqz s10, 2f\n"
        "fld ft0, 48(%[fv])\n feq.d s10, fs6, ft0\n beqz s10, 2f\n"
        "fmv.x.d s10, fs7\n li s11, 1\n slli s11, s11, 63\n bne s10, s11, 2f\n" /* -0.0 bits */
        "j 3f\n"
        "2: li s9, 1\n"
        "3: add %[bad], %[bad], s9\n"
        "addi %[it], %[it], -1\n"
        "bnez %[it], 1b\n"
        : [bad] "+r"(bad), [it] "+r"(iters)
        : [fv] "r"(fv)
        : "t0", "t1", "t2", "t3", "t4", "t5", "t6", "a2", "a3", "a4", "a5", "a6", "a7", "s2", "s3",
          "s4", "s5", "s6", "s7", "s8", "s9", "s10", "s11", "ft0", "fs0", "fs1", "fs2", "fs3",
          "fs4", "fs5", "fs6", "fs7", "memory");
    return bad;
}

int main(void) {
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_handler = handler;
    sa.sa_flags = SA_RESTART;
    sigaction(SIGALRM, &sa, NULL);

    const long n = 3000000;
    fesetround(FE_TONEAREST);
    feclearexcept(FE_ALL_EXCEPT);
    double quiet = fp_loop(n);
    int quiet_flags = fetestexcept(FE_ALL_EXCEPT);

    int rounds = 0;
    double noisy = 0;
    int noisy_flags = 0, noisy_round = 0, got = 0;
    do { /* at least 3 signals inside the loop; repeat with more work if the machine is fast */
        fesetround(FE_TONEAREST);
        feclearexcept(FE_ALL_EXCEPT);
        ticks = 0;
        timer_ms(1);
        noisy = fp_loop(n);
        noisy_flags = fetestexcept(FE_ALL_EXCEPT);
        noisy_round = fegetround();
        timer_ms(0);
        got = ticks;
        rounds++;
    } while (got < 3 && rounds < 20);
    printf("harmonic sum %.17g\n", quiet);
    CHECK(got >= 3, "signals arrived during the FP loop");
    CHECK(memcmp(&quiet, &noisy, sizeof quiet) == 0,
          "FP result bit-identical with signals arriving");
    CHECK(noisy_round == FE_TONEAREST, "rounding mode restored after every handler");
    CHECK(noisy_flags == quiet_flags, "exception flags are the loop's own (%#x)", quiet_flags);

    long bad = 0;
    rounds = 0;
    do {
        ticks = 0;
        timer_ms(1);
        bad += reg_loop(2000000);
        timer_ms(0);
        got = ticks;
        rounds++;
    } while (got < 3 && rounds < 20);
    CHECK(got >= 3, "signals arrived during the register loop");
    CHECK(bad == 0, "20 integer and 8 FP registers intact across signals (%ld bad iterations)",
          bad);

    printf("%s\n", failures ? "some checks FAILED" : "all ok");
    return failures ? 1 : 0;
}
