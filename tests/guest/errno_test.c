/* Error paths without abort: errno values, strerror, perror (stderr, not compared). */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

int main(void) {
    errno = 0;
    FILE *f = fopen("/nonexistent/dir/file.txt", "r");
    printf("fopen=%p errno=%d ENOENT=%d msg=%s\n", (void *)f, errno, errno == ENOENT,
           strerror(errno));
    perror("fopen");
    errno = 0;
    int fd = open("missing-file-here", O_RDONLY);
    printf("open=%d enoent=%d\n", fd, errno == ENOENT);
    errno = 0;
    printf("read bad fd=%zd ebadf=%d msg=%s\n", read(-1, NULL, 0), errno == EBADF, strerror(errno));
    errno = 0;
    printf("mkdir in missing=%d enoent=%d\n", mkdir("no/such/parent/x", 0755), errno == ENOENT);
    errno = 0;
    printf("rmdir . = %d einval=%d\n", rmdir("."), errno == EINVAL || errno == EBUSY);
    errno = 0;
    printf("lseek pipe-less bad=%lld ebadf=%d\n", (long long)lseek(12345, 0, SEEK_SET),
           errno == EBADF);
    errno = 0;
    printf("write to O_RDONLY: ");
    fd = open(".", O_RDONLY);
    printf("%zd eisdir/ebadf=%d\n", write(fd, "x", 1), errno == EBADF || errno == EISDIR);
    close(fd);
    errno = 0;
    printf("strtol ERANGE: %ld erange=%d\n", strtol("99999999999999999999", NULL, 10),
           errno == ERANGE);
    for (int e = 1; e <= 12; e++)
        printf("%d: %s\n", e, strerror(e));
    printf("unknown: %s\n", strerror(9999));
    char buf[64];
    printf("strerror_r: %s\n", strerror_r(ENOENT, buf, sizeof buf));
    errno = ENOENT;
    perror(NULL);
    return 0;
}
