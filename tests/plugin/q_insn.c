/*
 * q_insn.c - a plugin for qemu-riscv64 (QEMU's own TCG plugin interface, API version 1 as in
 * QEMU 7.2), the reference for the instruction counts of the insn plugin
 * (tests/run_plugin_tests.sh): counts every executed instruction with a callback per
 * translation block (atomic, so threads are summed), prints "insns: N" at exit. The few
 * declarations needed are written out here, QEMU's header not being installed.
 */
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

typedef uint64_t qemu_plugin_id_t;
struct qemu_plugin_tb;
typedef struct {
    const char *target_name;
    struct {
        int min, cur;
    } version;
    bool system_emulation;
    union {
        struct {
            int smp_vcpus, max_vcpus;
        } system;
    };
} qemu_info_t;

__attribute__((visibility("default"))) int qemu_plugin_version = 1;

void qemu_plugin_register_vcpu_tb_trans_cb(qemu_plugin_id_t id,
                                           void (*cb)(qemu_plugin_id_t, struct qemu_plugin_tb *));
void qemu_plugin_register_vcpu_tb_exec_cb(struct qemu_plugin_tb *tb, void (*cb)(unsigned, void *),
                                          int flags, void *userdata);
size_t qemu_plugin_tb_n_insns(const struct qemu_plugin_tb *tb);
void qemu_plugin_register_atexit_cb(qemu_plugin_id_t id, void (*cb)(qemu_plugin_id_t, void *),
                                    void *userdata);
void qemu_plugin_outs(const char *string);

static uint64_t count;

static void exec(unsigned vcpu, void *n) {
    (void)vcpu;
    __atomic_add_fetch(&count, (uint64_t)(uintptr_t)n, __ATOMIC_RELAXED);
}

static void trans(qemu_plugin_id_t id, struct qemu_plugin_tb *tb) {
    (void)id;
    qemu_plugin_register_vcpu_tb_exec_cb(tb, exec, 0,
                                         (void *)(uintptr_t)qemu_plugin_tb_n_insns(tb));
}

static void done(qemu_plugin_id_t id, void *ud) {
    (void)id;
    (void)ud;
    char buf[64];
    snprintf(buf, sizeof buf, "insns: %llu\n", (unsigned long long)count);
    qemu_plugin_outs(buf);
}

__attribute__((visibility("default"))) int
qemu_plugin_install(qemu_plugin_id_t id, const qemu_info_t *info, int argc, char **argv) {
    (void)info;
    (void)argc;
    (void)argv;
    qemu_plugin_register_vcpu_tb_trans_cb(id, trans);
    qemu_plugin_register_atexit_cb(id, done, NULL);
    return 0;
}
