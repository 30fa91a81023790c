/* TCP echo over loopback between two threads: the server binds 127.0.0.1 port 0 (the
 * kernel picks), getsockname gives the port, the client connects; 200 messages of 1 to
 * 20000 bytes are echoed and compared (recv loops over partial reads), then the client
 * shuts down its write side and the server sees EOF; a second connection on the same
 * listening socket; getpeername/getsockname agree across the connection; SO_REUSEADDR,
 * TCP_NODELAY, SO_RCVBUF read back; poll with a timeout on an idle socket; connecting to a
 * closed port gives ECONNREFUSED. Only the main thread prints. */
#define _GNU_SOURCE
#include <arpa/inet.h>
#include <errno.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <poll.h>
#include <pthread.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <unistd.h>

#include "guest_check.h"

#define MESSAGES 200
static int listen_fd;

struct server_result {
    long bytes;
    int connections;
    int eof_seen;
    int peer_matches;
};
static struct server_result srv;

static void *server(void *arg) {
    (void)arg;
    char *buf = malloc(65536);
    for (int c = 0; c < 2; c++) {
        struct sockaddr_in peer;
        socklen_t pl = sizeof peer;
        int fd = accept(listen_fd, (struct sockaddr *)&peer, &pl);
        if (fd < 0) break;
        srv.connections++;
        struct sockaddr_in p2;
        socklen_t l2 = sizeof p2;
        getpeername(fd, (struct sockaddr *)&p2, &l2);
        if (p2.sin_port == peer.sin_port && p2.sin_addr.s_addr == htonl(INADDR_LOOPBACK))
            srv.peer_matches++;
        for (;;) {
            ssize_t r = recv(fd, buf, 65536, 0);
            if (r == 0) {
                srv.eof_seen++;
                break;
            }
            if (r < 0) {
                if (errno == EINTR) continue;
                break;
            }
            srv.bytes += r;
            ssize_t off = 0;
            while (off < r) {
                ssize_t w = send(fd, buf + off, (size_t)(r - off), MSG_NOSIGNAL);
                if (w <= 0) break;
                off += w;
            }
        }
        close(fd);
    }
    free(buf);
    return NULL;
}

static int recv_all(int fd, char *p, size_t n) {
    size_t got = 0;
    while (got < n) {
        ssize_t r = recv(fd, p + got, n - got, 0);
        if (r < 0 && errno == EINTR) continue;
        if (r <= 0) return -1;
        got += (size_t)r;
    }
    return 0;
}

static int connect_to(uint16_t port) {
    int fd = socket(AF_INET, SOCK_STREAM, 0);
    struct sockaddr_in a = {
        .sin_family = AF_INET, .sin_port = port, .sin_addr.s_addr = htonl(INADDR_LOOPBACK)};
    if (connect(fd, (struct sockaddr *)&a, sizeof a) != 0) {
        int e = errno;
        close(fd);
        errno = e;
        return -1;
    }
    return fd;
}

int main(void) {
    listen_fd = socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
    int one = 1;
    CHECK(setsockopt(listen_fd, SOL_SOCKET, SO_REUSEADDR, &one, sizeof one) == 0, "SO_REUSEADDR");
    struct sockaddr_in a = {
        .sin_family = AF_INET, .sin_port = 0, .sin_addr.s_addr = htonl(INADDR_LOOPBACK)};
    if (bind(listen_fd, (struct sockaddr *)&a, sizeof a) != 0 || listen(listen_fd, 4) != 0) {
        printf("FAIL: bind/listen: %s\n", strerror(errno));
        return 1;
    }
    socklen_t al = sizeof a;
    getsockname(listen_fd, (struct sockaddr *)&a, &al);
    CHECK(a.sin_family == AF_INET && a.sin_port != 0 && a.sin_addr.s_addr == htonl(INADDR_LOOPBACK),
          "bound to 127.0.0.1 on a kernel-chosen port");

    pthread_t t;
    if (pthread_create(&t, NULL, server, NULL) != 0) {
        printf("FAIL: pthread_create\n");
        return 1;
    }

    int fd = connect_to(a.sin_port);
    CHECK(fd >= 0, "connected");
    if (fd < 0) return 1;
    CHECK(setsockopt(fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one) == 0, "TCP_NODELAY");
    int nd = 0;
    socklen_t ndl = sizeof nd;
    getsockopt(fd, IPPROTO_TCP, TCP_NODELAY, &nd, &ndl);
    CHECK(nd == 1 && ndl == sizeof nd, "TCP_NODELAY reads back as 1");
    int rcvbuf = 0;
    socklen_t rl = sizeof rcvbuf;
    CHECK(getsockopt(fd, SOL_SOCKET, SO_RCVBUF, &rcvbuf, &rl) == 0 && rcvbuf > 0,
          "SO_RCVBUF readable");
    struct sockaddr_in mine, theirs;
    socklen_t ml = sizeof mine, tl = sizeof theirs;
    getsockname(fd, (struct sockaddr *)&mine, &ml);
    getpeername(fd, (struct sockaddr *)&theirs, &tl);
    CHECK(theirs.sin_port == a.sin_port && mine.sin_addr.s_addr == htonl(INADDR_LOOPBACK),
          "getpeername is the server's address");

    struct pollfd pfd = {.fd = fd, .events = POLLIN};
    CHECK(poll(&pfd, 1, 20) == 0, "poll on an idle connection times out");

    char *out = malloc(20000), *in = malloc(20000);
    long sent = 0;
    int mismatches = 0;
    uint32_t x = 7;
    for (int m = 0; m < MESSAGES; m++) {
        size_t len = 1 + (size_t)(m * 7919) % 20000;
        for (size_t i = 0; i < len; i++) {
            x = x * 1664525u + 1013904223u;
            out[i] = (char)(x >> 24);
        }
        size_t off = 0;
        while (off < len) {
            ssize_t w = send(fd, out + off, len - off, 0);
            if (w <= 0) break;
            off += (size_t)w;
        }
        if (recv_all(fd, in, len) != 0 || memcmp(in, out, len) != 0) mismatches++;
        sent += (long)len;
    }
    printf("echoed %d messages, %ld bytes\n", MESSAGES, sent);
    CHECK(mismatches == 0, "every message came back intact");
    shutdown(fd, SHUT_WR);
    char c;
    CHECK(recv(fd, &c, 1, 0) == 0, "after shutdown(SHUT_WR) the server closed: EOF");
    close(fd);

    fd = connect_to(a.sin_port);
    CHECK(fd >= 0, "second connection");
    send(fd, "ping", 4, 0);
    char pong[5] = "";
    CHECK(recv_all(fd, pong, 4) == 0 && memcmp(pong, "ping", 4) == 0, "second connection echoes");
    close(fd);
    pthread_join(t, NULL);
    printf("server: %d connections, %ld bytes, %d EOFs\n", srv.connections, srv.bytes,
           srv.eof_seen);
    CHECK(srv.connections == 2 && srv.bytes == sent + 4 && srv.eof_seen == 2 &&
              srv.peer_matches == 2,
          "server saw both connections, all bytes and both EOFs");
    close(listen_fd);

    /* nobody listens there any more */
    errno = 0;
    fd = connect_to(a.sin_port);
    CHECK(fd < 0 && errno == ECONNREFUSED, "connect to a closed port: ECONNREFUSED");

    free(out);
    free(in);
    printf("%s\n", failures ? "some checks FAILED" : "all ok");
    return failures ? 1 : 0;
}
