/* runner: run a command a number of times and report its wall time and peak memory, for
 * tools/bench/bench.sh (no dependency on /usr/bin/time).
 *
 *   runner [-r REPEAT] [-t SECONDS] [-o OUT] [-e ERR] -- command [args...]
 *
 * The command runs REPEAT times (default 1) one after the other, each in its own process
 * group with stdin from /dev/null, stdout appended to OUT and stderr to ERR (both truncated
 * first; default /dev/null). The whole series is bounded by -t SECONDS (default 600): on
 * expiry the running child's process group is killed.
 *
 * Prints one line: "wall SECONDS maxrss KIB status N", where SECONDS is the wall time of the
 * whole series (clock_gettime(CLOCK_MONOTONIC) around fork..wait4), KIB the largest peak
 * resident set size of any run (ru_maxrss from wait4), and N the first non-zero exit status
 * (128 + signal number for a signal, 124 for the timeout), else 0. The exit status of runner
 * itself is 0 when every run exited 0, 1 otherwise, 2 for a usage error. */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

static volatile sig_atomic_t timed_out;

static void on_alarm(int sig) {
    (void)sig;
    timed_out = 1;
}

static void usage(void) {
    fprintf(stderr,
            "usage: runner [-r REPEAT] [-t SECONDS] [-o OUT] [-e ERR] -- command [args...]\n");
    exit(2);
}

static int open_out(const char *path) {
    int fd = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_APPEND | O_CLOEXEC, 0644);
    if (fd < 0) {
        fprintf(stderr, "runner: %s: %s\n", path, strerror(errno));
        exit(2);
    }
    return fd;
}

static double now(void) {
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec * 1e-9;
}

int main(int argc, char **argv) {
    long repeat = 1, timeout = 600;
    const char *out = "/dev/null", *err = "/dev/null";
    int opt;
    while ((opt = getopt(argc, argv, "+r:t:o:e:")) != -1) {
        switch (opt) {
        case 'r': repeat = strtol(optarg, NULL, 10); break;
        case 't': timeout = strtol(optarg, NULL, 10); break;
        case 'o': out = optarg; break;
        case 'e': err = optarg; break;
        default: usage();
        }
    }
    if (optind >= argc || repeat < 1 || timeout < 1) usage();
    char **cmd = argv + optind;

    int out_fd = open_out(out), err_fd = open_out(err);
    int in_fd = open("/dev/null", O_RDONLY | O_CLOEXEC);
    if (in_fd < 0) {
        perror("runner: /dev/null");
        return 2;
    }
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_handler = on_alarm; /* no SA_RESTART: wait4 returns EINTR */
    sigaction(SIGALRM, &sa, NULL);
    alarm((unsigned)timeout);

    long maxrss = 0;
    int status = 0;
    double t0 = now();
    for (long i = 0; i < repeat && !timed_out; i++) {
        pid_t pid = fork();
        if (pid < 0) {
            perror("runner: fork");
            return 2;
        }
        if (pid == 0) {
            setpgid(0, 0);
            dup2(in_fd, 0);
            dup2(out_fd, 1);
            dup2(err_fd, 2);
            signal(SIGALRM, SIG_DFL);
            execvp(cmd[0], cmd);
            fprintf(stderr, "runner: %s: %s\n", cmd[0], strerror(errno));
            _exit(127);
        }
        setpgid(pid, pid); /* also here, so that the kill below cannot race the child's call */
        int st;
        struct rusage ru;
        for (;;) {
            pid_t w = wait4(pid, &st, 0, &ru);
            if (w == pid) break;
            if (w < 0 && errno == EINTR && timed_out) {
                kill(-pid, SIGKILL);
                kill(pid, SIGKILL);
                continue;
            }
            if (w < 0 && errno != EINTR) {
                perror("runner: wait4");
                return 2;
            }
        }
        if (ru.ru_maxrss > maxrss) maxrss = ru.ru_maxrss;
        int s = timed_out ? 124 : WIFEXITED(st) ? WEXITSTATUS(st) : 128 + WTERMSIG(st);
        if (s != 0 && status == 0) status = s;
        if (timed_out) break;
    }
    double wall = now() - t0;
    printf("wall %.6f maxrss %ld status %d\n", wall, maxrss, status);
    return status == 0 ? 0 : 1;
}
