/*
 * engine.c - code region, translation-unit lookup, dispatcher, trampolines and fault handling.
 *
 * Code region: one RWX mapping, filled by a bump pointer; units are appended in address order so
 * a host pc is mapped back to its unit by binary search. When the region is full (or the guest
 * runs fence.i) everything is flushed: lookup tables cleared, bump pointer reset. No generated
 * code is running at that moment because flushes happen only in the dispatcher.
 *
 * Faults: SIGSEGV/SIGBUS raised by a guest memory access in generated code is mapped through the
 * unit's side table (host offset -> guest pc) to the guest pc; helpers that touch guest memory get
 * cpu->pc stored before the call. The guest then dies the way the native program would: a one-line
 * diagnostic, then the same signal with the default action.
 */
#define _GNU_SOURCE
#include "engine.h"

#include <capstone/capstone.h>
#include <errno.h>
#include <pthread.h>
#include <stdatomic.h>
#include <inttypes.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <time.h>
#include <ucontext.h>
#include <unistd.h>

#include "backend.h"
#include "cache.h"
#include "cache_abi.h"
#include "gmem.h"
#include "helpers.h"
#include "hostfn_rt.h"
#include "lift.h"
#include "plugin.h"
#include "rv64_decode.h"
#include "rv64_fp.h"
#include "syscall.h"
#include "syscall_internal.h"
#include "guest.h"

#define CODE_REGION_SIZE (512ull << 20)
#define UNIT_MAX_CODE    (256u << 10)
#define HASH_BITS_MIN    10 /* the lookup table starts at 8 KiB and grows (hash_insert) */
#define HASH_BITS_MAX    20
#define UNITS_MAX        (CODE_REGION_SIZE / 64) /* units are at least 64 bytes apart */

typedef struct tunit {
    uint64_t guest_pc, guest_end;
    uint8_t *host;
    uint32_t host_len;
    uint32_t n_faults;
    const backend_fault *faults;
    const backend_regloc *regs;
    uint64_t bias;  /* cached PIC blocks: added to BACKEND_REGLOC_PCREL constants */
    bool cached;    /* a block of an AOT cache (lives in the cache's area, never freed) */
    uint8_t misses; /* indirect branches to it that missed the jump table (saturating) */
    uint64_t hgen;  /* hash_generation when it was made visible (cached units are reused) */
    struct tunit *_Atomic next; /* hash chain */
} tunit;

engine_stats engine_stat;
static engine_options eopt;
static uint8_t *code_base, *code_ptr, *code_end;
/* AOT caches are mapped from the top of the region down to cache_low; JIT code stays below */
static uint8_t *region_end, *cache_low;
/* Units in host address order. The array never moves (reserved once), so the fault handler and
 * lock-free readers can search it while the dispatcher appends under tb_lock. */
static tunit **units;
static _Atomic size_t n_units;
/* pc -> unit. Readers take no lock; insertions, growth and clearing happen under tb_lock. The
 * table starts small (a short program touches few of its pages: each is a page fault) and grows
 * 4x when it holds twice as many units as buckets. Growing relinks the units into a new bucket
 * array and publishes it; a reader still walking an old chain may miss a unit, which only sends
 * it to the locked path (find_unit looks again under tb_lock), and always ends (it follows next
 * links into the new table's acyclic chains). Old arrays are freed at the next code region reset,
 * when no other thread runs. */
typedef struct htable {
    unsigned bits;
    struct htable *retired; /* older arrays, freed at a reset */
    tunit *_Atomic b[];
} htable;
static htable *_Atomic htab;
static size_t hash_count;
static uint64_t hash_generation = 1; /* + 1 at every hash_clear */
static atomic_uint_fast64_t flush_generation;
/* Serialises translation, unit registration and resets. Lookups take no lock. */
static pthread_mutex_t tb_lock = PTHREAD_MUTEX_INITIALIZER;

__thread guest_thread *guest_self;

extern void recomp_enter(rv64_cpu *cpu, const void *code);
extern char recomp_exit[];

/* r14 = cpu, r15 = guest base; rsp 16-byte aligned with BACKEND_FRAME bytes of spill space. */
__asm__(".text\n"
        ".globl recomp_enter\n"
        ".type recomp_enter,@function\n"
        "recomp_enter:\n"
        "  push %rbp\n  push %rbx\n  push %r12\n  push %r13\n  push %r14\n  push %r15\n"
        "  sub $"
        "2056"
        ", %rsp\n"
        "  mov %rdi, %r14\n"
        "  mov 568(%rdi), %r15\n"
        "  jmp *%rsi\n"
        ".globl recomp_exit\n"
        "recomp_exit:\n"
        "  add $"
        "2056"
        ", %rsp\n"
        "  pop %r15\n  pop %r14\n  pop %r13\n  pop %r12\n  pop %rbx\n  pop %rbp\n"
        "  ret\n");
_Static_assert(BACKEND_FRAME == 2056, "trampoline frame size");
_Static_assert(RV64_OFF_GUEST_BASE == 568, "trampoline guest_base offset");

static uint64_t now_ns(void) {
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (uint64_t)ts.tv_sec * 1000000000ull + (uint64_t)ts.tv_nsec;
}

const char *engine_prog(void) {
    return eopt.prog ? eopt.prog : "recomp-run";
}

static void out_of_memory(void) __attribute__((noreturn));
static void out_of_memory(void) {
    fprintf(stderr, "%s: out of memory\n", engine_prog());
    _exit(127);
}

/* -- Lookup ------------------------------------------------------------------------------ */

static inline uint32_t hash_pc(uint64_t pc, unsigned bits) {
    return (uint32_t)((pc >> 1) * 0x9E3779B97F4A7C15ull >> (64 - bits));
}

/* A cached block the cache has disabled since it was made visible (its entry test now jumps to
 * its exit: running it would only come back here). The cache disables blocks without waiting
 * for the table to be cleared (cache_write_fault runs in a signal handler), so lookups skip
 * them: the JIT translates the pc instead (after the guest's fence.i, the bytes then there). */
static inline bool unit_disabled(const tunit *t) {
    return t->cached && __atomic_load_n(&t->host[8], __ATOMIC_ACQUIRE) == 0x90;
}

static tunit *lookup(uint64_t pc) {
    htable *h = atomic_load_explicit(&htab, memory_order_acquire);
    for (tunit *t = atomic_load_explicit(&h->b[hash_pc(pc, h->bits)], memory_order_acquire); t;
         t = atomic_load_explicit(&t->next, memory_order_acquire))
        if (t->guest_pc == pc && !unit_disabled(t)) return t;
    return NULL;
}

static htable *htable_new(unsigned bits) {
    htable *h = calloc(1, sizeof *h + ((size_t)1 << bits) * sizeof h->b[0]);
    if (h) h->bits = bits;
    return h;
}

/* Make t visible to lookups (caller holds tb_lock; t->guest_pc is set). */
static void hash_insert(tunit *t) {
    htable *h = atomic_load_explicit(&htab, memory_order_relaxed);
    if (++hash_count > (2u << h->bits) && h->bits < HASH_BITS_MAX) {
        htable *n = htable_new(h->bits + 2);
        if (n) {
            for (size_t i = 0; i < ((size_t)1 << h->bits); i++) {
                tunit *u = atomic_load_explicit(&h->b[i], memory_order_relaxed);
                while (u) {
                    tunit *next = atomic_load_explicit(&u->next, memory_order_relaxed);
                    uint32_t k = hash_pc(u->guest_pc, n->bits);
                    atomic_store_explicit(&u->next, atomic_load(&n->b[k]), memory_order_release);
                    atomic_store_explicit(&n->b[k], u, memory_order_relaxed);
                    u = next;
                }
            }
            n->retired = h;
            atomic_store_explicit(&htab, n, memory_order_release);
            h = n;
        }
    }
    uint32_t k = hash_pc(t->guest_pc, h->bits);
    t->hgen = hash_generation;
    atomic_store_explicit(&t->next, atomic_load(&h->b[k]), memory_order_relaxed);
    atomic_store_explicit(&h->b[k], t, memory_order_release);
}

/* Forget every unit (caller holds tb_lock). With `quiet` no other thread is running, so the
 * arrays a grown table replaced can be freed. */
static void hash_clear(bool quiet) {
    htable *h = atomic_load_explicit(&htab, memory_order_relaxed);
    for (size_t i = 0; i < ((size_t)1 << h->bits); i++)
        atomic_store_explicit(&h->b[i], NULL, memory_order_release);
    hash_count = 0;
    hash_generation++;
    if (quiet) {
        for (htable *r = h->retired, *next; r; r = next) {
            next = r->retired;
            free(r);
        }
        h->retired = NULL;
    }
}

static tunit *unit_at_host(uintptr_t host) {
    size_t lo = 0, hi = atomic_load_explicit(&n_units, memory_order_acquire);
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        tunit *t = units[mid];
        if (host < (uintptr_t)t->host)
            hi = mid;
        else if (host >= (uintptr_t)t->host + t->host_len)
            lo = mid + 1;
        else
            return t;
    }
    return NULL;
}

/* -- Exclusive sections and flushes ----------------------------------------------------------
 *
 * A thread is "active" while it may run generated code or hold a unit pointer. Resetting the
 * code region needs every other thread inactive: the resetting thread raises exclusive_pending,
 * asks every thread to leave generated code (exit_request, tested at each unit entry) and waits
 * until none is active; threads that see the request park in engine_activate until it is over.
 * Threads blocked in syscalls are inactive already.
 */
static pthread_mutex_t excl_mu = PTHREAD_MUTEX_INITIALIZER;
static pthread_cond_t excl_cv = PTHREAD_COND_INITIALIZER;
static atomic_int exclusive_pending;

static void engine_activate(guest_thread *t) {
    for (;;) {
        atomic_store(&t->active, 1);
        if (!atomic_load(&exclusive_pending)) return;
        atomic_store(&t->active, 0);
        pthread_mutex_lock(&excl_mu);
        pthread_cond_broadcast(&excl_cv);
        while (atomic_load(&exclusive_pending))
            pthread_cond_wait(&excl_cv, &excl_mu);
        pthread_mutex_unlock(&excl_mu);
    }
}

static void engine_deactivate(guest_thread *t) {
    atomic_store(&t->active, 0);
    if (atomic_load(&exclusive_pending)) {
        pthread_mutex_lock(&excl_mu);
        pthread_cond_broadcast(&excl_cv);
        pthread_mutex_unlock(&excl_mu);
    }
}

static void request_exit(guest_thread *t, void *arg) {
    (void)arg;
    t->cpu->exit_request = 1;
}

static void count_active(guest_thread *t, void *arg) {
    if (t != guest_self && atomic_load(&t->active)) ++*(int *)arg;
}

/* The jump table is private anonymous memory: a page is only allocated once generated code or
 * the dispatcher touches it. Clearing a sparsely filled table gives its pages back (they read as
 * zeros again) instead of writing zeros over every page, which would fault in the whole
 * megabyte; a well filled one is cheaper to overwrite than to fault in again. */
static void clear_jmp_table(guest_thread *t, void *arg) {
    (void)arg;
    size_t size = sizeof(rv64_jmp_entry) * RV64_JMP_SIZE;
    if (t->jmp_fills >= RV64_JMP_SIZE / 64 || madvise(t->cpu->jmp_table, size, MADV_DONTNEED) < 0)
        memset(t->cpu->jmp_table, 0, size);
    t->jmp_fills = 0;
    t->jmp_gen = atomic_load(&flush_generation);
}

/* Forget every unit and reuse the code region. Caller holds tb_lock and no other thread is
 * active (or there is no other thread). */
static void reset_code_region(void) {
    size_t n = atomic_load(&n_units);
    for (size_t i = 0; i < n; i++) {
        free((void *)units[i]->faults);
        free((void *)units[i]->regs);
        free(units[i]);
    }
    cache_unlink_runtime_links(); /* they may point into the JIT code going away */
    atomic_store(&n_units, 0);
    hash_clear(true);
    code_ptr = code_base;
    atomic_fetch_add(&flush_generation, 1);
    engine_stat.flushes++;
}

/* Reset the code region with every other thread parked outside generated code. The caller is
 * active and does not hold tb_lock. */
static void exclusive_reset(void) {
    guest_thread *self = guest_self;
    pthread_mutex_lock(&excl_mu);
    while (atomic_load(&exclusive_pending)) { /* another thread is resetting: let it finish */
        atomic_store(&self->active, 0);
        pthread_cond_broadcast(&excl_cv);
        pthread_cond_wait(&excl_cv, &excl_mu);
    }
    atomic_store(&exclusive_pending, 1);
    atomic_store(&self->active, 0);
    thread_for_each(request_exit, NULL);
    for (;;) {
        int busy = 0;
        thread_for_each(count_active, &busy);
        if (!busy) break;
        struct timespec ts;
        clock_gettime(CLOCK_REALTIME, &ts);
        ts.tv_nsec += 1000000;
        if (ts.tv_nsec >= 1000000000) {
            ts.tv_sec++;
            ts.tv_nsec -= 1000000000;
        }
        pthread_cond_timedwait(&excl_cv, &excl_mu, &ts);
    }
    pthread_mutex_lock(&tb_lock);
    reset_code_region();
    thread_for_each(clear_jmp_table, NULL);
    pthread_mutex_unlock(&tb_lock);
    atomic_store(&exclusive_pending, 0);
    pthread_cond_broadcast(&excl_cv);
    pthread_mutex_unlock(&excl_mu);
    engine_activate(self);
}

/* fence.i / riscv_flush_icache: new lookups miss from now on; threads still inside old code leave
 * it at their next unit entry and drop their jump tables. Old code stays where it is (a thread
 * may still run it) until the region is reset. */
void engine_invalidate_all(void) {
    pthread_mutex_lock(&tb_lock);
    hash_clear(false);
    cache_unlink_runtime_links();
    atomic_fetch_add(&flush_generation, 1);
    engine_stat.flushes++;
    pthread_mutex_unlock(&tb_lock);
    thread_for_each(request_exit, NULL);
}

void engine_flush(void) {
    engine_invalidate_all();
}

/* -- Translation ------------------------------------------------------------------------- */

static int fetch_guest(uint64_t pc, uint32_t *bits, void *ctx) {
    (void)ctx;
    if (!gmem_check(pc, 2, PROT_EXEC)) return 0;
    uint16_t lo;
    memcpy(&lo, g2h(pc), 2);
    if ((lo & 3) != 3) {
        *bits = lo;
        return 2;
    }
    if (!gmem_check(pc + 2, 2, PROT_EXEC)) return 2;
    memcpy(bits, g2h(pc), 4);
    return 4;
}

static void print_guest_insn(FILE *out, uint64_t pc, void *ctx) {
    (void)ctx;
    uint32_t bits = 0;
    rv64_insn in;
    char buf[96];
    if (!fetch_guest(pc, &bits, NULL)) return;
    rv64_decode(bits, &in);
    rv64_disasm(&in, pc, buf, sizeof buf);
    fputs(buf, out);
}

static void dump_host(const uint8_t *code, size_t len) {
    csh h;
    if (cs_open(CS_ARCH_X86, CS_MODE_64, &h) != CS_ERR_OK) return;
    cs_insn *insn;
    size_t n = cs_disasm(h, code, len, (uint64_t)(uintptr_t)code, 0, &insn);
    for (size_t i = 0; i < n; i++)
        fprintf(stderr, "  0x%012" PRIx64 ":  %s %s\n", insn[i].address, insn[i].mnemonic,
                insn[i].op_str);
    if (n) cs_free(insn, n);
    cs_close(&h);
}

static void register_unit(tunit *t) {
    size_t n = atomic_load(&n_units);
    if (n >= UNITS_MAX) out_of_memory();
    units[n] = t;
    atomic_store_explicit(&n_units, n + 1, memory_order_release);
    hash_insert(t);
}

/* Translate the unit at pc; caller holds tb_lock and the region has UNIT_MAX_CODE bytes free.
 * Returns NULL if pc cannot be fetched (a fetch fault). */
static tunit *translate(uint64_t pc) {
    static ir_unit u;
    static backend_out bo;
    uint64_t t0 = now_ns();
    int max = eopt.max_insns ? eopt.max_insns : LIFT_MAX_INSNS;
    /* a superblock that branches back to its start (a loop unit) is compiled as a region when
     * its start heads one (docs/regions.md: the loop's other paths stay inside the unit);
     * plugins instrument superblocks. Scanning for a region at every unit would double the
     * JIT's translation time (hello: 2.9 -> 5.3 ms). */
    bool region = false, try_region = !plugin_count() && !eopt.no_regions;
    for (;;) {
        if (!region && (plugin_count() ? plugin_lift_unit(&u, pc, max, fetch_guest, NULL)
                                       : rv64_lift_unit(&u, pc, max, fetch_guest, NULL)) < 0)
            return NULL;
        if (try_region && u.n && u.insn[0].op == IR_LABEL) {
            try_region = false;
            int rmax = eopt.max_insns ? eopt.max_insns : REGION_MAX_INSNS;
            region = rv64_lift_region(&u, pc, rmax, fetch_guest, NULL) > 0;
            if (!region) continue; /* the scan overwrote u: the superblock again */
        }
        if (eopt.dump & (DUMP_IN_ASM | DUMP_IR)) {
            fprintf(stderr, "IN: 0x%" PRIx64 " (%u guest instructions)\n", pc, u.n_guest);
        }
        if (eopt.dump & DUMP_IN_ASM) {
            for (uint64_t a = u.guest_pc; a < u.guest_end;) {
                uint32_t bits = 0;
                int n = fetch_guest(a, &bits, NULL);
                fprintf(stderr, "  0x%" PRIx64 ":  ", a);
                print_guest_insn(stderr, a, NULL);
                fputc('\n', stderr);
                a += (n == 2 || (bits & 3) != 3) ? 2 : 4;
            }
        }
        if (eopt.dump & DUMP_IR) {
            fprintf(stderr, "IR:\n");
            ir_dump(&u, stderr, print_guest_insn, NULL);
        }
        if (!eopt.no_opt) ir_optimize(&u);
        if (eopt.dump & DUMP_IR_OPT) {
            fprintf(stderr, "IR after optimization (0x%" PRIx64 "):\n", pc);
            ir_dump(&u, stderr, print_guest_insn, NULL);
        }
        x64_buf b = x64_buf_init(code_ptr, UNIT_MAX_CODE);
        int rc = backend_emit(&u, &b, &bo);
        if (b.overflow || rc < 0) {
            if (region) {
                region = false; /* too big as a region: a superblock */
                continue;
            }
            if (max > 1) {
                max = max / 2; /* too big for one unit: make it shorter */
                continue;
            }
            fprintf(stderr, "%s: internal error: cannot compile guest code at pc 0x%" PRIx64 "\n",
                    engine_prog(), pc);
            _exit(127);
        }
        tunit *t = calloc(1, sizeof *t);
        backend_fault *faults = bo.n_faults ? malloc(bo.n_faults * sizeof *faults) : NULL;
        backend_regloc *regs = bo.n_regs ? malloc(bo.n_regs * sizeof *regs) : NULL;
        if (!t || (bo.n_faults && !faults) || (bo.n_regs && !regs)) out_of_memory();
        t->guest_pc = pc;
        t->guest_end = u.guest_end;
        t->host = code_ptr;
        t->host_len = (uint32_t)x64_buf_len(&b);
        t->n_faults = bo.n_faults;
        t->faults = faults;
        t->regs = regs;
        if (bo.n_faults) memcpy(faults, bo.faults, bo.n_faults * sizeof *faults);
        if (bo.n_regs) memcpy(regs, bo.regs, bo.n_regs * sizeof *regs);
        code_ptr += (t->host_len + 63) & ~63u;
        cache_profile_note(pc);
        /* chain exits whose targets already exist (before the unit is visible to others) */
        for (uint32_t i = 0; i < bo.n_links; i++) {
            tunit *target = lookup(bo.links[i].guest_target);
            if (target && x64_patch_rel32(t->host + bo.links[i].host_off, target->host))
                engine_stat.links++;
        }
        register_unit(t);
        if (eopt.dump & DUMP_OUT_ASM) {
            fprintf(stderr, "OUT: 0x%" PRIx64 " -> %u bytes\n", pc, t->host_len);
            dump_host(t->host, t->host_len);
        }
        engine_stat.units++;
        engine_stat.regions += region;
        if (cache_pc_in_object(pc)) engine_stat.units_in_objects++;
        engine_stat.guest_insns += u.n_guest;
        engine_stat.host_bytes += t->host_len;
        engine_stat.translate_ns += now_ns() - t0;
        return t;
    }
}

/* The AOT-cached block at pc, made visible to lookups; NULL if no cache has it. Caller holds
 * tb_lock. */
static tunit *from_cache(uint64_t pc) {
    cache_block cb;
    if (!cache_find(pc, &cb)) return NULL;
    tunit *t = *cb.slot;
    if (!t) {
        t = calloc(1, sizeof *t);
        if (!t) out_of_memory();
        t->guest_pc = cb.guest_pc;
        t->guest_end = cb.guest_end;
        t->host = cb.host;
        t->host_len = cb.host_len;
        t->n_faults = cb.n_faults;
        t->faults = cb.faults;
        t->regs = cb.regs;
        t->bias = cb.bias;
        t->cached = true;
        *cb.slot = t;
    }
    /* still in the table (lookup skipped it while it was disabled, and the cache has enabled it
     * again since): inserting it twice would make its chain a cycle */
    if (t->hgen != hash_generation) hash_insert(t);
    return t;
}

/* The unit for cpu->pc, translated if needed; NULL on a fetch fault. The caller is active. */
static tunit *find_unit(uint64_t pc) {
    tunit *t = lookup(pc);
    if (t) return t;
    for (;;) {
        pthread_mutex_lock(&tb_lock);
        t = lookup(pc);
        if (!t) t = from_cache(pc);
        if (!t && (size_t)(code_end - code_ptr) >= UNIT_MAX_CODE)
            t = translate(pc);
        else if (!t && thread_count() <= 1) {
            reset_code_region();
            clear_jmp_table(guest_self, NULL);
            t = translate(pc);
        } else if (!t) {
            pthread_mutex_unlock(&tb_lock);
            exclusive_reset();
            continue;
        }
        pthread_mutex_unlock(&tb_lock);
        return t;
    }
}

/* -- Faults ----------------------------------------------------------------------------- */

/* Host register number in ucontext gregs for each x86-64 register (x64_reg numbering). */
static const int uc_reg[16] = {REG_RAX, REG_RCX, REG_RDX, REG_RBX, REG_RSP, REG_RBP,
                               REG_RSI, REG_RDI, REG_R8,  REG_R9,  REG_R10, REG_R11,
                               REG_R12, REG_R13, REG_R14, REG_R15};

/* Rebuild the guest state at a faulting host instruction of unit t: the registers whose values
 * were not yet written back are read from the host registers / spill slots named by the side
 * table, and cpu->pc is the faulting guest instruction. */
static bool restore_state(const tunit *t, uintptr_t rip, const ucontext_t *uc, rv64_cpu *cpu) {
    uint32_t off = (uint32_t)(rip - (uintptr_t)t->host);
    for (uint32_t i = 0; i < t->n_faults; i++) {
        const backend_fault *f = &t->faults[i];
        if (f->host_off != off) continue;
        const greg_t *g = uc->uc_mcontext.gregs;
        uintptr_t rsp = (uintptr_t)g[REG_RSP];
        for (uint32_t k = 0; k < f->n; k++) {
            const backend_regloc *r = &t->regs[f->first + k];
            uint64_t v;
            if (r->reg >= 16) { /* xmm0-15 (backend.c XREG): the low 64 bits */
                const struct _libc_xmmreg *x = &uc->uc_mcontext.fpregs->_xmm[r->reg - 16];
                v = (uint64_t)x->element[0] | (uint64_t)x->element[1] << 32;
            } else if (r->reg >= 0)
                v = (uint64_t)g[uc_reg[r->reg]];
            else if (r->spill >= 0)
                memcpy(&v, (const void *)(rsp + 8 * (uintptr_t)r->spill + 8), 8);
            else
                v = (uint64_t)r->value + (r->flags & BACKEND_REGLOC_PCREL ? t->bias : 0);
            if (r->g < 32) {
                if (r->g) cpu->x[r->g] = v;
            } else {
                cpu->f[r->g - 32] = v;
            }
        }
        cpu->pc = t->guest_pc + f->pc_off;
        return true;
    }
    return false;
}

bool engine_guest_fault(int sig, siginfo_t *si, void *uc_) {
    ucontext_t *uc = uc_;
    guest_thread *t = guest_self;
    if (!t) return false;
    uintptr_t rip = (uintptr_t)uc->uc_mcontext.gregs[REG_RIP];
    uintptr_t fa = (uintptr_t)si->si_addr;
    bool in_code = rip >= (uintptr_t)code_base && rip < (uintptr_t)region_end;
    if (in_code) {
        tunit *u = unit_at_host(rip);
        tunit cu;
        cache_block cb;
        if (!u && cache_find_host(rip, &cb)) {
            cu = (tunit){.guest_pc = cb.guest_pc,
                         .host = cb.host,
                         .host_len = cb.host_len,
                         .n_faults = cb.n_faults,
                         .faults = cb.faults,
                         .regs = cb.regs,
                         .bias = cb.bias};
            u = &cu;
        }
        if (!u || !restore_state(u, rip, uc, t->cpu)) return false;
    } else if (sig == SIGFPE || fa < (uintptr_t)guest_base - (4ull << 30) ||
               fa >= (uintptr_t)guest_base + RECOMP_GUEST_SPACE) {
        return false; /* not a guest memory access: a runtime bug */
    }
    /* else: a helper that touches guest memory; it was called with the state written back and
     * cpu->pc stored (IR_CALL_FAULT) */
    /* the interrupted code's MXCSR (saved by the kernel) holds FP exception flags not yet in
     * cpu->fflags (docs/fp.md); the handler's own MXCSR is what siglongjmp leaves behind */
    if (uc->uc_mcontext.fpregs)
        t->cpu->fflags |= rv64_fflags_of_mxcsr(uc->uc_mcontext.fpregs->mxcsr);
    memset(&t->sync, 0, sizeof t->sync);
    t->sync.si_signo = sig;
    t->sync.si_code = si->si_code;
    uint64_t gaddr = (uint64_t)(fa - (uintptr_t)guest_base);
    memcpy(t->sync.fields, &gaddr, 8);
    t->fault_host_addr = fa;
    t->has_sync = true;
    siglongjmp(t->fault_jb, 1);
}

static void fp_illegal(rv64_cpu *cpu) {
    guest_thread *t = guest_self;
    /* the helper was called with the state written back and cpu->pc stored */
    rv64_fp_host_mode(cpu); /* fold the pending FP flags */
    memset(&t->sync, 0, sizeof t->sync);
    t->sync.si_signo = SIGILL;
    t->sync.si_code = ILL_ILLOPC;
    memcpy(t->sync.fields, &cpu->pc, 8);
    t->fault_host_addr = 0;
    t->has_sync = true;
    siglongjmp(t->fault_jb, 1);
}

static void flush_icache_hook(uint64_t start, uint64_t end) {
    (void)start;
    (void)end;
    engine_invalidate_all();
}

static void exit_hook(int status) {
    (void)status;
    cache_profile_write();
    if (eopt.stats) engine_print_stats();
    plugin_at_exit();
}

uint8_t *engine_cache_area(size_t size) {
    uint8_t *p = NULL;
    pthread_mutex_lock(&tb_lock);
    size = (size + 4095) & ~(size_t)4095;
    if (size < (size_t)(cache_low - code_ptr) &&
        (size_t)(cache_low - size - code_ptr) >= 2 * (size_t)UNIT_MAX_CODE) {
        cache_low -= size;
        p = cache_low;
        if (code_end > cache_low) code_end = cache_low;
    }
    pthread_mutex_unlock(&tb_lock);
    return p;
}

/* -- Set-up ----------------------------------------------------------------------------- */

/* fork() with other guest threads running: take the runtime's locks so that the child (which has
 * only the forking thread) never starts with one held. */
static void fork_prepare(void) {
    pthread_mutex_lock(&tb_lock);
    gmem_lock_all();
}

static void fork_done(void) {
    gmem_unlock_all();
    pthread_mutex_unlock(&tb_lock);
}

int engine_init(const engine_options *opt) {
    eopt = *opt;
    if (!eopt.prog) eopt.prog = "recomp-run";
    /* plugins see every guest instruction: no routine runs as host code then */
    hostfn_init(!eopt.no_host_libc && !plugin_count());
    /* the features generated code (JIT and cache alike) is made for: one test (cache_abi.c) */
    if ((cache_host_features() & cache_required_features()) != cache_required_features()) {
        fprintf(stderr, "%s: this host CPU lacks BMI1/BMI2/LZCNT/POPCNT (x86-64-v3 is required)\n",
                eopt.prog);
        return -ENOTSUP;
    }
    void *p = mmap(NULL, CODE_REGION_SIZE, PROT_READ | PROT_WRITE | PROT_EXEC,
                   MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
    if (p == MAP_FAILED) return -errno;
    code_base = code_ptr = p;
    code_end = region_end = cache_low = code_base + CODE_REGION_SIZE;
    /* testing knob: a small region makes region resets (and exclusive sections) frequent */
    const char *kb = getenv("RECOMP_CODE_REGION_KB");
    if (kb && atol(kb) * 1024 >= 2 * (long)UNIT_MAX_CODE &&
        atol(kb) * 1024 < (long)CODE_REGION_SIZE)
        code_end = code_base + atol(kb) * 1024;
    void *u = mmap(NULL, UNITS_MAX * sizeof(tunit *), PROT_READ | PROT_WRITE,
                   MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
    if (u == MAP_FAILED) return -errno;
    units = u;
    htab = htable_new(HASH_BITS_MIN);
    if (!htab) return -ENOMEM;
    pthread_atfork(fork_prepare, fork_done, fork_done);
    signal_init();
    rv64_fp_illegal_hook = fp_illegal;
    syscall_flush_icache_hook = flush_icache_hook;
    syscall_exit_hook = exit_hook;
    return 0;
}

void engine_cpu_init(rv64_cpu *cpu) {
    memset(cpu, 0, sizeof *cpu);
    cpu->guest_base = guest_base;
    void *jt = mmap(NULL, RV64_JMP_SIZE * sizeof(rv64_jmp_entry), PROT_READ | PROT_WRITE,
                    MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    if (jt == MAP_FAILED) out_of_memory();
    cpu->jmp_table = jt;
    cpu->exit_stub = recomp_exit;
    rv64_helpers_init(cpu->helpers);
    hostfn_cpu_init(cpu);
}

void engine_cpu_release(rv64_cpu *cpu) {
    if (cpu->jmp_table) munmap(cpu->jmp_table, RV64_JMP_SIZE * sizeof(rv64_jmp_entry));
    cpu->jmp_table = NULL;
}

void engine_print_stats(void) {
    fprintf(stderr, "units_translated: %" PRIu64 "\n", engine_stat.units);
    fprintf(stderr, "units_as_regions: %" PRIu64 "\n", engine_stat.regions);
    fprintf(stderr, "blocks_jitted: %" PRIu64 "\n", engine_stat.units);
    fprintf(stderr, "blocks_from_cache: %" PRIu64 "\n", cache_stat.blocks_used);
    fprintf(stderr, "blocks_jitted_in_objects: %" PRIu64 "\n", engine_stat.units_in_objects);
    /* the share counts the blocks a cache could have held: code generated at run time is not */
    uint64_t used = cache_stat.blocks_used + engine_stat.units_in_objects;
    fprintf(stderr, "blocks_from_cache_share: %.2f%%\n",
            used ? 100.0 * (double)cache_stat.blocks_used / (double)used : 0.0);
    uint64_t insns = cache_stat.insns_used + engine_stat.guest_insns;
    fprintf(stderr, "cached_insn_share: %.2f%%\n",
            insns ? 100.0 * (double)cache_stat.insns_used / (double)insns : 0.0);
    fprintf(stderr, "cache_objects: %" PRIu64 "\n", cache_stat.objects);
    fprintf(stderr, "caches_attached: %" PRIu64 "\n", cache_stat.caches);
    fprintf(stderr, "caches_refused: %" PRIu64 "\n", cache_stat.refused);
    fprintf(stderr, "cache_blocks_available: %" PRIu64 "\n", cache_stat.blocks_available);
    fprintf(stderr, "cache_blocks_invalidated: %" PRIu64 "\n", cache_stat.blocks_invalidated);
    fprintf(stderr, "cache_blocks_reenabled: %" PRIu64 "\n", cache_stat.blocks_reenabled);
    fprintf(stderr, "cache_load_ms: %.3f\n", (double)cache_stat.load_ns / 1e6);
    fprintf(stderr, "guest_insns_translated: %" PRIu64 "\n", engine_stat.guest_insns);
    fprintf(stderr, "host_code_bytes: %" PRIu64 "\n", engine_stat.host_bytes);
    fprintf(stderr, "translate_ms: %.3f\n", (double)engine_stat.translate_ns / 1e6);
    fprintf(stderr, "links: %" PRIu64 "\n", engine_stat.links);
    fprintf(stderr, "indirect_misses: %" PRIu64 "\n", engine_stat.indirect_misses);
    fprintf(stderr, "syscalls: %" PRIu64 "\n", engine_stat.syscalls);
    fprintf(stderr, "flushes: %" PRIu64 "\n", engine_stat.flushes);
    fprintf(stderr, "signals_delivered: %" PRIu64 "\n", engine_stat.signals);
    fprintf(stderr, "host_libc_calls: %llu\n", atomic_load(&hostfn_stat.calls));
    fprintf(stderr, "host_libc_declined: %llu\n", atomic_load(&hostfn_stat.declined));
}

/* -- Dispatcher -------------------------------------------------------------------------- */

static uint32_t insn_bits_at(uint64_t pc) {
    uint32_t bits = 0;
    fetch_guest(pc, &bits, NULL);
    return (bits & 3) == 3 ? bits : bits & 0xffff;
}

void engine_service_requests(guest_thread *t) {
    rv64_cpu *cpu = t->cpu;
    cpu->exit_request = 0;
    if (atomic_load(&exclusive_pending)) {
        engine_deactivate(t);
        engine_activate(t);
    }
    if (t->jmp_gen != atomic_load(&flush_generation)) clear_jmp_table(t, NULL);
    if (t->has_sync || t->sigq_n) signal_deliver(t);
}

/* The unit at cpu->pc. With `fill` (an indirect branch missed the jump table) its entry is
 * written, from the second such miss on: every page of the table the dispatcher writes is a page
 * fault, many indirect targets of a short run are reached once (start-up code), and the pcs
 * reached otherwise (after a system call, a link exit, a signal) are rarely indirect targets. */
static tunit *get_unit(guest_thread *t, bool fill) {
    rv64_cpu *cpu = t->cpu;
    tunit *u = find_unit(cpu->pc);
    if (!u) { /* instruction fetch fault */
        signal_raise_sync(t, SIGSEGV, gmem_check(cpu->pc, 1, PROT_READ) ? SEGV_ACCERR : SEGV_MAPERR,
                          cpu->pc);
        return NULL;
    }
    if (fill && u->misses < 255) u->misses++; /* racy between threads: only a heuristic */
    if (fill && u->misses >= 2) {
        rv64_jmp_entry *e = &cpu->jmp_table[RV64_JMP_INDEX(cpu->pc)];
        e->guest_pc = cpu->pc;
        e->host = u->host;
        t->jmp_fills++;
    }
    return u;
}

void engine_run(rv64_cpu *cpu) {
    guest_thread *t = cpu->runtime ? cpu->runtime : thread_register(cpu);
    guest_self = t;
    signal_thread_init(t);
    plugin_thread_start(cpu);
    t->jmp_gen = atomic_load(&flush_generation);
    if (sigsetjmp(t->fault_jb, 0)) {
        /* a fault in generated code or a helper: cpu holds the precise state at the faulting
         * instruction (FP flags folded), t->sync the signal */
        rv64_ldmxcsr(RV64_MXCSR_HOST);
        t->has_sync = false;
        int code = t->sync.si_code;
        uint64_t addr;
        memcpy(&addr, t->sync.fields, 8);
        if (t->sync.si_signo == SIGSEGV && code == SEGV_ACCERR && !gmem_check(addr, 1, 0))
            code = SEGV_MAPERR; /* the host sees the reservation; the guest has nothing there */
        signal_raise_sync(t, t->sync.si_signo, code, addr);
    }
    engine_activate(t);
    bool fill = false; /* cpu->pc is the target of an indirect branch that missed */
    for (;;) {
        if (cpu->exit_request) engine_service_requests(t);
        tunit *u = get_unit(t, fill);
        fill = false;
        if (!u) continue;
        /* generated code runs with the guest's MXCSR (docs/fp.md) */
        rv64_fp_guest_mode(cpu);
        recomp_enter(cpu, u->host);
        rv64_fp_host_mode(cpu);
        switch (cpu->exit_reason) {
        case RV64_EXIT_LINK: {
            uint64_t gen = atomic_load(&flush_generation);
            uint8_t *site = (uint8_t *)cpu->link_site;
            if (cpu->exit_request) break;
            tunit *target = find_unit(cpu->pc);
            pthread_mutex_lock(&tb_lock);
            if (target && gen == atomic_load(&flush_generation) &&
                x64_patch_rel32(site, target->host)) {
                engine_stat.links++;
                if ((uintptr_t)site >= (uintptr_t)cache_low) cache_note_link(site);
            }
            pthread_mutex_unlock(&tb_lock);
            break;
        }
        case RV64_EXIT_LOOKUP:
            fill = true;
            if (!cpu->exit_request) {
                engine_stat.indirect_misses++;
                cache_profile_note(cpu->pc);
            }
            break;
        case RV64_EXIT_ECALL:
            /* a signal that arrived before the ecall is delivered before it */
            if (cpu->exit_request && signal_deliverable(t)) break;
            {
                uint64_t a0 = cpu->x[10];
                engine_stat.syscalls++;
                engine_deactivate(t);
                syscall_rv64(cpu);
                engine_activate(t);
                cpu->pc += 4;
                if ((int64_t)cpu->x[10] == -EINTR && signal_should_restart(t, (int)cpu->x[17])) {
                    cpu->pc -= 4; /* the ecall runs again after the handler */
                    cpu->x[10] = a0;
                }
                break;
            }
        case RV64_EXIT_FENCEI: engine_invalidate_all(); break;
        case RV64_EXIT_EBREAK: signal_raise_sync(t, SIGTRAP, TRAP_BRKPT, cpu->pc); break;
        case RV64_EXIT_ILLEGAL: signal_raise_sync(t, SIGILL, ILL_ILLOPC, cpu->pc); break;
        default:
            fprintf(stderr, "%s: internal error: bad exit reason %" PRIu64 "\n", eopt.prog,
                    cpu->exit_reason);
            _exit(127);
        }
    }
}

uint32_t engine_insn_bits(uint64_t pc) {
    return insn_bits_at(pc);
}
