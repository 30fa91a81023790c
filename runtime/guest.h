/*
 * guest.h - per-thread runtime state shared by the engine (dispatcher, faults), the signal layer
 * and the thread/process layer. Private to runtime/.
 *
 * One host thread runs one guest thread. Its guest_thread holds the guest CPU state, the guest's
 * signal mask and alternate stack, the queue of signals that reached the host thread but are not
 * yet delivered to the guest, and the bookkeeping for the kernel's clone/exit contract
 * (clear_child_tid, robust list).
 */
#ifndef RECOMP_GUEST_H
#define RECOMP_GUEST_H

#include <setjmp.h>
#include <signal.h>
#include <stdatomic.h>
#include <stdbool.h>
#include <stdint.h>
#include <sys/types.h>

#include "rv64_cpu.h"
#include "syscall_internal.h"

#define GUEST_SIGQ_MAX 128

/* riscv64 siginfo_t has the same 128-byte layout as the x86-64 one (asm-generic). */
typedef struct guest_siginfo {
    int32_t si_signo;
    int32_t si_errno;
    int32_t si_code;
    int32_t pad;
    uint8_t fields[112]; /* union: at 16 pid/uid, addr, timer ids, ... */
} guest_siginfo;
_Static_assert(sizeof(guest_siginfo) == 128, "siginfo_t is 128 bytes");

typedef struct guest_thread {
    rv64_cpu *cpu;
    pid_t tid;
    uint64_t clear_child_tid; /* CLONE_CHILD_CLEARTID / set_tid_address */
    uint64_t robust_list;
    bool own_process; /* a CLONE_VM child process (vfork): not in the thread list */

    /* signals */
    uint64_t sigmask;    /* guest blocked set (bit sig-1) */
    uint64_t saved_mask; /* rt_sigsuspend: the mask to restore after the handler */
    bool has_saved_mask; /* saved_mask is valid */
    rv64_stack altstack; /* sigaltstack */
    uint32_t sigq_n;     /* received from the host, not yet delivered */
    guest_siginfo sigq[GUEST_SIGQ_MAX];
    guest_siginfo sync; /* a synchronous fault to deliver (has_sync) */
    bool has_sync;
    uint64_t fault_host_addr; /* raw host fault address of `sync`, for si_code */
    sigjmp_buf fault_jb;      /* the dispatcher: faults in generated code longjmp here */

    /* engine */
    atomic_int active;  /* 1 while it may run generated code or touch translations */
    uint64_t jmp_gen;   /* flush generation its cpu->jmp_table matches */
    uint32_t jmp_fills; /* entries the dispatcher wrote since the table was last cleared */
    void *host_altstack;

    struct guest_thread *next, *prev;
} guest_thread;

/* The calling host thread's guest thread (NULL outside guest threads). */
extern __thread guest_thread *guest_self;

/* --- thread.c ---------------------------------------------------------------------------- */

/* Wrap a cpu (fully initialised by engine_cpu_init) into a registered guest thread. */
guest_thread *thread_register(rv64_cpu *cpu);
/* Call fn for every live guest thread, under the thread-list lock. */
void thread_for_each(void (*fn)(guest_thread *t, void *arg), void *arg);
/* Number of live guest threads. */
int thread_count(void);
/* Program arguments that recomp-run passes again when a guest execve()s another guest ELF: the
 * runtime's own path (NULL: /proc/self/exe, read at the first execve) and its options up to
 * (not including) the program. */
void thread_set_reexec(const char *self, int nopts, char **opts);

/* --- signal.c ---------------------------------------------------------------------------- */

/* Install the host handlers the runtime always needs (faults, ...) for the calling process. */
void signal_init(void);
/* Per host thread set-up: alternate host signal stack. */
void signal_thread_init(guest_thread *t);
/* True if a signal the guest does not block is waiting in t's queue (or a sync one). */
bool signal_deliverable(guest_thread *t);
/* Deliver what is pending to the guest: sets up the guest signal frame(s) in t->cpu, or ends the
 * process for a default action. Called by the dispatcher at safe points. */
void signal_deliver(guest_thread *t);
/* Deliver a synchronous signal raised by the guest at cpu->pc (SIGILL, SIGTRAP, SIGSEGV...):
 * runs the guest handler if it has one and does not block it, otherwise the guest dies. */
void signal_raise_sync(guest_thread *t, int sig, int code, uint64_t addr);
/* After a syscall: -EINTR caused by a signal for a handler with SA_RESTART restarts the call. */
bool signal_should_restart(guest_thread *t, int nr);
/* The guest's mask now in force on the host thread (signals the runtime handles are never
 * blocked on the host). */
void signal_apply_mask(guest_thread *t);
/* True if sig, sent to thread t now, would end the process by its default action (not blocked,
 * no handler, not ignored or stopping): instrumentation plugins' exit callbacks run first. */
bool signal_would_kill(guest_thread *t, int sig);

/* The process ends the way the native program would: one line, then the signal. */
void guest_die(int sig, uint64_t pc, const char *detail) __attribute__((noreturn));
void die_with_signal(int sig) __attribute__((noreturn));

/* --- engine.c ---------------------------------------------------------------------------- */

/* Drop every translation; safe with other threads running (they leave generated code first). */
void engine_invalidate_all(void);
/* Handle cpu->exit_request for the calling thread (signals, flushes, exclusive sections). */
void engine_service_requests(guest_thread *t);
/* Fault handler body: a fault in generated code or in a helper becomes a precise guest signal
 * (longjmp to the dispatcher). Returns false if the fault is not the guest's. */
bool engine_guest_fault(int sig, siginfo_t *si, void *uc);
/* The guest instruction bits at pc (for diagnostics; 0 if unreadable). */
uint32_t engine_insn_bits(uint64_t pc);
/* The program name for diagnostics. */
const char *engine_prog(void);

#endif
