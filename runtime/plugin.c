/*
 * plugin.c - instrumentation plugins: loading, translation-time instrumentation, the run-time
 * API and events (include/recomp/plugin.h, docs/plugins.md).
 *
 * Translation (plugin_lift_unit, under the engine's tb_lock): the unit is lifted as usual, split
 * into basic blocks (a block ends after an instruction with a side exit, or at the end of the
 * unit), and every plugin's tb_trans callback sees each block and records requests. If there are
 * any, the unit is lifted again with lifter hooks (recomp/lift.h) that inject the requests as
 * IR at the start of each instruction and after each memory access:
 *   inline op             IR_SB_ADD / IR_SB_STORE on the thread's scoreboard
 *   callback              IR_CALL of helpers[HELPER_PLUGIN](cpu, index, addr, value)
 *   conditional callback  IR_SB_CALL_IF (compare inline, call when true)
 * where index names an entry of a process-wide callback table (function, userdata, flags, and
 * for memory callbacks the access's size and direction). Calls carry IR_CALL_FAULT so cpu->pc
 * is the instrumented instruction and the guest registers are in cpu state; R_REGS adds
 * IR_CALL_RD_X|RD_F, RW_REGS also IR_CALL_WR_X|WR_F so the backend reloads what the callback
 * may have written.
 *
 * Threads: each guest thread gets a thread index (lowest free one, as QEMU's vcpu index) and a
 * scoreboard (RECOMP_SCOREBOARD_MAX u64, reserved MAP_NORESERVE so it never moves); at thread
 * exit its slots are added to `retired` so sums include exited threads.
 */
#define _GNU_SOURCE
#include "plugin.h"

#include <dlfcn.h>
#include <errno.h>
#include <pthread.h>
#include <stdarg.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/mman.h>
#include <unistd.h>

#include "engine.h"
#include "gmem.h"
#include "guest.h"
#include "helpers.h"
#include "recomp/plugin.h"
#include "rv64_decode.h"
#include "rv64_fp.h"
#include "syscall.h"
#include "syscall_internal.h"

#define MAX_PLUGINS 16
#define MAX_VCPUS   65536

typedef struct plugin {
    char *spec; /* owns path and argv strings */
    const char *path;
    void *dl;
    int argc;
    char **argv;
    recomp_tb_trans_cb tb_trans;
    recomp_thread_cb thread_start, thread_exit;
    recomp_syscall_cb syscall;
    recomp_syscall_ret_cb syscall_ret;
    recomp_atexit_cb atexit_cb;
    void *atexit_ud;
} plugin;

static plugin plugins[MAX_PLUGINS];
static int nplugins;
static bool any_syscall_cb;

int plugin_count(void) {
    return nplugins;
}

static plugin *plug(recomp_plugin_id id) {
    return id >= 0 && id < nplugins ? &plugins[id] : NULL;
}

/* -- Callback table ------------------------------------------------------------------------
 * Entries are appended under tb_lock (translation) and never move or change, so the helper
 * reads them without a lock: the code that names an entry is published after the entry. */

enum { CB_EXEC, CB_MEM };

typedef struct cbent {
    uint8_t kind;
    uint8_t flags; /* enum recomp_cb_flags */
    uint8_t size;  /* CB_MEM */
    uint8_t is_store, atomic;
    void *fn, *ud;
} cbent;

#define CB_CHUNK_BITS 12
#define CB_CHUNKS     4096
static cbent *cb_chunks[CB_CHUNKS];
static uint32_t n_cbs;
/* dedup: open addressing over entry indexes + 1 */
static uint32_t *cb_hash;
static uint32_t cb_hash_size;

static cbent *cb_get(uint32_t i) {
    return &cb_chunks[i >> CB_CHUNK_BITS][i & ((1u << CB_CHUNK_BITS) - 1)];
}

static uint64_t cb_key_hash(const cbent *e) {
    uint64_t h = (uint64_t)(uintptr_t)e->fn * 0x9E3779B97F4A7C15ull;
    h ^= (uint64_t)(uintptr_t)e->ud * 0xC2B2AE3D27D4EB4Full;
    h ^= (uint64_t)(e->kind | e->flags << 4 | e->size << 8 | e->is_store << 16 | e->atomic << 17);
    return h ^ (h >> 29);
}

static bool cb_same(const cbent *a, const cbent *b) {
    return a->kind == b->kind && a->flags == b->flags && a->size == b->size &&
           a->is_store == b->is_store && a->atomic == b->atomic && a->fn == b->fn && a->ud == b->ud;
}

static void out_of_memory(void) __attribute__((noreturn));
static void out_of_memory(void) {
    fprintf(stderr, "%s: out of memory (plugins)\n", engine_prog());
    _exit(127);
}

/* Index of the entry equal to *e, made if new. */
static uint32_t cb_intern(const cbent *e) {
    if (2 * (n_cbs + 1) > cb_hash_size) {
        uint32_t size = cb_hash_size ? 2 * cb_hash_size : 1024;
        uint32_t *h = calloc(size, sizeof *h);
        if (!h) out_of_memory();
        for (uint32_t i = 0; i < n_cbs; i++) {
            uint32_t k = (uint32_t)cb_key_hash(cb_get(i)) & (size - 1);
            while (h[k])
                k = (k + 1) & (size - 1);
            h[k] = i + 1;
        }
        free(cb_hash);
        cb_hash = h;
        cb_hash_size = size;
    }
    uint32_t k = (uint32_t)cb_key_hash(e) & (cb_hash_size - 1);
    for (; cb_hash[k]; k = (k + 1) & (cb_hash_size - 1))
        if (cb_same(cb_get(cb_hash[k] - 1), e)) return cb_hash[k] - 1;
    uint32_t i = n_cbs;
    if ((i >> CB_CHUNK_BITS) >= CB_CHUNKS) {
        fprintf(stderr, "%s: too many plugin callbacks\n", engine_prog());
        _exit(127);
    }
    if (!cb_chunks[i >> CB_CHUNK_BITS]) {
        cb_chunks[i >> CB_CHUNK_BITS] = calloc(1u << CB_CHUNK_BITS, sizeof(cbent));
        if (!cb_chunks[i >> CB_CHUNK_BITS]) out_of_memory();
    }
    *cb_get(i) = *e;
    n_cbs = i + 1;
    cb_hash[k] = i + 1;
    return i;
}

/* -- Threads and the scoreboard ------------------------------------------------------------ */

typedef struct vcpu {
    rv64_cpu *cpu; /* NULL: free index */
    uint64_t *sb;
    bool transient; /* a vfork child: no events, never folded into the totals */
} vcpu;

static pthread_mutex_t vcpu_mu = PTHREAD_MUTEX_INITIALIZER;
static vcpu *vcpus;
static unsigned n_vcpus_hi; /* 1 + highest index ever used */
static uint64_t *retired;   /* slots of exited threads, summed */
static _Atomic uint32_t sb_slots;
static uint64_t **sb_free; /* scoreboards of exited threads, for reuse */
static size_t n_sb_free, cap_sb_free;

#define SB_BYTES ((size_t)RECOMP_SCOREBOARD_MAX * 8)

static uint64_t *sb_new(void) {
    if (n_sb_free) {
        uint64_t *sb = sb_free[--n_sb_free];
        memset(sb, 0, (size_t)atomic_load(&sb_slots) * 8);
        return sb;
    }
    void *p = mmap(NULL, SB_BYTES, PROT_READ | PROT_WRITE,
                   MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
    if (p == MAP_FAILED) out_of_memory();
    return p;
}

static void sb_release(uint64_t *sb) {
    if (n_sb_free == cap_sb_free) {
        size_t cap = cap_sb_free ? 2 * cap_sb_free : 16;
        uint64_t **n = realloc(sb_free, cap * sizeof *n);
        if (!n) return; /* leak it */
        sb_free = n;
        cap_sb_free = cap;
    }
    sb_free[n_sb_free++] = sb;
}

/* Fold a thread's slots into the totals (caller holds vcpu_mu). */
static void sb_fold(const uint64_t *sb) {
    uint32_t n = atomic_load(&sb_slots);
    for (uint32_t i = 0; i < n; i++)
        retired[i] += sb[i];
}

int64_t recomp_scoreboard_alloc(recomp_plugin_id id, size_t n) {
    if (!plug(id) || n == 0) return -1;
    pthread_mutex_lock(&vcpu_mu);
    uint32_t first = atomic_load(&sb_slots);
    int64_t r = -1;
    if (n <= RECOMP_SCOREBOARD_MAX - first) {
        atomic_store(&sb_slots, first + (uint32_t)n);
        r = first;
    }
    pthread_mutex_unlock(&vcpu_mu);
    return r;
}

uint64_t recomp_scoreboard_sum(recomp_slot slot) {
    if (slot >= atomic_load(&sb_slots)) return 0;
    pthread_mutex_lock(&vcpu_mu);
    uint64_t s = retired[slot];
    for (unsigned i = 0; i < n_vcpus_hi; i++)
        if (vcpus[i].cpu && !vcpus[i].transient)
            s += __atomic_load_n(&vcpus[i].sb[slot], __ATOMIC_RELAXED);
    pthread_mutex_unlock(&vcpu_mu);
    return s;
}

uint64_t recomp_scoreboard_get(unsigned v, recomp_slot slot) {
    if (slot >= atomic_load(&sb_slots) || v >= n_vcpus_hi || !vcpus) return 0;
    uint64_t *sb = __atomic_load_n(&vcpus[v].sb, __ATOMIC_ACQUIRE);
    return sb && vcpus[v].cpu ? __atomic_load_n(&sb[slot], __ATOMIC_RELAXED) : 0;
}

void recomp_scoreboard_set(unsigned v, recomp_slot slot, uint64_t value) {
    if (slot >= atomic_load(&sb_slots) || v >= n_vcpus_hi || !vcpus) return;
    uint64_t *sb = __atomic_load_n(&vcpus[v].sb, __ATOMIC_ACQUIRE);
    if (sb && vcpus[v].cpu) __atomic_store_n(&sb[slot], value, __ATOMIC_RELAXED);
}

static void fork_prepare(void) {
    pthread_mutex_lock(&vcpu_mu);
}
static void fork_parent(void) {
    pthread_mutex_unlock(&vcpu_mu);
}
/* fork child: only the forking thread exists; the others' counts become history. */
static void fork_child(void) {
    pthread_mutex_init(&vcpu_mu, NULL);
    rv64_cpu *self = guest_self ? guest_self->cpu : NULL;
    for (unsigned i = 0; i < n_vcpus_hi; i++) {
        if (!vcpus[i].cpu || vcpus[i].cpu == self) continue;
        if (!vcpus[i].transient) sb_fold(vcpus[i].sb);
        vcpus[i].cpu = NULL;
    }
}

static uint64_t plugin_helper(rv64_cpu *cpu, uint64_t index, uint64_t a, uint64_t b);

void plugin_thread_start(rv64_cpu *cpu) {
    if (!nplugins) return;
    bool transient = guest_self && guest_self->cpu == cpu && guest_self->own_process;
    uint64_t *sb = NULL;
    unsigned idx = 0;
    pthread_mutex_lock(&vcpu_mu);
    while (idx < MAX_VCPUS && vcpus[idx].cpu)
        idx++;
    if (idx >= MAX_VCPUS) {
        pthread_mutex_unlock(&vcpu_mu);
        fprintf(stderr, "%s: more than %d guest threads with plugins\n", engine_prog(), MAX_VCPUS);
        _exit(127);
    }
    sb = sb_new();
    vcpus[idx].transient = transient;
    __atomic_store_n(&vcpus[idx].sb, sb, __ATOMIC_RELEASE);
    vcpus[idx].cpu = cpu;
    if (idx + 1 > n_vcpus_hi) n_vcpus_hi = idx + 1;
    pthread_mutex_unlock(&vcpu_mu);
    cpu->thread_index = idx;
    cpu->plugin_sb = sb;
    cpu->helpers[HELPER_PLUGIN] = (const void *)plugin_helper;
    if (transient) return;
    for (int i = 0; i < nplugins; i++)
        if (plugins[i].thread_start) plugins[i].thread_start(i, idx);
}

static int vcpu_of(const rv64_cpu *cpu) {
    unsigned i = (unsigned)cpu->thread_index;
    return i < n_vcpus_hi && vcpus[i].cpu == cpu ? (int)i : -1;
}

/* Unregister; fold the counts unless transient. The scoreboard is kept for reuse only when the
 * thread is certainly gone (fold). */
static void vcpu_release(int i, bool reuse) {
    pthread_mutex_lock(&vcpu_mu);
    if (vcpus[i].cpu) {
        if (!vcpus[i].transient) sb_fold(vcpus[i].sb);
        if (reuse) sb_release(vcpus[i].sb);
        vcpus[i].cpu = NULL;
    }
    pthread_mutex_unlock(&vcpu_mu);
}

void plugin_thread_exit(rv64_cpu *cpu) {
    if (!nplugins) return;
    int i = vcpu_of(cpu);
    if (i < 0) return;
    if (!vcpus[i].transient)
        for (int p = 0; p < nplugins; p++)
            if (plugins[p].thread_exit) plugins[p].thread_exit(p, (unsigned)i);
    /* the thread goes on to pthread_exit: its scoreboard is not touched again */
    cpu->plugin_sb = NULL;
    vcpu_release(i, true);
}

void plugin_exec_notify(void) {
    if (!nplugins || !guest_self || !guest_self->own_process) return;
    int i = vcpu_of(guest_self->cpu);
    if (i >= 0) vcpu_release(i, false); /* the exec may fail: keep its scoreboard mapped */
}

static atomic_int exited;

void plugin_at_exit(void) {
    if (!nplugins) return;
    if (guest_self && guest_self->own_process) { /* a vfork child: shares our memory */
        plugin_exec_notify();
        return;
    }
    if (atomic_exchange(&exited, 1)) return;
    fflush(stdout);
    for (unsigned i = 0; i < n_vcpus_hi; i++) {
        if (!vcpus[i].cpu || vcpus[i].transient) continue;
        for (int p = 0; p < nplugins; p++)
            if (plugins[p].thread_exit) plugins[p].thread_exit(p, i);
    }
    for (int p = 0; p < nplugins; p++)
        if (plugins[p].atexit_cb) plugins[p].atexit_cb(p, plugins[p].atexit_ud);
    fflush(stderr);
}

/* -- Events -------------------------------------------------------------------------------- */

/* The guest signals itself with a signal whose default action ends the process (abort(),
 * raise()): the process is about to die without passing through the runtime again, so the
 * program-exit callbacks run now. kill(pid, sig) and kill(0, sig) to its own process, tkill and
 * tgkill to the calling thread. */
static void fatal_self_signal(uint64_t nr, const uint64_t *a) {
    guest_thread *t = guest_self;
    if (!t || t->own_process) return;
    int sig;
    if (nr == 129 && ((pid_t)a[0] == getpid() || (pid_t)a[0] == 0))
        sig = (int)a[1];
    else if (nr == 130 && (pid_t)a[0] == gettid())
        sig = (int)a[1];
    else if (nr == 131 && (pid_t)a[0] == getpid() && (pid_t)a[1] == gettid())
        sig = (int)a[2];
    else
        return;
    if (signal_would_kill(t, sig)) plugin_at_exit();
}

void plugin_syscall_entry(rv64_cpu *cpu, uint64_t nr, const uint64_t args[6]) {
    unsigned v = (unsigned)cpu->thread_index;
    if (any_syscall_cb)
        for (int p = 0; p < nplugins; p++)
            if (plugins[p].syscall) plugins[p].syscall(p, v, (int64_t)nr, args);
    if (nr >= 129 && nr <= 131) fatal_self_signal(nr, args);
}

void plugin_syscall_exit(rv64_cpu *cpu, uint64_t nr, int64_t ret) {
    if (!any_syscall_cb) return;
    unsigned v = (unsigned)cpu->thread_index;
    for (int p = 0; p < nplugins; p++)
        if (plugins[p].syscall_ret) plugins[p].syscall_ret(p, v, (int64_t)nr, ret);
}

void recomp_register_tb_trans_cb(recomp_plugin_id id, recomp_tb_trans_cb cb) {
    if (plug(id)) plug(id)->tb_trans = cb;
}
void recomp_register_thread_start_cb(recomp_plugin_id id, recomp_thread_cb cb) {
    if (plug(id)) plug(id)->thread_start = cb;
}
void recomp_register_thread_exit_cb(recomp_plugin_id id, recomp_thread_cb cb) {
    if (plug(id)) plug(id)->thread_exit = cb;
}
void recomp_register_syscall_cb(recomp_plugin_id id, recomp_syscall_cb cb) {
    if (!plug(id)) return;
    plug(id)->syscall = cb;
    if (cb) any_syscall_cb = true;
}
void recomp_register_syscall_ret_cb(recomp_plugin_id id, recomp_syscall_ret_cb cb) {
    if (!plug(id)) return;
    plug(id)->syscall_ret = cb;
    if (cb) any_syscall_cb = true;
}
void recomp_register_atexit_cb(recomp_plugin_id id, recomp_atexit_cb cb, void *userdata) {
    if (!plug(id)) return;
    plug(id)->atexit_cb = cb;
    plug(id)->atexit_ud = userdata;
}

/* -- Translation ------------------------------------------------------------------------------ */

enum { REQ_CALL, REQ_INLINE, REQ_COND, REQ_MEM_CALL, REQ_MEM_INLINE };

typedef struct req {
    uint8_t kind;
    uint8_t op;    /* inline op */
    uint8_t flags; /* enum recomp_cb_flags */
    uint8_t rw;    /* memory requests */
    uint8_t cond;  /* enum recomp_cond */
    uint32_t slot;
    uint64_t imm; /* inline operand, compared value */
    void *fn, *ud;
    int32_t next;
} req;

typedef struct reqlist {
    int32_t head, tail;
} reqlist;

struct recomp_tb {
    uint64_t vaddr;
    uint32_t first, n;
    reqlist reqs;
};

struct recomp_insn {
    uint64_t vaddr;
    uint8_t size;
    uint8_t data[4];
    bool have_disas, have_sym;
    char disas[96];
    const char *sym;
    recomp_tb *tb;
    reqlist reqs, mem;
};

static recomp_insn t_insn[LIFT_MAX_INSNS];
static recomp_tb t_tb[LIFT_MAX_INSNS];
static uint32_t t_ninsn, t_ntb;
static req *t_req;
static int32_t t_nreq, t_capreq;
static bool in_trans;

static req *req_add(reqlist *l) {
    if (!in_trans) return NULL;
    if (t_nreq == t_capreq) {
        int32_t cap = t_capreq ? 2 * t_capreq : 256;
        req *n = realloc(t_req, (size_t)cap * sizeof *n);
        if (!n) out_of_memory();
        t_req = n;
        t_capreq = cap;
    }
    int32_t i = t_nreq++;
    req *r = &t_req[i];
    memset(r, 0, sizeof *r);
    r->next = -1;
    if (l->tail >= 0)
        t_req[l->tail].next = i;
    else
        l->head = i;
    l->tail = i;
    return r;
}

static bool slot_ok(recomp_slot slot) {
    return slot < atomic_load(&sb_slots);
}

static int add_call(reqlist *l, recomp_exec_cb cb, enum recomp_cb_flags flags, void *ud) {
    if (!cb || (unsigned)flags > RECOMP_CB_RW_REGS) return -1;
    req *r = req_add(l);
    if (!r) return -1;
    r->kind = REQ_CALL;
    r->flags = (uint8_t)flags;
    r->fn = (void *)cb;
    r->ud = ud;
    return 0;
}

static int add_inline(reqlist *l, int kind, enum recomp_inline_op op, recomp_slot slot,
                      uint64_t imm, uint8_t rw) {
    if ((unsigned)op > RECOMP_INLINE_STORE_U64 || !slot_ok(slot)) return -1;
    req *r = req_add(l);
    if (!r) return -1;
    r->kind = (uint8_t)kind;
    r->op = (uint8_t)op;
    r->slot = slot;
    r->imm = imm;
    r->rw = rw;
    return 0;
}

static int add_cond(reqlist *l, recomp_exec_cb cb, enum recomp_cb_flags flags,
                    enum recomp_cond cond, recomp_slot slot, uint64_t value, void *ud) {
    if (!cb || (unsigned)flags > RECOMP_CB_RW_REGS || (unsigned)cond > RECOMP_COND_GE ||
        !slot_ok(slot))
        return -1;
    req *r = req_add(l);
    if (!r) return -1;
    r->kind = REQ_COND;
    r->flags = (uint8_t)flags;
    r->cond = (uint8_t)cond;
    r->slot = slot;
    r->imm = value;
    r->fn = (void *)cb;
    r->ud = ud;
    return 0;
}

int recomp_register_tb_exec_cb(recomp_tb *tb, recomp_exec_cb cb, enum recomp_cb_flags flags,
                               void *userdata) {
    return tb ? add_call(&tb->reqs, cb, flags, userdata) : -1;
}
int recomp_register_insn_exec_cb(recomp_insn *insn, recomp_exec_cb cb, enum recomp_cb_flags flags,
                                 void *userdata) {
    return insn ? add_call(&insn->reqs, cb, flags, userdata) : -1;
}
int recomp_register_tb_exec_inline(recomp_tb *tb, enum recomp_inline_op op, recomp_slot slot,
                                   uint64_t imm) {
    return tb ? add_inline(&tb->reqs, REQ_INLINE, op, slot, imm, 0) : -1;
}
int recomp_register_insn_exec_inline(recomp_insn *insn, enum recomp_inline_op op, recomp_slot slot,
                                     uint64_t imm) {
    return insn ? add_inline(&insn->reqs, REQ_INLINE, op, slot, imm, 0) : -1;
}
int recomp_register_tb_exec_cond_cb(recomp_tb *tb, recomp_exec_cb cb, enum recomp_cb_flags flags,
                                    enum recomp_cond cond, recomp_slot slot, uint64_t value,
                                    void *userdata) {
    return tb ? add_cond(&tb->reqs, cb, flags, cond, slot, value, userdata) : -1;
}
int recomp_register_insn_exec_cond_cb(recomp_insn *insn, recomp_exec_cb cb,
                                      enum recomp_cb_flags flags, enum recomp_cond cond,
                                      recomp_slot slot, uint64_t value, void *userdata) {
    return insn ? add_cond(&insn->reqs, cb, flags, cond, slot, value, userdata) : -1;
}
int recomp_register_mem_cb(recomp_insn *insn, recomp_mem_cb cb, enum recomp_cb_flags flags,
                           enum recomp_mem_rw rw, void *userdata) {
    if (!insn || !cb || (unsigned)flags > RECOMP_CB_RW_REGS || rw < RECOMP_MEM_R ||
        rw > RECOMP_MEM_RW)
        return -1;
    req *r = req_add(&insn->mem);
    if (!r) return -1;
    r->kind = REQ_MEM_CALL;
    r->flags = (uint8_t)flags;
    r->rw = (uint8_t)rw;
    r->fn = (void *)cb;
    r->ud = userdata;
    return 0;
}
int recomp_register_mem_inline(recomp_insn *insn, enum recomp_mem_rw rw, enum recomp_inline_op op,
                               recomp_slot slot, uint64_t imm) {
    if (!insn || rw < RECOMP_MEM_R || rw > RECOMP_MEM_RW) return -1;
    return add_inline(&insn->mem, REQ_MEM_INLINE, op, slot, imm, (uint8_t)rw);
}

size_t recomp_tb_n_insns(const recomp_tb *tb) {
    return tb ? tb->n : 0;
}
uint64_t recomp_tb_vaddr(const recomp_tb *tb) {
    return tb ? tb->vaddr : 0;
}
recomp_insn *recomp_tb_get_insn(const recomp_tb *tb, size_t i) {
    return tb && i < tb->n ? &t_insn[tb->first + i] : NULL;
}
uint64_t recomp_insn_vaddr(const recomp_insn *insn) {
    return insn ? insn->vaddr : 0;
}
size_t recomp_insn_size(const recomp_insn *insn) {
    return insn ? insn->size : 0;
}
const void *recomp_insn_data(const recomp_insn *insn) {
    return insn ? insn->data : NULL;
}
const char *recomp_insn_disas(const recomp_insn *cinsn) {
    if (!cinsn) return NULL;
    recomp_insn *insn = (recomp_insn *)cinsn;
    if (!insn->have_disas) {
        uint32_t bits = 0;
        memcpy(&bits, insn->data, insn->size);
        rv64_insn d;
        rv64_decode(bits, &d);
        rv64_disasm(&d, insn->vaddr, insn->disas, sizeof insn->disas);
        insn->have_disas = true;
    }
    return insn->disas;
}
const char *recomp_insn_symbol(const recomp_insn *cinsn) {
    if (!cinsn) return NULL;
    recomp_insn *insn = (recomp_insn *)cinsn;
    if (!insn->have_sym) {
        insn->sym = plugin_symbol_lookup(insn->vaddr, NULL);
        insn->have_sym = true;
    }
    return insn->sym;
}

/* IR call flags for a callback's register access. */
static uint8_t call_flags(uint8_t flags) {
    uint8_t f = IR_CALL_FAULT; /* cpu->pc stored, registers written back */
    if (flags >= RECOMP_CB_R_REGS) f |= IR_CALL_RD_X | IR_CALL_RD_F;
    if (flags >= RECOMP_CB_RW_REGS) f |= IR_CALL_WR_X | IR_CALL_WR_F;
    return f;
}

static void emit_inline(ir_unit *u, const req *r) {
    ir_sb_op(u, r->op == RECOMP_INLINE_ADD_U64 ? IR_SB_ADD : IR_SB_STORE, r->slot,
             ir_const(u, (int64_t)r->imm));
}

static void emit_reqs(ir_unit *u, const reqlist *l) {
    for (int32_t i = l->head; i >= 0 && !u->overflow; i = t_req[i].next) {
        const req *r = &t_req[i];
        if (r->kind == REQ_INLINE) {
            emit_inline(u, r);
            continue;
        }
        cbent e = {.kind = CB_EXEC, .flags = r->flags, .fn = r->fn, .ud = r->ud};
        ir_temp idx = ir_const(u, cb_intern(&e));
        uint8_t f = call_flags(r->flags);
        if (r->kind == REQ_CALL) {
            ir_call(u, HELPER_PLUGIN, f, idx, 0, 0);
            continue;
        }
        /* conditional: unsigned compare; LE/GT become LT/GE of value + 1 */
        uint64_t v = r->imm;
        int cond = -1;
        bool always = false;
        switch (r->cond) {
        case RECOMP_COND_ALWAYS: always = true; break;
        case RECOMP_COND_NEVER: break;
        case RECOMP_COND_EQ: cond = IR_EQ; break;
        case RECOMP_COND_NE: cond = IR_NE; break;
        case RECOMP_COND_LT: cond = IR_LTU; break;
        case RECOMP_COND_GE: cond = IR_GEU; break;
        case RECOMP_COND_LE:
            if (v == UINT64_MAX)
                always = true;
            else
                cond = IR_LTU, v++;
            break;
        case RECOMP_COND_GT:
            if (v != UINT64_MAX) cond = IR_GEU, v++;
            break;
        default: break;
        }
        if (always)
            ir_call(u, HELPER_PLUGIN, f, idx, 0, 0);
        else if (cond >= 0)
            ir_sb_call_if(u, (ir_cond)cond, r->slot, ir_const(u, (int64_t)v), idx, f);
    }
}

static void hook_insn(ir_unit *u, uint32_t index, uint64_t pc, void *ctx) {
    (void)pc;
    (void)ctx;
    if (index >= t_ninsn) return;
    recomp_insn *in = &t_insn[index];
    if (in->tb && in->tb->first == index) emit_reqs(u, &in->tb->reqs);
    emit_reqs(u, &in->reqs);
}

static void hook_mem(ir_unit *u, uint32_t index, int dir, int size, bool atomic, ir_temp base,
                     int64_t offset, ir_temp value, void *ctx) {
    (void)ctx;
    if (index >= t_ninsn) return;
    recomp_insn *in = &t_insn[index];
    uint8_t want = dir == LIFT_MEM_STORE ? RECOMP_MEM_W : RECOMP_MEM_R;
    ir_temp addr = 0;
    for (int32_t i = in->mem.head; i >= 0 && !u->overflow; i = t_req[i].next) {
        const req *r = &t_req[i];
        if (!(r->rw & want)) continue;
        if (r->kind == REQ_MEM_INLINE) {
            emit_inline(u, r);
            continue;
        }
        if (!addr)
            addr = !base    ? ir_const(u, offset)
                   : offset ? ir_emit(u, IR_ADD, 8, base, ir_const(u, offset), 0)
                            : base;
        cbent e = {.kind = CB_MEM,
                   .flags = r->flags,
                   .size = (uint8_t)size,
                   .is_store = dir == LIFT_MEM_STORE,
                   .atomic = atomic,
                   .fn = r->fn,
                   .ud = r->ud};
        ir_call(u, HELPER_PLUGIN, call_flags(r->flags), ir_const(u, cb_intern(&e)), addr, value);
    }
}

/* Fill t_insn / t_tb from the plain lift of the unit. */
static void collect(const ir_unit *u, lift_fetch_fn fetch, void *ctx) {
    t_ninsn = t_ntb = 0;
    int32_t cur = -1;
    for (uint32_t i = 0; i < u->n && t_ninsn < LIFT_MAX_INSNS; i++) {
        const ir_insn *in = &u->insn[i];
        if (in->op == IR_INSN_START) {
            recomp_insn *x = &t_insn[t_ninsn];
            memset(x, 0, sizeof *x);
            x->vaddr = (uint64_t)in->imm;
            x->size = in->size;
            x->reqs = x->mem = (reqlist){-1, -1};
            uint32_t bits = 0;
            fetch(x->vaddr, &bits, ctx);
            memcpy(x->data, &bits, 4);
            if (cur < 0) {
                cur = (int32_t)t_ntb++;
                t_tb[cur] = (recomp_tb){.vaddr = x->vaddr, .first = t_ninsn, .reqs = {-1, -1}};
            }
            x->tb = &t_tb[cur];
            t_tb[cur].n++;
            t_ninsn++;
        } else if (in->op == IR_BRCOND) {
            cur = -1; /* a side exit ends the block */
        }
    }
}

int plugin_lift_unit(ir_unit *u, uint64_t pc, int max_insns, lift_fetch_fn fetch, void *ctx) {
    static const lift_hooks hooks = {hook_insn, hook_mem, NULL};
    for (;;) {
        if (rv64_lift_unit(u, pc, max_insns, fetch, ctx) < 0) return -1;
        uint32_t n = u->n_guest;
        collect(u, fetch, ctx);
        t_nreq = 0;
        in_trans = true;
        for (uint32_t b = 0; b < t_ntb; b++)
            for (int p = 0; p < nplugins; p++)
                if (plugins[p].tb_trans) plugins[p].tb_trans(p, &t_tb[b]);
        in_trans = false;
        if (!t_nreq) return 0; /* nothing to inject: the plain unit */
        if (rv64_lift_unit_hooked(u, pc, (int)n, fetch, ctx, &hooks) < 0) return -1;
        if (u->n_guest == n) return 0;
        /* the instrumentation did not fit: a shorter unit, whose blocks the plugins see anew */
        if (u->n_guest == 0) return rv64_lift_unit(u, pc, 1, fetch, ctx);
        max_insns = (int)u->n_guest;
    }
}

/* -- The run-time helper --------------------------------------------------------------------- */

static __thread int cur_flags = -1; /* flags of the running callback; -1: not in one */

static uint64_t plugin_helper(rv64_cpu *cpu, uint64_t index, uint64_t a, uint64_t b) {
    const cbent *e = cb_get((uint32_t)index);
    int saved = cur_flags;
    /* called from generated code, which runs with the guest's MXCSR: fold its FP flags into
     * cpu->fflags and give the callback the runtime's MXCSR (it may compute in FP, and read or
     * write fflags/frm through the API); the guest's comes back after it (docs/fp.md) */
    rv64_fp_host_mode(cpu);
    cur_flags = e->flags;
    unsigned v = (unsigned)cpu->thread_index;
    if (e->kind == CB_EXEC) {
        ((recomp_exec_cb)e->fn)(v, e->ud);
    } else {
        recomp_mem_access acc = {.vaddr = a,
                                 .value = e->size >= 8 ? b : b & ((1ull << (8 * e->size)) - 1),
                                 .size = e->size,
                                 .is_store = e->is_store,
                                 .is_atomic = e->atomic};
        ((recomp_mem_cb)e->fn)(v, &acc, e->ud);
    }
    cur_flags = saved;
    rv64_fp_guest_mode(cpu);
    return 0;
}

/* -- Run-time API ---------------------------------------------------------------------------- */

static rv64_cpu *self_cpu(void) {
    return guest_self ? guest_self->cpu : NULL;
}

unsigned recomp_thread_index(void) {
    rv64_cpu *cpu = self_cpu();
    return cpu ? (unsigned)cpu->thread_index : 0;
}

unsigned recomp_n_threads(void) {
    return n_vcpus_hi;
}

uint64_t recomp_get_pc(void) {
    rv64_cpu *cpu = self_cpu();
    return cpu ? cpu->pc : 0;
}

enum { REG_PC = 64, REG_FFLAGS, REG_FRM, REG_FCSR, REG_COUNT };

static const char *const xnames[32] = {"zero", "ra", "sp",  "gp",  "tp", "t0", "t1", "t2",
                                       "s0",   "s1", "a0",  "a1",  "a2", "a3", "a4", "a5",
                                       "a6",   "a7", "s2",  "s3",  "s4", "s5", "s6", "s7",
                                       "s8",   "s9", "s10", "s11", "t3", "t4", "t5", "t6"};
static const char *const fnames[32] = {"ft0", "ft1", "ft2",  "ft3",  "ft4", "ft5", "ft6",  "ft7",
                                       "fs0", "fs1", "fa0",  "fa1",  "fa2", "fa3", "fa4",  "fa5",
                                       "fa6", "fa7", "fs2",  "fs3",  "fs4", "fs5", "fs6",  "fs7",
                                       "fs8", "fs9", "fs10", "fs11", "ft8", "ft9", "ft10", "ft11"};

int recomp_reg_lookup(const char *name) {
    if (!name) return -1;
    for (int i = 0; i < 32; i++) {
        if (!strcmp(name, xnames[i])) return i;
        if (!strcmp(name, fnames[i])) return 32 + i;
    }
    if (!strcmp(name, "fp")) return 8;
    if (!strcmp(name, "pc")) return REG_PC;
    if (!strcmp(name, "fflags")) return REG_FFLAGS;
    if (!strcmp(name, "frm")) return REG_FRM;
    if (!strcmp(name, "fcsr")) return REG_FCSR;
    if ((name[0] == 'x' || name[0] == 'f') && name[1] >= '0' && name[1] <= '9') {
        char *end;
        long n = strtol(name + 1, &end, 10);
        if (!*end && n >= 0 && n < 32 && !(name[1] == '0' && name[2]))
            return (int)n + (name[0] == 'f' ? 32 : 0);
    }
    return -1;
}

int recomp_reg_read(int handle, uint64_t *value) {
    rv64_cpu *cpu = self_cpu();
    if (!cpu || !value || handle < 0 || handle >= REG_COUNT) return -1;
    if (handle < 32)
        *value = cpu->x[handle];
    else if (handle < 64)
        *value = cpu->f[handle - 32];
    else if (handle == REG_PC)
        *value = cpu->pc;
    else if (handle == REG_FFLAGS)
        *value = cpu->fflags;
    else if (handle == REG_FRM)
        *value = cpu->frm;
    else
        *value = (uint64_t)(cpu->frm << 5 | cpu->fflags);
    return 0;
}

int recomp_reg_write(int handle, uint64_t value) {
    rv64_cpu *cpu = self_cpu();
    if (!cpu || handle <= 0 || handle >= REG_COUNT || handle == REG_PC) return -1;
    if (cur_flags >= 0 && cur_flags != RECOMP_CB_RW_REGS) return -1;
    if (handle < 32)
        cpu->x[handle] = value;
    else if (handle < 64)
        cpu->f[handle - 32] = value;
    else if (handle == REG_FFLAGS)
        cpu->fflags = (uint32_t)value & 0x1f;
    else if (handle == REG_FRM)
        cpu->frm = (uint32_t)value & 7;
    else {
        cpu->fflags = (uint32_t)value & 0x1f;
        cpu->frm = (uint32_t)(value >> 5) & 7;
    }
    return 0;
}

int recomp_read_register(const char *name, uint64_t *value) {
    return recomp_reg_read(recomp_reg_lookup(name), value);
}

int recomp_write_register(const char *name, uint64_t value) {
    return recomp_reg_write(recomp_reg_lookup(name), value);
}

int recomp_read_memory(uint64_t vaddr, void *buf, size_t len) {
    if (!len) return 0;
    if (!buf || vaddr + len < vaddr || vaddr + len > RECOMP_GUEST_SPACE ||
        !gmem_check(vaddr, len, PROT_READ))
        return -1;
    memcpy(buf, g2h(vaddr), len);
    return 0;
}

void recomp_outs(const char *s) {
    if (!s) return;
    size_t n = strlen(s);
    while (n) {
        ssize_t w = write(2, s, n);
        if (w < 0 && errno == EINTR) continue;
        if (w <= 0) break;
        s += w;
        n -= (size_t)w;
    }
}

bool recomp_bool_parse(const char *name, const char *val, bool *out) {
    (void)name;
    if (!val || !out) return false;
    static const char *const yes[] = {"on", "true", "yes", "1"};
    static const char *const no[] = {"off", "false", "no", "0"};
    for (int i = 0; i < 4; i++) {
        if (!strcasecmp(val, yes[i])) {
            *out = true;
            return true;
        }
        if (!strcasecmp(val, no[i])) {
            *out = false;
            return true;
        }
    }
    return false;
}

const char *recomp_syscall_name(int64_t num) {
    return num >= 0 && num < 1024 ? syscall_name((int)num) : NULL;
}

const char *recomp_symbol_lookup(uint64_t vaddr, uint64_t *offset) {
    return plugin_symbol_lookup(vaddr, offset);
}

/* -- Loading ----------------------------------------------------------------------------------- */

static void init_once(void) {
    vcpus = calloc(MAX_VCPUS, sizeof *vcpus);
    void *p = mmap(NULL, SB_BYTES, PROT_READ | PROT_WRITE,
                   MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
    if (!vcpus || p == MAP_FAILED) out_of_memory();
    retired = p;
    pthread_atfork(fork_prepare, fork_parent, fork_child);
}

int plugin_load(const char *spec, char *err, size_t errlen) {
    if (nplugins >= MAX_PLUGINS) {
        snprintf(err, errlen, "too many plugins (at most %d)", MAX_PLUGINS);
        return -1;
    }
    char *copy = strdup(spec);
    char **argv = calloc(strlen(spec) + 1, sizeof *argv);
    if (!copy || !argv) out_of_memory();
    int argc = 0;
    char *path = copy;
    for (char *c = strchr(copy, ','); c; c = strchr(c + 1, ',')) {
        *c = 0;
        if (c[1]) argv[argc++] = c + 1;
    }
    if (!*path) {
        snprintf(err, errlen, "--plugin needs a path to a shared object");
        goto fail;
    }
    void *dl = dlopen(path, RTLD_NOW | RTLD_LOCAL);
    if (!dl) {
        snprintf(err, errlen, "cannot load plugin: %s", dlerror());
        goto fail;
    }
    const int *version = dlsym(dl, "recomp_plugin_version");
    if (!version) {
        snprintf(err, errlen,
                 "plugin %s does not declare the plugin API version it was built for "
                 "(recomp_plugin_version; use RECOMP_PLUGIN_DECLARE)",
                 path);
        goto fail_dl;
    }
    if (*version != RECOMP_PLUGIN_VERSION) {
        snprintf(
            err, errlen,
            "plugin %s was built for plugin API version %d, but this recomp-run has version %d",
            path, *version, RECOMP_PLUGIN_VERSION);
        goto fail_dl;
    }
    int (*install)(recomp_plugin_id, int, char **) =
        (int (*)(recomp_plugin_id, int, char **))dlsym(dl, "recomp_plugin_install");
    if (!install) {
        snprintf(err, errlen, "plugin %s has no recomp_plugin_install function", path);
        goto fail_dl;
    }
    if (!vcpus) init_once();
    int id = nplugins++;
    plugins[id] = (plugin){.spec = copy, .path = path, .dl = dl, .argc = argc, .argv = argv};
    int rc = install(id, argc, argv);
    if (rc != 0) {
        snprintf(err, errlen, "plugin %s: installation failed (recomp_plugin_install returned %d)",
                 path, rc);
        return -1; /* recomp-run exits: the plugin stays registered but nothing runs */
    }
    return 0;
fail_dl:
    dlclose(dl);
fail:
    free(argv);
    free(copy);
    return -1;
}
