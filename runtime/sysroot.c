/*
 * sysroot.c - the guest's root for absolute paths (see sysroot.h).
 *
 * The sysroot is set once at start-up and only read afterwards, so it needs no lock. Lookups are
 * not cached (qemu caches them, which makes files that appear later invisible); one access() per
 * absolute path lookup is cheap next to the open or stat that follows.
 */
#define _GNU_SOURCE
#include "sysroot.h"

#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

static char root[PATH_MAX];

const char *sysroot_get(void) {
    return root[0] ? root : NULL;
}

void sysroot_set(const char *dir) {
    root[0] = '\0';
    if (!dir || !dir[0]) return;
    char resolved[PATH_MAX];
    if (realpath(dir, resolved)) {
        snprintf(root, sizeof root, "%s", resolved);
    } else if (dir[0] == '/') {
        snprintf(root, sizeof root, "%s", dir); /* does not exist (yet): kept as given */
    } else {
        char cwd[PATH_MAX];
        if (!getcwd(cwd, sizeof cwd)) return;
        if ((size_t)snprintf(root, sizeof root, "%s/%s", cwd, dir) >= sizeof root) root[0] = '\0';
    }
    /* No trailing slashes; "/" itself means no sysroot. */
    size_t n = strlen(root);
    while (n > 0 && root[n - 1] == '/')
        root[--n] = '\0';
}

void sysroot_init(const char *option) {
    if (option) {
        sysroot_set(option);
        return;
    }
    const char *env = getenv(SYSROOT_ENV);
    if (env) {
        sysroot_set(env);
        return;
    }
    struct stat st;
    sysroot_set(stat(SYSROOT_DEFAULT, &st) == 0 && S_ISDIR(st.st_mode) ? SYSROOT_DEFAULT : NULL);
}

/* True if path is `dir` or lies below it. */
static bool below(const char *path, const char *dir) {
    size_t n = strlen(dir);
    return strncmp(path, dir, n) == 0 && (path[n] == '\0' || path[n] == '/');
}

bool sysroot_applies(const char *path) {
    return path && path[0] == '/' && !below(path, "/proc") && !below(path, "/dev") &&
           !below(path, "/sys");
}

const char *sysroot_path(const char *path, char *buf, size_t len) {
    if (!root[0] || !sysroot_applies(path)) return path;
    if ((size_t)snprintf(buf, len, "%s%s", root, path) >= len) return path;
    return access(buf, F_OK) == 0 ? buf : path;
}
