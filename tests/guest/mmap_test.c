/* mmap/munmap/mremap/mprotect/madvise on anonymous and file-backed memory. */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>

int main(void) {
    long pg = sysconf(_SC_PAGESIZE);
    printf("page size %ld\n", pg);
    size_t len = 16 * (size_t)pg;
    unsigned char *a = mmap(NULL, len, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    if (a == MAP_FAILED) {
        perror("mmap");
        return 1;
    }
    int zero = 1;
    for (size_t i = 0; i < len; i++)
        if (a[i]) zero = 0;
    printf("anon zeroed=%d aligned=%d\n", zero, (int)((uintptr_t)a % pg == 0));
    for (size_t i = 0; i < len; i++)
        a[i] = (unsigned char)(i * 13);
    /* grow in place or move */
    unsigned char *b = mremap(a, len, 64 * (size_t)pg, MREMAP_MAYMOVE);
    if (b == MAP_FAILED) {
        perror("mremap");
        return 1;
    }
    int same = 1;
    for (size_t i = 0; i < len; i++)
        if (b[i] != (unsigned char)(i * 13)) same = 0;
    int tail_zero = 1;
    for (size_t i = len; i < 64 * (size_t)pg; i += 97)
        if (b[i]) tail_zero = 0;
    printf("mremap grow kept=%d tail_zero=%d\n", same, tail_zero);
    unsigned char *c = mremap(b, 64 * (size_t)pg, 4 * (size_t)pg, 0);
    printf("mremap shrink same=%d byte=%d\n", c == b, c[4 * pg - 1]);
    printf("mprotect ro=%d\n", mprotect(c, 4 * pg, PROT_READ));
    printf("read after ro %d\n", c[100]);
    printf("mprotect rw=%d\n", mprotect(c, 4 * pg, PROT_READ | PROT_WRITE));
    c[100] = 7;
    printf("write after rw %d\n", c[100]);
    printf("munmap=%d\n", munmap(c, 4 * pg));
    errno = 0;
    printf("munmap unaligned=%d einval=%d\n", munmap((char *)c + 1, pg), errno == EINVAL);
    /* Fixed mapping in a reserved hole */
    unsigned char *res = mmap(NULL, 8 * pg, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    unsigned char *fx = mmap(res + 2 * pg, pg, PROT_READ | PROT_WRITE,
                             MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED, -1, 0);
    printf("fixed at offset %td\n", fx - res);
    fx[0] = 1;
    munmap(res, 8 * pg);
    /* File-backed mapping, MAP_SHARED writes visible through read() */
    char dir[] = "mmapXXXXXX";
    if (!mkdtemp(dir)) {
        perror("mkdtemp");
        return 1;
    }
    char path[64];
    snprintf(path, sizeof path, "%s/file", dir);
    int fd = open(path, O_RDWR | O_CREAT | O_TRUNC, 0644);
    if (ftruncate(fd, 3 * pg) != 0) perror("ftruncate");
    char *m = mmap(NULL, 3 * pg, PROT_READ | PROT_WRITE, MAP_SHARED, fd, 0);
    if (m == MAP_FAILED) {
        perror("mmap file");
        return 1;
    }
    strcpy(m + pg + 10, "shared mapping text");
    msync(m, 3 * pg, MS_SYNC);
    char buf[32] = {0};
    if (pread(fd, buf, 19, pg + 10) != 19) perror("pread");
    printf("pread sees: %s\n", buf);
    if (pwrite(fd, "WRITE", 5, 0) != 5) perror("pwrite");
    printf("mapping sees: %.5s\n", m);
    munmap(m, 3 * pg);
    /* Private file mapping with offset */
    char *pm = mmap(NULL, pg, PROT_READ | PROT_WRITE, MAP_PRIVATE, fd, pg);
    printf("private offset map: %.19s\n", pm + 10);
    pm[10] = 'X';
    memset(buf, 0, sizeof buf);
    if (pread(fd, buf, 6, pg + 10) != 6) perror("pread");
    printf("file unchanged: %s\n", buf);
    munmap(pm, pg);
    close(fd);
    unlink(path);
    rmdir(dir);
    /* madvise DONTNEED zeroes private anonymous memory */
    unsigned char *d =
        mmap(NULL, 4 * pg, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    memset(d, 0xab, 4 * pg);
    printf("madvise=%d after=%d\n", madvise(d, 4 * pg, MADV_DONTNEED), d[pg + 5]);
    munmap(d, 4 * pg);
    return 0;
}
