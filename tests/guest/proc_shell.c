/* Running the machine's shell (host-native under emulation, riscv64's own on hardware):
 * fork + execl("/bin/sh", "-c", "echo hi | tr a-z A-Z") with the output through a pipe;
 * execvp with a PATH search; popen for reading and for writing (the command writes a file
 * in the working directory); pclose and system() exit statuses (exit 3, a shell killed by a
 * signal, a missing command: 127); system(NULL); the shell sees our environment and cwd. */
#define _GNU_SOURCE
#include <errno.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#include "guest_check.h"

static int run_sh(int use_execvp, const char *cmd, char *buf, size_t n) {
    int fds[2];
    if (pipe(fds) != 0) return -1;
    fflush(stdout);
    pid_t p = fork();
    if (p == 0) {
        dup2(fds[1], 1);
        close(fds[0]);
        close(fds[1]);
        if (use_execvp) {
            char *argv[] = {"sh", "-c", (char *)cmd, NULL};
            execvp("sh", argv);
        } else {
            execl("/bin/sh", "sh", "-c", cmd, (char *)NULL);
        }
        _exit(127);
    }
    close(fds[1]);
    size_t got = 0;
    ssize_t r;
    while (got < n - 1 && (r = read(fds[0], buf + got, n - 1 - got)) > 0)
        got += (size_t)r;
    buf[got] = 0;
    close(fds[0]);
    int st = 0;
    waitpid(p, &st, 0);
    return st;
}

int main(void) {
    char buf[512];
    int st = run_sh(0, "echo hi | tr a-z A-Z", buf, sizeof buf);
    printf("sh says: %s", buf);
    CHECK(strcmp(buf, "HI\n") == 0 && WIFEXITED(st) && WEXITSTATUS(st) == 0,
          "execl /bin/sh: a pipeline");
    st = run_sh(1, "echo $RECOMP_TEST_VAR; pwd -P; exit 9", buf, sizeof buf);
    char cwd[4096], want[4200];
    if (!getcwd(cwd, sizeof cwd)) cwd[0] = 0;
    snprintf(want, sizeof want, "hello\n%s\n", cwd); /* the directory itself is not printed */
    printf("sh says: %.5s + our working directory\n", buf);
    CHECK(cwd[0] == '/' && strcmp(buf, want) == 0 && WIFEXITED(st) && WEXITSTATUS(st) == 9,
          "execvp(\"sh\"): environment and cwd passed, exit 9");

    FILE *f = popen("printf 'line %d\\n' 1 2 3", "r");
    int lines = 0;
    char line[64], all[256] = "";
    while (f && fgets(line, sizeof line, f)) {
        lines++;
        strcat(all, line);
    }
    int pc = f ? pclose(f) : -1;
    printf("popen read: %s", all);
    CHECK(lines == 3 && strcmp(all, "line 1\nline 2\nline 3\n") == 0 && WIFEXITED(pc) &&
              WEXITSTATUS(pc) == 0,
          "popen(\"r\"): 3 lines, pclose 0");

    f = popen("cat > popen-out.txt; exit 2", "w");
    if (f) {
        fprintf(f, "written through popen\n");
        pc = pclose(f);
    }
    FILE *g = fopen("popen-out.txt", "r");
    char got[64] = "";
    if (g) {
        if (!fgets(got, sizeof got, g)) got[0] = 0;
        fclose(g);
    }
    unlink("popen-out.txt");
    CHECK(f && strcmp(got, "written through popen\n") == 0 && WIFEXITED(pc) && WEXITSTATUS(pc) == 2,
          "popen(\"w\"): the command got our data, pclose status 2");

    int s = system("exit 3");
    CHECK(WIFEXITED(s) && WEXITSTATUS(s) == 3, "system(\"exit 3\"): status 3");
    s = system("kill -TERM $$");
    CHECK(WIFSIGNALED(s) && WTERMSIG(s) == SIGTERM, "system: the shell killed itself with SIGTERM");
    s = system("no-such-command-anywhere 2>/dev/null");
    CHECK(WIFEXITED(s) && WEXITSTATUS(s) == 127, "system: a missing command gives 127");
    CHECK(system(NULL) != 0, "system(NULL): a shell is available");
    fflush(stdout);
    s = system("echo from system");
    CHECK(s == 0, "system(\"echo ...\") wrote to our stdout in order");

    printf("%s\n", failures ? "some checks FAILED" : "all ok");
    return failures ? 1 : 0;
}
