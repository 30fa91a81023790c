/*
 * elf_load.c - load a RISC-V ELF executable into guest memory and build its initial stack.
 *
 * Loading
 *   The file is parsed by hand with bounds checks on every field before it is used (the header
 *   comes from <elf.h>; the host is little-endian like the guest, so structures are read with
 *   memcpy). Nothing in the file is trusted: every size is checked against the file size and
 *   the guest address space, and all arithmetic is checked for overflow, so a malformed file
 *   yields a one-line reason and never a crash.
 *
 *   The page span of all PT_LOADs is mapped anonymous read-write in one go (it supplies the
 *   zeroed bss), then each segment's whole file pages are mapped over it from the file
 *   (MAP_PRIVATE | MAP_FIXED, as the kernel maps them: a page costs nothing until the guest
 *   touches it, and only the pages it writes are copied), while the bytes on pages that cannot
 *   be file pages - the page where the bss begins (zeros after the file bytes) and a boundary
 *   page two segments share - are pread() into the anonymous memory (load_segment; also the
 *   fallback when the file cannot be mapped). Then every page gets its final protection - the
 *   union of the segments that cover it - while pages no segment covers are unmapped again.
 *
 *   ET_DYN (static-PIE, PIE) is placed at ELF_ET_DYN_BASE of riscv64 Linux with sv39,
 *   2/3 of the 256 GiB task size, rounded to the largest segment alignment.
 *
 *   The segments are labelled with the file's name, offset, device and inode (gmem_set_file), so
 *   /proc/self/maps shows them as the kernel's file mappings would be shown.
 *
 * Interpreter (PT_INTERP)
 *   elf_load only records the path; elf_load_interp then loads that file, looked up through the
 *   sysroot (sysroot.h, qemu's -L rule), the way the kernel's load_elf_interp does: an ET_DYN
 *   interpreter goes where a guest mmap(NULL) of its size would go (top-down below
 *   GMEM_MMAP_TOP, far from the program at ELF_ET_DYN_BASE and its brk), keeping its largest
 *   segment alignment; execution starts at its entry, and the auxv tells it where the program is
 *   (AT_PHDR, AT_ENTRY) and where it is itself (AT_BASE).
 *
 * Initial stack (as Linux fs/binfmt_elf.c create_elf_tables lays it out, from the top down)
 *   8 zero bytes | execfn | envp strings | argv strings | pad to 16 | AT_RANDOM 16 bytes |
 *   pad to 16 | auxv pairs, AT_NULL | envp[], NULL | argv[], NULL | argc  <- sp
 *   The strings appear in ascending order (argv[0] lowest), exactly as Linux copies them.
 */
#define _GNU_SOURCE
#include "elf_load.h"

#include <elf.h>
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/random.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "gmem.h"
#include "sysroot.h"

#define ELF_ET_DYN_BASE    0x2aaaaaa000ull /* riscv64 sv39: (256 GiB / 3) * 2, page aligned */
#define ELF_MIN_ADDR       (GMEM_PAGE * 16)
#define ELF_MAX_PHDR_BYTES 65536        /* Linux refuses larger program header tables */
#define ELF_MAX_ALIGN      (1ull << 30) /* larger p_align values are ignored, as bogus */
#define STACK_SIZE         (8ull << 20)
#define STACK_ARG_MAX      (STACK_SIZE / 4) /* Linux: strings may use a quarter of the stack */

#ifndef MAP_FIXED_NOREPLACE
#define MAP_FIXED_NOREPLACE 0x100000
#endif
#ifndef EM_RISCV
#define EM_RISCV 243
#endif
#ifndef EF_RISCV_RVE
#define EF_RISCV_RVE 0x0008
#endif

/* Linux riscv64 AT_HWCAP: one bit per single-letter extension, bit (letter - 'A'). */
#define HWCAP_ISA(c) (1ull << ((c) - 'A'))
#define RV64_HWCAP                                                                                 \
    (HWCAP_ISA('I') | HWCAP_ISA('M') | HWCAP_ISA('A') | HWCAP_ISA('F') | HWCAP_ISA('D') |          \
     HWCAP_ISA('C'))

static uint64_t auxv_guest_addr, auxv_guest_size;
static uint64_t arg_lo, arg_hi, env_lo, env_hi;

static int fail(char *err, size_t errlen, const char *fmt, ...) {
    if (err && errlen) {
        va_list ap;
        va_start(ap, fmt);
        vsnprintf(err, errlen, fmt, ap);
        va_end(ap);
    }
    return -1;
}

static const char *machine_name(unsigned m, char *buf, size_t len) {
    switch (m) {
    case EM_X86_64: return "x86-64";
    case EM_AARCH64: return "AArch64";
    case EM_386: return "i386";
    case EM_ARM: return "ARM";
    case EM_PPC64: return "PowerPC64";
    case EM_PPC: return "PowerPC";
    case EM_S390: return "s390";
    case EM_MIPS: return "MIPS";
    case 258: return "LoongArch";
    default: snprintf(buf, len, "machine %u", m); return buf;
    }
}

/* pread all of len bytes or fail (short file, I/O error). */
static bool pread_full(int fd, void *buf, size_t len, uint64_t off) {
    uint8_t *p = buf;
    while (len > 0) {
        ssize_t n = pread(fd, p, len, (off_t)off);
        if (n < 0 && errno == EINTR) continue;
        if (n <= 0) return false;
        p += n;
        len -= (size_t)n;
        off += (uint64_t)n;
    }
    return true;
}

static int seg_prot(const Elf64_Phdr *ph) {
    return ((ph->p_flags & PF_R) ? PROT_READ : 0) | ((ph->p_flags & PF_W) ? PROT_WRITE : 0) |
           ((ph->p_flags & PF_X) ? PROT_EXEC : 0);
}

static int cmp_u64(const void *a, const void *b) {
    uint64_t x = *(const uint64_t *)a, y = *(const uint64_t *)b;
    return x < y ? -1 : x > y;
}

/* Give every page of [lo, hi) the union protection of the PT_LOADs covering it and unmap the
 * pages none covers. Boundaries are the segments' page edges, so each elementary interval is
 * covered uniformly. Returns 0 or -errno. */
static int apply_segment_prots(const Elf64_Phdr *ph, size_t phnum, uint64_t bias) {
    size_t nload = 0;
    for (size_t i = 0; i < phnum; i++)
        nload += ph[i].p_type == PT_LOAD && ph[i].p_memsz;
    uint64_t *edge = malloc(2 * nload * sizeof *edge);
    if (!edge) return -ENOMEM;
    size_t n = 0;
    for (size_t i = 0; i < phnum; i++) {
        if (ph[i].p_type != PT_LOAD || !ph[i].p_memsz) continue;
        uint64_t v = ph[i].p_vaddr + bias;
        edge[n++] = v & ~(GMEM_PAGE - 1);
        edge[n++] = (v + ph[i].p_memsz + GMEM_PAGE - 1) & ~(GMEM_PAGE - 1);
    }
    qsort(edge, n, sizeof *edge, cmp_u64);
    int ret = 0;
    for (size_t k = 0; k + 1 < n && ret == 0; k++) {
        uint64_t a = edge[k], b = edge[k + 1];
        if (a == b) continue;
        int prot = 0;
        bool covered = false;
        for (size_t i = 0; i < phnum; i++) {
            if (ph[i].p_type != PT_LOAD || !ph[i].p_memsz) continue;
            uint64_t v = ph[i].p_vaddr + bias;
            uint64_t s = v & ~(GMEM_PAGE - 1);
            uint64_t e = (v + ph[i].p_memsz + GMEM_PAGE - 1) & ~(GMEM_PAGE - 1);
            if (s <= a && b <= e) {
                covered = true;
                prot |= seg_prot(&ph[i]);
            }
        }
        ret = covered ? gmem_mprotect(a, b - a, prot) : gmem_munmap(a, b - a);
    }
    free(edge);
    return ret;
}

/* Whether another PT_LOAD than ph[self] covers part of the guest page at `page` (bias applied). */
static bool page_shared(const Elf64_Phdr *ph, size_t phnum, size_t self, uint64_t bias,
                        uint64_t page) {
    for (size_t i = 0; i < phnum; i++) {
        if (i == self || ph[i].p_type != PT_LOAD || !ph[i].p_memsz) continue;
        uint64_t v = ph[i].p_vaddr + bias;
        uint64_t s = v & ~(GMEM_PAGE - 1);
        uint64_t e = (v + ph[i].p_memsz + GMEM_PAGE - 1) & ~(GMEM_PAGE - 1);
        if (page >= s && page < e) return true;
    }
    return false;
}

/* Put the file bytes of PT_LOAD ph[k] into the anonymous read-write memory that covers its pages:
 * every whole page that holds only file bytes of this segment is a private mapping of the file
 * (MAP_FIXED over the anonymous memory: nothing is read until the guest touches it, and pages it
 * never writes stay shared with the page cache), the rest - a last page the bss starts in, which
 * must read as zeros past the file bytes, and a first or last page another segment also covers
 * - is copied in with pread. So is the whole segment if the file cannot be mapped. The last
 * mapped page of a segment whose memory size equals its file size shows the bytes that follow
 * in the file, as Linux shows them. Returns 0 or -1 (short file, I/O error). */
static int load_segment(int fd, const Elf64_Phdr *ph, size_t phnum, size_t k, uint64_t bias) {
    const Elf64_Phdr *p = &ph[k];
    uint64_t v = p->p_vaddr + bias, fend = v + p->p_filesz;
    uint64_t ms = v & ~(GMEM_PAGE - 1);
    uint64_t me = p->p_memsz > p->p_filesz ? fend & ~(GMEM_PAGE - 1)
                                           : (fend + GMEM_PAGE - 1) & ~(GMEM_PAGE - 1);
    if (ms < me && page_shared(ph, phnum, k, bias, ms)) ms += GMEM_PAGE;
    if (ms < me && page_shared(ph, phnum, k, bias, me - GMEM_PAGE)) me -= GMEM_PAGE;
    if (ms < me) {
        uint64_t off = (p->p_offset & ~(GMEM_PAGE - 1)) + (ms - (v & ~(GMEM_PAGE - 1)));
        if (mmap(g2h(ms), me - ms, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_FIXED, fd,
                 (off_t)off) == MAP_FAILED) {
            /* MAP_FIXED may have dropped the anonymous memory: put it back and copy */
            if (mmap(g2h(ms), me - ms, PROT_READ | PROT_WRITE,
                     MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED, -1, 0) == MAP_FAILED)
                return -1;
            ms = me;
        }
    }
    if (ms >= me) return pread_full(fd, g2h(v), p->p_filesz, p->p_offset) ? 0 : -1;
    if (v < ms && !pread_full(fd, g2h(v), (ms < fend ? ms : fend) - v, p->p_offset)) return -1;
    if (me < fend && !pread_full(fd, g2h(me), fend - me, p->p_offset + (me - v))) return -1;
    return 0;
}

/* What load_file produces for the program or the interpreter. */
typedef struct loaded {
    uint64_t entry, bias, phdr, phnum, hi, text_lo, text_hi;
    char interp[sizeof((guest_image *)0)->interp];
    char real[PATH_MAX]; /* the file's canonical name (or the path as given) */
} loaded;

/* Label the file-backed part of every PT_LOAD for /proc/self/maps. Best effort: a label is only
 * cosmetic, so failures are ignored. */
static void label_segments(const Elf64_Phdr *ph, size_t phnum, uint64_t bias, const char *name,
                           const struct stat *st) {
    for (size_t i = 0; i < phnum; i++) {
        if (ph[i].p_type != PT_LOAD || !ph[i].p_filesz) continue;
        uint64_t v = ph[i].p_vaddr + bias, s = v & ~(GMEM_PAGE - 1);
        uint64_t e = (v + ph[i].p_filesz + GMEM_PAGE - 1) & ~(GMEM_PAGE - 1);
        gmem_set_file(s, e - s, name, ph[i].p_offset & ~(GMEM_PAGE - 1), st->st_dev, st->st_ino);
    }
}

/* Load the ELF file `path`: the program (interp false: ET_DYN at ELF_ET_DYN_BASE, brk set up) or
 * an interpreter (interp true: ET_DYN placed like mmap(NULL), no brk, its own PT_INTERP ignored,
 * "cannot open: " left out of the message because the caller names the file). */
static int load_file(const char *path, bool interp, loaded *img, char *err, size_t errlen) {
    memset(img, 0, sizeof *img);
    int fd = open(path, O_RDONLY | O_CLOEXEC);
    if (fd < 0) return fail(err, errlen, "%s%s", interp ? "" : "cannot open: ", strerror(errno));

    int ret = -1;
    Elf64_Phdr *ph = NULL;
    uint64_t map_lo = 0, map_hi = 0; /* guest span mapped so far, undone on failure */
    struct stat st;
    if (fstat(fd, &st) < 0) {
        fail(err, errlen, "cannot stat: %s", strerror(errno));
        goto out;
    }
    if (!S_ISREG(st.st_mode)) {
        fail(err, errlen, "not a regular file");
        goto out;
    }
    uint64_t fsize = (uint64_t)st.st_size;

    /* -- ELF header: checked in the order that gives the most useful message ---------------- */
    Elf64_Ehdr eh;
    memset(&eh, 0, sizeof eh);
    size_t have = fsize < sizeof eh ? (size_t)fsize : sizeof eh;
    if (!pread_full(fd, &eh, have, 0)) {
        fail(err, errlen, "read error: %s", strerror(errno ? errno : EIO));
        goto out;
    }
    if (have < SELFMAG || memcmp(eh.e_ident, ELFMAG, SELFMAG) != 0) {
        fail(err, errlen, "not an ELF file");
        goto out;
    }
    if (have < EI_NIDENT) {
        fail(err, errlen, "truncated ELF header");
        goto out;
    }
    if (eh.e_ident[EI_DATA] != ELFDATA2LSB) {
        fail(err, errlen, "not a little-endian ELF");
        goto out;
    }
    /* e_machine sits at the same offset in 32- and 64-bit headers: name a foreign machine
     * before complaining about the class, "i386" says more than "not a 64-bit ELF". */
    if (have < 20) {
        fail(err, errlen, "truncated ELF header");
        goto out;
    }
    if (eh.e_machine != EM_RISCV) {
        char buf[32];
        fail(err, errlen, "wrong machine: %s (expected RISC-V)",
             machine_name(eh.e_machine, buf, sizeof buf));
        goto out;
    }
    if (eh.e_ident[EI_CLASS] != ELFCLASS64) {
        fail(err, errlen, "not a 64-bit ELF");
        goto out;
    }
    if (have < sizeof eh) {
        fail(err, errlen, "truncated ELF header");
        goto out;
    }
    if (eh.e_version != EV_CURRENT || eh.e_ident[EI_VERSION] != EV_CURRENT) {
        fail(err, errlen, "unsupported ELF version");
        goto out;
    }
    if (eh.e_type != ET_EXEC && eh.e_type != ET_DYN) {
        fail(err, errlen, "not an executable");
        goto out;
    }
    if (eh.e_flags & EF_RISCV_RVE) {
        fail(err, errlen, "RV64E (embedded) binaries are not supported");
        goto out;
    }
    if (eh.e_phentsize != sizeof(Elf64_Phdr)) {
        fail(err, errlen, "bad program header size %u", (unsigned)eh.e_phentsize);
        goto out;
    }
    if (eh.e_phnum == 0 || (size_t)eh.e_phnum * sizeof(Elf64_Phdr) > ELF_MAX_PHDR_BYTES) {
        fail(err, errlen, "bad program header count %u", (unsigned)eh.e_phnum);
        goto out;
    }
    size_t phnum = eh.e_phnum, phbytes = phnum * sizeof(Elf64_Phdr);
    if (eh.e_phoff > fsize || phbytes > fsize - eh.e_phoff) {
        fail(err, errlen, "truncated program headers");
        goto out;
    }
    ph = malloc(phbytes);
    if (!ph) {
        fail(err, errlen, "out of memory");
        goto out;
    }
    if (!pread_full(fd, ph, phbytes, eh.e_phoff)) {
        fail(err, errlen, "truncated program headers");
        goto out;
    }

    /* -- Program headers: validate everything before mapping anything ----------------------- */
    uint64_t lo = UINT64_MAX, hi = 0, max_align = GMEM_PAGE;
    size_t nload = 0;
    const Elf64_Phdr *phdr_seg = NULL;
    for (size_t i = 0; i < phnum; i++) {
        const Elf64_Phdr *p = &ph[i];
        if (p->p_type == PT_PHDR) {
            phdr_seg = p;
        } else if (p->p_type == PT_INTERP && !interp) {
            if (p->p_offset > fsize || p->p_filesz > fsize - p->p_offset) {
                fail(err, errlen, "segment extends past end of file");
                goto out;
            }
            if (p->p_filesz < 2 || p->p_filesz > sizeof img->interp) {
                fail(err, errlen, "bad interpreter path");
                goto out;
            }
            if (!pread_full(fd, img->interp, p->p_filesz, p->p_offset)) {
                fail(err, errlen, "segment extends past end of file");
                goto out;
            }
            img->interp[p->p_filesz - 1] = '\0';
            if (strlen(img->interp) == 0) {
                fail(err, errlen, "bad interpreter path");
                goto out;
            }
        }
        if (p->p_type != PT_LOAD) continue;
        if (p->p_filesz > p->p_memsz) {
            fail(err, errlen, "segment file size exceeds its memory size");
            goto out;
        }
        if (p->p_offset > fsize || p->p_filesz > fsize - p->p_offset) {
            fail(err, errlen, "segment extends past end of file");
            goto out;
        }
        if ((p->p_vaddr & (GMEM_PAGE - 1)) != (p->p_offset & (GMEM_PAGE - 1))) {
            fail(err, errlen, "misaligned segment (vaddr and offset differ modulo the page size)");
            goto out;
        }
        if (p->p_memsz == 0) continue;
        if (p->p_vaddr >= RECOMP_GUEST_SPACE || p->p_memsz > RECOMP_GUEST_SPACE - p->p_vaddr) {
            fail(err, errlen, "segment outside the guest address space");
            goto out;
        }
        nload++;
        uint64_t s = p->p_vaddr & ~(GMEM_PAGE - 1);
        uint64_t e = (p->p_vaddr + p->p_memsz + GMEM_PAGE - 1) & ~(GMEM_PAGE - 1);
        lo = s < lo ? s : lo;
        hi = e > hi ? e : hi;
        /* Only a sane power of two counts as alignment; anything else is ignored like junk. */
        if (p->p_align > max_align && p->p_align <= ELF_MAX_ALIGN &&
            !(p->p_align & (p->p_align - 1)))
            max_align = p->p_align;
    }
    if (nload == 0) {
        fail(err, errlen, "no loadable segments");
        goto out;
    }

    /* ET_DYN goes to ELF_ET_DYN_BASE keeping its offset within its largest alignment; the bias
     * may "wrap" for an image linked high, which is fine in modular arithmetic. An ET_DYN
     * interpreter goes where mmap puts it (below). */
    uint64_t new_lo = lo;
    bool place_free = interp && eh.e_type == ET_DYN;
    if (eh.e_type == ET_DYN && !place_free)
        new_lo = ((ELF_ET_DYN_BASE + max_align - 1) & ~(max_align - 1)) + (lo & (max_align - 1));
    if (!place_free && (new_lo < ELF_MIN_ADDR || new_lo > RECOMP_GUEST_SPACE ||
                        hi - lo > RECOMP_GUEST_SPACE - new_lo)) {
        fail(err, errlen, "segment outside the guest address space");
        goto out;
    }

    /* -- Map, copy, protect ------------------------------------------------------------------ */
    int64_t m = gmem_init();
    uint64_t span = hi - lo;
    const int rw = PROT_READ | PROT_WRITE, anon = MAP_PRIVATE | MAP_ANONYMOUS;
    if (m == 0 && place_free) {
        /* A free range with room to slide up to the alignment, trimmed afterwards. */
        uint64_t extra = max_align - GMEM_PAGE;
        m = span > RECOMP_GUEST_SPACE - extra ? -ENOMEM
                                              : gmem_mmap(0, span + extra, rw, anon, -1, 0, NULL);
        if (m >= 0) {
            uint64_t got = (uint64_t)m;
            new_lo = got + ((lo - got) & (max_align - 1));
            if (new_lo > got) gmem_munmap(got, new_lo - got);
            if (got + span + extra > new_lo + span)
                gmem_munmap(new_lo + span, got + span + extra - (new_lo + span));
        }
    } else if (m == 0) {
        /* The interpreter must not replace anything of the program. */
        m = gmem_mmap(new_lo, span, rw, anon | (interp ? MAP_FIXED_NOREPLACE : MAP_FIXED), -1, 0,
                      NULL);
    }
    if (m < 0) {
        if (m == -EEXIST)
            fail(err, errlen, "segments overlap the program");
        else if (place_free)
            fail(err, errlen, "cannot map %#llx bytes: %s", (unsigned long long)span,
                 strerror((int)-m));
        else
            fail(err, errlen, "cannot map %#llx-%#llx: %s", (unsigned long long)new_lo,
                 (unsigned long long)(new_lo + span), strerror((int)-m));
        goto out;
    }
    uint64_t bias = new_lo - lo;
    hi = new_lo + span;
    lo = new_lo;
    map_lo = lo;
    map_hi = hi;
    img->text_lo = UINT64_MAX;
    for (size_t i = 0; i < phnum; i++) {
        const Elf64_Phdr *p = &ph[i];
        if (p->p_type != PT_LOAD || p->p_memsz == 0) continue;
        if (p->p_filesz && load_segment(fd, ph, phnum, i, bias) < 0) {
            fail(err, errlen, "segment extends past end of file");
            goto out;
        }
        if (p->p_flags & PF_X) {
            uint64_t s = p->p_vaddr + bias, e = s + p->p_memsz;
            img->text_lo = s < img->text_lo ? s : img->text_lo;
            img->text_hi = e > img->text_hi ? e : img->text_hi;
        }
    }
    if (img->text_lo == UINT64_MAX) img->text_lo = 0;
    if (!realpath(path, img->real)) snprintf(img->real, sizeof img->real, "%s", path);
    label_segments(ph, phnum, bias, img->real, &st);
    int r = apply_segment_prots(ph, phnum, bias);
    if (r < 0) {
        fail(err, errlen, "cannot protect segments: %s", strerror(-r));
        goto out;
    }

    /* AT_PHDR: PT_PHDR if present, else the loaded bytes that hold the program headers. */
    if (phdr_seg) {
        img->phdr = phdr_seg->p_vaddr + bias;
    } else {
        for (size_t i = 0; i < phnum; i++) {
            const Elf64_Phdr *p = &ph[i];
            if (p->p_type == PT_LOAD && p->p_offset <= eh.e_phoff &&
                eh.e_phoff + phbytes <= p->p_offset + p->p_filesz) {
                img->phdr = p->p_vaddr + (eh.e_phoff - p->p_offset) + bias;
                break;
            }
        }
    }
    img->phnum = phnum;
    img->entry = eh.e_entry + bias;
    img->bias = bias;
    img->hi = hi;
    ret = 0;
out:
    if (ret < 0) {
        if (map_hi > map_lo) gmem_munmap(map_lo, map_hi - map_lo);
        img->interp[0] = '\0';
    }
    free(ph);
    close(fd);
    return ret;
}

int elf_load(const char *path, guest_image *img, char *err, size_t errlen) {
    memset(img, 0, sizeof *img);
    loaded l;
    if (load_file(path, false, &l, err, errlen) < 0) return -1;
    img->entry = img->start = l.entry;
    img->load_bias = l.bias;
    img->phdr = l.phdr;
    img->phent = sizeof(Elf64_Phdr);
    img->phnum = l.phnum;
    img->brk_start = l.hi;
    img->text_lo = l.text_lo;
    img->text_hi = l.text_hi;
    memcpy(img->interp, l.interp, sizeof img->interp);
    memcpy(img->real, l.real, sizeof img->real);
    gmem_brk_init(l.hi);
    return 0;
}

int elf_load_interp(guest_image *img, char *err, size_t errlen) {
    if (!img->interp[0]) return 0;
    char buf[PATH_MAX], why[200];
    const char *host = sysroot_path(img->interp, buf, sizeof buf);
    loaded l;
    if (load_file(host, true, &l, why, sizeof why) < 0)
        return fail(err, errlen, "cannot load interpreter %s: %s", img->interp, why);
    img->interp_base = l.bias;
    img->interp_entry = l.entry;
    img->start = l.entry;
    return 0;
}

/* -- Initial stack ------------------------------------------------------------------------- */

static void fill_random(uint8_t out[16]) {
    size_t got = 0;
    while (got < 16) {
        ssize_t n = getrandom(out + got, 16 - got, 0);
        if (n < 0 && errno == EINTR) continue;
        if (n <= 0) break;
        got += (size_t)n;
    }
    if (got < 16) {
        /* No getrandom (old kernel, seccomp): weak but still varying bytes beat zeros. */
        struct timespec ts;
        clock_gettime(CLOCK_MONOTONIC, &ts);
        uint64_t x = (uint64_t)ts.tv_nsec * 0x9e3779b97f4a7c15ull ^ (uint64_t)ts.tv_sec ^
                     ((uint64_t)getpid() << 32);
        for (size_t i = got; i < 16; i++) {
            x ^= x << 13, x ^= x >> 7, x ^= x << 17;
            out[i] = (uint8_t)x;
        }
    }
}

static void put_u64(uint64_t gaddr, uint64_t v) {
    memcpy(g2h(gaddr), &v, sizeof v);
}

uint64_t elf_setup_stack(const guest_image *img, int argc, char *const argv[], char *const envp[],
                         const char *execfn) {
    if (argc < 0 || (argc > 0 && !argv)) return 0;
    size_t envc = 0;
    while (envp && envp[envc])
        envc++;
    if (!execfn) execfn = argc > 0 && argv[0] ? argv[0] : "";

    /* Sizes first, so that an oversized argument list is refused before anything is written
     * (Linux: E2BIG past a quarter of the stack). */
    uint64_t strbytes = strlen(execfn) + 1;
    for (int i = 0; i < argc; i++)
        strbytes += (argv[i] ? strlen(argv[i]) : 0) + 1;
    for (size_t i = 0; i < envc; i++)
        strbytes += strlen(envp[i]) + 1;
    if (strbytes > STACK_ARG_MAX || (uint64_t)argc + envc > STACK_ARG_MAX / 8) return 0;

    uint64_t top = GMEM_STACK_TOP, bottom = top - STACK_SIZE;
    if (gmem_init() < 0 || gmem_mmap(bottom, STACK_SIZE, PROT_READ | PROT_WRITE,
                                     MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED, -1, 0, "[stack]") < 0)
        return 0;

    /* Strings, ascending: argv[0..argc), envp[0..envc), execfn, then the final zero word. */
    uint64_t strings = top - 8 - strbytes;
    uint64_t p = strings & ~15ull;
    uint64_t random_addr = p - 16;

    uint64_t auxv[][2] = {
        {AT_HWCAP, RV64_HWCAP},
        {AT_PAGESZ, GMEM_PAGE},
        {AT_CLKTCK, 100},
        {AT_PHDR, img->phdr},
        {AT_PHENT, img->phent},
        {AT_PHNUM, img->phnum},
        {AT_BASE, img->interp_base},
        {AT_FLAGS, 0},
        {AT_ENTRY, img->entry},
        {AT_UID, getuid()},
        {AT_EUID, geteuid()},
        {AT_GID, getgid()},
        {AT_EGID, getegid()},
        {AT_SECURE, 0},
        {AT_RANDOM, random_addr},
        {AT_EXECFN, 0}, /* filled in below */
        {AT_NULL, 0},
    };
    size_t naux = sizeof auxv / sizeof auxv[0];
    uint64_t words = 1 + (uint64_t)argc + 1 + envc + 1 + 2 * naux;
    uint64_t sp = (random_addr - words * 8) & ~15ull;

    uint64_t argv_tab = sp + 8, envp_tab = argv_tab + 8 * ((uint64_t)argc + 1);
    uint64_t auxv_tab = envp_tab + 8 * (envc + 1);
    uint64_t s = strings;
    arg_lo = s;
    for (int i = 0; i < argc; i++) {
        const char *a = argv[i] ? argv[i] : "";
        size_t n = strlen(a) + 1;
        memcpy(g2h(s), a, n);
        put_u64(argv_tab + 8 * (uint64_t)i, s);
        s += n;
    }
    put_u64(argv_tab + 8 * (uint64_t)argc, 0);
    arg_hi = env_lo = s;
    for (size_t i = 0; i < envc; i++) {
        size_t n = strlen(envp[i]) + 1;
        memcpy(g2h(s), envp[i], n);
        put_u64(envp_tab + 8 * i, s);
        s += n;
    }
    put_u64(envp_tab + 8 * envc, 0);
    env_hi = s;
    memcpy(g2h(s), execfn, strlen(execfn) + 1);
    for (size_t i = 0; i < naux; i++)
        if (auxv[i][0] == AT_EXECFN) auxv[i][1] = s;
    put_u64(top - 8, 0);

    uint8_t rnd[16];
    fill_random(rnd);
    memcpy(g2h(random_addr), rnd, sizeof rnd);

    for (size_t i = 0; i < naux; i++) {
        put_u64(auxv_tab + 16 * i, auxv[i][0]);
        put_u64(auxv_tab + 16 * i + 8, auxv[i][1]);
    }
    put_u64(sp, (uint64_t)argc);
    auxv_guest_addr = auxv_tab;
    auxv_guest_size = 16 * naux;
    return sp;
}

uint64_t elf_auxv_addr(void) {
    return auxv_guest_addr;
}
uint64_t elf_auxv_size(void) {
    return auxv_guest_size;
}

void elf_arg_range(uint64_t *start, uint64_t *end) {
    *start = arg_lo;
    *end = arg_hi;
}

void elf_env_range(uint64_t *start, uint64_t *end) {
    *start = env_lo;
    *end = env_hi;
}
