/* Double-precision values computed just before a faulting load, still only in the translator's
 * host registers, must reach the signal frame: the handler reads fs2..fs5 (results of fadd,
 * fmul, fmadd and fsqrt, and an fld'ed value) from the ucontext at a SIGSEGV, changes fs3, and
 * the code after the fault sees the values it had plus the handler's change. A second block
 * does the same with a dozen live doubles (more than fit in registers), and a third repeats it
 * in a loop so that the values cross a loop back edge before the fault. */
#include <setjmp.h>
#include <signal.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <sys/ucontext.h>
#include "guest_check.h"

static double seen[32];
static volatile int faults;

static void handler(int sig, siginfo_t *si, void *ucv) {
    (void)sig;
    (void)si;
    ucontext_t *uc = ucv;
    mcontext_t *mc = &uc->uc_mcontext;
    for (int i = 0; i < 32; i++)
        memcpy(&seen[i], &mc->__fpregs.__d.__f[i], sizeof seen[i]);
    double changed = -7.25;
    memcpy(&mc->__fpregs.__d.__f[19], &changed, sizeof changed); /* fs3 */
    uint16_t first = *(const uint16_t *)mc->__gregs[REG_PC];
    mc->__gregs[REG_PC] += (first & 3) == 3 ? 4 : 2;
    faults++;
}

static void show(const char *what, const double *v, int n) {
    printf("%s:", what);
    for (int i = 0; i < n; i++)
        printf(" %.17g", v[i]);
    printf("\n");
}

int main(void) {
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_sigaction = handler;
    sa.sa_flags = SA_SIGINFO;
    sigaction(SIGSEGV, &sa, NULL);

    /* 1: a few fresh results, then a load from address 8 */
    double in[4] = {1.5, 3.25, 0.1, 2.0}, out[4];
    uintptr_t bad = 8;
    __asm__ volatile("fld fa0, 0(%[in])\n"
                     "fld fa1, 8(%[in])\n"
                     "fld fa2, 16(%[in])\n"
                     "fld fs5, 24(%[in])\n"
                     "fadd.d fs2, fa0, fa1\n"
                     "fmul.d fs3, fs2, fa2\n"
                     "fmadd.d fs4, fs3, fa1, fa0\n"
                     "fsqrt.d fs5, fs5\n"
                     "ld t0, 0(%[bad])\n"
                     "fadd.d fs2, fs2, fs5\n"
                     "fsd fs2, 0(%[out])\n"
                     "fsd fs3, 8(%[out])\n"
                     "fsd fs4, 16(%[out])\n"
                     "fsd fs5, 24(%[out])\n"
                     :
                     : [in] "r"(in), [out] "r"(out), [bad] "r"(bad)
                     : "t0", "fa0", "fa1", "fa2", "fs2", "fs3", "fs4", "fs5", "memory");
    show("frame fs2..fs5", &seen[18], 4);
    show("after", out, 4);
    CHECK(faults == 1, "one fault");
    CHECK(seen[18] == 4.75 && seen[19] == 4.75 * 0.1 && seen[21] == 1.4142135623730951,
          "frame holds the fresh results");
    CHECK(out[1] == -7.25, "the handler's fs3 is seen after the fault");

    /* 2: fourteen live doubles (more than the host's registers), each one used after the
     * fault too */
    double v[14], w[14];
    for (int i = 0; i < 14; i++)
        v[i] = 1.0 / (i + 3);
    __asm__ volatile("fld ft0, 0(%[v])\n fld ft1, 8(%[v])\n fld ft2, 16(%[v])\n"
                     "fld ft3, 24(%[v])\n fld ft4, 32(%[v])\n fld ft5, 40(%[v])\n"
                     "fld ft6, 48(%[v])\n fld ft7, 56(%[v])\n fld ft8, 64(%[v])\n"
                     "fld ft9, 72(%[v])\n fld ft10, 80(%[v])\n fld ft11, 88(%[v])\n"
                     "fld fs6, 96(%[v])\n fld fs7, 104(%[v])\n"
                     "fmul.d ft0, ft0, ft1\n fmul.d ft1, ft1, ft2\n fmul.d ft2, ft2, ft3\n"
                     "fmul.d ft3, ft3, ft4\n fmul.d ft4, ft4, ft5\n fmul.d ft5, ft5, ft6\n"
                     "fmul.d ft6, ft6, ft7\n fmul.d ft7, ft7, ft8\n fmul.d ft8, ft8, ft9\n"
                     "fmul.d ft9, ft9, ft10\n fmul.d ft10, ft10, ft11\n"
                     "fmul.d ft11, ft11, fs6\n fmul.d fs6, fs6, fs7\n fadd.d fs7, fs7, ft0\n"
                     "ld t0, 0(%[bad])\n"
                     "fsd ft0, 0(%[w])\n fsd ft1, 8(%[w])\n fsd ft2, 16(%[w])\n"
                     "fsd ft3, 24(%[w])\n fsd ft4, 32(%[w])\n fsd ft5, 40(%[w])\n"
                     "fsd ft6, 48(%[w])\n fsd ft7, 56(%[w])\n fsd ft8, 64(%[w])\n"
                     "fsd ft9, 72(%[w])\n fsd ft10, 80(%[w])\n fsd ft11, 88(%[w])\n"
                     "fsd fs6, 96(%[w])\n fsd fs7, 104(%[w])\n"
                     :
                     : [v] "r"(v), [w] "r"(w), [bad] "r"(bad)
                     : "t0", "ft0", "ft1", "ft2", "ft3", "ft4", "ft5", "ft6", "ft7", "ft8", "ft9",
                       "ft10", "ft11", "fs6", "fs7", "memory");
    static const int regno[14] = {0, 1, 2, 3, 4, 5, 6, 7, 28, 29, 30, 31, 22, 23};
    double frame[14];
    int same = 1;
    for (int i = 0; i < 14; i++) {
        frame[i] = seen[regno[i]];
        same &= frame[i] == w[i];
    }
    show("frame", frame, 14);
    show("after", w, 14);
    CHECK(faults == 2 && same, "fourteen values: frame and after agree");

    /* 3: a loop accumulates, then faults in its last iteration */
    double acc[2];
    double step = 0.375;
    long n = 5;
    __asm__ volatile("fld fs8, 0(%[st])\n"
                     "fmv.d.x fs9, zero\n"
                     "fmv.d.x fs10, zero\n"
                     "1: fadd.d fs9, fs9, fs8\n"
                     "fmul.d fs10, fs9, fs9\n"
                     "addi %[n], %[n], -1\n"
                     "bnez %[n], 1b\n"
                     "ld t0, 0(%[bad])\n"
                     "fsd fs9, 0(%[acc])\n"
                     "fsd fs10, 8(%[acc])\n"
                     : [n] "+r"(n)
                     : [st] "r"(&step), [acc] "r"(acc), [bad] "r"(bad)
                     : "t0", "fs8", "fs9", "fs10", "memory");
    show("loop frame fs9 fs10", &seen[25], 2);
    show("loop after", acc, 2);
    CHECK(faults == 3 && seen[25] == 1.875 && seen[26] == 1.875 * 1.875 && acc[0] == 1.875,
          "loop values at the fault");
    return failures != 0;
}
