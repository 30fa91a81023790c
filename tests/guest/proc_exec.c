/* execve of guest programs: the program re-executes itself (/proc/self/exe, argv[0]) in a
 * child mode selected by argv[1], reporting through a pipe what it sees:
 *   - argv (argv[0] chosen by the caller, an argument with a space) and argc;
 *   - a custom environment (execve envp) and an empty one;
 *   - the pid is kept across execve, also over a chain of 3 execs;
 *   - file descriptors: kept without O_CLOEXEC, closed with it;
 *   - signals: caught ones reset to SIG_DFL, SIG_IGN kept, the blocked mask kept, a
 *     blocked pending signal still pending;
 *   - a fresh image: a global changed before exec has its initial value;
 *   - a #! script whose interpreter is /bin/sh, and one whose interpreter is this program;
 *   - errors: ENOENT, EACCES (not executable), ENOEXEC (+x garbage), and a failed exec
 *     leaves the caller running unchanged.
 * Under qemu-riscv64 the guest-in-guest execs need binfmt_misc; the test scripts provide a
 * private one (tests/guest_lib.sh). */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include "guest_check.h"

extern char **environ;
static int image_global = 1;

static int cmp_str(const void *a, const void *b) {
    return strcmp(*(char *const *)a, *(char *const *)b);
}

/* ---- child modes: everything goes to stdout (a pipe to the parent) ---- */
static int child_main(int argc, char **argv) {
    const char *mode = argv[1];
    if (strcmp(mode, "args") == 0) {
        printf("argc=%d argv0=%s", argc, argv[0]);
        for (int i = 2; i < argc; i++)
            printf(" [%s]", argv[i]);
        printf(" global=%d\n", image_global);
        return 5;
    }
    if (strcmp(mode, "env") == 0) {
        int n = 0;
        for (char **e = environ; *e; e++)
            n++;
        char **copy = malloc((size_t)(n + 1) * sizeof *copy);
        for (int i = 0; i < n; i++)
            copy[i] = environ[i];
        qsort(copy, (size_t)n, sizeof *copy, cmp_str);
        printf("%d variables:", n);
        for (int i = 0; i < n; i++)
            printf(" %s", copy[i]);
        printf("\n");
        return 0;
    }
    if (strcmp(mode, "pid") == 0) {
        printf("%ld\n", (long)getpid());
        return 0;
    }
    if (strcmp(mode, "chain") == 0) {
        int depth = atoi(argv[2]);
        if (depth < 3) {
            char d[16];
            snprintf(d, sizeof d, "%d", depth + 1);
            fflush(stdout);
            execl("/proc/self/exe", "chain-link", "chain", d, (char *)NULL);
            printf("exec failed at depth %d: %s\n", depth, strerror(errno));
            return 1;
        }
        printf("depth %d pid %ld\n", depth, (long)getpid());
        return 0;
    }
    if (strcmp(mode, "fds") == 0) {
        int keep = atoi(argv[2]), cloexec = atoi(argv[3]);
        int k = fcntl(keep, F_GETFD);
        errno = 0;
        int c = fcntl(cloexec, F_GETFD);
        printf("kept fd: %s, O_CLOEXEC fd: %s\n", k >= 0 ? "open" : "closed",
               c < 0 && errno == EBADF ? "closed" : "open");
        return 0;
    }
    if (strcmp(mode, "signals") == 0) {
        struct sigaction a;
        sigaction(SIGUSR1, NULL, &a);
        const char *usr1 = a.sa_handler == SIG_DFL ? "SIG_DFL" : "not SIG_DFL";
        sigaction(SIGUSR2, NULL, &a);
        const char *usr2 = a.sa_handler == SIG_IGN ? "SIG_IGN" : "not SIG_IGN";
        sigset_t m, p;
        sigprocmask(SIG_SETMASK, NULL, &m);
        sigpending(&p);
        printf("SIGUSR1 %s, SIGUSR2 %s, SIGHUP %s, SIGHUP %s\n", usr1, usr2,
               sigismember(&m, SIGHUP) ? "blocked" : "unblocked",
               sigismember(&p, SIGHUP) ? "pending" : "not pending");
        return 0;
    }
    if (strcmp(mode, "script") ==
        0) { /* run as a #! interpreter: argv = me, "script", path, args */
        printf("interpreter run:");
        for (int i = 2; i < argc; i++) {
            const char *s = strrchr(argv[i], '/');
            printf(" [%s]", s ? s + 1 : argv[i]);
        }
        printf("\n");
        return 0;
    }
    printf("unknown mode %s\n", mode);
    return 2;
}

/* ---- parent side ---- */

/* fork; in the child: optional setup, stdout to a pipe, execve(path, argv, envp).
 * Returns the output (first line kept in buf) and the status. */
static pid_t run(const char *path, char *const argv[], char *const envp[], void (*setup)(void),
                 char *buf, size_t n, int *status) {
    int fds[2];
    if (pipe(fds) != 0) return -1;
    fflush(stdout);
    pid_t p = fork();
    if (p == 0) {
        if (setup) setup();
        dup2(fds[1], 1);
        close(fds[0]);
        close(fds[1]);
        execve(path, argv, envp);
        printf("execve(%s) failed: %s\n", path, strerror(errno));
        fflush(stdout);
        _exit(127);
    }
    close(fds[1]);
    size_t got = 0;
    ssize_t r;
    while (got < n - 1 && (r = read(fds[0], buf + got, n - 1 - got)) > 0)
        got += (size_t)r;
    buf[got] = 0;
    close(fds[0]);
    waitpid(p, status, 0);
    char *nl = strchr(buf, '\n');
    if (nl && nl[1] == 0) *nl = 0;
    return p;
}

static char s1[16] = "-1", s2[16] = "-1";
static void setup_fds(void) {
    int fd_keep = open("/dev/null", O_RDONLY);
    int fd_cloexec = open("/dev/null", O_RDONLY | O_CLOEXEC);
    snprintf(s1, sizeof s1, "%d", fd_keep);
    snprintf(s2, sizeof s2, "%d", fd_cloexec);
}
static void handler(int sig) {
    (void)sig;
}
static void setup_signals(void) {
    signal(SIGUSR1, handler);
    signal(SIGUSR2, SIG_IGN);
    signal(SIGHUP, handler);
    sigset_t m;
    sigemptyset(&m);
    sigaddset(&m, SIGHUP);
    sigprocmask(SIG_BLOCK, &m, NULL);
    raise(SIGHUP); /* stays pending over the exec */
}

int main(int argc, char **argv) {
    if (argc > 1) return child_main(argc, argv);
    char buf[1024];
    int st;
    image_global = 2;

    char *a1[] = {"my-name", "args", "one", "two words", NULL};
    run("/proc/self/exe", a1, environ, NULL, buf, sizeof buf, &st);
    printf("child says: %s\n", buf);
    CHECK(strcmp(buf, "argc=4 argv0=my-name [one] [two words] global=1") == 0 && WIFEXITED(st) &&
              WEXITSTATUS(st) == 5,
          "exec /proc/self/exe: argv passed, fresh image, exit status 5");

    if (strchr(argv[0], '/')) {
        char *a2[] = {"via-argv0", "args", NULL};
        run(argv[0], a2, environ, NULL, buf, sizeof buf, &st);
        CHECK(strcmp(buf, "argc=2 argv0=via-argv0 global=1") == 0 && WIFEXITED(st) &&
                  WEXITSTATUS(st) == 5,
              "exec argv[0] (an absolute path)");
    } else {
        CHECK(0, "argv[0] is not a path: %s", argv[0]);
    }

    char *a3[] = {"e", "env", NULL};
    char *env1[] = {"FOO=bar", "EMPTY=", "Z=last=one", NULL};
    run("/proc/self/exe", a3, env1, NULL, buf, sizeof buf, &st);
    printf("child says: %s\n", buf);
    CHECK(strcmp(buf, "3 variables: EMPTY= FOO=bar Z=last=one") == 0,
          "execve with a custom environment");
    char *env0[] = {NULL};
    run("/proc/self/exe", a3, env0, NULL, buf, sizeof buf, &st);
    CHECK(strcmp(buf, "0 variables:") == 0, "execve with an empty environment");

    char *a4[] = {"p", "pid", NULL};
    pid_t p = run("/proc/self/exe", a4, environ, NULL, buf, sizeof buf, &st);
    CHECK(atol(buf) == (long)p, "the pid is kept across execve");

    char *a5[] = {"chain-link", "chain", "0", NULL};
    p = run("/proc/self/exe", a5, environ, NULL, buf, sizeof buf, &st);
    char want[64];
    snprintf(want, sizeof want, "depth 3 pid %ld", (long)p);
    CHECK(strcmp(buf, want) == 0, "a chain of 3 execs, same pid (%s)",
          strncmp(buf, "depth", 5) ? buf : "depth 3");

    /* fds: opened in the forked child before the exec (setup_fds writes their numbers
     * into the argument strings, in the child's copy of memory) */
    char *a6[] = {"f", "fds", s1, s2, NULL};
    run("/proc/self/exe", a6, environ, setup_fds, buf, sizeof buf, &st);
    printf("child says: %s\n", buf);
    CHECK(strcmp(buf, "kept fd: open, O_CLOEXEC fd: closed") == 0,
          "fds: kept without O_CLOEXEC, closed with it");

    char *a7[] = {"s", "signals", NULL};
    run("/proc/self/exe", a7, environ, setup_signals, buf, sizeof buf, &st);
    printf("child says: %s\n", buf);
    CHECK(strcmp(buf, "SIGUSR1 SIG_DFL, SIGUSR2 SIG_IGN, SIGHUP blocked, SIGHUP pending") == 0,
          "signals: handler reset, SIG_IGN kept, mask kept, pending kept");

    /* scripts */
    char dir[] = "procexec.XXXXXX";
    if (!mkdtemp(dir)) return 1;
    char sh_script[64], self_script[64], plain[64], garbage[64], self[1024];
    snprintf(sh_script, sizeof sh_script, "%s/sh-script", dir);
    snprintf(self_script, sizeof self_script, "%s/self-script", dir);
    snprintf(plain, sizeof plain, "%s/not-executable", dir);
    snprintf(garbage, sizeof garbage, "%s/garbage", dir);
    ssize_t sl = readlink("/proc/self/exe", self, sizeof self - 1);
    self[sl > 0 ? sl : 0] = 0;
    FILE *f = fopen(sh_script, "w");
    fprintf(f, "#!/bin/sh\necho \"shell script: $1 $2\"\n");
    fclose(f);
    f = fopen(self_script, "w");
    fprintf(f, "#!%s script\nthis line is not read\n", self);
    fclose(f);
    f = fopen(plain, "w");
    fprintf(f, "#!/bin/sh\necho never\n");
    fclose(f);
    f = fopen(garbage, "w");
    fprintf(f, "this is neither ELF nor #!\n");
    fclose(f);
    chmod(sh_script, 0755);
    chmod(self_script, 0755);
    chmod(garbage, 0755);

    char *a8[] = {"sh-script", "x", "y", NULL};
    run(sh_script, a8, environ, NULL, buf, sizeof buf, &st);
    printf("child says: %s\n", buf);
    CHECK(strcmp(buf, "shell script: x y") == 0 && WIFEXITED(st) && WEXITSTATUS(st) == 0,
          "#!/bin/sh script");
    char *a9[] = {"self-script", "arg", NULL};
    run(self_script, a9, environ, NULL, buf, sizeof buf, &st);
    printf("child says: %s\n", buf);
    CHECK(strcmp(buf, "interpreter run: [self-script] [arg]") == 0,
          "#! script interpreted by this program");

    /* errors, in this process: a failed exec returns and changes nothing */
    char *a10[] = {"x", NULL};
    errno = 0;
    int r = execve("./no-such-file", a10, environ);
    CHECK(r == -1 && errno == ENOENT, "execve of a missing file: ENOENT");
    errno = 0;
    r = execve(plain, a10, environ);
    CHECK(r == -1 && errno == EACCES, "execve of a file without x permission: EACCES");
    errno = 0;
    r = execve(garbage, a10, environ);
    CHECK(r == -1 && errno == ENOEXEC, "execve of an executable non-ELF, non-#! file: ENOEXEC");
    CHECK(image_global == 2, "still the same image after the failed execs");

    unlink(sh_script);
    unlink(self_script);
    unlink(plain);
    unlink(garbage);
    rmdir(dir);
    printf("%s\n", failures ? "some checks FAILED" : "all ok");
    return failures ? 1 : 0;
}
