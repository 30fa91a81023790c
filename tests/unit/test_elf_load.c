/*
 * test_elf_load.c - guest memory (gmem) and the ELF loader with the Linux riscv64 initial stack.
 *
 * Malformed inputs are small ELF images built in memory and written to a temporary directory,
 * each checked for its exact one-line error. A real static riscv64 program (and a static-PIE)
 * is compiled at test time with riscv64-linux-gnu-gcc when it is installed; those cases are
 * skipped otherwise. A bounded fuzz loop (truncations and byte flips) makes sure the loader
 * only ever loads or refuses, never crashes.
 *
 * Dynamic programs: the sysroot path rule (sysroot.h) on a private directory tree, interpreter
 * loading with synthetic interpreters placed in such a sysroot (placement, AT_BASE, start pc,
 * one-line errors naming the interpreter), and the real Debian ld.so when the cross sysroot is
 * installed.
 */
#define _GNU_SOURCE
#include <elf.h>
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cmocka.h>

#include "elf_load.h"
#include "gmem.h"
#include "sysroot.h"

#ifndef EM_RISCV
#define EM_RISCV 243
#endif
#ifndef MAP_FIXED_NOREPLACE
#define MAP_FIXED_NOREPLACE 0x100000
#endif

#define PAGE GMEM_PAGE
#define ANON (MAP_PRIVATE | MAP_ANONYMOUS)
#define RW   (PROT_READ | PROT_WRITE)

static char tmpdir[64];
static char real_exe[128], real_pie[128], real_dyn[128];
static bool have_real, have_pie, have_dyn;

/* -- Helpers ------------------------------------------------------------------------------- */

static void path_in_tmp(char *out, size_t len, const char *name) {
    snprintf(out, len, "%s/%s", tmpdir, name);
}

static void write_file(const char *path, const void *data, size_t len) {
    int fd = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0755);
    assert_true(fd >= 0);
    assert_int_equal(write(fd, data, len), (ssize_t)len);
    close(fd);
}

static uint8_t *read_whole(const char *path, size_t *len) {
    int fd = open(path, O_RDONLY);
    assert_true(fd >= 0);
    struct stat st;
    assert_int_equal(fstat(fd, &st), 0);
    uint8_t *buf = malloc((size_t)st.st_size + 1);
    assert_non_null(buf);
    assert_int_equal(pread(fd, buf, (size_t)st.st_size, 0), st.st_size);
    close(fd);
    *len = (size_t)st.st_size;
    return buf;
}

/* Find the area containing addr. */
static bool area_of(uint64_t addr, gmem_area *out) {
    gmem_area a;
    for (size_t i = 0; gmem_area_at(i, &a); i++)
        if (a.start <= addr && addr < a.end) {
            *out = a;
            return true;
        }
    return false;
}

static size_t area_total(void) {
    gmem_area a;
    size_t n = 0;
    while (gmem_area_at(n, &a))
        n++;
    return n;
}

/*
 * A minimal riscv64 ET_EXEC: one R+X segment holding the headers and "code" at 0x10000, one RW
 * segment with 0x100 file bytes and bss up to 0x3000 at 0x21000. Tests corrupt copies of it.
 */
#define MINI_SIZE 0x1100
#define MINI_TEXT 0x10000ull
#define MINI_DATA 0x21000ull

static void build_mini(uint8_t *img) {
    memset(img, 0, MINI_SIZE);
    Elf64_Ehdr eh = {0};
    memcpy(eh.e_ident, ELFMAG, SELFMAG);
    eh.e_ident[EI_CLASS] = ELFCLASS64;
    eh.e_ident[EI_DATA] = ELFDATA2LSB;
    eh.e_ident[EI_VERSION] = EV_CURRENT;
    eh.e_type = ET_EXEC;
    eh.e_machine = EM_RISCV;
    eh.e_version = EV_CURRENT;
    eh.e_entry = MINI_TEXT + 0x200;
    eh.e_phoff = sizeof eh;
    eh.e_ehsize = sizeof eh;
    eh.e_phentsize = sizeof(Elf64_Phdr);
    eh.e_phnum = 3;
    memcpy(img, &eh, sizeof eh);

    Elf64_Phdr ph[3] = {
        {.p_type = PT_LOAD,
         .p_flags = PF_R | PF_X,
         .p_offset = 0,
         .p_vaddr = MINI_TEXT,
         .p_paddr = MINI_TEXT,
         .p_filesz = 0x1000,
         .p_memsz = 0x1000,
         .p_align = 0x1000},
        {.p_type = PT_LOAD,
         .p_flags = PF_R | PF_W,
         .p_offset = 0x1000,
         .p_vaddr = MINI_DATA,
         .p_paddr = MINI_DATA,
         .p_filesz = 0x100,
         .p_memsz = 0x3000,
         .p_align = 0x1000},
        {.p_type = PT_GNU_STACK, .p_flags = PF_R | PF_W},
    };
    memcpy(img + sizeof eh, ph, sizeof ph);
    for (size_t i = 0x200; i < 0x1000; i++)
        img[i] = (uint8_t)(i * 7 + 1);
    for (size_t i = 0x1000; i < MINI_SIZE; i++)
        img[i] = (uint8_t)(i * 13 + 5);
}

static Elf64_Ehdr *mini_eh(uint8_t *img) {
    return (Elf64_Ehdr *)img;
}
static Elf64_Phdr *mini_ph(uint8_t *img, int i) {
    return (Elf64_Phdr *)(img + 64) + i;
}

/* Load `len` bytes of img through a memfd (no disk traffic, which keeps the fuzz loop fast);
 * returns elf_load's result. */
static int load_bytes(const uint8_t *img, size_t len, guest_image *gi, char *err, size_t errlen) {
    int fd = memfd_create("img.elf", MFD_CLOEXEC);
    assert_true(fd >= 0);
    assert_int_equal(write(fd, img, len), (ssize_t)len);
    char path[64];
    snprintf(path, sizeof path, "/proc/self/fd/%d", fd);
    err[0] = '\0';
    int r = elf_load(path, gi, err, errlen);
    close(fd);
    return r;
}

static void expect_error(const uint8_t *img, size_t len, const char *want) {
    guest_image gi;
    char err[160];
    int r = load_bytes(img, len, &gi, err, sizeof err);
    if (r != -1 || strcmp(err, want) != 0) fail_msg("expected \"%s\", got %d \"%s\"", want, r, err);
}

/* -- Fixtures ------------------------------------------------------------------------------ */

static int compile_guest(const char *src, const char *out, const char *flags) {
    char cmd[512];
    snprintf(cmd, sizeof cmd, "riscv64-linux-gnu-gcc %s -O1 -o %s %s >/dev/null 2>&1", flags, out,
             src);
    return system(cmd);
}

static int group_setup(void **state) {
    (void)state;
    snprintf(tmpdir, sizeof tmpdir, "/tmp/test_elf_load.XXXXXX");
    if (!mkdtemp(tmpdir)) return -1;
    if (gmem_init() < 0) return -1;

    char src[128];
    path_in_tmp(src, sizeof src, "prog.c");
    static const char prog[] =
        "#include <stdio.h>\n"
        "int counter = 42;\n"
        "int main(int argc, char **argv) { printf(\"%d %s\\n\", argc, argv[0]);"
        " return counter; }\n";
    write_file(src, prog, sizeof prog - 1);
    path_in_tmp(real_exe, sizeof real_exe, "prog");
    have_real = compile_guest(src, real_exe, "-static") == 0;
    path_in_tmp(real_dyn, sizeof real_dyn, "prog-dyn");
    have_dyn = have_real && compile_guest(src, real_dyn, "-fPIE -pie") == 0;

    /* Debian's cross glibc ships no rcrt1.o, so the static-PIE is a libc-free one. */
    path_in_tmp(src, sizeof src, "nolibc.c");
    static const char nolibc[] = "int data_word = 5; static int bss_arr[1000];\n"
                                 "void _start(void) { bss_arr[3] = data_word; for (;;); }\n";
    write_file(src, nolibc, sizeof nolibc - 1);
    path_in_tmp(real_pie, sizeof real_pie, "nolibc-pie");
    have_pie =
        have_real &&
        compile_guest(src, real_pie, "-static-pie -nostdlib -fPIE -Wl,--no-dynamic-linker") == 0;
    return 0;
}

static int group_teardown(void **state) {
    (void)state;
    char cmd[128];
    snprintf(cmd, sizeof cmd, "rm -rf %s", tmpdir);
    return system(cmd) == 0 ? 0 : -1;
}

static int test_setup(void **state) {
    (void)state;
    gmem_reset();
    return 0;
}

/* -- gmem ---------------------------------------------------------------------------------- */

static void test_gmem_mmap_placement(void **state) {
    (void)state;
    int64_t a = gmem_mmap(0, 3 * PAGE, RW, ANON, -1, 0, NULL);
    assert_int_equal(a, GMEM_MMAP_TOP - 3 * PAGE); /* top-down from GMEM_MMAP_TOP */
    int64_t b = gmem_mmap(0, 100, PROT_READ, ANON, -1, 0, NULL);
    assert_int_equal(b, a - PAGE); /* rounded to a page, directly below */

    /* A free hint is taken (rounded up to a page); an occupied one is not. */
    int64_t c = gmem_mmap(0x100000001ull, PAGE, RW, ANON, -1, 0, NULL);
    assert_int_equal(c, 0x100001000ll);
    int64_t d = gmem_mmap((uint64_t)c, PAGE, RW, ANON, -1, 0, NULL);
    assert_true(d > 0 && d != c);

    /* Memory is really there and zeroed. */
    uint8_t *h = g2h((uint64_t)a);
    assert_int_equal(h[0], 0);
    h[3 * PAGE - 1] = 0x5a;
    assert_true(gmem_check((uint64_t)a, 3 * PAGE, PROT_WRITE));
    assert_false(gmem_check((uint64_t)b, 1, PROT_WRITE));
    assert_true(gmem_check((uint64_t)b, PAGE, PROT_READ));

    gmem_area ar;
    assert_true(area_of((uint64_t)a, &ar));
    assert_int_equal(ar.start, a);
    assert_int_equal(ar.end, a + 3 * PAGE);
    assert_int_equal(ar.prot, RW);
    assert_string_equal(ar.name, "");
}

static void test_gmem_mmap_errors(void **state) {
    (void)state;
    assert_int_equal(gmem_mmap(0, 0, RW, ANON, -1, 0, NULL), -EINVAL);
    assert_int_equal(gmem_mmap(0x100000800ull, PAGE, RW, ANON | MAP_FIXED, -1, 0, NULL), -EINVAL);
    assert_int_equal(gmem_mmap(0, PAGE, RW, MAP_ANONYMOUS, -1, 0, NULL), -EINVAL); /* no type */
    assert_int_equal(gmem_mmap(0, PAGE, RW, ANON, -1, 123, NULL), -EINVAL);        /* offset */
    assert_int_equal(
        gmem_mmap(0, PAGE, RW, MAP_SHARED_VALIDATE | MAP_ANONYMOUS | 0x40, -1, 0, NULL),
        -EOPNOTSUPP);
    assert_int_equal(gmem_mmap(0, PAGE, RW, MAP_PRIVATE, 987654, 0, NULL), -EBADF);
    assert_int_equal(gmem_mmap(PAGE, PAGE, RW, ANON | MAP_FIXED, -1, 0, NULL), -EPERM);
    assert_int_equal(gmem_mmap(RECOMP_GUEST_SPACE, PAGE, RW, ANON | MAP_FIXED, -1, 0, NULL),
                     -ENOMEM);
    assert_int_equal(gmem_mmap(0, RECOMP_GUEST_SPACE + PAGE, RW, ANON, -1, 0, NULL), -ENOMEM);
    assert_int_equal(area_total(), 0);
}

static void test_gmem_fixed_and_noreplace(void **state) {
    (void)state;
    uint64_t base = 0x200000000ull;
    assert_int_equal(gmem_mmap(base, 4 * PAGE, RW, ANON | MAP_FIXED, -1, 0, NULL), base);
    ((uint8_t *)g2h(base))[0] = 1;
    ((uint8_t *)g2h(base + 3 * PAGE))[0] = 3;
    assert_int_equal(gmem_mmap(base + PAGE, PAGE, RW, ANON | MAP_FIXED_NOREPLACE, -1, 0, NULL),
                     -EEXIST);
    assert_int_equal(gmem_mmap(base + 4 * PAGE, PAGE, RW, ANON | MAP_FIXED_NOREPLACE, -1, 0, NULL),
                     base + 4 * PAGE);

    /* MAP_FIXED replaces the middle: the old area is split around a new one. */
    assert_int_equal(gmem_mmap(base + PAGE, 2 * PAGE, PROT_READ, ANON | MAP_FIXED, -1, 0, "x"),
                     base + PAGE);
    gmem_area ar;
    assert_true(area_of(base, &ar));
    assert_int_equal(ar.end, base + PAGE);
    assert_true(area_of(base + PAGE, &ar));
    assert_int_equal(ar.end, base + 3 * PAGE);
    assert_string_equal(ar.name, "x");
    assert_int_equal(ar.prot, PROT_READ);
    assert_true(area_of(base + 3 * PAGE, &ar));
    assert_int_equal(ar.start, base + 3 * PAGE);
    assert_int_equal(ar.end, base + 5 * PAGE); /* merged with the NOREPLACE page */
    assert_int_equal(((uint8_t *)g2h(base))[0], 1);
    assert_int_equal(((uint8_t *)g2h(base + 3 * PAGE))[0], 3);
}

static void test_gmem_munmap_split(void **state) {
    (void)state;
    uint64_t base = 0x300000000ull;
    assert_int_equal(gmem_mmap(base, 8 * PAGE, RW, ANON | MAP_FIXED, -1, 0, NULL), base);
    assert_int_equal(area_total(), 1);
    assert_int_equal(gmem_munmap(base + 2 * PAGE, 3 * PAGE - 10), 0); /* length rounds up */
    assert_int_equal(area_total(), 2);
    assert_true(gmem_check(base, 2 * PAGE, PROT_READ));
    assert_false(gmem_check(base + 2 * PAGE, 1, PROT_READ));
    assert_false(gmem_check(base + PAGE, 2 * PAGE, PROT_READ));
    assert_true(gmem_check(base + 5 * PAGE, 3 * PAGE, RW));
    /* gmem_area_holding (a binary search) agrees with the walk over all areas, across the hole
     * and both edges of each area */
    for (uint64_t a = base - PAGE; a < base + 9 * PAGE; a += PAGE / 2) {
        for (int d = -1; d <= 1; d++) {
            gmem_area x, y;
            bool want = area_of(a + (uint64_t)d, &x), got = gmem_area_holding(a + (uint64_t)d, &y);
            assert_int_equal(got, want);
            if (got) assert_int_equal(y.start, x.start), assert_int_equal(y.end, x.end);
        }
    }

    assert_int_equal(gmem_munmap(base + 1, PAGE), -EINVAL);
    assert_int_equal(gmem_munmap(base, 0), -EINVAL);
    assert_int_equal(gmem_munmap(0x400000000ull, PAGE), 0); /* nothing there: fine */
    assert_int_equal(gmem_munmap(base, 8 * PAGE), 0);
    assert_int_equal(area_total(), 0);
    /* Re-reserved, not given back to the host: mapping it again by hint lands there. */
    assert_int_equal(gmem_mmap(base, PAGE, RW, ANON, -1, 0, NULL), base);
}

static void test_gmem_mprotect(void **state) {
    (void)state;
    uint64_t base = 0x500000000ull;
    assert_int_equal(gmem_mmap(base, 6 * PAGE, RW, ANON | MAP_FIXED, -1, 0, NULL), base);
    assert_int_equal(gmem_mprotect(base + 2 * PAGE, 2 * PAGE, PROT_READ), 0);
    assert_int_equal(area_total(), 3);
    assert_false(gmem_check(base + 2 * PAGE, 1, PROT_WRITE));
    assert_true(gmem_check(base + 2 * PAGE, 2 * PAGE, PROT_READ));
    assert_false(gmem_check(base, 6 * PAGE, PROT_WRITE));
    assert_true(gmem_check(base, 6 * PAGE, PROT_READ));

    /* Back to RW: the three areas merge again. */
    assert_int_equal(gmem_mprotect(base + 2 * PAGE, 2 * PAGE, RW), 0);
    assert_int_equal(area_total(), 1);

    /* A hole anywhere in the range: ENOMEM and nothing changes. */
    assert_int_equal(gmem_munmap(base + 3 * PAGE, PAGE), 0);
    assert_int_equal(gmem_mprotect(base, 6 * PAGE, PROT_READ), -ENOMEM);
    assert_true(gmem_check(base, 3 * PAGE, PROT_WRITE));
    assert_int_equal(gmem_mprotect(base + 3 * PAGE, PAGE, PROT_READ), -ENOMEM);
    assert_int_equal(gmem_mprotect(base + 1, PAGE, PROT_READ), -EINVAL);
    assert_int_equal(gmem_mprotect(base, PAGE, 0x100), -EINVAL);
    assert_int_equal(gmem_mprotect(base, 0, PROT_READ), 0);
    assert_int_equal(gmem_mprotect(base, PAGE, PROT_NONE), 0);
    assert_false(gmem_check(base, 1, PROT_READ));
}

static void test_gmem_brk(void **state) {
    (void)state;
    uint64_t start = 0x80000ull;
    gmem_brk_init(start - 100); /* rounded up to a page */
    assert_int_equal(gmem_brk(0), start);
    assert_int_equal(gmem_brk(start - PAGE), start); /* below the start: refused */
    assert_int_equal(gmem_brk(start + 10000), start + 10000);
    assert_true(gmem_check(start, 3 * PAGE, RW));
    assert_false(gmem_check(start + 3 * PAGE, 1, PROT_READ));
    gmem_area ar;
    assert_true(area_of(start, &ar));
    assert_string_equal(ar.name, "[heap]");
    ((uint8_t *)g2h(start + 10000))[-1] = 7;

    assert_int_equal(gmem_brk(start + 5 * PAGE), start + 5 * PAGE);
    assert_true(area_of(start, &ar));
    assert_int_equal(ar.end, start + 5 * PAGE); /* one merged [heap] */

    /* Shrink unmaps whole pages past the new break. */
    assert_int_equal(gmem_brk(start + PAGE + 1), start + PAGE + 1);
    assert_true(gmem_check(start, 2 * PAGE, RW));
    assert_false(gmem_check(start + 2 * PAGE, 1, PROT_READ));

    /* Growing into another mapping (or its guard page) fails with the old break. */
    assert_int_equal(gmem_mmap(start + 8 * PAGE, PAGE, RW, ANON | MAP_FIXED, -1, 0, NULL),
                     start + 8 * PAGE);
    assert_int_equal(gmem_brk(start + 8 * PAGE), start + PAGE + 1);
    assert_int_equal(gmem_brk(start + 7 * PAGE), start + 7 * PAGE);
    assert_int_equal(gmem_brk(start), start);
    assert_false(gmem_check(start, 1, PROT_READ));
    assert_int_equal(gmem_brk_start(), start);
}

static void test_gmem_check_strlen(void **state) {
    (void)state;
    uint64_t base = 0x600000000ull;
    assert_int_equal(gmem_mmap(base, 2 * PAGE, RW, ANON | MAP_FIXED, -1, 0, NULL), base);
    char *h = g2h(base);
    memset(h, 'a', 2 * PAGE);
    assert_int_equal(gmem_strlen(base), -EFAULT); /* runs into the unmapped page after */
    h[2 * PAGE - 1] = '\0';
    assert_int_equal(gmem_strlen(base), 2 * PAGE - 1);
    assert_int_equal(gmem_strlen(base + PAGE + 10), PAGE - 11);
    h[5] = '\0';
    assert_int_equal(gmem_strlen(base), 5);
    assert_int_equal(gmem_strlen(base + 2 * PAGE), -EFAULT);
    assert_int_equal(gmem_strlen(0), -EFAULT);
    assert_int_equal(gmem_strlen(RECOMP_GUEST_SPACE - 1), -EFAULT);

    assert_true(gmem_check(base, 0, PROT_WRITE));
    assert_false(gmem_check(base - 1, 2, PROT_READ));
    assert_false(gmem_check(base, 2 * PAGE + 1, PROT_READ));
    assert_false(gmem_check(UINT64_MAX - 4, 8, PROT_READ));
    assert_false(gmem_check(RECOMP_GUEST_SPACE, 1, PROT_READ));
}

/* The host protection of the mapping that holds p, as /proc/self/maps shows it ("rw-p"). */
static void host_perms(const void *p, char out[5]) {
    FILE *f = fopen("/proc/self/maps", "r");
    assert_non_null(f);
    char line[512];
    out[0] = 0;
    while (fgets(line, sizeof line, f)) {
        unsigned long lo, hi;
        char perms[5];
        if (sscanf(line, "%lx-%lx %4s", &lo, &hi, perms) == 3 && (uintptr_t)p >= lo &&
            (uintptr_t)p < hi) {
            memcpy(out, perms, 5);
            break;
        }
    }
    fclose(f);
    assert_true(out[0] != 0);
}

static uint64_t hook_addr, hook_len;
static int hook_calls;
static void record_write_hook(uint64_t addr, uint64_t len) {
    hook_calls++;
    hook_addr = addr;
    hook_len = len;
    gmem_write_unprotect(addr, len);
}

/* Write-protection of guest-writable pages (the AOT cache's, for code in RWX segments): only the
 * host view changes; gmem_check(PROT_WRITE) calls the hook first; the mark moves with mremap and
 * mprotect ends it. */
static void test_gmem_write_protect(void **state) {
    (void)state;
    const int rwx = RW | PROT_EXEC;
    uint64_t base = 0x720000000ull;
    char perms[5];
    assert_int_equal(gmem_mmap(base, 4 * PAGE, rwx, ANON | MAP_FIXED, -1, 0, NULL), base);
    assert_int_equal(
        gmem_mmap(base + 4 * PAGE, PAGE, PROT_READ | PROT_EXEC, ANON | MAP_FIXED, -1, 0, NULL),
        base + 4 * PAGE);
    assert_false(gmem_write_protected(base, 5 * PAGE));
    /* only the guest-writable pages: 2 of the 3 asked for */
    assert_int_equal(gmem_write_protect(base + 2 * PAGE, 3 * PAGE), 2);
    assert_true(gmem_write_protect_used());
    host_perms(g2h(base + 2 * PAGE), perms);
    assert_string_equal(perms, "r--p");
    host_perms(g2h(base + PAGE), perms);
    assert_string_equal(perms, "rw-p");
    assert_true(gmem_write_protected(base + 3 * PAGE, 1));
    assert_false(gmem_write_protected(base, 2 * PAGE));
    assert_true(gmem_writable_any(base + 3 * PAGE, 2 * PAGE));
    assert_false(gmem_writable_any(base + 4 * PAGE, PAGE));
    gmem_area ar;
    assert_true(area_of(base + 2 * PAGE, &ar));
    assert_int_equal(ar.prot, rwx); /* the guest's view is unchanged */
    assert_true(ar.wp);

    /* a write announced through gmem_check: the hook runs first, for that range */
    gmem_write_hook = record_write_hook;
    hook_calls = 0;
    assert_true(gmem_check(base + PAGE, 8, PROT_WRITE)); /* no protected page there */
    assert_int_equal(hook_calls, 0);
    assert_true(gmem_check(base + 2 * PAGE + 16, 8, PROT_READ)); /* not a write */
    assert_int_equal(hook_calls, 0);
    assert_true(gmem_check(base + 2 * PAGE + 16, 8, PROT_WRITE));
    assert_int_equal(hook_calls, 1);
    assert_int_equal(hook_addr, base + 2 * PAGE + 16);
    assert_int_equal(hook_len, 8);
    host_perms(g2h(base + 2 * PAGE), perms);
    assert_string_equal(perms, "rw-p");
    ((uint8_t *)g2h(base + 2 * PAGE))[0] = 1; /* writable again */
    assert_false(gmem_write_protected(base + 2 * PAGE, PAGE));
    assert_true(gmem_write_protected(base + 3 * PAGE, PAGE));
    gmem_write_hook = NULL;

    /* the mark moves with the memory */
    uint64_t dst = 0x728000000ull;
    assert_int_equal(gmem_mremap(base + 3 * PAGE, PAGE, PAGE, MREMAP_MAYMOVE | MREMAP_FIXED, dst),
                     dst);
    assert_true(gmem_write_protected(dst, PAGE));
    host_perms(g2h(dst), perms);
    assert_string_equal(perms, "r--p");
    /* mprotect ends it (the host protection is the guest's again) */
    assert_int_equal(gmem_mprotect(dst, PAGE, rwx), 0);
    assert_false(gmem_write_protected(dst, PAGE));
    host_perms(g2h(dst), perms);
    assert_string_equal(perms, "rw-p");
    /* unprotecting a read-only range: nothing to do */
    assert_false(gmem_write_unprotect(base + 4 * PAGE, PAGE));
    assert_true(gmem_write_unprotect(base, PAGE));
}

static void test_gmem_mremap(void **state) {
    (void)state;
    uint64_t base = 0x700000000ull;
    assert_int_equal(gmem_mmap(base, 2 * PAGE, RW, ANON | MAP_FIXED, -1, 0, NULL), base);
    ((uint8_t *)g2h(base))[0] = 0x11;
    ((uint8_t *)g2h(base + PAGE))[0] = 0x22;

    /* Grow in place while the space after is free. */
    assert_int_equal(gmem_mremap(base, 2 * PAGE, 4 * PAGE, 0, 0), base);
    assert_true(gmem_check(base, 4 * PAGE, RW));
    assert_int_equal(area_total(), 1);
    assert_int_equal(((uint8_t *)g2h(base + PAGE))[0], 0x22);
    assert_int_equal(((uint8_t *)g2h(base + 3 * PAGE))[0], 0);

    /* Blocked: ENOMEM without MAYMOVE, a move with it. */
    assert_int_equal(gmem_mmap(base + 4 * PAGE, PAGE, PROT_READ, ANON | MAP_FIXED, -1, 0, NULL),
                     base + 4 * PAGE);
    assert_int_equal(gmem_mremap(base, 4 * PAGE, 6 * PAGE, 0, 0), -ENOMEM);
    int64_t moved = gmem_mremap(base, 4 * PAGE, 6 * PAGE, MREMAP_MAYMOVE, 0);
    assert_true(moved > 0 && (uint64_t)moved != base);
    assert_int_equal(((uint8_t *)g2h((uint64_t)moved))[0], 0x11);
    assert_int_equal(((uint8_t *)g2h((uint64_t)moved + PAGE))[0], 0x22);
    assert_false(gmem_check(base, 1, PROT_READ));
    assert_true(gmem_check((uint64_t)moved, 6 * PAGE, RW));

    /* Shrink, then FIXED move. */
    assert_int_equal(gmem_mremap((uint64_t)moved, 6 * PAGE, 2 * PAGE, 0, 0), moved);
    assert_false(gmem_check((uint64_t)moved + 2 * PAGE, 1, PROT_READ));
    uint64_t dst = 0x710000000ull;
    assert_int_equal(
        gmem_mremap((uint64_t)moved, 2 * PAGE, 2 * PAGE, MREMAP_MAYMOVE | MREMAP_FIXED, dst), dst);
    assert_int_equal(((uint8_t *)g2h(dst + PAGE))[0], 0x22);
    gmem_area ar;
    assert_true(area_of(dst, &ar));
    assert_int_equal(ar.prot, RW);

    /* Errors. */
    assert_int_equal(gmem_mremap(dst, 3 * PAGE, 4 * PAGE, MREMAP_MAYMOVE, 0), -EFAULT);
    assert_int_equal(gmem_mremap(0x720000000ull, PAGE, 2 * PAGE, MREMAP_MAYMOVE, 0), -EFAULT);
    assert_int_equal(gmem_mremap(dst, PAGE, 2 * PAGE, MREMAP_FIXED, dst + 8 * PAGE), -EINVAL);
    assert_int_equal(gmem_mremap(dst, 2 * PAGE, PAGE, MREMAP_MAYMOVE | MREMAP_FIXED, dst + PAGE),
                     -EINVAL);
    assert_int_equal(gmem_mremap(dst + 1, PAGE, 2 * PAGE, MREMAP_MAYMOVE, 0), -EINVAL);
    assert_int_equal(gmem_mremap(dst, PAGE, 0, MREMAP_MAYMOVE, 0), -EINVAL);
}

static void test_gmem_file_mapping(void **state) {
    (void)state;
    char path[128];
    path_in_tmp(path, sizeof path, "data.bin");
    uint8_t buf[2 * 4096];
    for (size_t i = 0; i < sizeof buf; i++)
        buf[i] = (uint8_t)i;
    write_file(path, buf, sizeof buf);
    int fd = open(path, O_RDWR);
    assert_true(fd >= 0);

    int64_t a = gmem_mmap(0, PAGE, PROT_READ, MAP_PRIVATE, fd, PAGE, NULL);
    assert_true(a > 0);
    assert_memory_equal(g2h((uint64_t)a), buf + PAGE, PAGE);
    gmem_area ar;
    assert_true(area_of((uint64_t)a, &ar));
    assert_string_equal(ar.name, path); /* named after the file */

    int64_t s = gmem_mmap(0, PAGE, RW, MAP_SHARED, fd, 0, "shared");
    assert_true(s > 0);
    ((uint8_t *)g2h((uint64_t)s))[0] = 0xee; /* MAP_SHARED writes reach the file */
    uint8_t c = 0;
    assert_int_equal(pread(fd, &c, 1, 0), 1);
    assert_int_equal(c, 0xee);
    close(fd);
}

/* -- ELF loader: synthetic images ---------------------------------------------------------- */

static void test_load_minimal(void **state) {
    (void)state;
    static uint8_t img[MINI_SIZE];
    build_mini(img);
    guest_image gi;
    char err[160];
    assert_int_equal(load_bytes(img, MINI_SIZE, &gi, err, sizeof err), 0);
    assert_int_equal(gi.entry, MINI_TEXT + 0x200);
    assert_int_equal(gi.load_bias, 0);
    assert_int_equal(gi.phdr, MINI_TEXT + 64); /* no PT_PHDR: found inside the text segment */
    assert_int_equal(gi.phent, sizeof(Elf64_Phdr));
    assert_int_equal(gi.phnum, 3);
    assert_int_equal(gi.brk_start, MINI_DATA + 0x3000);
    assert_int_equal(gi.text_lo, MINI_TEXT);
    assert_int_equal(gi.text_hi, MINI_TEXT + 0x1000);
    assert_string_equal(gi.interp, "");
    assert_int_equal(gmem_brk(0), MINI_DATA + 0x3000);

    assert_memory_equal(g2h(MINI_TEXT), img, 0x1000);
    assert_memory_equal(g2h(MINI_DATA), img + 0x1000, 0x100);
    const uint8_t *bss = g2h(MINI_DATA + 0x100);
    for (size_t i = 0; i < 0x3000 - 0x100; i++)
        assert_int_equal(bss[i], 0);

    gmem_area ar;
    assert_true(area_of(MINI_TEXT, &ar));
    assert_int_equal(ar.prot, PROT_READ | PROT_EXEC);
    assert_int_equal(ar.end, MINI_TEXT + 0x1000);
    assert_true(area_of(MINI_DATA + 0x2fff, &ar));
    assert_int_equal(ar.prot, RW);
    assert_false(gmem_check(MINI_TEXT + 0x1000, 1, PROT_READ)); /* the gap is not mapped */
    assert_false(gmem_check(MINI_DATA - 1, 1, PROT_READ));
    assert_true(gmem_check(MINI_TEXT, 1, PROT_EXEC));
    assert_false(gmem_check(MINI_TEXT, 1, PROT_WRITE));
}

/* Whether the host mapping that holds p is a file mapping (a non-zero inode in /proc/self/maps). */
static bool host_file_backed(const void *p) {
    FILE *f = fopen("/proc/self/maps", "r");
    assert_non_null(f);
    char line[512];
    bool found = false, file = false;
    while (!found && fgets(line, sizeof line, f)) {
        unsigned long lo, hi, ino;
        if (sscanf(line, "%lx-%lx %*s %*s %*s %lu", &lo, &hi, &ino) == 3 && (uintptr_t)p >= lo &&
            (uintptr_t)p < hi) {
            found = true;
            file = ino != 0;
        }
    }
    fclose(f);
    assert_true(found);
    return file;
}

/* Segments are file mappings where whole file pages allow it: the bytes are the file's, a page
 * written by the guest is its own copy, the page where the bss starts is copied (zeros after the
 * file bytes), and a page two segments share with different file pages behind them gets the
 * bytes of both. */
static void test_load_file_pages(void **state) {
    (void)state;
    enum { SIZE = 0x5000 };
    static uint8_t img[SIZE];
    build_mini(img);
    for (size_t i = 0x1000; i < SIZE; i++)
        img[i] = (uint8_t)(i * 13 + 5);
    /* text [0x10000, 0x11000) from offset 0; data at 0x21000 from offset 0x1000: 0x2100 file
     * bytes (two whole pages and a partial one), bss to 0x5000; a third segment sharing the
     * data's last page, at 0x24800 from offset 0x4800 (another file page than the data's) */
    Elf64_Phdr *d = mini_ph(img, 1);
    d->p_filesz = 0x2100;
    d->p_memsz = 0x3400;
    Elf64_Phdr *e = mini_ph(img, 2);
    *e = (Elf64_Phdr){.p_type = PT_LOAD,
                      .p_flags = PF_R,
                      .p_offset = 0x4800,
                      .p_vaddr = MINI_DATA + 0x3800,
                      .p_filesz = 0x100,
                      .p_memsz = 0x100,
                      .p_align = 0x1000};
    guest_image gi;
    char err[160];
    int fd = memfd_create("img.elf", MFD_CLOEXEC);
    assert_true(fd >= 0);
    assert_int_equal(write(fd, img, SIZE), SIZE);
    char path[64];
    snprintf(path, sizeof path, "/proc/self/fd/%d", fd);
    assert_int_equal(elf_load(path, &gi, err, sizeof err), 0);

    assert_memory_equal(g2h(MINI_TEXT), img, 0x1000);
    assert_true(host_file_backed(g2h(MINI_TEXT)));
    assert_memory_equal(g2h(MINI_DATA), img + 0x1000, 0x2100);
    assert_true(host_file_backed(g2h(MINI_DATA)));
    assert_true(host_file_backed(g2h(MINI_DATA + 0x1000)));
    assert_false(host_file_backed(g2h(MINI_DATA + 0x2000))); /* where the bss starts */
    for (uint64_t a = MINI_DATA + 0x2100; a < MINI_DATA + 0x3400; a++)
        assert_int_equal(((uint8_t *)g2h(a))[0], 0);
    assert_memory_equal(g2h(MINI_DATA + 0x3800), img + 0x4800, 0x100);

    /* a guest store goes to a private copy, not to the file */
    ((uint8_t *)g2h(MINI_DATA + 0x10))[0] ^= 0xff;
    uint8_t b;
    assert_int_equal(pread(fd, &b, 1, 0x1010), 1);
    assert_int_equal(b, img[0x1010]);
    assert_int_equal(((uint8_t *)g2h(MINI_DATA + 0x10))[0], (uint8_t)(img[0x1010] ^ 0xff));
    close(fd);
    /* the mapping does not depend on the descriptor */
    assert_memory_equal(g2h(MINI_DATA + 0x1000), img + 0x2000, 0x1000);
}

static void test_load_pie_interp_overlap(void **state) {
    (void)state;
    static uint8_t img[MINI_SIZE];
    guest_image gi;
    char err[160];

    /* ET_DYN linked at 0: placed at ELF_ET_DYN_BASE. */
    build_mini(img);
    mini_eh(img)->e_type = ET_DYN;
    mini_eh(img)->e_entry = 0x200;
    mini_ph(img, 0)->p_vaddr = 0;
    mini_ph(img, 1)->p_vaddr = 0x11000;
    assert_int_equal(load_bytes(img, MINI_SIZE, &gi, err, sizeof err), 0);
    assert_int_equal(gi.load_bias, 0x2aaaaaa000ull);
    assert_int_equal(gi.entry, 0x2aaaaaa200ull);
    assert_int_equal(gi.phdr, 0x2aaaaaa040ull);
    assert_int_equal(gi.brk_start, 0x2aaaaaa000ull + 0x14000);
    assert_memory_equal(g2h(gi.entry), img + 0x200, 16);

    /* PT_INTERP recorded; PT_PHDR preferred for AT_PHDR. */
    gmem_reset();
    build_mini(img);
    Elf64_Phdr *p = mini_ph(img, 2);
    p->p_type = PT_INTERP;
    p->p_offset = 0x300;
    p->p_filesz = sizeof "/lib/ld-linux-riscv64-lp64d.so.1";
    memcpy(img + 0x300, "/lib/ld-linux-riscv64-lp64d.so.1", p->p_filesz);
    assert_int_equal(load_bytes(img, MINI_SIZE, &gi, err, sizeof err), 0);
    assert_string_equal(gi.interp, "/lib/ld-linux-riscv64-lp64d.so.1");
    p->p_type = PT_PHDR;
    p->p_vaddr = MINI_TEXT + 0x40;
    gmem_reset();
    assert_int_equal(load_bytes(img, MINI_SIZE, &gi, err, sizeof err), 0);
    assert_string_equal(gi.interp, "");
    assert_int_equal(gi.phdr, MINI_TEXT + 0x40);

    /* Two segments sharing a page get the union of their protections. */
    gmem_reset();
    build_mini(img);
    mini_ph(img, 0)->p_filesz = mini_ph(img, 0)->p_memsz = 0x800;
    /* Data right after the text, in the same page: 0x10800 from file offset 0x800. */
    mini_ph(img, 1)->p_vaddr = MINI_TEXT + 0x800;
    mini_ph(img, 1)->p_offset = 0x800;
    mini_ph(img, 1)->p_filesz = 0x100;
    mini_ph(img, 1)->p_memsz = 0x1900;
    assert_int_equal(load_bytes(img, MINI_SIZE, &gi, err, sizeof err), 0);
    gmem_area ar;
    assert_true(area_of(MINI_TEXT, &ar));
    assert_int_equal(ar.prot, PROT_READ | PROT_WRITE | PROT_EXEC);
    assert_int_equal(ar.end, MINI_TEXT + 0x1000);
    assert_true(area_of(MINI_TEXT + 0x1000, &ar));
    assert_int_equal(ar.prot, RW);
    assert_int_equal(ar.end, MINI_TEXT + 0x3000);
    assert_memory_equal(g2h(MINI_TEXT + 0x800), img + 0x800, 0x100);
    assert_int_equal(((uint8_t *)g2h(MINI_TEXT + 0x900))[0], 0); /* bss of the second segment */
}

static void test_load_errors(void **state) {
    (void)state;
    static uint8_t img[MINI_SIZE], orig[MINI_SIZE];
    build_mini(orig);
    guest_image gi;
    char err[160];

    char missing[128];
    path_in_tmp(missing, sizeof missing, "does-not-exist");
    assert_int_equal(elf_load(missing, &gi, err, sizeof err), -1);
    assert_string_equal(err, "cannot open: No such file or directory");
    assert_int_equal(elf_load(tmpdir, &gi, err, sizeof err), -1);
    assert_string_equal(err, "not a regular file");

    expect_error((const uint8_t *)"#!/bin/sh\necho hi\n", 18, "not an ELF file");
    expect_error(orig, 0, "not an ELF file");
    expect_error(orig, 3, "not an ELF file");
    expect_error(orig, 10, "truncated ELF header");
    expect_error(orig, 40, "truncated ELF header");
    expect_error(orig, 64, "truncated program headers");
    expect_error(orig, 64 + 56 * 3 - 1, "truncated program headers");

    memcpy(img, orig, MINI_SIZE);
    img[EI_CLASS] = ELFCLASS32;
    expect_error(img, MINI_SIZE, "not a 64-bit ELF");
    img[EI_DATA] = ELFDATA2MSB;
    expect_error(img, MINI_SIZE, "not a little-endian ELF");

    struct {
        uint16_t m;
        int cls;
        const char *msg;
    } machines[] = {
        {EM_X86_64, ELFCLASS64, "wrong machine: x86-64 (expected RISC-V)"},
        {EM_AARCH64, ELFCLASS64, "wrong machine: AArch64 (expected RISC-V)"},
        {EM_386, ELFCLASS32, "wrong machine: i386 (expected RISC-V)"},
        {EM_ARM, ELFCLASS32, "wrong machine: ARM (expected RISC-V)"},
        {4242, ELFCLASS64, "wrong machine: machine 4242 (expected RISC-V)"},
    };
    for (size_t i = 0; i < sizeof machines / sizeof machines[0]; i++) {
        memcpy(img, orig, MINI_SIZE);
        img[EI_CLASS] = (uint8_t)machines[i].cls;
        mini_eh(img)->e_machine = machines[i].m;
        expect_error(img, MINI_SIZE, machines[i].msg);
    }

    memcpy(img, orig, MINI_SIZE);
    mini_eh(img)->e_type = ET_REL;
    expect_error(img, MINI_SIZE, "not an executable");
    mini_eh(img)->e_type = ET_CORE;
    expect_error(img, MINI_SIZE, "not an executable");

    memcpy(img, orig, MINI_SIZE);
    mini_eh(img)->e_phnum = 0;
    expect_error(img, MINI_SIZE, "bad program header count 0");
    mini_eh(img)->e_phnum = 2000;
    expect_error(img, MINI_SIZE, "bad program header count 2000");
    memcpy(img, orig, MINI_SIZE);
    mini_eh(img)->e_phentsize = 32;
    expect_error(img, MINI_SIZE, "bad program header size 32");
    memcpy(img, orig, MINI_SIZE);
    mini_eh(img)->e_phoff = MINI_SIZE - 100;
    expect_error(img, MINI_SIZE, "truncated program headers");
    mini_eh(img)->e_phoff = UINT64_MAX - 10;
    expect_error(img, MINI_SIZE, "truncated program headers");

    memcpy(img, orig, MINI_SIZE);
    expect_error(img, 0x1080, "segment extends past end of file");
    mini_ph(img, 1)->p_offset = UINT64_MAX - 0x7ff; /* keeps the page congruence */
    mini_ph(img, 1)->p_vaddr = MINI_DATA + 0x800;
    expect_error(img, MINI_SIZE, "segment extends past end of file");

    memcpy(img, orig, MINI_SIZE);
    mini_ph(img, 1)->p_filesz = 0x4000;
    expect_error(img, MINI_SIZE, "segment file size exceeds its memory size");
    memcpy(img, orig, MINI_SIZE);
    mini_ph(img, 1)->p_vaddr += 8;
    expect_error(img, MINI_SIZE,
                 "misaligned segment (vaddr and offset differ modulo the page size)");
    memcpy(img, orig, MINI_SIZE);
    mini_ph(img, 1)->p_vaddr = RECOMP_GUEST_SPACE - 0x1000;
    expect_error(img, MINI_SIZE, "segment outside the guest address space");
    mini_ph(img, 1)->p_vaddr = UINT64_MAX - 0xfff;
    expect_error(img, MINI_SIZE, "segment outside the guest address space");
    memcpy(img, orig, MINI_SIZE);
    mini_ph(img, 0)->p_vaddr = 0; /* ET_EXEC at page 0 */
    expect_error(img, MINI_SIZE, "segment outside the guest address space");
    memcpy(img, orig, MINI_SIZE);
    mini_ph(img, 0)->p_type = PT_NOTE;
    mini_ph(img, 1)->p_type = PT_NOTE;
    expect_error(img, MINI_SIZE, "no loadable segments");
    memcpy(img, orig, MINI_SIZE);
    mini_ph(img, 2)->p_type = PT_INTERP;
    mini_ph(img, 2)->p_offset = 0x300;
    mini_ph(img, 2)->p_filesz = 300; /* longer than guest_image.interp */
    expect_error(img, MINI_SIZE, "bad interpreter path");
    memcpy(img, orig, MINI_SIZE);
    mini_eh(img)->e_flags = 0x8; /* EF_RISCV_RVE */
    expect_error(img, MINI_SIZE, "RV64E (embedded) binaries are not supported");

    /* A refused load leaves nothing mapped behind. */
    assert_int_equal(area_total(), 0);
}

/* -- ELF loader: real binaries and the initial stack ---------------------------------------- */

static void check_file_segments(const char *path, const guest_image *gi) {
    size_t len;
    uint8_t *file = read_whole(path, &len);
    Elf64_Ehdr eh;
    memcpy(&eh, file, sizeof eh);
    assert_int_equal(gi->entry, eh.e_entry + gi->load_bias);
    assert_int_equal(gi->phnum, eh.e_phnum);
    assert_memory_equal(g2h(gi->phdr), file + eh.e_phoff, eh.e_phnum * sizeof(Elf64_Phdr));
    uint64_t maxend = 0;
    for (int i = 0; i < eh.e_phnum; i++) {
        Elf64_Phdr ph;
        memcpy(&ph, file + eh.e_phoff + i * sizeof ph, sizeof ph);
        if (ph.p_type != PT_LOAD) continue;
        uint64_t v = ph.p_vaddr + gi->load_bias;
        assert_true(gmem_check(v, ph.p_memsz, PROT_READ));
        if (ph.p_flags & PF_W) assert_true(gmem_check(v, ph.p_memsz, PROT_WRITE));
        if (ph.p_flags & PF_X) {
            assert_true(gi->text_lo <= v && v + ph.p_memsz <= gi->text_hi);
            assert_true(gmem_check(v, ph.p_memsz, PROT_EXEC));
        }
        assert_memory_equal(g2h(v), file + ph.p_offset, ph.p_filesz);
        for (uint64_t k = ph.p_filesz; k < ph.p_memsz; k++)
            assert_int_equal(((uint8_t *)g2h(v))[k], 0);
        if (v + ph.p_memsz > maxend) maxend = v + ph.p_memsz;
    }
    assert_int_equal(gi->brk_start, (maxend + PAGE - 1) & ~(PAGE - 1));
    free(file);
}

static uint64_t rd64(uint64_t g) {
    uint64_t v;
    memcpy(&v, g2h(g), sizeof v);
    return v;
}

static bool auxv_get(uint64_t auxv, uint64_t type, uint64_t *val) {
    for (uint64_t a = auxv;; a += 16) {
        if (rd64(a) == type) {
            *val = rd64(a + 8);
            return true;
        }
        if (rd64(a) == AT_NULL) return false;
    }
}

static void test_load_real_static(void **state) {
    (void)state;
    if (!have_real) skip();
    guest_image gi;
    char err[160];
    assert_int_equal(elf_load(real_exe, &gi, err, sizeof err), 0);
    assert_int_equal(gi.load_bias, 0);
    assert_string_equal(gi.interp, "");
    check_file_segments(real_exe, &gi);

    char *argv[] = {"prog", "hello", "", "world with spaces", NULL};
    char *envp[] = {"A=1", "PATH=/usr/bin", NULL};
    uint64_t sp = elf_setup_stack(&gi, 4, argv, envp, "/guest/prog");
    assert_true(sp != 0);
    assert_int_equal(sp & 15, 0);
    assert_true(sp > GMEM_STACK_TOP - (8ull << 20) && sp < GMEM_STACK_TOP);
    gmem_area ar;
    assert_true(area_of(sp, &ar));
    assert_string_equal(ar.name, "[stack]");
    assert_int_equal(ar.end, GMEM_STACK_TOP);
    assert_int_equal(ar.start, GMEM_STACK_TOP - (8ull << 20));

    assert_int_equal(rd64(sp), 4);
    for (int i = 0; i < 4; i++) {
        uint64_t s = rd64(sp + 8 + 8 * i);
        assert_int_equal(gmem_strlen(s), (int64_t)strlen(argv[i]));
        assert_string_equal((char *)g2h(s), argv[i]);
    }
    assert_int_equal(rd64(sp + 8 + 8 * 4), 0);
    uint64_t envtab = sp + 8 + 8 * 5;
    for (int i = 0; i < 2; i++)
        assert_string_equal((char *)g2h(rd64(envtab + 8 * i)), envp[i]);
    assert_int_equal(rd64(envtab + 16), 0);
    uint64_t auxv = envtab + 24;
    assert_int_equal(elf_auxv_addr(), auxv);
    assert_true(elf_auxv_size() >= 16 * 10 && elf_auxv_size() % 16 == 0);
    assert_int_equal(rd64(auxv + elf_auxv_size() - 16), AT_NULL);

    struct {
        uint64_t type, val;
    } want[] = {
        {AT_PHDR, gi.phdr},   {AT_PHENT, 56},
        {AT_PHNUM, gi.phnum}, {AT_PAGESZ, 4096},
        {AT_BASE, 0},         {AT_FLAGS, 0},
        {AT_ENTRY, gi.entry}, {AT_UID, getuid()},
        {AT_EUID, geteuid()}, {AT_GID, getgid()},
        {AT_EGID, getegid()}, {AT_SECURE, 0},
        {AT_CLKTCK, 100},     {AT_HWCAP, 0x112d /* IMAFDC */},
    };
    for (size_t i = 0; i < sizeof want / sizeof want[0]; i++) {
        uint64_t v = 0;
        if (!auxv_get(auxv, want[i].type, &v))
            fail_msg("auxv type %llu missing", (unsigned long long)want[i].type);
        assert_int_equal(v, want[i].val);
    }
    uint64_t rnd = 0, execfn = 0;
    assert_true(auxv_get(auxv, AT_RANDOM, &rnd));
    assert_true(rnd > auxv + elf_auxv_size() && rnd + 16 <= GMEM_STACK_TOP);
    assert_true(gmem_check(rnd, 16, PROT_READ | PROT_WRITE));
    static const uint8_t zero[16];
    assert_true(memcmp(g2h(rnd), zero, 16) != 0);
    assert_true(auxv_get(auxv, AT_EXECFN, &execfn));
    assert_string_equal((char *)g2h(execfn), "/guest/prog");
    assert_int_equal(execfn + sizeof "/guest/prog", GMEM_STACK_TOP - 8); /* at the very top */
    assert_int_equal(rd64(GMEM_STACK_TOP - 8), 0);
    /* Strings ascend from argv[0]: the last env string sits right below execfn. */
    assert_int_equal(rd64(envtab + 8) + sizeof "PATH=/usr/bin", execfn);

    /* Empty argv/envp and a NULL execfn still give a valid stack. */
    sp = elf_setup_stack(&gi, 0, NULL, NULL, NULL);
    assert_true(sp != 0 && (sp & 15) == 0);
    assert_int_equal(rd64(sp), 0);
    assert_int_equal(rd64(sp + 8), 0);
    assert_int_equal(rd64(sp + 16), 0);
    assert_int_equal(elf_auxv_addr(), sp + 24);
}

static void test_load_real_static_pie(void **state) {
    (void)state;
    if (!have_pie) skip();
    guest_image gi;
    char err[160];
    assert_int_equal(elf_load(real_pie, &gi, err, sizeof err), 0);
    assert_int_equal(gi.load_bias, 0x2aaaaaa000ull);
    assert_string_equal(gi.interp, "");
    check_file_segments(real_pie, &gi);
    assert_true(gi.entry >= gi.text_lo && gi.entry < gi.text_hi);
}

static void test_load_real_dynamic(void **state) {
    (void)state;
    if (!have_dyn) skip();
    guest_image gi;
    char err[160];
    /* Loaded and its interpreter recorded: refusing or running it is the caller's decision. */
    assert_int_equal(elf_load(real_dyn, &gi, err, sizeof err), 0);
    assert_string_equal(gi.interp, "/lib/ld-linux-riscv64-lp64d.so.1");
    assert_int_equal(gi.load_bias, 0x2aaaaaa000ull);
    check_file_segments(real_dyn, &gi);
}

static void test_stack_too_big(void **state) {
    (void)state;
    guest_image gi = {0};
    size_t big = 3u << 20;
    char *s = malloc(big);
    assert_non_null(s);
    memset(s, 'x', big - 1);
    s[big - 1] = '\0';
    char *argv[] = {s, NULL};
    assert_int_equal(elf_setup_stack(&gi, 1, argv, NULL, "x"), 0);
    free(s);
}

/* -- gmem: file offsets and labels ---------------------------------------------------------- */

static void test_gmem_file_offsets(void **state) {
    (void)state;
    char path[128];
    path_in_tmp(path, sizeof path, "offsets.bin");
    static uint8_t buf[8 * 4096];
    write_file(path, buf, sizeof buf);
    int fd = open(path, O_RDONLY);
    assert_true(fd >= 0);
    struct stat st;
    assert_int_equal(fstat(fd, &st), 0);

    uint64_t base = 0x800000000ull;
    assert_int_equal(
        gmem_mmap(base, 4 * PAGE, PROT_READ, MAP_PRIVATE | MAP_FIXED, fd, 2 * PAGE, NULL), base);
    gmem_area ar;
    assert_true(area_of(base, &ar));
    assert_int_equal(ar.offset, 2 * PAGE);
    assert_int_equal(ar.dev, st.st_dev);
    assert_int_equal(ar.ino, st.st_ino);
    assert_false(ar.flags & MAP_ANONYMOUS);

    /* A split keeps each part's own file offset; undoing it merges the file areas again. */
    assert_int_equal(gmem_mprotect(base + PAGE, PAGE, PROT_READ | PROT_EXEC), 0);
    assert_int_equal(area_total(), 3);
    assert_true(area_of(base + PAGE, &ar));
    assert_int_equal(ar.offset, 3 * PAGE);
    assert_true(area_of(base + 3 * PAGE, &ar));
    assert_int_equal(ar.offset, 4 * PAGE);
    assert_int_equal(gmem_mprotect(base + PAGE, PAGE, PROT_READ), 0);
    assert_int_equal(area_total(), 1);

    /* The same file mapped again right after, but not where the file continues: two areas. */
    assert_int_equal(
        gmem_mmap(base + 4 * PAGE, PAGE, PROT_READ, MAP_PRIVATE | MAP_FIXED, fd, 0, NULL),
        base + 4 * PAGE);
    assert_int_equal(area_total(), 2);
    /* A move keeps the offset of what moved. */
    uint64_t dst = 0x810000000ull;
    assert_int_equal(gmem_mremap(base + 2 * PAGE, PAGE, PAGE, MREMAP_MAYMOVE | MREMAP_FIXED, dst),
                     dst);
    assert_true(area_of(dst, &ar));
    assert_int_equal(ar.offset, 4 * PAGE);
    assert_string_equal(ar.name, path);
    close(fd);

    /* Anonymous memory labelled as a file (what the ELF loader does with copied segments). */
    uint64_t lab = 0x820000000ull;
    assert_int_equal(gmem_mmap(lab, 3 * PAGE, RW, ANON | MAP_FIXED, -1, 0, NULL), lab);
    size_t n0 = area_total();
    assert_int_equal(gmem_set_file(lab + PAGE, PAGE, "/x/lib.so", 5 * PAGE, 7, 99), 0);
    assert_int_equal(area_total(), n0 + 2);
    assert_true(area_of(lab + PAGE, &ar));
    assert_string_equal(ar.name, "/x/lib.so");
    assert_int_equal(ar.offset, 5 * PAGE);
    assert_int_equal(ar.dev, 7);
    assert_int_equal(ar.ino, 99);
    assert_int_equal(ar.start, lab + PAGE);
    assert_int_equal(ar.end, lab + 2 * PAGE);
    assert_true(area_of(lab, &ar));
    assert_string_equal(ar.name, "");
    assert_true(ar.flags & MAP_ANONYMOUS);
    assert_int_equal(gmem_set_file(lab + 2 * PAGE, PAGE, "/x/lib.so", 6 * PAGE, 7, 99), 0);
    assert_true(area_of(lab + PAGE, &ar));
    assert_int_equal(ar.end, lab + 3 * PAGE); /* continues the file: merged */
    assert_int_equal(gmem_set_file(lab + 2 * PAGE, 2 * PAGE, "/x", 0, 0, 0), -ENOMEM);
    assert_int_equal(gmem_set_file(lab + 1, PAGE, "/x", 0, 0, 0), -EINVAL);
    assert_int_equal(gmem_set_file(lab, PAGE, "/x", 1, 0, 0), -EINVAL);
}

/* -- sysroot --------------------------------------------------------------------------------- */

/* Create the file root/rel (and its directories) with the given bytes. */
static void put_in_tree(const char *root, const char *rel, const void *data, size_t len) {
    char path[256], cmd[320];
    snprintf(path, sizeof path, "%s%s", root, rel);
    snprintf(cmd, sizeof cmd, "mkdir -p \"$(dirname '%s')\"", path);
    assert_int_equal(system(cmd), 0);
    write_file(path, data, len);
}

static void test_sysroot_set_get(void **state) {
    (void)state;
    sysroot_set(NULL);
    assert_null(sysroot_get());
    sysroot_set("");
    assert_null(sysroot_get());
    sysroot_set("/");
    assert_null(sysroot_get());
    sysroot_set("///");
    assert_null(sysroot_get());
    sysroot_set("/nonexistent/root/");
    assert_string_equal(sysroot_get(), "/nonexistent/root");

    char want[PATH_MAX + 64], dir[256];
    path_in_tmp(dir, sizeof dir, "sr-a");
    assert_int_equal(mkdir(dir, 0755), 0);
    snprintf(want, sizeof want, "%s/", dir);
    sysroot_set(want); /* existing: canonical, no trailing slash */
    char real[PATH_MAX];
    assert_non_null(realpath(dir, real));
    assert_string_equal(sysroot_get(), real);

    /* Relative: made absolute against the cwd. */
    char cwd[PATH_MAX];
    assert_non_null(getcwd(cwd, sizeof cwd));
    assert_int_equal(chdir(tmpdir), 0);
    sysroot_set("sr-a");
    assert_string_equal(sysroot_get(), real);
    sysroot_set("not-there"); /* cannot be resolved: cwd + name */
    char tmpreal[PATH_MAX];
    assert_non_null(realpath(tmpdir, tmpreal));
    snprintf(want, sizeof want, "%s/not-there", tmpreal);
    assert_string_equal(sysroot_get(), want);
    assert_int_equal(chdir(cwd), 0);

    /* Start-up precedence: option, then the environment, then the default directory. */
    setenv(SYSROOT_ENV, dir, 1);
    sysroot_init("/opt/given");
    assert_string_equal(sysroot_get(), "/opt/given");
    sysroot_init(NULL);
    assert_string_equal(sysroot_get(), real);
    setenv(SYSROOT_ENV, "", 1);
    sysroot_init(NULL);
    assert_null(sysroot_get()); /* set but empty: explicitly none */
    unsetenv(SYSROOT_ENV);
    sysroot_init(NULL);
    struct stat st;
    if (stat(SYSROOT_DEFAULT, &st) == 0 && S_ISDIR(st.st_mode))
        assert_string_equal(sysroot_get(), SYSROOT_DEFAULT);
    else
        assert_null(sysroot_get());
    sysroot_set(NULL);
}

static void test_sysroot_path_rule(void **state) {
    (void)state;
    char root[256], buf[PATH_MAX], want[PATH_MAX + 64];
    path_in_tmp(root, sizeof root, "sr-b");
    put_in_tree(root, "/lib/libfoo.so.1", "x", 1);
    put_in_tree(root, "/proc/self/maps", "x", 1);
    put_in_tree(root, "/dev/null", "x", 1);
    put_in_tree(root, "/sys/kernel/x", "x", 1);
    put_in_tree(root, "/procfs/x", "x", 1);

    assert_true(sysroot_applies("/lib/x"));
    assert_true(sysroot_applies("/"));
    assert_true(sysroot_applies("/procfs/x"));
    assert_false(sysroot_applies("lib/x"));
    assert_false(sysroot_applies(""));
    assert_false(sysroot_applies(NULL));
    assert_false(sysroot_applies("/proc"));
    assert_false(sysroot_applies("/proc/self/exe"));
    assert_false(sysroot_applies("/dev/null"));
    assert_false(sysroot_applies("/sys/kernel/x"));

    /* No sysroot: every path is its own. */
    sysroot_set(NULL);
    assert_string_equal(sysroot_path("/lib/libfoo.so.1", buf, sizeof buf), "/lib/libfoo.so.1");

    sysroot_set(root);
    const char *r = sysroot_get();
    snprintf(want, sizeof want, "%s/lib/libfoo.so.1", r);
    const char *got = sysroot_path("/lib/libfoo.so.1", buf, sizeof buf);
    assert_ptr_equal(got, buf);
    assert_string_equal(got, want);
    snprintf(want, sizeof want, "%s/lib", r);
    assert_string_equal(sysroot_path("/lib", buf, sizeof buf), want); /* directories too */
    strcat(want, "/");
    assert_string_equal(sysroot_path("/lib/", buf, sizeof buf), want); /* kept as written */
    snprintf(want, sizeof want, "%s/procfs/x", r);
    assert_string_equal(sysroot_path("/procfs/x", buf, sizeof buf), want);

    /* Missing below the sysroot: the host path, unchanged (same pointer). */
    const char *miss = "/lib/libmissing.so";
    assert_ptr_equal(sysroot_path(miss, buf, sizeof buf), miss);
    const char *etc = "/etc/passwd";
    assert_ptr_equal(sysroot_path(etc, buf, sizeof buf), etc);
    /* Relative paths and the host's live trees are never redirected. */
    const char *rel = "lib/libfoo.so.1";
    assert_ptr_equal(sysroot_path(rel, buf, sizeof buf), rel);
    const char *maps = "/proc/self/maps";
    assert_ptr_equal(sysroot_path(maps, buf, sizeof buf), maps);
    const char *dnull = "/dev/null";
    assert_ptr_equal(sysroot_path(dnull, buf, sizeof buf), dnull);
    const char *sys = "/sys/kernel/x";
    assert_ptr_equal(sysroot_path(sys, buf, sizeof buf), sys);
    /* A result that does not fit the buffer falls back to the guest path. */
    char small[8];
    const char *foo = "/lib/libfoo.so.1";
    assert_ptr_equal(sysroot_path(foo, small, sizeof small), foo);
    sysroot_set(NULL);
}

/* -- Interpreter loading ------------------------------------------------------------------- */

/* A program (the mini ET_EXEC) whose PT_INTERP names `interp`, written to tmpdir/name. */
static void write_program_with_interp(const char *name, const char *interp, char *out,
                                      size_t outlen) {
    static uint8_t img[MINI_SIZE];
    build_mini(img);
    Elf64_Phdr *p = mini_ph(img, 2);
    p->p_type = PT_INTERP;
    p->p_offset = 0x300;
    p->p_filesz = strlen(interp) + 1;
    memcpy(img + 0x300, interp, p->p_filesz);
    path_in_tmp(out, outlen, name);
    write_file(out, img, MINI_SIZE);
}

/* A mini image as an ET_DYN interpreter linked at 0 (entry 0x200), with p_align `align`. */
static void build_mini_interp(uint8_t *img, uint64_t align) {
    build_mini(img);
    mini_eh(img)->e_type = ET_DYN;
    mini_eh(img)->e_entry = 0x200;
    mini_ph(img, 0)->p_vaddr = 0;
    mini_ph(img, 0)->p_align = align;
    mini_ph(img, 1)->p_vaddr = 0x11000;
    mini_ph(img, 1)->p_align = align;
}

static void test_load_interp(void **state) {
    (void)state;
    char root[256], prog[256], err[256];
    path_in_tmp(root, sizeof root, "sr-interp");
    static uint8_t interp[MINI_SIZE];
    build_mini_interp(interp, 0x10000);
    put_in_tree(root, "/lib/ld-test.so.1", interp, MINI_SIZE);
    write_program_with_interp("prog-interp", "/lib/ld-test.so.1", prog, sizeof prog);
    sysroot_set(root);

    guest_image gi;
    assert_int_equal(elf_load(prog, &gi, err, sizeof err), 0);
    assert_string_equal(gi.interp, "/lib/ld-test.so.1");
    assert_int_equal(gi.start, gi.entry); /* until the interpreter is loaded */
    assert_int_equal(gi.interp_base, 0);
    assert_int_equal(elf_load_interp(&gi, err, sizeof err), 0);

    /* Placed like mmap(NULL): top-down below GMEM_MMAP_TOP, aligned to its p_align. */
    uint64_t base = gi.interp_base;
    assert_int_equal(base & 0xffff, 0);
    assert_true(base + 0x14000 <= GMEM_MMAP_TOP && base > GMEM_MMAP_TOP - 0x100000);
    assert_int_equal(gi.interp_entry, base + 0x200);
    assert_int_equal(gi.start, base + 0x200);
    assert_int_equal(gi.entry, MINI_TEXT + 0x200); /* the program's entry is kept for AT_ENTRY */
    assert_memory_equal(g2h(base + 0x200), interp + 0x200, 0x100);
    assert_memory_equal(g2h(base + 0x11000), interp + 0x1000, 0x100);
    assert_true(gmem_check(base, 0x1000, PROT_READ | PROT_EXEC));
    assert_true(gmem_check(base + 0x11000, 0x3000, RW));
    assert_false(gmem_check(base + 0x1000, 1, PROT_READ)); /* the hole is unmapped */
    assert_int_equal(gmem_brk(0), MINI_DATA + 0x3000);     /* brk is the program's */

    /* Shown as the file in /proc/self/maps: name (canonical), offsets, inode. */
    char real[PATH_MAX], file[300];
    snprintf(file, sizeof file, "%s/lib/ld-test.so.1", root);
    assert_non_null(realpath(file, real));
    struct stat st;
    assert_int_equal(stat(real, &st), 0);
    gmem_area ar;
    assert_true(area_of(base, &ar));
    assert_string_equal(ar.name, real);
    assert_int_equal(ar.offset, 0);
    assert_int_equal(ar.ino, st.st_ino);
    assert_int_equal(ar.prot, PROT_READ | PROT_EXEC);
    assert_true(area_of(base + 0x11000, &ar));
    assert_string_equal(ar.name, real);
    assert_int_equal(ar.offset, 0x1000);
    assert_int_equal(ar.end, base + 0x12000);
    assert_true(area_of(base + 0x12000, &ar)); /* bss beyond the file page: anonymous */
    assert_string_equal(ar.name, "");
    assert_true(ar.flags & MAP_ANONYMOUS);
    assert_true(area_of(MINI_TEXT, &ar)); /* the program too */
    assert_non_null(realpath(prog, real));
    assert_string_equal(ar.name, real);

    /* The auxv tells ld.so where everything is. */
    char *argv[] = {"prog", NULL};
    uint64_t sp = elf_setup_stack(&gi, 1, argv, NULL, prog);
    assert_true(sp != 0);
    uint64_t auxv = elf_auxv_addr(), v = 0;
    assert_true(auxv_get(auxv, AT_BASE, &v));
    assert_int_equal(v, base);
    assert_true(auxv_get(auxv, AT_ENTRY, &v));
    assert_int_equal(v, MINI_TEXT + 0x200);
    assert_true(auxv_get(auxv, AT_PHDR, &v));
    assert_int_equal(v, gi.phdr);
    assert_true(auxv_get(auxv, AT_PHNUM, &v));
    assert_int_equal(v, 3);

    /* Static programs: nothing to do. */
    gmem_reset();
    guest_image st_gi = {0};
    assert_int_equal(elf_load_interp(&st_gi, err, sizeof err), 0);
    assert_int_equal(st_gi.interp_base, 0);
    sysroot_set(NULL);
}

static void test_load_interp_errors(void **state) {
    (void)state;
    char root[256], prog[256], err[256];
    path_in_tmp(root, sizeof root, "sr-bad");
    put_in_tree(root, "/lib/ld-text.so", "#!/bin/sh\n", 10);
    static uint8_t img[MINI_SIZE];
    build_mini(img);
    mini_eh(img)->e_machine = EM_X86_64;
    put_in_tree(root, "/lib/ld-x86.so", img, MINI_SIZE);
    build_mini(img); /* ET_EXEC at the program's own addresses */
    put_in_tree(root, "/lib/ld-overlap.so", img, MINI_SIZE);
    sysroot_set(root);

    struct {
        const char *interp, *msg;
    } cases[] = {
        {"/lib/ld-missing.so.1",
         "cannot load interpreter /lib/ld-missing.so.1: No such file or directory"},
        {"/lib/ld-text.so", "cannot load interpreter /lib/ld-text.so: not an ELF file"},
        {"/lib/ld-x86.so",
         "cannot load interpreter /lib/ld-x86.so: wrong machine: x86-64 (expected RISC-V)"},
        {"/lib", "cannot load interpreter /lib: not a regular file"},
        {"/lib/ld-overlap.so",
         "cannot load interpreter /lib/ld-overlap.so: segments overlap the program"},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        gmem_reset();
        write_program_with_interp("prog-bad", cases[i].interp, prog, sizeof prog);
        guest_image gi;
        assert_int_equal(elf_load(prog, &gi, err, sizeof err), 0);
        size_t before = area_total();
        err[0] = '\0';
        assert_int_equal(elf_load_interp(&gi, err, sizeof err), -1);
        assert_string_equal(err, cases[i].msg);
        assert_int_equal(area_total(), before); /* nothing left behind, the program intact */
        assert_int_equal(gi.start, gi.entry);
        assert_memory_equal(g2h(MINI_TEXT), img, 64);
    }

    /* Without a sysroot the guest path is the host path. */
    gmem_reset();
    sysroot_set(NULL);
    write_program_with_interp("prog-bad", "/nonexistent/ld.so", prog, sizeof prog);
    guest_image gi;
    assert_int_equal(elf_load(prog, &gi, err, sizeof err), 0);
    assert_int_equal(elf_load_interp(&gi, err, sizeof err), -1);
    assert_string_equal(err,
                        "cannot load interpreter /nonexistent/ld.so: No such file or directory");
}

static void test_load_real_dynamic_interp(void **state) {
    (void)state;
    char ld[PATH_MAX];
    snprintf(ld, sizeof ld, "%s/lib/ld-linux-riscv64-lp64d.so.1", SYSROOT_DEFAULT);
    if (!have_dyn || access(ld, R_OK) != 0) skip();
    sysroot_set(SYSROOT_DEFAULT);
    guest_image gi;
    char err[256];
    assert_int_equal(elf_load(real_dyn, &gi, err, sizeof err), 0);
    assert_int_equal(elf_load_interp(&gi, err, sizeof err), 0);
    assert_true(gi.interp_base != 0 && (gi.interp_base & (PAGE - 1)) == 0);
    /* Nowhere near the program and its brk. */
    assert_true(gi.interp_base > gi.brk_start + (1ull << 30));
    guest_image as_prog = {0};
    /* The interpreter's bytes are in place: compare through the loader's own checker. */
    as_prog.load_bias = gi.interp_base;
    size_t len;
    uint8_t *file = read_whole(ld, &len);
    Elf64_Ehdr eh;
    memcpy(&eh, file, sizeof eh);
    assert_int_equal(gi.interp_entry, eh.e_entry + gi.interp_base);
    assert_int_equal(gi.start, gi.interp_entry);
    for (int i = 0; i < eh.e_phnum; i++) {
        Elf64_Phdr ph;
        memcpy(&ph, file + eh.e_phoff + i * sizeof ph, sizeof ph);
        if (ph.p_type != PT_LOAD) continue;
        uint64_t v = ph.p_vaddr + gi.interp_base;
        assert_memory_equal(g2h(v), file + ph.p_offset, ph.p_filesz);
        if (ph.p_flags & PF_X) assert_true(gmem_check(v, ph.p_memsz, PROT_EXEC));
        if (ph.p_flags & PF_W) assert_true(gmem_check(v, ph.p_memsz, PROT_WRITE));
    }
    free(file);
    (void)as_prog;
    sysroot_set(NULL);
}

static void test_stack_arg_env_ranges(void **state) {
    (void)state;
    guest_image gi = {0};
    char *argv[] = {"a", "bc", "", NULL};
    char *envp[] = {"X=1", "YY=22", NULL};
    assert_true(elf_setup_stack(&gi, 3, argv, envp, "/p") != 0);
    uint64_t lo, hi;
    elf_arg_range(&lo, &hi);
    assert_int_equal(hi - lo, sizeof "a" + sizeof "bc" + sizeof "");
    assert_memory_equal(g2h(lo), "a\0bc\0\0", hi - lo);
    elf_env_range(&lo, &hi);
    assert_int_equal(hi - lo, sizeof "X=1" + sizeof "YY=22");
    assert_memory_equal(g2h(lo), "X=1\0YY=22\0", hi - lo);
}

/* -- Fuzzing: truncations and byte flips never crash --------------------------------------- */

static uint64_t rng_state = 0x9e3779b97f4a7c15ull;
static uint64_t rng(void) {
    rng_state ^= rng_state << 13;
    rng_state ^= rng_state >> 7;
    rng_state ^= rng_state << 17;
    return rng_state;
}

static void fuzz_one(const uint8_t *img, size_t len) {
    guest_image gi;
    char err[160];
    int r = load_bytes(img, len, &gi, err, sizeof err);
    assert_true(r == 0 || r == -1);
    if (r == -1) assert_true(err[0] != '\0');
    gmem_reset();
}

static void fuzz_image(const uint8_t *orig, size_t len, int rounds) {
    uint8_t *img = malloc(len);
    assert_non_null(img);
    size_t step = len > 4096 ? len / 300 : 1;
    for (size_t cut = 0; cut < len; cut += (cut < 512 ? 1 : step))
        fuzz_one(orig, cut);

    /* Byte flips where they matter: the ELF header and the program headers. */
    Elf64_Ehdr eh;
    memcpy(&eh, orig, sizeof eh);
    size_t hot = eh.e_phoff + (size_t)eh.e_phnum * sizeof(Elf64_Phdr);
    if (hot > len) hot = len;
    for (int r = 0; r < rounds; r++) {
        memcpy(img, orig, len);
        int flips = 1 + (int)(rng() % 4);
        for (int f = 0; f < flips; f++) {
            size_t at = (size_t)(rng() % hot);
            switch (rng() % 4) {
            case 0: img[at] ^= (uint8_t)(1u << (rng() % 8)); break;
            case 1: img[at] = (uint8_t)rng(); break;
            case 2: img[at] = 0xff; break;
            default: img[at] = 0; break;
            }
        }
        fuzz_one(img, len);
    }
    free(img);
}

static void test_fuzz_loader(void **state) {
    (void)state;
    static uint8_t img[MINI_SIZE];
    int scale = getenv("FUZZ_LONG") ? 50 : 1; /* make check-fuzz runs much longer */
    build_mini(img);
    fuzz_image(img, MINI_SIZE, 3000 * scale);
    const char *reals[] = {have_real ? real_exe : NULL, have_pie ? real_pie : NULL,
                           have_dyn ? real_dyn : NULL};
    for (size_t i = 0; i < sizeof reals / sizeof reals[0]; i++) {
        if (!reals[i]) continue;
        size_t len;
        uint8_t *file = read_whole(reals[i], &len);
        fuzz_image(file, len, 1000 * scale);
        free(file);
    }
}

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test_setup(test_gmem_mmap_placement, test_setup),
        cmocka_unit_test_setup(test_gmem_mmap_errors, test_setup),
        cmocka_unit_test_setup(test_gmem_fixed_and_noreplace, test_setup),
        cmocka_unit_test_setup(test_gmem_munmap_split, test_setup),
        cmocka_unit_test_setup(test_gmem_mprotect, test_setup),
        cmocka_unit_test_setup(test_gmem_brk, test_setup),
        cmocka_unit_test_setup(test_gmem_check_strlen, test_setup),
        cmocka_unit_test_setup(test_gmem_mremap, test_setup),
        cmocka_unit_test_setup(test_gmem_write_protect, test_setup),
        cmocka_unit_test_setup(test_gmem_file_mapping, test_setup),
        cmocka_unit_test_setup(test_gmem_file_offsets, test_setup),
        cmocka_unit_test_setup(test_sysroot_set_get, test_setup),
        cmocka_unit_test_setup(test_sysroot_path_rule, test_setup),
        cmocka_unit_test_setup(test_load_minimal, test_setup),
        cmocka_unit_test_setup(test_load_file_pages, test_setup),
        cmocka_unit_test_setup(test_load_pie_interp_overlap, test_setup),
        cmocka_unit_test_setup(test_load_errors, test_setup),
        cmocka_unit_test_setup(test_load_real_static, test_setup),
        cmocka_unit_test_setup(test_load_real_static_pie, test_setup),
        cmocka_unit_test_setup(test_load_real_dynamic, test_setup),
        cmocka_unit_test_setup(test_load_interp, test_setup),
        cmocka_unit_test_setup(test_load_interp_errors, test_setup),
        cmocka_unit_test_setup(test_load_real_dynamic_interp, test_setup),
        cmocka_unit_test_setup(test_stack_arg_env_ranges, test_setup),
        cmocka_unit_test_setup(test_stack_too_big, test_setup),
        cmocka_unit_test_setup(test_fuzz_loader, test_setup),
    };
    return cmocka_run_group_tests(tests, group_setup, group_teardown);
}
