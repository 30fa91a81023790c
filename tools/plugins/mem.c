/*
 * mem - guest memory accesses: a summary, or a zstd-compressed binary trace (docs/plugins.md).
 *
 *   recomp-run --plugin build/plugins/mem.so[,trace=FILE][,rw=r|w|rw] guest args...
 *
 * Without trace=: at exit, counts and bytes of loads and stores (atomics included), by access
 * size, on stderr. With trace=FILE: every access as one 32-byte record, zstd-compressed:
 *
 *   header  "RCMEMTR1" (8 bytes), u32 version = 1, u32 record size = 32
 *   record  u64 vaddr, u64 value (zero-extended), u64 pc, u32 thread index,
 *           u8 size, u8 flags (bit 0: store, bit 1: atomic), u16 zero
 *
 * little-endian; records of one thread are in execution order, threads interleave in chunks
 * (each thread buffers 2048 records). The summary is printed with a trace too.
 */
#include <inttypes.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <zstd.h>

#include "recomp/plugin.h"

RECOMP_PLUGIN_DECLARE;

typedef struct rec {
    uint64_t vaddr, value, pc;
    uint32_t vcpu;
    uint8_t size, flags;
    uint16_t zero;
} rec;
_Static_assert(sizeof(rec) == 32, "record size");

#define TBUF_RECS 2048

/* Per guest thread: counters and the trace buffer. */
typedef struct tstate {
    uint64_t n[2][4], bytes[2], atomics; /* [load/store][log2 size] */
    rec *buf;
    volatile uint32_t nbuf;
    struct tstate *next;
} tstate;

static pthread_mutex_t mu = PTHREAD_MUTEX_INITIALIZER;
static tstate *threads; /* every thread's state, never freed */
static __thread tstate *me;
static int rw = RECOMP_MEM_RW;
static const char *trace_path;
static FILE *trace;
static ZSTD_CCtx *zc;
static void *zout;
static size_t zout_size;
static bool closing;

static tstate *self(void) {
    if (me) return me;
    tstate *t = calloc(1, sizeof *t);
    if (!t) abort();
    if (trace_path && !(t->buf = malloc(TBUF_RECS * sizeof(rec)))) abort();
    pthread_mutex_lock(&mu);
    t->next = threads;
    threads = t;
    pthread_mutex_unlock(&mu);
    return me = t;
}

/* Compress `len` bytes into the stream (caller holds mu). */
static void z_write(const void *data, size_t len) {
    ZSTD_inBuffer in = {data, len, 0};
    while (in.pos < in.size) {
        ZSTD_outBuffer out = {zout, zout_size, 0};
        size_t r = ZSTD_compressStream2(zc, &out, &in, ZSTD_e_continue);
        if (ZSTD_isError(r)) return;
        fwrite(zout, 1, out.pos, trace);
    }
}

static void flush_buf(tstate *t) {
    uint32_t n = t->nbuf;
    if (n) z_write(t->buf, n * sizeof(rec));
    t->nbuf = 0;
}

static int log2size(unsigned s) {
    return s == 1 ? 0 : s == 2 ? 1 : s == 4 ? 2 : 3;
}

static void on_access(unsigned vcpu, const recomp_mem_access *a, void *ud) {
    (void)ud;
    tstate *t = self();
    t->n[a->is_store][log2size(a->size)]++;
    t->bytes[a->is_store] += a->size;
    t->atomics += a->is_atomic;
    if (!t->buf) return;
    t->buf[t->nbuf] = (rec){a->vaddr, a->value, recomp_get_pc(),
                            vcpu,     a->size,  (uint8_t)(a->is_store | a->is_atomic << 1),
                            0};
    __atomic_store_n(&t->nbuf, t->nbuf + 1, __ATOMIC_RELEASE);
    if (t->nbuf == TBUF_RECS) {
        pthread_mutex_lock(&mu);
        if (!closing)
            flush_buf(t);
        else
            t->nbuf = 0; /* the trace is closed: drop */
        pthread_mutex_unlock(&mu);
    }
}

static void tb_trans(recomp_plugin_id id, recomp_tb *tb) {
    (void)id;
    size_t n = recomp_tb_n_insns(tb);
    for (size_t i = 0; i < n; i++)
        recomp_register_mem_cb(recomp_tb_get_insn(tb, i), on_access, RECOMP_CB_NO_REGS,
                               (enum recomp_mem_rw)rw, NULL);
}

static void thread_exit(recomp_plugin_id id, unsigned vcpu) {
    (void)id;
    (void)vcpu;
    if (!me || !me->buf) return;
    pthread_mutex_lock(&mu);
    if (!closing) flush_buf(me);
    pthread_mutex_unlock(&mu);
}

static void at_exit(recomp_plugin_id id, void *ud) {
    (void)id;
    (void)ud;
    uint64_t n[2][4] = {{0}}, bytes[2] = {0}, atomics = 0;
    pthread_mutex_lock(&mu);
    for (tstate *t = threads; t; t = t->next) {
        for (int d = 0; d < 2; d++) {
            for (int s = 0; s < 4; s++)
                n[d][s] += t->n[d][s];
            bytes[d] += t->bytes[d];
        }
        atomics += t->atomics;
        if (trace) flush_buf(t);
    }
    if (trace) {
        closing = true;
        for (;;) { /* end the frame */
            ZSTD_inBuffer in = {NULL, 0, 0};
            ZSTD_outBuffer out = {zout, zout_size, 0};
            size_t r = ZSTD_compressStream2(zc, &out, &in, ZSTD_e_end);
            fwrite(zout, 1, out.pos, trace);
            if (r == 0 || ZSTD_isError(r)) break;
        }
        fclose(trace);
        trace = NULL;
    }
    pthread_mutex_unlock(&mu);
    char buf[512];
    static const char *const dir[2] = {"loads", "stores"};
    for (int d = 0; d < 2; d++) {
        uint64_t total = n[d][0] + n[d][1] + n[d][2] + n[d][3];
        snprintf(buf, sizeof buf,
                 "mem: %-6s %14" PRIu64 " (%" PRIu64 " bytes; 1: %" PRIu64 ", 2: %" PRIu64
                 ", 4: %" PRIu64 ", 8: %" PRIu64 ")\n",
                 dir[d], total, bytes[d], n[d][0], n[d][1], n[d][2], n[d][3]);
        recomp_outs(buf);
    }
    snprintf(buf, sizeof buf, "mem: atomic accesses %" PRIu64 "\n", atomics);
    recomp_outs(buf);
}

RECOMP_PLUGIN_EXPORT int recomp_plugin_install(recomp_plugin_id id, int argc, char **argv) {
    for (int i = 0; i < argc; i++) {
        const char *a = argv[i], *eq = strchr(a, '=');
        if (eq && !strncmp(a, "trace=", 6) && eq[1]) {
            trace_path = eq + 1;
        } else if (eq && !strncmp(a, "rw=", 3)) {
            rw = !strcmp(eq + 1, "r")    ? RECOMP_MEM_R
                 : !strcmp(eq + 1, "w")  ? RECOMP_MEM_W
                 : !strcmp(eq + 1, "rw") ? RECOMP_MEM_RW
                                         : 0;
            if (!rw) {
                fprintf(stderr, "mem plugin: rw= expects r, w or rw\n");
                return -1;
            }
        } else {
            fprintf(stderr, "mem plugin: unknown option '%s' (trace=FILE, rw=r|w|rw)\n", a);
            return -1;
        }
    }
    if (trace_path) {
        trace = fopen(trace_path, "wb");
        zc = ZSTD_createCCtx();
        zout_size = ZSTD_CStreamOutSize();
        zout = malloc(zout_size);
        if (!trace || !zc || !zout) {
            fprintf(stderr, "mem plugin: cannot write %s\n", trace_path);
            return -1;
        }
        ZSTD_CCtx_setParameter(zc, ZSTD_c_compressionLevel, 3);
        struct {
            char magic[8];
            uint32_t version, recsize;
        } hdr = {{'R', 'C', 'M', 'E', 'M', 'T', 'R', '1'}, 1, sizeof(rec)};
        z_write(&hdr, sizeof hdr);
    }
    recomp_register_tb_trans_cb(id, tb_trans);
    recomp_register_thread_exit_cb(id, thread_exit);
    recomp_register_atexit_cb(id, at_exit, NULL);
    return 0;
}
