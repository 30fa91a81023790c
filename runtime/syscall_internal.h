/*
 * syscall_internal.h - the parts of the syscall layer that the rest of the runtime (and the unit
 * tests) need beyond runtime/syscall.h: start-up settings, hooks, the guest signal state kept for
 * later delivery, and the explicit converters for structures whose riscv64 layout differs from the
 * x86-64 host's.
 *
 * Layout facts come from /usr/riscv64-linux-gnu/include/asm-generic/{stat,statfs,signal}.h; the
 * static asserts below pin every offset the converters rely on.
 */
#ifndef RECOMP_SYSCALL_INTERNAL_H
#define RECOMP_SYSCALL_INTERNAL_H

#include <stddef.h>
#include <stdint.h>
#include <sys/stat.h>
#include <sys/statfs.h>

/* The guest executable's path, answered for readlink("/proc/self/exe") and substituted when the
 * guest opens or stats /proc/self/exe. Copied; NULL clears it. */
void syscall_set_exe_path(const char *path);
/* The same for a path already made canonical (elf_load's guest_image.real): no realpath. */
void syscall_set_exe_path_resolved(const char *path);
/* The guest executable's absolute path, or NULL if none was set. */
const char *syscall_get_exe_path(void);

/* Called by exit/exit_group before the process ends (e.g. to print --stats). NULL = none. */
extern void (*syscall_exit_hook)(int status);

/* Called by riscv_flush_icache(start, end, flags) so translations of the range can be dropped.
 * Defaults to a no-op. */
extern void (*syscall_flush_icache_hook)(uint64_t start, uint64_t end);

/* --- riscv64 structure layouts ---------------------------------------------------------------- */

/* struct stat of asm-generic/stat.h (64-bit): 128 bytes. */
typedef struct rv64_stat {
    uint64_t st_dev;
    uint64_t st_ino;
    uint32_t st_mode;
    uint32_t st_nlink;
    uint32_t st_uid;
    uint32_t st_gid;
    uint64_t st_rdev;
    uint64_t pad1;
    int64_t st_size;
    int32_t st_blksize;
    int32_t pad2;
    int64_t st_blocks;
    int64_t st_atime_sec;
    uint64_t st_atime_nsec;
    int64_t st_mtime_sec;
    uint64_t st_mtime_nsec;
    int64_t st_ctime_sec;
    uint64_t st_ctime_nsec;
    uint32_t unused4;
    uint32_t unused5;
} rv64_stat;

_Static_assert(sizeof(rv64_stat) == 128, "riscv64 struct stat is 128 bytes");
_Static_assert(offsetof(rv64_stat, st_mode) == 16, "st_mode");
_Static_assert(offsetof(rv64_stat, st_rdev) == 32, "st_rdev");
_Static_assert(offsetof(rv64_stat, st_size) == 48, "st_size");
_Static_assert(offsetof(rv64_stat, st_blksize) == 56, "st_blksize");
_Static_assert(offsetof(rv64_stat, st_blocks) == 64, "st_blocks");
_Static_assert(offsetof(rv64_stat, st_atime_sec) == 72, "st_atime");
_Static_assert(offsetof(rv64_stat, st_mtime_sec) == 88, "st_mtime");
_Static_assert(offsetof(rv64_stat, st_ctime_sec) == 104, "st_ctime");

/* struct statfs of asm-generic/statfs.h with __statfs_word = long: 120 bytes. The x86-64 layout
 * happens to match today, but converting field by field keeps the guest ABI independent of it. */
typedef struct rv64_statfs {
    int64_t f_type;
    int64_t f_bsize;
    uint64_t f_blocks;
    uint64_t f_bfree;
    uint64_t f_bavail;
    uint64_t f_files;
    uint64_t f_ffree;
    int32_t f_fsid[2];
    int64_t f_namelen;
    int64_t f_frsize;
    int64_t f_flags;
    int64_t f_spare[4];
} rv64_statfs;

_Static_assert(sizeof(rv64_statfs) == 120, "riscv64 struct statfs is 120 bytes");
_Static_assert(offsetof(rv64_statfs, f_fsid) == 56, "f_fsid");
_Static_assert(offsetof(rv64_statfs, f_namelen) == 64, "f_namelen");

/* Kernel struct sigaction for riscv64 (no SA_RESTORER): handler, flags, 64-bit mask. */
typedef struct rv64_sigaction {
    uint64_t handler;
    uint64_t flags;
    uint64_t mask;
} rv64_sigaction;

_Static_assert(sizeof(rv64_sigaction) == 24, "riscv64 kernel sigaction is 24 bytes");

/* stack_t: ss_sp, ss_flags (int, padded), ss_size. */
typedef struct rv64_stack {
    uint64_t ss_sp;
    int32_t ss_flags;
    int32_t pad;
    uint64_t ss_size;
} rv64_stack;

_Static_assert(sizeof(rv64_stack) == 24, "riscv64 stack_t is 24 bytes");

#define RV64_NSIG 64 /* signals 1..64; bit (sig - 1) in a mask */

/* Host struct -> guest struct. Unused/padding fields are zeroed. */
void syscall_stat_to_rv64(const struct stat *host, rv64_stat *guest);
void syscall_statfs_to_rv64(const struct statfs *host, rv64_statfs *guest);

/* --- guest signal state (recorded now, delivered by the signal layer later) ------------------- */

/* The guest's current action for sig (1..64), or NULL for an invalid number. */
const rv64_sigaction *syscall_guest_sigaction(int sig);
/* The guest's blocked-signal mask (bit sig-1). */
uint64_t syscall_guest_sigmask(void);
/* The guest's alternate signal stack (ss_flags SS_DISABLE if none). */
const rv64_stack *syscall_guest_sigaltstack(void);

/* Name of a host/guest errno (identical numbering on both: asm-generic/errno.h), or NULL. */
const char *syscall_errno_name(int err);

#endif
