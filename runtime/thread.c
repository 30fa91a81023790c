/*
 * thread.c - guest threads: clone, exit, thread ids.
 */
#define _GNU_SOURCE
#include <errno.h>
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <sys/syscall.h>
#include <unistd.h>

#include "gmem.h"
#include "syscall.h"
#include "syscall_internal.h"
#include "syscall_util.h"

static _Noreturn void guest_exit(int status) {
    if (syscall_exit_hook) syscall_exit_hook(status);
    fflush(stdout);
    fflush(stderr);
    _exit(status);
}

SYSCALL_DEFINE(exit) {
    /* TODO(threads): end only the calling thread once clone is supported. */
    guest_exit((int)a[0]);
}

SYSCALL_DEFINE(exit_group) {
    guest_exit((int)a[0]);
}

static uint64_t clear_child_tid, robust_list_head;

SYSCALL_DEFINE(set_tid_address) {
    clear_child_tid = a[0]; /* written and woken at thread exit, once threads exist */
    return HOST(gettid());
}

SYSCALL_DEFINE(set_robust_list) {
    if (a[1] != 24) /* sizeof(struct robust_list_head) on 64-bit */
        return -EINVAL;
    robust_list_head = a[0];
    return 0;
}

