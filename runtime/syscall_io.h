/*
 * syscall_io.h - riscv64 layouts and converters of runtime/syscall_io.c (event fds, polling,
 * sockets, splice, xattrs, memory locking), shared with the unit tests.
 *
 * Only struct epoll_event really differs between the two ABIs: x86-64 declares it packed (12
 * bytes), riscv64 uses the natural layout (16 bytes, 4 bytes of padding before the 64-bit data).
 * struct msghdr and struct mmsghdr have the same layout on both 64-bit ABIs but carry guest
 * pointers, so they get a guest-side declaration (addresses as uint64_t) and are rebuilt on the
 * host side with translated pointers. The static asserts pin every offset relied on.
 *
 * Include it with _GNU_SOURCE defined (struct mmsghdr).
 */
#ifndef RECOMP_SYSCALL_IO_H
#define RECOMP_SYSCALL_IO_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <sys/epoll.h>
#include <sys/socket.h>

#include "rv64_cpu.h"

/* struct epoll_event of riscv64 (include/uapi/linux/eventpoll.h without EPOLL_PACKED). */
typedef struct rv64_epoll_event {
    uint32_t events;
    uint32_t pad;
    uint64_t data;
} rv64_epoll_event;

_Static_assert(sizeof(rv64_epoll_event) == 16, "riscv64 struct epoll_event is 16 bytes");
_Static_assert(offsetof(rv64_epoll_event, data) == 8, "riscv64 epoll_event.data");
_Static_assert(sizeof(struct epoll_event) == 12, "x86-64 struct epoll_event is packed");
_Static_assert(offsetof(struct epoll_event, data) == 4, "x86-64 epoll_event.data");

/* struct msghdr of riscv64 (64-bit: size_t lengths, int namelen/flags). */
typedef struct rv64_msghdr {
    uint64_t msg_name;
    uint32_t msg_namelen;
    uint32_t pad1;
    uint64_t msg_iov;
    uint64_t msg_iovlen;
    uint64_t msg_control;
    uint64_t msg_controllen;
    int32_t msg_flags;
    uint32_t pad2;
} rv64_msghdr;

/* struct mmsghdr: a msghdr and the byte count of that message. */
typedef struct rv64_mmsghdr {
    rv64_msghdr msg_hdr;
    uint32_t msg_len;
    uint32_t pad;
} rv64_mmsghdr;

_Static_assert(sizeof(rv64_msghdr) == 56 && sizeof(struct msghdr) == 56, "msghdr is 56 bytes");
_Static_assert(offsetof(rv64_msghdr, msg_namelen) == offsetof(struct msghdr, msg_namelen) &&
                   offsetof(rv64_msghdr, msg_iov) == offsetof(struct msghdr, msg_iov) &&
                   offsetof(rv64_msghdr, msg_iovlen) == offsetof(struct msghdr, msg_iovlen) &&
                   offsetof(rv64_msghdr, msg_control) == offsetof(struct msghdr, msg_control) &&
                   offsetof(rv64_msghdr, msg_controllen) ==
                       offsetof(struct msghdr, msg_controllen) &&
                   offsetof(rv64_msghdr, msg_flags) == offsetof(struct msghdr, msg_flags),
               "msghdr offsets");
_Static_assert(sizeof(rv64_mmsghdr) == 64 && sizeof(struct mmsghdr) == 64, "mmsghdr is 64 bytes");
_Static_assert(offsetof(rv64_mmsghdr, msg_len) == offsetof(struct mmsghdr, msg_len), "msg_len");
/* Control messages are passed through in place: their header must match too. */
_Static_assert(sizeof(struct cmsghdr) == 16 && offsetof(struct cmsghdr, cmsg_level) == 8 &&
                   offsetof(struct cmsghdr, cmsg_type) == 12,
               "cmsghdr");

/* Guest epoll_event <-> host epoll_event, field by field (the padding reads back as zero). */
void syscall_epoll_event_to_host(const rv64_epoll_event *guest, struct epoll_event *host);
void syscall_epoll_event_to_rv64(const struct epoll_event *host, rv64_epoll_event *guest);

/* The host kernel sigset (8 bytes, bit sig-1: same numbering on both) to use for a guest mask
 * passed to a syscall that sets a temporary mask (pselect6, epoll_pwait, ...): the guest's set
 * minus SIGKILL/SIGSTOP and the synchronous signals the runtime handles itself. */
uint64_t syscall_io_host_sigmask(uint64_t guest_mask);

/* A temporary guest signal mask for one blocking call (pselect6, epoll_pwait*, and ppoll can use
 * it too), with the kernel's semantics on top of the guest signal layer:
 *
 *     syscall_io_tmpmask m;
 *     int64_t r = syscall_io_tmpmask_begin(cpu, mask_addr, mask_size, &m);  // -EINVAL, -EFAULT
 *     if (r) return r;
 *     r = HOST(syscall(..., m.queued ? <no wait> : timeout, m.active ? &m.host : NULL, 8));
 *     return syscall_io_tmpmask_end(cpu, &m, r);
 *
 * begin (mask_addr 0 = no mask, nothing changes) makes the guest's sigset the thread's mask and
 * blocks host signals until the host call installs m.host atomically. end restores the guest's
 * own mask, except after -EINTR for a signal the guest will now take: then the temporary mask
 * stays until the dispatcher delivers it (guest_thread.has_saved_mask, as for rt_sigsuspend).
 * m.queued: such a signal was already queued, so the call must only poll (a 0 result becomes
 * -EINTR). */
struct guest_thread;
typedef struct syscall_io_tmpmask {
    bool active;   /* the guest passed a mask */
    bool queued;   /* a signal the mask unblocks was already queued: poll only */
    uint64_t host; /* the host kernel sigset for the call */
    struct guest_thread *t;
} syscall_io_tmpmask;

int64_t syscall_io_tmpmask_begin(rv64_cpu *cpu, uint64_t mask_addr, uint64_t mask_size,
                                 syscall_io_tmpmask *m);
int64_t syscall_io_tmpmask_end(rv64_cpu *cpu, syscall_io_tmpmask *m, int64_t r);

#endif
