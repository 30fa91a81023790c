/* Environment: the runner sets RECOMP_TEST_VAR=hello, HOME=/tmp, LANG=C. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

extern char **environ;

int main(int argc, char **argv, char **envp) {
    (void)argc;
    (void)argv;
    const char *v = getenv("RECOMP_TEST_VAR");
    printf("RECOMP_TEST_VAR=%s\n", v ? v : "(unset)");
    printf("HOME=%s\n", getenv("HOME") ? getenv("HOME") : "(unset)");
    printf("missing=%s\n", getenv("RECOMP_NO_SUCH_VARIABLE") ? "set" : "(unset)");
    printf("envp==environ: %d\n", envp == environ);
    int found = 0;
    for (char **e = envp; *e; e++)
        if (strcmp(*e, "RECOMP_TEST_VAR=hello") == 0) found = 1;
    printf("found in envp: %d\n", found);
    setenv("RECOMP_NEW", "value1", 1);
    setenv("RECOMP_NEW", "value2", 0);
    printf("RECOMP_NEW=%s\n", getenv("RECOMP_NEW"));
    setenv("RECOMP_NEW", "value3", 1);
    printf("RECOMP_NEW=%s\n", getenv("RECOMP_NEW"));
    unsetenv("RECOMP_NEW");
    printf("after unset: %s\n", getenv("RECOMP_NEW") ? "set" : "(unset)");
    putenv("RECOMP_PUT=put");
    printf("RECOMP_PUT=%s\n", getenv("RECOMP_PUT"));
    return v && strcmp(v, "hello") == 0 ? 0 : 2;
}
