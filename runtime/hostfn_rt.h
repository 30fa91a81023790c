/*
 * hostfn_rt.h - the runtime side of host-run C library routines (runtime/hostfn.c,
 * recomp/hostfn.h, docs/hostfn.md).
 */
#ifndef RECOMP_HOSTFN_RT_H
#define RECOMP_HOSTFN_RT_H

#include <stdatomic.h>
#include <stdbool.h>

#include "rv64_cpu.h"

typedef struct hostfn_stats {
    atomic_ullong calls;    /* routine calls done on the host */
    atomic_ullong declined; /* calls left to the guest code (overlap, range, a host fault) */
} hostfn_stats;
extern hostfn_stats hostfn_stat;

/* Enable (on, unless $RECOMP_HOST_LIBC is "0") or disable host routines for the process: the
 * lifter recognizes routine entries only when enabled, and cached units' prologues decline. */
void hostfn_init(bool on);
bool hostfn_enabled(void);

/* Install the helper in a new thread's cpu->helpers. */
void hostfn_cpu_init(rv64_cpu *cpu);

/* From the SIGSEGV/SIGBUS handler: a fault inside a host routine jumps back to its helper
 * (does not return then). */
void hostfn_fault(int sig);

#endif
