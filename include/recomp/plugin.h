/*
 * recomp/plugin.h - the instrumentation plugin API of recomp-run (docs/plugins.md).
 *
 * A plugin is a shared object loaded with
 *
 *     recomp-run --plugin path/to/plugin.so[,key=value...] guest.elf args...
 *
 * (the option may be repeated: several plugins at once, in command-line order). It must define
 *
 *     RECOMP_PLUGIN_DECLARE;        the API version it was built for (recomp_plugin_version)
 *     RECOMP_PLUGIN_EXPORT int recomp_plugin_install(recomp_plugin_id id, int argc, char **argv);
 *
 * recomp-run refuses (one line on stderr, exit status 1, before the guest runs) a plugin that
 * cannot be loaded, lacks either symbol, was built for another RECOMP_PLUGIN_VERSION, or whose
 * install function returns non-zero. argv holds the "key=value" strings that followed the path.
 *
 * The recomp_* functions below are exported by recomp-run itself (only these: it is linked with
 * a dynamic list), so a plugin is built with nothing but this header:
 *
 *     cc -shared -fPIC -O2 -Iinclude -o myplugin.so myplugin.c
 *
 * Model (that of QEMU's TCG plugins):
 *   - translation time: for every new block of guest code the plugin's tb_trans callback sees
 *     the block's instructions and registers instrumentation on the block or on single
 *     instructions: execution callbacks, inline operations on the per-thread scoreboard,
 *     conditional callbacks on a scoreboard slot, memory-access callbacks and inline operations.
 *     The instrumentation is compiled into the generated code; a block that is translated again
 *     (after a code flush, or as part of another translation unit) is shown to the plugin again.
 *   - run time: callbacks run on the guest thread that executes the code; they may read (and,
 *     when registered with RECOMP_CB_RW_REGS, write) guest registers, read guest memory, ask for
 *     the thread index and the guest pc. Events: thread start and exit, system call entry and
 *     exit, program exit.
 *
 * Blocks: a translation unit of recomp is a superblock (conditional branches are side exits).
 * The "tb" a plugin sees is one basic block of it: instructions up to and including a
 * conditional branch, or up to the end of the unit. So when a block's instrumentation runs, all
 * of the block's instructions are started, exactly as with QEMU's translation blocks.
 *
 * Threading: callbacks of different guest threads run concurrently; translation callbacks are
 * serialised (one at a time, from any thread).
 */
#ifndef RECOMP_PLUGIN_H
#define RECOMP_PLUGIN_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

/* The API version. Incremented on every incompatible change; a plugin built for another
 * version is refused. */
#define RECOMP_PLUGIN_VERSION 1

#define RECOMP_PLUGIN_EXPORT __attribute__((visibility("default")))

/* Put `RECOMP_PLUGIN_DECLARE;` once in the plugin (file scope). */
#define RECOMP_PLUGIN_DECLARE                                                                      \
    RECOMP_PLUGIN_EXPORT extern const int recomp_plugin_version;                                   \
    const int recomp_plugin_version = RECOMP_PLUGIN_VERSION

/* Identifies a loaded plugin (0, 1, ... in load order). */
typedef int recomp_plugin_id;

/* The plugin's entry point, called once after loading, before the guest starts. Returns 0, or
 * non-zero to refuse (recomp-run then exits with status 1). */
RECOMP_PLUGIN_EXPORT int recomp_plugin_install(recomp_plugin_id id, int argc, char **argv);

/* ---- Translation time ------------------------------------------------------------------- */

typedef struct recomp_tb recomp_tb;     /* a basic block being translated */
typedef struct recomp_insn recomp_insn; /* one of its guest instructions */

/* Called for every new block. tb and its instructions are valid only during the call. */
typedef void (*recomp_tb_trans_cb)(recomp_plugin_id id, recomp_tb *tb);
void recomp_register_tb_trans_cb(recomp_plugin_id id, recomp_tb_trans_cb cb);

size_t recomp_tb_n_insns(const recomp_tb *tb);
uint64_t recomp_tb_vaddr(const recomp_tb *tb); /* guest pc of the first instruction */
recomp_insn *recomp_tb_get_insn(const recomp_tb *tb, size_t i);

uint64_t recomp_insn_vaddr(const recomp_insn *insn);
size_t recomp_insn_size(const recomp_insn *insn);        /* 2 or 4 */
const void *recomp_insn_data(const recomp_insn *insn);   /* its size bytes, little-endian */
const char *recomp_insn_disas(const recomp_insn *insn);  /* objdump -M no-aliases style */
const char *recomp_insn_symbol(const recomp_insn *insn); /* containing function, or NULL */

/* ---- Instrumentation ----------------------------------------------------------------------
 *
 * Registered on a block (runs when the block starts, before its first instruction) or on an
 * instruction (runs before that instruction). Several registrations on the same block or
 * instruction run in registration order (plugins in load order). The functions return 0, or
 * -1 for a bad argument (NULL, unallocated scoreboard slot, unknown op) or when called outside
 * a tb_trans callback. */

/* What a callback may do with guest registers. NO_REGS is cheapest; reading registers needs
 * R_REGS, writing them RW_REGS (recomp_reg_write fails otherwise). Guest memory and the pc are
 * available to every callback. */
enum recomp_cb_flags { RECOMP_CB_NO_REGS = 0, RECOMP_CB_R_REGS = 1, RECOMP_CB_RW_REGS = 2 };

/* vcpu: the index of the guest thread (recomp_thread_index()). */
typedef void (*recomp_exec_cb)(unsigned vcpu, void *userdata);

int recomp_register_tb_exec_cb(recomp_tb *tb, recomp_exec_cb cb, enum recomp_cb_flags flags,
                               void *userdata);
int recomp_register_insn_exec_cb(recomp_insn *insn, recomp_exec_cb cb, enum recomp_cb_flags flags,
                                 void *userdata);

/* The scoreboard: per guest thread, an array of u64 slots, zero in a new thread. Inline
 * operations update the executing thread's slot without any call (one host add or mov). A
 * plugin allocates slots (at install or later, up to RECOMP_SCOREBOARD_MAX in all) and reads
 * them per thread or summed over every thread that ever ran (exited threads included). */
#define RECOMP_SCOREBOARD_MAX (1u << 20)
typedef uint32_t recomp_slot;
/* First of n consecutive new slots, or -1 when the scoreboard is full. */
int64_t recomp_scoreboard_alloc(recomp_plugin_id id, size_t n);
uint64_t recomp_scoreboard_sum(recomp_slot slot);
/* A live thread's value (0 for an unknown or exited thread). A thread's own slots may be read
 * and written freely from its callbacks; other threads' values are read without
 * synchronisation. */
uint64_t recomp_scoreboard_get(unsigned vcpu, recomp_slot slot);
void recomp_scoreboard_set(unsigned vcpu, recomp_slot slot, uint64_t value);

enum recomp_inline_op {
    RECOMP_INLINE_ADD_U64 = 0,   /* slot += imm */
    RECOMP_INLINE_STORE_U64 = 1, /* slot = imm */
};
int recomp_register_tb_exec_inline(recomp_tb *tb, enum recomp_inline_op op, recomp_slot slot,
                                   uint64_t imm);
int recomp_register_insn_exec_inline(recomp_insn *insn, enum recomp_inline_op op, recomp_slot slot,
                                     uint64_t imm);

/* Conditional callback: cb runs when (slot cond value), unsigned comparison, tested inline (no
 * call when false). */
enum recomp_cond {
    RECOMP_COND_ALWAYS = 0,
    RECOMP_COND_NEVER,
    RECOMP_COND_EQ,
    RECOMP_COND_NE,
    RECOMP_COND_LT,
    RECOMP_COND_LE,
    RECOMP_COND_GT,
    RECOMP_COND_GE,
};
int recomp_register_tb_exec_cond_cb(recomp_tb *tb, recomp_exec_cb cb, enum recomp_cb_flags flags,
                                    enum recomp_cond cond, recomp_slot slot, uint64_t value,
                                    void *userdata);
int recomp_register_insn_exec_cond_cb(recomp_insn *insn, recomp_exec_cb cb,
                                      enum recomp_cb_flags flags, enum recomp_cond cond,
                                      recomp_slot slot, uint64_t value, void *userdata);

/* Memory accesses of an instruction: loads, stores or both. The callback (or inline operation)
 * runs after the access completed (an access that faults reports nothing). An AMO is a load
 * of the old value and a store of the new one; lr is a load; sc a store of its operand, reported
 * whether or not the store-conditional succeeds. */
enum recomp_mem_rw { RECOMP_MEM_R = 1, RECOMP_MEM_W = 2, RECOMP_MEM_RW = 3 };

typedef struct recomp_mem_access {
    uint64_t vaddr; /* guest virtual address */
    uint64_t value; /* value loaded or stored: the access's size bytes, zero-extended */
    uint8_t size;   /* bytes: 1, 2, 4 or 8 */
    bool is_store;
    bool is_atomic; /* lr, sc, AMO */
} recomp_mem_access;

typedef void (*recomp_mem_cb)(unsigned vcpu, const recomp_mem_access *access, void *userdata);
int recomp_register_mem_cb(recomp_insn *insn, recomp_mem_cb cb, enum recomp_cb_flags flags,
                           enum recomp_mem_rw rw, void *userdata);
int recomp_register_mem_inline(recomp_insn *insn, enum recomp_mem_rw rw, enum recomp_inline_op op,
                               recomp_slot slot, uint64_t imm);

/* ---- Run time: guest state (from callbacks and events, on the guest thread) --------------
 *
 * Register names: x0..x31 and their ABI names (zero ra sp gp tp t0-t6 s0-s11 fp a0-a7),
 * f0..f31 and ft0-ft11 fs0-fs11 fa0-fa7 (raw 64 bits, singles NaN-boxed), pc, fflags, frm, fcsr.
 * A handle stays valid for the whole run. */
int recomp_reg_lookup(const char *name); /* handle >= 0, or -1 for an unknown name */
int recomp_reg_read(int handle, uint64_t *value);
/* Fails (-1) for pc and x0, and in callbacks not registered with RECOMP_CB_RW_REGS. */
int recomp_reg_write(int handle, uint64_t value);
int recomp_read_register(const char *name, uint64_t *value);
int recomp_write_register(const char *name, uint64_t value);

/* Copy len bytes of guest memory; 0, or -1 if any byte is not mapped readable (nothing is
 * read then). */
int recomp_read_memory(uint64_t vaddr, void *buf, size_t len);

unsigned recomp_thread_index(void); /* the calling guest thread: 0 for the first, ... */
unsigned recomp_n_threads(void);    /* 1 + the highest thread index used so far */
/* The guest pc of the instruction being executed (in an execution or memory callback), of the
 * ecall (syscall events), else the thread's current pc. */
uint64_t recomp_get_pc(void);

/* ---- Events ------------------------------------------------------------------------------ */

/* A guest thread starts (the first one too) / exits (at program exit: every thread still
 * running, before the atexit callbacks). */
typedef void (*recomp_thread_cb)(recomp_plugin_id id, unsigned vcpu);
void recomp_register_thread_start_cb(recomp_plugin_id id, recomp_thread_cb cb);
void recomp_register_thread_exit_cb(recomp_plugin_id id, recomp_thread_cb cb);

/* System call entry (number a7, arguments a0..a5) and exit (result a0, -errno on error).
 * exit, exit_group and a successful execve have no exit event. */
typedef void (*recomp_syscall_cb)(recomp_plugin_id id, unsigned vcpu, int64_t num,
                                  const uint64_t args[6]);
typedef void (*recomp_syscall_ret_cb)(recomp_plugin_id id, unsigned vcpu, int64_t num, int64_t ret);
void recomp_register_syscall_cb(recomp_plugin_id id, recomp_syscall_cb cb);
void recomp_register_syscall_ret_cb(recomp_plugin_id id, recomp_syscall_ret_cb cb);

/* Program exit: exit/exit_group of the last thread, or death by a signal (a fault without a
 * handler, a signal delivered with its default action, abort()/raise()). Runs once, on the
 * exiting thread, after the thread-exit events. Not run in a vfork child (it shares the
 * parent's memory) nor across execve (the new program gets the plugins loaded afresh). */
typedef void (*recomp_atexit_cb)(recomp_plugin_id id, void *userdata);
void recomp_register_atexit_cb(recomp_plugin_id id, recomp_atexit_cb cb, void *userdata);

/* ---- Utilities --------------------------------------------------------------------------- */

void recomp_outs(const char *s); /* to recomp-run's stderr, written at once */
/* "on/off/true/false/yes/no/1/0" -> *out; false if val is none of them. */
bool recomp_bool_parse(const char *name, const char *val, bool *out);
const char *recomp_syscall_name(int64_t num); /* riscv64 name ("openat"), or NULL */
/* Function symbol containing vaddr (from .symtab/.dynsym of the mapped ELF file), and the
 * offset into it; NULL if none. The string stays valid for the whole run. */
const char *recomp_symbol_lookup(uint64_t vaddr, uint64_t *offset);

/* The mapped file (executable, interpreter, shared library) containing vaddr: its path, the
 * guest address of its lowest mapping (the module base) and the end of its highest mapping. */
typedef struct recomp_module {
    const char *path; /* valid for the whole run */
    uint64_t base, end;
    uint64_t entry; /* e_entry (link-time value) */
} recomp_module;
int recomp_module_lookup(uint64_t vaddr, recomp_module *out); /* 0, or -1 if not in a file */

#ifdef __cplusplus
}
#endif

#endif
