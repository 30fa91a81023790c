/* The riscv64 signal frame's ucontext: for a faulting store (SIGSEGV), an ebreak (SIGTRAP,
 * 4-byte and compressed) and an illegal instruction (SIGILL, the all-zero halfword):
 *   - uc_mcontext.__gregs[REG_PC] is the address of the faulting instruction, si_addr too;
 *   - the integer and FP registers in the frame hold the values the interrupted code had
 *     (set by inline asm just before the trapping instruction);
 *   - writes to the frame take effect at sigreturn: the handler skips the instruction
 *     (pc += its length), sets a0 and fs1; all other registers come back unchanged.
 * Also a signal arriving at the return of a system call (kill of itself with a raw ecall):
 * the frame's pc is the instruction after the ecall, a0 the system call's result (0),
 * other registers as before, and a0 set by the handler is what the code sees after. */
#define _GNU_SOURCE
#include <signal.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <sys/ucontext.h>
#include <unistd.h>

#include "guest_check.h"

#define V_T3  0x3333333333333333UL
#define V_S4  0x4444444444444444UL
#define V_A5  0x5555555555555555UL
#define V_FS0 1.5 /* f8 */

static volatile uintptr_t seen_pc, seen_addr, seen_t3, seen_s4, seen_a5;
static volatile double seen_fs0;
static volatile int seen_sig, seen_code, insn_len;

static void handler(int sig, siginfo_t *si, void *ucv) {
    ucontext_t *uc = ucv;
    mcontext_t *mc = &uc->uc_mcontext;
    seen_sig = sig;
    seen_code = si->si_code;
    seen_addr = (uintptr_t)si->si_addr;
    seen_pc = mc->__gregs[REG_PC];
    seen_t3 = mc->__gregs[28];
    seen_s4 = mc->__gregs[20];
    seen_a5 = mc->__gregs[15];
    double d;
    memcpy(&d, &mc->__fpregs.__d.__f[8], sizeof d);
    seen_fs0 = d;
    uint16_t first = *(const uint16_t *)mc->__gregs[REG_PC];
    insn_len = (first & 3) == 3 ? 4 : 2;
    mc->__gregs[REG_PC] += insn_len;
    mc->__gregs[REG_A0] = 0x1234;
    double two = 2.5;
    memcpy(&mc->__fpregs.__d.__f[9], &two, sizeof two); /* fs1 */
}

static void usr1_handler(int sig, siginfo_t *si, void *ucv) {
    ucontext_t *uc = ucv;
    mcontext_t *mc = &uc->uc_mcontext;
    seen_sig = sig;
    seen_code = si->si_code;
    seen_pc = mc->__gregs[REG_PC];
    seen_addr = mc->__gregs[REG_A0]; /* the system call's result */
    seen_t3 = mc->__gregs[28];
    seen_s4 = mc->__gregs[20];
    seen_a5 = mc->__gregs[15];
    mc->__gregs[REG_A0] = 0x1234;
}

struct after {
    uintptr_t pc; /* address of the trapping instruction (lla of the label) */
    uintptr_t a0; /* set by the handler */
    uintptr_t t3, s4, a5;
    double fs0, fs1;
};

/* The trapping instruction goes between the register set-up and the read-back. */
#define TRAP_BLOCK(insn, out, addr_reg_val)                                                        \
    do {                                                                                           \
        register uintptr_t a0_ __asm__("a0") = 0;                                                  \
        register uintptr_t a1_ __asm__("a1") = (addr_reg_val);                                     \
        uintptr_t pc_, t3_, s4_, a5_;                                                              \
        double fs0_, fs1_;                                                                         \
        double in0 = V_FS0, in1 = -1.0;                                                            \
        __asm__ volatile("fld fs0, %[in0]\n"                                                       \
                         "fld fs1, %[in1]\n"                                                       \
                         "li t3, 0x3333333333333333\n"                                             \
                         "li s4, 0x4444444444444444\n"                                             \
                         "li a5, 0x5555555555555555\n"                                             \
                         "lla %[pc], 1f\n"                                                         \
                         "1: " insn "\n"                                                           \
                         "mv %[t3], t3\n"                                                          \
                         "mv %[s4], s4\n"                                                          \
                         "mv %[a5], a5\n"                                                          \
                         "fmv.d %[fs0], fs0\n"                                                     \
                         "fmv.d %[fs1], fs1\n"                                                     \
                         : [pc] "=&r"(pc_), [t3] "=&r"(t3_), [s4] "=&r"(s4_), [a5] "=&r"(a5_),     \
                           [fs0] "=&f"(fs0_), [fs1] "=&f"(fs1_), "+r"(a0_)                         \
                         : [in0] "m"(in0), [in1] "m"(in1), "r"(a1_)                                \
                         : "t3", "s4", "a5", "fs0", "fs1", "memory");                              \
        (out)->pc = pc_;                                                                           \
        (out)->a0 = a0_;                                                                           \
        (out)->t3 = t3_;                                                                           \
        (out)->s4 = s4_;                                                                           \
        (out)->a5 = a5_;                                                                           \
        (out)->fs0 = fs0_;                                                                         \
        (out)->fs1 = fs1_;                                                                         \
    } while (0)

static void report(const char *what, const struct after *r, int sig, int code, int len,
                   int addr_is_pc, uintptr_t want_addr) {
    int pc_ok = seen_pc == r->pc;
    int addr_ok = seen_addr == (addr_is_pc ? r->pc : want_addr);
    int regs_in = seen_t3 == V_T3 && seen_s4 == V_S4 && seen_a5 == V_A5 && seen_fs0 == V_FS0;
    int regs_out = r->t3 == V_T3 && r->s4 == V_S4 && r->a5 == V_A5 && r->fs0 == V_FS0;
    printf("%s: sig %d code %d, len %d, pc %s, si_addr %s, frame regs %s, after: a0=%#lx fs1=%g "
           "regs %s\n",
           what, seen_sig, seen_code, insn_len, pc_ok ? "exact" : "WRONG",
           addr_ok ? "exact" : "WRONG", regs_in ? "right" : "WRONG", (unsigned long)r->a0, r->fs1,
           regs_out ? "kept" : "WRONG");
    CHECK(seen_sig == sig && seen_code == code && insn_len == len && pc_ok && addr_ok && regs_in &&
              regs_out && r->a0 == 0x1234 && r->fs1 == 2.5,
          "%s: frame right, handler's pc/a0/fs1 changes applied", what);
}

int main(void) {
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_sigaction = handler;
    sa.sa_flags = SA_SIGINFO;
    sigaction(SIGSEGV, &sa, NULL);
    sigaction(SIGTRAP, &sa, NULL);
    sigaction(SIGILL, &sa, NULL);

    struct after r;
    for (int round = 0; round < 3; round++) {
        uintptr_t bad = 0x10 + 8 * round;
        memset(&r, 0, sizeof r);
        TRAP_BLOCK(".option push\n.option norvc\nsd zero, 0(a1)\n.option pop", &r, bad);
        report("store to a bad address", &r, SIGSEGV, SEGV_MAPERR, 4, 0, bad);
    }
    memset(&r, 0, sizeof r);
    TRAP_BLOCK(".option push\n.option norvc\nld a0, 0(a1)\n.option pop", &r, 0x28);
    report("load into a0 from a bad address", &r, SIGSEGV, SEGV_MAPERR, 4, 0, 0x28);

    memset(&r, 0, sizeof r);
    TRAP_BLOCK(".option push\n.option norvc\nebreak\n.option pop", &r, 0);
    report("ebreak", &r, SIGTRAP, TRAP_BRKPT, 4, 1, 0);
    memset(&r, 0, sizeof r);
    TRAP_BLOCK("c.ebreak", &r, 0);
    report("c.ebreak", &r, SIGTRAP, TRAP_BRKPT, 2, 1, 0);
    memset(&r, 0, sizeof r);
    TRAP_BLOCK(".2byte 0", &r, 0);
    report("illegal halfword 0x0000", &r, SIGILL, ILL_ILLOPC, 2, 1, 0);

    /* a signal at the return of kill(getpid(), SIGUSR1) made with a raw ecall */
    sa.sa_sigaction = usr1_handler;
    sigaction(SIGUSR1, &sa, NULL);
    if (getpid() <= 1) { /* never kill a process group or everything */
        printf("FAIL: getpid() = %ld\n", (long)getpid());
        failures++;
    } else {
        register uintptr_t a0_ __asm__("a0") = (uintptr_t)getpid();
        register uintptr_t a1_ __asm__("a1") = SIGUSR1;
        register uintptr_t a7_ __asm__("a7") = 129; /* kill */
        uintptr_t pc_, t3_, s4_, a5_;
        seen_pc = 0;
        __asm__ volatile("li t3, 0x3333333333333333\n"
                         "li s4, 0x4444444444444444\n"
                         "li a5, 0x5555555555555555\n"
                         "lla %[pc], 1f\n"
                         "ecall\n"
                         "1: mv %[t3], t3\n"
                         "mv %[s4], s4\n"
                         "mv %[a5], a5\n"
                         : [pc] "=&r"(pc_), [t3] "=&r"(t3_), [s4] "=&r"(s4_), [a5] "=&r"(a5_),
                           "+r"(a0_)
                         : "r"(a1_), "r"(a7_)
                         : "t3", "s4", "a5", "memory");
        uintptr_t a0_after = a0_; /* copy before any call can clobber a0 */
        int regs_in = seen_t3 == V_T3 && seen_s4 == V_S4 && seen_a5 == V_A5;
        int regs_out = t3_ == V_T3 && s4_ == V_S4 && a5_ == V_A5;
        printf("kill via ecall: sig %d code %d, pc %s, a0 in frame %ld, frame regs %s, after: "
               "a0=%#lx regs %s\n",
               seen_sig, seen_code, seen_pc == pc_ ? "after the ecall" : "WRONG", (long)seen_addr,
               regs_in ? "right" : "WRONG", (unsigned long)a0_after, regs_out ? "kept" : "WRONG");
        CHECK(seen_sig == SIGUSR1 && seen_code == SI_USER && seen_pc == pc_ && seen_addr == 0 &&
                  regs_in && regs_out && a0_after == 0x1234,
              "signal at a system call's return: frame right, handler's a0 applied");
    }

    printf("%s\n", failures ? "some checks FAILED" : "all ok");
    return failures ? 1 : 0;
}
