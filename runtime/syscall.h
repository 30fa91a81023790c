/*
 * syscall.h - Linux system calls for riscv64 guests (asm-generic numbering), executed on the
 * x86-64 host. Structures whose layouts differ (stat, ...) are converted explicitly; guest
 * pointers are checked with gmem_check and answer -EFAULT rather than crash.
 */
#ifndef RECOMP_SYSCALL_H
#define RECOMP_SYSCALL_H

#include <stdbool.h>
#include <stdint.h>
#include "rv64_cpu.h"

extern bool syscall_strace; /* --strace: one line per syscall on stderr */

/* Execute the syscall in cpu->x[17] (a7) with args a0..a5; stores the result in a0.
 * exit/exit_group do not return (they flush stdio and _exit the process). */
void syscall_rv64(rv64_cpu *cpu);

/* Name of a riscv64 syscall number, or NULL. */
const char *syscall_name(int nr);

#endif
