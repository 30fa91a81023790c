/*
 * thread.c - guest threads and processes: clone/clone3, exit, fork/vfork, execve, wait, ids.
 *
 * Threads: one host thread (pthread, so the runtime keeps a normal host libc environment) per
 * guest thread. The kernel's side of the clone contract is emulated: CLONE_SETTLS sets tp,
 * CLONE_PARENT_SETTID / CLONE_CHILD_SETTID store the new tid before clone returns in either
 * thread, CLONE_CHILD_CLEARTID clears the word and futex-wakes it when the thread exits (what
 * pthread_join waits for). Guest tids are host tids.
 *
 * Processes: clone without CLONE_VM is a host fork(); CLONE_VFORK keeps the parent waiting until
 * the child execs or exits (a close-on-exec pipe), as the kernel would. execve of a guest ELF
 * (or of a script whose interpreter is one) re-enters this runtime with the same options; any
 * other file is handed to the host kernel, so host binaries (/bin/sh) run natively.
 */
#define _GNU_SOURCE
#include <elf.h>
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <linux/futex.h>
#include <pthread.h>
#include <sched.h>
#include <semaphore.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/resource.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <unistd.h>
#ifdef __SANITIZE_ADDRESS__
#include <sanitizer/asan_interface.h>
#endif

#include "engine.h"
#include "gmem.h"
#include "guest.h"
#include "plugin.h"
#include "syscall.h"
#include "syscall_internal.h"
#include "syscall_util.h"
#include "sysroot.h"

/* ---- the thread list -------------------------------------------------------------------- */

static pthread_mutex_t threads_mu = PTHREAD_MUTEX_INITIALIZER;
static guest_thread *threads;
static int nthreads;

guest_thread *thread_register(rv64_cpu *cpu) {
    guest_thread *t = calloc(1, sizeof *t);
    if (!t) {
        fprintf(stderr, "%s: out of memory\n", engine_prog());
        _exit(127);
    }
    t->cpu = cpu;
    cpu->runtime = t;
    t->tid = gettid();
    t->altstack.ss_flags = SS_DISABLE;
    uint64_t host_mask = 0;
    syscall(SYS_rt_sigprocmask, SIG_BLOCK, NULL, &host_mask, 8);
    t->sigmask = host_mask; /* a new process inherits the blocked set across execve */
    pthread_mutex_lock(&threads_mu);
    t->next = threads;
    if (threads) threads->prev = t;
    threads = t;
    nthreads++;
    pthread_mutex_unlock(&threads_mu);
    if (!guest_self) guest_self = t;
    return t;
}

/* Remove t; returns the number of threads left. */
static int thread_unregister(guest_thread *t) {
    pthread_mutex_lock(&threads_mu);
    if (t->prev)
        t->prev->next = t->next;
    else
        threads = t->next;
    if (t->next) t->next->prev = t->prev;
    int left = --nthreads;
    pthread_mutex_unlock(&threads_mu);
    return left;
}

void thread_for_each(void (*fn)(guest_thread *t, void *arg), void *arg) {
    pthread_mutex_lock(&threads_mu);
    for (guest_thread *t = threads; t; t = t->next)
        fn(t, arg);
    pthread_mutex_unlock(&threads_mu);
}

int thread_count(void) {
    return __atomic_load_n(&nthreads, __ATOMIC_RELAXED);
}

/* ---- exit ------------------------------------------------------------------------------- */

static _Noreturn void process_exit(int status) {
    if (syscall_exit_hook) syscall_exit_hook(status);
    fflush(stdout);
    fflush(stderr);
    _exit(status);
}

/* What the kernel does for a dying thread's robust futex list (kernel/futex/core.c): every
 * futex still held by the thread gets FUTEX_OWNER_DIED and one waiter is woken, so the next
 * locker of a robust mutex sees EOWNERDEAD. The list lives in guest memory:
 * struct robust_list_head { next; long futex_offset; list_op_pending; }, entries are
 * struct robust_list { next } (bit 0 of a pointer marks a PI futex). */
static void handle_futex_death(uint64_t uaddr, pid_t tid) {
    if (uaddr & 3 || !gmem_check(uaddr, 4, PROT_READ | PROT_WRITE)) return;
    uint32_t *w = g2h(uaddr);
    uint32_t old = __atomic_load_n(w, __ATOMIC_SEQ_CST);
    while ((old & FUTEX_TID_MASK) == (uint32_t)tid) {
        uint32_t nv = (old & FUTEX_WAITERS) | FUTEX_OWNER_DIED;
        if (__atomic_compare_exchange_n(w, &old, nv, false, __ATOMIC_SEQ_CST, __ATOMIC_SEQ_CST)) {
            if (old & FUTEX_WAITERS) syscall(SYS_futex, w, FUTEX_WAKE, 1, NULL, NULL, 0);
            return;
        }
    }
}

static void exit_robust_list(guest_thread *t) {
    uint64_t head = t->robust_list, h[3];
    if (!head || !copy_from_guest(h, head, sizeof h)) return;
    int64_t off = (int64_t)h[1];
    uint64_t pending = h[2] & ~1ull, entry = h[0] & ~1ull;
    for (int limit = 2048; entry != head && limit-- > 0;) { /* ROBUST_LIST_LIMIT */
        uint64_t next;
        if (!copy_from_guest(&next, entry, 8)) break;
        if (entry != pending) handle_futex_death(entry + (uint64_t)off, t->tid);
        entry = next & ~1ull;
    }
    if (pending) handle_futex_death(pending + (uint64_t)off, t->tid);
}

static void exit_robust_list_of(guest_thread *t, void *arg) {
    (void)arg;
    exit_robust_list(t);
}

/* Every thread's robust futexes die with the process (they matter to other processes sharing the
 * memory). */
SYSCALL_DEFINE(exit_group) {
    thread_for_each(exit_robust_list_of, NULL);
    process_exit((int)a[0]);
}

/* The calling thread ends; the last one ends the process with its status, as in the kernel. */
SYSCALL_DEFINE(exit) {
    guest_thread *t = cpu->runtime;
    if (t) exit_robust_list(t);
    if (!t || t->own_process || thread_count() <= 1) process_exit((int)a[0]);
    plugin_thread_exit(cpu);
    if (t->clear_child_tid && gmem_check(t->clear_child_tid, 4, PROT_WRITE)) {
        __atomic_store_n((uint32_t *)g2h(t->clear_child_tid), 0, __ATOMIC_SEQ_CST);
        syscall(SYS_futex, g2h(t->clear_child_tid), FUTEX_WAKE, 1, NULL, NULL, 0);
    }
    /* from here on process-directed signals must go to a thread that can still take them */
    uint64_t all = ~0ull;
    syscall(SYS_rt_sigprocmask, SIG_SETMASK, &all, NULL, 8);
    if (thread_unregister(t) == 0) process_exit((int)a[0]);
    guest_self = NULL;
    pthread_exit(NULL);
}

SYSCALL_DEFINE(set_tid_address) {
    guest_thread *t = cpu->runtime ? cpu->runtime : thread_register(cpu);
    t->clear_child_tid = a[0];
    return t->tid;
}

SYSCALL_DEFINE(set_robust_list) {
    guest_thread *t = cpu->runtime ? cpu->runtime : thread_register(cpu);
    if (a[1] != 24) /* sizeof(struct robust_list_head) on 64-bit */
        return -EINVAL;
    t->robust_list = a[0];
    return 0;
}

SYSCALL_DEFINE(get_robust_list) {
    if (a[0] && (pid_t)a[0] != gettid()) return -EPERM;
    guest_thread *t = cpu->runtime ? cpu->runtime : thread_register(cpu);
    uint64_t len = 24;
    if (!copy_to_guest(a[1], &t->robust_list, 8) || !copy_to_guest(a[2], &len, 8)) return -EFAULT;
    return 0;
}

/* ---- clone ------------------------------------------------------------------------------ */

typedef struct clone_req {
    uint64_t flags;
    uint64_t stack;
    uint64_t parent_tid, child_tid, tls;
} clone_req;

typedef struct thread_start {
    guest_thread *t;
    clone_req req;
    sem_t ready;
} thread_start;

static void *thread_main(void *arg) {
    thread_start *st = arg;
    guest_thread *t = st->t;
    t->tid = gettid();
    if (st->req.flags & CLONE_CHILD_SETTID) copy_to_guest(st->req.child_tid, &t->tid, 4);
    if (st->req.flags & CLONE_PARENT_SETTID) copy_to_guest(st->req.parent_tid, &t->tid, 4);
    sem_post(&st->ready); /* st is the parent's: not touched after this */
    signal_apply_mask(t);
    engine_run(t->cpu);
}

/* The new thread's or process's cpu: the caller's registers, returning 0 from the ecall on the
 * requested stack with the requested TLS. NULL if out of memory. */
static rv64_cpu *child_cpu(const rv64_cpu *cpu, const clone_req *req) {
    rv64_cpu *child = aligned_alloc(64, (sizeof(rv64_cpu) + 63) & ~(size_t)63);
    if (!child) return NULL;
    engine_cpu_init(child);
    memcpy(child->x, cpu->x, sizeof cpu->x);
    memcpy(child->f, cpu->f, sizeof cpu->f);
    child->fflags = cpu->fflags;
    child->frm = cpu->frm;
    child->pc = cpu->pc + 4;
    child->x[10] = 0;
    if (req->stack) child->x[2] = req->stack;
    if (req->flags & CLONE_SETTLS) child->x[4] = req->tls;
    return child;
}

static int64_t clone_thread(rv64_cpu *cpu, const clone_req *req) {
    guest_thread *parent = cpu->runtime;
    rv64_cpu *child = child_cpu(cpu, req);
    if (!child) return -ENOMEM;
    guest_thread *t = thread_register(child);
    t->sigmask = parent ? parent->sigmask : 0;
    if (req->flags & CLONE_CHILD_CLEARTID) t->clear_child_tid = req->child_tid;

    thread_start st = {.t = t, .req = *req};
    sem_init(&st.ready, 0, 0);
    pthread_attr_t attr;
    pthread_attr_init(&attr);
    pthread_attr_setdetachstate(&attr, PTHREAD_CREATE_DETACHED);
    pthread_attr_setstacksize(&attr, 1u << 20);
    pthread_t th;
    int rc = pthread_create(&th, &attr, thread_main, &st);
    pthread_attr_destroy(&attr);
    if (rc != 0) {
        thread_unregister(t);
        engine_cpu_release(child);
        free(child);
        free(t);
        return -rc;
    }
    while (sem_wait(&st.ready) != 0 && errno == EINTR) {
    }
    sem_destroy(&st.ready);
    return t->tid;
}

static int64_t clone_process(rv64_cpu *cpu, const clone_req *req) {
    int vfork_pipe[2] = {-1, -1};
    if ((req->flags & CLONE_VFORK) && pipe2(vfork_pipe, O_CLOEXEC) != 0) return -errno;
    fflush(stdout);
    fflush(stderr);
    pid_t pid = fork();
    if (pid < 0) {
        int e = errno;
        if (vfork_pipe[0] >= 0) {
            close(vfork_pipe[0]);
            close(vfork_pipe[1]);
        }
        return -e;
    }
    if (pid == 0) {
        guest_thread *self = cpu->runtime;
        /* only this thread exists in the child */
        pthread_mutex_init(&threads_mu, NULL);
        threads = NULL;
        nthreads = 0;
        if (self) {
            self->next = self->prev = NULL;
            self->tid = gettid();
            threads = self;
            nthreads = 1;
        }
        if (vfork_pipe[0] >= 0) close(vfork_pipe[0]); /* the write end closes at exec/exit */
        if (req->stack) cpu->x[2] = req->stack;
        if (req->flags & CLONE_SETTLS) cpu->x[4] = req->tls;
        pid_t tid = gettid();
        if (req->flags & CLONE_CHILD_SETTID) copy_to_guest(req->child_tid, &tid, 4);
        if (self && (req->flags & CLONE_CHILD_CLEARTID)) self->clear_child_tid = req->child_tid;
        return 0;
    }
    if (req->flags & CLONE_PARENT_SETTID) copy_to_guest(req->parent_tid, &pid, 4);
    if (vfork_pipe[0] >= 0) {
        close(vfork_pipe[1]);
        char c;
        while (read(vfork_pipe[0], &c, 1) < 0 && errno == EINTR) {
        }
        close(vfork_pipe[0]);
    }
    return pid;
}

/* CLONE_VM without CLONE_THREAD (vfork(), posix_spawn): a new host process that shares the whole
 * address space, translator included, exactly like the guest expects; with CLONE_VFORK the
 * kernel suspends the calling thread until the child execs or exits. The child runs its own
 * dispatcher on a private host stack. It shares the calling thread's host TLS (as a vfork child
 * does natively), so guest_self is put back when the call returns. */
typedef struct vm_child {
    guest_thread *t;
    clone_req req;
} vm_child;

static int vm_child_main(void *arg) {
    vm_child *c = arg;
    guest_thread *t = c->t;
    guest_self = t;
    t->tid = gettid();
    if (c->req.flags & CLONE_CHILD_SETTID) copy_to_guest(c->req.child_tid, &t->tid, 4);
    engine_run(t->cpu);
}

static int64_t clone_vm_process(rv64_cpu *cpu, const clone_req *req) {
    guest_thread *parent = cpu->runtime;
    rv64_cpu *child = child_cpu(cpu, req);
    guest_thread *t = calloc(1, sizeof *t);
    size_t stack_size = 1u << 20;
    void *stack =
        mmap(NULL, stack_size, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    if (!child || !t || stack == MAP_FAILED) {
        if (child) engine_cpu_release(child);
        free(child);
        free(t);
        if (stack != MAP_FAILED) munmap(stack, stack_size);
        return -ENOMEM;
    }
    t->cpu = child;
    child->runtime = t;
    t->own_process = true;
    t->sigmask = parent ? parent->sigmask : 0;
    t->altstack = parent ? parent->altstack : (rv64_stack){.ss_flags = SS_DISABLE};
    if (req->flags & CLONE_CHILD_CLEARTID) t->clear_child_tid = req->child_tid;
#ifdef __SANITIZE_ADDRESS__
    /* the shadow of a reused stack may still describe an earlier child's frames */
    __asan_unpoison_memory_region(stack, stack_size);
#endif
    vm_child c = {.t = t, .req = *req};
    fflush(stdout);
    fflush(stderr);
    int flags = CLONE_VM | (int)(req->flags & (CLONE_VFORK | CSIGNAL | CLONE_FS | CLONE_FILES));
    pid_t pid = clone(vm_child_main, (char *)stack + stack_size, flags, &c);
    int e = errno;
    guest_self = parent;
    if (pid > 0 && (req->flags & CLONE_PARENT_SETTID)) copy_to_guest(req->parent_tid, &pid, 4);
    if (req->flags & CLONE_VFORK) { /* the child has exec'd or exited: its state is ours again */
        munmap(stack, stack_size);
        if (t->host_altstack) munmap(t->host_altstack, 64 * 1024);
        engine_cpu_release(child);
        free(child);
        free(t);
    }
    return pid < 0 ? -e : pid;
}

#define THREAD_FLAGS (CLONE_VM | CLONE_THREAD | CLONE_SIGHAND)

static int64_t do_clone(rv64_cpu *cpu, const clone_req *req) {
    uint64_t f = req->flags;
    if (f & (CLONE_NEWNS | CLONE_NEWUTS | CLONE_NEWIPC | CLONE_NEWUSER | CLONE_NEWPID |
             CLONE_NEWNET | CLONE_NEWCGROUP | CLONE_PIDFD | CLONE_PTRACE | CLONE_UNTRACED))
        return -EINVAL;
    if ((f & CLONE_THREAD) && !(f & CLONE_SIGHAND)) return -EINVAL;
    if ((f & CLONE_SIGHAND) && !(f & CLONE_VM)) return -EINVAL;
    if ((f & THREAD_FLAGS) == THREAD_FLAGS) return clone_thread(cpu, req);
    if (f & CLONE_THREAD) return -EINVAL;
    if (f & CLONE_VM) return clone_vm_process(cpu, req);
    return clone_process(cpu, req);
}

/* riscv64 takes clone(flags, newsp, parent_tid, tls, child_tid) (glibc's clone.S; the x86-64
 * order differs) */
SYSCALL_DEFINE(clone) {
    clone_req r = {
        .flags = a[0], .stack = a[1], .parent_tid = a[2], .tls = a[3], .child_tid = a[4]};
    return do_clone(cpu, &r);
}

/* struct clone_args (64-bit fields): flags, pidfd, child_tid, parent_tid, exit_signal, stack,
 * stack_size, tls, set_tid, set_tid_size, cgroup */
SYSCALL_DEFINE(clone3) {
    uint64_t args[11] = {0};
    uint64_t size = a[1];
    if (size < 64 || size > 4096) return -EINVAL;
    if (!copy_from_guest(args, a[0], size < sizeof args ? size : sizeof args)) return -EFAULT;
    if (args[8] || args[9] || (size > 80 && args[10])) return -EINVAL; /* set_tid, cgroup */
    clone_req r = {.flags = args[0] | (args[4] & 0xff),
                   .stack = args[5] ? args[5] + args[6] : 0,
                   .parent_tid = args[3],
                   .child_tid = args[2],
                   .tls = args[7]};
    return do_clone(cpu, &r);
}

/* ---- execve ----------------------------------------------------------------------------- */

static char self_exe[PATH_MAX];
static char **reexec_opts;
static int reexec_nopts;

void thread_set_reexec(const char *self, int nopts, char **opts) {
    snprintf(self_exe, sizeof self_exe, "%s", self ? self : "");
    reexec_opts = opts;
    reexec_nopts = nopts;
}

/* A guest array of string pointers (argv, envp) as host pointers; NULL-terminated. */
static int64_t guest_strv(uint64_t addr, char ***out) {
    size_t n = 0, cap = 16;
    char **v = malloc(cap * sizeof *v);
    if (!v) return -ENOMEM;
    for (; addr; n++) {
        uint64_t p;
        if (!copy_from_guest(&p, addr + 8 * n, 8)) {
            free(v);
            return -EFAULT;
        }
        if (n + 2 > cap) {
            cap *= 2;
            char **nv = realloc(v, cap * sizeof *v);
            if (!nv) {
                free(v);
                return -ENOMEM;
            }
            v = nv;
        }
        if (!p) break;
        if (gmem_strlen(p) < 0) {
            free(v);
            return -EFAULT;
        }
        v[n] = g2h(p);
    }
    v[n] = NULL;
    *out = v;
    return (int64_t)n;
}

/* Is `path` a riscv64 ELF? */
static bool is_guest_elf(const char *path) {
    int fd = open(path, O_RDONLY | O_CLOEXEC);
    if (fd < 0) return false;
    Elf64_Ehdr eh;
    ssize_t n = read(fd, &eh, sizeof eh);
    close(fd);
    return n == (ssize_t)sizeof eh && memcmp(eh.e_ident, ELFMAG, SELFMAG) == 0 &&
           eh.e_machine == EM_RISCV;
}

/* "#!interp [arg]" of a script, or false. */
static bool script_interp(const char *path, char *interp, size_t isz, char *arg, size_t asz) {
    int fd = open(path, O_RDONLY | O_CLOEXEC);
    if (fd < 0) return false;
    char buf[256];
    ssize_t n = read(fd, buf, sizeof buf - 1);
    close(fd);
    if (n < 3 || buf[0] != '#' || buf[1] != '!') return false;
    buf[n] = 0;
    char *p = buf + 2, *nl = strchr(p, '\n');
    if (nl) *nl = 0;
    while (*p == ' ' || *p == '\t')
        p++;
    char *e = p;
    while (*e && *e != ' ' && *e != '\t')
        e++;
    char *rest = *e ? e + 1 : e;
    *e = 0;
    while (*rest == ' ' || *rest == '\t')
        rest++;
    size_t rl = strlen(rest);
    while (rl && (rest[rl - 1] == ' ' || rest[rl - 1] == '\t' || rest[rl - 1] == '\r'))
        rest[--rl] = 0;
    if (!*p) return false;
    snprintf(interp, isz, "%s", p);
    snprintf(arg, asz, "%s", rest);
    return true;
}

/* Exec this runtime on a guest ELF: self opts... -0 argv0 elf args... */
static int64_t reexec(const char *elf, const char *argv0, char *const *args, char **envp) {
    size_t nargs = 0;
    while (args && args[nargs])
        nargs++;
    char **v = calloc((size_t)reexec_nopts + nargs + 6, sizeof *v);
    if (!v) return -ENOMEM;
    size_t k = 0;
    v[k++] = self_exe;
    for (int i = 0; i < reexec_nopts; i++)
        v[k++] = reexec_opts[i];
    v[k++] = "-0";
    v[k++] = (char *)argv0;
    v[k++] = (char *)elf;
    for (size_t i = 0; i < nargs; i++)
        v[k++] = args[i];
    v[k] = NULL;
    fflush(stdout);
    fflush(stderr);
    execve(self_exe, v, envp);
    int e = errno;
    free(v);
    return -e;
}

/* The host file behind a guest path given to execve: /proc/self/exe is the guest executable,
 * absolute paths go through the sysroot. */
static int64_t exec_path(uint64_t addr, const char **gpath, char *buf, size_t len) {
    int64_t n = gmem_strlen(addr);
    if (n < 0) return -EFAULT;
    if (n >= PATH_MAX) return -ENAMETOOLONG;
    *gpath = g2h(addr);
    char self[64];
    snprintf(self, sizeof self, "/proc/%d/exe", (int)getpid());
    const char *p = *gpath;
    if ((!strcmp(p, "/proc/self/exe") || !strcmp(p, "/proc/thread-self/exe") || !strcmp(p, self)) &&
        syscall_get_exe_path())
        p = syscall_get_exe_path();
    else
        p = sysroot_path(p, buf, len);
    if (p != buf) snprintf(buf, len, "%s", p);
    return 0;
}

SYSCALL_DEFINE(execve) {
    const char *gpath;
    char path[PATH_MAX];
    int64_t r = exec_path(a[0], &gpath, path, sizeof path);
    if (r < 0) return r;
    plugin_exec_notify();
    char **argv = NULL, **envp = NULL;
    if ((r = guest_strv(a[1], &argv)) < 0) return r;
    if ((r = guest_strv(a[2], &envp)) < 0) {
        free(argv);
        return r;
    }
    if (!self_exe[0]) { /* NULL given to thread_set_reexec: found when first needed */
        ssize_t n = readlink("/proc/self/exe", self_exe, sizeof self_exe - 1);
        self_exe[n > 0 ? n : 0] = 0;
    }
    if (access(path, F_OK) != 0) {
        r = -errno;
    } else if (!self_exe[0]) {
        r = -ENOEXEC;
    } else if (is_guest_elf(path)) {
        r = reexec(path, argv[0] ? argv[0] : path, argv[0] ? argv + 1 : argv, envp);
    } else {
        char interp[PATH_MAX], iarg[256];
        if (script_interp(path, interp, sizeof interp, iarg, sizeof iarg)) {
            char ibuf[PATH_MAX];
            const char *ip = sysroot_path(interp, ibuf, sizeof ibuf);
            if (is_guest_elf(ip)) {
                /* the kernel's argv: interp [arg] script args[1..] */
                size_t n = 0;
                while (argv[n])
                    n++;
                char **v = calloc(n + 3, sizeof *v);
                if (!v) {
                    r = -ENOMEM;
                    goto out;
                }
                size_t k = 0;
                if (iarg[0]) v[k++] = iarg;
                v[k++] = (char *)gpath;
                for (size_t i = 1; i < n; i++)
                    v[k++] = argv[i];
                r = reexec(ip, interp, v, envp);
                free(v);
                goto out;
            }
        }
        /* a host binary or a script for a host interpreter: the host kernel runs it */
        fflush(stdout);
        fflush(stderr);
        execve(path, argv, envp);
        r = -errno;
    }
out:
    free(argv);
    free(envp);
    return r;
}

/* ---- wait ------------------------------------------------------------------------------- */

/* int status, struct rusage and siginfo_t have the same layout on riscv64 and x86-64. */
SYSCALL_DEFINE(wait4) {
    bool ok = true;
    void *status = guest_opt(a[1], sizeof(int), PROT_WRITE, &ok);
    void *ru = guest_opt(a[3], sizeof(struct rusage), PROT_WRITE, &ok);
    if (!ok) return -EFAULT;
    return HOST(syscall(SYS_wait4, (pid_t)a[0], status, (int)a[2], ru));
}

SYSCALL_DEFINE(waitid) {
    bool ok = true;
    void *info = guest_opt(a[2], sizeof(guest_siginfo), PROT_WRITE, &ok);
    void *ru = guest_opt(a[4], sizeof(struct rusage), PROT_WRITE, &ok);
    if (!ok) return -EFAULT;
    return HOST(syscall(SYS_waitid, (int)a[0], (pid_t)a[1], info, (int)a[3], ru));
}

/* ---- credentials: raw calls (glibc's wrappers would signal the runtime's host threads) --- */

SYSCALL_DEFINE(setuid) {
    return HOST(syscall(SYS_setuid, (uid_t)a[0]));
}
SYSCALL_DEFINE(setgid) {
    return HOST(syscall(SYS_setgid, (gid_t)a[0]));
}
SYSCALL_DEFINE(setreuid) {
    return HOST(syscall(SYS_setreuid, (uid_t)a[0], (uid_t)a[1]));
}
SYSCALL_DEFINE(setregid) {
    return HOST(syscall(SYS_setregid, (gid_t)a[0], (gid_t)a[1]));
}
SYSCALL_DEFINE(setresuid) {
    return HOST(syscall(SYS_setresuid, (uid_t)a[0], (uid_t)a[1], (uid_t)a[2]));
}
SYSCALL_DEFINE(setresgid) {
    return HOST(syscall(SYS_setresgid, (gid_t)a[0], (gid_t)a[1], (gid_t)a[2]));
}
SYSCALL_DEFINE(setfsuid) {
    return HOST(syscall(SYS_setfsuid, (uid_t)a[0]));
}
SYSCALL_DEFINE(setfsgid) {
    return HOST(syscall(SYS_setfsgid, (gid_t)a[0]));
}
SYSCALL_DEFINE(setgroups) {
    int n = (int)a[0];
    if (n < 0 || n > 65536) return -EINVAL;
    const void *list = guest_buf(a[1], (uint64_t)n * sizeof(gid_t), PROT_READ);
    return list ? HOST(syscall(SYS_setgroups, n, list)) : -EFAULT;
}

/* ---- scheduling parameters (struct sched_param is one int on both) ---------------------- */

SYSCALL_DEFINE(sched_getscheduler) {
    return HOST(syscall(SYS_sched_getscheduler, (pid_t)a[0]));
}
SYSCALL_DEFINE(sched_setscheduler) {
    const void *p = guest_buf(a[2], sizeof(int), PROT_READ);
    return p ? HOST(syscall(SYS_sched_setscheduler, (pid_t)a[0], (int)a[1], p)) : -EFAULT;
}
SYSCALL_DEFINE(sched_getparam) {
    void *p = guest_buf(a[1], sizeof(int), PROT_WRITE);
    return p ? HOST(syscall(SYS_sched_getparam, (pid_t)a[0], p)) : -EFAULT;
}
SYSCALL_DEFINE(sched_setparam) {
    const void *p = guest_buf(a[1], sizeof(int), PROT_READ);
    return p ? HOST(syscall(SYS_sched_setparam, (pid_t)a[0], p)) : -EFAULT;
}
SYSCALL_DEFINE(sched_get_priority_max) {
    return HOST(syscall(SYS_sched_get_priority_max, (int)a[0]));
}
SYSCALL_DEFINE(sched_get_priority_min) {
    return HOST(syscall(SYS_sched_get_priority_min, (int)a[0]));
}
SYSCALL_DEFINE(sched_rr_get_interval) {
    void *ts = guest_buf(a[1], sizeof(struct timespec), PROT_WRITE);
    return ts ? HOST(syscall(SYS_sched_rr_get_interval, (pid_t)a[0], ts)) : -EFAULT;
}
