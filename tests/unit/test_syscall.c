/*
 * test_syscall.c - the riscv64 syscall layer driven through syscall_rv64() with a fake guest CPU
 * and the real guest memory (runtime/gmem.c).
 *
 * Each test puts arguments in a0..a5 / a7 exactly as a guest ecall would, with every guest
 * pointer pointing into gmem mappings, and checks a0 plus the bytes the guest would see (the
 * riscv64 struct layouts at their asm-generic offsets, not the host's).
 */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <sys/statfs.h>
#include <sys/utsname.h>
#include <sys/wait.h>
#include <sys/ioctl.h>
#include <poll.h>
#include <termios.h>
#include <time.h>
#include <unistd.h>

#include <cmocka.h>

#include "gmem.h"
#include "syscall.h"
#include "syscall_internal.h"

/* riscv64 (asm-generic) syscall numbers used below */
enum {
    NR_getcwd = 17,
    NR_dup3 = 24,
    NR_fcntl = 25,
    NR_ioctl = 29,
    NR_unlinkat = 35,
    NR_statfs = 43,
    NR_faccessat = 48,
    NR_openat = 56,
    NR_close = 57,
    NR_pipe2 = 59,
    NR_lseek = 62,
    NR_read = 63,
    NR_write = 64,
    NR_readv = 65,
    NR_writev = 66,
    NR_readlinkat = 78,
    NR_newfstatat = 79,
    NR_fstat = 80,
    NR_exit = 93,
    NR_exit_group = 94,
    NR_futex = 98,
    NR_clock_gettime = 113,
    NR_sigaltstack = 132,
    NR_rt_sigaction = 134,
    NR_rt_sigprocmask = 135,
    NR_uname = 160,
    NR_getpid = 172,
    NR_gettid = 178,
    NR_kexec_load = 104,
    NR_brk = 214,
    NR_munmap = 215,
    NR_mmap = 222,
    NR_mprotect = 226,
    NR_madvise = 233,
    NR_riscv_flush_icache = 259,
    NR_getrandom = 278,
    NR_prctl = 167,
    NR_ppoll = 73,
    NR_statx = 291,
};

#include "syscall_fixture.h"

static void make_file(const char *path, const char *content) {
    FILE *f = fopen(path, "w");
    assert_non_null(f);
    fputs(content, f);
    fclose(f);
}

/* ---- tests ---- */

static void test_write_pipe(void **state) {
    (void)state;
    int p[2];
    assert_int_equal(pipe(p), 0);
    uint64_t buf = gstr("hello, pipe");
    assert_int_equal(SYS3(NR_write, p[1], buf, 11), 11);
    char out[32] = {0};
    assert_int_equal(read(p[0], out, sizeof out), 11);
    assert_string_equal(out, "hello, pipe");
    close(p[0]);
    close(p[1]);
}

static void test_openat_read_close(void **state) {
    (void)state;
    char path[128];
    snprintf(path, sizeof path, "%s/data.txt", tmpdir);
    make_file(path, "file contents\n");
    uint64_t gpath = gstr(path);
    int64_t fd = SYS4(NR_openat, AT_FDCWD, gpath, O_RDONLY, 0);
    assert_true(fd >= 0);
    uint64_t buf = gmap(GMEM_PAGE, PROT_READ | PROT_WRITE);
    assert_int_equal(SYS3(NR_read, fd, buf, 100), 14);
    assert_memory_equal(g2h(buf), "file contents\n", 14);
    assert_int_equal(SYS3(NR_read, fd, buf, 100), 0); /* EOF */
    assert_int_equal(SYS3(NR_lseek, fd, 5, SEEK_SET), 5);
    assert_int_equal(SYS3(NR_read, fd, buf, 8), 8);
    assert_memory_equal(g2h(buf), "contents", 8);
    assert_int_equal(SYS1(NR_close, fd), 0);
    assert_int_equal(SYS1(NR_close, fd), -EBADF);

    /* a missing file is -ENOENT */
    snprintf(g2h(gpath), 128, "%s/missing", tmpdir);
    assert_int_equal(SYS4(NR_openat, AT_FDCWD, gpath, O_RDONLY, 0), -ENOENT);
}

static void test_newfstatat_layout(void **state) {
    (void)state;
    char path[128];
    snprintf(path, sizeof path, "%s/sized", tmpdir);
    char content[1235];
    memset(content, 'x', 1234);
    content[1234] = 0;
    make_file(path, content);
    struct stat hst;
    assert_int_equal(stat(path, &hst), 0);

    uint64_t gpath = gstr(path);
    uint64_t gst = gmap(GMEM_PAGE, PROT_READ | PROT_WRITE);
    memset(g2h(gst), 0xAA, 256);
    assert_int_equal(SYS4(NR_newfstatat, AT_FDCWD, gpath, gst, 0), 0);

    /* riscv64 struct stat (asm-generic, 128 bytes): read at raw offsets */
    const uint8_t *s = g2h(gst);
    uint64_t u64;
    uint32_t u32;
    int32_t i32;
    memcpy(&u64, s + 0, 8);
    assert_int_equal(u64, hst.st_dev);
    memcpy(&u64, s + 8, 8);
    assert_int_equal(u64, hst.st_ino);
    memcpy(&u32, s + 16, 4);
    assert_int_equal(u32, hst.st_mode);
    assert_true(S_ISREG(u32));
    memcpy(&u32, s + 20, 4);
    assert_int_equal(u32, 1); /* st_nlink */
    memcpy(&u32, s + 24, 4);
    assert_int_equal(u32, getuid());
    memcpy(&u64, s + 48, 8);
    assert_int_equal(u64, 1234); /* st_size */
    memcpy(&i32, s + 56, 4);
    assert_int_equal(i32, hst.st_blksize);
    memcpy(&u64, s + 64, 8);
    assert_int_equal(u64, hst.st_blocks);
    memcpy(&u64, s + 88, 8);
    assert_int_equal(u64, hst.st_mtim.tv_sec);
    memcpy(&u64, s + 96, 8);
    assert_int_equal(u64, hst.st_mtim.tv_nsec);
    memcpy(&u64, s + 104, 8);
    assert_int_equal(u64, hst.st_ctim.tv_sec);
    /* padding zeroed, nothing written past 128 bytes */
    memcpy(&u64, s + 40, 8);
    assert_int_equal(u64, 0);
    assert_int_equal(s[128], 0xAA);

    /* fstat through an fd gives the same bytes */
    uint64_t gst2 = gmap(GMEM_PAGE, PROT_READ | PROT_WRITE);
    int fd = open(path, O_RDONLY);
    assert_int_equal(SYS2(NR_fstat, fd, gst2), 0);
    close(fd);
    assert_memory_equal(g2h(gst2), g2h(gst), 128);

    /* AT_EMPTY_PATH with a NULL path (newer kernels accept it) */
    fd = open(path, O_RDONLY);
    memset(g2h(gst2), 0, 128);
    assert_int_equal(SYS4(NR_newfstatat, fd, 0, gst2, AT_EMPTY_PATH), 0);
    close(fd);
    memcpy(&u64, (uint8_t *)g2h(gst2) + 48, 8);
    assert_int_equal(u64, 1234);

    /* statx passes through: stx_size at offset 40 */
    assert_int_equal(sys(NR_statx, (uint64_t)AT_FDCWD, gpath, 0, 0x7ff, gst2, 0), 0);
    memcpy(&u64, (uint8_t *)g2h(gst2) + 40, 8);
    assert_int_equal(u64, 1234);
}

static void test_stat_converter(void **state) {
    (void)state;
    struct stat h;
    memset(&h, 0, sizeof h);
    h.st_dev = 0x801;
    h.st_ino = 123456789012ull;
    h.st_mode = S_IFDIR | 0755;
    h.st_nlink = 7;
    h.st_uid = 1000;
    h.st_gid = 100;
    h.st_rdev = 0x1234;
    h.st_size = 1ll << 40;
    h.st_blksize = 4096;
    h.st_blocks = 99;
    h.st_atim.tv_sec = 1;
    h.st_atim.tv_nsec = 2;
    h.st_mtim.tv_sec = 3;
    h.st_mtim.tv_nsec = 4;
    h.st_ctim.tv_sec = 5;
    h.st_ctim.tv_nsec = 6;
    rv64_stat g;
    memset(&g, 0xff, sizeof g);
    syscall_stat_to_rv64(&h, &g);
    assert_int_equal(g.st_dev, 0x801);
    assert_int_equal(g.st_ino, 123456789012ull);
    assert_int_equal(g.st_mode, S_IFDIR | 0755);
    assert_int_equal(g.st_nlink, 7);
    assert_int_equal(g.st_uid, 1000);
    assert_int_equal(g.st_gid, 100);
    assert_int_equal(g.st_rdev, 0x1234);
    assert_int_equal(g.st_size, 1ll << 40);
    assert_int_equal(g.st_blksize, 4096);
    assert_int_equal(g.st_blocks, 99);
    assert_int_equal(g.st_atime_sec, 1);
    assert_int_equal(g.st_atime_nsec, 2);
    assert_int_equal(g.st_mtime_sec, 3);
    assert_int_equal(g.st_mtime_nsec, 4);
    assert_int_equal(g.st_ctime_sec, 5);
    assert_int_equal(g.st_ctime_nsec, 6);
    assert_int_equal(g.pad1, 0);
    assert_int_equal(g.pad2, 0);
    assert_int_equal(g.unused4, 0);
    assert_int_equal(g.unused5, 0);
}

static void test_statfs(void **state) {
    (void)state;
    struct statfs h;
    assert_int_equal(statfs(tmpdir, &h), 0);
    uint64_t gpath = gstr(tmpdir);
    uint64_t buf = gmap(GMEM_PAGE, PROT_READ | PROT_WRITE);
    assert_int_equal(SYS2(NR_statfs, gpath, buf), 0);
    int64_t v;
    memcpy(&v, g2h(buf), 8);
    assert_int_equal(v, h.f_type);
    memcpy(&v, (uint8_t *)g2h(buf) + 8, 8);
    assert_int_equal(v, h.f_bsize);
    memcpy(&v, (uint8_t *)g2h(buf) + 64, 8);
    assert_int_equal(v, h.f_namelen);

    struct statfs src;
    memset(&src, 0, sizeof src);
    src.f_type = 0xEF53;
    src.f_blocks = 10;
    src.f_namelen = 255;
    src.f_frsize = 4096;
    rv64_statfs g;
    syscall_statfs_to_rv64(&src, &g);
    assert_int_equal(g.f_type, 0xEF53);
    assert_int_equal(g.f_blocks, 10);
    assert_int_equal(g.f_namelen, 255);
    assert_int_equal(g.f_frsize, 4096);
}

static void test_efault(void **state) {
    (void)state;
    int p[2];
    assert_int_equal(pipe(p), 0);
    const uint64_t unmapped = 0x10000; /* never mapped by gmem_mmap(NULL) placement */
    assert_false(gmem_check(unmapped, 1, PROT_READ));
    assert_int_equal(SYS3(NR_write, p[1], unmapped, 4), -EFAULT);
    assert_int_equal(SYS3(NR_read, p[0], unmapped, 4), -EFAULT);
    assert_int_equal(SYS4(NR_openat, AT_FDCWD, unmapped, O_RDONLY, 0), -EFAULT);
    assert_int_equal(SYS4(NR_openat, AT_FDCWD, 0, O_RDONLY, 0), -EFAULT);
    assert_int_equal(SYS2(NR_fstat, p[0], unmapped), -EFAULT);
    assert_int_equal(SYS2(NR_clock_gettime, CLOCK_REALTIME, unmapped), -EFAULT);
    assert_int_equal(SYS1(NR_uname, unmapped), -EFAULT);
    /* an address beyond the guest space, and a range that wraps */
    assert_int_equal(SYS3(NR_write, p[1], RECOMP_GUEST_SPACE + 4096, 4), -EFAULT);
    assert_int_equal(SYS3(NR_write, p[1], UINT64_MAX - 1, 4), -EFAULT);

    /* reading into a read-only mapping must not fault the host either */
    uint64_t ro = gmap(GMEM_PAGE, PROT_READ);
    assert_int_equal(write(p[1], "abcd", 4), 4);
    assert_int_equal(SYS3(NR_read, p[0], ro, 4), -EFAULT);
    /* a buffer that runs off the end of a mapping */
    uint64_t rw = gmap(GMEM_PAGE, PROT_READ | PROT_WRITE);
    assert_int_equal(SYS3(NR_read, p[0], rw + GMEM_PAGE - 2, 4), -EFAULT);
    /* a zero-length write never touches the pointer */
    assert_int_equal(SYS3(NR_write, p[1], unmapped, 0), 0);
    close(p[0]);
    close(p[1]);
}

static void test_enosys_and_names(void **state) {
    (void)state;
    assert_int_equal(SYS0(1000), -ENOSYS);
    assert_int_equal(SYS0(-1), -ENOSYS);
    assert_int_equal(SYS3(NR_kexec_load, 2, 1, 0), -ENOSYS); /* known, never implemented */
    assert_int_equal(SYS0(293), -ENOSYS);                    /* rseq: glibc falls back */
    assert_string_equal(syscall_name(63), "read");
    assert_string_equal(syscall_name(64), "write");
    assert_string_equal(syscall_name(56), "openat");
    assert_string_equal(syscall_name(79), "newfstatat");
    assert_string_equal(syscall_name(94), "exit_group");
    assert_string_equal(syscall_name(214), "brk");
    assert_string_equal(syscall_name(222), "mmap");
    assert_string_equal(syscall_name(259), "riscv_flush_icache");
    assert_string_equal(syscall_name(291), "statx");
    assert_string_equal(syscall_name(435), "clone3");
    assert_null(syscall_name(38)); /* renameat does not exist on riscv64 */
    assert_null(syscall_name(1000));
    assert_null(syscall_name(-5));
    assert_string_equal(syscall_errno_name(ENOENT), "ENOENT");
    assert_string_equal(syscall_errno_name(ENOSYS), "ENOSYS");
    assert_null(syscall_errno_name(0));
    assert_null(syscall_errno_name(4096));
}

static void test_getcwd(void **state) {
    (void)state;
    char host[4096];
    assert_non_null(getcwd(host, sizeof host));
    uint64_t buf = gmap(GMEM_PAGE, PROT_READ | PROT_WRITE);
    /* the kernel call returns the length including the NUL */
    assert_int_equal(SYS2(NR_getcwd, buf, GMEM_PAGE), (int64_t)strlen(host) + 1);
    assert_string_equal(g2h(buf), host);
    assert_int_equal(SYS2(NR_getcwd, buf, 2), -ERANGE);
}

static void test_clock_gettime(void **state) {
    (void)state;
    uint64_t buf = gmap(GMEM_PAGE, PROT_READ | PROT_WRITE);
    struct timespec before, after, got;
    clock_gettime(CLOCK_MONOTONIC, &before);
    assert_int_equal(SYS2(NR_clock_gettime, CLOCK_MONOTONIC, buf), 0);
    clock_gettime(CLOCK_MONOTONIC, &after);
    memcpy(&got, g2h(buf), sizeof got);
    assert_true(got.tv_nsec >= 0 && got.tv_nsec < 1000000000);
    double b = before.tv_sec + before.tv_nsec * 1e-9, g = got.tv_sec + got.tv_nsec * 1e-9,
           a = after.tv_sec + after.tv_nsec * 1e-9;
    assert_true(b <= g && g <= a);
    assert_int_equal(SYS2(NR_clock_gettime, 12345, buf), -EINVAL);
}

static void test_uname(void **state) {
    (void)state;
    struct utsname host;
    uname(&host);
    uint64_t buf = gmap(GMEM_PAGE, PROT_READ | PROT_WRITE);
    assert_int_equal(SYS1(NR_uname, buf), 0);
    const char *g = g2h(buf);
    assert_string_equal(g + 0 * 65, host.sysname);
    assert_string_equal(g + 1 * 65, host.nodename);
    assert_string_equal(g + 2 * 65, host.release);
    assert_string_equal(g + 4 * 65, "riscv64");
}

static void test_mmap_munmap(void **state) {
    (void)state;
    int64_t g = sys(NR_mmap, 0, 3 * GMEM_PAGE, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS,
                    (uint64_t)-1, 0);
    assert_true(g > 0 && g < (int64_t)RECOMP_GUEST_SPACE);
    assert_true(gmem_check((uint64_t)g, 3 * GMEM_PAGE, PROT_READ | PROT_WRITE));
    uint8_t *h = g2h((uint64_t)g);
    assert_int_equal(h[0], 0);
    memset(h, 0x5a, 3 * GMEM_PAGE);

    /* MADV_DONTNEED on private anonymous memory reads back as zero */
    assert_int_equal(SYS3(NR_madvise, g, GMEM_PAGE, MADV_DONTNEED), 0);
    assert_int_equal(h[0], 0);
    assert_int_equal(h[GMEM_PAGE], 0x5a);
    assert_int_equal(SYS3(NR_madvise, g + 1, GMEM_PAGE, MADV_DONTNEED), -EINVAL);

    assert_int_equal(SYS3(NR_mprotect, g, GMEM_PAGE, PROT_READ), 0);
    assert_false(gmem_check((uint64_t)g, 1, PROT_WRITE));
    assert_int_equal(SYS2(NR_munmap, g, 3 * GMEM_PAGE), 0);
    assert_false(gmem_check((uint64_t)g, 1, PROT_READ));
    assert_int_equal(SYS3(NR_madvise, g, GMEM_PAGE, MADV_DONTNEED), -ENOMEM);

    /* a file mapping: the riscv64 offset is in bytes */
    char path[128];
    snprintf(path, sizeof path, "%s/mapped", tmpdir);
    FILE *f = fopen(path, "w");
    for (int i = 0; i < 2 * 4096; i++)
        fputc(i < 4096 ? 'a' : 'b', f);
    fclose(f);
    int fd = open(path, O_RDONLY);
    g = sys(NR_mmap, 0, GMEM_PAGE, PROT_READ, MAP_PRIVATE, (uint64_t)fd, GMEM_PAGE);
    close(fd);
    assert_true(g > 0);
    assert_int_equal(*(uint8_t *)g2h((uint64_t)g), 'b');
    assert_int_equal(SYS2(NR_munmap, g, GMEM_PAGE), 0);

    assert_int_equal(sys(NR_mmap, 0, GMEM_PAGE, PROT_READ, MAP_PRIVATE, 9999, 0), -EBADF);
}

static void test_brk(void **state) {
    (void)state;
    const uint64_t start = 0x2000000;
    gmem_brk_init(start);
    assert_int_equal(SYS1(NR_brk, 0), start);
    assert_int_equal(SYS1(NR_brk, start + 3 * GMEM_PAGE + 5), start + 3 * GMEM_PAGE + 5);
    assert_true(gmem_check(start, 3 * GMEM_PAGE, PROT_READ | PROT_WRITE));
    memset(g2h(start), 1, 3 * GMEM_PAGE);
    /* a refused request answers the unchanged break */
    assert_int_equal(SYS1(NR_brk, 16), start + 3 * GMEM_PAGE + 5);
    assert_int_equal(SYS1(NR_brk, start), start);
}

static void test_pipe2_dup3_fcntl(void **state) {
    (void)state;
    uint64_t buf = gmap(GMEM_PAGE, PROT_READ | PROT_WRITE);
    assert_int_equal(SYS2(NR_pipe2, buf, O_CLOEXEC), 0);
    int fds[2];
    memcpy(fds, g2h(buf), sizeof fds);
    assert_true(fds[0] >= 0 && fds[1] >= 0);
    assert_int_equal(SYS2(NR_fcntl, fds[0], F_GETFD), FD_CLOEXEC);
    assert_int_equal(SYS3(NR_dup3, fds[1], 100, 0), 100);
    assert_int_equal(SYS2(NR_fcntl, 100, F_GETFD), 0);
    assert_int_equal(SYS2(NR_fcntl, fds[0], 12345), -EINVAL);
    assert_int_equal(SYS2(NR_pipe2, 0x10000, 0), -EFAULT);

    /* writev gathers from two guest buffers, readv scatters into two */
    uint64_t data = gstr("abcdefgh");
    uint64_t iov[4] = {data, 3, data + 3, 5};
    memcpy(g2h(buf + 64), iov, sizeof iov);
    assert_int_equal(SYS3(NR_writev, 100, buf + 64, 2), 8);
    uint64_t out = gmap(GMEM_PAGE, PROT_READ | PROT_WRITE);
    uint64_t iov2[4] = {out, 4, out + 100, 4};
    memcpy(g2h(buf + 128), iov2, sizeof iov2);
    assert_int_equal(SYS3(NR_readv, fds[0], buf + 128, 2), 8);
    assert_memory_equal(g2h(out), "abcd", 4);
    assert_memory_equal(g2h(out + 100), "efgh", 4);
    uint64_t bad[2] = {0x10000, 4};
    memcpy(g2h(buf + 192), bad, sizeof bad);
    assert_int_equal(SYS3(NR_writev, 100, buf + 192, 1), -EFAULT);
    assert_int_equal(SYS3(NR_writev, 100, buf + 192, -1), -EINVAL);

    /* ioctl: TCGETS on a pipe is ENOTTY from the host; an unknown request is refused */
    assert_int_equal(SYS3(NR_ioctl, fds[0], 0x5401, out), -ENOTTY);
    assert_int_equal(SYS3(NR_ioctl, fds[0], 0x12345678, out), -ENOTTY);
    assert_int_equal(SYS3(NR_ioctl, fds[0], 0x541B, out), 0); /* FIONREAD */

    close(fds[0]);
    close(fds[1]);
    close(100);
}

/* Terminal ioctls pass the asm-generic kernel termios through: compare with the host's view. */
static void test_tty_ioctls(void **state) {
    (void)state;
    int master = posix_openpt(O_RDWR | O_NOCTTY);
    if (master < 0) {
        skip();
    }
    assert_int_equal(grantpt(master), 0);
    assert_int_equal(unlockpt(master), 0);
    int slave = open(ptsname(master), O_RDWR | O_NOCTTY);
    assert_true(slave >= 0);

    uint64_t buf = gmap(GMEM_PAGE, PROT_READ | PROT_WRITE);
    assert_int_equal(SYS3(NR_ioctl, slave, 0x5401 /* TCGETS */, buf), 0);
    struct termios host;
    assert_int_equal(tcgetattr(slave, &host), 0);
    /* kernel termios: 4 flag words, c_line, c_cc[19] - the prefix of glibc's struct */
    assert_memory_equal(g2h(buf), &host, 17 + 19);

    struct winsize ws = {.ws_row = 33, .ws_col = 101};
    memcpy(g2h(buf + 256), &ws, sizeof ws);
    assert_int_equal(SYS3(NR_ioctl, slave, TIOCSWINSZ, buf + 256), 0);
    memset(g2h(buf + 512), 0, sizeof ws);
    assert_int_equal(SYS3(NR_ioctl, slave, TIOCGWINSZ, buf + 512), 0);
    memcpy(&ws, g2h(buf + 512), sizeof ws);
    assert_int_equal(ws.ws_row, 33);
    assert_int_equal(ws.ws_col, 101);
    assert_int_equal(SYS3(NR_ioctl, slave, TIOCGWINSZ, 0x10000), -EFAULT);
    close(slave);
    close(master);
}

static void test_readlink_proc_self_exe(void **state) {
    (void)state;
    char path[128];
    snprintf(path, sizeof path, "%s/guest-prog", tmpdir);
    make_file(path, "\177ELF");
    syscall_set_exe_path(path);
    uint64_t gpath = gstr("/proc/self/exe");
    uint64_t buf = gmap(GMEM_PAGE, PROT_READ | PROT_WRITE);
    char resolved[4096];
    assert_non_null(realpath(path, resolved));
    int64_t n = SYS4(NR_readlinkat, AT_FDCWD, gpath, buf, 4096);
    assert_int_equal(n, (int64_t)strlen(resolved));
    assert_memory_equal(g2h(buf), resolved, (size_t)n);
    /* truncated silently */
    assert_int_equal(SYS4(NR_readlinkat, AT_FDCWD, gpath, buf, 3), 3);
    /* opening /proc/self/exe opens the guest program */
    int64_t fd = SYS4(NR_openat, AT_FDCWD, gpath, O_RDONLY, 0);
    assert_true(fd >= 0);
    assert_int_equal(SYS3(NR_read, fd, buf, 16), 4);
    assert_memory_equal(g2h(buf), "\177ELF", 4);
    close((int)fd);
    syscall_set_exe_path(NULL);
}

static void test_proc_self_maps(void **state) {
    (void)state;
    uint64_t gpath = gstr("/proc/self/maps");
    int64_t fd = SYS4(NR_openat, AT_FDCWD, gpath, O_RDONLY, 0);
    assert_true(fd >= 0);
    char text[8192] = {0};
    assert_true(read((int)fd, text, sizeof text - 1) > 0);
    close((int)fd);
    char want[64];
    snprintf(want, sizeof want, "%08llx-", (unsigned long long)gpath);
    assert_non_null(strstr(text, want));
}

static void test_signals_recorded(void **state) {
    (void)state;
    uint64_t buf = gmap(GMEM_PAGE, PROT_READ | PROT_WRITE);
    /* SIGKILL in sa_mask is dropped, as the kernel does */
    const uint64_t usr2 = 1ull << (SIGUSR2 - 1), kill_bit = 1ull << (SIGKILL - 1);
    rv64_sigaction act = {
        .handler = 0x12345, .flags = 0x4 /* SA_SIGINFO */, .mask = usr2 | kill_bit};
    memcpy(g2h(buf), &act, sizeof act);
    assert_int_equal(SYS4(NR_rt_sigaction, SIGUSR1, buf, 0, 8), 0);
    /* the previous action is returned in the riscv64 layout */
    assert_int_equal(SYS4(NR_rt_sigaction, SIGUSR1, 0, buf + 64, 8), 0);
    rv64_sigaction old;
    memcpy(&old, g2h(buf + 64), sizeof old);
    assert_int_equal(old.handler, 0x12345);
    assert_int_equal(old.flags, 4);
    assert_int_equal(old.mask, usr2);
    assert_int_equal(syscall_guest_sigaction(SIGUSR1)->handler, 0x12345);
    assert_int_equal(SYS4(NR_rt_sigaction, SIGKILL, buf, 0, 8), -EINVAL);
    assert_int_equal(SYS4(NR_rt_sigaction, SIGUSR1, buf, 0, 16), -EINVAL);
    assert_int_equal(SYS4(NR_rt_sigaction, 65, 0, 0, 8), -EINVAL);
    assert_int_equal(SYS4(NR_rt_sigaction, SIGUSR1, 0x10000, 0, 8), -EFAULT);

    /* a guest SIG_IGN of SIGPIPE reaches the host: a broken pipe is EPIPE, not death */
    act.handler = 1;
    memcpy(g2h(buf), &act, sizeof act);
    assert_int_equal(SYS4(NR_rt_sigaction, SIGPIPE, buf, 0, 8), 0);
    int p[2];
    assert_int_equal(pipe(p), 0);
    close(p[0]);
    assert_int_equal(SYS3(NR_write, p[1], buf, 1), -EPIPE);
    close(p[1]);
    act.handler = 0;
    memcpy(g2h(buf), &act, sizeof act);
    assert_int_equal(SYS4(NR_rt_sigaction, SIGPIPE, buf, 0, 8), 0);

    /* the mask: block, read back, SIGKILL can never be blocked */
    uint64_t set = (1ull << (SIGUSR2 - 1)) | (1ull << (SIGKILL - 1));
    memcpy(g2h(buf), &set, 8);
    assert_int_equal(SYS4(NR_rt_sigprocmask, SIG_BLOCK, buf, 0, 8), 0);
    assert_int_equal(syscall_guest_sigmask(), 1ull << (SIGUSR2 - 1));
    assert_int_equal(SYS4(NR_rt_sigprocmask, SIG_UNBLOCK, buf, buf + 8, 8), 0);
    uint64_t oldset;
    memcpy(&oldset, g2h(buf + 8), 8);
    assert_int_equal(oldset, 1ull << (SIGUSR2 - 1));
    assert_int_equal(syscall_guest_sigmask(), 0);
    assert_int_equal(SYS4(NR_rt_sigprocmask, 7, buf, 0, 8), -EINVAL);

    /* sigaltstack: starts disabled, records a new stack, refuses a tiny one */
    assert_int_equal(SYS2(NR_sigaltstack, 0, buf), 0);
    rv64_stack ss;
    memcpy(&ss, g2h(buf), sizeof ss);
    assert_int_equal(ss.ss_flags, SS_DISABLE);
    ss = (rv64_stack){.ss_sp = 0x40000, .ss_flags = 0, .ss_size = 65536};
    memcpy(g2h(buf), &ss, sizeof ss);
    assert_int_equal(SYS2(NR_sigaltstack, buf, 0), 0);
    assert_int_equal(syscall_guest_sigaltstack()->ss_sp, 0x40000);
    ss.ss_size = 100;
    memcpy(g2h(buf), &ss, sizeof ss);
    assert_int_equal(SYS2(NR_sigaltstack, buf, 0), -ENOMEM);
}

static void test_futex_single_thread(void **state) {
    (void)state;
    uint64_t word = gmap(GMEM_PAGE, PROT_READ | PROT_WRITE);
    *(uint32_t *)g2h(word) = 5;
    /* FUTEX_WAIT|PRIVATE with a stale value returns at once */
    assert_int_equal(SYS3(NR_futex, word, 128, 4), -EAGAIN);
    assert_int_equal(SYS3(NR_futex, word, 129, 1), 0); /* FUTEX_WAKE: nobody waits */
    /* a timed wait with the current value times out */
    struct timespec t = {0, 1000000};
    memcpy(g2h(word + 64), &t, sizeof t);
    assert_int_equal(SYS4(NR_futex, word, 128, 5, word + 64), -ETIMEDOUT);
    assert_int_equal(SYS3(NR_futex, 0x10000, 128, 5), -EFAULT);
}

static uint64_t flushed_start, flushed_end;
static void record_flush(uint64_t start, uint64_t end) {
    flushed_start = start;
    flushed_end = end;
}

static void test_misc(void **state) {
    (void)state;
    assert_int_equal(SYS0(NR_getpid), getpid());
    assert_int_equal(SYS0(NR_gettid), gettid());

    syscall_flush_icache_hook = record_flush;
    assert_int_equal(SYS3(NR_riscv_flush_icache, 0x1000, 0x2000, 0), 0);
    assert_int_equal(flushed_start, 0x1000);
    assert_int_equal(flushed_end, 0x2000);
    assert_int_equal(SYS3(NR_riscv_flush_icache, 0, 0, 2), -EINVAL);

    uint64_t buf = gmap(GMEM_PAGE, PROT_READ | PROT_WRITE);
    assert_int_equal(SYS3(NR_getrandom, buf, 64, 0), 64);
    assert_int_equal(SYS3(NR_getrandom, 0x10000, 64, 0), -EFAULT);

    uint64_t gpath = gstr(tmpdir);
    assert_int_equal(SYS3(NR_faccessat, AT_FDCWD, gpath, R_OK), 0);

    /* prctl: the thread name round-trips; other options are refused */
    uint64_t name = gstr("guest-name");
    assert_int_equal(SYS2(NR_prctl, 15 /* PR_SET_NAME */, name), 0);
    memset(g2h(buf), 0, 16);
    assert_int_equal(SYS2(NR_prctl, 16 /* PR_GET_NAME */, buf), 0);
    assert_string_equal(g2h(buf), "guest-name");
    assert_int_equal(SYS2(NR_prctl, 0x12345, 0), -EINVAL);

    /* ppoll sees a readable pipe at once */
    int p[2];
    assert_int_equal(pipe(p), 0);
    assert_int_equal(write(p[1], "x", 1), 1);
    struct pollfd pfd = {.fd = p[0], .events = POLLIN};
    memcpy(g2h(buf + 64), &pfd, sizeof pfd);
    assert_int_equal(SYS3(NR_ppoll, buf + 64, 1, 0), 1);
    memcpy(&pfd, g2h(buf + 64), sizeof pfd);
    assert_true(pfd.revents & POLLIN);
    close(p[0]);
    close(p[1]);
}

/* The --strace line format: name(args) = result, errors with their errno name. */
static void test_strace_output(void **state) {
    (void)state;
    char path[128];
    snprintf(path, sizeof path, "%s/strace.log", tmpdir);
    int log = open(path, O_RDWR | O_CREAT | O_TRUNC, 0600);
    int saved = dup(2);
    dup2(log, 2);

    int p[2];
    assert_int_equal(pipe(p), 0);
    uint64_t buf = gstr("hi\n");
    char missing[128];
    snprintf(missing, sizeof missing, "%s/nope", tmpdir);
    uint64_t gmissing = gstr(missing);
    syscall_strace = true;
    SYS3(NR_write, p[1], buf, 3);
    SYS4(NR_openat, AT_FDCWD, gmissing, O_RDONLY, 0);
    SYS2(1000, 1, 2);
    SYS2(NR_kexec_load, 2, 1);
    SYS1(NR_brk, 0);
    syscall_strace = false;

    fflush(stderr);
    dup2(saved, 2);
    close(saved);
    close(p[0]);
    close(p[1]);
    char text[4096] = {0};
    assert_true(pread(log, text, sizeof text - 1, 0) > 0);
    close(log);

    char want[512];
    snprintf(want, sizeof want, "write(%d, \"hi\\n\", 3) = 3\n", p[1]);
    assert_non_null(strstr(text, want));
    snprintf(want, sizeof want, "openat(AT_FDCWD, \"%s\", 0x0, 00) = -2 ENOENT\n", missing);
    assert_non_null(strstr(text, want));
    assert_non_null(strstr(text, "syscall_1000(0x1, 0x2, 0x0, 0x0, 0x0, 0x0) = -38 ENOSYS\n"));
    assert_non_null(
        strstr(text, "kexec_load(0x2, 0x1, 0x0, 0x0, 0x0, 0x0) = -38 ENOSYS (not implemented)\n"));
    assert_non_null(strstr(text, "brk(0x0) = 0x"));
}

static int exit_hook_status = -1;
static void record_exit(int status) {
    exit_hook_status = status;
    /* the hook runs in the exiting process: report through the exit status itself */
    if (status == 42) _exit(43);
}

static void test_exit_group(void **state) {
    (void)state;
    fflush(NULL); /* the child flushes stdio on exit: do not let it repeat our buffered output */
    pid_t pid = fork();
    assert_true(pid >= 0);
    if (pid == 0) {
        SYS1(NR_exit_group, 7);
        _exit(99); /* not reached */
    }
    int st;
    assert_int_equal(waitpid(pid, &st, 0), pid);
    assert_true(WIFEXITED(st));
    assert_int_equal(WEXITSTATUS(st), 7);

    /* the exit hook runs before the process ends */
    pid = fork();
    if (pid == 0) {
        syscall_exit_hook = record_exit;
        SYS1(NR_exit, 42);
        _exit(99);
    }
    assert_int_equal(waitpid(pid, &st, 0), pid);
    assert_int_equal(WEXITSTATUS(st), 43);
    assert_int_equal(exit_hook_status, -1); /* the parent's state is untouched */
}

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_write_pipe),
        cmocka_unit_test(test_openat_read_close),
        cmocka_unit_test(test_newfstatat_layout),
        cmocka_unit_test(test_stat_converter),
        cmocka_unit_test(test_statfs),
        cmocka_unit_test(test_efault),
        cmocka_unit_test(test_enosys_and_names),
        cmocka_unit_test(test_getcwd),
        cmocka_unit_test(test_clock_gettime),
        cmocka_unit_test(test_uname),
        cmocka_unit_test(test_mmap_munmap),
        cmocka_unit_test(test_brk),
        cmocka_unit_test(test_pipe2_dup3_fcntl),
        cmocka_unit_test(test_tty_ioctls),
        cmocka_unit_test(test_readlink_proc_self_exe),
        cmocka_unit_test(test_proc_self_maps),
        cmocka_unit_test(test_signals_recorded),
        cmocka_unit_test(test_futex_single_thread),
        cmocka_unit_test(test_misc),
        cmocka_unit_test(test_strace_output),
        cmocka_unit_test(test_exit_group),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
