/* File attributes and space: umask, chmod/fchmod/fchmodat, fchownat to our own ids, utimensat
 * (with UTIME_OMIT, AT_SYMLINK_NOFOLLOW, futimens), fallocate, mknodat (FIFO and regular), the
 * sync family, readahead/fadvise, ioprio, close_range, faccessat2, renameat2, statx and extended
 * attributes (tolerant of filesystems without user xattrs). */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <linux/falloc.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <linux/close_range.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <sys/xattr.h>
#include <unistd.h>

static const char *err(long r) {
    return r < 0 ? strerrorname_np(errno) : "ok";
}

static void show_mode(const char *label, const char *path) {
    struct stat st;
    if (stat(path, &st) != 0) {
        printf("%s: stat %s\n", label, strerrorname_np(errno));
        return;
    }
    printf("%s: %04o\n", label, (unsigned)(st.st_mode & 07777));
}

static int xattr_checks(const char *path, int fd) {
    if (setxattr(path, "user.recomp", "hello", 5, XATTR_CREATE) != 0) return errno;
    char v[32] = {0};
    if (getxattr(path, "user.recomp", v, sizeof v) != 5 || strcmp(v, "hello") != 0) return -1;
    if (fgetxattr(fd, "user.recomp", NULL, 0) != 5) return -2;
    if (lgetxattr(path, "user.recomp", v, 2) != -1 || errno != ERANGE) return -3;
    if (setxattr(path, "user.recomp", "x", 1, XATTR_CREATE) != -1 || errno != EEXIST) return -4;
    if (fsetxattr(fd, "user.second", "22", 2, 0) != 0) return -5;
    char list[128] = {0};
    long n = listxattr(path, list, sizeof list);
    int found = 0;
    for (char *p = list; p < list + n; p += strlen(p) + 1)
        found += strcmp(p, "user.recomp") == 0 || strcmp(p, "user.second") == 0;
    if (found != 2 || flistxattr(fd, NULL, 0) != n || llistxattr(path, list, n) != n) return -6;
    if (getxattr(path, "user.missing", v, sizeof v) != -1 || errno != ENODATA) return -7;
    if (removexattr(path, "user.recomp") != 0 || fremovexattr(fd, "user.second") != 0) return -8;
    if (lremovexattr(path, "user.recomp") != -1 || errno != ENODATA) return -9;
    if (listxattr(path, list, sizeof list) != 0) return -10;
    char longname[300] = "user.";
    memset(longname + 5, 'n', 280);
    if (getxattr(path, longname, v, sizeof v) != -1 || errno != ERANGE) return -11;
    return 0;
}

int main(void) {
    char dir[] = "attrXXXXXX";
    if (!mkdtemp(dir)) return 1;
    char path[64], fifo[64], node[64], link[64];
    snprintf(path, sizeof path, "%s/file", dir);
    snprintf(fifo, sizeof fifo, "%s/fifo", dir);
    snprintf(node, sizeof node, "%s/node", dir);
    snprintf(link, sizeof link, "%s/link", dir);

    umask(022);
    printf("umask: %03o\n", (unsigned)umask(027));
    int fd = open(path, O_CREAT | O_RDWR, 0666);
    show_mode("created under 027", path);
    umask(022);
    chmod(path, 0600);
    show_mode("chmod", path);
    fchmodat(AT_FDCWD, path, 0640, 0);
    show_mode("fchmodat", path);
    fchmod(fd, 0604);
    show_mode("fchmod", path);
    printf("fchmodat missing: %s\n", err(fchmodat(AT_FDCWD, "nope", 0600, 0)));
    int r = fchownat(AT_FDCWD, path, getuid(), getgid(), 0);
    struct stat st;
    stat(path, &st);
    printf("fchownat self: %s owner_ok=%d\n", err(r),
           st.st_uid == getuid() && st.st_gid == getgid());
    printf("fchownat -1: %s\n", err(fchownat(AT_FDCWD, path, -1, -1, 0)));
    printf("fchown: %s\n", err(fchown(fd, getuid(), -1)));

    /* times */
    struct timespec ts[2] = {{1000000000, 500000000}, {1234567890, 123456789}};
    printf("utimensat: %s\n", err(utimensat(AT_FDCWD, path, ts, 0)));
    stat(path, &st);
    printf("  atime=%lld.%09ld mtime=%lld.%09ld\n", (long long)st.st_atim.tv_sec,
           st.st_atim.tv_nsec, (long long)st.st_mtim.tv_sec, st.st_mtim.tv_nsec);
    struct timespec omit[2] = {{0, UTIME_OMIT}, {2000000000, 0}};
    utimensat(AT_FDCWD, path, omit, 0);
    stat(path, &st);
    printf("  omit atime: atime=%lld mtime=%lld\n", (long long)st.st_atim.tv_sec,
           (long long)st.st_mtim.tv_sec);
    struct timespec fts[2] = {{42, 0}, {43, 0}};
    printf("futimens: %s\n", err(futimens(fd, fts)));
    fstat(fd, &st);
    printf("  atime=%lld mtime=%lld\n", (long long)st.st_atim.tv_sec, (long long)st.st_mtim.tv_sec);
    symlink("file", link);
    struct timespec lts[2] = {{7, 0}, {8, 0}};
    printf("utimensat nofollow: %s\n", err(utimensat(AT_FDCWD, link, lts, AT_SYMLINK_NOFOLLOW)));
    struct stat lst;
    lstat(link, &lst);
    stat(path, &st);
    printf("  link mtime=%lld target mtime=%lld\n", (long long)lst.st_mtim.tv_sec,
           (long long)st.st_mtim.tv_sec);
    struct timespec badns[2] = {{0, 1000000000}, {0, 0}};
    printf("utimensat bad nsec: %s\n", err(utimensat(AT_FDCWD, path, badns, 0)));

    /* fallocate */
    printf("fallocate: %s\n", err(fallocate(fd, 0, 0, 65536)));
    fstat(fd, &st);
    printf("  size=%lld\n", (long long)st.st_size);
    r = fallocate(fd, FALLOC_FL_KEEP_SIZE, 65536, 65536);
    fstat(fd, &st);
    printf("fallocate keep size: %s size=%lld\n", err(r), (long long)st.st_size);
    pwrite(fd, "xyz", 3, 100);
    r = fallocate(fd, FALLOC_FL_PUNCH_HOLE | FALLOC_FL_KEEP_SIZE, 0, 4096);
    if (r == 0) {
        char b[3];
        pread(fd, b, 3, 100);
        printf("punch hole: ok-or-unsupported zeroed=%d\n", b[0] == 0 && b[1] == 0 && b[2] == 0);
    } else {
        printf("punch hole: ok-or-unsupported zeroed=1\n");
    }
    printf("fallocate bad mode: %s\n", err(fallocate(fd, 0x1000, 0, 10)));
    printf("fallocate negative: %s\n", err(fallocate(fd, 0, -1, 10)));
    printf("posix_fallocate: %d\n", posix_fallocate(fd, 0, 70000));

    /* nodes */
    printf("mkfifo: %s\n", err(mkfifo(fifo, 0600)));
    stat(fifo, &st);
    printf("  fifo=%d\n", S_ISFIFO(st.st_mode));
    printf("mknodat reg: %s\n", err(mknodat(AT_FDCWD, node, S_IFREG | 0600, 0)));
    stat(node, &st);
    printf("  reg=%d size=%lld\n", S_ISREG(st.st_mode), (long long)st.st_size);
    printf("mknodat exists: %s\n", err(mknodat(AT_FDCWD, node, S_IFREG | 0600, 0)));
    printf("mknodat bad type: %s\n", err(mknodat(AT_FDCWD, "x", 0170000 | 0600, 0)));

    /* sync family, hints */
    printf("fsync: %s fdatasync: %s\n", err(fsync(fd)), err(fdatasync(fd)));
    sync();
    printf("sync: ok\n");
    printf("syncfs: %s\n", err(syncfs(fd)));
    printf("sync_file_range: %s\n", err(sync_file_range(fd, 0, 0, SYNC_FILE_RANGE_WRITE)));
    printf("sync_file_range bad: %s\n", err(sync_file_range(fd, 0, 0, 0x100)));
    printf("readahead: %s\n", err(readahead(fd, 0, 4096)));
    printf("posix_fadvise: %d %d\n", posix_fadvise(fd, 0, 0, POSIX_FADV_SEQUENTIAL),
           posix_fadvise(fd, 0, 0, 12345));
    long prio = syscall(SYS_ioprio_get, 1 /* IOPRIO_WHO_PROCESS */, 0);
    printf("ioprio_get: %s\n", err(prio));
    printf("ioprio_set same: %s\n", err(syscall(SYS_ioprio_set, 1, 0, prio)));
    printf("ioprio_get bad which: %s\n", err(syscall(SYS_ioprio_get, 99, 0)));

    /* close_range, faccessat2, renameat2, statx */
    int d1 = dup(fd), d2 = dup(fd), d3 = dup(fd);
    int lo = d1 < d2 ? d1 : d2, hi = d3 > d2 ? d3 : d2;
    printf("close_range cloexec: %s\n", err(close_range(lo, hi, CLOSE_RANGE_CLOEXEC)));
    printf("  cloexec=%d\n", (fcntl(d2, F_GETFD) & FD_CLOEXEC) != 0);
    printf("close_range: %s\n", err(close_range(lo, hi, 0)));
    printf("  closed=%d\n", fcntl(d1, F_GETFD) < 0 && fcntl(d3, F_GETFD) < 0 && errno == EBADF);
    printf("faccessat2 W_OK eaccess: %s\n", err(faccessat(AT_FDCWD, path, W_OK, AT_EACCESS)));
    printf("faccessat2 missing: %s\n", err(faccessat(AT_FDCWD, "nope", F_OK, AT_EACCESS)));
    char other[64];
    snprintf(other, sizeof other, "%s/other", dir);
    close(open(other, O_CREAT | O_WRONLY, 0600));
    printf("renameat2 noreplace: %s\n",
           err(renameat2(AT_FDCWD, other, AT_FDCWD, path, RENAME_NOREPLACE)));
    r = renameat2(AT_FDCWD, other, AT_FDCWD, fifo, RENAME_EXCHANGE);
    struct stat xs;
    stat(other, &xs);
    printf("renameat2 exchange: %s other_is_fifo=%d\n", err(r), S_ISFIFO(xs.st_mode));
    renameat2(AT_FDCWD, other, AT_FDCWD, fifo, RENAME_EXCHANGE);
    unlink(other);
    struct statx stx;
    r = statx(AT_FDCWD, path, 0, STATX_SIZE | STATX_MODE, &stx);
    printf("statx: %s size=%llu mode=%04o\n", err(r), (unsigned long long)stx.stx_size,
           (unsigned)(stx.stx_mode & 07777));

    /* xattrs */
    r = xattr_checks(path, fd);
    if (r == 0 || r == ENOTSUP)
        printf("xattr: ok-or-unsupported\n");
    else
        printf("xattr: FAILED %d (%s)\n", r, r > 0 ? strerrorname_np(r) : "check");
    printf("getxattr missing file: %s\n", err(getxattr("nope", "user.x", NULL, 0)));

    close(fd);
    unlink(path);
    unlink(fifo);
    unlink(node);
    unlink(link);
    rmdir(dir);
    return 0;
}
