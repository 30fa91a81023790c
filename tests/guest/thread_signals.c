/* Signals and threads: pthread_kill runs the handler on the target thread (4 threads, each
 * records gettid() in the handler); per-thread signal masks: a process-directed kill() is
 * delivered to the only thread that does not block it; a thread in sigwait() receives a
 * process-directed signal that everybody blocks; a signal sent to a thread busy in a loop
 * without system calls interrupts it. Only the main thread prints. */
#define _GNU_SOURCE
#include <pthread.h>
#include <errno.h>
#include <signal.h>
#include <stdatomic.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <sys/syscall.h>
#include <unistd.h>

#include "guest_check.h"

/* A broken getpid() or fork() under a translator must not turn kill() into a signal to a
 * whole process group (pid 0 or negative) or to every process (-1): refuse those. */
static int kill_checked(pid_t pid, int sig) {
    if (pid <= 1) {
        printf("FAIL: refusing kill(%ld, %d)\n", (long)pid, sig);
        failures++;
        errno = ESRCH;
        return -1;
    }
    return kill(pid, sig);
}

#define NT 4
static pid_t gettid_(void) {
    return (pid_t)syscall(SYS_gettid);
}

static pid_t tids[NT];
static atomic_int handled_by[NT]; /* tid that ran the handler for thread i's signal */
static atomic_int ready, release_threads;

static void usr1_handler(int sig, siginfo_t *si, void *uc) {
    (void)sig;
    (void)uc;
    int idx = si->si_value.sival_int; /* pthread_sigqueue carries the index */
    if (idx >= 0 && idx < NT) atomic_store(&handled_by[idx], gettid_());
}

static void *target(void *arg) {
    int id = (int)(intptr_t)arg;
    tids[id] = gettid_();
    atomic_fetch_add(&ready, 1);
    while (!atomic_load(&release_threads))
        usleep(1000);
    return NULL;
}

/* process-directed signal, only one thread leaves SIGUSR2 unblocked */
static atomic_int usr2_tid;
static atomic_int usr2_count;
static void usr2_handler(int sig) {
    (void)sig;
    atomic_store(&usr2_tid, gettid_());
    atomic_fetch_add(&usr2_count, 1);
}
static pid_t receiver_tid;
static void *receiver(void *arg) {
    (void)arg;
    sigset_t s;
    sigemptyset(&s);
    sigaddset(&s, SIGUSR2);
    pthread_sigmask(SIG_UNBLOCK, &s, NULL);
    receiver_tid = gettid_();
    atomic_fetch_add(&ready, 1);
    while (atomic_load(&usr2_count) == 0)
        usleep(1000);
    return NULL;
}
static void *blocker(void *arg) {
    (void)arg;
    atomic_fetch_add(&ready, 1);
    while (atomic_load(&usr2_count) == 0)
        usleep(1000);
    return NULL;
}

/* sigwait in a dedicated thread */
static void *waiter(void *arg) {
    (void)arg;
    sigset_t s;
    sigemptyset(&s);
    sigaddset(&s, SIGTERM);
    int sig = 0;
    atomic_fetch_add(&ready, 1);
    int r = sigwait(&s, &sig);
    return (void *)(intptr_t)(r == 0 ? sig : -1);
}

/* busy thread interrupted by a signal */
static volatile int stop_busy;
static void stop_handler(int sig) {
    (void)sig;
    stop_busy = 1;
}
static volatile unsigned long busy_count;
static void *busy(void *arg) {
    (void)arg;
    atomic_fetch_add(&ready, 1);
    while (!stop_busy)
        busy_count++;
    return (void *)1;
}

int main(void) {
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_sigaction = usr1_handler;
    sa.sa_flags = SA_SIGINFO;
    sigaction(SIGUSR1, &sa, NULL);

    pthread_t t[NT];
    for (int i = 0; i < NT; i++)
        if (pthread_create(&t[i], NULL, target, (void *)(intptr_t)i) != 0) {
            printf("FAIL: pthread_create\n");
            return 1;
        }
    while (atomic_load(&ready) < NT)
        usleep(1000);
    for (int i = NT - 1; i >= 0; i--) {
        union sigval v = {.sival_int = i};
        pthread_sigqueue(t[i], SIGUSR1, v);
    }
    for (int spin = 0; spin < 5000; spin++) {
        int all = 1;
        for (int i = 0; i < NT; i++)
            if (!atomic_load(&handled_by[i])) all = 0;
        if (all) break;
        usleep(1000);
    }
    int on_target = 1;
    for (int i = 0; i < NT; i++)
        if (atomic_load(&handled_by[i]) != tids[i]) on_target = 0;
    CHECK(on_target, "pthread_sigqueue: each handler ran on its target thread");
    atomic_store(&release_threads, 1);
    for (int i = 0; i < NT; i++)
        pthread_join(t[i], NULL);

    /* per-thread masks: everybody but `receiver` blocks SIGUSR2 */
    signal(SIGUSR2, usr2_handler);
    sigset_t s;
    sigemptyset(&s);
    sigaddset(&s, SIGUSR2);
    sigaddset(&s, SIGTERM);
    pthread_sigmask(SIG_BLOCK, &s, NULL); /* inherited by new threads */
    atomic_store(&ready, 0);
    pthread_t b1, b2, rc;
    pthread_create(&b1, NULL, blocker, NULL);
    pthread_create(&rc, NULL, receiver, NULL);
    pthread_create(&b2, NULL, blocker, NULL);
    while (atomic_load(&ready) < 3)
        usleep(1000);
    kill_checked(getpid(), SIGUSR2);
    pthread_join(rc, NULL);
    pthread_join(b1, NULL);
    pthread_join(b2, NULL);
    CHECK(atomic_load(&usr2_count) == 1 && atomic_load(&usr2_tid) == receiver_tid,
          "kill(getpid()) went to the one thread that does not block the signal");
    sigset_t pending;
    sigpending(&pending);
    CHECK(!sigismember(&pending, SIGUSR2), "nothing left pending");

    /* sigwait in a thread; SIGTERM blocked everywhere */
    atomic_store(&ready, 0);
    pthread_t w;
    pthread_create(&w, NULL, waiter, NULL);
    while (atomic_load(&ready) < 1)
        usleep(1000);
    kill_checked(getpid(), SIGTERM);
    void *ret;
    pthread_join(w, &ret);
    CHECK((intptr_t)ret == SIGTERM, "sigwait in a thread got SIGTERM (%ld)", (long)(intptr_t)ret);

    /* a busy thread is interrupted */
    signal(SIGURG, stop_handler);
    atomic_store(&ready, 0);
    pthread_t bz;
    pthread_create(&bz, NULL, busy, NULL);
    while (atomic_load(&ready) < 1)
        usleep(1000);
    usleep(10000);
    pthread_kill(bz, SIGURG);
    pthread_join(bz, &ret);
    CHECK(ret == (void *)1 && stop_busy,
          "pthread_kill stopped a thread busy in a loop without syscalls");

    printf("%s\n", failures ? "some checks FAILED" : "all ok");
    return failures ? 1 : 0;
}
