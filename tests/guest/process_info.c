/* Process facts that are stable under any correct emulator: uname machine, ids,
 * getpid consistency, sysconf values, resource limits, and auxv-derived values. */
#define _GNU_SOURCE
#include <stdio.h>
#include <string.h>
#include <sys/auxv.h>
#include <sys/resource.h>
#include <sys/utsname.h>
#include <unistd.h>

int main(void) {
    struct utsname u;
    printf("uname %d sysname=%s machine=%s\n", uname(&u), u.sysname, u.machine);
    pid_t pid = getpid();
    printf("pid>0 %d same %d ppid>0 %d tid==pid %d\n", pid > 0, pid == getpid(), getppid() > 0,
           gettid() == pid);
    printf("uid==euid %d gid==egid %d\n", getuid() == geteuid(), getgid() == getegid());
    printf("pagesize %ld\n", sysconf(_SC_PAGESIZE));
    struct rlimit rl;
    printf("getrlimit stack %d cur>=8MiB %d\n", getrlimit(RLIMIT_STACK, &rl),
           rl.rlim_cur == RLIM_INFINITY || rl.rlim_cur >= (8u << 20));
    printf("AT_PAGESZ %lu\n", getauxval(AT_PAGESZ));
    printf("AT_PHDR nonzero %d AT_ENTRY nonzero %d\n", getauxval(AT_PHDR) != 0,
           getauxval(AT_ENTRY) != 0);
    printf("AT_RANDOM nonzero %d\n", getauxval(AT_RANDOM) != 0);
    char host[256];
    printf("gethostname %d\n", gethostname(host, sizeof host));
    printf("isatty(0) %d\n", isatty(0));
    return 0;
}
