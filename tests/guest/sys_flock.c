/* flock: shared and exclusive locks between two open file descriptions of the same file,
 * LOCK_NB conflicts, upgrades, unlock, and locks following dup()ed descriptors. */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/file.h>
#include <unistd.h>

static const char *err(long r) {
    return r < 0 ? strerrorname_np(errno) : "ok";
}

int main(void) {
    char dir[] = "flockXXXXXX";
    if (!mkdtemp(dir)) return 1;
    char path[64];
    snprintf(path, sizeof path, "%s/lockfile", dir);
    int a = open(path, O_CREAT | O_RDWR, 0600);
    int b = open(path, O_RDWR);
    printf("a LOCK_EX: %s\n", err(flock(a, LOCK_EX)));
    printf("b LOCK_EX|NB: %s\n", err(flock(b, LOCK_EX | LOCK_NB)));
    printf("b LOCK_SH|NB: %s\n", err(flock(b, LOCK_SH | LOCK_NB)));
    printf("a relock: %s\n", err(flock(a, LOCK_EX | LOCK_NB)));
    printf("a LOCK_UN: %s\n", err(flock(a, LOCK_UN)));
    printf("b LOCK_SH: %s\n", err(flock(b, LOCK_SH)));
    printf("a LOCK_SH|NB: %s\n", err(flock(a, LOCK_SH | LOCK_NB)));
    printf("a upgrade NB: %s\n", err(flock(a, LOCK_EX | LOCK_NB)));
    printf("b LOCK_UN: %s\n", err(flock(b, LOCK_UN)));
    printf("a upgrade: %s\n", err(flock(a, LOCK_EX | LOCK_NB)));
    /* the lock belongs to the open file description: a dup shares it, closing a dup keeps it */
    int a2 = dup(a);
    close(a);
    printf("b after closing one dup: %s\n", err(flock(b, LOCK_SH | LOCK_NB)));
    close(a2);
    printf("b after closing all: %s\n", err(flock(b, LOCK_SH | LOCK_NB)));
    printf("bad op: %s\n", err(flock(b, 0)));
    printf("bad fd: %s\n", err(flock(999, LOCK_SH)));
    close(b);
    unlink(path);
    rmdir(dir);
    return 0;
}
