/* signalfd: SIGUSR1/SIGUSR2 blocked with sigprocmask, sent with kill() and raise(), read back as
 * signalfd_siginfo records; non-blocking empty read; updating the mask of an existing fd. */
#define _GNU_SOURCE
#include <errno.h>
#include <poll.h>
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <sys/signalfd.h>
#include <unistd.h>

static const char *err(long r) {
    return r < 0 ? strerrorname_np(errno) : "ok";
}

int main(void) {
    sigset_t ss;
    sigemptyset(&ss);
    sigaddset(&ss, SIGUSR1);
    sigaddset(&ss, SIGUSR2);
    printf("block: %s\n", err(sigprocmask(SIG_BLOCK, &ss, NULL)));
    int fd = signalfd(-1, &ss, SFD_CLOEXEC | SFD_NONBLOCK);
    printf("signalfd: %s\n", err(fd));

    struct signalfd_siginfo si[2];
    long r = read(fd, si, sizeof si);
    printf("empty read: %ld %s\n", r, err(r));

    kill(getpid(), SIGUSR2);
    kill(getpid(), SIGUSR1);
    struct pollfd pf = {.fd = fd, .events = POLLIN};
    printf("poll: %d %#x\n", poll(&pf, 1, 1000), pf.revents);
    sigset_t pending;
    sigpending(&pending);
    printf("pending: usr1=%d usr2=%d\n", sigismember(&pending, SIGUSR1),
           sigismember(&pending, SIGUSR2));
    memset(si, 0, sizeof si);
    r = read(fd, si, sizeof si);
    printf("read: %ld bytes\n", r);
    for (long i = 0; i < r / (long)sizeof si[0]; i++)
        printf("  signo=%u code=%d pid_ok=%d uid_ok=%d\n", si[i].ssi_signo, si[i].ssi_code,
               si[i].ssi_pid == (unsigned)getpid(), si[i].ssi_uid == (unsigned)getuid());

    /* narrow the fd's mask to SIGUSR2 only; SIGUSR1 stays pending but is not reported */
    sigset_t only2;
    sigemptyset(&only2);
    sigaddset(&only2, SIGUSR2);
    printf("update: %s\n", err(signalfd(fd, &only2, 0) == fd ? 0 : -1));
    kill(getpid(), SIGUSR1);
    raise(SIGUSR2);
    r = read(fd, si, sizeof si);
    printf("read usr2 only: %ld bytes signo=%u code_is_tkill=%d\n", r, si[0].ssi_signo,
           si[0].ssi_code == SI_TKILL);
    r = read(fd, si, sizeof si);
    printf("nothing more: %ld %s\n", r, err(r));
    /* take the pending SIGUSR1 with a second fd */
    sigset_t only1;
    sigemptyset(&only1);
    sigaddset(&only1, SIGUSR1);
    int fd1 = signalfd(-1, &only1, SFD_NONBLOCK);
    r = read(fd1, si, sizeof si[0]);
    printf("second fd: %ld signo=%u\n", r, si[0].ssi_signo);
    r = read(fd, si, 8);
    printf("short buffer: %ld %s\n", r, err(r));
    printf("not a signalfd: %s\n", err(signalfd(0, &ss, 0)));
    close(fd);
    close(fd1);
    return 0;
}
