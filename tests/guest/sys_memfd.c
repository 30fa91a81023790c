/* memfd_create: size it with ftruncate, map it shared, see writes through the mapping with
 * pread and through a second mapping, seals, and the /proc/self/fd name. */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

static const char *err(long r) {
    return r < 0 ? strerrorname_np(errno) : "ok";
}

int main(void) {
    int fd = memfd_create("recomp-test", MFD_CLOEXEC | MFD_ALLOW_SEALING);
    printf("memfd_create: %s cloexec=%d\n", err(fd), (fcntl(fd, F_GETFD) & FD_CLOEXEC) != 0);
    printf("ftruncate: %s\n", err(ftruncate(fd, 8192)));
    struct stat st;
    fstat(fd, &st);
    printf("size: %lld regular=%d\n", (long long)st.st_size, S_ISREG(st.st_mode));
    char *m = mmap(NULL, 8192, PROT_READ | PROT_WRITE, MAP_SHARED, fd, 0);
    printf("mmap: %s\n", m == MAP_FAILED ? strerrorname_np(errno) : "ok");
    strcpy(m + 4096, "written through the mapping");
    char buf[64] = {0};
    long r = pread(fd, buf, 27, 4096);
    printf("pread: %ld %s\n", r, buf);
    pwrite(fd, "FILE", 4, 4096);
    printf("map sees write: %.12s\n", m + 4096);
    char *m2 = mmap(NULL, 4096, PROT_READ, MAP_SHARED, fd, 4096);
    printf("second mapping: %.12s\n", m2);
    munmap(m2, 4096);
    munmap(m, 8192);

    char link[64], target[128] = {0};
    snprintf(link, sizeof link, "/proc/self/fd/%d", fd);
    r = readlink(link, target, sizeof target - 1);
    printf("name: %s\n", target);

    printf("add seals: %s\n", err(fcntl(fd, F_ADD_SEALS, F_SEAL_SHRINK | F_SEAL_GROW)));
    printf("seals: %#x\n", fcntl(fd, F_GET_SEALS));
    printf("shrink: %s\n", err(ftruncate(fd, 100)));
    printf("grow: %s\n", err(ftruncate(fd, 100000)));
    printf("write in place: %s\n", err(pwrite(fd, "ok", 2, 0)));
    printf("seal seal: %s\n", err(fcntl(fd, F_ADD_SEALS, F_SEAL_SEAL)));
    printf("seal after seal: %s\n", err(fcntl(fd, F_ADD_SEALS, F_SEAL_WRITE)));
    close(fd);

    int plain = memfd_create("plain", 0);
    printf("no sealing: %s\n", err(fcntl(plain, F_ADD_SEALS, F_SEAL_SHRINK)));
    close(plain);
    printf("bad flags: %s\n", err(memfd_create("x", 0x100)));
    char longname[300];
    memset(longname, 'n', sizeof longname - 1);
    longname[sizeof longname - 1] = 0;
    printf("long name: %s\n", err(memfd_create(longname, 0)));
    return 0;
}
