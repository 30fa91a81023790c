/*
 * syscall.c - Linux system calls of riscv64 guests, executed on the x86-64 host.
 *
 * The guest traps with ecall; the dispatcher calls syscall_rv64(cpu), which looks the number in
 * a7 up in one table (runtime/syscall_tab.h: number, name, handler, strace format) and leaves the
 * result in a0. Results follow the kernel convention: a value, or -errno in [-4095, -1].
 *
 * Design:
 *  - Guest and host share the errno numbering, the open/mmap/AT_ flag values, and most structure
 *    layouts (timespec, iovec, flock, termios, winsize, statx, rlimit, rusage, sysinfo, utsname,
 *    linux_dirent64 are identical on riscv64 and x86-64; the static asserts below pin the host
 *    side). Those calls pass the translated guest pointer straight to the host kernel.
 *  - struct stat and struct statfs are converted explicitly (syscall_stat_to_rv64, ...): stat
 *    differs (x86-64 has a 144-byte layout with a 64-bit st_nlink, riscv64 the 128-byte
 *    asm-generic one).
 *  - Every guest pointer is checked with gmem_check before use and answers -EFAULT instead of
 *    letting the host fault. A checked pointer is used in place (guest memory is host memory at
 *    guest_base + address), so there are no bounce buffers on the I/O paths.
 *  - Host calls go through syscall(2) where the raw kernel result differs from the libc wrapper
 *    (getcwd returns a length, clock_nanosleep returns errors, ...), so the guest sees kernel
 *    semantics, which is what its own libc expects.
 *  - Signals: the guest's actions, mask and alternate stack are recorded for the future signal
 *    layer; only SIG_IGN/SIG_DFL are mirrored to the host (so that e.g. an ignored SIGPIPE turns
 *    into EPIPE, as natively), and never for the signals the runtime itself needs.
 *  - Single-threaded for now: exit behaves as exit_group; futexes go to the host futex on the
 *    guest word, which is already right for threads later.
 */
#define _GNU_SOURCE
#include "syscall.h"

#include <errno.h>
#include <fcntl.h>
#include <inttypes.h>
#include <limits.h>
#include <linux/futex.h>
#include <poll.h>
#include <sched.h>
#include <signal.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <sys/mman.h>
#include <sys/prctl.h>
#include <sys/resource.h>
#include <sys/sendfile.h>
#include <sys/stat.h>
#include <sys/statfs.h>
#include <sys/sysmacros.h>
#include <sys/syscall.h>
#include <sys/sysinfo.h>
#include <sys/time.h>
#include <sys/times.h>
#include <sys/uio.h>
#include <sys/utsname.h>
#include <time.h>
#include <unistd.h>

#include "elf_load.h"
#include "gmem.h"
#include "cache.h"
#include "plugin.h"
#include "syscall_internal.h"
#include "syscall_tab.h"
#include "syscall_io.h"
#include "syscall_util.h"
#include "sysroot.h"

bool syscall_strace;
void (*syscall_exit_hook)(int status);

static void flush_icache_nop(uint64_t start, uint64_t end) {
    (void)start;
    (void)end;
}
void (*syscall_flush_icache_hook)(uint64_t start, uint64_t end) = flush_icache_nop;

/* Host layouts that are passed through unchanged must match the riscv64 ones. */
_Static_assert(sizeof(struct timespec) == 16, "timespec");
_Static_assert(sizeof(struct timeval) == 16, "timeval");
_Static_assert(sizeof(struct iovec) == 16, "iovec");
_Static_assert(sizeof(struct flock) == 32, "flock");
_Static_assert(sizeof(struct utsname) == 390, "utsname");
_Static_assert(sizeof(struct sysinfo) == 112, "sysinfo");
_Static_assert(sizeof(struct statx) == 256, "statx");
_Static_assert(sizeof(struct rlimit) == 16, "rlimit");
_Static_assert(sizeof(struct rusage) == 144, "rusage");
_Static_assert(sizeof(struct tms) == 32, "tms");
_Static_assert(sizeof(struct pollfd) == 8, "pollfd");
_Static_assert(ENOSYS == 38 && EHWPOISON == 133, "errno numbering is asm-generic on the host");
_Static_assert(O_DIRECTORY == 0200000 && O_CLOEXEC == 02000000, "open flags are asm-generic");
_Static_assert(AT_FDCWD == -100 && AT_EMPTY_PATH == 0x1000, "AT_ values");
_Static_assert(MAP_ANONYMOUS == 0x20 && MAP_FIXED == 0x10, "mmap flags");

/* ---- Paths ------------------------------------------------------------------------------- */

static char exe_path[PATH_MAX];

void syscall_set_exe_path(const char *path) {
    exe_path[0] = 0;
    if (!path) return;
    /* /proc/self/exe is absolute and canonical; keep the given path if it cannot be resolved. */
    char resolved[PATH_MAX];
    const char *p = realpath(path, resolved) ? resolved : path;
    snprintf(exe_path, sizeof exe_path, "%s", p);
}

void syscall_set_exe_path_resolved(const char *path) {
    snprintf(exe_path, sizeof exe_path, "%s", path);
}

const char *syscall_get_exe_path(void) {
    return exe_path[0] ? exe_path : NULL;
}

/* A decimal number at *p followed by '/': its value, with *p moved past the slash; -1 if none. */
static long proc_number(const char **p) {
    const char *s = *p;
    long v = 0;
    if (*s < '0' || *s > '9') return -1;
    while (*s >= '0' && *s <= '9' && v < INT_MAX)
        v = v * 10 + (*s++ - '0');
    if (*s != '/') return -1;
    *p = s + 1;
    return v;
}

/* True for /proc/self/<what>, /proc/thread-self/<what> and /proc/<our pid>/<what>, also through
 * task/<tid>/ of one of our threads after self or our pid. */
static bool is_proc_self(const char *path, const char *what) {
    const char *rest;
    if (strncmp(path, "/proc/", 6) != 0) return false;
    rest = path + 6;
    if (strncmp(rest, "thread-self/", 12) == 0) return strcmp(rest + 12, what) == 0;
    if (strncmp(rest, "self/", 5) == 0)
        rest += 5;
    else if (proc_number(&rest) != (long)getpid())
        return false;
    if (strncmp(rest, "task/", 5) == 0) {
        rest += 5;
        long tid = proc_number(&rest);
        if (tid < 0) return false;
        if (tid != (long)gettid()) {
            /* Another thread of this process (guest thread ids are host thread ids). */
            char task[64];
            snprintf(task, sizeof task, "/proc/self/task/%ld", tid);
            if (access(task, F_OK) != 0) return false;
        }
    }
    return strcmp(rest, what) == 0;
}

/* A NUL-terminated guest string, used as is (no rewriting). */
static int64_t guest_str(uint64_t addr, const char **out) {
    int64_t n = gmem_strlen(addr);
    if (n < 0) return -EFAULT;
    if (n >= PATH_MAX) return -ENAMETOOLONG;
    *out = g2h(addr);
    return 0;
}

/* A guest path argument: /proc/self/exe names the guest executable, not the translator. Used
 * as is otherwise: calls that create, change or remove files never look into the sysroot. */
static int64_t guest_path(uint64_t addr, const char **out) {
    int64_t r = guest_str(addr, out);
    if (r == 0 && exe_path[0] && is_proc_self(*out, "exe")) *out = exe_path;
    return r;
}

/* A guest path that is looked up (open, stat, access, readlink): as guest_path, and then an
 * absolute path is taken from the sysroot if it exists there (qemu's -L rule, sysroot.h). buf
 * holds the rewritten path (PATH_MAX bytes). */
static int64_t guest_lookup(uint64_t addr, const char **out, char *buf) {
    int64_t r = guest_str(addr, out);
    if (r) return r;
    if (exe_path[0] && is_proc_self(*out, "exe"))
        *out = exe_path;
    else
        *out = sysroot_path(*out, buf, PATH_MAX);
    return 0;
}

/* An empty memfd for a synthesized /proc file; proc_finish rewinds it once it is written. */
static int proc_memfd(const char *name, int flags) {
    int fd = memfd_create(name, (flags & O_CLOEXEC) ? MFD_CLOEXEC : 0);
    return fd < 0 ? -errno : fd;
}

static int64_t proc_finish(int fd) {
    lseek(fd, 0, SEEK_SET);
    return fd;
}

/* /proc/self/maps as the guest sees it: its own mappings, from gmem, in a memfd, formatted like
 * Linux's show_map_vma (the name starts in column 74; lines without a name end with a space). */
static int64_t open_proc_maps(int flags) {
    int fd = proc_memfd("maps", flags);
    if (fd < 0) return fd;
    gmem_area area;
    for (size_t i = 0; gmem_area_at(i, &area); i++) {
        char line[128 + GMEM_NAME_MAX];
        int n = snprintf(
            line, sizeof line,
            "%08" PRIx64 "-%08" PRIx64 " %c%c%c%c %08" PRIx64 " %02x:%02x %" PRIu64 " ", area.start,
            area.end, (area.prot & PROT_READ) ? 'r' : '-', (area.prot & PROT_WRITE) ? 'w' : '-',
            (area.prot & PROT_EXEC) ? 'x' : '-', (area.flags & MAP_SHARED) ? 's' : 'p', area.offset,
            major((dev_t)area.dev), minor((dev_t)area.dev), area.ino);
        if (area.name[0])
            n += snprintf(line + n, sizeof line - (size_t)n, "%*s%s", n < 72 ? 73 - n : 1, " ",
                          area.name);
        dprintf(fd, "%s\n", line);
    }
    return proc_finish(fd);
}

/* A /proc/self file whose content is guest memory [lo, hi) (auxv, cmdline, environ). */
static int64_t open_proc_guest_bytes(const char *name, int flags, uint64_t lo, uint64_t hi) {
    int fd = proc_memfd(name, flags);
    if (fd < 0) return fd;
    if (hi > lo && gmem_check(lo, hi - lo, PROT_READ) &&
        write(fd, g2h(lo), hi - lo) != (ssize_t)(hi - lo)) {
        int e = errno;
        close(fd);
        return -e;
    }
    return proc_finish(fd);
}

/* The /proc/self files the guest must see as its own rather than the translator's. Returns the
 * fd, an error, or 1 (not one of them: open the path normally). */
static int64_t open_proc_self(const char *path, int flags) {
    static const char *const names[] = {"maps", "auxv", "cmdline", "environ"};
    size_t k = 0;
    while (k < sizeof names / sizeof names[0] && !is_proc_self(path, names[k]))
        k++;
    if (k == sizeof names / sizeof names[0]) return 1;
    if ((flags & O_ACCMODE) != O_RDONLY) return -EACCES;
    uint64_t lo, hi;
    switch (k) {
    case 0: return open_proc_maps(flags);
    case 1:
        lo = elf_auxv_addr();
        hi = lo + elf_auxv_size();
        break;
    case 2: elf_arg_range(&lo, &hi); break;
    default: elf_env_range(&lo, &hi); break;
    }
    return open_proc_guest_bytes(names[k], flags, lo, hi);
}

/* ---- Structure converters ---------------------------------------------------------------- */

void syscall_stat_to_rv64(const struct stat *h, rv64_stat *g) {
    memset(g, 0, sizeof *g);
    g->st_dev = h->st_dev;
    g->st_ino = h->st_ino;
    g->st_mode = h->st_mode;
    g->st_nlink = (uint32_t)h->st_nlink;
    g->st_uid = h->st_uid;
    g->st_gid = h->st_gid;
    g->st_rdev = h->st_rdev;
    g->st_size = h->st_size;
    g->st_blksize = (int32_t)h->st_blksize;
    g->st_blocks = h->st_blocks;
    g->st_atime_sec = h->st_atim.tv_sec;
    g->st_atime_nsec = (uint64_t)h->st_atim.tv_nsec;
    g->st_mtime_sec = h->st_mtim.tv_sec;
    g->st_mtime_nsec = (uint64_t)h->st_mtim.tv_nsec;
    g->st_ctime_sec = h->st_ctim.tv_sec;
    g->st_ctime_nsec = (uint64_t)h->st_ctim.tv_nsec;
}

void syscall_statfs_to_rv64(const struct statfs *h, rv64_statfs *g) {
    memset(g, 0, sizeof *g);
    g->f_type = h->f_type;
    g->f_bsize = h->f_bsize;
    g->f_blocks = h->f_blocks;
    g->f_bfree = h->f_bfree;
    g->f_bavail = h->f_bavail;
    g->f_files = h->f_files;
    g->f_ffree = h->f_ffree;
    memcpy(g->f_fsid, &h->f_fsid, sizeof g->f_fsid);
    g->f_namelen = h->f_namelen;
    g->f_frsize = h->f_frsize;
    g->f_flags = h->f_flags;
}

static int64_t put_stat(uint64_t addr, const struct stat *st) {
    rv64_stat g;
    syscall_stat_to_rv64(st, &g);
    return copy_to_guest(addr, &g, sizeof g) ? 0 : -EFAULT;
}

static int64_t put_statfs(uint64_t addr, const struct statfs *st) {
    rv64_statfs g;
    syscall_statfs_to_rv64(st, &g);
    return copy_to_guest(addr, &g, sizeof g) ? 0 : -EFAULT;
}

/* ---- Handlers ---------------------------------------------------------------------------- */

/* -- file I/O -- */

SYSCALL_DEFINE(read) {
    void *buf = guest_buf(a[1], a[2], PROT_WRITE);
    return buf ? HOST(read((int)a[0], buf, a[2])) : -EFAULT;
}

SYSCALL_DEFINE(write) {
    const void *buf = guest_buf(a[1], a[2], PROT_READ);
    return buf ? HOST(write((int)a[0], buf, a[2])) : -EFAULT;
}

SYSCALL_DEFINE(pread64) {
    void *buf = guest_buf(a[1], a[2], PROT_WRITE);
    return buf ? HOST(pread((int)a[0], buf, a[2], (off_t)a[3])) : -EFAULT;
}

SYSCALL_DEFINE(pwrite64) {
    const void *buf = guest_buf(a[1], a[2], PROT_READ);
    return buf ? HOST(pwrite((int)a[0], buf, a[2], (off_t)a[3])) : -EFAULT;
}

SYSCALL_DEFINE(readv) {
    struct iovec iov[IOV_MAX];
    int64_t r = guest_iovec(a[1], (uint64_t)(int)a[2], PROT_WRITE, iov);
    return r ? r : HOST(readv((int)a[0], iov, (int)a[2]));
}

SYSCALL_DEFINE(writev) {
    struct iovec iov[IOV_MAX];
    int64_t r = guest_iovec(a[1], (uint64_t)(int)a[2], PROT_READ, iov);
    return r ? r : HOST(writev((int)a[0], iov, (int)a[2]));
}

SYSCALL_DEFINE(preadv) {
    struct iovec iov[IOV_MAX];
    int64_t r = guest_iovec(a[1], (uint64_t)(int)a[2], PROT_WRITE, iov);
    return r ? r : HOST(preadv((int)a[0], iov, (int)a[2], (off_t)a[3]));
}

SYSCALL_DEFINE(pwritev) {
    struct iovec iov[IOV_MAX];
    int64_t r = guest_iovec(a[1], (uint64_t)(int)a[2], PROT_READ, iov);
    return r ? r : HOST(pwritev((int)a[0], iov, (int)a[2], (off_t)a[3]));
}

SYSCALL_DEFINE(sendfile) {
    bool ok = true;
    off_t *off = guest_opt(a[2], 8, PROT_READ | PROT_WRITE, &ok);
    return ok ? HOST(sendfile((int)a[0], (int)a[1], off, a[3])) : -EFAULT;
}

SYSCALL_DEFINE(lseek) {
    return HOST(lseek((int)a[0], (off_t)a[1], (int)a[2]));
}

SYSCALL_DEFINE(openat) {
    const char *path;
    char buf[PATH_MAX];
    int64_t r = guest_lookup(a[1], &path, buf);
    if (r) return r;
    r = open_proc_self(path, (int)a[2]);
    if (r != 1) return r;
    return HOST(openat((int)a[0], path, (int)a[2], (mode_t)a[3]));
}

SYSCALL_DEFINE(close) {
    return HOST(close((int)a[0]));
}

SYSCALL_DEFINE(close_range) {
    return HOST(syscall(SYS_close_range, (unsigned)a[0], (unsigned)a[1], (unsigned)a[2]));
}

SYSCALL_DEFINE(dup) {
    return HOST(dup((int)a[0]));
}

SYSCALL_DEFINE(dup3) {
    return HOST(dup3((int)a[0], (int)a[1], (int)a[2]));
}

SYSCALL_DEFINE(pipe2) {
    int fds[2];
    if (!guest_buf(a[0], sizeof fds, PROT_WRITE))
        return -EFAULT; /* checked first so a bad pointer does not leak two fds */
    int64_t r = HOST(pipe2(fds, (int)a[1]));
    if (r == 0) copy_to_guest(a[0], fds, sizeof fds);
    return r;
}

SYSCALL_DEFINE(fcntl) {
    int fd = (int)a[0], cmd = (int)a[1];
    void *p;
    switch (cmd) {
    case F_GETLK:
    case F_OFD_GETLK:
        p = guest_buf(a[2], sizeof(struct flock), PROT_READ | PROT_WRITE);
        return p ? HOST(syscall(SYS_fcntl, fd, cmd, p)) : -EFAULT;
    case F_SETLK:
    case F_SETLKW:
    case F_OFD_SETLK:
    case F_OFD_SETLKW:
        p = guest_buf(a[2], sizeof(struct flock), PROT_READ);
        return p ? HOST(syscall(SYS_fcntl, fd, cmd, p)) : -EFAULT;
    case F_GETOWN_EX:
        p = guest_buf(a[2], sizeof(struct f_owner_ex), PROT_WRITE);
        return p ? HOST(syscall(SYS_fcntl, fd, cmd, p)) : -EFAULT;
    case F_SETOWN_EX:
        p = guest_buf(a[2], sizeof(struct f_owner_ex), PROT_READ);
        return p ? HOST(syscall(SYS_fcntl, fd, cmd, p)) : -EFAULT;
    case F_DUPFD:
    case F_DUPFD_CLOEXEC:
    case F_GETFD:
    case F_SETFD:
    case F_GETFL:
    case F_SETFL:
    case F_GETOWN:
    case F_SETOWN:
    case F_GETSIG:
    case F_SETSIG:
    case F_GETLEASE:
    case F_SETLEASE:
    case F_NOTIFY:
    case F_GETPIPE_SZ:
    case F_SETPIPE_SZ:
    case F_ADD_SEALS:
    case F_GET_SEALS: return HOST(syscall(SYS_fcntl, fd, cmd, (unsigned long)a[2]));
    default: return -EINVAL;
    }
}

/* Terminal ioctls. riscv64 and x86-64 both use the asm-generic numbers and the asm-generic kernel
 * struct termios (36 bytes: 4 flag words, c_line, 19 c_cc), so data passes through unchanged. */
#define RV64_TERMIOS_SIZE  36
#define RV64_TERMIOS2_SIZE 44
#define RV64_TCGETS2       0x802c542au /* _IOR('T', 0x2A, struct termios2) */
#define RV64_TCSETS2       0x402c542bu /* _IOW('T', 0x2B, struct termios2) */
#define RV64_TCSETSW2      0x402c542cu
#define RV64_TCSETSF2      0x402c542du
_Static_assert(TCGETS == 0x5401 && TIOCGWINSZ == 0x5413 && FIONREAD == 0x541b, "ioctl numbers");

SYSCALL_DEFINE(ioctl) {
    int fd = (int)a[0];
    unsigned long req = (unsigned)a[1];
    uint64_t size;
    int prot;
    switch (req) {
    case TCGETS:
        size = RV64_TERMIOS_SIZE;
        prot = PROT_WRITE;
        break;
    case TCSETS:
    case TCSETSW:
    case TCSETSF:
        size = RV64_TERMIOS_SIZE;
        prot = PROT_READ;
        break;
    case RV64_TCGETS2:
        size = RV64_TERMIOS2_SIZE;
        prot = PROT_WRITE;
        break;
    case RV64_TCSETS2:
    case RV64_TCSETSW2:
    case RV64_TCSETSF2:
        size = RV64_TERMIOS2_SIZE;
        prot = PROT_READ;
        break;
    case TIOCGWINSZ:
        size = sizeof(struct winsize);
        prot = PROT_WRITE;
        break;
    case TIOCSWINSZ:
        size = sizeof(struct winsize);
        prot = PROT_READ;
        break;
    case FIONREAD:
    case TIOCOUTQ:
    case TIOCGPGRP:
    case TIOCGSID:
        size = 4;
        prot = PROT_WRITE;
        break;
    case TIOCSPGRP:
    case FIONBIO:
    case FIOASYNC:
        size = 4;
        prot = PROT_READ;
        break;
    case FIOCLEX:
    case FIONCLEX:
    case TIOCNOTTY:
    case TIOCSCTTY:
    case TCSBRK:
    case TCSBRKP:
    case TCXONC:
    case TCFLSH:
        /* the argument is a value, not a pointer */
        return HOST(ioctl(fd, req, (unsigned long)a[2]));
    default:
        /* An unknown request may carry a pointer of unknown size: not safe to pass on. */
        return -ENOTTY;
    }
    void *p = guest_buf(a[2], size, prot);
    return p ? HOST(ioctl(fd, req, p)) : -EFAULT;
}

SYSCALL_DEFINE(ppoll) {
    bool ok = true;
    if (a[1] > (uint64_t)INT_MAX / sizeof(struct pollfd)) return -EINVAL;
    struct pollfd *fds = guest_opt(a[0], a[1] * sizeof *fds, PROT_READ | PROT_WRITE, &ok);
    struct timespec *timeout = guest_opt(a[2], sizeof *timeout, PROT_READ, &ok);
    if (!ok || (a[1] && !fds)) return -EFAULT;
    /* a4/a5: the temporary signal mask, applied atomically with the wait as in the kernel */
    syscall_io_tmpmask m;
    int64_t r = syscall_io_tmpmask_begin(cpu, a[3], a[4], &m);
    if (r) return r;
    struct timespec zero = {0, 0};
    r = HOST(syscall(SYS_ppoll, fds, (unsigned long)a[1], m.queued ? &zero : timeout,
                     m.active ? &m.host : NULL, 8));
    return syscall_io_tmpmask_end(cpu, &m, r);
}

/* -- files and directories -- */

SYSCALL_DEFINE(newfstatat) {
    int flags = (int)a[3];
    const char *path = "";
    char buf[PATH_MAX];
    if (a[1] != 0 || !(flags & AT_EMPTY_PATH)) {
        int64_t r = guest_lookup(a[1], &path, buf);
        if (r) return r;
    }
    if (!guest_buf(a[2], sizeof(rv64_stat), PROT_WRITE)) return -EFAULT;
    struct stat st;
    int64_t r = HOST(fstatat((int)a[0], path, &st, flags));
    return r ? r : put_stat(a[2], &st);
}

SYSCALL_DEFINE(fstat) {
    if (!guest_buf(a[1], sizeof(rv64_stat), PROT_WRITE)) return -EFAULT;
    struct stat st;
    int64_t r = HOST(fstat((int)a[0], &st));
    return r ? r : put_stat(a[1], &st);
}

SYSCALL_DEFINE(statx) {
    const char *path = "";
    char pbuf[PATH_MAX];
    if (a[1] != 0 || !((int)a[2] & AT_EMPTY_PATH)) {
        int64_t r = guest_lookup(a[1], &path, pbuf);
        if (r) return r;
    }
    void *buf = guest_buf(a[4], sizeof(struct statx), PROT_WRITE);
    if (!buf) return -EFAULT;
    return HOST(syscall(SYS_statx, (int)a[0], path, (int)a[2], (unsigned)a[3], buf));
}

SYSCALL_DEFINE(statfs) {
    const char *path;
    char buf[PATH_MAX];
    int64_t r = guest_lookup(a[0], &path, buf);
    if (r) return r;
    if (!guest_buf(a[1], sizeof(rv64_statfs), PROT_WRITE)) return -EFAULT;
    struct statfs st;
    r = HOST(statfs(path, &st));
    return r ? r : put_statfs(a[1], &st);
}

SYSCALL_DEFINE(fstatfs) {
    if (!guest_buf(a[1], sizeof(rv64_statfs), PROT_WRITE)) return -EFAULT;
    struct statfs st;
    int64_t r = HOST(fstatfs((int)a[0], &st));
    return r ? r : put_statfs(a[1], &st);
}

SYSCALL_DEFINE(faccessat) {
    const char *path;
    char buf[PATH_MAX];
    int64_t r = guest_lookup(a[1], &path, buf);
    return r ? r : HOST(syscall(SYS_faccessat, (int)a[0], path, (int)a[2]));
}

SYSCALL_DEFINE(faccessat2) {
    const char *path;
    char buf[PATH_MAX];
    int64_t r = guest_lookup(a[1], &path, buf);
    return r ? r : HOST(syscall(SYS_faccessat2, (int)a[0], path, (int)a[2], (int)a[3]));
}

SYSCALL_DEFINE(getdents64) {
    void *buf = guest_buf(a[1], a[2], PROT_WRITE);
    return buf ? HOST(syscall(SYS_getdents64, (int)a[0], buf, (unsigned)a[2])) : -EFAULT;
}

SYSCALL_DEFINE(readlinkat) {
    const char *path;
    char pbuf[PATH_MAX];
    int64_t r = guest_str(a[1], &path);
    if (r) return r;
    if ((int)a[3] <= 0) return -EINVAL;
    char *buf = guest_buf(a[2], a[3], PROT_WRITE);
    if (!buf) return -EFAULT;
    if (exe_path[0] && is_proc_self(path, "exe")) {
        /* readlink does not NUL-terminate and truncates silently */
        size_t n = strlen(exe_path);
        if (n > (size_t)(int)a[3]) n = (size_t)(int)a[3];
        memcpy(buf, exe_path, n);
        return (int64_t)n;
    }
    path = sysroot_path(path, pbuf, sizeof pbuf);
    return HOST(readlinkat((int)a[0], path, buf, (size_t)(int)a[3]));
}

SYSCALL_DEFINE(getcwd) {
    void *buf = guest_buf(a[0], a[1], PROT_WRITE);
    return buf ? HOST(syscall(SYS_getcwd, buf, (size_t)a[1])) : -EFAULT;
}

SYSCALL_DEFINE(chdir) {
    const char *path;
    int64_t r = guest_path(a[0], &path);
    return r ? r : HOST(chdir(path));
}

SYSCALL_DEFINE(fchdir) {
    return HOST(fchdir((int)a[0]));
}

SYSCALL_DEFINE(mkdirat) {
    const char *path;
    int64_t r = guest_path(a[1], &path);
    return r ? r : HOST(mkdirat((int)a[0], path, (mode_t)a[2]));
}

SYSCALL_DEFINE(unlinkat) {
    const char *path;
    int64_t r = guest_path(a[1], &path);
    return r ? r : HOST(unlinkat((int)a[0], path, (int)a[2]));
}

SYSCALL_DEFINE(renameat2) {
    const char *from, *to;
    int64_t r = guest_path(a[1], &from);
    if (!r) r = guest_path(a[3], &to);
    return r ? r : HOST(syscall(SYS_renameat2, (int)a[0], from, (int)a[2], to, (unsigned)a[4]));
}

SYSCALL_DEFINE(linkat) {
    const char *from, *to;
    int64_t r = guest_path(a[1], &from);
    if (!r) r = guest_path(a[3], &to);
    return r ? r : HOST(linkat((int)a[0], from, (int)a[2], to, (int)a[4]));
}

SYSCALL_DEFINE(symlinkat) {
    const char *target, *path;
    int64_t r = guest_str(a[0], &target); /* stored verbatim, never rewritten */
    if (!r) r = guest_path(a[2], &path);
    return r ? r : HOST(symlinkat(target, (int)a[1], path));
}

SYSCALL_DEFINE(truncate) {
    const char *path;
    int64_t r = guest_path(a[0], &path);
    return r ? r : HOST(truncate(path, (off_t)a[1]));
}

SYSCALL_DEFINE(ftruncate) {
    return HOST(ftruncate((int)a[0], (off_t)a[1]));
}

SYSCALL_DEFINE(fsync) {
    return HOST(fsync((int)a[0]));
}

SYSCALL_DEFINE(fdatasync) {
    return HOST(fdatasync((int)a[0]));
}

SYSCALL_DEFINE(fchmod) {
    return HOST(fchmod((int)a[0], (mode_t)a[1]));
}

SYSCALL_DEFINE(fchmodat) {
    const char *path;
    int64_t r = guest_path(a[1], &path);
    return r ? r : HOST(syscall(SYS_fchmodat, (int)a[0], path, (mode_t)a[2]));
}

SYSCALL_DEFINE(fchownat) {
    const char *path = "";
    if (a[1] != 0 || !((int)a[4] & AT_EMPTY_PATH)) {
        int64_t r = guest_path(a[1], &path);
        if (r) return r;
    }
    return HOST(fchownat((int)a[0], path, (uid_t)a[2], (gid_t)a[3], (int)a[4]));
}

SYSCALL_DEFINE(fchown) {
    return HOST(fchown((int)a[0], (uid_t)a[1], (gid_t)a[2]));
}

SYSCALL_DEFINE(utimensat) {
    /* A NULL path is the kernel's futimens(); glibc uses it, so it must reach the host as NULL. */
    const char *path = NULL;
    if (a[1]) {
        int64_t r = guest_path(a[1], &path);
        if (r) return r;
    }
    bool ok = true;
    const struct timespec *times = guest_opt(a[2], 2 * sizeof(struct timespec), PROT_READ, &ok);
    if (!ok) return -EFAULT;
    return HOST(syscall(SYS_utimensat, (int)a[0], path, times, (int)a[3]));
}

SYSCALL_DEFINE(umask) {
    return (int64_t)umask((mode_t)a[0]);
}

/* -- memory -- */

SYSCALL_DEFINE(mmap) {
    int flags = (int)a[3], fd = (int)a[4];
    /* Name file mappings after their file, as /proc/self/maps does. */
    char name[PATH_MAX] = "";
    if (!(flags & MAP_ANONYMOUS) && fd >= 0) {
        char link[64];
        snprintf(link, sizeof link, "/proc/self/fd/%d", fd);
        ssize_t n = readlink(link, name, sizeof name - 1);
        name[n > 0 ? n : 0] = 0;
    }
    /* riscv64 mmap takes the offset in bytes (no mmap2 page units). */
    int64_t r = gmem_mmap(a[0], a[1], (int)a[2], flags, fd, (off_t)a[5], name[0] ? name : NULL);
    /* AOT caches: an object's code mapped from its file gets its cache; code mapped over goes */
    if (r >= 0) cache_on_mmap((uint64_t)r, a[1], (int)a[2], flags, fd, a[5]);
    return r;
}

/* True if any guest page in [addr, addr+len) is mapped executable. */
static bool range_has_exec(uint64_t addr, uint64_t len) {
    gmem_area area;
    for (size_t i = 0; gmem_area_at(i, &area) && area.start < addr + len; i++)
        if (area.end > addr && (area.prot & PROT_EXEC)) return true;
    return false;
}

SYSCALL_DEFINE(munmap) {
    /* Code unmapped (dlclose) may be replaced by other code at the same address (the next
     * dlopen): translations of it must go, as the kernel's icache maintenance would do. */
    bool had_code = a[1] && a[0] + a[1] > a[0] && range_has_exec(a[0], a[1]);
    int64_t r = gmem_munmap(a[0], a[1]);
    if (r == 0 && had_code && syscall_flush_icache_hook)
        syscall_flush_icache_hook(a[0], a[0] + a[1]);
    if (r == 0 && had_code) cache_on_munmap(a[0], a[1]);
    return r;
}

SYSCALL_DEFINE(mprotect) {
    int64_t r = gmem_mprotect(a[0], a[1], (int)a[2]);
    /* cached code made writable may change: the cache stops serving it */
    if (r == 0) cache_on_mprotect(a[0], a[1], (int)a[2]);
    return r;
}

SYSCALL_DEFINE(mremap) {
    int64_t r = gmem_mremap(a[0], a[1], a[2], (int)a[3], a[4]);
    if (r >= 0) cache_on_munmap(a[0], a[1]);
    return r;
}

SYSCALL_DEFINE(madvise) {
    uint64_t addr = a[0], len = (a[1] + GMEM_PAGE - 1) & ~(GMEM_PAGE - 1);
    int advice = (int)a[2];
    if (addr & (GMEM_PAGE - 1)) return -EINVAL;
    if (len == 0) return 0;
    switch (advice) {
    case MADV_DONTNEED:
    case MADV_FREE:
    case MADV_WILLNEED:
    case MADV_NORMAL:
    case MADV_RANDOM:
    case MADV_SEQUENTIAL:
    case MADV_HUGEPAGE:
    case MADV_NOHUGEPAGE:
        /* DONTNEED must really drop the pages (anonymous memory reads back as zero afterwards),
         * and the others are only hints: the host range is the guest range, so pass them on. */
        if (addr + len < addr || !gmem_check(addr, len, PROT_NONE)) return -ENOMEM;
        return HOST(madvise(g2h(addr), len, advice));
    case MADV_DONTFORK:
    case MADV_DOFORK:
    case MADV_MERGEABLE:
    case MADV_UNMERGEABLE:
    case MADV_DONTDUMP:
    case MADV_DODUMP:
    case MADV_COLD:
    case MADV_PAGEOUT: return 0; /* accepted, no visible effect for the guest */
    default: return -EINVAL;
    }
}

SYSCALL_DEFINE(brk) {
    return (int64_t)gmem_brk(a[0]);
}

/* -- process, identity, limits -- */

SYSCALL_DEFINE(getpid) {
    return getpid();
}
SYSCALL_DEFINE(getppid) {
    return getppid();
}
SYSCALL_DEFINE(gettid) {
    return gettid();
}
SYSCALL_DEFINE(getuid) {
    return getuid();
}
SYSCALL_DEFINE(geteuid) {
    return geteuid();
}
SYSCALL_DEFINE(getgid) {
    return getgid();
}
SYSCALL_DEFINE(getegid) {
    return getegid();
}
SYSCALL_DEFINE(setsid) {
    return HOST(setsid());
}
SYSCALL_DEFINE(getpgid) {
    return HOST(getpgid((pid_t)a[0]));
}
SYSCALL_DEFINE(setpgid) {
    return HOST(setpgid((pid_t)a[0], (pid_t)a[1]));
}
SYSCALL_DEFINE(getsid) {
    return HOST(getsid((pid_t)a[0]));
}

SYSCALL_DEFINE(getgroups) {
    int size = (int)a[0];
    if (size < 0) return -EINVAL;
    void *list = guest_buf(a[1], (uint64_t)size * sizeof(gid_t), PROT_WRITE);
    return list ? HOST(syscall(SYS_getgroups, size, list)) : -EFAULT;
}

static int64_t getres_ids(const uint64_t *a, long nr) {
    void *p[3];
    for (int i = 0; i < 3; i++)
        if (!(p[i] = guest_buf(a[i], 4, PROT_WRITE))) return -EFAULT;
    return HOST(syscall(nr, p[0], p[1], p[2]));
}

SYSCALL_DEFINE(getresuid) {
    return getres_ids(a, SYS_getresuid);
}
SYSCALL_DEFINE(getresgid) {
    return getres_ids(a, SYS_getresgid);
}

SYSCALL_DEFINE(getpriority) {
    return HOST(syscall(SYS_getpriority, (int)a[0], (id_t)a[1]));
}

SYSCALL_DEFINE(setpriority) {
    return HOST(syscall(SYS_setpriority, (int)a[0], (id_t)a[1], (int)a[2]));
}

SYSCALL_DEFINE(getrlimit) {
    void *p = guest_buf(a[1], sizeof(struct rlimit), PROT_WRITE);
    return p ? HOST(syscall(SYS_getrlimit, (int)a[0], p)) : -EFAULT;
}

SYSCALL_DEFINE(setrlimit) {
    void *p = guest_buf(a[1], sizeof(struct rlimit), PROT_READ);
    return p ? HOST(syscall(SYS_setrlimit, (int)a[0], p)) : -EFAULT;
}

SYSCALL_DEFINE(prlimit64) {
    bool ok = true;
    void *new_limit = guest_opt(a[2], sizeof(struct rlimit), PROT_READ, &ok);
    void *old_limit = guest_opt(a[3], sizeof(struct rlimit), PROT_WRITE, &ok);
    if (!ok) return -EFAULT;
    return HOST(syscall(SYS_prlimit64, (pid_t)a[0], (int)a[1], new_limit, old_limit));
}

SYSCALL_DEFINE(getrusage) {
    void *p = guest_buf(a[1], sizeof(struct rusage), PROT_WRITE);
    return p ? HOST(syscall(SYS_getrusage, (int)a[0], p)) : -EFAULT;
}

SYSCALL_DEFINE(uname) {
    struct utsname u;
    if (uname(&u) != 0) return -errno;
    /* The guest is told it runs on riscv64; the rest (kernel release, node) is the host's. */
    snprintf(u.machine, sizeof u.machine, "riscv64");
    return copy_to_guest(a[0], &u, sizeof u) ? 0 : -EFAULT;
}

SYSCALL_DEFINE(sysinfo) {
    struct sysinfo si;
    if (sysinfo(&si) != 0) return -errno;
    return copy_to_guest(a[0], &si, sizeof si) ? 0 : -EFAULT;
}

SYSCALL_DEFINE(prctl) {
    int option = (int)a[0];
    char name[16];
    switch (option) {
    case PR_SET_NAME:
        if (!copy_from_guest(name, a[1], 1)) return -EFAULT;
        /* the name is at most 16 bytes including the NUL; read what is mapped of it */
        memset(name, 0, sizeof name);
        for (int i = 0; i < 15; i++) {
            if (!copy_from_guest(&name[i], a[1] + i, 1) || name[i] == 0) break;
        }
        return HOST(prctl(PR_SET_NAME, name));
    case PR_GET_NAME:
        if (!guest_buf(a[1], sizeof name, PROT_WRITE)) return -EFAULT;
        if (prctl(PR_GET_NAME, name) != 0) return -errno;
        copy_to_guest(a[1], name, sizeof name);
        return 0;
    case PR_GET_DUMPABLE: return HOST(prctl(PR_GET_DUMPABLE));
    default: return -EINVAL;
    }
}

static unsigned long guest_personality; /* recorded, not applied: it would change the host */

SYSCALL_DEFINE(personality) {
    unsigned long old = guest_personality;
    if ((unsigned)a[0] != 0xffffffffu) guest_personality = (unsigned)a[0];
    return (int64_t)old;
}

/* -- time -- */

SYSCALL_DEFINE(clock_gettime) {
    struct timespec ts;
    if (clock_gettime((clockid_t)a[0], &ts) != 0) return -errno;
    return copy_to_guest(a[1], &ts, sizeof ts) ? 0 : -EFAULT;
}

SYSCALL_DEFINE(clock_getres) {
    struct timespec ts;
    if (clock_getres((clockid_t)a[0], &ts) != 0) return -errno;
    if (a[1] && !copy_to_guest(a[1], &ts, sizeof ts)) return -EFAULT;
    return 0;
}

SYSCALL_DEFINE(nanosleep) {
    bool ok = true;
    const void *req = guest_buf(a[0], sizeof(struct timespec), PROT_READ);
    void *rem = guest_opt(a[1], sizeof(struct timespec), PROT_WRITE, &ok);
    if (!req || !ok) return -EFAULT;
    return HOST(syscall(SYS_nanosleep, req, rem));
}

SYSCALL_DEFINE(clock_nanosleep) {
    bool ok = true;
    const void *req = guest_buf(a[2], sizeof(struct timespec), PROT_READ);
    void *rem = guest_opt(a[3], sizeof(struct timespec), PROT_WRITE, &ok);
    if (!req || !ok) return -EFAULT;
    return HOST(syscall(SYS_clock_nanosleep, (clockid_t)a[0], (int)a[1], req, rem));
}

SYSCALL_DEFINE(gettimeofday) {
    struct timeval tv;
    struct timezone tz;
    if (gettimeofday(&tv, &tz) != 0) return -errno;
    if (a[0] && !copy_to_guest(a[0], &tv, sizeof tv)) return -EFAULT;
    if (a[1] && !copy_to_guest(a[1], &tz, sizeof tz)) return -EFAULT;
    return 0;
}

SYSCALL_DEFINE(times) {
    bool ok = true;
    void *buf = guest_opt(a[0], sizeof(struct tms), PROT_WRITE, &ok);
    return ok ? HOST(syscall(SYS_times, buf)) : -EFAULT;
}

SYSCALL_DEFINE(getrandom) {
    void *buf = guest_buf(a[0], a[1], PROT_WRITE);
    return buf ? HOST(syscall(SYS_getrandom, buf, (size_t)a[1], (unsigned)a[2])) : -EFAULT;
}

/* -- scheduling -- */

SYSCALL_DEFINE(sched_yield) {
    return HOST(sched_yield());
}

SYSCALL_DEFINE(sched_getaffinity) {
    void *mask = guest_buf(a[2], a[1], PROT_WRITE);
    return mask ? HOST(syscall(SYS_sched_getaffinity, (pid_t)a[0], (size_t)a[1], mask)) : -EFAULT;
}

SYSCALL_DEFINE(sched_setaffinity) {
    const void *mask = guest_buf(a[2], a[1], PROT_READ);
    return mask ? HOST(syscall(SYS_sched_setaffinity, (pid_t)a[0], (size_t)a[1], mask)) : -EFAULT;
}

SYSCALL_DEFINE(getcpu) {
    bool ok = true;
    void *cpu_out = guest_opt(a[0], 4, PROT_WRITE, &ok);
    void *node_out = guest_opt(a[1], 4, PROT_WRITE, &ok);
    return ok ? HOST(syscall(SYS_getcpu, cpu_out, node_out, NULL)) : -EFAULT;
}

/* Futexes are host futexes on the guest word: the guest's memory is host memory, and guest thread
 * ids are host thread ids, so even the PI variants mean the same thing on both sides. */
SYSCALL_DEFINE(futex) {
    int op = (int)a[1];
    int cmd = op & FUTEX_CMD_MASK;
    void *uaddr = guest_buf(a[0], 4, PROT_READ);
    void *timeout = NULL, *uaddr2 = NULL;
    bool ok = uaddr != NULL;
    switch (cmd) {
    case FUTEX_WAIT:
    case FUTEX_WAIT_BITSET:
    case FUTEX_LOCK_PI:
    case FUTEX_LOCK_PI2: timeout = guest_opt(a[3], sizeof(struct timespec), PROT_READ, &ok); break;
    case FUTEX_WAIT_REQUEUE_PI:
        timeout = guest_opt(a[3], sizeof(struct timespec), PROT_READ, &ok);
        uaddr2 = guest_buf(a[4], 4, PROT_READ);
        ok = ok && uaddr2;
        break;
    case FUTEX_WAKE:
    case FUTEX_WAKE_BITSET:
    case FUTEX_UNLOCK_PI:
    case FUTEX_TRYLOCK_PI: break;
    case FUTEX_REQUEUE:
    case FUTEX_CMP_REQUEUE:
    case FUTEX_CMP_REQUEUE_PI:
    case FUTEX_WAKE_OP:
        /* a3 is a count (val2) here, not a pointer */
        timeout = (void *)(uintptr_t)a[3];
        uaddr2 = guest_buf(a[4], 4, PROT_READ);
        ok = ok && uaddr2;
        break;
    default: return -ENOSYS;
    }
    if (!ok) return -EFAULT;
    return HOST(syscall(SYS_futex, uaddr, op, (uint32_t)a[2], timeout, uaddr2, (uint32_t)a[5]));
}

/* Guest threads are host threads of this process, so the host kernel's barriers order them. */
SYSCALL_DEFINE(membarrier) {
    return HOST(syscall(SYS_membarrier, (int)a[0], (unsigned)a[1], (int)a[2]));
}

SYSCALL_DEFINE(riscv_flush_icache) {
    if (a[2] & ~1ull) /* only SYS_RISCV_FLUSH_ICACHE_LOCAL is defined */
        return -EINVAL;
    if (syscall_flush_icache_hook) syscall_flush_icache_hook(a[0], a[1]);
    return 0;
}

/* ---- The table --------------------------------------------------------------------------- */

typedef int64_t (*syscall_fn)(rv64_cpu *cpu, const uint64_t *args);

typedef struct syscall_entry {
    const char *name;
    syscall_fn fn;    /* NULL: known but not implemented -> -ENOSYS */
    const char *args; /* strace argument format (syscall_tab.h) */
    char result;      /* strace result format */
} syscall_entry;

#define SYSCALL_MAX 512

/* Designated initializers: a duplicated number in the list is an -Woverride-init warning. */
static const syscall_entry syscall_table[SYSCALL_MAX] = {
#define X(nr, name, fn, args, result) [nr] = {#name, fn, args, result},
    SYSCALL_LIST(X)
#undef X
};

const char *syscall_name(int nr) {
    return nr >= 0 && nr < SYSCALL_MAX ? syscall_table[nr].name : NULL;
}

#define E(name) [name] = #name
static const char *const errno_names[] = {
    E(EPERM),
    E(ENOENT),
    E(ESRCH),
    E(EINTR),
    E(EIO),
    E(ENXIO),
    E(E2BIG),
    E(ENOEXEC),
    E(EBADF),
    E(ECHILD),
    E(EAGAIN),
    E(ENOMEM),
    E(EACCES),
    E(EFAULT),
    E(ENOTBLK),
    E(EBUSY),
    E(EEXIST),
    E(EXDEV),
    E(ENODEV),
    E(ENOTDIR),
    E(EISDIR),
    E(EINVAL),
    E(ENFILE),
    E(EMFILE),
    E(ENOTTY),
    E(ETXTBSY),
    E(EFBIG),
    E(ENOSPC),
    E(ESPIPE),
    E(EROFS),
    E(EMLINK),
    E(EPIPE),
    E(EDOM),
    E(ERANGE),
    E(EDEADLK),
    E(ENAMETOOLONG),
    E(ENOLCK),
    E(ENOSYS),
    E(ENOTEMPTY),
    E(ELOOP),
    E(ENOMSG),
    E(EIDRM),
    E(ECHRNG),
    E(EL2NSYNC),
    E(EL3HLT),
    E(EL3RST),
    E(ELNRNG),
    E(EUNATCH),
    E(ENOCSI),
    E(EL2HLT),
    E(EBADE),
    E(EBADR),
    E(EXFULL),
    E(ENOANO),
    E(EBADRQC),
    E(EBADSLT),
    E(EBFONT),
    E(ENOSTR),
    E(ENODATA),
    E(ETIME),
    E(ENOSR),
    E(ENONET),
    E(ENOPKG),
    E(EREMOTE),
    E(ENOLINK),
    E(EADV),
    E(ESRMNT),
    E(ECOMM),
    E(EPROTO),
    E(EMULTIHOP),
    E(EDOTDOT),
    E(EBADMSG),
    E(EOVERFLOW),
    E(ENOTUNIQ),
    E(EBADFD),
    E(EREMCHG),
    E(ELIBACC),
    E(ELIBBAD),
    E(ELIBSCN),
    E(ELIBMAX),
    E(ELIBEXEC),
    E(EILSEQ),
    E(ERESTART),
    E(ESTRPIPE),
    E(EUSERS),
    E(ENOTSOCK),
    E(EDESTADDRREQ),
    E(EMSGSIZE),
    E(EPROTOTYPE),
    E(ENOPROTOOPT),
    E(EPROTONOSUPPORT),
    E(ESOCKTNOSUPPORT),
    E(EOPNOTSUPP),
    E(EPFNOSUPPORT),
    E(EAFNOSUPPORT),
    E(EADDRINUSE),
    E(EADDRNOTAVAIL),
    E(ENETDOWN),
    E(ENETUNREACH),
    E(ENETRESET),
    E(ECONNABORTED),
    E(ECONNRESET),
    E(ENOBUFS),
    E(EISCONN),
    E(ENOTCONN),
    E(ESHUTDOWN),
    E(ETOOMANYREFS),
    E(ETIMEDOUT),
    E(ECONNREFUSED),
    E(EHOSTDOWN),
    E(EHOSTUNREACH),
    E(EALREADY),
    E(EINPROGRESS),
    E(ESTALE),
    E(EUCLEAN),
    E(ENOTNAM),
    E(ENAVAIL),
    E(EISNAM),
    E(EREMOTEIO),
    E(EDQUOT),
    E(ENOMEDIUM),
    E(EMEDIUMTYPE),
    E(ECANCELED),
    E(ENOKEY),
    E(EKEYEXPIRED),
    E(EKEYREVOKED),
    E(EKEYREJECTED),
    E(EOWNERDEAD),
    E(ENOTRECOVERABLE),
    E(ERFKILL),
    E(EHWPOISON),
};
#undef E

const char *syscall_errno_name(int err) {
    if (err <= 0 || err >= (int)(sizeof errno_names / sizeof errno_names[0])) return NULL;
    return errno_names[err];
}

/* ---- --strace ---------------------------------------------------------------------------- */

/* Append printf output to a fixed line buffer, truncating silently. */
typedef struct strace_line {
    char text[768];
    size_t len;
} strace_line;

static void __attribute__((format(printf, 2, 3))) line_add(strace_line *l, const char *fmt, ...) {
    if (l->len >= sizeof l->text - 1) return;
    va_list ap;
    va_start(ap, fmt);
    int n = vsnprintf(l->text + l->len, sizeof l->text - l->len, fmt, ap);
    va_end(ap);
    if (n > 0) l->len += (size_t)n;
    if (l->len >= sizeof l->text) l->len = sizeof l->text - 1;
}

/* A guest byte string in C notation, at most `max` bytes, with "..." when cut. */
static void line_add_bytes(strace_line *l, uint64_t addr, uint64_t len, uint64_t max) {
    uint64_t shown = len < max ? len : max;
    const uint8_t *p = guest_buf(addr, shown, PROT_READ);
    if (!p) {
        line_add(l, "0x%" PRIx64, addr);
        return;
    }
    line_add(l, "\"");
    for (uint64_t i = 0; i < shown; i++) {
        uint8_t c = p[i];
        if (c == '"' || c == '\\')
            line_add(l, "\\%c", c);
        else if (c == '\n')
            line_add(l, "\\n");
        else if (c == '\t')
            line_add(l, "\\t");
        else if (c >= 0x20 && c < 0x7f)
            line_add(l, "%c", c);
        else
            line_add(l, "\\x%02x", c);
    }
    line_add(l, "\"%s", shown < len ? "..." : "");
}

static void strace_args(strace_line *l, const char *name, int nr, const char *fmt,
                        const uint64_t *a) {
    if (name)
        line_add(l, "%s(", name);
    else
        line_add(l, "syscall_%d(", nr);
    for (int i = 0; fmt[i] && i < 6; i++) {
        uint64_t v = a[i];
        if (i) line_add(l, ", ");
        switch (fmt[i]) {
        case 'd': line_add(l, "%d", (int)v); break;
        case 'l': line_add(l, "%" PRId64, (int64_t)v); break;
        case 'u': line_add(l, "%" PRIu64, v); break;
        case 'o': line_add(l, "0%" PRIo64, v); break;
        case 'f':
            if ((int)v == AT_FDCWD)
                line_add(l, "AT_FDCWD");
            else
                line_add(l, "%d", (int)v);
            break;
        case 's': {
            int64_t n = v ? gmem_strlen(v) : -EFAULT;
            if (n < 0)
                line_add(l, "0x%" PRIx64, v);
            else
                line_add_bytes(l, v, (uint64_t)n, 256);
            break;
        }
        case 'b': line_add_bytes(l, v, i < 5 ? a[i + 1] : 0, 32); break;
        default: line_add(l, "0x%" PRIx64, v); break;
        }
    }
    line_add(l, ")");
}

/* implemented is false for a known syscall without a handler: its -ENOSYS is marked so it is not
 * mistaken for the host's answer. */
static void strace_result(strace_line *l, int64_t r, char kind, bool implemented) {
    if (r < 0 && r >= -4095) {
        const char *en = syscall_errno_name((int)-r);
        line_add(l, " = %" PRId64 " %s%s", r, en ? en : "",
                 implemented ? "" : " (not implemented)");
    } else if (kind == 'x') {
        line_add(l, " = 0x%" PRIx64, (uint64_t)r);
    } else {
        line_add(l, " = %" PRId64, r);
    }
    fprintf(stderr, "%s\n", l->text);
}

/* ---- Entry point ------------------------------------------------------------------------- */

void syscall_rv64(rv64_cpu *cpu) {
    uint64_t nr = cpu->x[17];
    const uint64_t *a = &cpu->x[10];
    uint64_t args[6];
    memcpy(args, a, sizeof args); /* the handler's view must not change when a0 is written */
    const syscall_entry *e = nr < SYSCALL_MAX && syscall_table[nr].name ? &syscall_table[nr] : NULL;

    strace_line line = {.len = 0};
    if (syscall_strace) {
        strace_args(&line, e ? e->name : NULL, (int)nr, e ? e->args : "xxxxxx", args);
        if (e && e->fn && (nr == 93 || nr == 94)) { /* exit, exit_group: no result to wait for */
            fprintf(stderr, "%s = ?\n", line.text);
            fflush(stderr);
        }
    }

    if (plugin_count()) plugin_syscall_entry(cpu, nr, args);
    int64_t r = e && e->fn ? e->fn(cpu, args) : -ENOSYS;
    cpu->x[10] = (uint64_t)r;

    if (syscall_strace) strace_result(&line, r, e ? e->result : 'd', !e || e->fn);
    if (plugin_count()) plugin_syscall_exit(cpu, nr, r);
}
