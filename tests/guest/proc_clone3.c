/* clone3 as glibc and other runtimes call it directly: a fork-like child with exit_signal SIGCHLD
 * and CLONE_PARENT_SETTID, its exit status through waitpid, and the kernel's size check (a
 * struct smaller than CLONE_ARGS_SIZE_VER0 = 64 bytes is EINVAL). */
#define _GNU_SOURCE
#include <errno.h>
#include <linux/sched.h>
#include <sched.h>
#include <signal.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <unistd.h>

int main(void) {
    int failures = 0;
    struct clone_args ca;
    memset(&ca, 0, sizeof ca);
    pid_t ptid = 0;
    ca.flags = CLONE_PARENT_SETTID;
    ca.exit_signal = SIGCHLD;
    ca.parent_tid = (uint64_t)(uintptr_t)&ptid;
    long r = syscall(SYS_clone3, &ca, sizeof ca);
    if (r == 0) _exit(42);
    if (r < 0) {
        printf("FAIL: clone3: %s\n", strerror(errno));
        return 1;
    }
    int st = 0;
    pid_t w = waitpid((pid_t)r, &st, 0);
    int ok = w == r && WIFEXITED(st) && WEXITSTATUS(st) == 42 && ptid == r;
    printf("%s: clone3 fork-like child: waited, exit status 42, parent_tid set\n",
           ok ? "ok" : "FAIL");
    failures += !ok;

    errno = 0;
    r = syscall(SYS_clone3, &ca, 40);
    ok = r == -1 && errno == EINVAL;
    printf("%s: clone3 with a 40-byte struct: EINVAL\n", ok ? "ok" : "FAIL");
    failures += !ok;

    return failures != 0;
}
