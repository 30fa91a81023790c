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
#include "gmem.h"
#include "helpers.h"
#include "lift.h"
#include "rv64_decode.h"
#include "rv64_fp.h"
#include "syscall.h"
#include "syscall_internal.h"

#define CODE_REGION_SIZE (512ull << 20)
#define UNIT_MAX_CODE    (256u << 10)
#define HASH_BITS        16

typedef struct tunit {
    uint64_t guest_pc, guest_end;
    uint8_t *host;
    uint32_t host_len;
    uint32_t n_faults;
    backend_fault *faults;
    struct tunit *next; /* hash chain */
} tunit;

engine_stats engine_stat;
static engine_options eopt;
static uint8_t *code_base, *code_ptr, *code_end;
static tunit **units; /* in host address order */
static size_t n_units, cap_units;
static tunit *hash[1u << HASH_BITS];
static rv64_jmp_entry *jmp_table;
static uint64_t flush_generation;
static rv64_cpu *current_cpu; /* the running guest thread (single-threaded for now) */

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

/* -- Lookup ------------------------------------------------------------------------------ */

static inline uint32_t hash_pc(uint64_t pc) {
    return (uint32_t)((pc >> 1) * 0x9E3779B97F4A7C15ull >> (64 - HASH_BITS));
}

static tunit *lookup(uint64_t pc) {
    for (tunit *t = hash[hash_pc(pc)]; t; t = t->next)
        if (t->guest_pc == pc) return t;
    return NULL;
}

static tunit *unit_at_host(uintptr_t host) {
    size_t lo = 0, hi = n_units;
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

void engine_flush(void) {
    for (size_t i = 0; i < n_units; i++) {
        free(units[i]->faults);
        free(units[i]);
    }
    n_units = 0;
    memset(hash, 0, sizeof hash);
    memset(jmp_table, 0, sizeof(rv64_jmp_entry) * RV64_JMP_SIZE);
    code_ptr = code_base;
    flush_generation++;
    engine_stat.flushes++;
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
    if (n_units == cap_units) {
        cap_units = cap_units ? cap_units * 2 : 4096;
        tunit **nu = realloc(units, cap_units * sizeof *units);
        if (!nu) {
            fprintf(stderr, "%s: out of memory\n", eopt.prog);
            _exit(127);
        }
        units = nu;
    }
    units[n_units++] = t;
    uint32_t h = hash_pc(t->guest_pc);
    t->next = hash[h];
    hash[h] = t;
}

/* Translate the unit at pc. Returns NULL if pc cannot be fetched (a fetch fault). */
static tunit *translate(uint64_t pc) {
    static ir_unit u;
    static backend_out bo;
    uint64_t t0 = now_ns();
    int max = eopt.max_insns ? eopt.max_insns : LIFT_MAX_INSNS;
    for (;;) {
        if (rv64_lift_unit(&u, pc, max, fetch_guest, NULL) < 0) return NULL;
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
        if ((size_t)(code_end - code_ptr) < UNIT_MAX_CODE) engine_flush();
        x64_buf b = x64_buf_init(code_ptr, UNIT_MAX_CODE);
        int rc = backend_emit(&u, &b, &bo);
        if (b.overflow || rc < 0) {
            if (max > 1) {
                max = max / 2; /* too big for one unit: make it shorter */
                continue;
            }
            fprintf(stderr, "%s: internal error: cannot compile guest code at pc 0x%" PRIx64 "\n",
                    eopt.prog, pc);
            _exit(127);
        }
        tunit *t = calloc(1, sizeof *t);
        backend_fault *faults = bo.n_faults ? malloc(bo.n_faults * sizeof *faults) : NULL;
        if (!t || (bo.n_faults && !faults)) {
            fprintf(stderr, "%s: out of memory\n", eopt.prog);
            _exit(127);
        }
        t->guest_pc = pc;
        t->guest_end = u.guest_end;
        t->host = code_ptr;
        t->host_len = (uint32_t)x64_buf_len(&b);
        t->n_faults = bo.n_faults;
        t->faults = faults;
        if (bo.n_faults) memcpy(faults, bo.faults, bo.n_faults * sizeof *faults);
        code_ptr += (t->host_len + 15) & ~15u;
        register_unit(t);
        /* chain exits whose targets already exist */
        for (uint32_t i = 0; i < bo.n_links; i++) {
            tunit *target = lookup(bo.links[i].guest_target);
            if (target && x64_patch_rel32(t->host + bo.links[i].host_off, target->host))
                engine_stat.links++;
        }
        if (eopt.dump & DUMP_OUT_ASM) {
            fprintf(stderr, "OUT: 0x%" PRIx64 " -> %u bytes\n", pc, t->host_len);
            dump_host(t->host, t->host_len);
        }
        engine_stat.units++;
        engine_stat.guest_insns += u.n_guest;
        engine_stat.host_bytes += t->host_len;
        engine_stat.translate_ns += now_ns() - t0;
        return t;
    }
}

/* -- Guest death ------------------------------------------------------------------------ */

static void die_with_signal(int sig) __attribute__((noreturn));
static void die_with_signal(int sig) {
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_handler = SIG_DFL;
    sigaction(sig, &sa, NULL);
    sigset_t set;
    sigemptyset(&set);
    sigaddset(&set, sig);
    sigprocmask(SIG_UNBLOCK, &set, NULL);
    raise(sig);
    _exit(128 + sig);
}

/* The guest dies as the native program would: one line naming the guest pc, then the signal. */
static void guest_die(int sig, uint64_t pc, const char *detail) __attribute__((noreturn));
static void guest_die(int sig, uint64_t pc, const char *detail) {
    char buf[200];
    int n = snprintf(buf, sizeof buf, "%s: guest killed by SIG%s at pc 0x%" PRIx64 " (%s)\n",
                     eopt.prog, sigabbrev_np(sig) ? sigabbrev_np(sig) : "?", pc, detail);
    if (n > 0) (void)!write(2, buf, (size_t)n < sizeof buf ? (size_t)n : sizeof buf - 1);
    die_with_signal(sig);
}

static void guest_fault(int sig, uint64_t pc, uint64_t addr) __attribute__((noreturn));
static void guest_fault(int sig, uint64_t pc, uint64_t addr) {
    char detail[48];
    snprintf(detail, sizeof detail, "fault address 0x%" PRIx64, addr);
    guest_die(sig, pc, detail);
}

static void fault_handler(int sig, siginfo_t *si, void *uc_) {
    ucontext_t *uc = uc_;
    uintptr_t rip = (uintptr_t)uc->uc_mcontext.gregs[REG_RIP];
    uint64_t addr = (uint64_t)((uint8_t *)si->si_addr - guest_base);
    if (rip >= (uintptr_t)code_base && rip < (uintptr_t)code_end) {
        tunit *t = unit_at_host(rip);
        if (t) {
            uint32_t off = (uint32_t)(rip - (uintptr_t)t->host);
            for (uint32_t i = 0; i < t->n_faults; i++)
                if (t->faults[i].host_off == off)
                    guest_fault(sig, t->guest_pc + t->faults[i].pc_off, addr);
        }
    } else if (current_cpu && sig != SIGFPE) {
        /* inside a helper that touches guest memory: cpu->pc was stored before the call */
        uintptr_t fa = (uintptr_t)si->si_addr;
        if (fa >= (uintptr_t)guest_base - (4ull << 30) &&
            fa < (uintptr_t)guest_base + RECOMP_GUEST_SPACE)
            guest_fault(sig, current_cpu->pc, addr);
    }
    char buf[128];
    int n = snprintf(buf, sizeof buf, "%s: internal error: signal %d at host pc %p\n", eopt.prog,
                     sig, (void *)rip);
    if (n > 0) (void)!write(2, buf, (size_t)n);
    die_with_signal(sig);
}

static void fp_illegal(rv64_cpu *cpu) {
    guest_die(SIGILL, cpu->pc, "invalid rounding mode");
}

static void flush_icache_hook(uint64_t start, uint64_t end) {
    (void)start;
    (void)end;
    engine_flush();
}

static void exit_hook(int status) {
    (void)status;
    if (eopt.stats) engine_print_stats();
}

/* -- Set-up ----------------------------------------------------------------------------- */

int engine_init(const engine_options *opt) {
    eopt = *opt;
    if (!eopt.prog) eopt.prog = "recomp-run";
    __builtin_cpu_init();
    if (!__builtin_cpu_supports("bmi2") || !__builtin_cpu_supports("bmi") ||
        !__builtin_cpu_supports("popcnt") || !__builtin_cpu_supports("lzcnt") ||
        !__builtin_cpu_supports("sse4.2")) {
        fprintf(stderr, "%s: this host CPU lacks BMI1/BMI2/LZCNT/POPCNT (x86-64-v3 is required)\n",
                eopt.prog);
        return -ENOTSUP;
    }
    void *p = mmap(NULL, CODE_REGION_SIZE, PROT_READ | PROT_WRITE | PROT_EXEC,
                   MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
    if (p == MAP_FAILED) return -errno;
    code_base = code_ptr = p;
    code_end = code_base + CODE_REGION_SIZE;
    jmp_table = calloc(RV64_JMP_SIZE, sizeof *jmp_table);
    if (!jmp_table) return -ENOMEM;

    static uint8_t altstack[64 * 1024];
    stack_t ss = {.ss_sp = altstack, .ss_size = sizeof altstack, .ss_flags = 0};
    sigaltstack(&ss, NULL);
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_sigaction = fault_handler;
    sa.sa_flags = SA_SIGINFO | SA_ONSTACK | SA_NODEFER;
    sigemptyset(&sa.sa_mask);
    sigaction(SIGSEGV, &sa, NULL);
    sigaction(SIGBUS, &sa, NULL);
    sigaction(SIGFPE, &sa, NULL);
    rv64_fp_illegal_hook = fp_illegal;
    syscall_flush_icache_hook = flush_icache_hook;
    syscall_exit_hook = exit_hook;
    return 0;
}

void engine_cpu_init(rv64_cpu *cpu) {
    memset(cpu, 0, sizeof *cpu);
    cpu->guest_base = guest_base;
    cpu->jmp_table = jmp_table;
    cpu->exit_stub = recomp_exit;
    rv64_helpers_init(cpu->helpers);
}

void engine_print_stats(void) {
    fprintf(stderr, "units_translated: %" PRIu64 "\n", engine_stat.units);
    fprintf(stderr, "blocks_jitted: %" PRIu64 "\n", engine_stat.units);
    fprintf(stderr, "blocks_from_cache: 0\n");
    fprintf(stderr, "guest_insns_translated: %" PRIu64 "\n", engine_stat.guest_insns);
    fprintf(stderr, "host_code_bytes: %" PRIu64 "\n", engine_stat.host_bytes);
    fprintf(stderr, "translate_ms: %" PRIu64 "\n", engine_stat.translate_ns / 1000000);
    fprintf(stderr, "links: %" PRIu64 "\n", engine_stat.links);
    fprintf(stderr, "indirect_misses: %" PRIu64 "\n", engine_stat.indirect_misses);
    fprintf(stderr, "syscalls: %" PRIu64 "\n", engine_stat.syscalls);
    fprintf(stderr, "flushes: %" PRIu64 "\n", engine_stat.flushes);
}

/* -- Dispatcher -------------------------------------------------------------------------- */

static tunit *get_unit(rv64_cpu *cpu) {
    tunit *t = lookup(cpu->pc);
    if (!t) t = translate(cpu->pc);
    if (!t) guest_fault(SIGSEGV, cpu->pc, cpu->pc); /* instruction fetch fault */
    rv64_jmp_entry *e = &jmp_table[RV64_JMP_INDEX(cpu->pc)];
    e->guest_pc = cpu->pc;
    e->host = t->host;
    return t;
}

static uint32_t insn_bits_at(uint64_t pc) {
    uint32_t bits = 0;
    fetch_guest(pc, &bits, NULL);
    return (bits & 3) == 3 ? bits : bits & 0xffff;
}

void engine_run(rv64_cpu *cpu) {
    current_cpu = cpu;
    tunit *t = get_unit(cpu);
    for (;;) {
        recomp_enter(cpu, t->host);
        switch (cpu->exit_reason) {
        case RV64_EXIT_LINK: {
            uint64_t gen = flush_generation;
            uint8_t *site = (uint8_t *)cpu->link_site;
            t = get_unit(cpu);
            if (gen == flush_generation && x64_patch_rel32(site, t->host)) engine_stat.links++;
            continue;
        }
        case RV64_EXIT_LOOKUP: engine_stat.indirect_misses++; break;
        case RV64_EXIT_ECALL:
            engine_stat.syscalls++;
            syscall_rv64(cpu);
            cpu->pc += 4;
            break;
        case RV64_EXIT_FENCEI: engine_flush(); break;
        case RV64_EXIT_EBREAK: guest_die(SIGTRAP, cpu->pc, "ebreak");
        case RV64_EXIT_ILLEGAL: {
            char detail[48];
            snprintf(detail, sizeof detail, "illegal instruction 0x%08" PRIx32,
                     insn_bits_at(cpu->pc));
            guest_die(SIGILL, cpu->pc, detail);
        }
        default:
            fprintf(stderr, "%s: internal error: bad exit reason %" PRIu64 "\n", eopt.prog,
                    cpu->exit_reason);
            _exit(127);
        }
        t = get_unit(cpu);
    }
}
