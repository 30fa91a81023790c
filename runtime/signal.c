/*
 * signal.c - the guest signal layer: dispositions, masks, delivery, frames and sigreturn.
 *
 * Model (docs/signals.md):
 *  - Host dispositions follow the guest's: SIG_DFL and SIG_IGN are installed on the host as they
 *    are, so default actions (termination, core, stop, ignore) and the kernel's own rules (an
 *    ignored SIGCHLD reaps children, SIGPIPE kills) happen natively and exactly. A guest handler
 *    becomes a host handler that only queues the signal on the receiving thread and sets
 *    cpu->exit_request; generated code tests that flag at every unit entry, so the dispatcher
 *    takes over within one unit even in a loop that makes no syscall, and delivers the signal
 *    by building a riscv64 rt_sigframe on the guest stack.
 *  - The guest's blocked mask is mirrored on the host thread, so the kernel keeps blocked
 *    signals pending, picks the receiving thread, and answers sigpending/sigtimedwait.
 *  - SIGSEGV, SIGBUS, SIGILL, SIGFPE and SIGTRAP always have the runtime's host handler (never
 *    blocked on the host): faults in generated code become precise guest signals (the side
 *    table restores the registers, engine.c); the same signals sent by kill() are queued like
 *    any other.
 *  - Host handlers are installed with the raw rt_sigaction syscall (glibc refuses signals 32
 *    and 33, which the guest's own glibc uses) and never with SA_RESTART: a blocking host call
 *    returns EINTR, and the dispatcher restarts it after the guest handler when the guest asked
 *    for SA_RESTART and the call is one the kernel restarts.
 */
#define _GNU_SOURCE
#include <errno.h>
#include <inttypes.h>
#include <pthread.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/syscall.h>
#include <sys/time.h>
#include <time.h>
#include <unistd.h>

#include "cache.h"
#include "engine.h"
#include "gmem.h"
#include "guest.h"
#include "hostfn_rt.h"
#include "plugin.h"
#include "syscall.h"
#include "syscall_internal.h"
#include "syscall_util.h"

#define SIGBIT(sig)        (1ull << ((sig)-1))
#define RV64_SS_AUTODISARM (1u << 31) /* asm-generic values, same as the host's */
#define RV64_MINSIGSTKSZ   2048
#define UNBLOCKABLE        (SIGBIT(SIGKILL) | SIGBIT(SIGSTOP))
#define SYNC_SIGNALS                                                                               \
    (SIGBIT(SIGSEGV) | SIGBIT(SIGBUS) | SIGBIT(SIGILL) | SIGBIT(SIGFPE) | SIGBIT(SIGTRAP))
#define RV64_SA_NOCLDSTOP 0x00000001u
#define RV64_SA_NOCLDWAIT 0x00000002u
#define RV64_SA_SIGINFO   0x00000004u
#define RV64_SA_ONSTACK   0x08000000u
#define RV64_SA_RESTART   0x10000000u
#define RV64_SA_NODEFER   0x40000000u
#define RV64_SA_RESETHAND 0x80000000u
#define GUEST_SIG_DFL     0
#define GUEST_SIG_IGN     1

static rv64_sigaction guest_actions[RV64_NSIG + 1];
static pthread_mutex_t actions_mu = PTHREAD_MUTEX_INITIALIZER;
static uint64_t sigreturn_tramp; /* guest address of `li a7, 139; ecall` */

/* ---- riscv64 signal frame (arch/riscv/include/uapi/asm/{ucontext,sigcontext}.h) -------- */

typedef struct rv64_sigcontext {
    uint64_t gregs[32]; /* [0] = pc, [1..31] = x1..x31 */
    uint64_t fpregs[32];
    uint32_t fcsr;
    uint32_t reserved[67]; /* the union is sized for the Q extension: 528 bytes */
} rv64_sigcontext;

typedef struct rv64_ucontext {
    uint64_t uc_flags;
    uint64_t uc_link;
    rv64_stack uc_stack;
    uint64_t uc_sigmask;
    uint8_t unused[120]; /* sigset_t room up to 1024 bits */
    uint64_t pad;        /* uc_mcontext is 16-byte aligned */
    rv64_sigcontext uc_mcontext;
} rv64_ucontext;

typedef struct rv64_rt_sigframe {
    guest_siginfo info;
    rv64_ucontext uc;
} rv64_rt_sigframe;

_Static_assert(sizeof(rv64_sigcontext) == 784, "riscv64 sigcontext");
_Static_assert(offsetof(rv64_ucontext, uc_sigmask) == 40, "uc_sigmask");
_Static_assert(offsetof(rv64_ucontext, uc_mcontext) == 176, "uc_mcontext");
_Static_assert(sizeof(rv64_ucontext) == 960, "riscv64 ucontext");
_Static_assert(offsetof(rv64_rt_sigframe, uc) == 128, "rt_sigframe.uc");

/* ---- raw host calls --------------------------------------------------------------------- */

struct kernel_sigaction {
    void *handler;
    unsigned long flags;
    void *restorer;
    uint64_t mask;
};

extern void recomp_restore_rt(void);
__asm__(".text\n"
        ".globl recomp_restore_rt\n"
        ".type recomp_restore_rt,@function\n"
        "recomp_restore_rt:\n"
        "  mov $15, %eax\n" /* rt_sigreturn */
        "  syscall\n");

static void host_sigaction(int sig, void *handler, unsigned long flags) {
    struct kernel_sigaction ka = {.handler = handler,
                                  .flags = flags | 0x04000000 /* SA_RESTORER */,
                                  .restorer = (void *)recomp_restore_rt,
                                  .mask = handler == SIG_DFL || handler == SIG_IGN ? 0 : ~0ull};
    syscall(SYS_rt_sigaction, sig, &ka, NULL, 8);
}

static void host_setmask(uint64_t set, uint64_t *old) {
    syscall(SYS_rt_sigprocmask, SIG_SETMASK, &set, old, 8);
}

/* Block every host signal (our own handlers included) around queue updates. */
static uint64_t block_all(void) {
    uint64_t old = 0, all = ~0ull;
    syscall(SYS_rt_sigprocmask, SIG_SETMASK, &all, &old, 8);
    return old;
}

static uint64_t host_mask_of(uint64_t guest_mask) {
    return guest_mask & ~(SYNC_SIGNALS | UNBLOCKABLE);
}

void signal_apply_mask(guest_thread *t) {
    host_setmask(host_mask_of(t->sigmask), NULL);
}

/* ---- death ------------------------------------------------------------------------------ */

void die_with_signal(int sig) {
    host_sigaction(sig, SIG_DFL, 0);
    uint64_t m = SIGBIT(sig);
    syscall(SYS_rt_sigprocmask, SIG_UNBLOCK, &m, NULL, 8);
    syscall(SYS_tgkill, getpid(), gettid(), sig);
    /* not reached for the signals whose default action ends the process */
    syscall(SYS_tgkill, getpid(), gettid(), SIGKILL);
    _exit(128 + sig);
}

void guest_die(int sig, uint64_t pc, const char *detail) {
    char buf[200];
    int n = snprintf(buf, sizeof buf, "%s: guest killed by SIG%s at pc 0x%" PRIx64 " (%s)\n",
                     engine_prog(), sigabbrev_np(sig) ? sigabbrev_np(sig) : "?", pc, detail);
    if (n > 0) (void)!write(2, buf, (size_t)n < sizeof buf ? (size_t)n : sizeof buf - 1);
    plugin_at_exit();
    die_with_signal(sig);
}

/* ---- host handlers ---------------------------------------------------------------------- */

/* The host kernel already merged standard signals (one thread-directed and one process-directed
 * instance at most), so every host delivery is one guest delivery. */
static void enqueue(guest_thread *t, const siginfo_t *si) {
    if (t->sigq_n >= GUEST_SIGQ_MAX) return;
    memcpy(&t->sigq[t->sigq_n], si, sizeof(guest_siginfo));
    t->sigq_n++;
}

/* A signal for a guest handler: queue it on this thread and make it leave generated code. */
static void host_async_handler(int sig, siginfo_t *si, void *uc) {
    (void)sig;
    (void)uc;
    guest_thread *t = guest_self;
    if (!t) return;
    int saved = errno;
    enqueue(t, si);
    t->cpu->exit_request = 1;
    errno = saved;
}

static void host_fault_handler(int sig, siginfo_t *si, void *uc) {
    if (si->si_code <= 0) { /* sent by kill/tgkill/sigqueue: not a fault */
        rv64_sigaction act = guest_actions[sig];
        if (act.handler == GUEST_SIG_IGN) return;
        if (act.handler == GUEST_SIG_DFL) die_with_signal(sig);
        host_async_handler(sig, si, uc);
        return;
    }
    /* a store to write-protected cached code: made again once the page is writable */
    if (cache_write_fault(si, uc)) return;
    hostfn_fault(sig); /* (does not return when a host-run C library routine faulted) */
    if (engine_guest_fault(sig, si, uc)) return; /* (does not return when it is the guest's) */
    ucontext_t *u = uc;
    char buf[128];
    int n = snprintf(buf, sizeof buf, "%s: internal error: signal %d at host pc %p\n",
                     engine_prog(), sig, (void *)u->uc_mcontext.gregs[REG_RIP]);
    if (n > 0) (void)!write(2, buf, (size_t)n);
    die_with_signal(sig);
}

static bool sync_signal(int sig) {
    return sig >= 1 && sig <= RV64_NSIG && (SYNC_SIGNALS & SIGBIT(sig));
}

/* The host disposition that implements the guest's action for sig. */
static void install_host(int sig, const rv64_sigaction *act) {
    if (sync_signal(sig) || sig == SIGKILL || sig == SIGSTOP) return;
    /* the kernel acts on these two for SIGCHLD whatever the handler (same values on both) */
    unsigned long chld = sig == SIGCHLD ? act->flags & (RV64_SA_NOCLDSTOP | RV64_SA_NOCLDWAIT) : 0;
    if (act->handler == GUEST_SIG_DFL)
        host_sigaction(sig, SIG_DFL, chld);
    else if (act->handler == GUEST_SIG_IGN)
        host_sigaction(sig, SIG_IGN, chld);
    else
        host_sigaction(sig, (void *)host_async_handler, SA_SIGINFO | SA_ONSTACK | chld);
}

void signal_init(void) {
    /* inherited across execve like the kernel does: ignored signals stay ignored */
    for (int sig = 1; sig <= RV64_NSIG; sig++) {
        struct kernel_sigaction ka;
        if (sig == SIGKILL || sig == SIGSTOP) continue;
        if (syscall(SYS_rt_sigaction, sig, NULL, &ka, 8) == 0 && ka.handler == SIG_IGN)
            guest_actions[sig].handler = GUEST_SIG_IGN;
    }
    for (int sig = 1; sig <= RV64_NSIG; sig++)
        if (sync_signal(sig))
            host_sigaction(sig, (void *)host_fault_handler, SA_SIGINFO | SA_ONSTACK | SA_NODEFER);
}

void signal_thread_init(guest_thread *t) {
    if (!t->host_altstack) {
        /* page-aligned and mapped on its own: sanitizer runtimes unmap the alternate stack they
         * find at thread exit */
        void *p = mmap(NULL, 64 * 1024, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
        t->host_altstack = p == MAP_FAILED ? NULL : p;
        if (t->host_altstack) {
            stack_t ss = {.ss_sp = t->host_altstack, .ss_size = 64 * 1024, .ss_flags = 0};
            sigaltstack(&ss, NULL);
        }
    }
}

/* ---- delivery --------------------------------------------------------------------------- */

static void make_trampoline(void) {
    if (sigreturn_tramp) return;
    int64_t a = gmem_mmap(0, GMEM_PAGE, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0,
                          "[vdso]");
    if (a < 0) return;
    const uint32_t code[2] = {0x08b00893u /* li a7, 139 */, 0x00000073u /* ecall */};
    memcpy(g2h((uint64_t)a), code, sizeof code);
    gmem_mprotect((uint64_t)a, GMEM_PAGE, PROT_READ | PROT_EXEC);
    sigreturn_tramp = (uint64_t)a;
}

static bool on_altstack(const guest_thread *t, uint64_t sp) {
    const rv64_stack *ss = &t->altstack;
    return ss->ss_size && !(ss->ss_flags & SS_DISABLE) && sp > ss->ss_sp &&
           sp - ss->ss_sp <= ss->ss_size;
}

static int altstack_flags(const guest_thread *t, uint64_t sp) {
    if (!t->altstack.ss_size || (t->altstack.ss_flags & SS_DISABLE)) return SS_DISABLE;
    return on_altstack(t, sp) ? SS_ONSTACK : 0;
}

/* Build the riscv64 rt_sigframe for sig and enter the handler. */
static void setup_frame(guest_thread *t, const guest_siginfo *info, const rv64_sigaction *act) {
    rv64_cpu *cpu = t->cpu;
    int sig = info->si_signo;
    uint64_t sp = cpu->x[2];
    int ss_flags = altstack_flags(t, sp);
    if ((act->flags & RV64_SA_ONSTACK) && ss_flags == 0)
        sp = t->altstack.ss_sp + t->altstack.ss_size;
    uint64_t frame = (sp - sizeof(rv64_rt_sigframe)) & ~15ull;
    if (!sigreturn_tramp || !gmem_check(frame, sizeof(rv64_rt_sigframe), PROT_WRITE))
        guest_die(SIGSEGV, cpu->pc, "cannot write the signal frame");

    rv64_rt_sigframe f;
    memset(&f, 0, sizeof f);
    f.info = *info;
    f.uc.uc_stack.ss_sp = t->altstack.ss_sp;
    f.uc.uc_stack.ss_size = t->altstack.ss_size;
    f.uc.uc_stack.ss_flags = ss_flags == SS_DISABLE
                                 ? SS_DISABLE
                                 : ss_flags | (t->altstack.ss_flags & RV64_SS_AUTODISARM);
    f.uc.uc_sigmask = t->has_saved_mask ? t->saved_mask : t->sigmask;
    t->has_saved_mask = false;
    f.uc.uc_mcontext.gregs[0] = cpu->pc;
    for (int r = 1; r < 32; r++)
        f.uc.uc_mcontext.gregs[r] = cpu->x[r];
    memcpy(f.uc.uc_mcontext.fpregs, cpu->f, sizeof cpu->f);
    f.uc.uc_mcontext.fcsr = (cpu->fflags & 0x1f) | (cpu->frm & 7) << 5;
    memcpy(g2h(frame), &f, sizeof f);
    if ((t->altstack.ss_flags & RV64_SS_AUTODISARM) && ss_flags == 0 &&
        (act->flags & RV64_SA_ONSTACK)) {
        t->altstack.ss_sp = 0;
        t->altstack.ss_size = 0;
        t->altstack.ss_flags = SS_DISABLE;
    }

    t->sigmask =
        (f.uc.uc_sigmask | act->mask | ((act->flags & RV64_SA_NODEFER) ? 0 : SIGBIT(sig))) &
        ~UNBLOCKABLE;
    signal_apply_mask(t);
    cpu->x[1] = sigreturn_tramp;
    cpu->x[2] = frame;
    cpu->x[10] = (uint64_t)sig;
    cpu->x[11] = frame + offsetof(rv64_rt_sigframe, info);
    cpu->x[12] = frame + offsetof(rv64_rt_sigframe, uc);
    cpu->pc = act->handler;
    engine_stat.signals++;
}

/* The action for sig, applying SA_RESETHAND for a delivery. */
static rv64_sigaction take_action(int sig) {
    pthread_mutex_lock(&actions_mu);
    rv64_sigaction act = guest_actions[sig];
    if (act.handler > GUEST_SIG_IGN && (act.flags & RV64_SA_RESETHAND)) {
        guest_actions[sig].handler = GUEST_SIG_DFL;
        guest_actions[sig].flags &= ~RV64_SA_SIGINFO;
        install_host(sig, &guest_actions[sig]);
    }
    pthread_mutex_unlock(&actions_mu);
    return act;
}

static bool default_ignored(int sig) {
    return sig == SIGCHLD || sig == SIGURG || sig == SIGWINCH || sig == SIGCONT;
}

bool signal_would_kill(guest_thread *t, int sig) {
    if (sig < 1 || sig > RV64_NSIG || default_ignored(sig) || sig == SIGSTOP || sig == SIGTSTP ||
        sig == SIGTTIN || sig == SIGTTOU)
        return false;
    if (sig != SIGKILL &&
        ((t->sigmask & SIGBIT(sig)) || guest_actions[sig].handler != GUEST_SIG_DFL))
        return false;
    return true;
}

static void deliver_one(guest_thread *t, const guest_siginfo *info) {
    int sig = info->si_signo;
    rv64_sigaction act = take_action(sig);
    if (act.handler == GUEST_SIG_IGN) return;
    if (act.handler == GUEST_SIG_DFL) {
        if (default_ignored(sig)) return;
        if (sig == SIGTSTP || sig == SIGTTIN || sig == SIGTTOU) {
            kill(getpid(), SIGSTOP);
            return;
        }
        plugin_at_exit();
        die_with_signal(sig);
    }
    setup_frame(t, info, &act);
}

/* Index of the queued signal to deliver next (lowest number not blocked), or -1. */
static int next_queued(const guest_thread *t, uint64_t blocked) {
    int best = -1;
    for (uint32_t i = 0; i < t->sigq_n; i++) {
        int s = t->sigq[i].si_signo;
        if (s < 1 || s > RV64_NSIG || (blocked & SIGBIT(s) & ~UNBLOCKABLE)) continue;
        if (best < 0 || s < t->sigq[best].si_signo) best = (int)i;
    }
    return best;
}

static bool dequeue(guest_thread *t, uint64_t blocked, guest_siginfo *out) {
    uint64_t old = block_all();
    int i = next_queued(t, blocked);
    if (i >= 0) {
        *out = t->sigq[i];
        memmove(&t->sigq[i], &t->sigq[i + 1], (t->sigq_n - (uint32_t)i - 1) * sizeof t->sigq[0]);
        t->sigq_n--;
    }
    host_setmask(old, NULL);
    return i >= 0;
}

bool signal_deliverable(guest_thread *t) {
    return next_queued(t, t->sigmask) >= 0;
}

void signal_deliver(guest_thread *t) {
    guest_siginfo info;
    while (dequeue(t, t->sigmask, &info))
        deliver_one(t, &info);
    if (t->has_saved_mask) { /* rt_sigsuspend woke for a signal that is gone: restore */
        t->sigmask = t->saved_mask;
        t->has_saved_mask = false;
        signal_apply_mask(t);
    }
}

void signal_raise_sync(guest_thread *t, int sig, int code, uint64_t addr) {
    guest_siginfo info;
    memset(&info, 0, sizeof info);
    info.si_signo = sig;
    info.si_code = code;
    memcpy(info.fields, &addr, 8); /* si_addr */
    rv64_sigaction act = guest_actions[sig];
    if (act.handler > GUEST_SIG_IGN && !(t->sigmask & SIGBIT(sig))) {
        act = take_action(sig);
        setup_frame(t, &info, &act);
        return;
    }
    /* ignored or blocked synchronous signals kill, as the kernel forces them */
    char detail[64];
    if (sig == SIGILL)
        snprintf(detail, sizeof detail, "illegal instruction 0x%08" PRIx32, engine_insn_bits(addr));
    else if (sig == SIGTRAP)
        snprintf(detail, sizeof detail, "ebreak");
    else
        snprintf(detail, sizeof detail, "fault address 0x%" PRIx64, addr);
    guest_die(sig, t->cpu->pc, detail);
}

/* Calls the kernel restarts after a handler with SA_RESTART (signal(7)); the others (poll,
 * select, epoll_wait, nanosleep, sigsuspend, sigtimedwait, ...) fail with EINTR. */
static bool restartable(int nr) {
    switch (nr) {
    case 25:  /* fcntl (F_SETLKW) */
    case 29:  /* ioctl */
    case 32:  /* flock */
    case 47:  /* fallocate */
    case 56:  /* openat (FIFOs) */
    case 63:  /* read */
    case 64:  /* write */
    case 65:  /* readv */
    case 66:  /* writev */
    case 67:  /* pread64 */
    case 68:  /* pwrite64 */
    case 69:  /* preadv */
    case 70:  /* pwritev */
    case 71:  /* sendfile */
    case 76:  /* splice */
    case 77:  /* tee */
    case 95:  /* waitid */
    case 98:  /* futex */
    case 202: /* accept */
    case 203: /* connect */
    case 206: /* sendto */
    case 207: /* recvfrom */
    case 211: /* sendmsg */
    case 212: /* recvmsg */
    case 242: /* accept4 */
    case 243: /* recvmmsg */
    case 260: /* wait4 */
    case 269: /* sendmmsg */
    case 278: /* getrandom */
    case 285: /* copy_file_range */ return true;
    default: return false;
    }
}

bool signal_should_restart(guest_thread *t, int nr) {
    int i = next_queued(t, t->sigmask);
    if (i < 0) return false;
    int sig = t->sigq[i].si_signo;
    const rv64_sigaction *act = &guest_actions[sig];
    if (act->handler <= GUEST_SIG_IGN) return restartable(nr);
    return (act->flags & RV64_SA_RESTART) && restartable(nr);
}

/* ---- syscalls ------------------------------------------------------------------------- */

static guest_thread *self_of(rv64_cpu *cpu) {
    return cpu->runtime ? cpu->runtime : thread_register(cpu);
}

const rv64_sigaction *syscall_guest_sigaction(int sig) {
    return sig >= 1 && sig <= RV64_NSIG ? &guest_actions[sig] : NULL;
}

uint64_t syscall_guest_sigmask(void) {
    return guest_self ? guest_self->sigmask : 0;
}

const rv64_stack *syscall_guest_sigaltstack(void) {
    static const rv64_stack none = {.ss_flags = SS_DISABLE};
    return guest_self ? &guest_self->altstack : &none;
}

SYSCALL_DEFINE(rt_sigaction) {
    int sig = (int)a[0];
    if (a[3] != 8 || sig < 1 || sig > RV64_NSIG) return -EINVAL;
    rv64_sigaction act;
    if (a[1]) {
        if (sig == SIGKILL || sig == SIGSTOP) return -EINVAL;
        if (!copy_from_guest(&act, a[1], sizeof act)) return -EFAULT;
    }
    pthread_mutex_lock(&actions_mu);
    rv64_sigaction old = guest_actions[sig];
    if (a[1]) {
        act.mask &= ~UNBLOCKABLE;
        if (act.handler > GUEST_SIG_IGN) make_trampoline();
        guest_actions[sig] = act;
        install_host(sig, &act);
    }
    pthread_mutex_unlock(&actions_mu);
    if (a[2] && !copy_to_guest(a[2], &old, sizeof old)) return -EFAULT;
    return 0;
}

SYSCALL_DEFINE(rt_sigprocmask) {
    guest_thread *t = self_of(cpu);
    int how = (int)a[0];
    if (a[3] != 8) return -EINVAL;
    uint64_t set = 0, old = t->sigmask;
    if (a[1] && !copy_from_guest(&set, a[1], sizeof set)) return -EFAULT;
    if (a[1] && how != SIG_BLOCK && how != SIG_UNBLOCK && how != SIG_SETMASK) return -EINVAL;
    if (a[2] && !copy_to_guest(a[2], &old, sizeof old)) return -EFAULT;
    if (a[1]) {
        if (how == SIG_BLOCK)
            t->sigmask |= set;
        else if (how == SIG_UNBLOCK)
            t->sigmask &= ~set;
        else
            t->sigmask = set;
        t->sigmask &= ~UNBLOCKABLE;
        signal_apply_mask(t);
        if (signal_deliverable(t)) cpu->exit_request = 1;
    }
    return 0;
}

SYSCALL_DEFINE(rt_sigpending) {
    guest_thread *t = self_of(cpu);
    if (a[1] > 8) return -EINVAL;
    uint64_t host = 0, pending = 0;
    syscall(SYS_rt_sigpending, &host, 8);
    for (uint32_t i = 0; i < t->sigq_n; i++)
        pending |= SIGBIT(t->sigq[i].si_signo);
    pending = (pending | host) & t->sigmask;
    return copy_to_guest(a[0], &pending, a[1]) ? 0 : -EFAULT;
}

SYSCALL_DEFINE(rt_sigsuspend) {
    guest_thread *t = self_of(cpu);
    uint64_t set;
    if (a[1] != 8) return -EINVAL;
    if (!copy_from_guest(&set, a[0], 8)) return -EFAULT;
    set &= ~UNBLOCKABLE;
    uint64_t host_old = block_all();
    (void)host_old;
    t->saved_mask = t->sigmask;
    t->has_saved_mask = true;
    t->sigmask = set;
    if (next_queued(t, set) < 0) {
        uint64_t hm = host_mask_of(set);
        syscall(SYS_rt_sigsuspend, &hm, 8); /* returns after a host handler queued a signal */
    }
    signal_apply_mask(t);
    cpu->exit_request = 1;
    return -EINTR;
}

SYSCALL_DEFINE(rt_sigtimedwait) {
    guest_thread *t = self_of(cpu);
    uint64_t set;
    if (a[3] != 8) return -EINVAL;
    if (!copy_from_guest(&set, a[0], 8)) return -EFAULT;
    bool ok = true;
    void *info = guest_opt(a[1], sizeof(guest_siginfo), PROT_WRITE, &ok);
    const void *timeout = guest_opt(a[2], sizeof(struct timespec), PROT_READ, &ok);
    if (!ok) return -EFAULT;
    set &= ~UNBLOCKABLE;
    guest_siginfo si;
    if (dequeue(t, ~set, &si)) {
        if (info) memcpy(info, &si, sizeof si);
        return si.si_signo;
    }
    uint64_t hs = host_mask_of(set) | (set & SYNC_SIGNALS);
    siginfo_t hi;
    long r = syscall(SYS_rt_sigtimedwait, &hs, &hi, timeout, 8);
    if (r < 0) return -errno;
    if (info) memcpy(info, &hi, sizeof(guest_siginfo));
    return r;
}

SYSCALL_DEFINE(rt_sigreturn) {
    guest_thread *t = self_of(cpu);
    uint64_t frame = cpu->x[2];
    rv64_rt_sigframe f;
    if (!copy_from_guest(&f, frame, sizeof f)) guest_die(SIGSEGV, cpu->pc, "bad signal frame");
    for (int r = 1; r < 32; r++)
        cpu->x[r] = f.uc.uc_mcontext.gregs[r];
    memcpy(cpu->f, f.uc.uc_mcontext.fpregs, sizeof cpu->f);
    cpu->fflags = f.uc.uc_mcontext.fcsr & 0x1f;
    cpu->frm = (f.uc.uc_mcontext.fcsr >> 5) & 7;
    t->sigmask = f.uc.uc_sigmask & ~UNBLOCKABLE;
    signal_apply_mask(t);
    /* restore_altstack: ignored while running on the alternate stack */
    if (!on_altstack(t, cpu->x[2])) {
        rv64_stack ss = f.uc.uc_stack;
        int mode = ss.ss_flags & ~(int)RV64_SS_AUTODISARM;
        if (mode == SS_DISABLE) {
            t->altstack = (rv64_stack){.ss_flags = SS_DISABLE};
        } else if ((mode == 0 || mode == SS_ONSTACK) && ss.ss_size >= RV64_MINSIGSTKSZ) {
            ss.ss_flags &= (int)RV64_SS_AUTODISARM;
            ss.pad = 0;
            t->altstack = ss;
        }
    }
    if (signal_deliverable(t)) cpu->exit_request = 1;
    cpu->pc = f.uc.uc_mcontext.gregs[0] - 4; /* the dispatcher adds 4 after every ecall */
    return (int64_t)f.uc.uc_mcontext.gregs[10];
}

SYSCALL_DEFINE(sigaltstack) {
    guest_thread *t = self_of(cpu);
    rv64_stack ss, old = t->altstack;
    old.ss_flags = altstack_flags(t, cpu->x[2]) | (t->altstack.ss_flags & RV64_SS_AUTODISARM);
    if (old.ss_flags & SS_DISABLE) old = (rv64_stack){.ss_flags = SS_DISABLE};
    if (a[0]) {
        if (!copy_from_guest(&ss, a[0], sizeof ss)) return -EFAULT;
        if (on_altstack(t, cpu->x[2])) return -EPERM;
        int mode = ss.ss_flags & ~(int)RV64_SS_AUTODISARM;
        if (mode != 0 && mode != SS_DISABLE && mode != SS_ONSTACK) return -EINVAL;
        if (mode == SS_DISABLE) {
            ss.ss_sp = 0;
            ss.ss_size = 0;
        } else if (ss.ss_size < RV64_MINSIGSTKSZ) {
            return -ENOMEM;
        }
        ss.ss_flags &= ~SS_ONSTACK; /* accepted as 0 for compatibility, like the kernel */
        ss.pad = 0;
    }
    if (a[1] && !copy_to_guest(a[1], &old, sizeof old)) return -EFAULT;
    if (a[0]) t->altstack = ss;
    return 0;
}

/* Signals to processes and threads pass through: the guest's pids and tids are the host's. */
SYSCALL_DEFINE(kill) {
    return HOST(kill((pid_t)a[0], (int)a[1]));
}
SYSCALL_DEFINE(tkill) {
    return HOST(syscall(SYS_tkill, (pid_t)a[0], (int)a[1]));
}
SYSCALL_DEFINE(tgkill) {
    return HOST(syscall(SYS_tgkill, (pid_t)a[0], (pid_t)a[1], (int)a[2]));
}
SYSCALL_DEFINE(rt_sigqueueinfo) {
    guest_siginfo si;
    if (!copy_from_guest(&si, a[2], sizeof si)) return -EFAULT;
    return HOST(syscall(SYS_rt_sigqueueinfo, (pid_t)a[0], (int)a[1], &si));
}
SYSCALL_DEFINE(rt_tgsigqueueinfo) {
    guest_siginfo si;
    if (!copy_from_guest(&si, a[3], sizeof si)) return -EFAULT;
    return HOST(syscall(SYS_rt_tgsigqueueinfo, (pid_t)a[0], (pid_t)a[1], (int)a[2], &si));
}

/* Interval timers and POSIX timers: struct itimerval, itimerspec and sigevent have the same
 * layout on riscv64 and x86-64; the signals they raise reach the guest through the host. */
SYSCALL_DEFINE(getitimer) {
    void *cur = guest_buf(a[1], sizeof(struct itimerval), PROT_WRITE);
    return cur ? HOST(syscall(SYS_getitimer, (int)a[0], cur)) : -EFAULT;
}
SYSCALL_DEFINE(setitimer) {
    bool ok = true;
    const void *nv = guest_opt(a[1], sizeof(struct itimerval), PROT_READ, &ok);
    void *ov = guest_opt(a[2], sizeof(struct itimerval), PROT_WRITE, &ok);
    return ok ? HOST(syscall(SYS_setitimer, (int)a[0], nv, ov)) : -EFAULT;
}
SYSCALL_DEFINE(timer_create) {
    bool ok = true;
    void *sev = guest_opt(a[1], 64, PROT_READ, &ok);
    void *id = guest_buf(a[2], sizeof(int), PROT_WRITE);
    if (!ok || !id) return -EFAULT;
    return HOST(syscall(SYS_timer_create, (clockid_t)a[0], sev, id));
}
SYSCALL_DEFINE(timer_settime) {
    bool ok = true;
    const void *nv = guest_buf(a[2], sizeof(struct itimerspec), PROT_READ);
    void *ov = guest_opt(a[3], sizeof(struct itimerspec), PROT_WRITE, &ok);
    if (!ok || !nv) return -EFAULT;
    return HOST(syscall(SYS_timer_settime, (int)a[0], (int)a[1], nv, ov));
}
SYSCALL_DEFINE(timer_gettime) {
    void *cur = guest_buf(a[1], sizeof(struct itimerspec), PROT_WRITE);
    return cur ? HOST(syscall(SYS_timer_gettime, (int)a[0], cur)) : -EFAULT;
}
SYSCALL_DEFINE(timer_getoverrun) {
    return HOST(syscall(SYS_timer_getoverrun, (int)a[0]));
}
SYSCALL_DEFINE(timer_delete) {
    return HOST(syscall(SYS_timer_delete, (int)a[0]));
}
