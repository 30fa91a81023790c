/* pipe(), dup/dup2 redirection of stdout into a pipe and back, fcntl O_NONBLOCK, EAGAIN. */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

int main(void) {
    int p[2];
    if (pipe(p) != 0) {
        perror("pipe");
        return 1;
    }
    const char *msg = "through the pipe";
    printf("write %zd\n", write(p[1], msg, strlen(msg)));
    char buf[64] = {0};
    printf("read %zd [%s]\n", read(p[0], buf, sizeof buf - 1), buf);
    fcntl(p[0], F_SETFL, fcntl(p[0], F_GETFL) | O_NONBLOCK);
    errno = 0;
    printf("empty nonblocking read %zd eagain=%d\n", read(p[0], buf, 1), errno == EAGAIN);
    /* redirect stdout */
    fflush(stdout);
    int saved = dup(1);
    dup2(p[1], 1);
    printf("captured %d %s\n", 42, "words");
    fflush(stdout);
    dup2(saved, 1);
    close(saved);
    memset(buf, 0, sizeof buf);
    ssize_t n = read(p[0], buf, sizeof buf - 1);
    printf("got back %zd: %s", n, buf);
    /* big transfer in chunks */
    long total = 0;
    char chunk[4096];
    memset(chunk, 'q', sizeof chunk);
    for (int i = 0; i < 10; i++) {
        if (write(p[1], chunk, sizeof chunk) != (ssize_t)sizeof chunk) break;
        ssize_t got;
        while ((got = read(p[0], chunk, sizeof chunk)) > 0) {
            total += got;
            if (got < (ssize_t)sizeof chunk) break;
            if (total % 4096 == 0) break;
        }
    }
    printf("transferred %ld\n", total);
    close(p[1]);
    printf("read after close writer %zd\n", read(p[0], buf, 10));
    close(p[0]);
    int p2[2];
    printf("pipe2 %d\n", pipe2(p2, O_CLOEXEC));
    printf("cloexec %d\n", fcntl(p2[0], F_GETFD) & FD_CLOEXEC);
    close(p2[0]);
    close(p2[1]);
    return 0;
}
