/* Memory locking and residency on guest mappings: mlock/mlock2/munlock, mincore, msync and the
 * error cases (unaligned, unmapped). mlockall is left to the unit tests: under an emulator it
 * would lock the emulator's own memory. */
#define _GNU_SOURCE
#include <errno.h>
#include <stdio.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>

static const char *err(long r) {
    return r < 0 ? strerrorname_np(errno) : "ok";
}

int main(void) {
    long page = sysconf(_SC_PAGESIZE);
    printf("page: %ld\n", page);
    char *m = mmap(NULL, 4 * page, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    if (m == MAP_FAILED) return 1;
    printf("mlock: %s\n", err(mlock(m, 2 * page)));
    unsigned char vec[4] = {0xff, 0xff, 0xff, 0xff};
    printf("mincore: %s locked_resident=%d,%d\n", err(mincore(m, 4 * page, vec)), vec[0] & 1,
           vec[1] & 1);
    printf("munlock: %s\n", err(munlock(m, 2 * page)));
    printf("mlock unaligned: %s\n", err(mlock(m + 100, 10)));
    printf("munlock unaligned: %s\n", err(munlock(m + 100, 10)));
    /* mlock2 is missing from some emulators (qemu 7.2): ENOSYS counts as success there */
    int r = mlock2(m + 2 * page, page, MLOCK_ONFAULT);
    printf("mlock2 onfault: %s\n", r == 0 || errno == ENOSYS ? "ok-or-enosys" : err(r));
    r = mlock2(m, page, 0x100);
    printf("mlock2 bad flags: %s\n",
           r < 0 && (errno == EINVAL || errno == ENOSYS) ? "EINVAL-or-ENOSYS" : err(r));
    munlock(m + 2 * page, page);
    memset(m, 1, 4 * page);
    printf("mincore touched: %s all=%d\n", err(mincore(m, 4 * page, vec)),
           (vec[0] & vec[1] & vec[2] & vec[3] & 1));
    printf("mincore unaligned: %s\n", err(mincore(m + 1, page, vec)));
    printf("msync: %s\n", err(msync(m, 4 * page, MS_SYNC)));
    printf("msync async: %s\n", err(msync(m, page, MS_ASYNC)));
    printf("msync unaligned: %s\n", err(msync(m + 1, page, MS_SYNC)));
    printf("msync bad flags: %s\n", err(msync(m, page, MS_SYNC | MS_ASYNC)));
    munmap(m, 4 * page);
    printf("mincore unmapped: %s\n", err(mincore(m, page, vec)));
    printf("mlock unmapped: %s\n", err(mlock(m, page)));
    printf("msync unmapped: %s\n", err(msync(m, page, MS_SYNC)));
    return 0;
}
