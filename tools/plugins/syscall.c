/*
 * syscall - trace the guest's system calls with names and results (docs/plugins.md).
 *
 *   recomp-run --plugin build/plugins/syscall.so[,file=PATH][,summary=on] guest args...
 *
 * One line per call, when it returns:
 *     [T] name(a0, a1, a2, a3, a4, a5) = result
 * with T the thread index, the six argument registers in hex and the result in decimal
 * (-errno as "-2 ENOENT"); exit and exit_group, which do not return, end in "= ?"; an execve
 * is printed when it is made ("= ?") and again if it fails. summary=on adds a table of calls
 * and errors per system call at exit. Output goes to stderr unless file= is given.
 */
#define _GNU_SOURCE
#include <inttypes.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "recomp/plugin.h"

RECOMP_PLUGIN_DECLARE;

#define NR_MAX 512

static FILE *out;
static bool summary;
static pthread_mutex_t mu = PTHREAD_MUTEX_INITIALIZER;
static uint64_t calls[NR_MAX], errors[NR_MAX];

typedef struct pending {
    int64_t num;
    uint64_t args[6];
} pending;
static __thread pending cur;

static const char *name_of(int64_t num, char *buf, size_t len) {
    const char *n = recomp_syscall_name(num);
    if (n) return n;
    snprintf(buf, len, "syscall_%" PRId64, num);
    return buf;
}

static void print(unsigned vcpu, const pending *p, const char *result) {
    char nb[32], line[512];
    snprintf(line, sizeof line,
             "[%u] %s(0x%" PRIx64 ", 0x%" PRIx64 ", 0x%" PRIx64 ", 0x%" PRIx64 ", 0x%" PRIx64
             ", 0x%" PRIx64 ") = %s\n",
             vcpu, name_of(p->num, nb, sizeof nb), p->args[0], p->args[1], p->args[2], p->args[3],
             p->args[4], p->args[5], result);
    if (out) {
        pthread_mutex_lock(&mu);
        fputs(line, out);
        fflush(out);
        pthread_mutex_unlock(&mu);
    } else {
        recomp_outs(line);
    }
}

static void on_entry(recomp_plugin_id id, unsigned vcpu, int64_t num, const uint64_t args[6]) {
    (void)id;
    cur.num = num;
    memcpy(cur.args, args, sizeof cur.args);
    if (num >= 0 && num < NR_MAX) __atomic_add_fetch(&calls[num], 1, __ATOMIC_RELAXED);
    if (num == 93 || num == 94 || num == 221) print(vcpu, &cur, "?"); /* exit*, execve */
}

static void on_return(recomp_plugin_id id, unsigned vcpu, int64_t num, int64_t ret) {
    (void)id;
    pending p = cur;
    if (p.num != num) { /* not ours (should not happen) */
        p.num = num;
        memset(p.args, 0, sizeof p.args);
    }
    char res[64];
    if (ret < 0 && ret >= -4095) {
        const char *en = strerrorname_np((int)-ret);
        snprintf(res, sizeof res, "%" PRId64 " %s", ret, en ? en : "");
        if (num >= 0 && num < NR_MAX) __atomic_add_fetch(&errors[num], 1, __ATOMIC_RELAXED);
    } else {
        snprintf(res, sizeof res, "%" PRId64, ret);
    }
    print(vcpu, &p, res);
}

static void at_exit(recomp_plugin_id id, void *ud) {
    (void)id;
    (void)ud;
    if (!summary) {
        if (out) fclose(out);
        return;
    }
    FILE *f = out ? out : stderr;
    fprintf(f, "%-24s %12s %12s\n", "syscall", "calls", "errors");
    uint64_t tc = 0, te = 0;
    for (int i = 0; i < NR_MAX; i++) {
        if (!calls[i]) continue;
        char nb[32];
        fprintf(f, "%-24s %12" PRIu64 " %12" PRIu64 "\n", name_of(i, nb, sizeof nb), calls[i],
                errors[i]);
        tc += calls[i];
        te += errors[i];
    }
    fprintf(f, "%-24s %12" PRIu64 " %12" PRIu64 "\n", "total", tc, te);
    if (out)
        fclose(out);
    else
        fflush(stderr);
}

RECOMP_PLUGIN_EXPORT int recomp_plugin_install(recomp_plugin_id id, int argc, char **argv) {
    for (int i = 0; i < argc; i++) {
        const char *a = argv[i], *eq = strchr(a, '=');
        bool ok = eq != NULL;
        if (ok && !strncmp(a, "file=", 5)) {
            out = fopen(eq + 1, "w");
            if (!out) {
                fprintf(stderr, "syscall plugin: cannot write %s\n", eq + 1);
                return -1;
            }
        } else if (ok && !strncmp(a, "summary=", 8)) {
            ok = recomp_bool_parse("summary", eq + 1, &summary);
        } else {
            ok = false;
        }
        if (!ok) {
            fprintf(stderr, "syscall plugin: unknown option '%s' (file=PATH, summary=on|off)\n", a);
            return -1;
        }
    }
    recomp_register_syscall_cb(id, on_entry);
    recomp_register_syscall_ret_cb(id, on_return);
    recomp_register_atexit_cb(id, at_exit, NULL);
    return 0;
}
