/*
 * recomp - ahead-of-time compiler: a RISC-V ELF object -> a host-code cache for recomp-run.
 *
 *   recomp [options] guest.elf [-o guest.cache]   compile (default output: guest.elf.cache)
 *   recomp --with-deps [-L sysroot] guest.elf      the program, its interpreter and every
 *                                                  DT_NEEDED library into the cache directory
 *   recomp --info FILE                             header and statistics of a cache
 *   recomp --dump FILE [guest.elf]                 every block: guest and host disassembly
 *
 * See docs/cache.md (discovery, fallback rules) and docs/cache-format.md (the file).
 */
#define _GNU_SOURCE
#include <capstone/capstone.h>
#include <elf.h>
#include <errno.h>
#include <fcntl.h>
#include <inttypes.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "aot_compile.h"
#include "aot_discover.h"
#include "cache_abi.h"
#include "cache_file.h"
#include "lift.h"
#include "recomp/cache_format.h"
#include "rv64_decode.h"
#include "sysroot.h"

static const char *prog = "recomp";

static void usage(FILE *out) {
    fprintf(out,
            "usage: %s [options] guest.elf [-o OUT]\n"
            "       %s --info CACHE\n"
            "       %s --dump CACHE [guest.elf]\n"
            "  -o FILE         output file (default: guest.elf.cache; with --with-deps: the\n"
            "                  cache directory, keyed by content hash)\n"
            "  --compress      write a zstd-compressed cache (for distribution)\n"
            "  --profile P     also compile the blocks listed in a recomp-run --profile-out file\n"
            "                  (repeatable)\n"
            "  --with-deps     compile the program, its interpreter and its DT_NEEDED libraries\n"
            "                  (found in the sysroot) into the cache directory\n"
            "  -L DIR          sysroot for --with-deps (default: $" SYSROOT_ENV
            ", else " SYSROOT_DEFAULT ")\n"
            "  -j N            compile with N threads (default: the number of CPUs)\n"
            "  --no-regions    compile every block as the JIT does, without regions (loops\n"
            "                  compiled whole, docs/regions.md)\n"
            "  -q              no report\n"
            "  -h, --help      this text\n"
            "cache directory: $RECOMP_CACHE_DIR, else ~/.cache/recomp\n",
            prog, prog, prog);
}

typedef struct options {
    const char *out;
    bool compress, with_deps, quiet, no_regions;
    int jobs;
    const char **profiles;
    size_t n_profiles;
} options;

/* -- profiles ---------------------------------------------------------------------------- */

/* Roots for the object with content hash `hash` from the profile files. */
static int profile_roots(const options *o, uint64_t hash, uint64_t **roots, size_t *n) {
    size_t cap = 0;
    *roots = NULL;
    *n = 0;
    for (size_t i = 0; i < o->n_profiles; i++) {
        FILE *f = fopen(o->profiles[i], "r");
        if (!f) {
            fprintf(stderr, "%s: %s: %s\n", prog, o->profiles[i], strerror(errno));
            return -1;
        }
        char line[256];
        int lineno = 0;
        while (fgets(line, sizeof line, f)) {
            lineno++;
            if (line[0] == '#' || line[0] == '\n') continue;
            unsigned long long h, pc;
            if (sscanf(line, "%llx %llx", &h, &pc) != 2) {
                fprintf(stderr, "%s: %s:%d: not a profile line\n", prog, o->profiles[i], lineno);
                fclose(f);
                return -1;
            }
            if (h != hash) continue;
            if (*n == cap) {
                cap = cap ? cap * 2 : 256;
                uint64_t *nr = realloc(*roots, cap * sizeof *nr);
                if (!nr) {
                    fclose(f);
                    return -1;
                }
                *roots = nr;
            }
            (*roots)[(*n)++] = pc;
        }
        fclose(f);
    }
    return 0;
}

/* -- compile ----------------------------------------------------------------------------- */

static double now_s(void) {
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + ts.tv_nsec / 1e9;
}

static int write_file(const char *path, const uint8_t *data, size_t size) {
    /* write a temporary file and rename it: a reader never sees a half-written cache */
    char tmp[PATH_MAX + 32];
    snprintf(tmp, sizeof tmp, "%s.tmp.%d", path, (int)getpid());
    int fd = open(tmp, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
    if (fd < 0) return -1;
    size_t done = 0;
    while (done < size) {
        ssize_t w = write(fd, data + done, size - done);
        if (w < 0 && errno == EINTR) continue;
        if (w <= 0) {
            int e = errno;
            close(fd);
            unlink(tmp);
            errno = e;
            return -1;
        }
        done += (size_t)w;
    }
    if (close(fd) < 0 || rename(tmp, path) < 0) {
        int e = errno;
        unlink(tmp);
        errno = e;
        return -1;
    }
    return 0;
}

/* Compile one object into `out`. Returns 0, 1 on a bad input (message printed). */
static int compile_object(const char *path, const char *out, const options *o) {
    char err[256];
    aot_image img;
    double t0 = now_s();
    if (aot_open(path, &img, err, sizeof err) < 0) {
        fprintf(stderr, "%s: %s: %s\n", prog, path, err);
        return 1;
    }
    uint64_t hash = cache_hash(img.data, img.size);
    uint64_t *extra = NULL;
    size_t n_extra = 0;
    if (profile_roots(o, hash, &extra, &n_extra) < 0) {
        aot_close(&img);
        return 1;
    }
    aot_discovery d;
    if (aot_discover(&img, extra, n_extra, &d) < 0) {
        fprintf(stderr, "%s: %s: out of memory\n", prog, path);
        free(extra);
        aot_close(&img);
        return 1;
    }
    const char *base = strrchr(path, '/') ? strrchr(path, '/') + 1 : path;
    aot_compile_opts co = {.jobs = o->jobs,
                           .progress = isatty(2) && !o->quiet,
                           .no_regions = o->no_regions,
                           .label = base};
    aot_compile_stats st;
    uint8_t *file = NULL, *z = NULL;
    size_t size = 0, zsize = 0;
    int rc = 1;
    if (aot_compile(&img, &d, &co, &file, &size, &st, err, sizeof err) < 0) {
        fprintf(stderr, "%s: %s: %s\n", prog, path, err);
        goto done;
    }
    const uint8_t *data = file;
    size_t dsize = size;
    if (o->compress) {
        if (aot_compress(file, size, 19, &z, &zsize) < 0) {
            fprintf(stderr, "%s: %s: compression failed\n", prog, path);
            goto done;
        }
        data = z;
        dsize = zsize;
    }
    if (write_file(out, data, dsize) < 0) {
        fprintf(stderr, "%s: %s: %s\n", prog, out, strerror(errno));
        goto done;
    }
    if (!o->quiet)
        fprintf(stderr,
                "%s: %s: %zu functions, %zu blocks (%zu profiled, %zu as regions), %.1f%% of "
                "%" PRIu64 " executable bytes covered, %.1f MiB code%s, %.2f s -> %s\n",
                prog, base, d.n_functions, st.n_blocks, n_extra, st.n_regions,
                d.exec_bytes ? 100.0 * (double)d.covered_bytes / (double)d.exec_bytes : 0.0,
                d.exec_bytes, (double)st.code_bytes / (1 << 20), o->compress ? " (compressed)" : "",
                now_s() - t0, out);
    rc = 0;
done:
    free(z);
    free(file);
    free(extra);
    aot_discovery_free(&d);
    aot_close(&img);
    return rc;
}

/* -- --with-deps ------------------------------------------------------------------------- */

typedef struct strset {
    char **v;
    size_t n;
} strset;

static bool strset_add(strset *s, const char *p) {
    for (size_t i = 0; i < s->n; i++)
        if (!strcmp(s->v[i], p)) return false;
    char **nv = realloc(s->v, (s->n + 1) * sizeof *nv);
    if (!nv) return false;
    s->v = nv;
    s->v[s->n++] = strdup(p);
    return true;
}

/* A DT_NEEDED name -> host path in the sysroot (the directories ld.so searches on Debian). */
static bool find_library(const char *name, char *out, size_t len) {
    static const char *const dirs[] = {"/lib/riscv64-linux-gnu",
                                       "/usr/lib/riscv64-linux-gnu",
                                       "/lib",
                                       "/usr/lib",
                                       "/lib64",
                                       "/usr/lib64"};
    const char *root = sysroot_get();
    if (strchr(name, '/')) {
        char buf[PATH_MAX];
        snprintf(out, len, "%s", sysroot_path(name, buf, sizeof buf));
        return access(out, R_OK) == 0;
    }
    for (size_t i = 0; i < sizeof dirs / sizeof dirs[0]; i++) {
        snprintf(out, len, "%s%s/%s", root ? root : "", dirs[i], name);
        if (access(out, R_OK) == 0) return true;
    }
    return false;
}

static int with_deps(const char *path, const options *o) {
    char dir[PATH_MAX];
    if (cache_dir(dir, sizeof dir, true) < 0) {
        fprintf(stderr, "%s: cannot create the cache directory %s: %s\n", prog, dir,
                strerror(errno));
        return 1;
    }
    strset todo = {0};
    strset_add(&todo, path);
    int rc = 0;
    for (size_t i = 0; i < todo.n; i++) {
        char err[256];
        aot_image img;
        if (aot_open(todo.v[i], &img, err, sizeof err) < 0) {
            fprintf(stderr, "%s: %s: %s\n", prog, todo.v[i], err);
            rc = 1;
            continue;
        }
        char lib[PATH_MAX];
        if (img.interp) {
            char buf[PATH_MAX];
            const char *p = sysroot_path(img.interp, buf, sizeof buf);
            strset_add(&todo, p);
        }
        for (size_t k = 0; k < img.n_needed; k++) {
            if (find_library(img.needed[k], lib, sizeof lib))
                strset_add(&todo, lib);
            else
                fprintf(stderr, "%s: %s: library %s not found in the sysroot\n", prog, todo.v[i],
                        img.needed[k]);
        }
        uint64_t hash = cache_hash(img.data, img.size), img_size = img.size;
        aot_close(&img);
        char out[PATH_MAX];
        if (i == 0 && o->out)
            snprintf(out, sizeof out, "%s", o->out);
        else
            cache_path_for_hash(dir, hash, out, sizeof out);
        /* a library shared by many programs is compiled once: keep a usable cache */
        cache_file cf;
        if (!o->n_profiles && cache_file_open(out, &cf, err, sizeof err) == 0) {
            int ok = cache_file_compatible(&cf, hash, img_size, err, sizeof err);
            cache_file_close(&cf);
            if (ok == 0) {
                if (!o->quiet) fprintf(stderr, "%s: %s: up to date (%s)\n", prog, todo.v[i], out);
                continue;
            }
        }
        rc |= compile_object(todo.v[i], out, o);
    }
    for (size_t i = 0; i < todo.n; i++)
        free(todo.v[i]);
    free(todo.v);
    return rc;
}

/* -- --info / --dump --------------------------------------------------------------------- */

static int info(const char *path) {
    cache_file cf;
    char err[256];
    if (cache_file_open(path, &cf, err, sizeof err) < 0) {
        fprintf(stderr, "%s: %s: %s\n", prog, path, err);
        return 1;
    }
    const rc_header *h = cf.h;
    time_t created = (time_t)h->created;
    char when[64];
    strftime(when, sizeof when, "%Y-%m-%d %H:%M:%S UTC", gmtime(&created));
    printf("file: %s%s\n", path, cf.compressed ? " (zstd-compressed)" : "");
    printf("format_version: %u\n", h->format_version);
    printf("abi_version: 0x%08x (this build: 0x%08x)\n", h->abi_version, cache_abi_version());
    printf("host_features: 0x%" PRIx64 " (this CPU: 0x%" PRIx64 ")\n", h->host_features,
           cache_host_features());
    printf("machine: %u (%s)\n", h->machine, h->machine == EM_RISCV ? "RISC-V" : "?");
    printf("object_type: %s\n",
           h->elf_type == ET_DYN ? "ET_DYN (position independent code)" : "ET_EXEC");
    printf("object_hash: %016" PRIx64 "\n", h->object_hash);
    printf("object_size: %" PRIu64 "\n", h->object_size);
    printf("text: 0x%" PRIx64 "-0x%" PRIx64 "\n", h->text_lo, h->text_hi);
    printf("functions: %u\n", h->n_functions);
    printf("blocks: %u\n", h->n_blocks);
    printf("guest_insns: %u\n", h->n_insns);
    printf("exec_bytes: %" PRIu64 "\n", h->exec_bytes);
    printf("covered_bytes: %" PRIu64 " (%.1f%%)\n", h->covered_bytes,
           h->exec_bytes ? 100.0 * (double)h->covered_bytes / (double)h->exec_bytes : 0.0);
    uint32_t resolved = 0;
    for (uint32_t i = 0; i < h->n_links; i++)
        if (cf.links[i].target_block != UINT32_MAX) resolved++;
    printf("links: %u (%u resolved in the cache)\n", h->n_links, resolved);
    printf("fault_points: %u\n", h->n_faults);
    printf("code_bytes: %" PRIu64 "\n", h->code_size);
    printf("file_size: %" PRIu64 "\n", h->file_size);
    printf("created: %s\n", when);
    cache_file_close(&cf);
    return 0;
}

static int dump(const char *path, const char *elf) {
    cache_file cf;
    char err[256];
    if (cache_file_open(path, &cf, err, sizeof err) < 0) {
        fprintf(stderr, "%s: %s: %s\n", prog, path, err);
        return 1;
    }
    aot_image img;
    bool have_img = false;
    if (elf) {
        if (aot_open(elf, &img, err, sizeof err) < 0) {
            fprintf(stderr, "%s: %s: %s\n", prog, elf, err);
            cache_file_close(&cf);
            return 1;
        }
        if (cache_hash(img.data, img.size) != cf.h->object_hash)
            fprintf(stderr, "%s: warning: %s is not the object this cache was made from\n", prog,
                    elf);
        have_img = true;
    }
    csh cs;
    bool have_cs = cs_open(CS_ARCH_X86, CS_MODE_64, &cs) == CS_ERR_OK;
    for (uint32_t i = 0; i < cf.h->n_blocks; i++) {
        const rc_block *b = &cf.blocks[i];
        const aot_symbol *sym = have_img ? aot_symbol_at(&img, b->guest_pc) : NULL;
        printf("block 0x%" PRIx64 " (%u guest instructions, %u bytes -> %u host bytes at +0x%x)",
               b->guest_pc, b->n_insns, b->guest_len, b->host_len, b->host_off);
        if (sym && sym->name[0]) printf(" <%s+0x%" PRIx64 ">", sym->name, b->guest_pc - sym->addr);
        printf("\n");
        if (have_img) {
            for (uint64_t pc = b->guest_pc; pc < b->guest_pc + b->guest_len;) {
                uint32_t bits = 0;
                int n = aot_fetch(pc, &bits, &img);
                if (n == 0) break;
                rv64_insn in;
                rv64_decode(bits, &in);
                int len = rv64_insn_length((uint16_t)bits);
                char text[96];
                rv64_disasm(&in, pc, text, sizeof text);
                printf("  0x%" PRIx64 ":  %s\n", pc, text);
                pc += (uint64_t)len;
            }
        }
        if (have_cs) {
            cs_insn *insn;
            const uint8_t *code = cf.code + b->host_off;
            size_t n = cs_disasm(cs, code, b->host_len, b->host_off, 0, &insn);
            for (size_t k = 0; k < n; k++)
                printf("    +0x%06" PRIx64 ":  %s %s\n", insn[k].address, insn[k].mnemonic,
                       insn[k].op_str);
            if (n) cs_free(insn, n);
        }
    }
    if (have_cs) cs_close(&cs);
    if (have_img) aot_close(&img);
    cache_file_close(&cf);
    return 0;
}

int main(int argc, char **argv) {
    options o = {.jobs = (int)sysconf(_SC_NPROCESSORS_ONLN)};
    const char *input = NULL, *sysroot = NULL;
    if (o.jobs < 1) o.jobs = 1;
    /* units at the entries of C library routines get the host-routine prologue (docs/hostfn.md;
     * recomp-run decides at run time whether it runs them on the host) */
    rv64_lift_hostfn = aot_hostfn_at;
    o.profiles = calloc((size_t)argc, sizeof *o.profiles);
    for (int i = 1; i < argc; i++) {
        const char *a = argv[i];
        bool more = i + 1 < argc;
        if (!strcmp(a, "-h") || !strcmp(a, "--help")) {
            usage(stdout);
            return 0;
        } else if (!strcmp(a, "--info") || !strcmp(a, "--dump")) {
            if (!more) {
                fprintf(stderr, "%s: %s needs a cache file\n", prog, a);
                return 2;
            }
            if (!strcmp(a, "--info")) return info(argv[i + 1]);
            return dump(argv[i + 1], i + 2 < argc ? argv[i + 2] : NULL);
        } else if (!strcmp(a, "-o") && more) {
            o.out = argv[++i];
        } else if (!strcmp(a, "--compress")) {
            o.compress = true;
        } else if (!strcmp(a, "--with-deps")) {
            o.with_deps = true;
        } else if (!strcmp(a, "--profile") && more) {
            o.profiles[o.n_profiles++] = argv[++i];
        } else if (!strcmp(a, "-L") && more) {
            sysroot = argv[++i];
        } else if (!strcmp(a, "-j") && more) {
            o.jobs = atoi(argv[++i]);
            if (o.jobs < 1) o.jobs = 1;
        } else if (!strcmp(a, "--no-regions")) {
            o.no_regions = true;
        } else if (!strcmp(a, "-q")) {
            o.quiet = true;
        } else if (a[0] == '-' && a[1]) {
            fprintf(stderr, "%s: unknown or incomplete option %s (see --help)\n", prog, a);
            return 2;
        } else if (!input) {
            input = a;
        } else {
            fprintf(stderr, "%s: more than one input (%s, %s)\n", prog, input, a);
            return 2;
        }
    }
    if (!input) {
        usage(stderr);
        return 2;
    }
    sysroot_init(sysroot);
    int rc;
    if (o.with_deps) {
        rc = with_deps(input, &o);
    } else {
        char def[PATH_MAX];
        if (!o.out) {
            snprintf(def, sizeof def, "%s.cache", input);
            o.out = def;
        }
        rc = compile_object(input, o.out, &o);
    }
    free(o.profiles);
    return rc;
}
