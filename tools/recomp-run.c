/*
 * recomp-run - run a RISC-V (RV64GC) Linux program on this x86-64 host.
 *
 *   recomp-run [-L sysroot] [-0 argv0] [-E VAR=V] [-U VAR] [--strace]
 *              [-d in_asm,ir,ir_opt,out_asm] [--stats] guest.elf args...
 *
 * Static and dynamically linked programs run alike: a program with PT_INTERP gets its interpreter
 * (the guest's ld.so) from the sysroot, which also serves the guest's absolute path lookups the
 * way qemu-riscv64 -L does (runtime/sysroot.h). The sysroot is -L, else $RECOMP_SYSROOT, else
 * /usr/riscv64-linux-gnu if it exists.
 *
 * The guest's exit status becomes this process's exit status; a guest killed by a signal kills
 * this process with the same signal (after a one-line diagnostic naming the guest pc).
 */
#define _GNU_SOURCE
#include <errno.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "cache.h"
#include "cache_file.h"
#include "elf_load.h"
#include "engine.h"
#include "guest.h"
#include "gmem.h"
#include "plugin.h"
#include "syscall.h"
#include "syscall_internal.h"
#include "sysroot.h"

extern char **environ;

static const char *prog = "recomp-run";

static void usage(FILE *out) {
    fprintf(out,
            "usage: %s [options] guest.elf [args...]\n"
            "  -L DIR          sysroot for the interpreter and the guest's absolute paths\n"
            "                  (default: $" SYSROOT_ENV ", else " SYSROOT_DEFAULT ")\n"
            "  -0 ARG0         argv[0] for the guest (default: the program path)\n"
            "  -E VAR=VALUE    set a variable in the guest's environment\n"
            "  -U VAR          remove a variable from the guest's environment\n"
            "  --strace        log every system call on stderr\n"
            "  -d LIST         dump stages on stderr: in_asm,ir,ir_opt,out_asm\n"
            "  --stats         print translation statistics on stderr at exit\n"
            "  --cache FILE    the program's AOT cache (made by recomp; default: guest.elf.cache\n"
            "                  next to the program, else $RECOMP_CACHE_DIR or ~/.cache/recomp)\n"
            "  --cache-dir DIR the cache directory (default: $RECOMP_CACHE_DIR, else\n"
            "                  ~/.cache/recomp); passed on to exec'd guest programs\n"
            "  --no-cache      translate everything at run time (JIT only)\n"
            "  --profile-out P write the blocks the JIT had to make (for recomp --profile P)\n"
            "  --no-host-libc  run the guest's own memcpy/strlen/strchr/... instead of the host's\n"
            "                  (docs/hostfn.md; also RECOMP_HOST_LIBC=0)\n"
            "  --no-opt        do not optimize the IR (debugging)\n"
            "  --no-regions    JIT loops as superblocks, not as regions (docs/regions.md)\n"
            "  --max-insns N   guest instructions per translation unit (debugging)\n"
            "  --plugin P.so[,key=value...]\n"
            "                  load an instrumentation plugin (repeatable; docs/plugins.md)\n"
            "  -h, --help      this text\n",
            prog);
}

/* Guest environment: the host's, edited by -E/-U. */
typedef struct envlist {
    char **v;
    size_t n, cap;
} envlist;

static int env_push(envlist *e, char *s) {
    if (e->n + 1 >= e->cap) {
        size_t cap = e->cap ? e->cap * 2 : 64;
        char **nv = realloc(e->v, cap * sizeof *nv);
        if (!nv) return -1;
        e->v = nv;
        e->cap = cap;
    }
    e->v[e->n++] = s;
    e->v[e->n] = NULL;
    return 0;
}

static void env_unset(envlist *e, const char *name) {
    size_t len = strlen(name), j = 0;
    for (size_t i = 0; i < e->n; i++)
        if (!(strncmp(e->v[i], name, len) == 0 && e->v[i][len] == '=')) e->v[j++] = e->v[i];
    e->n = j;
    if (e->v) e->v[j] = NULL;
}

static unsigned parse_dump(const char *s) {
    unsigned flags = 0;
    char *copy = strdup(s), *save = NULL;
    for (char *tok = strtok_r(copy, ",", &save); tok; tok = strtok_r(NULL, ",", &save)) {
        if (!strcmp(tok, "in_asm"))
            flags |= DUMP_IN_ASM;
        else if (!strcmp(tok, "ir"))
            flags |= DUMP_IR;
        else if (!strcmp(tok, "ir_opt"))
            flags |= DUMP_IR_OPT;
        else if (!strcmp(tok, "out_asm"))
            flags |= DUMP_OUT_ASM;
        else {
            fprintf(stderr, "%s: unknown -d item '%s' (known: in_asm,ir,ir_opt,out_asm)\n", prog,
                    tok);
            exit(2);
        }
    }
    free(copy);
    return flags;
}

/* "path[,opts]" with path made absolute (when it exists). */
static char *plugin_spec_abs(const char *spec) {
    const char *comma = strchr(spec, ',');
    size_t plen = comma ? (size_t)(comma - spec) : strlen(spec);
    char path[PATH_MAX], real[PATH_MAX];
    if (spec[0] == '/' || plen >= sizeof path) return (char *)spec;
    memcpy(path, spec, plen);
    path[plen] = 0;
    if (!realpath(path, real)) return (char *)spec;
    size_t n = strlen(real) + strlen(spec + plen) + 1;
    char *out = malloc(n);
    if (!out) return (char *)spec;
    snprintf(out, n, "%s%s", real, spec + plen);
    return out;
}

/* Defined by the linker in a dynamically linked executable only. */
extern char _DYNAMIC[] __attribute__((weak));

/* The statically linked recomp-run (Makefile) cannot load plugins: it runs recomp-run-dyn,
 * installed next to it, with the same arguments. Returns only if there is none. */
static void run_dynamic(char **argv) {
    char dir[PATH_MAX], path[PATH_MAX + 16];
    ssize_t n = readlink("/proc/self/exe", dir, sizeof dir - 1);
    char *slash = n > 0 ? memrchr(dir, '/', (size_t)n) : NULL;
    if (!slash) return;
    *slash = 0;
    snprintf(path, sizeof path, "%s/recomp-run-dyn", dir);
    execv(path, argv);
    fprintf(stderr, "%s: --plugin needs %s: %s\n", prog, path, strerror(errno));
    exit(1);
}

int main(int argc, char **argv) {
    static const char *plugin_specs[16];
    int nplugin_specs = 0;
    engine_options opt = {.prog = prog};
    cache_options copt = {.prog = prog};
    const char *sysroot_opt = NULL, *arg0 = NULL, *cache_dir_opt = NULL;
    envlist env = {0};
    for (char **e = environ; *e; e++)
        if (env_push(&env, *e) < 0) goto oom;

    int i = 1;
    for (; i < argc; i++) {
        const char *a = argv[i];
        if (a[0] != '-') break;
        if (!strcmp(a, "--")) {
            i++;
            break;
        }
        const char *need = NULL;
        if (!strcmp(a, "-L") || !strcmp(a, "-0") || !strcmp(a, "-E") || !strcmp(a, "-U") ||
            !strcmp(a, "-d") || !strcmp(a, "--max-insns") || !strcmp(a, "--cache") ||
            !strcmp(a, "--cache-dir") || !strcmp(a, "--profile-out") || !strcmp(a, "--plugin")) {
            if (i + 1 >= argc) {
                fprintf(stderr, "%s: option %s needs an argument\n", prog, a);
                return 2;
            }
            need = argv[++i];
        }
        if (!strcmp(a, "-L")) {
            sysroot_opt = need;
        } else if (!strcmp(a, "-0")) {
            arg0 = need;
        } else if (!strcmp(a, "-E")) {
            const char *eq = strchr(need, '=');
            if (!eq) {
                fprintf(stderr, "%s: -E expects VAR=VALUE, got '%s'\n", prog, need);
                return 2;
            }
            char name[256];
            snprintf(name, sizeof name, "%.*s", (int)(eq - need), need);
            env_unset(&env, name);
            if (env_push(&env, (char *)need) < 0) goto oom;
        } else if (!strcmp(a, "-U")) {
            env_unset(&env, need);
        } else if (!strcmp(a, "-d")) {
            opt.dump |= parse_dump(need);
        } else if (!strcmp(a, "--max-insns")) {
            char *end;
            long v = strtol(need, &end, 10);
            if (*end || v < 1 || v > 128) {
                fprintf(stderr, "%s: --max-insns expects a number from 1 to 128, got '%s'\n", prog,
                        need);
                return 2;
            }
            opt.max_insns = (int)v;
        } else if (!strcmp(a, "--strace")) {
            syscall_strace = true;
        } else if (!strcmp(a, "--stats")) {
            opt.stats = true;
        } else if (!strcmp(a, "--no-opt")) {
            opt.no_opt = true;
        } else if (!strcmp(a, "--no-regions")) {
            opt.no_regions = true;
        } else if (!strcmp(a, "--no-host-libc")) {
            opt.no_host_libc = true;
        } else if (!strcmp(a, "--cache")) {
            copt.main_cache = need;
        } else if (!strcmp(a, "--cache-dir")) {
            cache_dir_opt = need;
        } else if (!strcmp(a, "--no-cache")) {
            copt.disabled = true;
        } else if (!strcmp(a, "--profile-out")) {
            copt.profile_out = need;
        } else if (!strcmp(a, "--plugin")) {
            if (nplugin_specs >= 16) {
                fprintf(stderr, "%s: too many --plugin options (at most 16)\n", prog);
                return 2;
            }
            /* an absolute path, so that a guest execve after a chdir finds it again */
            argv[i] = plugin_spec_abs(need);
            plugin_specs[nplugin_specs++] = argv[i];
        } else if (!strcmp(a, "-h") || !strcmp(a, "--help")) {
            usage(stdout);
            return 0;
        } else {
            fprintf(stderr, "%s: unknown option '%s' (try --help)\n", prog, a);
            return 2;
        }
    }
    if (i >= argc) {
        usage(stderr);
        return 2;
    }
    const char *path = argv[i];
    if (nplugin_specs && !_DYNAMIC) run_dynamic(argv);
    for (int k = 0; k < nplugin_specs; k++) {
        char perr[512];
        if (plugin_load(plugin_specs[k], perr, sizeof perr) < 0) {
            fprintf(stderr, "%s: %s\n", prog, perr);
            exit(1); /* (not return: the guest environment is still referenced here) */
        }
    }
    if (nplugin_specs) copt.disabled = true; /* AOT code has no instrumentation: JIT only */
    sysroot_init(sysroot_opt);
    /* The cache directory in force, absolute: it travels to exec'd guests on the command line,
     * since the guest may exec with an environment of its own (or none) */
    static char cdir[PATH_MAX + 1];
    if (cache_dir_opt) cache_dir_set(cache_dir_opt);
    if (cache_dir(cdir, sizeof cdir, false) == 0 && cdir[0] != '/') {
        char cwd[PATH_MAX], rel[PATH_MAX + 1];
        memcpy(rel, cdir, sizeof rel);
        int n = getcwd(cwd, sizeof cwd) ? snprintf(cdir, sizeof cdir, "%s/%s", cwd, rel) : -1;
        if (n > 0 && n < (int)sizeof cdir)
            cache_dir_set(cdir);
        else
            cdir[0] = 0;
    } else if (cdir[0] != '/') {
        cdir[0] = 0; /* no directory (no $HOME): none to pass on */
    }
    /* what a guest execve() of another guest ELF passes on: every translator option except the
     * environment edits and -0 (the guest's execve supplies those), and the sysroot and cache
     * directory in force */
    static char *reexec[64];
    int nre = 0;
    for (int k = 1; k < i && nre < 58; k++) {
        const char *o = argv[k];
        bool takes = !strcmp(o, "-L") || !strcmp(o, "-0") || !strcmp(o, "-E") || !strcmp(o, "-U") ||
                     !strcmp(o, "-d") || !strcmp(o, "--max-insns") || !strcmp(o, "--cache") ||
                     !strcmp(o, "--cache-dir") || !strcmp(o, "--profile-out") ||
                     !strcmp(o, "--plugin");
        /* --cache and --profile-out name this program's files, not the exec'd one's */
        if (!strcmp(o, "-L") || !strcmp(o, "-0") || !strcmp(o, "-E") || !strcmp(o, "-U") ||
            !strcmp(o, "--cache") || !strcmp(o, "--cache-dir") || !strcmp(o, "--profile-out") ||
            !strcmp(o, "--")) {
            k += takes;
            continue;
        }
        reexec[nre++] = argv[k];
        if (takes && k + 1 < i) reexec[nre++] = argv[++k];
    }
    reexec[nre++] = "-L";
    reexec[nre++] = sysroot_get() ? (char *)sysroot_get() : "/";
    if (cdir[0]) {
        reexec[nre++] = "--cache-dir";
        reexec[nre++] = cdir;
    }
    thread_set_reexec(NULL, nre, reexec);
    int rc = gmem_init();
    if (rc < 0) {
        fprintf(stderr, "%s: cannot reserve guest address space: %s\n", prog, strerror(-rc));
        return 127;
    }
    guest_image img;
    char err[256];
    if (elf_load(path, &img, err, sizeof err) < 0) {
        fprintf(stderr, "%s: %s: %s\n", prog, path, err);
        return 126;
    }
    if (elf_load_interp(&img, err, sizeof err) < 0) {
        fprintf(stderr, "%s: %s: %s\n", prog, path, err);
        return 127;
    }
    rc = engine_init(&opt);
    if (rc < 0) {
        if (rc != -ENOTSUP) fprintf(stderr, "%s: cannot start: %s\n", prog, strerror(-rc));
        return 127;
    }
    syscall_set_exe_path_resolved(img.real);
    /* AOT caches: the program and its interpreter now; libraries when ld.so maps them */
    copt.exact_stats = opt.stats;
    cache_init(&copt);
    cache_attach_object(path, img.real, img.load_bias);
    if (img.interp_base) {
        char ibuf[PATH_MAX];
        cache_attach_object(sysroot_path(img.interp, ibuf, sizeof ibuf), NULL, img.interp_base);
    }

    static rv64_cpu cpu;
    engine_cpu_init(&cpu);
    if (arg0) argv[i] = (char *)arg0; /* the guest's argv[0]; AT_EXECFN stays the path */
    cpu.x[2] = elf_setup_stack(&img, argc - i, argv + i, env.v, path);
    if (!cpu.x[2]) {
        fprintf(stderr, "%s: %s: cannot set up the guest stack (arguments too long?)\n", prog,
                path);
        return 126;
    }
    cpu.pc = img.start;
    engine_run(&cpu);

oom:
    fprintf(stderr, "%s: out of memory\n", prog);
    return 127;
}
