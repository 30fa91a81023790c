/*
 * helpers.c - non-FP runtime helpers (atomics, orc.b, fences) and the helper table.
 *
 * Atomics run on the host with the same atomicity: AMOs map to host atomic read-modify-write
 * operations, and LR/SC is emulated by remembering the loaded value and completing SC with a
 * compare-and-swap against it (the usual user-mode translation; an ABA write between LR and SC
 * is not detected, which RISC-V allows software to observe only as a spurious success of an
 * equivalent value).
 */
#include "helpers.h"

#include "rv64_fp.h"

static inline void *host_addr(rv64_cpu *cpu, uint64_t addr) {
    return cpu->guest_base + addr;
}

static uint64_t helper_lr_w(rv64_cpu *cpu, uint64_t addr) {
    int32_t v = __atomic_load_n((int32_t *)host_addr(cpu, addr), __ATOMIC_SEQ_CST);
    cpu->res_addr = addr;
    cpu->res_value = (uint64_t)(int64_t)v;
    cpu->res_valid = 1;
    return (uint64_t)(int64_t)v;
}

static uint64_t helper_lr_d(rv64_cpu *cpu, uint64_t addr) {
    uint64_t v = __atomic_load_n((uint64_t *)host_addr(cpu, addr), __ATOMIC_SEQ_CST);
    cpu->res_addr = addr;
    cpu->res_value = v;
    cpu->res_valid = 1;
    return v;
}

static uint64_t helper_sc_w(rv64_cpu *cpu, uint64_t addr, uint64_t value) {
    bool ok = false;
    if (cpu->res_valid && cpu->res_addr == addr) {
        uint32_t expect = (uint32_t)cpu->res_value;
        ok = __atomic_compare_exchange_n((uint32_t *)host_addr(cpu, addr), &expect, (uint32_t)value,
                                         false, __ATOMIC_SEQ_CST, __ATOMIC_SEQ_CST);
    }
    cpu->res_valid = 0;
    return ok ? 0 : 1;
}

static uint64_t helper_sc_d(rv64_cpu *cpu, uint64_t addr, uint64_t value) {
    bool ok = false;
    if (cpu->res_valid && cpu->res_addr == addr) {
        uint64_t expect = cpu->res_value;
        ok = __atomic_compare_exchange_n((uint64_t *)host_addr(cpu, addr), &expect, value, false,
                                         __ATOMIC_SEQ_CST, __ATOMIC_SEQ_CST);
    }
    cpu->res_valid = 0;
    return ok ? 0 : 1;
}

#define AMO_BODY(T, ST)                                                                            \
    T *p = (T *)host_addr(cpu, addr);                                                              \
    T v = (T)value;                                                                                \
    switch (kind) {                                                                                \
    case AMO_SWAP: return (uint64_t)(int64_t)(ST)__atomic_exchange_n(p, v, __ATOMIC_SEQ_CST);      \
    case AMO_ADD: return (uint64_t)(int64_t)(ST)__atomic_fetch_add(p, v, __ATOMIC_SEQ_CST);        \
    case AMO_XOR: return (uint64_t)(int64_t)(ST)__atomic_fetch_xor(p, v, __ATOMIC_SEQ_CST);        \
    case AMO_AND: return (uint64_t)(int64_t)(ST)__atomic_fetch_and(p, v, __ATOMIC_SEQ_CST);        \
    case AMO_OR: return (uint64_t)(int64_t)(ST)__atomic_fetch_or(p, v, __ATOMIC_SEQ_CST);          \
    default: break;                                                                                \
    }                                                                                              \
    T old = __atomic_load_n(p, __ATOMIC_RELAXED);                                                  \
    for (;;) {                                                                                     \
        T nv;                                                                                      \
        switch (kind) {                                                                            \
        case AMO_MIN: nv = (ST)old < (ST)v ? old : v; break;                                       \
        case AMO_MAX: nv = (ST)old > (ST)v ? old : v; break;                                       \
        case AMO_MINU: nv = old < v ? old : v; break;                                              \
        default: nv = old > v ? old : v; break;                                                    \
        }                                                                                          \
        if (__atomic_compare_exchange_n(p, &old, nv, true, __ATOMIC_SEQ_CST, __ATOMIC_RELAXED))    \
            return (uint64_t)(int64_t)(ST)old;                                                     \
    }

static uint64_t helper_amo_w(rv64_cpu *cpu, uint64_t addr, uint64_t value, uint64_t kind) {
    AMO_BODY(uint32_t, int32_t)
}

static uint64_t helper_amo_d(rv64_cpu *cpu, uint64_t addr, uint64_t value, uint64_t kind) {
    AMO_BODY(uint64_t, int64_t)
}

static uint64_t helper_orc_b(rv64_cpu *cpu, uint64_t x) {
    (void)cpu;
    uint64_t r = 0;
    for (int i = 0; i < 8; i++)
        if ((x >> (8 * i)) & 0xff) r |= 0xffull << (8 * i);
    return r;
}

static void helper_fence(rv64_cpu *cpu) {
    (void)cpu;
    __atomic_thread_fence(__ATOMIC_SEQ_CST);
}

static uint64_t helper_hostfn_decline(rv64_cpu *cpu, uint64_t id) {
    (void)cpu;
    (void)id;
    return 0;
}

void rv64_helpers_init(const void **table) {
    for (int i = 0; i < RV64_HELPER_MAX; i++)
        table[i] = 0;
    for (int op = 0; op < RV64_OP_COUNT; op++)
        if (rv64_fp_helpers[op].kind) table[op] = rv64_fp_helpers[op].fn;
    table[HELPER_CSR] = (const void *)rv64_csr_helper;
    table[HELPER_FP] = (const void *)rv64_fp_value;
    table[HELPER_LR_W] = (const void *)helper_lr_w;
    table[HELPER_LR_D] = (const void *)helper_lr_d;
    table[HELPER_SC_W] = (const void *)helper_sc_w;
    table[HELPER_SC_D] = (const void *)helper_sc_d;
    table[HELPER_AMO_W] = (const void *)helper_amo_w;
    table[HELPER_AMO_D] = (const void *)helper_amo_d;
    table[HELPER_ORC_B] = (const void *)helper_orc_b;
    table[HELPER_FENCE] = (const void *)helper_fence;
    table[HELPER_HOSTFN] = (const void *)helper_hostfn_decline;
}
