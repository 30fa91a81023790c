/*
 * gmem.h - guest memory: one reserved host range, host address = guest_base + guest address.
 *
 * At start-up gmem_init() reserves RECOMP_GUEST_SPACE bytes of host address space (PROT_NONE,
 * MAP_NORESERVE) plus a guard below it, so generated code can access guest memory with one host
 * instruction and no bounds check; an access outside any guest mapping faults on the reservation
 * and is reported as a guest SIGSEGV.
 *
 * Every guest mapping is recorded in a sorted list of areas (start, end, prot, flags, name) that
 * serves guest mmap placement, munmap/mprotect, brk, /proc/self/maps and (later) the tracking
 * of pages that hold translated code.
 */
#ifndef RECOMP_GMEM_H
#define RECOMP_GMEM_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <sys/types.h>

#define RECOMP_GUEST_SPACE (1ull << 40) /* guest addresses [0, 1 TiB) */
#define GMEM_PAGE          4096ull
#define GMEM_STACK_TOP     0x3ffffff000ull /* like Linux riscv64 sv39: stack just below 256 GiB */
#define GMEM_MMAP_TOP      0x3f00000000ull /* guest mmap(NULL) placement grows down from here */

extern uint8_t *guest_base;

static inline void *g2h(uint64_t gaddr) {
    return guest_base + gaddr;
}
static inline uint64_t h2g(const void *h) {
    return (uint64_t)((const uint8_t *)h - guest_base);
}

/* Reserve the guest space. Returns 0 or -errno. */
int gmem_init(void);

/* Guest mmap semantics (flags/prot are Linux values, same on riscv64 and x86-64). addr is a hint
 * unless MAP_FIXED/MAP_FIXED_NOREPLACE. Returns the guest address or -errno. `name` labels the
 * area for /proc/self/maps (may be NULL). */
int64_t gmem_mmap(uint64_t addr, uint64_t len, int prot, int flags, int fd, off_t off,
                  const char *name);
int gmem_munmap(uint64_t addr, uint64_t len);
int gmem_mprotect(uint64_t addr, uint64_t len, int prot);
int64_t gmem_mremap(uint64_t old, uint64_t old_len, uint64_t new_len, int flags, uint64_t new_addr);

/* brk: gmem_brk_init(end of the loaded image); gmem_brk(0) returns the current break. */
void gmem_brk_init(uint64_t start);
uint64_t gmem_brk(uint64_t newbrk);
uint64_t gmem_brk_start(void); /* the initial break (start of [heap]) */

/* Drop every guest mapping (the space stays reserved) and the brk state: for tests and exec. */
void gmem_reset(void);

/* True if [addr, addr+len) lies in guest mappings with at least `prot` (PROT_READ/WRITE). Used by
 * syscalls to return -EFAULT instead of crashing on bad guest pointers. */
bool gmem_check(uint64_t addr, uint64_t len, int prot);

/* Length of the NUL-terminated guest string at addr, or -EFAULT if it runs into unmapped memory. */
int64_t gmem_strlen(uint64_t addr);

/* Iterate areas (for /proc/self/maps and tests): returns false past the end. A file-backed area
 * (flags without MAP_ANONYMOUS) has the file offset of its start and the file's device and inode,
 * as /proc/self/maps shows them; they are 0 for anonymous areas. */
#define GMEM_NAME_MAX 256
typedef struct gmem_area {
    uint64_t start, end;
    int prot, flags;
    uint64_t offset, dev, ino;
    bool wp; /* host view write-protected, guest may write (gmem_write_protect) */
    char name[GMEM_NAME_MAX];
} gmem_area;
bool gmem_area_at(size_t index, gmem_area *out);
/* The area holding guest address addr (a binary search), or false. */
bool gmem_area_holding(uint64_t addr, gmem_area *out);

/* Write-protection of guest-writable pages that hold cached code (runtime/cache.c): the guest
 * protection stays as it is (gmem_check, /proc/self/maps), only the host view loses PROT_WRITE,
 * so that a guest store there faults and the cache can drop the blocks first.
 *   gmem_write_protect    the guest-writable pages of [addr, addr+len): returns how many pages
 *                         it protected.
 *   gmem_write_unprotect  give the guest-writable pages of [addr, addr+len) their host
 *                         protection back (ending the mark); returns true if any page there is
 *                         guest-writable.
 *   gmem_write_protected  whether any page of [addr, addr+len) is write-protected.
 * The mark belongs to the area: it moves with mremap, and mmap, munmap and mprotect of the range
 * end it (they set the host protection themselves). gmem_check asked for PROT_WRITE (a system
 * call, a signal frame or the runtime about to write there) first calls gmem_write_hook when the
 * range holds a write-protected page, which must drop the code there and unprotect it. */
int gmem_write_protect(uint64_t addr, uint64_t len);
bool gmem_write_unprotect(uint64_t addr, uint64_t len);
bool gmem_write_protected(uint64_t addr, uint64_t len);
bool gmem_write_protect_used(void); /* whether any page was ever write-protected */
extern void (*gmem_write_hook)(uint64_t addr, uint64_t len);

/* Whether any page of [addr, addr+len) is writable by the guest (a query, unlike gmem_check with
 * PROT_WRITE, which announces a write). */
bool gmem_writable_any(uint64_t addr, uint64_t len);

/* Hold / release the area-list lock around fork() so the child never inherits it held. */
void gmem_lock_all(void);
void gmem_unlock_all(void);

/* Show the mapped range [addr, addr+len) as file-backed in /proc/self/maps: `name` at file offset
 * `off` (of addr), device `dev`, inode `ino`. The memory and its protection are unchanged; the
 * ELF loader uses this for segments it copies in instead of mapping the file. Returns 0, -EINVAL
 * (misaligned) or -ENOMEM (part of the range is not mapped). */
int gmem_set_file(uint64_t addr, uint64_t len, const char *name, uint64_t off, uint64_t dev,
                  uint64_t ino);

#endif
