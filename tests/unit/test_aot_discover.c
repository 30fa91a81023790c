/*
 * test_aot_discover.c - the AOT compiler's ELF reader and static code discovery (aot_discover.h).
 *
 * Real guests come from the build directory this binary was built in (BUILD/tests/test_* ->
 * BUILD/guest/{O0,O2,dyn}/...; `make check` builds them first); their cases are skipped when a
 * guest is missing. The sysroot's libc.so.6 is used when the cross toolchain is installed.
 *
 * - static hello: entry and main found, coverage, blocks sorted and inside code;
 * - jump tables (switch_table: 40-case dense switches, PIC 4-byte relative tables in all
 *   variants): every byte of `dense` is covered only when jump tables are discovered;
 * - ET_DYN (dyn/hello): link-time addresses, PT_INTERP, DT_NEEDED; libc.so.6: soname, coverage;
 * - extra (profile) roots; aot_fetch and aot_symbol_at;
 * - malformed inputs: non-ELF, empty, directory, missing file, x86-64, 32-bit, big-endian,
 *   mutated headers (each with its exact one-line message), truncation at many lengths, and a
 *   bounded random byte-flip loop: aot_open returns -1 with one line or succeeds, and discovery
 *   of whatever it accepts never crashes (the suite also runs under ASan/UBSan).
 */
#define _GNU_SOURCE
#include <elf.h>
#include <fcntl.h>
#include <libgen.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include <cmocka.h>

#include "aot_discover.h"
#include "hostfn.h"
#include "lift.h"

static char build_dir[512];
static char tmpdir[64];
static const char *libc_path = "/usr/riscv64-linux-gnu/lib/libc.so.6";

/* -- Helpers ------------------------------------------------------------------------------- */

static void guest_path(char *out, size_t len, const char *variant, const char *name) {
    snprintf(out, len, "%s/guest/%s/%s", build_dir, variant, name);
}

static bool exists(const char *path) {
    return access(path, R_OK) == 0;
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

static void write_file(const char *path, const void *data, size_t len) {
    int fd = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0644);
    assert_true(fd >= 0);
    assert_int_equal(write(fd, data, len), (ssize_t)len);
    close(fd);
}

/* Open a guest or skip the test when it is not built. */
static void open_guest(const char *variant, const char *name, aot_image *img) {
    char path[600], err[256];
    guest_path(path, sizeof path, variant, name);
    if (!exists(path)) {
        print_message("note: %s not built, skipped\n", path);
        skip();
    }
    if (aot_open(path, img, err, sizeof err) < 0) fail_msg("aot_open %s: %s", path, err);
}

static const aot_symbol *find_sym(const aot_image *img, const char *name) {
    for (size_t i = 0; i < img->n_syms; i++)
        if (!strcmp(img->syms[i].name, name)) return &img->syms[i];
    return NULL;
}

/* The blocks are sorted, unique, even and executable. */
static void check_blocks(const aot_image *img, const aot_discovery *d) {
    assert_true(d->n_blocks > 0);
    for (size_t i = 0; i < d->n_blocks; i++) {
        if (i) assert_true(d->blocks[i - 1] < d->blocks[i]);
        assert_int_equal(d->blocks[i] & 1, 0);
        assert_true(aot_in_exec(img, d->blocks[i], 2));
    }
    assert_true(d->covered_bytes <= d->exec_bytes);
    size_t sum = 0;
    for (int s = 0; s < AOT_SRC_COUNT; s++) {
        assert_true(d->n_new_by_source[s] <= d->n_roots_by_source[s]);
        sum += d->n_new_by_source[s];
    }
    assert_int_equal(sum, d->n_blocks);
}

/* Fraction (per mille) of the halfwords of [lo, hi) covered by units starting at d's blocks. */
static int coverage_permille(const aot_image *img, const aot_discovery *d, uint64_t lo,
                             uint64_t hi) {
    size_t n = (size_t)(hi - lo) / 2;
    uint8_t *cov = calloc(n ? n : 1, 1);
    ir_unit *u = malloc(sizeof *u);
    assert_non_null(cov);
    assert_non_null(u);
    for (size_t i = 0; i < d->n_blocks; i++) {
        uint64_t pc = d->blocks[i];
        if (pc + 2 * LIFT_MAX_INSNS < lo || pc >= hi) continue;
        if (rv64_lift_unit(u, pc, LIFT_MAX_INSNS, aot_fetch, (void *)img) < 0) continue;
        for (uint64_t a = pc; a < u->guest_end; a += 2)
            if (a >= lo && a < hi) cov[(a - lo) / 2] = 1;
    }
    size_t c = 0;
    for (size_t i = 0; i < n; i++)
        c += cov[i];
    free(cov);
    free(u);
    return n ? (int)(c * 1000 / n) : 1000;
}

/* -- Real programs --------------------------------------------------------------------------- */

static void test_static_hello(void **state) {
    (void)state;
    aot_image img;
    open_guest("O2", "hello", &img);
    assert_int_equal(img.type, ET_EXEC);
    assert_null(img.interp);
    assert_int_equal(img.n_needed, 0);
    assert_true(img.n_syms > 100);
    assert_true(img.n_fdes > 10);
    const aot_symbol *m = find_sym(&img, "main");
    assert_non_null(m);
    assert_ptr_equal(aot_symbol_at(&img, m->addr), m);
    if (m->size > 2) assert_ptr_equal(aot_symbol_at(&img, m->addr + m->size - 2), m);

    aot_discovery d;
    assert_int_equal(aot_discover(&img, NULL, 0, &d), 0);
    check_blocks(&img, &d);
    assert_true(aot_discovery_has(&d, img.entry));
    assert_true(aot_discovery_has(&d, m->addr));
    assert_int_equal(d.n_roots_by_source[AOT_SRC_ENTRY], 1);
    assert_true(d.n_functions >= img.n_syms);
    assert_true(d.n_blocks > 1000);
    /* almost all of .text: only unreachable padding and dead code remain */
    assert_true(d.covered_bytes * 100 > d.exec_bytes * 97);
    print_message("O2/hello: %zu functions, %zu blocks, %.2f%% of %llu code bytes\n", d.n_functions,
                  d.n_blocks, 100.0 * (double)d.covered_bytes / (double)d.exec_bytes,
                  (unsigned long long)d.exec_bytes);

    /* the same with half the unit size: more blocks (size-limit continuations) */
    aot_discover_opts o = {.max_insns = 16};
    aot_discovery d16;
    assert_int_equal(aot_discover_ex(&img, NULL, 0, &o, &d16), 0);
    assert_true(d16.n_blocks > d.n_blocks);
    aot_discovery_free(&d16);
    aot_discovery_free(&d);
    aot_close(&img);
}

static void check_switch(const char *variant) {
    aot_image img;
    open_guest(variant, "switch_table", &img);
    const aot_symbol *dense = find_sym(&img, "dense");
    assert_non_null(dense);
    assert_true(dense->size > 100);
    aot_discovery d, dn;
    assert_int_equal(aot_discover(&img, NULL, 0, &d), 0);
    check_blocks(&img, &d);
    assert_true(d.n_jump_tables > 0);
    int with = coverage_permille(&img, &d, dense->addr, dense->addr + dense->size);
    /* without the table sources the case bodies are never reached */
    aot_discover_opts o = {.skip_sources = 1u << AOT_SRC_JUMP_TABLE | 1u << AOT_SRC_DATA_WORD |
                                           1u << AOT_SRC_CODE_CONST | 1u << AOT_SRC_RELOC};
    assert_int_equal(aot_discover_ex(&img, NULL, 0, &o, &dn), 0);
    int without = coverage_permille(&img, &dn, dense->addr, dense->addr + dense->size);
    print_message("%s/switch_table: dense covered %d.%d%% (%d.%d%% without jump tables), %zu "
                  "tables\n",
                  variant, with / 10, with % 10, without / 10, without % 10, d.n_jump_tables);
    assert_true(with >= 990);
    assert_true(without < 500);
    /* the whole program too */
    const aot_symbol *m = find_sym(&img, "main");
    assert_non_null(m);
    assert_true(coverage_permille(&img, &d, m->addr, m->addr + m->size) >= 980);
    aot_discovery_free(&d);
    aot_discovery_free(&dn);
    aot_close(&img);
}

static void test_jump_tables_O2(void **state) {
    (void)state;
    check_switch("O2");
}
static void test_jump_tables_O0(void **state) {
    (void)state;
    check_switch("O0");
}
static void test_jump_tables_dyn(void **state) {
    (void)state;
    check_switch("dyn");
}

static void test_dyn_hello(void **state) {
    (void)state;
    aot_image img;
    open_guest("dyn", "hello", &img);
    assert_int_equal(img.type, ET_DYN);
    assert_non_null(img.interp);
    assert_string_equal(img.interp, "/lib/ld-linux-riscv64-lp64d.so.1");
    bool libc = false;
    for (size_t i = 0; i < img.n_needed; i++)
        libc |= !strcmp(img.needed[i], "libc.so.6");
    assert_true(libc);
    assert_true(img.n_plt_roots >= 2); /* PLT header + puts/printf, __libc_start_main */
    /* link base 0: everything below the end of the last segment, nothing at a load bias */
    uint64_t top = 0;
    for (size_t i = 0; i < img.n_segs; i++)
        if (img.segs[i].vaddr + img.segs[i].memsz > top)
            top = img.segs[i].vaddr + img.segs[i].memsz;
    assert_true(top < 0x100000);
    assert_true(img.entry > 0 && img.entry < top);
    const aot_symbol *m = find_sym(&img, "main");
    assert_non_null(m);

    aot_discovery d;
    assert_int_equal(aot_discover(&img, NULL, 0, &d), 0);
    check_blocks(&img, &d);
    assert_true(aot_discovery_has(&d, img.entry));
    assert_true(aot_discovery_has(&d, m->addr));
    for (size_t i = 0; i < img.n_plt_roots; i++)
        assert_true(aot_discovery_has(&d, img.plt_roots[i]));
    assert_true(d.blocks[d.n_blocks - 1] < top);
    assert_true(d.covered_bytes * 100 > d.exec_bytes * 90);
    print_message("dyn/hello: %zu functions, %zu blocks, %.2f%% of %llu code bytes\n",
                  d.n_functions, d.n_blocks, 100.0 * (double)d.covered_bytes / (double)d.exec_bytes,
                  (unsigned long long)d.exec_bytes);
    aot_discovery_free(&d);
    aot_close(&img);
}

static void test_libc(void **state) {
    (void)state;
    if (!exists(libc_path)) skip();
    aot_image img;
    char err[256];
    if (aot_open(libc_path, &img, err, sizeof err) < 0) fail_msg("aot_open libc: %s", err);
    assert_int_equal(img.type, ET_DYN);
    assert_non_null(img.soname);
    assert_string_equal(img.soname, "libc.so.6");
    assert_true(img.n_syms > 1000);
    assert_true(img.n_lpad_roots > 0); /* libc has C++-style cleanups (pthread_cleanup) */
    struct timespec t0, t1;
    clock_gettime(CLOCK_MONOTONIC, &t0);
    aot_discovery d;
    assert_int_equal(aot_discover(&img, NULL, 0, &d), 0);
    clock_gettime(CLOCK_MONOTONIC, &t1);
    check_blocks(&img, &d);
    const aot_symbol *p = find_sym(&img, "printf");
    assert_non_null(p);
    assert_true(aot_discovery_has(&d, p->addr));
    assert_true(d.n_jump_tables > 10);
    assert_true(d.covered_bytes * 100 > d.exec_bytes * 97);
    print_message("libc.so.6: %zu functions, %zu blocks, %.2f%% of %llu code bytes, %.0f ms\n",
                  d.n_functions, d.n_blocks, 100.0 * (double)d.covered_bytes / (double)d.exec_bytes,
                  (unsigned long long)d.exec_bytes,
                  (double)(t1.tv_sec - t0.tv_sec) * 1e3 + (double)(t1.tv_nsec - t0.tv_nsec) / 1e6);
    aot_discovery_free(&d);
    aot_close(&img);
}

/* The cache compiler's routine lookup (docs/hostfn.md): by the symbol at exactly pc, aliases
 * included, never an IFUNC symbol (its address is the resolver). */
static void test_hostfn_lookup(void **state) {
    (void)state;
    if (!exists(libc_path)) skip();
    aot_image img;
    char err[256];
    if (aot_open(libc_path, &img, err, sizeof err) < 0) fail_msg("aot_open libc: %s", err);
    static const struct {
        const char *sym;
        int id;
    } want[] = {{"memcpy", HOSTFN_MEMCPY}, {"strchr", HOSTFN_STRCHR}, {"strlen", HOSTFN_STRLEN},
                {"memcmp", HOSTFN_MEMCMP}, {"strcmp", HOSTFN_STRCMP}, {"strstr", HOSTFN_STRSTR}};
    for (size_t i = 0; i < sizeof want / sizeof want[0]; i++) {
        /* of the names at one address the routine's own is kept (memcmp, not bcmp) */
        const aot_symbol *r = find_sym(&img, want[i].sym);
        assert_non_null(r);
        assert_int_equal(aot_hostfn_at(r->addr, &img), want[i].id);
        assert_int_equal(aot_hostfn_at(r->addr + 2, &img), HOSTFN_NONE); /* inside: no */
    }
    const aot_symbol *p = find_sym(&img, "printf");
    assert_non_null(p);
    assert_int_equal(aot_hostfn_at(p->addr, &img), HOSTFN_NONE);
    /* the same symbol as an IFUNC: not recognized */
    const aot_symbol *m = NULL;
    for (size_t k = 0; k < img.n_syms; k++)
        if (hostfn_by_name(img.syms[k].name) == HOSTFN_STRLEN) m = &img.syms[k];
    assert_non_null(m);
    ((aot_symbol *)m)->ifunc = true;
    assert_int_equal(aot_hostfn_at(m->addr, &img), HOSTFN_NONE);
    aot_close(&img);
}

static void test_fetch_symbols_extra_roots(void **state) {
    (void)state;
    aot_image img;
    open_guest("O2", "hello", &img);
    size_t len;
    char path[600];
    guest_path(path, sizeof path, "O2", "hello");
    uint8_t *file = read_whole(path, &len);
    /* aot_fetch at the entry: the file's bytes */
    uint32_t bits = 0;
    int n = aot_fetch(img.entry, &bits, &img);
    assert_true(n == 2 || n == 4);
    const aot_segment *x = NULL;
    for (size_t i = 0; i < img.n_segs; i++)
        if ((img.segs[i].flags & PF_X) && img.entry >= img.segs[i].vaddr &&
            img.entry < img.segs[i].vaddr + img.segs[i].memsz)
            x = &img.segs[i];
    assert_non_null(x);
    uint32_t want = 0;
    memcpy(&want, file + x->offset + (img.entry - x->vaddr), (size_t)n);
    assert_int_equal(bits, want);
    /* nothing outside executable segments */
    assert_int_equal(aot_fetch(0, &bits, &img), 0);
    assert_int_equal(aot_fetch(x->vaddr + x->memsz, &bits, &img), 0);
    for (size_t i = 0; i < img.n_segs; i++)
        if (!(img.segs[i].flags & PF_X))
            assert_int_equal(aot_fetch(img.segs[i].vaddr, &bits, &img), 0);
    assert_int_equal(aot_fetch(x->vaddr + x->memsz - 1, &bits, &img), 0);
    /* symbols */
    assert_null(aot_symbol_at(&img, 0));
    for (size_t i = 1; i < img.n_syms; i++)
        assert_true(img.syms[i - 1].addr < img.syms[i].addr);

    /* extra roots: a valid odd-free pc in code is added, invalid ones are ignored */
    const aot_symbol *m = find_sym(&img, "main");
    assert_non_null(m);
    uint64_t mid = 0;
    aot_discovery d0;
    assert_int_equal(aot_discover(&img, NULL, 0, &d0), 0);
    /* an instruction start inside main that is not a block yet */
    for (uint64_t a = m->addr + 2; a < m->addr + m->size && !mid; a += 2) {
        uint32_t b;
        if (!aot_discovery_has(&d0, a) && aot_fetch(a, &b, &img) &&
            coverage_permille(&img, &d0, a, a + 2) == 1000)
            mid = a;
    }
    uint64_t extra[] = {mid, mid + 1, 0, 0xffffffffffff0000ull, img.entry};
    aot_discovery d;
    assert_int_equal(aot_discover(&img, extra, mid ? 5 : 0, &d), 0);
    if (mid) {
        assert_true(aot_discovery_has(&d, mid));
        assert_false(aot_discovery_has(&d, mid + 1));
        assert_int_equal(d.n_roots_by_source[AOT_SRC_PROFILE], 2); /* mid and the entry */
        assert_int_equal(d.n_new_by_source[AOT_SRC_PROFILE], 1);
        assert_true(d.n_blocks > d0.n_blocks);
    }
    aot_discovery_free(&d);
    aot_discovery_free(&d0);
    free(file);
    aot_close(&img);
}

/* -- Malformed inputs ------------------------------------------------------------------------ */

static void expect_open_error(const char *path, const char *want) {
    aot_image img;
    char err[256] = "";
    int r = aot_open(path, &img, err, sizeof err);
    if (r != -1) fail_msg("%s: expected an error, aot_open returned %d", path, r);
    assert_null(strchr(err, '\n'));
    if (want && strcmp(err, want) != 0)
        fail_msg("%s: expected \"%s\", got \"%s\"", path, want, err);
    if (!want && !err[0]) fail_msg("%s: empty error message", path);
}

static void expect_mem_error(const uint8_t *buf, size_t len, const char *want) {
    aot_image img;
    char err[256] = "";
    int r = aot_open_mem(buf, len, &img, err, sizeof err);
    if (r != -1) {
        aot_close(&img);
        fail_msg("expected \"%s\", aot_open_mem returned %d", want ? want : "an error", r);
    }
    assert_null(strchr(err, '\n'));
    assert_true(err[0] != 0);
    if (want && strcmp(err, want) != 0) fail_msg("expected \"%s\", got \"%s\"", want, err);
}

static void test_bad_files(void **state) {
    (void)state;
    char p[128];
    snprintf(p, sizeof p, "%s/text", tmpdir);
    write_file(p, "hello, world\n", 13);
    expect_open_error(p, "not an ELF file");
    snprintf(p, sizeof p, "%s/short", tmpdir);
    write_file(p, "\177EL", 3);
    expect_open_error(p, "not an ELF file");
    snprintf(p, sizeof p, "%s/empty", tmpdir);
    write_file(p, "", 0);
    expect_open_error(p, "empty file");
    expect_open_error(tmpdir, "is a directory");
    snprintf(p, sizeof p, "%s/does-not-exist", tmpdir);
    expect_open_error(p, "cannot open: No such file or directory");
    expect_open_error("/dev/null", "not a regular file");
    if (exists("/bin/true"))
        expect_open_error("/bin/true",
                          "unsupported machine x86-64 (recomp translates RISC-V RV64)");
    /* an ELF header alone, cut */
    static const uint8_t ident[] = {0x7f, 'E', 'L', 'F', ELFCLASS64, ELFDATA2LSB, EV_CURRENT};
    expect_mem_error(ident, sizeof ident, "truncated ELF file (ELF header)");
    uint8_t hdr[64] = {0x7f, 'E', 'L', 'F', ELFCLASS64, ELFDATA2LSB, EV_CURRENT};
    expect_mem_error(hdr, 40, "truncated ELF file (ELF header)");
}

/* A copy of a real ELF to mutate. */
typedef struct mut {
    uint8_t *buf;
    size_t len;
    Elf64_Ehdr eh;
} mut;

static bool load_mut(mut *m, const char *variant, const char *name) {
    char path[600];
    guest_path(path, sizeof path, variant, name);
    if (!exists(path)) return false;
    m->buf = read_whole(path, &m->len);
    memcpy(&m->eh, m->buf, sizeof m->eh);
    return true;
}

static Elf64_Shdr get_sh(const mut *m, size_t i) {
    Elf64_Shdr sh;
    memcpy(&sh, m->buf + m->eh.e_shoff + i * sizeof sh, sizeof sh);
    return sh;
}
static void put_sh(mut *m, size_t i, const Elf64_Shdr *sh) {
    memcpy(m->buf + m->eh.e_shoff + i * sizeof *sh, sh, sizeof *sh);
}
static Elf64_Phdr get_ph(const mut *m, size_t i) {
    Elf64_Phdr ph;
    memcpy(&ph, m->buf + m->eh.e_phoff + i * sizeof ph, sizeof ph);
    return ph;
}
static void put_ph(mut *m, size_t i, const Elf64_Phdr *ph) {
    memcpy(m->buf + m->eh.e_phoff + i * sizeof *ph, ph, sizeof *ph);
}

/* Index of the section named name, or -1. */
static long section_index(const mut *m, const char *name) {
    Elf64_Shdr str = get_sh(m, m->eh.e_shstrndx);
    for (size_t i = 1; i < m->eh.e_shnum; i++) {
        Elf64_Shdr s = get_sh(m, i);
        if (!strcmp((const char *)m->buf + str.sh_offset + s.sh_name, name)) return (long)i;
    }
    return -1;
}

/* Apply f to a fresh copy and expect the message. */
#define MUTATE(m, want, ...)                                                                       \
    do {                                                                                           \
        uint8_t *saved = malloc((m)->len);                                                         \
        assert_non_null(saved);                                                                    \
        memcpy(saved, (m)->buf, (m)->len);                                                         \
        Elf64_Ehdr *eh = (Elf64_Ehdr *)(void *)(m)->buf;                                           \
        (void)eh;                                                                                  \
        __VA_ARGS__;                                                                               \
        expect_mem_error((m)->buf, (m)->len, want);                                                \
        memcpy((m)->buf, saved, (m)->len);                                                         \
        free(saved);                                                                               \
    } while (0)

static void test_bad_headers(void **state) {
    (void)state;
    mut m;
    if (!load_mut(&m, "dyn", "hello")) skip();
    {
        aot_image img;
        char err[256];
        assert_int_equal(aot_open_mem(m.buf, m.len, &img, err, sizeof err), 0);
        aot_close(&img);
    }
    MUTATE(&m, "32-bit ELF is not supported", m.buf[EI_CLASS] = ELFCLASS32);
    MUTATE(&m, "bad ELF class 7", m.buf[EI_CLASS] = 7);
    MUTATE(&m, "big-endian ELF is not supported", m.buf[EI_DATA] = ELFDATA2MSB);
    MUTATE(&m, "unsupported ELF version 2", m.buf[EI_VERSION] = 2);
    MUTATE(&m, "unsupported machine AArch64 (recomp translates RISC-V RV64)",
           eh->e_machine = EM_AARCH64);
    MUTATE(&m, "unsupported machine 4660 (recomp translates RISC-V RV64)", eh->e_machine = 0x1234);
    MUTATE(&m, "relocatable object files are not supported (link it first)", eh->e_type = ET_REL);
    MUTATE(&m, "core files are not supported", eh->e_type = ET_CORE);
    MUTATE(&m, "truncated ELF file (program headers past the end)", eh->e_phoff = m.len - 8);
    MUTATE(&m, "truncated ELF file (program headers past the end)", eh->e_phoff = ~0ull - 8);
    MUTATE(&m, "truncated ELF file (program headers past the end)", eh->e_phnum = 0xfff0);
    MUTATE(&m, "too many program headers", eh->e_phnum = PN_XNUM);
    MUTATE(&m, "no program headers", eh->e_phnum = 0);
    MUTATE(&m, "bad program header entry size 12", eh->e_phentsize = 12);
    MUTATE(&m, "truncated ELF file (section headers past the end)", eh->e_shoff = m.len - 10);
    MUTATE(&m, "truncated ELF file (section headers past the end)", eh->e_shoff = ~0ull - 100);
    MUTATE(&m, "truncated ELF file (section headers past the end)", eh->e_shnum = 0xff00);
    MUTATE(&m, "bad section name string table index 60000", eh->e_shstrndx = 60000);
    MUTATE(&m, "bad section header entry size 10", eh->e_shentsize = 10);
    MUTATE(&m, "entry point 0x1 is not in an executable segment", eh->e_entry = 1);
    MUTATE(&m, "entry point 0x7fffffff00 is not in an executable segment",
           eh->e_entry = 0x7fffffff00ull);

    /* program headers: the first PT_LOAD, PT_INTERP */
    size_t load = 0, interp = 0, x = 0;
    for (size_t i = 0; i < m.eh.e_phnum; i++) {
        Elf64_Phdr ph = get_ph(&m, i);
        if (ph.p_type == PT_LOAD && !load) load = i + 1;
        if (ph.p_type == PT_LOAD && (ph.p_flags & PF_X)) x = i + 1;
        if (ph.p_type == PT_INTERP) interp = i + 1;
    }
    assert_true(load && interp && x);
    char want[160];
    Elf64_Phdr ph = get_ph(&m, load - 1);
    snprintf(want, sizeof want, "truncated ELF file (program header %zu data past the end)",
             load - 1);
    MUTATE(&m, want, ph.p_filesz = ph.p_memsz = m.len + 1; put_ph(&m, load - 1, &ph));
    ph = get_ph(&m, load - 1);
    MUTATE(&m, want, ph.p_offset = ~0ull - 4; put_ph(&m, load - 1, &ph));
    ph = get_ph(&m, load - 1);
    snprintf(want, sizeof want, "bad program header %zu (file size larger than memory size)",
             load - 1);
    MUTATE(&m, want, ph.p_memsz = ph.p_filesz - 1; put_ph(&m, load - 1, &ph));
    ph = get_ph(&m, load - 1);
    snprintf(want, sizeof want, "bad program header %zu (address out of range)", load - 1);
    MUTATE(&m, want, ph.p_memsz = ~0ull - 10; ph.p_filesz = 0; put_ph(&m, load - 1, &ph));
    ph = get_ph(&m, x - 1);
    MUTATE(&m, "no executable segment", ph.p_flags = PF_R; put_ph(&m, x - 1, &ph));
    ph = get_ph(&m, interp - 1);
    MUTATE(&m, "bad PT_INTERP (not a NUL-terminated path)",
           m.buf[ph.p_offset + ph.p_filesz - 1] = 'x');
    {
        /* two PT_LOADs at the same address */
        Elf64_Phdr a = get_ph(&m, load - 1);
        size_t other = 0;
        for (size_t i = 0; i < m.eh.e_phnum; i++)
            if (i != load - 1 && get_ph(&m, i).p_type == PT_LOAD) other = i;
        assert_true(other);
        Elf64_Phdr b = get_ph(&m, other);
        b.p_vaddr = a.p_vaddr;
        MUTATE(&m, "overlapping PT_LOAD segments", put_ph(&m, other, &b));
    }

    /* sections */
    long symtab = section_index(&m, ".symtab"), dynsym = section_index(&m, ".dynsym");
    long ehf = section_index(&m, ".eh_frame"), text = section_index(&m, ".text");
    long rela = section_index(&m, ".rela.dyn"), dynamic = section_index(&m, ".dynamic");
    assert_true(symtab > 0 && dynsym > 0 && ehf > 0 && text > 0 && rela > 0 && dynamic > 0);
    Elf64_Shdr sh = get_sh(&m, (size_t)symtab);
    snprintf(want, sizeof want, "bad .symtab (string table link %u)", 999u);
    MUTATE(&m, want, sh.sh_link = 999; put_sh(&m, (size_t)symtab, &sh));
    sh = get_sh(&m, (size_t)symtab);
    snprintf(want, sizeof want, "bad .symtab (string table link %ld)", text);
    MUTATE(&m, want, sh.sh_link = (uint32_t)text; put_sh(&m, (size_t)symtab, &sh));
    sh = get_sh(&m, (size_t)symtab);
    MUTATE(&m, "bad .symtab (entry size 16)", sh.sh_entsize = 16; put_sh(&m, (size_t)symtab, &sh));
    sh = get_sh(&m, (size_t)dynsym);
    MUTATE(&m, "bad .dynsym (string table link 0)", sh.sh_link = 0;
           put_sh(&m, (size_t)dynsym, &sh));
    sh = get_sh(&m, (size_t)text);
    snprintf(want, sizeof want, "truncated ELF file (section %ld data past the end)", text);
    MUTATE(&m, want, sh.sh_size = ~0ull / 2; put_sh(&m, (size_t)text, &sh));
    sh = get_sh(&m, (size_t)rela);
    MUTATE(&m, "bad .rela.dyn (symbol table link 77)", sh.sh_link = 77;
           put_sh(&m, (size_t)rela, &sh));
    MUTATE(&m, "bad .rela.dyn (entry size 0)", sh.sh_entsize = 0; put_sh(&m, (size_t)rela, &sh));

    /* .eh_frame: the first record's length, and an FDE's CIE pointer */
    sh = get_sh(&m, (size_t)ehf);
    uint64_t eo = sh.sh_offset;
    uint32_t big = 0x7ffffff0;
    MUTATE(&m, "bad .eh_frame (record at offset 0x0 runs past the end)",
           memcpy(m.buf + eo, &big, 4));
    uint32_t tiny = 2;
    MUTATE(&m, "bad .eh_frame (record at offset 0x0 runs past the end)",
           memcpy(m.buf + eo, &tiny, 4));
    uint32_t ext = 0xffffffff;
    uint64_t huge = ~0ull - 3;
    MUTATE(&m, NULL, memcpy(m.buf + eo, &ext, 4); memcpy(m.buf + eo + 4, &huge, 8));
    {
        /* the second record is an FDE: point its CIE pointer before the section */
        uint32_t l0;
        memcpy(&l0, m.buf + eo, 4);
        uint64_t fde = eo + 4 + l0;
        uint32_t id;
        memcpy(&id, m.buf + fde + 4, 4);
        if (id != 0) {
            uint32_t bad = (uint32_t)(fde - eo) + 100;
            snprintf(want, sizeof want,
                     "bad .eh_frame (FDE at offset 0x%llx has a bad CIE pointer)",
                     (unsigned long long)(fde - eo));
            MUTATE(&m, want, memcpy(m.buf + fde + 4, &bad, 4));
            uint32_t odd = 4; /* points into the middle of the CIE */
            MUTATE(&m, want, memcpy(m.buf + fde + 4, &odd, 4));
        }
    }
    /* dynamic section: DT_NEEDED name outside the string table */
    {
        sh = get_sh(&m, (size_t)dynamic);
        for (uint64_t o = sh.sh_offset; o + 16 <= sh.sh_offset + sh.sh_size; o += 16) {
            Elf64_Dyn dy;
            memcpy(&dy, m.buf + o, sizeof dy);
            if (dy.d_tag != DT_NEEDED) continue;
            MUTATE(&m, "bad dynamic section (DT_NEEDED name)", dy.d_un.d_val = 1u << 30;
                   memcpy(m.buf + o, &dy, sizeof dy));
            break;
        }
        for (uint64_t o = sh.sh_offset; o + 16 <= sh.sh_offset + sh.sh_size; o += 16) {
            Elf64_Dyn dy;
            memcpy(&dy, m.buf + o, sizeof dy);
            if (dy.d_tag != DT_STRTAB) continue;
            MUTATE(&m, "bad dynamic section (string table)", dy.d_un.d_val = ~0ull - 64;
                   memcpy(m.buf + o, &dy, sizeof dy));
            break;
        }
    }
    free(m.buf);
}

static void test_truncated(void **state) {
    (void)state;
    mut m;
    if (!load_mut(&m, "dyn", "hello")) skip();
    /* every short length, then lengths spread over the file: the section headers are at the
     * end, so every truncation is an error */
    for (size_t len = 1; len < m.len; len = len < 256 ? len + 1 : len + 1 + len / 97)
        expect_mem_error(m.buf, len, NULL);
    expect_mem_error(m.buf, m.len - 1, NULL);
    /* without section headers, truncations inside the segments are still refused */
    Elf64_Ehdr *eh = (Elf64_Ehdr *)(void *)m.buf;
    eh->e_shoff = 0;
    eh->e_shnum = 0;
    eh->e_shstrndx = 0;
    aot_image img;
    char err[256];
    assert_int_equal(aot_open_mem(m.buf, m.len, &img, err, sizeof err), 0);
    aot_discovery d;
    assert_int_equal(aot_discover(&img, NULL, 0, &d), 0); /* from the dynamic section */
    check_blocks(&img, &d);
    assert_true(aot_discovery_has(&d, img.entry));
    aot_discovery_free(&d);
    uint64_t end = 0;
    for (size_t i = 0; i < img.n_segs; i++)
        if (img.segs[i].offset + img.segs[i].filesz > end)
            end = img.segs[i].offset + img.segs[i].filesz;
    aot_close(&img);
    for (size_t len = 64; len < end; len += 61)
        expect_mem_error(m.buf, len, NULL);
    free(m.buf);
}

/* Random byte flips (headers, tables, code): open either refuses with one line or succeeds,
 * and discovery on what it accepts terminates without a fault. */
static void test_fuzz(void **state) {
    (void)state;
    mut m;
    if (!load_mut(&m, "dyn", "hello")) skip();
    int iters = getenv("FUZZ_LONG") ? 20000 : 400;
    uint8_t *c = malloc(m.len);
    assert_non_null(c);
    unsigned seed = 12345;
    int opened = 0;
    for (int it = 0; it < iters; it++) {
        memcpy(c, m.buf, m.len);
        int flips = 1 + (int)(rand_r(&seed) % 8);
        for (int k = 0; k < flips; k++) {
            size_t pos;
            switch (rand_r(&seed) % 4) {
            case 0: pos = rand_r(&seed) % 1024; break;             /* ELF/program headers */
            case 1: pos = m.len - 1 - rand_r(&seed) % 2048; break; /* section headers */
            default: pos = (size_t)rand_r(&seed) % m.len; break;
            }
            if (pos < m.len) c[pos] = (uint8_t)rand_r(&seed);
        }
        aot_image img;
        char err[256] = "";
        if (aot_open_mem(c, m.len, &img, err, sizeof err) < 0) {
            assert_true(err[0] != 0);
            assert_null(strchr(err, '\n'));
            continue;
        }
        opened++;
        aot_discovery d;
        if (aot_discover(&img, NULL, 0, &d) == 0) aot_discovery_free(&d);
        aot_close(&img);
    }
    print_message("fuzz: %d of %d mutated files opened\n", opened, iters);
    free(c);
    free(m.buf);
}

/* -- Main -------------------------------------------------------------------------------- */

static int group_setup(void **state) {
    (void)state;
    snprintf(tmpdir, sizeof tmpdir, "/tmp/test_aot_discover.XXXXXX");
    return mkdtemp(tmpdir) ? 0 : -1;
}

static int group_teardown(void **state) {
    (void)state;
    char cmd[128];
    snprintf(cmd, sizeof cmd, "rm -rf %s", tmpdir);
    return system(cmd) == 0 ? 0 : -1;
}

int main(int argc, char **argv) {
    (void)argc;
    /* BUILD/tests/test_aot_discover -> BUILD */
    char self[512];
    snprintf(self, sizeof self, "%s", argv[0]);
    char *dir = dirname(self);
    snprintf(build_dir, sizeof build_dir, "%s/..", dir);
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_static_hello),   cmocka_unit_test(test_jump_tables_O2),
        cmocka_unit_test(test_jump_tables_O0), cmocka_unit_test(test_jump_tables_dyn),
        cmocka_unit_test(test_dyn_hello),      cmocka_unit_test(test_libc),
        cmocka_unit_test(test_hostfn_lookup),  cmocka_unit_test(test_fetch_symbols_extra_roots),
        cmocka_unit_test(test_bad_files),      cmocka_unit_test(test_bad_headers),
        cmocka_unit_test(test_truncated),      cmocka_unit_test(test_fuzz),
    };
    return cmocka_run_group_tests(tests, group_setup, group_teardown);
}
