/*
 * plugin.h - the runtime side of instrumentation plugins (include/recomp/plugin.h is the
 * public API; docs/plugins.md the design). Private to runtime/ and tools/recomp-run.c.
 *
 * With no plugin loaded (plugin_count() == 0) every hook below returns at once and the
 * translator makes exactly the code it makes without this file.
 */
#ifndef RECOMP_RUNTIME_PLUGIN_H
#define RECOMP_RUNTIME_PLUGIN_H

#include <stddef.h>
#include <stdint.h>

#include "lift.h"
#include "rv64_cpu.h"

/* Load "path.so[,key=value...]" and run its install function. Returns 0, or -1 with a one-line
 * message (without the program name) in err. */
int plugin_load(const char *spec, char *err, size_t errlen);

/* Number of loaded plugins. Code compiled without instrumentation (an AOT cache) must not be
 * used when this is non-zero. */
int plugin_count(void);

/* engine.c translate(): lift the unit at pc with the plugins' instrumentation (they see the
 * unit's basic blocks first). Same contract as rv64_lift_unit. */
int plugin_lift_unit(ir_unit *u, uint64_t pc, int max_insns, lift_fetch_fn fetch, void *ctx);

/* A guest thread starts running (engine_run): thread index, scoreboard, helper entry, events. */
void plugin_thread_start(rv64_cpu *cpu);
/* The calling guest thread exits (not the last one: that is plugin_at_exit). */
void plugin_thread_exit(rv64_cpu *cpu);
/* The calling thread is about to execve (a vfork child leaves the shared registry). */
void plugin_exec_notify(void);
/* System call entry and exit (syscall_rv64). */
void plugin_syscall_entry(rv64_cpu *cpu, uint64_t nr, const uint64_t args[6]);
void plugin_syscall_exit(rv64_cpu *cpu, uint64_t nr, int64_t ret);
/* Program exit (exit/exit_group of the last thread, death by a signal): thread-exit events of
 * the live threads, then the atexit callbacks; once. */
void plugin_at_exit(void);

/* plugin_sym.c: symbols and modules of the mapped ELF files. */
const char *plugin_symbol_lookup(uint64_t vaddr, uint64_t *offset);

#endif
