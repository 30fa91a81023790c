/*
 * gmem.c - guest memory: the reserved host range and the list of guest mappings.
 *
 * Design
 *   gmem_init() reserves [guest_base - GUARD, guest_base + RECOMP_GUEST_SPACE + GUARD) of host
 *   address space as PROT_NONE | MAP_NORESERVE. Every guest mapping is then made with MAP_FIXED
 *   inside that reservation, and every guest unmapping puts a PROT_NONE reservation back, so the
 *   whole range stays ours: no host library can ever be placed inside it, and any guest access
 *   outside a guest mapping faults (the guards catch small negative addresses and small
 *   overruns past the top, e.g. "ld a0, -8(zero)").
 *
 *   The guest's view of its mappings is a sorted array of non-overlapping areas. Operations
 *   split areas at the boundaries of the range they touch, change whole areas, then re-merge
 *   neighbours that became identical - the same shape Linux gives its VMAs, which is what
 *   /proc/self/maps and mremap (which needs the old range inside one area) observe. A
 *   file-backed area keeps the file offset of its start (adjusted when it is split or moved) and
 *   the file's device and inode, and merges only with the area where the same file continues.
 *   gmem_set_file gives anonymous memory such a file identity (the ELF loader copies segments in
 *   rather than mapping them, yet /proc/self/maps should show the files).
 *
 *   Host protection differs from guest protection in two ways: a guest PROT_EXEC page is made
 *   host-readable (never host-executable) because the translator reads guest code through g2h;
 *   and a guest-writable page that holds AOT-cached code may be write-protected on the host
 *   (gmem_write_protect, the area's `wp` mark) so that the cache sees the guest's first store to
 *   it. The guest protection is kept in the area and is what gmem_check answers from.
 *
 *   One mutex guards the area list and the brk state; guest threads arrive later, and the
 *   host mmap calls are made under the same lock so the list never disagrees with the host.
 */
#define _GNU_SOURCE
#include "gmem.h"

#include <errno.h>
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#ifndef MAP_FIXED_NOREPLACE
#define MAP_FIXED_NOREPLACE 0x100000
#endif
#ifndef MAP_SHARED_VALIDATE
#define MAP_SHARED_VALIDATE 0x03
#endif
#ifndef PROT_SEM
#define PROT_SEM 0x8 /* accepted and ignored by Linux on every architecture we care about */
#endif
#ifndef MREMAP_DONTUNMAP
#define MREMAP_DONTUNMAP 4
#endif

#define GMEM_GUARD     (4ull << 30)     /* PROT_NONE guard below and above the guest space */
#define GMEM_MIN_ADDR  (GMEM_PAGE * 16) /* like Linux vm.mmap_min_addr = 65536 */
#define GMEM_PAGE_MASK (GMEM_PAGE - 1)
#define GMEM_MAP_TYPE  0x0f

/* Flags the riscv64 kernel knows (asm-generic values); MAP_SHARED_VALIDATE rejects others. */
#define GMEM_KNOWN_FLAGS                                                                           \
    (GMEM_MAP_TYPE | MAP_FIXED | MAP_ANONYMOUS | MAP_GROWSDOWN | MAP_DENYWRITE | MAP_EXECUTABLE |  \
     MAP_LOCKED | MAP_NORESERVE | MAP_POPULATE | MAP_NONBLOCK | MAP_STACK | MAP_HUGETLB |          \
     (unsigned)MAP_FIXED_NOREPLACE | (0x3fu << 26) /* MAP_HUGE_SHIFT size field */)

/* Area flags kept for merging decisions: adjacent areas merge only if these agree (the host
 * merges its own VMAs under similar rules, which keeps host mremap working on our areas). */
#define GMEM_AREA_FLAGS (MAP_SHARED | MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE)

uint8_t *guest_base;

static pthread_mutex_t gmem_lock = PTHREAD_MUTEX_INITIALIZER;
static gmem_area *areas;
static size_t area_count, area_cap;
static uint64_t brk_start, brk_cur;
static atomic_bool wp_used; /* some page was ever write-protected (gmem_write_protect) */

/* -- Small helpers (no lock needed) ------------------------------------------------------- */

static uint64_t page_up(uint64_t x) {
    return (x + GMEM_PAGE_MASK) & ~GMEM_PAGE_MASK;
}

static int host_prot(int prot) {
    int p = prot & (PROT_READ | PROT_WRITE);
    if (prot & PROT_EXEC)
        p |= PROT_READ; /* the translator reads guest code; the host never executes it */
    return p;
}

/* Put the PROT_NONE reservation back over [start, start+len). */
static int reserve_host(uint64_t start, uint64_t len) {
    if (len == 0) return 0;
    void *p = mmap(g2h(start), len, PROT_NONE,
                   MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED | MAP_NORESERVE, -1, 0);
    return p == MAP_FAILED ? -errno : 0;
}

static void set_name(gmem_area *a, const char *name) {
    snprintf(a->name, sizeof a->name, "%s", name ? name : "");
}

/* -- Area list (caller holds gmem_lock) --------------------------------------------------- */

/* Make room for `extra` more areas up front, so an operation never fails half-way through. */
static int areas_reserve(size_t extra) {
    if (area_count + extra <= area_cap) return 0;
    size_t cap = area_cap ? area_cap * 2 : 64;
    while (cap < area_count + extra)
        cap *= 2;
    gmem_area *n = realloc(areas, cap * sizeof *n);
    if (!n) return -ENOMEM;
    areas = n;
    area_cap = cap;
    return 0;
}

/* Index of the first area with end > addr (area_count if none). */
static size_t area_index_after(uint64_t addr) {
    size_t lo = 0, hi = area_count;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (areas[mid].end > addr)
            hi = mid;
        else
            lo = mid + 1;
    }
    return lo;
}

static bool range_is_free(uint64_t start, uint64_t end) {
    size_t i = area_index_after(start);
    return i == area_count || areas[i].start >= end;
}

/* Split the area that strictly contains addr into [start, addr) and [addr, end). Needs one slot
 * of reserved capacity. */
/* True if areas cover [addr, end) without a hole, each with at least `want` (0: any). */
static bool range_covered(uint64_t addr, uint64_t end, int want) {
    uint64_t cur = addr;
    for (size_t i = area_index_after(addr); cur < end; i++) {
        if (i == area_count || areas[i].start > cur) return false;
        int have = areas[i].prot;
        if (have & PROT_WRITE) have |= PROT_READ; /* writable implies readable on riscv64 Linux */
        if ((have & want) != want) return false;
        cur = areas[i].end;
    }
    return true;
}

static void area_split_at(uint64_t addr) {
    size_t i = area_index_after(addr);
    if (i == area_count || areas[i].start >= addr) return;
    memmove(&areas[i + 1], &areas[i], (area_count - i) * sizeof *areas);
    area_count++;
    areas[i].end = addr;
    areas[i + 1].start = addr;
    if (!(areas[i].flags & MAP_ANONYMOUS)) areas[i + 1].offset += addr - areas[i].start;
}

/* Forget every area inside [start, end), splitting the ones that straddle the edges. */
static void area_remove_range(uint64_t start, uint64_t end) {
    area_split_at(start);
    area_split_at(end);
    size_t i = area_index_after(start), j = i;
    while (j < area_count && areas[j].start < end)
        j++;
    memmove(&areas[i], &areas[j], (area_count - j) * sizeof *areas);
    area_count -= j - i;
}

static bool areas_mergeable(const gmem_area *a, const gmem_area *b) {
    /* File-backed areas merge only where the file continues (same file, contiguous offsets). */
    if (a->end != b->start || a->prot != b->prot || a->flags != b->flags || a->wp != b->wp ||
        strcmp(a->name, b->name) != 0)
        return false;
    return (a->flags & MAP_ANONYMOUS) ||
           (a->dev == b->dev && a->ino == b->ino && a->offset + (a->end - a->start) == b->offset);
}

/* Merge every pair of identical neighbours (one linear pass; the list stays small). */
static void areas_normalize(void) {
    if (area_count == 0) return;
    size_t out = 0;
    for (size_t i = 1; i < area_count; i++) {
        if (areas_mergeable(&areas[out], &areas[i]))
            areas[out].end = areas[i].end;
        else
            areas[++out] = areas[i];
    }
    area_count = out + 1;
}

/* Insert an area over a range that is free in the list. Needs one slot of reserved capacity.
 * `file` gives the offset/dev/ino of a file-backed area (NULL for anonymous memory); `wp` the
 * write-protection mark (gmem_write_protect) of memory that moved here. */
static void area_insert(uint64_t start, uint64_t end, int prot, int flags, const char *name,
                        const gmem_area *file, bool wp) {
    size_t i = area_index_after(start);
    memmove(&areas[i + 1], &areas[i], (area_count - i) * sizeof *areas);
    area_count++;
    areas[i].start = start;
    areas[i].end = end;
    areas[i].prot = prot;
    areas[i].wp = wp;
    areas[i].flags = flags & GMEM_AREA_FLAGS;
    areas[i].offset = file ? file->offset : 0;
    areas[i].dev = file ? file->dev : 0;
    areas[i].ino = file ? file->ino : 0;
    set_name(&areas[i], name);
    areas_normalize();
}

/* Highest free gap of `len` bytes below GMEM_MMAP_TOP (Linux's top-down allocator); if there is
 * none, the lowest free gap above it. Returns 0 if the space is full. */
static uint64_t find_free_gap(uint64_t len) {
    uint64_t high = GMEM_MMAP_TOP;
    for (size_t i = area_count; i-- > 0;) {
        if (areas[i].start >= high) continue;
        uint64_t lo = areas[i].end > GMEM_MIN_ADDR ? areas[i].end : GMEM_MIN_ADDR;
        if (lo < high && high - lo >= len) return high - len;
        high = areas[i].start;
        if (high <= GMEM_MIN_ADDR) break;
    }
    if (high > GMEM_MIN_ADDR && high - GMEM_MIN_ADDR >= len) return high - len;

    uint64_t low = GMEM_MMAP_TOP;
    for (size_t i = area_index_after(low); i <= area_count; i++) {
        uint64_t end = i < area_count ? areas[i].start : RECOMP_GUEST_SPACE;
        if (end > low && end - low >= len) return low;
        if (i < area_count && areas[i].end > low) low = areas[i].end;
    }
    return 0;
}

/* -- Public interface --------------------------------------------------------------------- */

int gmem_init(void) {
    pthread_mutex_lock(&gmem_lock);
    int ret = 0;
    if (!guest_base) {
        size_t total = GMEM_GUARD + RECOMP_GUEST_SPACE + GMEM_GUARD;
        void *p = mmap(NULL, total, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
        if (p == MAP_FAILED)
            ret = -errno;
        else
            guest_base = (uint8_t *)p + GMEM_GUARD;
    }
    pthread_mutex_unlock(&gmem_lock);
    return ret;
}

void gmem_reset(void) {
    pthread_mutex_lock(&gmem_lock);
    if (guest_base)
        for (size_t i = 0; i < area_count; i++)
            reserve_host(areas[i].start, areas[i].end - areas[i].start);
    area_count = 0;
    brk_start = brk_cur = 0;
    pthread_mutex_unlock(&gmem_lock);
}

int64_t gmem_mmap(uint64_t addr, uint64_t len, int prot, int flags, int fd, off_t off,
                  const char *name) {
    int type = flags & GMEM_MAP_TYPE;
    if (type != MAP_SHARED && type != MAP_PRIVATE && type != MAP_SHARED_VALIDATE) return -EINVAL;
    if (type == MAP_SHARED_VALIDATE && ((unsigned)flags & ~GMEM_KNOWN_FLAGS)) return -EOPNOTSUPP;
    if (len == 0 || (off & (off_t)GMEM_PAGE_MASK)) return -EINVAL;
    if (len > RECOMP_GUEST_SPACE) return -ENOMEM;
    len = page_up(len);
    bool anon = flags & MAP_ANONYMOUS;
    if (!anon && (uint64_t)off + len < (uint64_t)off) return -EOVERFLOW;

    bool fixed = flags & (MAP_FIXED | MAP_FIXED_NOREPLACE);
    if (fixed) {
        if (addr & GMEM_PAGE_MASK) return -EINVAL;
        if (addr > RECOMP_GUEST_SPACE - len) return -ENOMEM;
        if (addr < GMEM_MIN_ADDR) return -EPERM;
    }

    char pathbuf[GMEM_NAME_MAX];
    gmem_area file = {.offset = (uint64_t)off};
    if (!anon) {
        struct stat st;
        if (fstat(fd, &st) < 0) return -EBADF;
        file.dev = st.st_dev;
        file.ino = st.st_ino;
        if (!name) {
            /* Label file mappings with their path, as /proc/self/maps does. */
            char link[64];
            snprintf(link, sizeof link, "/proc/self/fd/%d", fd);
            ssize_t n = readlink(link, pathbuf, sizeof pathbuf - 1);
            pathbuf[n > 0 ? n : 0] = '\0';
            name = pathbuf;
        }
    }

    pthread_mutex_lock(&gmem_lock);
    int64_t ret;
    if (!guest_base) {
        ret = -ENOMEM;
        goto out;
    }
    if ((ret = areas_reserve(3)) < 0) goto out;

    bool was_free;
    if (fixed) {
        was_free = range_is_free(addr, addr + len);
        if ((flags & MAP_FIXED_NOREPLACE) && !was_free) {
            ret = -EEXIST;
            goto out;
        }
    } else {
        /* A hint is taken when the page-aligned range there is free, as Linux does. */
        uint64_t hint = page_up(addr);
        if (!(addr && hint >= GMEM_MIN_ADDR && hint <= RECOMP_GUEST_SPACE - len &&
              range_is_free(hint, hint + len)))
            hint = find_free_gap(len);
        if (!hint) {
            ret = -ENOMEM;
            goto out;
        }
        addr = hint;
        was_free = true;
    }

    int hflags = MAP_FIXED | (type == MAP_PRIVATE ? MAP_PRIVATE : MAP_SHARED) |
                 (flags & (MAP_ANONYMOUS | MAP_NORESERVE | MAP_POPULATE));
    void *p = mmap(g2h(addr), len, host_prot(prot), hflags, anon ? -1 : fd, anon ? 0 : off);
    if (p == MAP_FAILED) {
        ret = -errno;
        /* The host may have dropped our reservation there; put it back if nothing was there.
         * (Over existing mappings Linux validates before it unmaps, so those stay intact.) */
        if (was_free) reserve_host(addr, len);
        goto out;
    }
    area_remove_range(addr, addr + len);
    area_insert(addr, addr + len, prot & (PROT_READ | PROT_WRITE | PROT_EXEC),
                type == MAP_PRIVATE ? flags : (flags & ~GMEM_MAP_TYPE) | MAP_SHARED, name,
                anon ? NULL : &file, false);
    ret = (int64_t)addr;
out:
    pthread_mutex_unlock(&gmem_lock);
    return ret;
}

static int munmap_locked(uint64_t addr, uint64_t len) {
    int ret = reserve_host(addr, len);
    if (ret == 0) area_remove_range(addr, addr + len);
    return ret;
}

int gmem_munmap(uint64_t addr, uint64_t len) {
    if ((addr & GMEM_PAGE_MASK) || len == 0 || addr > RECOMP_GUEST_SPACE ||
        len > RECOMP_GUEST_SPACE - addr)
        return -EINVAL;
    len = page_up(len);
    pthread_mutex_lock(&gmem_lock);
    int ret = !guest_base ? -ENOMEM : areas_reserve(2);
    if (ret == 0) ret = munmap_locked(addr, len);
    pthread_mutex_unlock(&gmem_lock);
    return ret;
}

int gmem_mprotect(uint64_t addr, uint64_t len, int prot) {
    if (addr & GMEM_PAGE_MASK) return -EINVAL;
    if (prot & ~(PROT_READ | PROT_WRITE | PROT_EXEC | PROT_SEM | PROT_GROWSDOWN | PROT_GROWSUP))
        return -EINVAL;
    if ((prot & PROT_GROWSDOWN) && (prot & PROT_GROWSUP)) return -EINVAL;
    if (len == 0) return 0;
    if (len > RECOMP_GUEST_SPACE || addr > RECOMP_GUEST_SPACE - page_up(len)) return -ENOMEM;
    len = page_up(len);
    prot &= PROT_READ | PROT_WRITE | PROT_EXEC;
    uint64_t end = addr + len;

    pthread_mutex_lock(&gmem_lock);
    int ret = !guest_base ? -ENOMEM : areas_reserve(2);
    if (ret < 0) goto out;
    /* All or nothing: the whole range must be mapped (Linux: ENOMEM on a hole). */
    if (!range_covered(addr, end, 0)) {
        ret = -ENOMEM;
        goto out;
    }
    if (mprotect(g2h(addr), len, host_prot(prot)) < 0) {
        ret = -errno;
        goto out;
    }
    area_split_at(addr);
    area_split_at(end);
    for (size_t i = area_index_after(addr); i < area_count && areas[i].start < end; i++) {
        areas[i].prot = prot;
        areas[i].wp = false; /* the host protection is the guest's again */
    }
    areas_normalize();
out:
    pthread_mutex_unlock(&gmem_lock);
    return ret;
}

/* Move [old, old+old_len) (inside area `a`) to `dest` with host mremap and record it. */
static int64_t mremap_move(const gmem_area *a, uint64_t old, uint64_t old_len, uint64_t new_len,
                           uint64_t dest, int extra_flags) {
    gmem_area saved = *a;
    if (!(saved.flags & MAP_ANONYMOUS)) saved.offset += old - saved.start; /* what moves */
    void *p =
        mremap(g2h(old), old_len, new_len, MREMAP_MAYMOVE | MREMAP_FIXED | extra_flags, g2h(dest));
    if (p == MAP_FAILED) return -errno;
    area_remove_range(dest, dest + new_len);
    if (!(extra_flags & MREMAP_DONTUNMAP)) {
        /* The host left a hole at the old place: take it back before anyone else can. */
        reserve_host(old, old_len);
        area_remove_range(old, old + old_len);
    }
    area_insert(dest, dest + new_len, saved.prot, saved.flags, saved.name,
                (saved.flags & MAP_ANONYMOUS) ? NULL : &saved, saved.wp);
    return (int64_t)dest;
}

int64_t gmem_mremap(uint64_t old, uint64_t old_len, uint64_t new_len, int flags,
                    uint64_t new_addr) {
    if (flags & ~(MREMAP_MAYMOVE | MREMAP_FIXED | MREMAP_DONTUNMAP)) return -EINVAL;
    if ((flags & (MREMAP_FIXED | MREMAP_DONTUNMAP)) && !(flags & MREMAP_MAYMOVE)) return -EINVAL;
    if (old & GMEM_PAGE_MASK) return -EINVAL;
    if (old_len > RECOMP_GUEST_SPACE || new_len > RECOMP_GUEST_SPACE) return -ENOMEM;
    old_len = page_up(old_len);
    new_len = page_up(new_len);
    /* old_len == 0 duplicates a shared mapping on Linux; not supported here. */
    if (new_len == 0 || old_len == 0) return -EINVAL;
    if ((flags & MREMAP_DONTUNMAP) && old_len != new_len) return -EINVAL;
    if (flags & MREMAP_FIXED) {
        if (new_addr & GMEM_PAGE_MASK) return -EINVAL;
        if (new_addr < GMEM_MIN_ADDR || new_addr > RECOMP_GUEST_SPACE - new_len) return -EINVAL;
        if (new_addr < old + old_len && old < new_addr + new_len) return -EINVAL;
    }

    pthread_mutex_lock(&gmem_lock);
    int64_t ret = !guest_base ? -ENOMEM : areas_reserve(3);
    if (ret < 0) goto out;
    size_t i = area_index_after(old);
    if (i == area_count || areas[i].start > old || old_len > areas[i].end - old) {
        ret = -EFAULT; /* the old range must lie inside one mapping */
        goto out;
    }
    if ((flags & MREMAP_DONTUNMAP) &&
        (areas[i].flags & (MAP_SHARED | MAP_ANONYMOUS)) != MAP_ANONYMOUS) {
        ret = -EINVAL;
        goto out;
    }

    if (flags & MREMAP_FIXED) {
        ret = mremap_move(&areas[i], old, old_len, new_len, new_addr, flags & MREMAP_DONTUNMAP);
        goto out;
    }
    if (new_len <= old_len && !(flags & MREMAP_DONTUNMAP)) {
        ret = munmap_locked(old + new_len, old_len - new_len);
        if (ret == 0) ret = (int64_t)old;
        goto out;
    }

    uint64_t tail = old + old_len;
    if (!(flags & MREMAP_DONTUNMAP) && tail == areas[i].end &&
        new_len - old_len <= RECOMP_GUEST_SPACE - tail && range_is_free(tail, old + new_len)) {
        /* Grow in place: open a host hole after the mapping and let the host extend into it. */
        munmap(g2h(tail), new_len - old_len);
        if (mremap(g2h(old), old_len, new_len, 0) != MAP_FAILED) {
            areas[i].end = old + new_len;
            areas_normalize();
            ret = (int64_t)old;
            goto out;
        }
        reserve_host(tail, new_len - old_len);
    }
    if (!(flags & MREMAP_MAYMOVE)) {
        ret = -ENOMEM;
        goto out;
    }
    uint64_t dest = find_free_gap(new_len);
    ret = dest ? mremap_move(&areas[i], old, old_len, new_len, dest, flags & MREMAP_DONTUNMAP)
               : -ENOMEM;
out:
    pthread_mutex_unlock(&gmem_lock);
    return ret;
}

void gmem_brk_init(uint64_t start) {
    pthread_mutex_lock(&gmem_lock);
    brk_start = brk_cur = page_up(start);
    pthread_mutex_unlock(&gmem_lock);
}

uint64_t gmem_brk(uint64_t newbrk) {
    pthread_mutex_lock(&gmem_lock);
    uint64_t ret = brk_cur;
    /* Linux answers every refused request with the unchanged break. */
    if (!guest_base || brk_start < GMEM_MIN_ADDR || newbrk < brk_start ||
        newbrk > RECOMP_GUEST_SPACE - GMEM_PAGE)
        goto out;
    if (areas_reserve(3) < 0) goto out;
    uint64_t new_top = page_up(newbrk), old_top = page_up(brk_cur);
    if (newbrk <= brk_cur) {
        if (new_top < old_top && munmap_locked(new_top, old_top - new_top) < 0) goto out;
        ret = brk_cur = newbrk;
        goto out;
    }
    if (new_top > old_top) {
        /* Like Linux, keep a guard page between the heap and the next mapping. */
        if (!range_is_free(old_top, new_top + GMEM_PAGE)) goto out;
        void *p = mmap(g2h(old_top), new_top - old_top, PROT_READ | PROT_WRITE,
                       MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED, -1, 0);
        if (p == MAP_FAILED) {
            reserve_host(old_top, new_top - old_top);
            goto out;
        }
        area_insert(old_top, new_top, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, "[heap]",
                    NULL, false);
    }
    ret = brk_cur = newbrk;
out:
    pthread_mutex_unlock(&gmem_lock);
    return ret;
}

/* Whether an area overlapping [addr, end) carries the write-protection mark. */
static bool range_has_wp(uint64_t addr, uint64_t end) {
    for (size_t i = area_index_after(addr); i < area_count && areas[i].start < end; i++)
        if (areas[i].wp) return true;
    return false;
}

bool gmem_check(uint64_t addr, uint64_t len, int prot) {
    if (len == 0) return true;
    if (addr >= RECOMP_GUEST_SPACE || len > RECOMP_GUEST_SPACE - addr) return false;
    pthread_mutex_lock(&gmem_lock);
    bool ok = range_covered(addr, addr + len, prot & (PROT_READ | PROT_WRITE | PROT_EXEC));
    bool wp = ok && (prot & PROT_WRITE) && atomic_load(&wp_used) && range_has_wp(addr, addr + len);
    pthread_mutex_unlock(&gmem_lock);
    /* the caller is about to write there: write-protected cached code goes first */
    if (wp && gmem_write_hook) gmem_write_hook(addr, len);
    return ok;
}

bool gmem_writable_any(uint64_t addr, uint64_t len) {
    if (len == 0 || addr >= RECOMP_GUEST_SPACE || len > RECOMP_GUEST_SPACE - addr) return false;
    uint64_t end = addr + len;
    bool any = false;
    pthread_mutex_lock(&gmem_lock);
    for (size_t i = area_index_after(addr); i < area_count && areas[i].start < end && !any; i++)
        any = (areas[i].prot & PROT_WRITE) != 0;
    pthread_mutex_unlock(&gmem_lock);
    return any;
}

/* -- Write-protection of cached code (gmem.h) ---------------------------------------------- */

void (*gmem_write_hook)(uint64_t addr, uint64_t len);

/* Set (protect) or clear the mark on the guest-writable pages of [addr, end) and give them the
 * host protection that goes with it. Returns the pages changed, or -errno. */
static int64_t set_wp(uint64_t addr, uint64_t len, bool protect) {
    if ((addr & GMEM_PAGE_MASK) || addr >= RECOMP_GUEST_SPACE || len > RECOMP_GUEST_SPACE - addr)
        return -EINVAL;
    uint64_t end = addr + page_up(len);
    int64_t pages = 0;
    pthread_mutex_lock(&gmem_lock);
    if (!guest_base || areas_reserve(2) < 0) {
        pthread_mutex_unlock(&gmem_lock);
        return -ENOMEM;
    }
    area_split_at(addr);
    area_split_at(end);
    for (size_t i = area_index_after(addr); i < area_count && areas[i].start < end; i++) {
        gmem_area *a = &areas[i];
        /* (unprotecting also repairs an unmarked page: a no-op mprotect at worst) */
        if (!(a->prot & PROT_WRITE) || (protect && a->wp)) continue;
        int hp = host_prot(a->prot) & (protect ? ~PROT_WRITE : ~0);
        if (mprotect(g2h(a->start), a->end - a->start, hp) < 0) continue;
        a->wp = protect;
        pages += (int64_t)((a->end - a->start) / GMEM_PAGE);
    }
    areas_normalize();
    if (protect && pages) atomic_store(&wp_used, true);
    pthread_mutex_unlock(&gmem_lock);
    return pages;
}

int gmem_write_protect(uint64_t addr, uint64_t len) {
    return (int)set_wp(addr, len, true);
}

bool gmem_write_unprotect(uint64_t addr, uint64_t len) {
    if (!atomic_load(&wp_used)) return false;
    return set_wp(addr & ~GMEM_PAGE_MASK, len + (addr & GMEM_PAGE_MASK), false) > 0;
}

bool gmem_write_protect_used(void) {
    return atomic_load(&wp_used);
}

bool gmem_write_protected(uint64_t addr, uint64_t len) {
    if (!atomic_load(&wp_used) || len == 0 || addr >= RECOMP_GUEST_SPACE ||
        len > RECOMP_GUEST_SPACE - addr)
        return false;
    pthread_mutex_lock(&gmem_lock);
    bool wp = range_has_wp(addr, addr + len);
    pthread_mutex_unlock(&gmem_lock);
    return wp;
}

int64_t gmem_strlen(uint64_t addr) {
    uint64_t cur = addr;
    for (;;) {
        /* One page at a time: the string may end just before an unmapped page. */
        if (!gmem_check(cur, 1, PROT_READ)) return -EFAULT;
        uint64_t page_end = (cur | GMEM_PAGE_MASK) + 1;
        const uint8_t *nul = memchr(g2h(cur), 0, page_end - cur);
        if (nul) return (int64_t)(h2g(nul) - addr);
        cur = page_end;
    }
}

bool gmem_area_at(size_t index, gmem_area *out) {
    pthread_mutex_lock(&gmem_lock);
    bool ok = index < area_count;
    if (ok) *out = areas[index];
    pthread_mutex_unlock(&gmem_lock);
    return ok;
}

bool gmem_area_holding(uint64_t addr, gmem_area *out) {
    pthread_mutex_lock(&gmem_lock);
    size_t i = area_index_after(addr);
    bool ok = i < area_count && areas[i].start <= addr;
    if (ok) *out = areas[i];
    pthread_mutex_unlock(&gmem_lock);
    return ok;
}

int gmem_set_file(uint64_t addr, uint64_t len, const char *name, uint64_t off, uint64_t dev,
                  uint64_t ino) {
    if ((addr & GMEM_PAGE_MASK) || (off & GMEM_PAGE_MASK) || addr > RECOMP_GUEST_SPACE ||
        len > RECOMP_GUEST_SPACE - addr)
        return -EINVAL;
    len = page_up(len);
    if (len == 0) return 0;
    uint64_t end = addr + len;
    pthread_mutex_lock(&gmem_lock);
    int ret = !guest_base ? -ENOMEM : areas_reserve(2);
    if (ret < 0) goto out;
    if (!range_covered(addr, end, 0)) {
        ret = -ENOMEM;
        goto out;
    }
    area_split_at(addr);
    area_split_at(end);
    for (size_t i = area_index_after(addr); i < area_count && areas[i].start < end; i++) {
        areas[i].flags &= ~MAP_ANONYMOUS;
        areas[i].offset = off + (areas[i].start - addr);
        areas[i].dev = dev;
        areas[i].ino = ino;
        set_name(&areas[i], name);
    }
    areas_normalize();
out:
    pthread_mutex_unlock(&gmem_lock);
    return ret;
}

uint64_t gmem_brk_start(void) {
    pthread_mutex_lock(&gmem_lock);
    uint64_t s = brk_start;
    pthread_mutex_unlock(&gmem_lock);
    return s;
}

void gmem_lock_all(void) {
    pthread_mutex_lock(&gmem_lock);
}

void gmem_unlock_all(void) {
    pthread_mutex_unlock(&gmem_lock);
}
