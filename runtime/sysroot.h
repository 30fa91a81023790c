/*
 * sysroot.h - the guest's root for absolute paths (qemu-user's -L rule).
 *
 * A dynamically linked guest names its interpreter and libraries by absolute guest paths
 * (/lib/ld-linux-riscv64-lp64d.so.1, /lib/riscv64-linux-gnu/libc.so.6, ...). Like qemu-riscv64 -L,
 * an absolute guest path is looked up below the sysroot first and used from there if it exists
 * there; otherwise the host path is used unchanged. Relative paths are never rewritten, and
 * neither are paths below /proc, /dev and /sys (the host's live trees are the only meaningful
 * ones, and /proc/self/... is answered by the syscall layer).
 */
#ifndef RECOMP_SYSROOT_H
#define RECOMP_SYSROOT_H

#include <stdbool.h>
#include <stddef.h>

#define SYSROOT_DEFAULT "/usr/riscv64-linux-gnu"
#define SYSROOT_ENV     "RECOMP_SYSROOT"

/* The current sysroot (absolute, no trailing slash), or NULL if there is none. */
const char *sysroot_get(void);

/* Set the sysroot; NULL, "" and "/" mean none. A relative directory is made absolute. */
void sysroot_set(const char *dir);

/* The start-up rule: `option` (recomp-run -L) if not NULL, else $RECOMP_SYSROOT if set, else
 * SYSROOT_DEFAULT if that directory exists, else none. */
void sysroot_init(const char *option);

/* True if `path` is one the sysroot may redirect: absolute and not below /proc, /dev or /sys. */
bool sysroot_applies(const char *path);

/* The host path for the guest path `path`: the sysroot copy (written to buf) if the sysroot is set,
 * the rule applies and sysroot + path exists (access F_OK, following symlinks, as qemu does);
 * otherwise `path` itself. Never fails: a result that would not fit buf falls back to `path`. */
const char *sysroot_path(const char *path, char *buf, size_t len);

#endif
