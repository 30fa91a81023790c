/*
 * syscall_util.h - what every file implementing riscv64 syscall handlers shares: checked access to
 * guest memory, the host-result convention and the handler signature.
 *
 * Handlers live in runtime/syscall*.c (and runtime/signal.c, runtime/thread.c); each is named
 * sys_<name> after its row in syscall_tab.h. A handler defined outside syscall.c is declared with
 * SYSCALL_DECL in the list at the end of this file so the table in syscall.c can refer to it.
 */
#ifndef RECOMP_SYSCALL_UTIL_H
#define RECOMP_SYSCALL_UTIL_H

#include <errno.h>
#include <stdbool.h>
#include <stdint.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/uio.h>

#include "gmem.h"
#include "rv64_cpu.h"

/* ---- Guest memory access ----------------------------------------------------------------- */

/* Host pointer for the guest range [addr, addr + len) if it is mapped with at least `prot`, else
 * NULL. A zero-length range is never touched, so it needs no check. */
static inline void *guest_buf(uint64_t addr, uint64_t len, int prot) {
    if (len == 0) return addr < RECOMP_GUEST_SPACE ? g2h(addr) : guest_base; /* never touched */
    if (addr + len < addr || addr >= RECOMP_GUEST_SPACE || !gmem_check(addr, len, prot))
        return NULL;
    return g2h(addr);
}

/* Same for an optional pointer (NULL guest pointer -> host NULL, *ok stays true). */
static inline void *guest_opt(uint64_t addr, uint64_t len, int prot, bool *ok) {
    if (addr == 0) return NULL;
    void *h = guest_buf(addr, len, prot);
    if (!h) *ok = false;
    return h;
}

static inline bool copy_to_guest(uint64_t addr, const void *src, size_t len) {
    void *dst = guest_buf(addr, len, PROT_WRITE);
    if (!dst) return false;
    memcpy(dst, src, len);
    return true;
}

static inline bool copy_from_guest(void *dst, uint64_t addr, size_t len) {
    const void *src = guest_buf(addr, len, PROT_READ);
    if (!src) return false;
    memcpy(dst, src, len);
    return true;
}

/* Host result: -1/errno from libc or syscall(2) becomes -errno. */
static inline int64_t host_result(long r) {
    return r == -1 ? -(int64_t)errno : (int64_t)r;
}
#define HOST(call) host_result((long)(call))

/* Translate a guest iovec array of `count` entries (16 bytes each, the same layout on both
 * ABIs); each buffer must allow `prot` (PROT_WRITE for reads into it). */
static inline int64_t guest_iovec(uint64_t addr, uint64_t count, int prot, struct iovec *out) {
    if (count > 1024) /* UIO_MAXIOV */
        return -EINVAL;
    if (count && !guest_buf(addr, count * 16, PROT_READ)) return -EFAULT;
    for (uint64_t i = 0; i < count; i++) {
        uint64_t g[2];
        if (!copy_from_guest(g, addr + 16 * i, sizeof g)) return -EFAULT;
        if ((int64_t)g[1] < 0) return -EINVAL;
        out[i].iov_base = guest_buf(g[0], g[1], prot);
        out[i].iov_len = g[1];
        if (!out[i].iov_base) return -EFAULT;
    }
    return 0;
}

/* a[0..5] are the guest's a0..a5. Every handler returns a value or -errno. */
#define SYSCALL_DEFINE(name)                                                                       \
    int64_t sys_##name(rv64_cpu *cpu __attribute__((unused)),                                      \
                       const uint64_t *a __attribute__((unused)))
#define SYSCALL_DECL(name) int64_t sys_##name(rv64_cpu *cpu, const uint64_t *a)

/* Handlers defined outside syscall.c (one line each). */
/* runtime/signal.c */
SYSCALL_DECL(rt_sigaction);
SYSCALL_DECL(rt_sigprocmask);
SYSCALL_DECL(rt_sigpending);
SYSCALL_DECL(sigaltstack);
SYSCALL_DECL(kill);
SYSCALL_DECL(tkill);
SYSCALL_DECL(tgkill);
SYSCALL_DECL(rt_sigsuspend);
SYSCALL_DECL(rt_sigtimedwait);
SYSCALL_DECL(rt_sigqueueinfo);
SYSCALL_DECL(rt_sigreturn);
SYSCALL_DECL(rt_tgsigqueueinfo);
SYSCALL_DECL(getitimer);
SYSCALL_DECL(setitimer);
SYSCALL_DECL(timer_create);
SYSCALL_DECL(timer_gettime);
SYSCALL_DECL(timer_getoverrun);
SYSCALL_DECL(timer_settime);
SYSCALL_DECL(timer_delete);
/* runtime/thread.c */
SYSCALL_DECL(exit);
SYSCALL_DECL(exit_group);
SYSCALL_DECL(set_tid_address);
SYSCALL_DECL(set_robust_list);
SYSCALL_DECL(clone);
SYSCALL_DECL(clone3);
SYSCALL_DECL(execve);
SYSCALL_DECL(wait4);
SYSCALL_DECL(waitid);
SYSCALL_DECL(setuid);
SYSCALL_DECL(setgid);
SYSCALL_DECL(setreuid);
SYSCALL_DECL(setregid);
SYSCALL_DECL(setresuid);
SYSCALL_DECL(setresgid);
SYSCALL_DECL(setfsuid);
SYSCALL_DECL(setfsgid);
SYSCALL_DECL(setgroups);
SYSCALL_DECL(sched_getscheduler);
SYSCALL_DECL(sched_setscheduler);
SYSCALL_DECL(sched_getparam);
SYSCALL_DECL(sched_setparam);
SYSCALL_DECL(sched_get_priority_max);
SYSCALL_DECL(sched_get_priority_min);
SYSCALL_DECL(sched_rr_get_interval);
SYSCALL_DECL(get_robust_list);
/* runtime/syscall_io.c */
SYSCALL_DECL(pselect6);
SYSCALL_DECL(epoll_create1);
SYSCALL_DECL(epoll_ctl);
SYSCALL_DECL(epoll_pwait);
SYSCALL_DECL(epoll_pwait2);
SYSCALL_DECL(eventfd2);
SYSCALL_DECL(timerfd_create);
SYSCALL_DECL(timerfd_settime);
SYSCALL_DECL(timerfd_gettime);
SYSCALL_DECL(signalfd4);
SYSCALL_DECL(inotify_init1);
SYSCALL_DECL(inotify_add_watch);
SYSCALL_DECL(inotify_rm_watch);
SYSCALL_DECL(memfd_create);
SYSCALL_DECL(socket);
SYSCALL_DECL(socketpair);
SYSCALL_DECL(bind);
SYSCALL_DECL(connect);
SYSCALL_DECL(listen);
SYSCALL_DECL(accept);
SYSCALL_DECL(accept4);
SYSCALL_DECL(getsockname);
SYSCALL_DECL(getpeername);
SYSCALL_DECL(sendto);
SYSCALL_DECL(recvfrom);
SYSCALL_DECL(shutdown);
SYSCALL_DECL(setsockopt);
SYSCALL_DECL(getsockopt);
SYSCALL_DECL(sendmsg);
SYSCALL_DECL(recvmsg);
SYSCALL_DECL(sendmmsg);
SYSCALL_DECL(recvmmsg);
SYSCALL_DECL(splice);
SYSCALL_DECL(copy_file_range);
SYSCALL_DECL(tee);
SYSCALL_DECL(vmsplice);
SYSCALL_DECL(preadv2);
SYSCALL_DECL(pwritev2);
SYSCALL_DECL(flock);
SYSCALL_DECL(fallocate);
SYSCALL_DECL(sync);
SYSCALL_DECL(syncfs);
SYSCALL_DECL(sync_file_range);
SYSCALL_DECL(readahead);
SYSCALL_DECL(fadvise64);
SYSCALL_DECL(mknodat);
SYSCALL_DECL(ioprio_set);
SYSCALL_DECL(ioprio_get);
SYSCALL_DECL(setxattr);
SYSCALL_DECL(lsetxattr);
SYSCALL_DECL(fsetxattr);
SYSCALL_DECL(getxattr);
SYSCALL_DECL(lgetxattr);
SYSCALL_DECL(fgetxattr);
SYSCALL_DECL(listxattr);
SYSCALL_DECL(llistxattr);
SYSCALL_DECL(flistxattr);
SYSCALL_DECL(removexattr);
SYSCALL_DECL(lremovexattr);
SYSCALL_DECL(fremovexattr);
SYSCALL_DECL(mlock);
SYSCALL_DECL(mlock2);
SYSCALL_DECL(munlock);
SYSCALL_DECL(mlockall);
SYSCALL_DECL(munlockall);
SYSCALL_DECL(mincore);
SYSCALL_DECL(msync);

#endif
