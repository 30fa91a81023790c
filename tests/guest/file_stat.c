/* POSIX file API inside a private mkdtemp dir: open/read/write/lseek/pread/pwrite,
 * stat/fstat/lstat, truncate/ftruncate, access, chmod, link/symlink/readlink, dup. */
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

static void show_stat(const char *what, const struct stat *st) {
    printf("%s: size=%lld reg=%d dir=%d lnk=%d mode=%03o nlink=%lu blksize>0=%d\n", what,
           (long long)st->st_size, S_ISREG(st->st_mode), S_ISDIR(st->st_mode), S_ISLNK(st->st_mode),
           st->st_mode & 0777, (unsigned long)st->st_nlink, st->st_blksize > 0);
}

int main(void) {
    umask(022);
    char dir[] = "fstatXXXXXX";
    if (!mkdtemp(dir)) {
        perror("mkdtemp");
        return 1;
    }
    char f1[64], f2[64], f3[64];
    snprintf(f1, sizeof f1, "%s/one", dir);
    snprintf(f2, sizeof f2, "%s/hard", dir);
    snprintf(f3, sizeof f3, "%s/sym", dir);
    int fd = open(f1, O_RDWR | O_CREAT | O_EXCL, 0640);
    if (fd < 0) {
        perror("open");
        return 1;
    }
    errno = 0;
    int fd2 = open(f1, O_RDWR | O_CREAT | O_EXCL, 0640);
    printf("O_EXCL again: %d eexist=%d\n", fd2, errno == EEXIST);
    char buf[256];
    for (int i = 0; i < 256; i++)
        buf[i] = (char)i;
    printf("write %zd\n", write(fd, buf, 256));
    printf("lseek cur %lld end %lld set %lld\n", (long long)lseek(fd, 0, SEEK_CUR),
           (long long)lseek(fd, 0, SEEK_END), (long long)lseek(fd, 10, SEEK_SET));
    char in[16];
    printf("read %zd first=%d\n", read(fd, in, 16), in[0]);
    printf("pwrite %zd\n", pwrite(fd, "HELLO", 5, 1000));
    printf("lseek after pwrite %lld\n", (long long)lseek(fd, 0, SEEK_CUR));
    memset(in, 0, sizeof in);
    printf("pread hole %zd [%d %d] ", pread(fd, in, 8, 996), in[0], in[3]);
    printf("[%.5s]\n", in + 4);
    struct stat st;
    fstat(fd, &st);
    show_stat("fstat", &st);
    printf("ftruncate %d\n", ftruncate(fd, 100));
    fstat(fd, &st);
    show_stat("after ftruncate", &st);
    printf("read past end %zd\n", pread(fd, in, 16, 200));
    close(fd);
    printf("truncate %d\n", truncate(f1, 5000));
    stat(f1, &st);
    show_stat("stat", &st);
    printf("access R=%d W=%d X=%d F=%d\n", access(f1, R_OK), access(f1, W_OK),
           access(f1, X_OK) == 0, access(f1, F_OK));
    chmod(f1, 0755);
    stat(f1, &st);
    printf("chmod mode=%03o X=%d\n", st.st_mode & 0777, access(f1, X_OK));
    printf("link %d symlink %d\n", link(f1, f2), symlink("one", f3));
    stat(f1, &st);
    show_stat("after link", &st);
    lstat(f3, &st);
    show_stat("lstat sym", &st);
    stat(f3, &st);
    show_stat("stat sym", &st);
    char target[64] = {0};
    printf("readlink %zd %s\n", readlink(f3, target, sizeof target - 1), target);
    fd = open(f3, O_RDONLY);
    int d = dup(fd);
    int d2 = dup2(fd, 20);
    printf("dup ok=%d dup2=%d\n", d > fd, d2);
    lseek(fd, 3, SEEK_SET);
    printf("shared offset %lld\n", (long long)lseek(d, 0, SEEK_CUR));
    printf("fcntl cloexec before=%d ", fcntl(d2, F_GETFD) & FD_CLOEXEC);
    fcntl(d2, F_SETFD, FD_CLOEXEC);
    printf("after=%d fl_rdonly=%d\n", fcntl(d2, F_GETFD) & FD_CLOEXEC,
           (fcntl(fd, F_GETFL) & O_ACCMODE) == O_RDONLY);
    close(fd);
    close(d);
    close(d2);
    errno = 0;
    printf("close bad %d ebadf=%d\n", close(999), errno == EBADF);
    errno = 0;
    printf("stat missing %d enoent=%d\n", stat("no/such/file", &st), errno == ENOENT);
    printf("unlink %d %d %d\n", unlink(f3), unlink(f2), unlink(f1));
    printf("rmdir %d\n", rmdir(dir));
    return 0;
}
