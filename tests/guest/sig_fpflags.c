/* Floating-point state at synchronous signals, when the interrupted code still has exception
 * flags that a translator may hold outside fflags (recomp keeps them in the host MXCSR until
 * fflags is read, docs/fp.md):
 *   - an inexact division and a division by zero, then a load from address 8: the SIGSEGV
 *     handler must see NX|DZ in the frame's fcsr and (inherited) in its own fflags, does FP
 *     work of its own under another rounding mode, edits the frame's fcsr (adds OF, switches to
 *     RTZ) and skips the load; after sigreturn the interrupted code sees exactly the frame's
 *     fcsr, and rounds toward zero;
 *   - an FP instruction with a dynamic rounding mode while frm holds an invalid value (5, 6, 7):
 *     SIGILL at that instruction (si_addr), the frame holds frm and the flags raised just
 *     before it, and so does the handler's own fcsr; the handler repairs frm in the frame and
 *     returns, the instruction runs again and rounds in the repaired mode;
 *   - both repeated, so that the code is translated once and run again. */
#pragma GCC optimize("fp-contract=off")
#define _GNU_SOURCE
#include <fenv.h>
#include <signal.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <ucontext.h>

#include "guest_check.h"

static volatile unsigned frame_fcsr, handler_flags, handler_round, handler_ok;
static volatile uintptr_t fault_pc, fault_addr;
static volatile double sink;

static void on_segv(int sig, siginfo_t *si, void *ucv) {
    (void)sig;
    ucontext_t *uc = ucv;
    fault_addr = (uintptr_t)si->si_addr;
    frame_fcsr = uc->uc_mcontext.__fpregs.__d.__fcsr;
    handler_flags = (unsigned)fetestexcept(FE_ALL_EXCEPT);
    handler_round = (unsigned)fegetround();
    /* FP work of the handler's own, in another mode, with flags of its own */
    fesetround(FE_UPWARD);
    volatile double a = 1.0, b = 3.0, z = 0.0;
    double x = a / b;
    handler_ok = x == 0x1.5555555555556p-2; /* rounded up */
    sink = a / z;
    feraiseexcept(FE_INVALID);
    /* the interrupted code continues with OF added and RTZ */
    uc->uc_mcontext.__fpregs.__d.__fcsr = (frame_fcsr | FE_OVERFLOW) & 0x1f;
    uc->uc_mcontext.__fpregs.__d.__fcsr |= 1u << 5; /* RTZ */
    uc->uc_mcontext.__gregs[REG_PC] += 4;           /* skip the faulting load */
}

static void on_ill(int sig, siginfo_t *si, void *ucv) {
    (void)sig;
    ucontext_t *uc = ucv;
    fault_pc = (uintptr_t)si->si_addr;
    frame_fcsr = uc->uc_mcontext.__fpregs.__d.__fcsr;
    handler_flags = (unsigned)fetestexcept(FE_ALL_EXCEPT);
    /* (no FP arithmetic here: the handler inherits the invalid frm) */
    /* repair: frm = RUP, flags kept; the instruction runs again */
    uc->uc_mcontext.__fpregs.__d.__fcsr = (frame_fcsr & 0x1f) | 3u << 5;
}

/* 1/3 (NX), 1/0 (DZ), then a load from address 8 (skipped by the handler), then 1/3 again in
 * the mode the handler left. Returns that quotient; *flags = fflags at the end. */
__attribute__((noinline)) static double segv_block(unsigned *flags) {
    double one = 1.0, three = 3.0, zero = 0.0, q, r;
    unsigned long f;
    __asm__ volatile("fsflags x0\n"
                     "fdiv.d %[q], %[one], %[three]\n"
                     "fdiv.d %[r], %[one], %[zero]\n"
                     "li t0, 8\n"
                     ".option push\n.option norvc\n"
                     "ld t1, 0(t0)\n"
                     ".option pop\n"
                     "fdiv.d %[q], %[one], %[three]\n"
                     "frflags %[f]\n"
                     : [q] "=&f"(q), [r] "=&f"(r), [f] "=r"(f)
                     : [one] "f"(one), [three] "f"(three), [zero] "f"(zero)
                     : "t0", "t1", "memory");
    *flags = (unsigned)f;
    sink = r;
    return q;
}

/* 1/3 in RNE (NX), frm = mode (invalid), fdiv.d with the dynamic mode at a label (SIGILL),
 * frm read back. Returns the quotient computed after the handler's repair. */
__attribute__((noinline)) static double ill_block(unsigned mode, uintptr_t *at, unsigned *frm_after,
                                                  unsigned *flags) {
    double one = 1.0, three = 3.0, q, r;
    unsigned long m = mode, f, fr;
    uintptr_t a;
    __asm__ volatile("fsrmi 0\n"
                     "fsflags x0\n"
                     "fdiv.d %[r], %[one], %[three], rne\n"
                     "fsrm %[m]\n"
                     "lla %[a], 1f\n"
                     "1: fdiv.d %[q], %[one], %[three], dyn\n"
                     "frrm %[fr]\n"
                     "frflags %[f]\n"
                     "fsrmi 0\n"
                     : [q] "=&f"(q), [r] "=&f"(r), [a] "=&r"(a), [f] "=&r"(f), [fr] "=&r"(fr)
                     : [one] "f"(one), [three] "f"(three), [m] "r"(m)
                     : "memory");
    *at = a;
    *frm_after = (unsigned)fr;
    *flags = (unsigned)f;
    sink = r;
    return q;
}

int main(void) {
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_flags = SA_SIGINFO;
    sa.sa_sigaction = on_segv;
    sigaction(SIGSEGV, &sa, NULL);
    sa.sa_sigaction = on_ill;
    sigaction(SIGILL, &sa, NULL);

    for (int round = 0; round < 2; round++) {
        fesetround(FE_TONEAREST);
        unsigned flags = 0;
        handler_ok = 0;
        double q = segv_block(&flags);
        int mode = fegetround();
        fesetround(FE_TONEAREST);
        printf("segv round %d: frame fcsr %#x, handler flags %#x, after %#x\n", round, frame_fcsr,
               handler_flags, flags);
        CHECK(fault_addr == 8, "SIGSEGV at address 8");
        CHECK((frame_fcsr & 0x1f) == (FE_INEXACT | FE_DIVBYZERO) && (frame_fcsr >> 5) == 0,
              "frame fcsr: the pending NX and DZ, RNE");
        CHECK(handler_flags == (FE_INEXACT | FE_DIVBYZERO), "handler starts with the same flags");
        CHECK(handler_round == FE_TONEAREST, "handler starts in the same rounding mode");
        CHECK(handler_ok, "handler's own division rounded up");
        CHECK(flags == (FE_INEXACT | FE_DIVBYZERO | FE_OVERFLOW),
              "after sigreturn: exactly the frame's flags");
        CHECK(mode == FE_TOWARDZERO, "after sigreturn: the frame's rounding mode");
        CHECK(q == 0x1.5555555555555p-2, "the division after the fault rounded toward zero");
    }

    for (int round = 0; round < 2; round++) {
        for (unsigned mode = 5; mode <= 7; mode++) {
            uintptr_t at = 0;
            unsigned frm_after = 0, flags = 0;
            fault_pc = 0;
            double q = ill_block(mode, &at, &frm_after, &flags);
            printf("ill round %d frm %u: frame fcsr %#x, handler flags %#x, after frm %u flags "
                   "%#x\n",
                   round, mode, frame_fcsr, handler_flags, frm_after, flags);
            CHECK(fault_pc == at && at != 0, "SIGILL at the dynamic-rm instruction");
            CHECK(frame_fcsr == (mode << 5 | FE_INEXACT), "frame: invalid frm, pending NX");
            CHECK(handler_flags == FE_INEXACT, "handler inherits the pending NX");
            CHECK(frm_after == 3, "frm repaired by the handler");
            CHECK(flags == FE_INEXACT, "flags after the retried division");
            CHECK(q == 0x1.5555555555556p-2, "retried division rounded up");
        }
    }
    fesetround(FE_TONEAREST);
    printf("%s\n", failures ? "some checks FAILED" : "all ok");
    return failures ? 1 : 0;
}
