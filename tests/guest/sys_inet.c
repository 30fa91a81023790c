/* IPv4 loopback in one thread: UDP sendto/recvfrom with getsockname and a connected UDP socket,
 * a socket filter (SO_ATTACH_FILTER), TCP with a non-blocking connect, accept4, getpeername,
 * socket options and shutdown. Port numbers are random, so only their consistency is printed. */
#define _GNU_SOURCE
#include <arpa/inet.h>
#include <errno.h>
#include <fcntl.h>
#include <linux/filter.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <poll.h>
#include <stdio.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/time.h>
#include <unistd.h>

static const char *err(long r) {
    return r < 0 ? strerrorname_np(errno) : "ok";
}

static struct sockaddr_in loopback(void) {
    struct sockaddr_in a;
    memset(&a, 0, sizeof a);
    a.sin_family = AF_INET;
    a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    return a;
}

int main(void) {
    /* UDP */
    int u1 = socket(AF_INET, SOCK_DGRAM | SOCK_CLOEXEC, 0);
    int u2 = socket(AF_INET, SOCK_DGRAM, 0);
    struct sockaddr_in a1 = loopback(), a2 = loopback();
    printf("udp bind: %s %s\n", err(bind(u1, (void *)&a1, sizeof a1)),
           err(bind(u2, (void *)&a2, sizeof a2)));
    socklen_t len = sizeof a1;
    printf("getsockname: %s len=%u\n", err(getsockname(u1, (void *)&a1, &len)), len);
    len = sizeof a2;
    getsockname(u2, (void *)&a2, &len);
    printf("port assigned: %d family=%d addr=%s\n", ntohs(a1.sin_port) != 0, a1.sin_family,
           inet_ntoa(a1.sin_addr));
    long r = sendto(u2, "datagram", 8, 0, (void *)&a1, sizeof a1);
    printf("sendto: %ld\n", r);
    char buf[64] = {0};
    struct sockaddr_in from;
    memset(&from, 0xff, sizeof from);
    len = sizeof from;
    r = recvfrom(u1, buf, sizeof buf, 0, (void *)&from, &len);
    printf("recvfrom: %ld %s len=%u from_ok=%d\n", r, buf, len,
           from.sin_port == a2.sin_port && from.sin_addr.s_addr == a2.sin_addr.s_addr);
    len = 4; /* short address buffer: truncated, full length reported */
    sendto(u2, "x", 1, 0, (void *)&a1, sizeof a1);
    r = recvfrom(u1, buf, sizeof buf, 0, (void *)&from, &len);
    printf("recvfrom short addr: %ld len=%u\n", r, len);
    sendto(u2, "y", 1, 0, (void *)&a1, sizeof a1);
    r = recvfrom(u1, buf, sizeof buf, 0, NULL, NULL);
    printf("recvfrom no addr: %ld\n", r);

    /* connected UDP */
    printf("udp connect: %s\n", err(connect(u2, (void *)&a1, sizeof a1)));
    r = send(u2, "connected", 9, 0);
    memset(buf, 0, sizeof buf);
    r = recv(u1, buf, sizeof buf, 0);
    printf("send/recv: %ld %s\n", r, buf);
    struct sockaddr_in peer;
    len = sizeof peer;
    getpeername(u2, (void *)&peer, &len);
    printf("udp getpeername: %d\n", peer.sin_port == a1.sin_port);

    /* socket filter: drop everything, then accept everything */
    struct sock_filter drop[] = {BPF_STMT(BPF_RET | BPF_K, 0)};
    struct sock_fprog prog = {.len = 1, .filter = drop};
    printf("attach drop filter: %s\n",
           err(setsockopt(u1, SOL_SOCKET, SO_ATTACH_FILTER, &prog, sizeof prog)));
    send(u2, "dropped", 7, 0);
    usleep(10000);
    r = recv(u1, buf, sizeof buf, MSG_DONTWAIT);
    printf("filtered: %ld %s\n", r, err(r));
    struct sock_filter all[] = {BPF_STMT(BPF_RET | BPF_K, 0xffff)};
    prog.filter = all;
    printf("attach pass filter: %s\n",
           err(setsockopt(u1, SOL_SOCKET, SO_ATTACH_FILTER, &prog, sizeof prog)));
    send(u2, "passed", 6, 0);
    memset(buf, 0, sizeof buf);
    r = recv(u1, buf, sizeof buf, 0);
    printf("unfiltered: %ld %s\n", r, buf);
    close(u1);
    close(u2);

    /* TCP */
    int ls = socket(AF_INET, SOCK_STREAM, 0);
    int one = 1;
    printf("SO_REUSEADDR: %s\n", err(setsockopt(ls, SOL_SOCKET, SO_REUSEADDR, &one, sizeof one)));
    int val = 0;
    len = sizeof val;
    getsockopt(ls, SOL_SOCKET, SO_REUSEADDR, &val, &len);
    printf("get SO_REUSEADDR: %d len=%u\n", val, len);
    len = sizeof val;
    getsockopt(ls, SOL_SOCKET, SO_TYPE, &val, &len);
    printf("SO_TYPE: %d\n", val);
    struct sockaddr_in la = loopback();
    bind(ls, (void *)&la, sizeof la);
    len = sizeof la;
    getsockname(ls, (void *)&la, &len);
    printf("listen: %s\n", err(listen(ls, 4)));

    int cs = socket(AF_INET, SOCK_STREAM | SOCK_NONBLOCK, 0);
    r = connect(cs, (void *)&la, sizeof la);
    printf("nonblocking connect: %s\n", r == 0 || errno == EINPROGRESS ? "ok" : err(r));
    struct pollfd pf = {.fd = ls, .events = POLLIN};
    printf("listener readable: %d\n", poll(&pf, 1, 5000));
    struct sockaddr_in ca;
    len = sizeof ca;
    int as = accept4(ls, (void *)&ca, &len, SOCK_CLOEXEC);
    printf("accept4: %s len=%u cloexec=%d\n", err(as), len, (fcntl(as, F_GETFD) & FD_CLOEXEC) != 0);
    pf.fd = cs;
    pf.events = POLLOUT;
    printf("connected: %d\n", poll(&pf, 1, 5000));
    val = -1;
    len = sizeof val;
    getsockopt(cs, SOL_SOCKET, SO_ERROR, &val, &len);
    printf("SO_ERROR: %d\n", val);
    struct sockaddr_in cname, pname;
    len = sizeof cname;
    getsockname(cs, (void *)&cname, &len);
    len = sizeof pname;
    getpeername(as, (void *)&pname, &len);
    printf("peer matches: %d port_matches_accept: %d\n", cname.sin_port == pname.sin_port,
           ca.sin_port == cname.sin_port);
    printf("TCP_NODELAY: %s\n", err(setsockopt(cs, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one)));
    val = 0;
    len = sizeof val;
    getsockopt(cs, IPPROTO_TCP, TCP_NODELAY, &val, &len);
    printf("get TCP_NODELAY: %d\n", val);
    struct timeval tv = {1, 500000}, tv2 = {0, 0};
    setsockopt(as, SOL_SOCKET, SO_RCVTIMEO, &tv, sizeof tv);
    len = sizeof tv2;
    getsockopt(as, SOL_SOCKET, SO_RCVTIMEO, &tv2, &len);
    printf("SO_RCVTIMEO: %ld.%06ld len=%u\n", (long)tv2.tv_sec, (long)tv2.tv_usec, len);
    struct linger lg = {1, 3}, lg2 = {0, 0};
    setsockopt(as, SOL_SOCKET, SO_LINGER, &lg, sizeof lg);
    len = sizeof lg2;
    getsockopt(as, SOL_SOCKET, SO_LINGER, &lg2, &len);
    printf("SO_LINGER: %d %d\n", lg2.l_onoff, lg2.l_linger);

    r = send(cs, "ping", 4, 0);
    memset(buf, 0, sizeof buf);
    r = recv(as, buf, sizeof buf, 0);
    printf("client->server: %ld %s\n", r, buf);
    send(as, "pong", 4, 0);
    pf.events = POLLIN;
    poll(&pf, 1, 5000);
    memset(buf, 0, sizeof buf);
    r = recv(cs, buf, sizeof buf, 0);
    printf("server->client: %ld %s\n", r, buf);
    printf("shutdown: %s\n", err(shutdown(cs, SHUT_WR)));
    r = recv(as, buf, sizeof buf, 0);
    printf("eof: %ld\n", r);
    r = send(cs, "late", 4, MSG_NOSIGNAL);
    printf("send after shutdown: %ld %s\n", r, err(r));

    /* errors */
    printf("accept on non-listening: %s\n", err(accept(cs, NULL, NULL)));
    printf("bind bad family len: %s\n", err(bind(ls, (void *)&la, 3)));
    printf("bad domain: %s\n", err(socket(12345, SOCK_STREAM, 0)));
    printf("bad option: %s\n", err(setsockopt(ls, SOL_SOCKET, 12345, &one, sizeof one)));
    printf("getsockopt on pipe: %s\n", err(getsockopt(0, SOL_SOCKET, SO_TYPE, &val, &len)));
    close(as);
    close(cs);
    close(ls);
    return 0;
}
