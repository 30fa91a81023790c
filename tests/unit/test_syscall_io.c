/*
 * test_syscall_io.c - runtime/syscall_io.c driven through syscall_rv64() with a fake guest CPU
 * and real guest memory: the epoll_event conversion (16-byte riscv64 layout vs the packed 12-byte
 * x86-64 one), msghdr translation with SCM_RIGHTS, pselect6's sigset argument pair, socket
 * addresses and option pointers, and -EFAULT for bad guest pointers.
 */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <dirent.h>
#include <linux/filter.h>
#include <netinet/in.h>
#include <sys/epoll.h>
#include <sys/file.h>
#include <sys/mman.h>
#include <sys/socket.h>
#include <sys/uio.h>
#include <time.h>
#include <unistd.h>

#include <cmocka.h>

#include "gmem.h"
#include "syscall.h"
#include "syscall_internal.h"
#include "syscall_io.h"

/* riscv64 (asm-generic) syscall numbers used below */
enum {
    NR_setxattr = 5,
    NR_getxattr = 8,
    NR_eventfd2 = 19,
    NR_epoll_create1 = 20,
    NR_epoll_ctl = 21,
    NR_epoll_pwait = 22,
    NR_inotify_add_watch = 27,
    NR_flock = 32,
    NR_pselect6 = 72,
    NR_signalfd4 = 74,
    NR_vmsplice = 75,
    NR_splice = 76,
    NR_timerfd_create = 85,
    NR_timerfd_settime = 86,
    NR_socket = 198,
    NR_socketpair = 199,
    NR_bind = 200,
    NR_getsockname = 204,
    NR_sendto = 206,
    NR_recvfrom = 207,
    NR_setsockopt = 208,
    NR_getsockopt = 209,
    NR_sendmsg = 211,
    NR_recvmsg = 212,
    NR_mlock = 228,
    NR_mlockall = 230,
    NR_munlockall = 231,
    NR_mincore = 232,
    NR_rt_sigprocmask = 135,
    NR_accept4 = 242,
    NR_recvmmsg = 243,
    NR_sendmmsg = 269,
    NR_memfd_create = 279,
    NR_mlock2 = 284,
    NR_epoll_pwait2 = 441,
};

#include "syscall_fixture.h"

/* A guest address that is certainly not mapped: inside the guest space, far above the stack
 * and the mmap area, so no test mapping can land there. */
static uint64_t gunmapped(void) {
    uint64_t g = RECOMP_GUEST_SPACE - 256 * GMEM_PAGE;
    assert_false(gmem_check(g, 1, PROT_NONE));
    return g;
}

static int count_fds(void) {
    DIR *d = opendir("/proc/self/fd");
    assert_non_null(d);
    int n = 0;
    while (readdir(d))
        n++;
    closedir(d);
    return n;
}

/* ---- epoll ---- */

static void test_epoll_event_convert(void **state) {
    (void)state;
    /* the riscv64 guest layout, byte by byte */
    uint8_t bytes[16];
    memset(bytes, 0xee, sizeof bytes);
    uint32_t ev = EPOLLIN | EPOLLET;
    uint64_t data = 0x1122334455667788ull;
    memcpy(bytes, &ev, 4);
    memcpy(bytes + 8, &data, 8);
    rv64_epoll_event g;
    memcpy(&g, bytes, sizeof g);
    struct epoll_event h;
    syscall_epoll_event_to_host(&g, &h);
    assert_int_equal(h.events, EPOLLIN | EPOLLET);
    assert_true(h.data.u64 == data);
    /* the host layout is packed: data right after events */
    uint8_t hb[12];
    memcpy(hb, &h, sizeof hb);
    assert_memory_equal(hb + 4, &data, 8);

    h.events = EPOLLOUT | EPOLLHUP;
    h.data.u64 = 0xfedcba9876543210ull;
    memset(&g, 0xaa, sizeof g);
    syscall_epoll_event_to_rv64(&h, &g);
    memcpy(bytes, &g, sizeof bytes);
    uint32_t ev_out, pad;
    uint64_t data_out;
    memcpy(&ev_out, bytes, 4);
    memcpy(&pad, bytes + 4, 4);
    memcpy(&data_out, bytes + 8, 8);
    assert_int_equal(ev_out, EPOLLOUT | EPOLLHUP);
    assert_int_equal(pad, 0);
    assert_true(data_out == 0xfedcba9876543210ull);
}

static void test_epoll_handlers(void **state) {
    (void)state;
    int64_t ep = SYS1(NR_epoll_create1, EPOLL_CLOEXEC);
    assert_true(ep >= 0);
    int p1[2], p2[2];
    assert_int_equal(pipe(p1), 0);
    assert_int_equal(pipe(p2), 0);

    uint64_t gev = gmap(GMEM_PAGE, PROT_READ | PROT_WRITE);
    rv64_epoll_event *e = g2h(gev);
    *e = (rv64_epoll_event){.events = EPOLLIN, .pad = 0x12345678, .data = 0x0123456789abcdefull};
    assert_int_equal(SYS4(NR_epoll_ctl, ep, EPOLL_CTL_ADD, p1[0], gev), 0);
    e->data = 0xcafef00d00000002ull;
    assert_int_equal(SYS4(NR_epoll_ctl, ep, EPOLL_CTL_ADD, p2[0], gev), 0);
    assert_int_equal(write(p1[1], "a", 1), 1);
    assert_int_equal(write(p2[1], "b", 1), 1);

    uint64_t gout = gmap(GMEM_PAGE, PROT_READ | PROT_WRITE);
    uint8_t *out = g2h(gout);
    memset(out, 0xaa, 64);
    assert_int_equal(SYS6(NR_epoll_pwait, ep, gout, 4, 1000, 0, 8), 2);
    rv64_epoll_event got[2];
    memcpy(got, out, sizeof got);
    uint64_t seen = 0;
    for (int i = 0; i < 2; i++) {
        assert_int_equal(got[i].events, EPOLLIN);
        assert_int_equal(got[i].pad, 0);
        seen ^= got[i].data;
    }
    assert_true(seen == (0x0123456789abcdefull ^ 0xcafef00d00000002ull));
    for (int i = 32; i < 64; i++)
        assert_int_equal(out[i], 0xaa); /* slots 2, 3 untouched */

    /* epoll_pwait2 with a zero timespec; maxevents 1 */
    uint64_t gts = gmap(GMEM_PAGE, PROT_READ | PROT_WRITE);
    memset(g2h(gts), 0, 16);
    assert_int_equal(SYS6(NR_epoll_pwait2, ep, gout, 1, gts, 0, 8), 1);

    /* a temporary sigmask: wrong size, bad pointer, good */
    uint64_t gmask = gmap(GMEM_PAGE, PROT_READ | PROT_WRITE);
    assert_int_equal(SYS6(NR_epoll_pwait, ep, gout, 4, 0, gmask, 4), -EINVAL);
    assert_int_equal(SYS6(NR_epoll_pwait, ep, gout, 4, 0, gunmapped(), 8), -EFAULT);
    assert_int_equal(SYS6(NR_epoll_pwait, ep, gout, 4, 0, gmask, 8), 2);

    /* errors */
    uint64_t ro = gmap(GMEM_PAGE, PROT_READ);
    assert_int_equal(SYS6(NR_epoll_pwait, ep, ro, 4, 0, 0, 8), -EFAULT);
    assert_int_equal(SYS6(NR_epoll_pwait, ep, gout, 0, 0, 0, 8), -EINVAL);
    assert_int_equal(SYS6(NR_epoll_pwait, ep, gout, -1, 0, 0, 8), -EINVAL);
    assert_int_equal(SYS6(NR_epoll_pwait, ep, gout, 1000, 0, 0, 8), -EFAULT); /* > one page */
    assert_int_equal(SYS6(NR_epoll_pwait2, ep, gout, 4, gunmapped(), 0, 8), -EFAULT);
    assert_int_equal(SYS4(NR_epoll_ctl, ep, EPOLL_CTL_MOD, p1[0], gunmapped()), -EFAULT);
    /* DEL ignores the event pointer, as in the kernel */
    assert_int_equal(SYS4(NR_epoll_ctl, ep, EPOLL_CTL_DEL, p1[0], gunmapped()), 0);
    assert_int_equal(SYS4(NR_epoll_ctl, ep, EPOLL_CTL_DEL, p1[0], 0), -ENOENT);

    close((int)ep);
    close(p1[0]);
    close(p1[1]);
    close(p2[0]);
    close(p2[1]);
}

/* ---- pselect6 ---- */

static volatile sig_atomic_t usr1_count;
static void on_usr1(int sig) {
    (void)sig;
    usr1_count++;
}

static void test_pselect6(void **state) {
    (void)state;
    int p[2];
    assert_int_equal(pipe(p), 0);
    uint64_t gsets = gmap(GMEM_PAGE, PROT_READ | PROT_WRITE);
    uint64_t *rd = g2h(gsets);
    uint64_t gts = gmap(GMEM_PAGE, PROT_READ | PROT_WRITE);
    struct timespec *ts = g2h(gts);
    uint64_t garg = gmap(GMEM_PAGE, PROT_READ | PROT_WRITE);
    uint64_t *arg = g2h(garg); /* { sigset pointer, size } */
    uint64_t *mask = arg + 8;  /* the sigset itself, in the same page */
    uint64_t gmask = garg + 64;

    /* readiness through the translated fd_set */
    *ts = (struct timespec){0, 0};
    *rd = 1ull << p[0];
    assert_int_equal(SYS6(NR_pselect6, p[0] + 1, gsets, 0, 0, gts, 0), 0);
    assert_true(*rd == 0);
    assert_int_equal(write(p[1], "x", 1), 1);
    *rd = 1ull << p[0];
    arg[0] = 0; /* a NULL sigset pointer in the pair is allowed */
    arg[1] = 8;
    assert_int_equal(SYS6(NR_pselect6, p[0] + 1, gsets, 0, 0, gts, garg), 1);
    assert_true(*rd == 1ull << p[0]);

    /* The mask really reaches the host. SIGUSR1 is blocked through the guest's own
     * rt_sigprocmask (the signal layer mirrors the guest mask on the host thread) and a host
     * handler counts deliveries: a pending SIGUSR1 stays pending while the temporary mask blocks
     * it, interrupts the wait when the temporary mask does not, and the guest mask is back in
     * force afterwards. */
    struct sigaction sa = {.sa_handler = on_usr1}, old_sa;
    sigemptyset(&sa.sa_mask);
    assert_int_equal(sigaction(SIGUSR1, &sa, &old_sa), 0);
    uint64_t gset = gmap(GMEM_PAGE, PROT_READ | PROT_WRITE);
    uint64_t *set = g2h(gset);
    set[0] = 1ull << (SIGUSR1 - 1);
    assert_int_equal(SYS4(NR_rt_sigprocmask, SIG_BLOCK, gset, gset + 8, 8), 0);
    usr1_count = 0;
    raise(SIGUSR1);
    assert_int_equal(usr1_count, 0);

    arg[0] = gmask;
    arg[1] = 8;
    *mask = 1ull << (SIGUSR1 - 1);
    assert_int_equal(SYS6(NR_pselect6, 0, 0, 0, 0, gts, garg), 0);
    assert_int_equal(usr1_count, 0);
    *mask = 0;
    *ts = (struct timespec){5, 0};
    assert_int_equal(SYS6(NR_pselect6, 0, 0, 0, 0, gts, garg), -EINTR);
    assert_int_equal(usr1_count, 1);
    set[2] = 0;
    assert_int_equal(SYS4(NR_rt_sigprocmask, SIG_BLOCK, 0, gset + 16, 8), 0);
    assert_true(set[2] & (1ull << (SIGUSR1 - 1))); /* the guest mask is restored */
    sigset_t host_now;
    assert_int_equal(sigprocmask(SIG_BLOCK, NULL, &host_now), 0);
    assert_true(sigismember(&host_now, SIGUSR1)); /* and mirrored on the host again */
    /* the same with epoll_pwait */
    raise(SIGUSR1);
    int64_t ep = SYS1(NR_epoll_create1, 0);
    assert_true(ep >= 0);
    uint64_t gev = gmap(GMEM_PAGE, PROT_READ | PROT_WRITE);
    assert_int_equal(SYS6(NR_epoll_pwait, ep, gev, 4, 5000, gmask, 8), -EINTR);
    assert_int_equal(usr1_count, 2);
    close((int)ep);
    assert_int_equal(SYS4(NR_rt_sigprocmask, SIG_SETMASK, gset + 8, 0, 8), 0);
    assert_int_equal(sigaction(SIGUSR1, &old_sa, NULL), 0);

    /* argument errors */
    *ts = (struct timespec){0, 0};
    arg[1] = 4;
    assert_int_equal(SYS6(NR_pselect6, 0, 0, 0, 0, gts, garg), -EINVAL);
    arg[0] = gunmapped();
    arg[1] = 8;
    assert_int_equal(SYS6(NR_pselect6, 0, 0, 0, 0, gts, garg), -EFAULT);
    assert_int_equal(SYS6(NR_pselect6, 0, 0, 0, 0, gts, gunmapped()), -EFAULT);
    assert_int_equal(SYS6(NR_pselect6, 0, 0, 0, 0, gunmapped(), 0), -EFAULT);
    uint64_t ro = gmap(GMEM_PAGE, PROT_READ);
    assert_int_equal(SYS6(NR_pselect6, p[0] + 1, ro, 0, 0, gts, 0), -EFAULT);
    assert_int_equal(SYS6(NR_pselect6, -1, 0, 0, 0, gts, 0), -EINVAL);

    /* the host mask keeps the runtime's fault signals and SIGKILL/SIGSTOP out */
    uint64_t all = syscall_io_host_sigmask(~0ull);
    assert_false(all & (1ull << (SIGSEGV - 1)));
    assert_false(all & (1ull << (SIGBUS - 1)));
    assert_false(all & (1ull << (SIGILL - 1)));
    assert_false(all & (1ull << (SIGKILL - 1)));
    assert_true(all & (1ull << (SIGUSR1 - 1)));
    assert_true(all & (1ull << (SIGCHLD - 1)));
    close(p[0]);
    close(p[1]);
}

/* ---- messages ---- */

/* Lay out a guest msghdr at `g` (iovecs and control in the same page, after it). */
static rv64_msghdr *guest_msg(uint64_t g, uint64_t iov_g, int iovlen, uint64_t ctl_g,
                              uint64_t ctl_len) {
    rv64_msghdr *m = g2h(g);
    memset(m, 0, sizeof *m);
    m->msg_iov = iov_g;
    m->msg_iovlen = (uint64_t)iovlen;
    m->msg_control = ctl_g;
    m->msg_controllen = ctl_len;
    return m;
}

static void test_sendmsg_recvmsg_scm_rights(void **state) {
    (void)state;
    uint64_t page = gmap(4 * GMEM_PAGE, PROT_READ | PROT_WRITE);
    uint8_t *base = g2h(page);
    int *sv = (int *)(base + 0);
    assert_int_equal(SYS4(NR_socketpair, AF_UNIX, SOCK_STREAM, 0, page), 0);
    int pp[2];
    assert_int_equal(pipe(pp), 0);

    /* send: two iovecs ("hello ", "fds") and one SCM_RIGHTS control message */
    uint64_t data_g = page + 0x100;
    memcpy(base + 0x100, "hello fds", 9);
    uint64_t *iov = (uint64_t *)(base + 0x200);
    iov[0] = data_g;
    iov[1] = 6;
    iov[2] = data_g + 6;
    iov[3] = 3;
    uint64_t ctl_g = page + 0x300;
    struct cmsghdr *c = (struct cmsghdr *)(base + 0x300);
    c->cmsg_len = CMSG_LEN(sizeof(int));
    c->cmsg_level = SOL_SOCKET;
    c->cmsg_type = SCM_RIGHTS;
    memcpy(CMSG_DATA(c), &pp[0], sizeof(int));
    uint64_t msg_g = page + 0x400;
    guest_msg(msg_g, page + 0x200, 2, ctl_g, CMSG_SPACE(sizeof(int)));
    assert_int_equal(SYS3(NR_sendmsg, sv[0], msg_g, 0), 9);

    /* receive into three iovecs with a 64-byte control buffer */
    uint8_t *rbuf = base + GMEM_PAGE;
    memset(rbuf, 0, 64);
    uint64_t *riov = (uint64_t *)(base + 0x500);
    riov[0] = page + GMEM_PAGE;
    riov[1] = 2;
    riov[2] = page + GMEM_PAGE + 16;
    riov[3] = 4;
    riov[4] = page + GMEM_PAGE + 32;
    riov[5] = 16;
    uint64_t rctl_g = page + 0x600;
    memset(base + 0x600, 0, 64);
    uint64_t rmsg_g = page + 0x700;
    rv64_msghdr *rm = guest_msg(rmsg_g, page + 0x500, 3, rctl_g, 64);
    rm->msg_namelen = 77; /* no name: the kernel reports 0 */
    assert_int_equal(SYS3(NR_recvmsg, sv[1], rmsg_g, MSG_CMSG_CLOEXEC), 9);
    assert_memory_equal(rbuf, "he", 2);
    assert_memory_equal(rbuf + 16, "llo ", 4);
    assert_memory_equal(rbuf + 32, "fds", 3);
    assert_int_equal(rm->msg_controllen, CMSG_SPACE(sizeof(int)));
    assert_int_equal(rm->msg_flags, MSG_CMSG_CLOEXEC);
    assert_int_equal(rm->msg_namelen, 77); /* name NULL: left alone */
    struct cmsghdr *rc = (struct cmsghdr *)(base + 0x600);
    assert_int_equal(rc->cmsg_level, SOL_SOCKET);
    assert_int_equal(rc->cmsg_type, SCM_RIGHTS);
    int fd;
    memcpy(&fd, CMSG_DATA(rc), sizeof fd);
    assert_true(fd >= 0 && fd != pp[0]);
    assert_true(fcntl(fd, F_GETFD) & FD_CLOEXEC);
    assert_int_equal(write(pp[1], "z", 1), 1);
    char ch = 0;
    assert_int_equal(read(fd, &ch, 1), 1);
    assert_int_equal(ch, 'z');
    close(fd);

    /* three fds into room for two: MSG_CTRUNC comes back in the guest msghdr */
    int three[3] = {pp[1], pp[1], pp[1]};
    c->cmsg_len = CMSG_LEN(sizeof three);
    memcpy(CMSG_DATA(c), three, sizeof three);
    guest_msg(msg_g, page + 0x200, 1, ctl_g, CMSG_SPACE(sizeof three));
    assert_int_equal(SYS3(NR_sendmsg, sv[0], msg_g, 0), 6);
    rm = guest_msg(rmsg_g, page + 0x500, 1, rctl_g, CMSG_SPACE(sizeof(int)));
    assert_int_equal(SYS3(NR_recvmsg, sv[1], rmsg_g, 0), 2); /* riov[0] is 2 bytes */
    assert_true(rm->msg_flags & MSG_CTRUNC);
    rc = (struct cmsghdr *)(base + 0x600);
    int nfds = (int)((rc->cmsg_len - CMSG_LEN(0)) / sizeof(int));
    assert_int_equal(nfds, 2);
    for (int i = 0; i < nfds; i++) {
        memcpy(&fd, CMSG_DATA(rc) + i * sizeof(int), sizeof fd);
        close(fd);
    }
    char drain[16];
    assert_int_equal(read(sv[1], drain, sizeof drain), 4);

    /* bad pointers: -EFAULT, and nothing is consumed by a failed receive */
    int before = count_fds();
    assert_int_equal(SYS3(NR_sendmsg, sv[0], gunmapped(), 0), -EFAULT);
    iov[0] = gunmapped();
    guest_msg(msg_g, page + 0x200, 1, 0, 0);
    assert_int_equal(SYS3(NR_sendmsg, sv[0], msg_g, 0), -EFAULT);
    iov[0] = data_g;
    guest_msg(msg_g, page + 0x200, 1, gunmapped(), 24);
    assert_int_equal(SYS3(NR_sendmsg, sv[0], msg_g, 0), -EFAULT);
    guest_msg(msg_g, gunmapped(), 1, 0, 0);
    assert_int_equal(SYS3(NR_sendmsg, sv[0], msg_g, 0), -EFAULT);
    guest_msg(msg_g, page + 0x200, 1025, 0, 0);
    assert_int_equal(SYS3(NR_sendmsg, sv[0], msg_g, 0), -EMSGSIZE);

    assert_int_equal(write(sv[0], "keep", 4), 4);
    uint64_t ro = gmap(GMEM_PAGE, PROT_READ);
    assert_int_equal(SYS3(NR_recvmsg, sv[1], ro, 0), -EFAULT); /* msghdr not writable */
    riov[0] = ro;
    riov[1] = 4;
    guest_msg(rmsg_g, page + 0x500, 1, 0, 0);
    assert_int_equal(SYS3(NR_recvmsg, sv[1], rmsg_g, 0), -EFAULT); /* buffer not writable */
    riov[0] = page + GMEM_PAGE;
    assert_int_equal(SYS3(NR_recvmsg, sv[1], rmsg_g, 0), 4);
    assert_memory_equal(rbuf, "keep", 4);
    assert_int_equal(count_fds(), before);

    close(sv[0]);
    close(sv[1]);
    close(pp[0]);
    close(pp[1]);
}

static void test_mmsg(void **state) {
    (void)state;
    uint64_t page = gmap(2 * GMEM_PAGE, PROT_READ | PROT_WRITE);
    uint8_t *base = g2h(page);
    assert_int_equal(SYS4(NR_socketpair, AF_UNIX, SOCK_DGRAM, 0, page), 0);
    int sv[2];
    memcpy(sv, base, sizeof sv);

    /* three messages: "a", "bb", "ccc" */
    memcpy(base + 0x100, "abbccc", 6);
    uint64_t *iov = (uint64_t *)(base + 0x200);
    static const int off[3] = {0, 1, 3}, len[3] = {1, 2, 3};
    rv64_mmsghdr *mm = (rv64_mmsghdr *)(base + 0x400);
    memset(mm, 0, 3 * sizeof *mm);
    for (int i = 0; i < 3; i++) {
        iov[2 * i] = page + 0x100 + (uint64_t)off[i];
        iov[2 * i + 1] = (uint64_t)len[i];
        mm[i].msg_hdr.msg_iov = page + 0x200 + 16 * (uint64_t)i;
        mm[i].msg_hdr.msg_iovlen = 1;
        mm[i].msg_len = 0xdead;
    }
    assert_int_equal(SYS4(NR_sendmmsg, sv[0], page + 0x400, 3, 0), 3);
    for (int i = 0; i < 3; i++)
        assert_int_equal(mm[i].msg_len, len[i]);

    /* receive with a 2-byte buffer for the last one: MSG_TRUNC per message */
    uint8_t *rb = base + GMEM_PAGE;
    memset(rb, 0, 64);
    for (int i = 0; i < 3; i++) {
        iov[2 * i] = page + GMEM_PAGE + 16 * (uint64_t)i;
        iov[2 * i + 1] = i == 2 ? 2 : 16;
        mm[i].msg_len = 0;
        mm[i].msg_hdr.msg_flags = 0;
    }
    assert_int_equal(SYS5(NR_recvmmsg, sv[1], page + 0x400, 3, MSG_DONTWAIT, 0), 3);
    assert_int_equal(mm[0].msg_len, 1);
    assert_int_equal(mm[1].msg_len, 2);
    assert_int_equal(mm[2].msg_len, 2);
    assert_memory_equal(rb + 16, "bb", 2);
    assert_true(mm[2].msg_hdr.msg_flags & MSG_TRUNC);
    assert_false(mm[0].msg_hdr.msg_flags & MSG_TRUNC);
    assert_int_equal(SYS5(NR_recvmmsg, sv[1], page + 0x400, 3, MSG_DONTWAIT, 0), -EAGAIN);
    assert_int_equal(SYS5(NR_recvmmsg, sv[1], gunmapped(), 3, MSG_DONTWAIT, 0), -EFAULT);
    assert_int_equal(SYS5(NR_recvmmsg, sv[1], page + 0x400, 3, MSG_DONTWAIT, gunmapped()), -EFAULT);
    close(sv[0]);
    close(sv[1]);
}

/* ---- socket addresses and options ---- */

static void test_socket_addresses(void **state) {
    (void)state;
    int64_t s = SYS3(NR_socket, AF_INET, SOCK_DGRAM | SOCK_CLOEXEC, 0);
    assert_true(s >= 0);
    uint64_t page = gmap(GMEM_PAGE, PROT_READ | PROT_WRITE);
    uint8_t *base = g2h(page);
    struct sockaddr_in *sin = (struct sockaddr_in *)base;
    sin->sin_family = AF_INET;
    sin->sin_port = 0;
    sin->sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    assert_int_equal(SYS3(NR_bind, s, page, sizeof *sin), 0);
    assert_int_equal(SYS3(NR_bind, s, page, -1), -EINVAL);
    assert_int_equal(SYS3(NR_bind, s, page, 129), -EINVAL);

    struct sockaddr_in *name = (struct sockaddr_in *)(base + 0x100);
    uint32_t *len = (uint32_t *)(base + 0x200);
    *len = 128;
    memset(name, 0, sizeof *name);
    assert_int_equal(SYS3(NR_getsockname, s, page + 0x100, page + 0x200), 0);
    assert_int_equal(*len, sizeof *name);
    assert_int_equal(name->sin_family, AF_INET);
    assert_true(name->sin_port != 0);
    /* a zero length with no buffer is fine: only the length comes back */
    *len = 0;
    assert_int_equal(SYS3(NR_getsockname, s, 0, page + 0x200), 0);
    assert_int_equal(*len, sizeof *name);
    assert_int_equal(SYS3(NR_getsockname, s, page + 0x100, gunmapped()), -EFAULT);
    *len = 16;
    assert_int_equal(SYS3(NR_getsockname, s, gunmapped(), page + 0x200), -EFAULT);
    *len = (uint32_t)-1;
    assert_int_equal(SYS3(NR_getsockname, s, page + 0x100, page + 0x200), -EINVAL);

    /* sendto ourselves, recvfrom with a 4-byte address buffer: truncated, full length back */
    memcpy(base + 0x300, "ping", 4);
    assert_int_equal(SYS6(NR_sendto, s, page + 0x300, 4, 0, page + 0x100, sizeof *name), 4);
    memset(base + 0x400, 0xcc, 32);
    *len = 4;
    assert_int_equal(SYS6(NR_recvfrom, s, page + 0x500, 16, 0, page + 0x400, page + 0x200), 4);
    assert_int_equal(*len, sizeof *name);
    assert_int_equal(base[0x404], 0xcc); /* nothing past the 4 bytes asked for */
    assert_memory_equal(base + 0x500, "ping", 4);
    assert_int_equal(SYS6(NR_sendto, s, gunmapped(), 4, 0, page + 0x100, 16), -EFAULT);
    assert_int_equal(SYS6(NR_sendto, s, page + 0x300, 4, 0, gunmapped(), 16), -EFAULT);
    assert_int_equal(SYS6(NR_recvfrom, s, gunmapped(), 4, MSG_DONTWAIT, 0, 0), -EFAULT);

    /* setsockopt/getsockopt with guest buffers */
    int *val = (int *)(base + 0x600);
    *val = 1;
    assert_int_equal(SYS5(NR_setsockopt, s, SOL_SOCKET, SO_REUSEADDR, page + 0x600, 4), 0);
    *val = 0;
    *len = 4;
    assert_int_equal(SYS5(NR_getsockopt, s, SOL_SOCKET, SO_REUSEADDR, page + 0x600, page + 0x200),
                     0);
    assert_int_equal(*val, 1);
    assert_int_equal(*len, 4);
    assert_int_equal(SYS5(NR_setsockopt, s, SOL_SOCKET, SO_REUSEADDR, gunmapped(), 4), -EFAULT);
    assert_int_equal(SYS5(NR_setsockopt, s, SOL_SOCKET, SO_REUSEADDR, page + 0x600, -1), -EINVAL);
    assert_int_equal(SYS5(NR_getsockopt, s, SOL_SOCKET, SO_TYPE, page + 0x600, gunmapped()),
                     -EFAULT);

    /* SO_ATTACH_FILTER: struct sock_fprog holds a guest pointer to the program */
    struct sock_filter *prog = (struct sock_filter *)(base + 0x700);
    prog[0] = (struct sock_filter)BPF_STMT(BPF_RET | BPF_K, 0); /* drop everything */
    uint64_t *fprog = (uint64_t *)(base + 0x800);
    fprog[0] = 1; /* len (unsigned short) + padding */
    fprog[1] = page + 0x700;
    assert_int_equal(SYS5(NR_setsockopt, s, SOL_SOCKET, SO_ATTACH_FILTER, page + 0x800, 16), 0);
    assert_int_equal(SYS6(NR_sendto, s, page + 0x300, 4, 0, page + 0x100, sizeof *name), 4);
    assert_int_equal(SYS6(NR_recvfrom, s, page + 0x500, 16, MSG_DONTWAIT, 0, 0), -EAGAIN);
    fprog[1] = gunmapped();
    assert_int_equal(SYS5(NR_setsockopt, s, SOL_SOCKET, SO_ATTACH_FILTER, page + 0x800, 16),
                     -EFAULT);
    close((int)s);

    /* accept4 on a non-blocking listener; bad socketpair pointer leaks no descriptors */
    int64_t l = SYS3(NR_socket, AF_INET, SOCK_STREAM | SOCK_NONBLOCK, 0);
    assert_true(l >= 0);
    assert_int_equal(SYS3(NR_bind, l, page, sizeof *sin), 0);
    assert_int_equal(listen((int)l, 1), 0);
    *len = 16;
    assert_int_equal(SYS4(NR_accept4, l, page + 0x100, page + 0x200, 0), -EAGAIN);
    assert_int_equal(SYS4(NR_accept4, l, page + 0x100, gunmapped(), 0), -EFAULT);
    close((int)l);
    int before = count_fds();
    assert_int_equal(SYS4(NR_socketpair, AF_UNIX, SOCK_STREAM, 0, gunmapped()), -EFAULT);
    uint64_t ro = gmap(GMEM_PAGE, PROT_READ);
    assert_int_equal(SYS4(NR_socketpair, AF_UNIX, SOCK_STREAM, 0, ro), -EFAULT);
    assert_int_equal(count_fds(), before);
}

/* ---- event fds, splice, xattrs, memory ---- */

static void test_efault_and_misc(void **state) {
    (void)state;
    uint64_t bad = gunmapped();
    uint64_t page = gmap(GMEM_PAGE, PROT_READ | PROT_WRITE);
    uint8_t *base = g2h(page);

    /* eventfd, timerfd, signalfd */
    int64_t efd = SYS2(NR_eventfd2, 3, O_NONBLOCK);
    assert_true(efd >= 0);
    uint64_t v = 0;
    assert_int_equal(read((int)efd, &v, 8), 8);
    assert_true(v == 3);
    close((int)efd);
    int64_t tfd = SYS2(NR_timerfd_create, CLOCK_MONOTONIC, 0);
    assert_true(tfd >= 0);
    memset(base, 0, 32);
    assert_int_equal(SYS4(NR_timerfd_settime, tfd, 0, bad, 0), -EFAULT);
    assert_int_equal(SYS4(NR_timerfd_settime, tfd, 0, page, bad), -EFAULT);
    assert_int_equal(SYS4(NR_timerfd_settime, tfd, 0, page, page + 64), 0);
    close((int)tfd);
    uint64_t *mask = (uint64_t *)(base + 0x100);
    *mask = 1ull << (SIGUSR2 - 1);
    assert_int_equal(SYS4(NR_signalfd4, -1, bad, 8, 0), -EFAULT);
    assert_int_equal(SYS4(NR_signalfd4, -1, page + 0x100, 4, 0), -EINVAL);
    int64_t sfd = SYS4(NR_signalfd4, -1, page + 0x100, 8, O_NONBLOCK);
    assert_true(sfd >= 0);
    close((int)sfd);

    /* paths and names */
    assert_int_equal(SYS3(NR_inotify_add_watch, 0, bad, 0), -EFAULT);
    assert_int_equal(SYS2(NR_memfd_create, bad, 0), -EFAULT);
    int64_t mfd = SYS2(NR_memfd_create, gstr("unit"), MFD_CLOEXEC);
    assert_true(mfd >= 0);
    close((int)mfd);
    char *longname = g2h(gmap(2 * GMEM_PAGE, PROT_READ | PROT_WRITE));
    memset(longname, 'n', 2 * GMEM_PAGE - 1);
    assert_int_equal(SYS2(NR_memfd_create, h2g(longname), 0), -EINVAL);

    char path[128];
    snprintf(path, sizeof path, "%s/xattr", tmpdir);
    int fd = open(path, O_CREAT | O_RDWR, 0600);
    assert_true(fd >= 0);
    uint64_t gpath = gstr(path), gname = gstr("user.unit");
    memcpy(base + 0x200, "value", 5);
    assert_int_equal(SYS5(NR_setxattr, bad, gname, page + 0x200, 5, 0), -EFAULT);
    assert_int_equal(SYS5(NR_setxattr, gpath, bad, page + 0x200, 5, 0), -EFAULT);
    assert_int_equal(SYS5(NR_setxattr, gpath, gname, bad, 5, 0), -EFAULT);
    assert_int_equal(SYS5(NR_setxattr, gpath, gname, page + 0x200, 70000, 0), -E2BIG);
    int64_t r = SYS5(NR_setxattr, gpath, gname, page + 0x200, 5, 0);
    if (r != -ENOTSUP) {
        assert_int_equal(r, 0);
        assert_int_equal(SYS4(NR_getxattr, gpath, gname, 0, 0), 5);
        assert_int_equal(SYS4(NR_getxattr, gpath, gname, bad, 5), -EFAULT);
        memset(base + 0x300, 0, 16);
        assert_int_equal(SYS4(NR_getxattr, gpath, gname, page + 0x300, 16), 5);
        assert_memory_equal(base + 0x300, "value", 5);
    }
    char *ln = g2h(gmap(GMEM_PAGE, PROT_READ | PROT_WRITE));
    memcpy(ln, "user.", 5);
    memset(ln + 5, 'x', 300);
    assert_int_equal(SYS4(NR_getxattr, gpath, h2g(ln), page + 0x300, 16), -ERANGE);
    assert_int_equal(SYS2(NR_flock, fd, LOCK_EX | LOCK_NB), 0);
    close(fd);

    /* splice/vmsplice pointers */
    int p[2];
    assert_int_equal(pipe(p), 0);
    assert_int_equal(SYS6(NR_splice, p[0], bad, p[1], 0, 4, 0), -EFAULT);
    uint64_t *iov = (uint64_t *)(base + 0x400);
    memcpy(base + 0x500, "vmsp", 4);
    iov[0] = page + 0x500;
    iov[1] = 4;
    assert_int_equal(SYS4(NR_vmsplice, p[1], page + 0x400, 1, 0), 4);
    iov[0] = bad;
    assert_int_equal(SYS4(NR_vmsplice, p[1], page + 0x400, 1, 0), -EFAULT);
    /* reading out of the pipe needs a writable buffer */
    uint64_t ro = gmap(GMEM_PAGE, PROT_READ);
    iov[0] = ro;
    assert_int_equal(SYS4(NR_vmsplice, p[0], page + 0x400, 1, 0), -EFAULT);
    iov[0] = page + 0x600;
    assert_int_equal(SYS4(NR_vmsplice, p[0], page + 0x400, 1, 0), 4);
    assert_memory_equal(base + 0x600, "vmsp", 4);
    assert_int_equal(SYS4(NR_vmsplice, p[0], page + 0x400, 1025, 0), -EINVAL);
    assert_int_equal(SYS4(NR_vmsplice, 999, page + 0x400, 1, 0), -EBADF);
    close(p[0]);
    close(p[1]);

    /* memory locking and residency */
    uint64_t m = gmap(3 * GMEM_PAGE, PROT_READ | PROT_WRITE);
    assert_int_equal(gmem_munmap(m + 2 * GMEM_PAGE, GMEM_PAGE), 0);
    assert_int_equal(SYS2(NR_mlock, bad, GMEM_PAGE), -ENOMEM);
    assert_int_equal(SYS2(NR_mlock, m, 3 * GMEM_PAGE), -ENOMEM); /* runs past the mapping */
    assert_int_equal(SYS3(NR_mincore, m, 3 * GMEM_PAGE, page + 0x700), -ENOMEM);
    r = SYS2(NR_mlock, m + 10, 100);
    assert_true(r == 0 || r == -ENOMEM || r == -EPERM); /* RLIMIT_MEMLOCK may forbid it */
    r = SYS3(NR_mlock2, m, GMEM_PAGE, 1 /* MLOCK_ONFAULT */);
    assert_true(r == 0 || r == -ENOMEM || r == -EPERM);
    ((uint8_t *)g2h(m))[0] = 1;
    assert_int_equal(SYS3(NR_mincore, m, 2 * GMEM_PAGE, page + 0x700), 0);
    assert_int_equal(base[0x700] & 1, 1);
    assert_int_equal(SYS3(NR_mincore, m, 2 * GMEM_PAGE, bad), -EFAULT);
    assert_int_equal(SYS3(NR_mincore, m + 1, GMEM_PAGE, page + 0x700), -EINVAL);
    assert_int_equal(SYS3(NR_mincore, bad, GMEM_PAGE, page + 0x700), -ENOMEM);
    assert_int_equal(SYS1(NR_mlockall, 0), -EINVAL);
    assert_int_equal(SYS1(NR_mlockall, MCL_ONFAULT), -EINVAL);
    assert_int_equal(SYS1(NR_mlockall, 0x100), -EINVAL);
    assert_int_equal(SYS1(NR_mlockall, MCL_FUTURE), 0);
    r = SYS1(NR_mlockall, MCL_CURRENT | MCL_ONFAULT);
    assert_true(r == 0 || r == -ENOMEM || r == -EPERM);
    assert_int_equal(SYS1(NR_munlockall, 0), 0);
}

static void test_names(void **state) {
    (void)state;
    assert_string_equal(syscall_name(NR_epoll_create1), "epoll_create1");
    assert_string_equal(syscall_name(NR_pselect6), "pselect6");
    assert_string_equal(syscall_name(NR_recvmmsg), "recvmmsg");
    assert_string_equal(syscall_name(NR_epoll_pwait2), "epoll_pwait2");
    /* implemented now: a bad fd reaches the host instead of -ENOSYS */
    assert_int_equal(SYS3(NR_epoll_ctl, 12345, EPOLL_CTL_DEL, 0), -EBADF);
    assert_int_equal(SYS2(NR_flock, 12345, LOCK_SH), -EBADF);
    assert_int_equal(SYS5(NR_recvmmsg, 12345, 0, 0, 0, 0), -EBADF);
}

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_epoll_event_convert),
        cmocka_unit_test(test_epoll_handlers),
        cmocka_unit_test(test_pselect6),
        cmocka_unit_test(test_sendmsg_recvmsg_scm_rights),
        cmocka_unit_test(test_mmsg),
        cmocka_unit_test(test_socket_addresses),
        cmocka_unit_test(test_efault_and_misc),
        cmocka_unit_test(test_names),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
