/* Unix socket pairs: sendmsg/recvmsg with scatter/gather buffers, SCM_RIGHTS passing a pipe fd,
 * SCM_CREDENTIALS, MSG_CTRUNC for a short control buffer, MSG_PEEK, datagram boundaries,
 * sendmmsg/recvmmsg, and shutdown. */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/uio.h>
#include <unistd.h>

static const char *err(long r) {
    return r < 0 ? strerrorname_np(errno) : "ok";
}

/* Send `len` bytes with `nfds` descriptors attached. */
static long send_fds(int sock, const char *data, size_t len, const int *fds, int nfds) {
    struct iovec iov[2] = {{(void *)data, len / 2}, {(void *)(data + len / 2), len - len / 2}};
    union {
        char buf[CMSG_SPACE(4 * sizeof(int))];
        struct cmsghdr align;
    } ctl;
    memset(&ctl, 0, sizeof ctl);
    struct msghdr m = {.msg_iov = iov, .msg_iovlen = 2};
    if (nfds) {
        m.msg_control = ctl.buf;
        m.msg_controllen = CMSG_SPACE(nfds * sizeof(int));
        struct cmsghdr *c = CMSG_FIRSTHDR(&m);
        c->cmsg_level = SOL_SOCKET;
        c->cmsg_type = SCM_RIGHTS;
        c->cmsg_len = CMSG_LEN(nfds * sizeof(int));
        memcpy(CMSG_DATA(c), fds, nfds * sizeof(int));
    }
    return sendmsg(sock, &m, 0);
}

int main(void) {
    int sv[2];
    printf("socketpair: %s\n", err(socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, sv)));
    int p[2];
    pipe(p);

    /* pass the pipe's read end */
    long r = send_fds(sv[0], "hello fd", 8, &p[0], 1);
    printf("sendmsg: %ld\n", r);
    close(p[0]);
    char b1[3], b2[16];
    memset(b1, 0, sizeof b1);
    memset(b2, 0, sizeof b2);
    struct iovec iov[2] = {{b1, sizeof b1}, {b2, sizeof b2 - 1}};
    union {
        char buf[CMSG_SPACE(4 * sizeof(int))];
        struct cmsghdr align;
    } ctl;
    struct msghdr m = {
        .msg_iov = iov, .msg_iovlen = 2, .msg_control = ctl.buf, .msg_controllen = sizeof ctl.buf};
    r = recvmsg(sv[1], &m, MSG_CMSG_CLOEXEC);
    printf("recvmsg: %ld [%.3s|%s] controllen=%zu flags=%#x\n", r, b1, b2, (size_t)m.msg_controllen,
           m.msg_flags);
    int got = -1;
    for (struct cmsghdr *c = CMSG_FIRSTHDR(&m); c; c = CMSG_NXTHDR(&m, c)) {
        printf("  cmsg level=%d type=%d len=%zu\n", c->cmsg_level, c->cmsg_type,
               (size_t)c->cmsg_len);
        if (c->cmsg_level == SOL_SOCKET && c->cmsg_type == SCM_RIGHTS)
            memcpy(&got, CMSG_DATA(c), sizeof got);
    }
    printf("received fd: valid=%d cloexec=%d\n", fcntl(got, F_GETFD) >= 0,
           (fcntl(got, F_GETFD) & FD_CLOEXEC) != 0);
    write(p[1], "via passed fd", 13);
    char buf[64] = {0};
    r = read(got, buf, sizeof buf - 1);
    printf("read through it: %ld %s\n", r, buf);
    close(got);

    /* three fds, control buffer room for two (CMSG_SPACE(4) is 24 bytes): MSG_CTRUNC */
    int three[3] = {p[1], p[1], p[1]};
    send_fds(sv[0], "xy", 2, three, 3);
    union {
        char buf[CMSG_SPACE(sizeof(int))];
        struct cmsghdr align;
    } small;
    struct iovec one = {buf, sizeof buf};
    struct msghdr ms = {.msg_iov = &one,
                        .msg_iovlen = 1,
                        .msg_control = small.buf,
                        .msg_controllen = sizeof small.buf};
    r = recvmsg(sv[1], &ms, 0);
    struct cmsghdr *c = CMSG_FIRSTHDR(&ms);
    int nfds =
        c && c->cmsg_type == SCM_RIGHTS ? (int)((c->cmsg_len - CMSG_LEN(0)) / sizeof(int)) : 0;
    printf("truncated: %ld controllen=%zu fds=%d\n", r, (size_t)ms.msg_controllen, nfds);
    for (int i = 0; i < nfds; i++) {
        int fd;
        memcpy(&fd, CMSG_DATA(c) + i * sizeof(int), sizeof fd);
        close(fd);
    }

    /* credentials */
    int on = 1;
    printf("SO_PASSCRED: %s\n", err(setsockopt(sv[1], SOL_SOCKET, SO_PASSCRED, &on, sizeof on)));
    struct ucred cred = {.pid = getpid(), .uid = getuid(), .gid = getgid()};
    union {
        char buf[CMSG_SPACE(sizeof(struct ucred))];
        struct cmsghdr align;
    } cc;
    memset(&cc, 0, sizeof cc);
    struct iovec ci = {"cred", 4};
    struct msghdr mc = {
        .msg_iov = &ci, .msg_iovlen = 1, .msg_control = cc.buf, .msg_controllen = sizeof cc.buf};
    c = CMSG_FIRSTHDR(&mc);
    c->cmsg_level = SOL_SOCKET;
    c->cmsg_type = SCM_CREDENTIALS;
    c->cmsg_len = CMSG_LEN(sizeof cred);
    memcpy(CMSG_DATA(c), &cred, sizeof cred);
    printf("send creds: %ld\n", (long)sendmsg(sv[0], &mc, 0));
    memset(&cc, 0, sizeof cc);
    struct iovec ri = {buf, sizeof buf};
    struct msghdr mr = {
        .msg_iov = &ri, .msg_iovlen = 1, .msg_control = cc.buf, .msg_controllen = sizeof cc.buf};
    r = recvmsg(sv[1], &mr, 0);
    c = CMSG_FIRSTHDR(&mr);
    struct ucred rc = {0};
    if (c && c->cmsg_type == SCM_CREDENTIALS) memcpy(&rc, CMSG_DATA(c), sizeof rc);
    printf("recv creds: %ld type=%d pid_ok=%d uid_ok=%d gid_ok=%d\n", r, c ? c->cmsg_type : -1,
           rc.pid == getpid(), rc.uid == getuid(), rc.gid == getgid());
    on = 0;
    setsockopt(sv[1], SOL_SOCKET, SO_PASSCRED, &on, sizeof on);

    /* MSG_PEEK, MSG_DONTWAIT */
    send(sv[0], "peekaboo", 8, 0);
    memset(buf, 0, sizeof buf);
    r = recv(sv[1], buf, 4, MSG_PEEK);
    printf("peek: %ld %s\n", r, buf);
    memset(buf, 0, sizeof buf);
    r = recv(sv[1], buf, sizeof buf, 0);
    printf("recv: %ld %s\n", r, buf);
    r = recv(sv[1], buf, sizeof buf, MSG_DONTWAIT);
    printf("empty: %ld %s\n", r, err(r));

    /* shutdown */
    printf("shutdown: %s\n", err(shutdown(sv[0], SHUT_WR)));
    r = recv(sv[1], buf, sizeof buf, 0);
    printf("after shutdown: %ld\n", r);
    close(sv[0]);
    close(sv[1]);

    /* datagrams keep their boundaries; sendmmsg/recvmmsg */
    socketpair(AF_UNIX, SOCK_DGRAM, 0, sv);
    struct mmsghdr mm[3];
    struct iovec mi[3] = {{"one", 3}, {"three", 5}, {"seventeen", 9}};
    memset(mm, 0, sizeof mm);
    for (int i = 0; i < 3; i++) {
        mm[i].msg_hdr.msg_iov = &mi[i];
        mm[i].msg_hdr.msg_iovlen = 1;
    }
    r = sendmmsg(sv[0], mm, 3, 0);
    printf("sendmmsg: %ld lens=%u,%u,%u\n", r, mm[0].msg_len, mm[1].msg_len, mm[2].msg_len);
    char rb[3][16];
    memset(rb, 0, sizeof rb);
    struct iovec ro[3];
    memset(mm, 0, sizeof mm);
    for (int i = 0; i < 3; i++) {
        ro[i].iov_base = rb[i];
        ro[i].iov_len = i == 2 ? 4 : 15; /* the last one is truncated */
        mm[i].msg_hdr.msg_iov = &ro[i];
        mm[i].msg_hdr.msg_iovlen = 1;
    }
    r = recvmmsg(sv[1], mm, 3, 0, NULL);
    printf("recvmmsg: %ld", r);
    for (int i = 0; i < r; i++)
        printf(" [%s %u trunc=%d]", rb[i], mm[i].msg_len,
               (mm[i].msg_hdr.msg_flags & MSG_TRUNC) != 0);
    printf("\n");
    r = recvmmsg(sv[1], mm, 3, MSG_DONTWAIT, NULL);
    printf("recvmmsg empty: %ld %s\n", r, err(r));

    /* errors */
    printf("sendmsg not socket: %s\n", err(sendmsg(p[1], &m, 0)));
    printf("socketpair inet: %s\n", err(socketpair(AF_INET, SOCK_STREAM, 0, sv)));
    close(p[1]);
    return 0;
}
