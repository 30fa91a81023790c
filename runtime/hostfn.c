/*
 * hostfn.c - C library routines run as host code (recomp/hostfn.h, docs/hostfn.md).
 *
 * riscv64 glibc's string and memory routines are generic C, several times the work per byte of
 * the host's vectorized ones. A unit at the entry of a recognized routine first calls
 * hostfn_helper(cpu, id), which does the whole call here and lets the unit return to ra, or
 * declines so that the guest's own code runs. The results are the ones the guest routine gives,
 * to the bit: pointers and lengths are unique; memcmp, strcmp and strncmp return the difference
 * of the first differing bytes as glibc's and musl's generic C code do, which is computed here
 * rather than taken from the host's (which only promises the sign).
 *
 * It declines:
 *  - when disabled (--no-host-libc, RECOMP_HOST_LIBC=0, or a plugin is loaded: plugins must see
 *    every guest instruction);
 *  - when an argument range is outside the guest space;
 *  - when memcpy/strcpy/stpcpy/strcat/mempcpy would copy between overlapping ranges (undefined
 *    in C: the guest's code then gives the guest's result), and an overlapping memmove whose
 *    ranges are not all mapped (a fault half-way would leave a partly moved source);
 *  - when a host access faults: the fault handler jumps back here (hostfn_fault), the helper
 *    returns 0 and the guest code runs from the routine's entry and faults where the program
 *    would. Everything done before the fault is redone by the guest code with the same values
 *    (the copies it declines for are the non-overlapping ones), so nothing is seen twice.
 */
#define _GNU_SOURCE
#include <elf.h>
#include <emmintrin.h>
#include <fcntl.h>
#include <pthread.h>
#include <setjmp.h>
#include <signal.h>
#include <stdatomic.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include "gmem.h"
#include "guest.h"
#include "helpers.h"
#include "hostfn.h"
#include "hostfn_rt.h"
#include "lift.h"

hostfn_stats hostfn_stat;
static bool enabled;

/* Per thread: where a fault in a host routine goes. */
static __thread sigjmp_buf fault_jb;
static __thread volatile sig_atomic_t in_routine;

/* ---- exact results ----------------------------------------------------------------------- */

/* memcmp as generic C computes it: the difference of the first differing bytes. */
static int mem_diff(const uint8_t *a, const uint8_t *b, size_t n) {
    size_t i = 0;
    for (; i + 16 <= n; i += 16) {
        __m128i x = _mm_loadu_si128((const __m128i *)(a + i));
        __m128i y = _mm_loadu_si128((const __m128i *)(b + i));
        unsigned ne = (unsigned)_mm_movemask_epi8(_mm_cmpeq_epi8(x, y)) ^ 0xffffu;
        if (ne) {
            i += (size_t)__builtin_ctz(ne);
            return a[i] - b[i];
        }
    }
    for (; i < n; i++)
        if (a[i] != b[i]) return a[i] - b[i];
    return 0;
}

/* True if 16 bytes from p stay in p's page (host and guest pages line up: guest_base is
 * page-aligned), so that reading them cannot fault when p's byte is mapped. */
static inline bool in_page16(const uint8_t *p) {
    return ((uintptr_t)p & (GMEM_PAGE - 1)) <= GMEM_PAGE - 16;
}

/* strncmp (n = SIZE_MAX: strcmp) as generic C computes it: c1 - c2 at the first position where
 * they differ or s1 ends, 0 after n equal bytes. Reads 16 bytes at a time only inside pages. */
static int str_diff(const uint8_t *a, const uint8_t *b, size_t n) {
    const __m128i zero = _mm_setzero_si128();
    size_t i = 0;
    while (i < n) {
        if (n - i >= 16 && in_page16(a + i) && in_page16(b + i)) {
            __m128i x = _mm_loadu_si128((const __m128i *)(a + i));
            __m128i y = _mm_loadu_si128((const __m128i *)(b + i));
            unsigned stop = ((unsigned)_mm_movemask_epi8(_mm_cmpeq_epi8(x, y)) ^ 0xffffu) |
                            (unsigned)_mm_movemask_epi8(_mm_cmpeq_epi8(x, zero));
            if (stop) {
                i += (size_t)__builtin_ctz(stop);
                return a[i] - b[i];
            }
            i += 16;
            continue;
        }
        if (a[i] != b[i] || !a[i]) return a[i] - b[i];
        i++;
    }
    return 0;
}

/* ---- the routines ------------------------------------------------------------------------ */

/* [addr, addr+len) inside the guest space. */
static inline bool in_space(uint64_t addr, uint64_t len) {
    return addr < RECOMP_GUEST_SPACE && len <= RECOMP_GUEST_SPACE - addr;
}

static inline bool overlap(uint64_t a, uint64_t b, uint64_t n) {
    return n && a < b + n && b < a + n;
}

/* Guest pointer result (NULL stays 0). */
static inline uint64_t gptr(const void *h) {
    return h ? h2g(h) : 0;
}

/* Strings start inside the guest space; their ends are found by reading, and the reservation
 * past the mapped guest memory faults (then the guest code runs). */
#define STR(p)                                                                                     \
    do {                                                                                           \
        if ((p) >= RECOMP_GUEST_SPACE) return false;                                               \
    } while (0)

/* Run routine id with the guest's arguments; false: decline. *ret is a0 on return. */
static bool run(int id, const uint64_t *x, uint64_t *ret) {
    uint64_t a = x[10], b = x[11], n = x[12];
    switch (id) {
    case HOSTFN_MEMCPY:
    case HOSTFN_MEMPCPY:
        if (!in_space(a, n) || !in_space(b, n) || overlap(a, b, n)) return false;
        memcpy(g2h(a), g2h(b), n);
        *ret = id == HOSTFN_MEMCPY ? a : a + n;
        return true;
    case HOSTFN_MEMMOVE:
        if (!in_space(a, n) || !in_space(b, n)) return false;
        if (overlap(a, b, n) && (!gmem_check(b, n, PROT_READ) || !gmem_check(a, n, PROT_WRITE)))
            return false;
        memmove(g2h(a), g2h(b), n);
        *ret = a;
        return true;
    case HOSTFN_MEMSET:
        if (!in_space(a, n)) return false;
        memset(g2h(a), (int)b, n);
        *ret = a;
        return true;
    case HOSTFN_MEMCMP:
        if (!in_space(a, n) || !in_space(b, n)) return false;
        *ret = (uint64_t)(int64_t)mem_diff(g2h(a), g2h(b), n);
        return true;
    case HOSTFN_MEMCHR: {
        /* a count past the guest space (SIZE_MAX: "search until found") is cut there; not
         * found within the cut, the guest code decides */
        STR(a);
        uint64_t cut = n < RECOMP_GUEST_SPACE - a ? n : RECOMP_GUEST_SPACE - a;
        *ret = gptr(memchr(g2h(a), (int)(uint8_t)b, cut));
        return *ret || cut == n;
    }
    case HOSTFN_MEMRCHR:
        if (!in_space(a, n)) return false;
        *ret = gptr(memrchr(g2h(a), (int)(uint8_t)b, n));
        return true;
    case HOSTFN_RAWMEMCHR:
        STR(a);
        *ret = gptr(rawmemchr(g2h(a), (int)(uint8_t)b));
        return true;
    case HOSTFN_STRLEN:
        STR(a);
        *ret = strlen(g2h(a));
        return true;
    case HOSTFN_STRNLEN:
        STR(a);
        /* never past the guest space: the bound is the guest's count, cut there */
        *ret = strnlen(g2h(a), b < RECOMP_GUEST_SPACE - a ? b : RECOMP_GUEST_SPACE - a);
        if (*ret == RECOMP_GUEST_SPACE - a && b > *ret) return false;
        return true;
    case HOSTFN_STRCHR:
        STR(a);
        *ret = gptr(strchr(g2h(a), (int)(uint8_t)b));
        return true;
    case HOSTFN_STRCHRNUL:
        STR(a);
        *ret = gptr(strchrnul(g2h(a), (int)(uint8_t)b));
        return true;
    case HOSTFN_STRRCHR:
        STR(a);
        *ret = gptr(strrchr(g2h(a), (int)(uint8_t)b));
        return true;
    case HOSTFN_STRCMP:
        STR(a);
        STR(b);
        *ret = (uint64_t)(int64_t)str_diff(g2h(a), g2h(b), SIZE_MAX);
        return true;
    case HOSTFN_STRNCMP:
        STR(a);
        STR(b);
        *ret = (uint64_t)(int64_t)str_diff(g2h(a), g2h(b), n);
        return true;
    case HOSTFN_STRCPY:
    case HOSTFN_STPCPY: {
        STR(b);
        size_t len = strlen(g2h(b));
        if (!in_space(a, len + 1) || overlap(a, b, len + 1)) return false;
        memcpy(g2h(a), g2h(b), len + 1);
        *ret = id == HOSTFN_STRCPY ? a : a + len;
        return true;
    }
    case HOSTFN_STRCAT: {
        STR(a);
        STR(b);
        size_t dl = strlen(g2h(a)), sl = strlen(g2h(b));
        if (!in_space(a + dl, sl + 1) || overlap(a, b, dl + sl + 1)) return false;
        memcpy(g2h(a + dl), g2h(b), sl + 1);
        *ret = a;
        return true;
    }
    case HOSTFN_STRSTR:
        STR(a);
        STR(b);
        *ret = gptr(strstr(g2h(a), g2h(b)));
        return true;
    case HOSTFN_STRSPN:
        STR(a);
        STR(b);
        *ret = strspn(g2h(a), g2h(b));
        return true;
    case HOSTFN_STRCSPN:
        STR(a);
        STR(b);
        *ret = strcspn(g2h(a), g2h(b));
        return true;
    case HOSTFN_STRPBRK:
        STR(a);
        STR(b);
        *ret = gptr(strpbrk(g2h(a), g2h(b)));
        return true;
    default: return false;
    }
}

/* One more call in a --stats counter. Not a locked add: that costs about as much as a short
 * routine (it waits for the store buffer; 80% of the helper's samples in the libm benchmark).
 * Threads racing here may lose a count; the counters are statistics. */
static inline void count(atomic_ullong *c) {
    atomic_store_explicit(c, atomic_load_explicit(c, memory_order_relaxed) + 1,
                          memory_order_relaxed);
}

/* floor, ceil, trunc of the double in f10 (into f10). riscv64 glibc computes them with
 * fcvt.l.d / fcvt.d.l in the static rounding mode and a sign copy, between a save and a restore
 * of fflags: for every non-NaN argument the result is the exact mathematical one (zeros keep
 * their sign, |x| >= 2^52 and infinities come back unchanged) and no flag changes. roundsd with
 * the precision exception suppressed (imm bit 3) gives the same, and raises nothing for a
 * non-NaN operand in any MXCSR state. NaN arguments (the canonical NaN back, NV for a signaling
 * one) are left to the guest's code. */
static bool run_fp(int id, rv64_cpu *cpu) {
    uint64_t v = cpu->f[10];
    if ((v & ~(1ull << 63)) > 0x7ff0000000000000ull) return false;
    double d;
    memcpy(&d, &v, sizeof d);
    switch (id) {
    case HOSTFN_FLOOR: __asm__("roundsd $9, %1, %0" : "=x"(d) : "x"(d)); break;
    case HOSTFN_CEIL: __asm__("roundsd $10, %1, %0" : "=x"(d) : "x"(d)); break;
    case HOSTFN_TRUNC: __asm__("roundsd $11, %1, %0" : "=x"(d) : "x"(d)); break;
    default: return false;
    }
    memcpy(&cpu->f[10], &d, sizeof d);
    return true;
}

/* helpers[HELPER_HOSTFN] */
static uint64_t hostfn_helper(rv64_cpu *cpu, uint64_t id) {
    if (!enabled || id == 0 || id >= HOSTFN_COUNT) return 0;
    if (hostfn_is_fp((int)id)) {
        bool done = run_fp((int)id, cpu);
        count(done ? &hostfn_stat.calls : &hostfn_stat.declined);
        return done;
    }
    uint64_t ret = 0;
    if (sigsetjmp(fault_jb, 0)) {
        /* a host access faulted (hostfn_fault). The handler blocked every signal and did not
         * return: give the thread the host mask generated code runs with again. */
        in_routine = 0;
        if (guest_self) signal_apply_mask(guest_self);
        count(&hostfn_stat.declined);
        return 0;
    }
    in_routine = 1;
    bool done = run((int)id, cpu->x, &ret);
    in_routine = 0;
    if (!done) {
        count(&hostfn_stat.declined);
        return 0;
    }
    cpu->x[10] = ret;
    count(&hostfn_stat.calls);
    return 1;
}

void hostfn_fault(int sig) {
    if (in_routine && (sig == SIGSEGV || sig == SIGBUS)) siglongjmp(fault_jb, 1);
}

/* ---- recognition -------------------------------------------------------------------------- */

/* The routine entries of one ELF file, as file offsets (a mapping's guest address converts to
 * one through the area's file offset, whatever the load address). */
typedef struct hfile {
    uint64_t dev, ino;
    struct {
        uint64_t off;
        int id;
    } e[64];
    int n;
    struct hfile *next;
} hfile;

static pthread_mutex_t files_mu = PTHREAD_MUTEX_INITIALIZER;
static hfile *files;

/* Read the function symbols of the ELF file at path (.symtab, else .dynsym) and keep those
 * named after a routine. Not STT_GNU_IFUNC: such a symbol's address is its resolver. A file
 * that is not a well-formed ELF64 file simply has no entries. */
static void scan_file(hfile *f, const char *path) {
    int fd = open(path, O_RDONLY | O_CLOEXEC);
    struct stat st;
    if (fd < 0) return;
    if (fstat(fd, &st) < 0 || st.st_size < (off_t)sizeof(Elf64_Ehdr)) {
        close(fd);
        return;
    }
    size_t size = (size_t)st.st_size;
    const uint8_t *m = mmap(NULL, size, PROT_READ, MAP_PRIVATE, fd, 0);
    close(fd);
    if (m == MAP_FAILED) return;
    const Elf64_Ehdr *eh = (const void *)m;
    const Elf64_Shdr *sh = (const void *)(m + eh->e_shoff);
    const Elf64_Phdr *ph = (const void *)(m + eh->e_phoff);
    if (memcmp(eh->e_ident, ELFMAG, SELFMAG) || eh->e_ident[EI_CLASS] != ELFCLASS64 ||
        eh->e_shentsize != sizeof(Elf64_Shdr) || eh->e_phentsize != sizeof(Elf64_Phdr) ||
        eh->e_shoff > size || eh->e_shnum > (size - eh->e_shoff) / sizeof(Elf64_Shdr) ||
        eh->e_phoff > size || eh->e_phnum > (size - eh->e_phoff) / sizeof(Elf64_Phdr))
        goto out;
    const Elf64_Shdr *sym = NULL;
    for (int pass = 0; pass < 2 && !sym; pass++)
        for (unsigned i = 0; i < eh->e_shnum && !sym; i++)
            if (sh[i].sh_type == (pass ? SHT_DYNSYM : SHT_SYMTAB)) sym = &sh[i];
    if (!sym || sym->sh_link >= eh->e_shnum || sym->sh_entsize != sizeof(Elf64_Sym) ||
        sym->sh_offset > size || sym->sh_size > size - sym->sh_offset)
        goto out;
    const Elf64_Shdr *str = &sh[sym->sh_link];
    if (str->sh_offset > size || str->sh_size > size - str->sh_offset || !str->sh_size) goto out;
    const char *strs = (const char *)m + str->sh_offset;
    const Elf64_Sym *v = (const void *)(m + sym->sh_offset);
    for (size_t i = 1; i < sym->sh_size / sizeof *v && f->n < 64; i++) {
        if (ELF64_ST_TYPE(v[i].st_info) != STT_FUNC || v[i].st_shndx == SHN_UNDEF) continue;
        if (v[i].st_name >= str->sh_size ||
            !memchr(strs + v[i].st_name, 0, str->sh_size - v[i].st_name))
            continue;
        int id = hostfn_by_name(strs + v[i].st_name);
        if (!id) continue;
        for (unsigned k = 0; k < eh->e_phnum; k++) {
            const Elf64_Phdr *p = &ph[k];
            if (p->p_type != PT_LOAD || !(p->p_flags & PF_X) || v[i].st_value < p->p_vaddr ||
                v[i].st_value - p->p_vaddr >= p->p_filesz)
                continue;
            f->e[f->n].off = p->p_offset + (v[i].st_value - p->p_vaddr);
            f->e[f->n].id = id;
            f->n++;
            break;
        }
    }
out:
    munmap((void *)m, size);
}

/* The lifter's question (rv64_lift_hostfn): is pc the entry of a recognized routine in the
 * executable file mapped there? */
static int lookup(uint64_t pc, void *ctx) {
    (void)ctx;
    gmem_area a;
    if (!gmem_area_holding(pc, &a) || !a.ino || !(a.prot & PROT_EXEC) || a.name[0] != '/') return 0;
    uint64_t off = pc - a.start + a.offset;
    int id = 0;
    pthread_mutex_lock(&files_mu);
    hfile *f = files;
    while (f && !(f->dev == a.dev && f->ino == a.ino))
        f = f->next;
    if (!f && (f = calloc(1, sizeof *f))) {
        f->dev = a.dev;
        f->ino = a.ino;
        scan_file(f, a.name);
        f->next = files;
        files = f;
    }
    for (int k = 0; f && k < f->n && !id; k++)
        if (f->e[k].off == off) id = f->e[k].id;
    pthread_mutex_unlock(&files_mu);
    return id;
}

void hostfn_init(bool on) {
    const char *env = getenv("RECOMP_HOST_LIBC");
    if (env && !strcmp(env, "0")) on = false;
    enabled = on;
    rv64_lift_hostfn = on ? lookup : NULL;
}

void hostfn_cpu_init(rv64_cpu *cpu) {
    cpu->helpers[HELPER_HOSTFN] = (const void *)hostfn_helper;
}

bool hostfn_enabled(void) {
    return enabled;
}
