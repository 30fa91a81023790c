/*
 * signal.c - the guest signal layer.
 */
#define _GNU_SOURCE
#include <errno.h>
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <sys/syscall.h>
#include <unistd.h>

#include "gmem.h"
#include "syscall.h"
#include "syscall_internal.h"
#include "syscall_util.h"

/* -- signals -- */

static rv64_sigaction guest_actions[RV64_NSIG + 1];
static uint64_t guest_mask;
static rv64_stack guest_altstack = {.ss_flags = SS_DISABLE};

#define SIGBIT(sig)        (1ull << ((sig)-1))
#define RV64_SS_AUTODISARM (1 << 31) /* asm-generic values, same as the host's */
#define RV64_MINSIGSTKSZ   2048
#define UNBLOCKABLE        (SIGBIT(SIGKILL) | SIGBIT(SIGSTOP))

const rv64_sigaction *syscall_guest_sigaction(int sig) {
    return sig >= 1 && sig <= RV64_NSIG ? &guest_actions[sig] : NULL;
}

uint64_t syscall_guest_sigmask(void) {
    return guest_mask;
}

const rv64_stack *syscall_guest_sigaltstack(void) {
    return &guest_altstack;
}

/* Signals the runtime handles itself (faults of generated code); their host disposition is never
 * touched by the guest. Real-time signals are left alone too (glibc reserves some on the host). */
static bool host_owned_signal(int sig) {
    return sig == SIGSEGV || sig == SIGBUS || sig == SIGILL || sig == SIGFPE || sig == SIGTRAP ||
           sig >= 32;
}

SYSCALL_DEFINE(rt_sigaction) {
    int sig = (int)a[0];
    if (a[3] != 8 || sig < 1 || sig > RV64_NSIG) return -EINVAL;
    rv64_sigaction act;
    if (a[1]) {
        if (sig == SIGKILL || sig == SIGSTOP) return -EINVAL;
        if (!copy_from_guest(&act, a[1], sizeof act)) return -EFAULT;
    }
    if (a[2] && !copy_to_guest(a[2], &guest_actions[sig], sizeof act)) return -EFAULT;
    if (a[1]) {
        act.mask &= ~UNBLOCKABLE;
        guest_actions[sig] = act;
        if (!host_owned_signal(sig))
            signal(sig, act.handler == (uint64_t)(uintptr_t)SIG_IGN ? SIG_IGN : SIG_DFL);
    }
    return 0;
}

SYSCALL_DEFINE(rt_sigprocmask) {
    int how = (int)a[0];
    if (a[3] != 8) return -EINVAL;
    uint64_t set = 0, old = guest_mask;
    if (a[1] && !copy_from_guest(&set, a[1], sizeof set)) return -EFAULT;
    if (a[1] && how != SIG_BLOCK && how != SIG_UNBLOCK && how != SIG_SETMASK) return -EINVAL;
    if (a[2] && !copy_to_guest(a[2], &old, sizeof old)) return -EFAULT;
    if (a[1]) {
        if (how == SIG_BLOCK)
            guest_mask |= set;
        else if (how == SIG_UNBLOCK)
            guest_mask &= ~set;
        else
            guest_mask = set;
        guest_mask &= ~UNBLOCKABLE;
    }
    return 0;
}

SYSCALL_DEFINE(rt_sigpending) {
    uint64_t pending = 0; /* nothing is queued for the guest until signals are delivered */
    if (a[1] > 8) return -EINVAL;
    return copy_to_guest(a[0], &pending, a[1]) ? 0 : -EFAULT;
}

SYSCALL_DEFINE(sigaltstack) {
    rv64_stack ss, old = guest_altstack;
    if (a[0]) {
        if (!copy_from_guest(&ss, a[0], sizeof ss)) return -EFAULT;
        int mode = ss.ss_flags & ~RV64_SS_AUTODISARM;
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
    if (a[0]) guest_altstack = ss;
    return 0;
}

/* Signals to processes and threads pass through: the guest's pids and tids are the host's. An
 * abort() (SIGABRT to itself with the default action) ends the process as it would natively. */
SYSCALL_DEFINE(kill) {
    return HOST(kill((pid_t)a[0], (int)a[1]));
}
SYSCALL_DEFINE(tkill) {
    return HOST(syscall(SYS_tkill, (pid_t)a[0], (int)a[1]));
}
SYSCALL_DEFINE(tgkill) {
    return HOST(syscall(SYS_tgkill, (pid_t)a[0], (pid_t)a[1], (int)a[2]));
}

