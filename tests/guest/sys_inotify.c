/* inotify: watch a directory, create/write/close/rename/delete a file in it, read the events
 * (names included), remove the watch (IN_IGNORED) and check the error cases. */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/inotify.h>
#include <unistd.h>

static const char *err(long r) {
    return r < 0 ? strerrorname_np(errno) : "ok";
}

static void mask_names(unsigned m) {
    static const struct {
        unsigned bit;
        const char *name;
    } names[] = {{IN_ACCESS, "ACCESS"},
                 {IN_MODIFY, "MODIFY"},
                 {IN_ATTRIB, "ATTRIB"},
                 {IN_CLOSE_WRITE, "CLOSE_WRITE"},
                 {IN_CLOSE_NOWRITE, "CLOSE_NOWRITE"},
                 {IN_OPEN, "OPEN"},
                 {IN_MOVED_FROM, "MOVED_FROM"},
                 {IN_MOVED_TO, "MOVED_TO"},
                 {IN_CREATE, "CREATE"},
                 {IN_DELETE, "DELETE"},
                 {IN_DELETE_SELF, "DELETE_SELF"},
                 {IN_IGNORED, "IGNORED"},
                 {IN_ISDIR, "ISDIR"}};
    for (size_t i = 0; i < sizeof names / sizeof names[0]; i++)
        if (m & names[i].bit) printf(" %s", names[i].name);
}

/* Read and print every queued event; returns the cookie of the last one. */
static unsigned drain(int fd, int wd) {
    char buf[4096] __attribute__((aligned(__alignof__(struct inotify_event))));
    unsigned cookie = 0;
    long n = read(fd, buf, sizeof buf);
    if (n < 0) {
        printf("  read: %s\n", err(n));
        return 0;
    }
    for (char *p = buf; p < buf + n;) {
        struct inotify_event *e = (struct inotify_event *)p;
        printf("  wd_ok=%d", e->wd == wd);
        mask_names(e->mask);
        printf(" name=%s cookie=%s\n", e->len ? e->name : "-", e->cookie ? "set" : "0");
        if (e->cookie) cookie = e->cookie;
        p += sizeof *e + e->len;
    }
    return cookie;
}

int main(void) {
    char dir[] = "inotifyXXXXXX";
    if (!mkdtemp(dir)) return 1;
    int fd = inotify_init1(IN_NONBLOCK | IN_CLOEXEC);
    printf("init: %s\n", err(fd));
    int wd = inotify_add_watch(fd, dir,
                               IN_CREATE | IN_DELETE | IN_CLOSE_WRITE | IN_MODIFY | IN_MOVED_FROM |
                                   IN_MOVED_TO | IN_DELETE_SELF);
    printf("add_watch: %s\n", err(wd));
    char buf[64];
    long r = read(fd, buf, sizeof buf);
    printf("empty read: %ld %s\n", r, err(r));

    char path[64], path2[64];
    snprintf(path, sizeof path, "%s/file.txt", dir);
    snprintf(path2, sizeof path2, "%s/renamed.txt", dir);
    int f = open(path, O_CREAT | O_WRONLY, 0644);
    write(f, "data", 4);
    close(f);
    struct pollfd pf = {.fd = fd, .events = POLLIN};
    printf("poll: %d\n", poll(&pf, 1, 1000));
    printf("create/write/close:\n");
    drain(fd, wd);
    rename(path, path2);
    printf("rename:\n");
    drain(fd, wd);
    unlink(path2);
    printf("unlink:\n");
    drain(fd, wd);

    /* modify the watch mask (IN_MASK_ADD keeps the old bits) and remove it */
    int wd2 = inotify_add_watch(fd, dir, IN_ATTRIB | IN_MASK_ADD);
    printf("same wd: %d\n", wd2 == wd);
    printf("rm_watch: %s\n", err(inotify_rm_watch(fd, wd)));
    printf("after rm:\n");
    drain(fd, wd);
    printf("rm again: %s\n", err(inotify_rm_watch(fd, wd)));
    printf("missing path: %s\n", err(inotify_add_watch(fd, "no/such/dir", IN_CREATE)));
    printf("bad mask: %s\n", err(inotify_add_watch(fd, dir, 0)));
    printf("bad flags: %s\n", err(inotify_init1(0x1)));
    rmdir(dir);
    close(fd);
    return 0;
}
