/*
 * syscall_io.c - the riscv64 syscalls of event-driven and networked programs: select/epoll,
 * eventfd/timerfd/signalfd/inotify/memfd, sockets and their messages, splice and friends, file
 * space and sync calls, extended attributes, I/O priorities and memory locking.
 *
 * Design (same conventions as runtime/syscall.c):
 *  - The host kernel does the work. File descriptors, pids and the flag/constant values (SOCK_*,
 *    MSG_*, SOL_SOCKET options, EPOLL*, TFD_*, IN_*, SPLICE_F_*, MFD_*) are identical on riscv64
 *    and x86-64 (both use the asm-generic values), so they pass through unchanged.
 *  - Every guest pointer is checked against the guest mappings (guest_buf) and answers -EFAULT;
 *    a checked buffer is handed to the host kernel in place, with no bounce copy.
 *  - Structures with the same layout pass through: sockaddr_*, iovec, cmsghdr and the control
 *    data (SCM_RIGHTS fds are host fds, SCM_CREDENTIALS pids/uids are host ids), itimerspec,
 *    signalfd_siginfo, inotify_event, linger, timeval/timespec, sock_filter.
 *  - Converted explicitly: struct epoll_event (16 bytes on riscv64, packed 12 on x86-64), and the
 *    structures that embed guest pointers, rebuilt with host pointers: msghdr/mmsghdr (name,
 *    iovec array, control buffer), the iovec arrays of vmsplice/preadv2/pwritev2, pselect6's
 *    {sigset pointer, size} pair and setsockopt's struct sock_fprog.
 *  - Temporary signal masks (pselect6, epoll_pwait*) follow the kernel on top of the guest signal
 *    layer (runtime/signal.c): the host call installs the mask atomically, a guest signal that
 *    interrupts the call is delivered with the temporary mask in force and the guest's own mask
 *    returns when its handler does (guest_thread.has_saved_mask, as for rt_sigsuspend).
 *  - Paths that are only looked up (inotify_add_watch, getxattr, listxattr) go through the
 *    sysroot like open/stat in syscall.c; paths that create or change things (mknodat, setxattr,
 *    removexattr) are used as they are.
 *  - Blocking calls simply block in the host kernel; EINTR and restarts are the dispatcher's.
 */
#define _GNU_SOURCE
#include "syscall_io.h"

#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <linux/filter.h>
#include <signal.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <sys/epoll.h>
#include <sys/file.h>
#include <sys/mman.h>
#include <sys/socket.h>
#include <sys/syscall.h>
#include <sys/uio.h>
#include <time.h>
#include <unistd.h>

#include "gmem.h"
#include "guest.h"
#include "syscall_util.h"
#include "sysroot.h"

#define IO_UIO_MAXIOV     1024  /* the kernel's UIO_MAXIOV: iovec and mmsghdr array limit */
#define IO_XATTR_SIZE_MAX 65536 /* XATTR_SIZE_MAX and XATTR_LIST_MAX */
#define IO_SOCKADDR_MAX   128   /* sizeof(struct sockaddr_storage) */
#define IO_EPOLL_BATCH    1024  /* events fetched per epoll_pwait (fewer than asked is valid) */

_Static_assert(sizeof(struct sockaddr_storage) == IO_SOCKADDR_MAX, "sockaddr_storage");
_Static_assert(sizeof(struct itimerspec) == 32, "itimerspec");
_Static_assert(sizeof(struct sock_fprog) == 16 && sizeof(struct sock_filter) == 8, "sock_fprog");
_Static_assert(sizeof(struct ucred) == 12, "ucred");
_Static_assert(SOCK_NONBLOCK == 04000 && SOCK_CLOEXEC == 02000000, "socket type flags");
_Static_assert(SOL_SOCKET == 1 && SO_ATTACH_FILTER == 26 && SO_ATTACH_REUSEPORT_CBPF == 51 &&
                   SCM_RIGHTS == 1 && SCM_CREDENTIALS == 2 && SO_PASSCRED == 16,
               "asm-generic socket options");
_Static_assert(EPOLL_CTL_ADD == 1 && EPOLL_CTL_DEL == 2 && EPOLL_CTL_MOD == 3, "epoll ops");
_Static_assert(MCL_CURRENT == 1 && MCL_FUTURE == 2 && MCL_ONFAULT == 4, "mlockall flags");

/* ---- Converters ------------------------------------------------------------------------------ */

void syscall_epoll_event_to_host(const rv64_epoll_event *g, struct epoll_event *h) {
    memset(h, 0, sizeof *h);
    h->events = g->events;
    h->data.u64 = g->data;
}

void syscall_epoll_event_to_rv64(const struct epoll_event *h, rv64_epoll_event *g) {
    memset(g, 0, sizeof *g);
    g->events = h->events;
    g->data = h->data.u64;
}

#define SIGBIT(sig) (1ull << ((sig)-1))

uint64_t syscall_io_host_sigmask(uint64_t guest_mask) {
    const uint64_t keep = SIGBIT(SIGKILL) | SIGBIT(SIGSTOP) | SIGBIT(SIGSEGV) | SIGBIT(SIGBUS) |
                          SIGBIT(SIGILL) | SIGBIT(SIGFPE) | SIGBIT(SIGTRAP);
    return guest_mask & ~keep;
}

/* ---- Helpers --------------------------------------------------------------------------------- */

/* A NUL-terminated guest string shorter than `max`, used in place. */
static int64_t io_str(uint64_t addr, uint64_t max, const char **out) {
    int64_t n = gmem_strlen(addr);
    if (n < 0) return -EFAULT;
    if ((uint64_t)n >= max) return -ENAMETOOLONG;
    *out = g2h(addr);
    return 0;
}

static int64_t io_path(uint64_t addr, const char **out) {
    return io_str(addr, PATH_MAX, out);
}

/* A path that is looked up: an absolute one is taken from the sysroot if it exists there
 * (sysroot.h). buf holds the rewritten path (PATH_MAX bytes). */
static int64_t io_lookup(uint64_t addr, const char **out, char *buf) {
    int64_t r = io_path(addr, out);
    if (r == 0) *out = sysroot_path(*out, buf, PATH_MAX);
    return r;
}

/* ---- Temporary signal masks ------------------------------------------------------------------ */

#define UNBLOCKABLE (SIGBIT(SIGKILL) | SIGBIT(SIGSTOP))

/* Read the optional guest sigset (pointer + size); when there is one, make it the thread's guest
 * mask for the call. Every host signal is blocked until the host call installs its mask
 * atomically, so a signal arriving in between stays pending for the call to see. */
int64_t syscall_io_tmpmask_begin(rv64_cpu *cpu, uint64_t addr, uint64_t size,
                                 syscall_io_tmpmask *m) {
    memset(m, 0, sizeof *m);
    if (!addr) return 0;
    if (size != 8) return -EINVAL;
    uint64_t mask;
    if (!copy_from_guest(&mask, addr, sizeof mask)) return -EFAULT;
    guest_thread *t = cpu->runtime ? cpu->runtime : thread_register(cpu);
    uint64_t all = syscall_io_host_sigmask(~0ull); /* the runtime's fault signals stay open */
    syscall(SYS_rt_sigprocmask, SIG_SETMASK, &all, NULL, (size_t)8);
    t->saved_mask = t->sigmask;
    t->has_saved_mask = true;
    t->sigmask = mask & ~UNBLOCKABLE;
    m->active = true;
    m->queued = signal_deliverable(t);
    m->host = syscall_io_host_sigmask(t->sigmask);
    m->t = t;
    return 0;
}

/* After the host call: as the kernel does, a call interrupted by a signal the guest now takes
 * keeps the temporary mask until the signal is delivered (the dispatcher restores the saved mask
 * after setting up the handler); any other result restores the guest's mask at once. */
int64_t syscall_io_tmpmask_end(rv64_cpu *cpu, syscall_io_tmpmask *m, int64_t r) {
    if (!m->active) return r;
    guest_thread *t = m->t;
    if (m->queued && r == 0) r = -EINTR;
    if (r == -EINTR && signal_deliverable(t)) {
        cpu->exit_request = 1;
    } else {
        t->sigmask = t->saved_mask;
        t->has_saved_mask = false;
    }
    signal_apply_mask(t);
    return r;
}

/* The page-aligned guest range covering [addr, addr + len) must be mapped (any protection), as
 * the kernel's memory-locking calls require; -ENOMEM otherwise. */
static int64_t io_mapped_range(uint64_t addr, uint64_t len) {
    uint64_t start = addr & ~(GMEM_PAGE - 1);
    uint64_t end = addr + len;
    if (end < addr) return -ENOMEM;
    end = (end + GMEM_PAGE - 1) & ~(GMEM_PAGE - 1);
    if (end == start) return 0;
    return gmem_check(start, end - start, PROT_NONE) ? 0 : -ENOMEM;
}

/* ---- Polling --------------------------------------------------------------------------------- */

SYSCALL_DEFINE(pselect6) {
    int nfds = (int)a[0];
    if (nfds < 0) return -EINVAL;
    uint64_t set_bytes = ((uint64_t)nfds + 63) / 64 * 8;
    bool ok = true;
    void *in = guest_opt(a[1], set_bytes, PROT_READ | PROT_WRITE, &ok);
    void *out = guest_opt(a[2], set_bytes, PROT_READ | PROT_WRITE, &ok);
    void *ex = guest_opt(a[3], set_bytes, PROT_READ | PROT_WRITE, &ok);
    struct timespec *timeout = guest_opt(a[4], sizeof(struct timespec), PROT_READ, &ok);
    if (!ok) return -EFAULT;
    /* The 6th argument points at { const sigset_t *ss; size_t ss_len }, both guest values. */
    uint64_t mask_arg[2] = {0, 0};
    if (a[5] && !copy_from_guest(mask_arg, a[5], sizeof mask_arg)) return -EFAULT;
    syscall_io_tmpmask m;
    int64_t r = syscall_io_tmpmask_begin(cpu, mask_arg[0], mask_arg[1], &m);
    if (r) return r;
    struct {
        const uint64_t *ss;
        size_t ss_len;
    } host_arg = {m.active ? &m.host : NULL, 8};
    struct timespec zero = {0, 0};
    r = HOST(syscall(SYS_pselect6, nfds, in, out, ex, m.queued ? &zero : timeout,
                     a[5] ? &host_arg : NULL));
    return syscall_io_tmpmask_end(cpu, &m, r);
}

/* -- epoll -- */

SYSCALL_DEFINE(epoll_create1) {
    return HOST(epoll_create1((int)a[0]));
}

SYSCALL_DEFINE(epoll_ctl) {
    int op = (int)a[1];
    struct epoll_event ev, *evp = NULL;
    if (op != EPOLL_CTL_DEL) { /* DEL ignores the event, as in the kernel */
        rv64_epoll_event g;
        if (!copy_from_guest(&g, a[3], sizeof g)) return -EFAULT;
        syscall_epoll_event_to_host(&g, &ev);
        evp = &ev;
    }
    return HOST(epoll_ctl((int)a[0], op, (int)a[2], evp));
}

/* epoll_pwait and epoll_pwait2: collect host events, convert them into the guest array.
 * `timeout` is the host argument (milliseconds or a timespec pointer), `no_wait` its value for
 * polling without waiting. */
static int64_t epoll_wait_common(rv64_cpu *cpu, const uint64_t *a, long nr, long timeout,
                                 long no_wait) {
    int maxevents = (int)a[2];
    if (maxevents <= 0 || (uint64_t)maxevents > INT_MAX / sizeof(rv64_epoll_event)) return -EINVAL;
    if (!guest_buf(a[1], (uint64_t)maxevents * sizeof(rv64_epoll_event), PROT_WRITE))
        return -EFAULT;
    syscall_io_tmpmask m;
    int64_t r = syscall_io_tmpmask_begin(cpu, a[4], a[5], &m);
    if (r) return r;
    struct epoll_event ev[IO_EPOLL_BATCH];
    int n = maxevents < IO_EPOLL_BATCH ? maxevents : IO_EPOLL_BATCH;
    r = HOST(syscall(nr, (int)a[0], ev, n, m.queued ? no_wait : timeout, m.active ? &m.host : NULL,
                     (size_t)8));
    r = syscall_io_tmpmask_end(cpu, &m, r);
    for (int64_t i = 0; i < r; i++) {
        rv64_epoll_event g;
        syscall_epoll_event_to_rv64(&ev[i], &g);
        copy_to_guest(a[1] + (uint64_t)i * sizeof g, &g, sizeof g);
    }
    return r;
}

SYSCALL_DEFINE(epoll_pwait) {
    return epoll_wait_common(cpu, a, SYS_epoll_pwait, (int)a[3], 0); /* milliseconds */
}

SYSCALL_DEFINE(epoll_pwait2) {
    bool ok = true;
    const void *timeout = guest_opt(a[3], sizeof(struct timespec), PROT_READ, &ok);
    static const struct timespec zero = {0, 0};
    if (!ok) return -EFAULT;
    return epoll_wait_common(cpu, a, SYS_epoll_pwait2, (long)(uintptr_t)timeout,
                             (long)(uintptr_t)&zero);
}

/* ---- Event file descriptors ------------------------------------------------------------------ */

SYSCALL_DEFINE(eventfd2) {
    return HOST(syscall(SYS_eventfd2, (unsigned)a[0], (int)a[1]));
}

SYSCALL_DEFINE(timerfd_create) {
    return HOST(syscall(SYS_timerfd_create, (int)a[0], (int)a[1]));
}

SYSCALL_DEFINE(timerfd_settime) {
    bool ok = true;
    const void *new_value = guest_buf(a[2], sizeof(struct itimerspec), PROT_READ);
    void *old_value = guest_opt(a[3], sizeof(struct itimerspec), PROT_WRITE, &ok);
    if (!new_value || !ok) return -EFAULT;
    return HOST(syscall(SYS_timerfd_settime, (int)a[0], (int)a[1], new_value, old_value));
}

SYSCALL_DEFINE(timerfd_gettime) {
    void *cur = guest_buf(a[1], sizeof(struct itimerspec), PROT_WRITE);
    return cur ? HOST(syscall(SYS_timerfd_gettime, (int)a[0], cur)) : -EFAULT;
}

/* The mask selects which pending (host-blocked) signals the fd reports; struct
 * signalfd_siginfo (128 bytes) has the same layout on both, so read() needs nothing more. */
SYSCALL_DEFINE(signalfd4) {
    if (a[2] != 8) return -EINVAL;
    uint64_t mask;
    if (!copy_from_guest(&mask, a[1], sizeof mask)) return -EFAULT;
    return HOST(syscall(SYS_signalfd4, (int)a[0], &mask, (size_t)8, (int)a[3]));
}

SYSCALL_DEFINE(inotify_init1) {
    return HOST(syscall(SYS_inotify_init1, (int)a[0]));
}

SYSCALL_DEFINE(inotify_add_watch) {
    const char *path;
    char buf[PATH_MAX];
    int64_t r = io_lookup(a[1], &path, buf);
    return r ? r : HOST(syscall(SYS_inotify_add_watch, (int)a[0], path, (uint32_t)a[2]));
}

SYSCALL_DEFINE(inotify_rm_watch) {
    return HOST(syscall(SYS_inotify_rm_watch, (int)a[0], (int)a[1]));
}

SYSCALL_DEFINE(memfd_create) {
    const char *name;
    int64_t r = io_str(a[0], PATH_MAX, &name);
    if (r) return r == -ENAMETOOLONG ? -EINVAL : r; /* the kernel allows 249 bytes */
    return HOST(syscall(SYS_memfd_create, name, (unsigned)a[1]));
}

/* ---- Sockets --------------------------------------------------------------------------------- */

SYSCALL_DEFINE(socket) {
    return HOST(socket((int)a[0], (int)a[1], (int)a[2]));
}

SYSCALL_DEFINE(socketpair) {
    int sv[2];
    if (!guest_buf(a[3], sizeof sv, PROT_WRITE)) return -EFAULT; /* before creating fds */
    int64_t r = HOST(socketpair((int)a[0], (int)a[1], (int)a[2], sv));
    if (r == 0) copy_to_guest(a[3], sv, sizeof sv);
    return r;
}

/* A socket address passed in: (addr, len) must be readable. */
static int64_t io_sockaddr_in(uint64_t addr, uint64_t len, const void **out) {
    if ((int)len < 0 || (uint32_t)len > IO_SOCKADDR_MAX) return -EINVAL;
    *out = guest_buf(addr, (uint32_t)len, PROT_READ);
    return *out ? 0 : -EFAULT;
}

/* A socket address returned through (addr, socklen_t *lenp): the kernel reads *lenp, writes at
 * most that many bytes and stores the full length back. *len is a host copy of *lenp, so a guest
 * thread changing it concurrently cannot make the host write past the checked buffer. */
typedef struct io_sockaddr_out {
    void *addr;      /* host pointer or NULL */
    socklen_t len;   /* the host's copy of the length */
    socklen_t *lenp; /* &len, or NULL when the guest passed no address */
    uint64_t g_lenp; /* guest address of the length */
} io_sockaddr_out;

static int64_t io_sockaddr_out_prep(uint64_t addr, uint64_t lenp, bool optional,
                                    io_sockaddr_out *o) {
    memset(o, 0, sizeof *o);
    if (optional && !addr) return 0; /* no address wanted: the length is not even read */
    uint32_t len;
    if (!copy_from_guest(&len, lenp, sizeof len)) return -EFAULT;
    if (!guest_buf(lenp, sizeof len, PROT_WRITE)) return -EFAULT;
    if ((int)len < 0) return -EINVAL;
    o->addr = guest_buf(addr, len, PROT_WRITE);
    if (!o->addr) return -EFAULT;
    o->len = len;
    o->lenp = &o->len;
    o->g_lenp = lenp;
    return 0;
}

static void io_sockaddr_out_done(const io_sockaddr_out *o) {
    if (o->lenp) copy_to_guest(o->g_lenp, &o->len, sizeof o->len);
}

SYSCALL_DEFINE(bind) {
    const void *addr;
    int64_t r = io_sockaddr_in(a[1], a[2], &addr);
    return r ? r : HOST(bind((int)a[0], addr, (socklen_t)a[2]));
}

SYSCALL_DEFINE(connect) {
    const void *addr;
    int64_t r = io_sockaddr_in(a[1], a[2], &addr);
    return r ? r : HOST(connect((int)a[0], addr, (socklen_t)a[2]));
}

SYSCALL_DEFINE(listen) {
    return HOST(listen((int)a[0], (int)a[1]));
}

static int64_t accept_common(const uint64_t *a, int flags) {
    io_sockaddr_out o;
    int64_t r = io_sockaddr_out_prep(a[1], a[2], true, &o);
    if (r) return r;
    r = HOST(accept4((int)a[0], o.addr, o.lenp, flags));
    if (r >= 0) io_sockaddr_out_done(&o);
    return r;
}

SYSCALL_DEFINE(accept) {
    return accept_common(a, 0);
}

SYSCALL_DEFINE(accept4) {
    return accept_common(a, (int)a[3]);
}

/* getsockname/getpeername: the length is always read and written back. */
static int64_t sockname_common(const uint64_t *a, long nr) {
    io_sockaddr_out o;
    int64_t r = io_sockaddr_out_prep(a[1], a[2], false, &o);
    if (r) return r;
    r = HOST(syscall(nr, (int)a[0], o.addr, o.lenp));
    if (r == 0) io_sockaddr_out_done(&o);
    return r;
}

SYSCALL_DEFINE(getsockname) {
    return sockname_common(a, SYS_getsockname);
}

SYSCALL_DEFINE(getpeername) {
    return sockname_common(a, SYS_getpeername);
}

SYSCALL_DEFINE(sendto) {
    const void *buf = guest_buf(a[1], a[2], PROT_READ);
    if (!buf) return -EFAULT;
    const void *addr = NULL;
    if (a[4]) {
        int64_t r = io_sockaddr_in(a[4], a[5], &addr);
        if (r) return r;
    }
    return HOST(sendto((int)a[0], buf, a[2], (int)a[3], addr, a[4] ? (socklen_t)a[5] : 0));
}

SYSCALL_DEFINE(recvfrom) {
    void *buf = guest_buf(a[1], a[2], PROT_WRITE);
    if (!buf) return -EFAULT;
    io_sockaddr_out o;
    int64_t r = io_sockaddr_out_prep(a[4], a[5], true, &o);
    if (r) return r;
    r = HOST(recvfrom((int)a[0], buf, a[2], (int)a[3], o.addr, o.lenp));
    if (r >= 0) io_sockaddr_out_done(&o);
    return r;
}

SYSCALL_DEFINE(shutdown) {
    return HOST(shutdown((int)a[0], (int)a[1]));
}

SYSCALL_DEFINE(setsockopt) {
    int fd = (int)a[0], level = (int)a[1], name = (int)a[2], len = (int)a[4];
    if (len < 0) return -EINVAL;
    const void *val = guest_buf(a[3], (uint64_t)len, PROT_READ);
    if (!val) return -EFAULT;
    if (level == SOL_SOCKET && (name == SO_ATTACH_FILTER || name == SO_ATTACH_REUSEPORT_CBPF)) {
        /* struct sock_fprog { unsigned short len; struct sock_filter *filter; }: a pointer */
        if ((size_t)len < sizeof(struct sock_fprog)) return -EINVAL;
        uint64_t g[2];
        memcpy(g, val, sizeof g);
        struct sock_fprog prog = {.len = (unsigned short)g[0]};
        prog.filter = guest_buf(g[1], (uint64_t)prog.len * sizeof(struct sock_filter), PROT_READ);
        if (!prog.filter) return -EFAULT;
        return HOST(setsockopt(fd, level, name, &prog, sizeof prog));
    }
    return HOST(setsockopt(fd, level, name, val, (socklen_t)len));
}

SYSCALL_DEFINE(getsockopt) {
    uint32_t len;
    if (!copy_from_guest(&len, a[4], sizeof len)) return -EFAULT;
    if (!guest_buf(a[4], sizeof len, PROT_WRITE)) return -EFAULT;
    if ((int)len < 0) return -EINVAL;
    void *val = guest_buf(a[3], len, PROT_WRITE);
    if (!val) return -EFAULT;
    socklen_t host_len = len;
    int64_t r = HOST(getsockopt((int)a[0], (int)a[1], (int)a[2], val, &host_len));
    if (r == 0) copy_to_guest(a[4], &host_len, sizeof host_len);
    return r;
}

/* -- messages -- */

/* Build a host msghdr from a guest one (already copied to *g). iov has room for g->msg_iovlen
 * (<= IO_UIO_MAXIOV) entries. For a receive, the name, the buffers and the control area must be
 * writable; for a send, readable. */
static int64_t io_msghdr(const rv64_msghdr *g, bool recv, struct msghdr *h, struct iovec *iov) {
    int prot = recv ? PROT_WRITE : PROT_READ;
    memset(h, 0, sizeof *h);
    if (g->msg_iovlen > IO_UIO_MAXIOV) return -EMSGSIZE;
    if (g->msg_name) {
        uint32_t namelen = g->msg_namelen;
        if ((int)namelen < 0) return -EINVAL;
        if (namelen > IO_SOCKADDR_MAX) {
            if (!recv) return -EINVAL;
            namelen = IO_SOCKADDR_MAX; /* the kernel clamps a receive buffer the same way */
        }
        h->msg_name = guest_buf(g->msg_name, namelen, prot);
        if (!h->msg_name) return -EFAULT;
        h->msg_namelen = namelen;
    }
    int64_t r = guest_iovec(g->msg_iov, g->msg_iovlen, prot, iov);
    if (r) return r;
    h->msg_iov = iov;
    h->msg_iovlen = g->msg_iovlen;
    if (g->msg_controllen) {
        if (!recv && g->msg_controllen > INT_MAX) return -ENOBUFS;
        h->msg_control = guest_buf(g->msg_control, g->msg_controllen, prot);
        if (!h->msg_control) return -EFAULT;
        h->msg_controllen = g->msg_controllen;
    }
    h->msg_flags = g->msg_flags;
    return 0;
}

/* After a receive: the kernel's outputs back into the guest msghdr. Like the kernel, the name
 * length is only written when a name buffer was given. */
static void io_msghdr_done(uint64_t gaddr, const struct msghdr *h) {
    uint32_t namelen = h->msg_namelen;
    uint64_t controllen = h->msg_controllen;
    int32_t flags = h->msg_flags;
    if (h->msg_name)
        copy_to_guest(gaddr + offsetof(rv64_msghdr, msg_namelen), &namelen, sizeof namelen);
    copy_to_guest(gaddr + offsetof(rv64_msghdr, msg_controllen), &controllen, sizeof controllen);
    copy_to_guest(gaddr + offsetof(rv64_msghdr, msg_flags), &flags, sizeof flags);
}

SYSCALL_DEFINE(sendmsg) {
    rv64_msghdr g;
    if (!copy_from_guest(&g, a[1], sizeof g)) return -EFAULT;
    struct iovec iov[IO_UIO_MAXIOV];
    struct msghdr h;
    int64_t r = io_msghdr(&g, false, &h, iov);
    return r ? r : HOST(sendmsg((int)a[0], &h, (int)a[2]));
}

SYSCALL_DEFINE(recvmsg) {
    rv64_msghdr g;
    if (!copy_from_guest(&g, a[1], sizeof g)) return -EFAULT;
    if (!guest_buf(a[1], sizeof g, PROT_WRITE)) return -EFAULT;
    struct iovec iov[IO_UIO_MAXIOV];
    struct msghdr h;
    int64_t r = io_msghdr(&g, true, &h, iov);
    if (r) return r;
    r = HOST(recvmsg((int)a[0], &h, (int)a[2]));
    if (r >= 0) io_msghdr_done(a[1], &h);
    return r;
}

/* sendmmsg/recvmmsg: every guest mmsghdr rebuilt into one host array; msg_len (and for receives
 * the msghdr outputs) copied back for the messages the kernel handled. */
static int64_t mmsg_common(const uint64_t *a, bool recv) {
    uint64_t vlen = (uint32_t)a[2];
    if (vlen > IO_UIO_MAXIOV) vlen = IO_UIO_MAXIOV; /* the kernel silently clamps too */
    if (vlen == 0) /* nothing to translate; the host still checks the fd */
        return recv ? HOST(syscall(SYS_recvmmsg, (int)a[0], NULL, 0, (int)a[3], NULL))
                    : HOST(syscall(SYS_sendmmsg, (int)a[0], NULL, 0, (int)a[3]));
    if (!guest_buf(a[1], vlen * sizeof(rv64_mmsghdr), PROT_READ | PROT_WRITE)) return -EFAULT;
    const rv64_mmsghdr *gv = g2h(a[1]);
    bool ok = true;
    void *timeout =
        recv ? guest_opt(a[4], sizeof(struct timespec), PROT_READ | PROT_WRITE, &ok) : NULL;
    if (!ok) return -EFAULT;
    uint64_t total_iov = 0;
    rv64_mmsghdr *g = malloc(vlen * sizeof *g);
    if (!g) return -ENOMEM;
    memcpy(g, gv, vlen * sizeof *g); /* one snapshot, so the counts cannot change under us */
    for (uint64_t i = 0; i < vlen; i++) {
        if (g[i].msg_hdr.msg_iovlen > IO_UIO_MAXIOV) {
            free(g);
            return -EMSGSIZE;
        }
        total_iov += g[i].msg_hdr.msg_iovlen;
    }
    struct mmsghdr *h = calloc(vlen, sizeof *h);
    struct iovec *iov = malloc((total_iov ? total_iov : 1) * sizeof *iov);
    int64_t r = h && iov ? 0 : -ENOMEM;
    struct iovec *next = iov;
    for (uint64_t i = 0; r == 0 && i < vlen; i++) {
        r = io_msghdr(&g[i].msg_hdr, recv, &h[i].msg_hdr, next);
        next += g[i].msg_hdr.msg_iovlen;
    }
    if (r == 0) {
        if (recv)
            r = HOST(syscall(SYS_recvmmsg, (int)a[0], h, (unsigned)vlen, (int)a[3], timeout));
        else
            r = HOST(syscall(SYS_sendmmsg, (int)a[0], h, (unsigned)vlen, (int)a[3]));
        for (int64_t i = 0; i < r; i++) {
            uint64_t gaddr = a[1] + (uint64_t)i * sizeof(rv64_mmsghdr);
            uint32_t len = h[i].msg_len;
            copy_to_guest(gaddr + offsetof(rv64_mmsghdr, msg_len), &len, sizeof len);
            if (recv) io_msghdr_done(gaddr, &h[i].msg_hdr);
        }
    }
    free(iov);
    free(h);
    free(g);
    return r;
}

SYSCALL_DEFINE(sendmmsg) {
    return mmsg_common(a, false);
}

SYSCALL_DEFINE(recvmmsg) {
    return mmsg_common(a, true);
}

/* ---- Splicing and copying -------------------------------------------------------------------- */

/* Two optional loff_t pointers (read and updated by the kernel) around two fds. */
static int64_t splice_common(const uint64_t *a, long nr) {
    bool ok = true;
    void *off_in = guest_opt(a[1], 8, PROT_READ | PROT_WRITE, &ok);
    void *off_out = guest_opt(a[3], 8, PROT_READ | PROT_WRITE, &ok);
    if (!ok) return -EFAULT;
    return HOST(syscall(nr, (int)a[0], off_in, (int)a[2], off_out, (size_t)a[4], (unsigned)a[5]));
}

SYSCALL_DEFINE(splice) {
    return splice_common(a, SYS_splice);
}

SYSCALL_DEFINE(copy_file_range) {
    return splice_common(a, SYS_copy_file_range);
}

SYSCALL_DEFINE(tee) {
    return HOST(syscall(SYS_tee, (int)a[0], (int)a[1], (size_t)a[2], (unsigned)a[3]));
}

/* vmsplice moves guest memory into a pipe opened for writing, or pipe data into guest memory for
 * a read end: the direction decides whether the buffers must be readable or writable. */
SYSCALL_DEFINE(vmsplice) {
    int fd = (int)a[0];
    int fl = fcntl(fd, F_GETFL);
    if (fl < 0) return -EBADF;
    int prot = (fl & O_ACCMODE) == O_RDONLY ? PROT_WRITE : PROT_READ;
    struct iovec iov[IO_UIO_MAXIOV];
    int64_t r = guest_iovec(a[1], a[2], prot, iov);
    return r ? r : HOST(syscall(SYS_vmsplice, fd, iov, (unsigned long)a[2], (unsigned)a[3]));
}

/* preadv2/pwritev2 (fd, iov, iovcnt, pos, pos_h (unused on 64-bit), flags). */
SYSCALL_DEFINE(preadv2) {
    struct iovec iov[IO_UIO_MAXIOV];
    int64_t r = guest_iovec(a[1], (uint64_t)(int)a[2], PROT_WRITE, iov);
    return r ? r : HOST(syscall(SYS_preadv2, (int)a[0], iov, (int)a[2], (long)a[3], 0L, (int)a[5]));
}

SYSCALL_DEFINE(pwritev2) {
    struct iovec iov[IO_UIO_MAXIOV];
    int64_t r = guest_iovec(a[1], (uint64_t)(int)a[2], PROT_READ, iov);
    return r ? r
             : HOST(syscall(SYS_pwritev2, (int)a[0], iov, (int)a[2], (long)a[3], 0L, (int)a[5]));
}

/* ---- File space, sync, hints, nodes, locks --------------------------------------------------- */

SYSCALL_DEFINE(flock) {
    return HOST(flock((int)a[0], (int)a[1]));
}

SYSCALL_DEFINE(fallocate) {
    return HOST(syscall(SYS_fallocate, (int)a[0], (int)a[1], (off_t)a[2], (off_t)a[3]));
}

SYSCALL_DEFINE(sync) {
    sync();
    return 0;
}

SYSCALL_DEFINE(syncfs) {
    return HOST(syscall(SYS_syncfs, (int)a[0]));
}

SYSCALL_DEFINE(sync_file_range) {
    return HOST(syscall(SYS_sync_file_range, (int)a[0], (off_t)a[1], (off_t)a[2], (unsigned)a[3]));
}

SYSCALL_DEFINE(readahead) {
    return HOST(syscall(SYS_readahead, (int)a[0], (off_t)a[1], (size_t)a[2]));
}

SYSCALL_DEFINE(fadvise64) {
    return HOST(syscall(SYS_fadvise64, (int)a[0], (off_t)a[1], (off_t)a[2], (int)a[3]));
}

/* The device number is the kernel's 32-bit encoding on both (glibc checks it fits). */
SYSCALL_DEFINE(mknodat) {
    const char *path;
    int64_t r = io_path(a[1], &path);
    return r ? r : HOST(syscall(SYS_mknodat, (int)a[0], path, (mode_t)a[2], (unsigned)a[3]));
}

SYSCALL_DEFINE(ioprio_set) {
    return HOST(syscall(SYS_ioprio_set, (int)a[0], (int)a[1], (int)a[2]));
}

SYSCALL_DEFINE(ioprio_get) {
    return HOST(syscall(SYS_ioprio_get, (int)a[0], (int)a[1]));
}

/* ---- Extended attributes --------------------------------------------------------------------- */

/* Path-, link- and fd-based variants share the code: `target` is a guest path or an fd. */
typedef enum { XA_PATH, XA_LINK, XA_FD } xattr_kind;

/* The target path (unless fd-based) and the attribute name: a name longer than XATTR_NAME_MAX
 * (255) is -ERANGE, as in the kernel. With `lookup_buf` (PATH_MAX bytes) the path is only read
 * from, so it goes through the sysroot. */
static int64_t xattr_args(xattr_kind kind, const uint64_t *a, const char **path, const char **name,
                          char *lookup_buf) {
    int64_t r = 0;
    if (kind != XA_FD) r = lookup_buf ? io_lookup(a[0], path, lookup_buf) : io_path(a[0], path);
    if (r || !name) return r;
    r = io_str(a[1], 256, name);
    return r == -ENAMETOOLONG ? -ERANGE : r;
}

static int64_t setxattr_common(const uint64_t *a, xattr_kind kind) {
    static const long nrs[] = {SYS_setxattr, SYS_lsetxattr, SYS_fsetxattr};
    const char *path = NULL, *name;
    int64_t r = xattr_args(kind, a, &path, &name, NULL);
    if (r) return r;
    if (a[3] > IO_XATTR_SIZE_MAX) return -E2BIG;
    const void *value = guest_buf(a[2], a[3], PROT_READ);
    if (!value) return -EFAULT;
    if (kind == XA_FD)
        return HOST(syscall(nrs[kind], (int)a[0], name, value, (size_t)a[3], (int)a[4]));
    return HOST(syscall(nrs[kind], path, name, value, (size_t)a[3], (int)a[4]));
}

static int64_t getxattr_common(const uint64_t *a, xattr_kind kind) {
    static const long nrs[] = {SYS_getxattr, SYS_lgetxattr, SYS_fgetxattr};
    const char *path = NULL, *name;
    char buf[PATH_MAX];
    int64_t r = xattr_args(kind, a, &path, &name, buf);
    if (r) return r;
    size_t size = a[3] > IO_XATTR_SIZE_MAX ? IO_XATTR_SIZE_MAX : (size_t)a[3];
    void *value = size ? guest_buf(a[2], size, PROT_WRITE) : NULL;
    if (size && !value) return -EFAULT;
    if (kind == XA_FD) return HOST(syscall(nrs[kind], (int)a[0], name, value, size));
    return HOST(syscall(nrs[kind], path, name, value, size));
}

static int64_t listxattr_common(const uint64_t *a, xattr_kind kind) {
    static const long nrs[] = {SYS_listxattr, SYS_llistxattr, SYS_flistxattr};
    const char *path = NULL;
    char buf[PATH_MAX];
    int64_t r = xattr_args(kind, a, &path, NULL, buf);
    if (r) return r;
    size_t size = a[2] > IO_XATTR_SIZE_MAX ? IO_XATTR_SIZE_MAX : (size_t)a[2];
    void *list = size ? guest_buf(a[1], size, PROT_WRITE) : NULL;
    if (size && !list) return -EFAULT;
    if (kind == XA_FD) return HOST(syscall(nrs[kind], (int)a[0], list, size));
    return HOST(syscall(nrs[kind], path, list, size));
}

static int64_t removexattr_common(const uint64_t *a, xattr_kind kind) {
    static const long nrs[] = {SYS_removexattr, SYS_lremovexattr, SYS_fremovexattr};
    const char *path = NULL, *name;
    int64_t r = xattr_args(kind, a, &path, &name, NULL);
    if (r) return r;
    if (kind == XA_FD) return HOST(syscall(nrs[kind], (int)a[0], name));
    return HOST(syscall(nrs[kind], path, name));
}

SYSCALL_DEFINE(setxattr) {
    return setxattr_common(a, XA_PATH);
}
SYSCALL_DEFINE(lsetxattr) {
    return setxattr_common(a, XA_LINK);
}
SYSCALL_DEFINE(fsetxattr) {
    return setxattr_common(a, XA_FD);
}
SYSCALL_DEFINE(getxattr) {
    return getxattr_common(a, XA_PATH);
}
SYSCALL_DEFINE(lgetxattr) {
    return getxattr_common(a, XA_LINK);
}
SYSCALL_DEFINE(fgetxattr) {
    return getxattr_common(a, XA_FD);
}
SYSCALL_DEFINE(listxattr) {
    return listxattr_common(a, XA_PATH);
}
SYSCALL_DEFINE(llistxattr) {
    return listxattr_common(a, XA_LINK);
}
SYSCALL_DEFINE(flistxattr) {
    return listxattr_common(a, XA_FD);
}
SYSCALL_DEFINE(removexattr) {
    return removexattr_common(a, XA_PATH);
}
SYSCALL_DEFINE(lremovexattr) {
    return removexattr_common(a, XA_LINK);
}
SYSCALL_DEFINE(fremovexattr) {
    return removexattr_common(a, XA_FD);
}

/* ---- Memory locking and residency ------------------------------------------------------------ */

SYSCALL_DEFINE(mlock) {
    int64_t r = io_mapped_range(a[0], a[1]);
    /* raw syscalls: sanitizer runtimes turn the libc mlock/munlock into no-ops */
    return r ? r : HOST(syscall(SYS_mlock, g2h(a[0]), (size_t)a[1]));
}

SYSCALL_DEFINE(mlock2) {
    int64_t r = io_mapped_range(a[0], a[1]);
    return r ? r : HOST(syscall(SYS_mlock2, g2h(a[0]), (size_t)a[1], (unsigned)a[2]));
}

SYSCALL_DEFINE(munlock) {
    int64_t r = io_mapped_range(a[0], a[1]);
    return r ? r : HOST(syscall(SYS_munlock, g2h(a[0]), (size_t)a[1]));
}

/* mlockall/munlockall act on the guest's mappings only: passing them on would lock the whole
 * translator, including the reserved guest address space. MCL_FUTURE is accepted but not applied
 * to later guest mappings. */
SYSCALL_DEFINE(mlockall) {
    int flags = (int)a[0];
    if (!flags || (flags & ~(MCL_CURRENT | MCL_FUTURE | MCL_ONFAULT)) || flags == MCL_ONFAULT)
        return -EINVAL;
    if (!(flags & MCL_CURRENT)) return 0;
    unsigned lock_flags = (flags & MCL_ONFAULT) ? MLOCK_ONFAULT : 0;
    gmem_area area;
    for (size_t i = 0; gmem_area_at(i, &area); i++) {
        int64_t r = HOST(syscall(SYS_mlock2, g2h(area.start), area.end - area.start, lock_flags));
        if (r) return r;
    }
    return 0;
}

SYSCALL_DEFINE(munlockall) {
    gmem_area area;
    for (size_t i = 0; gmem_area_at(i, &area); i++)
        syscall(SYS_munlock, g2h(area.start), area.end - area.start);
    return 0;
}

SYSCALL_DEFINE(mincore) {
    uint64_t addr = a[0], len = a[1];
    if (addr & (GMEM_PAGE - 1)) return -EINVAL;
    int64_t r = io_mapped_range(addr, len);
    if (r) return r;
    void *vec = guest_buf(a[2], (len + GMEM_PAGE - 1) / GMEM_PAGE, PROT_WRITE);
    return vec ? HOST(mincore(g2h(addr), len, vec)) : -EFAULT;
}

SYSCALL_DEFINE(msync) {
    uint64_t addr = a[0];
    if (addr & (GMEM_PAGE - 1)) return -EINVAL;
    int64_t r = io_mapped_range(addr, a[1]);
    return r ? r : HOST(msync(g2h(addr), a[1], (int)a[2]));
}
