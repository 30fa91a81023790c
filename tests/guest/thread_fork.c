/* fork and exec in a multithreaded process:
 *   - fork while 4 threads run (one taking a mutex in a loop, all counting and calling
 *     malloc): in the child only the forking thread runs (the counters stand still),
 *     pthread_atfork handlers run in order (prepare in reverse, parent and child in
 *     registration order), and the child can use malloc and the mutex its child handler reset;
 *   - execve from a non-main thread while 3 other threads run and write to a pipe: the old
 *     threads are gone (the pipe reaches EOF once the new image closes it), the process id is
 *     kept (the kernel makes the exec'ing thread the leader) and the new image's exit status
 *     reaches the parent. (Thread counts from /proc are not used: qemu-user has a thread of
 *     its own.) Only the main thread prints. */
#define _GNU_SOURCE
#include <pthread.h>
#include <stdatomic.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#include "guest_check.h"

static atomic_int stop, running;
static atomic_long progress[4];
static int tick_fd = -1; /* the exec test's threads write here */
static pthread_mutex_t busy_lock = PTHREAD_MUTEX_INITIALIZER;
static void *churn(void *arg) {
    int id = (int)(intptr_t)arg;
    atomic_fetch_add(&running, 1);
    while (!atomic_load(&stop)) {
        if (id == 0) {
            pthread_mutex_lock(&busy_lock);
            for (volatile int i = 0; i < 1000; i++)
                ;
            pthread_mutex_unlock(&busy_lock);
        }
        void *p = malloc(64 + id * 100);
        free(p);
        atomic_fetch_add(&progress[id], 1);
        if (tick_fd >= 0) {
            (void)!write(tick_fd, "t", 1);
            usleep(500);
        }
    }
    return NULL;
}

static char order[64];
static void add(char c) {
    size_t n = strlen(order);
    if (n < sizeof order - 1) order[n] = c;
}
static void prep1(void) {
    add('P');
}
static void prep2(void) {
    add('p');
}
static void parent1(void) {
    add('A');
}
static void parent2(void) {
    add('a');
}
static void child1(void) {
    add('C');
    pthread_mutex_init(&busy_lock, NULL); /* may have been held by another thread */
}
static void child2(void) {
    add('c');
}

static char self_path[1024];
static void *execer(void *arg) {
    (void)arg;
    /* each of the 3 others has written at least one tick */
    while (atomic_load(&progress[1]) < 2 || atomic_load(&progress[2]) < 2 ||
           atomic_load(&progress[3]) < 2)
        usleep(1000);
    char fdnum[16];
    snprintf(fdnum, sizeof fdnum, "%d", tick_fd);
    char *argv[] = {"thread-fork-child", "after-exec", fdnum, NULL};
    execv(self_path, argv);
    _exit(99);
}

int main(int argc, char **argv) {
    if (argc > 2 && strcmp(argv[1], "after-exec") == 0) {
        /* the new image: close the tick pipe, report the pid; status 12 */
        close(atoi(argv[2]));
        printf("%ld\n", (long)getpid());
        return 12;
    }
    ssize_t sl = readlink("/proc/self/exe", self_path, sizeof self_path - 1);
    self_path[sl > 0 ? sl : 0] = 0;

    pthread_atfork(prep1, parent1, child1);
    pthread_atfork(prep2, parent2, child2);
    pthread_t t[4];
    for (int i = 0; i < 4; i++)
        if (pthread_create(&t[i], NULL, churn, (void *)(intptr_t)i) != 0) {
            printf("FAIL: pthread_create\n");
            return 1;
        }
    while (atomic_load(&running) < 4)
        usleep(1000);

    int fds[2];
    if (pipe(fds) != 0) return 1;
    fflush(stdout);
    pid_t p = fork();
    if (p == 0) {
        close(fds[0]);
        char msg[128];
        char *heap = malloc(100000); /* malloc works although other threads held its locks */
        pthread_mutex_lock(&busy_lock);
        pthread_mutex_unlock(&busy_lock);
        long before[4], after[4];
        for (int i = 0; i < 4; i++)
            before[i] = atomic_load(&progress[i]);
        usleep(30000);
        int still = 1;
        for (int i = 0; i < 4; i++) {
            after[i] = atomic_load(&progress[i]);
            if (after[i] != before[i]) still = 0;
        }
        snprintf(msg, sizeof msg, "others stopped=%s order=%s malloc=%s", still ? "yes" : "NO",
                 order, heap ? "ok" : "failed");
        (void)!write(fds[1], msg, strlen(msg));
        _exit(0);
    }
    close(fds[1]);
    char buf[256];
    ssize_t n = read(fds[0], buf, sizeof buf - 1);
    buf[n > 0 ? n : 0] = 0;
    close(fds[0]);
    int st;
    waitpid(p, &st, 0);
    printf("child: %s\n", buf);
    CHECK(strcmp(buf, "others stopped=yes order=pPCc malloc=ok") == 0 && WIFEXITED(st) &&
              WEXITSTATUS(st) == 0,
          "forked child: only the forking thread runs, atfork prepare reversed then child handlers "
          "in order");
    printf("parent order: %s\n", order);
    CHECK(strcmp(order, "pPAa") == 0,
          "parent: prepare handlers reversed, parent handlers in order");
    atomic_store(&stop, 1);
    for (int i = 0; i < 4; i++)
        pthread_join(t[i], NULL);

    /* execve from a non-main thread of a child that has 3 more threads */
    int ticks[2];
    if (pipe(fds) != 0 || pipe(ticks) != 0) return 1;
    fflush(stdout);
    p = fork();
    if (p == 0) {
        dup2(fds[1], 1);
        close(fds[0]);
        close(fds[1]);
        close(ticks[0]);
        tick_fd = ticks[1];
        for (int i = 0; i < 4; i++)
            atomic_store(&progress[i], 0);
        atomic_store(&stop, 0);
        atomic_store(&running, 0);
        pthread_t u[4];
        for (int i = 1; i <= 3; i++)
            pthread_create(&u[i], NULL, churn, (void *)(intptr_t)i);
        pthread_create(&u[0], NULL, execer, NULL);
        for (;;)
            pause();
    }
    close(fds[1]);
    close(ticks[1]);
    n = read(fds[0], buf, sizeof buf - 1);
    buf[n > 0 ? n : 0] = 0;
    close(fds[0]);
    waitpid(p, &st, 0);
    /* every writer of the tick pipe is gone once the new image closed it and exited */
    char tb[256];
    long nticks = 0;
    ssize_t r;
    while ((r = read(ticks[0], tb, sizeof tb)) > 0)
        nticks += r;
    close(ticks[0]);
    long pid = atol(buf);
    CHECK(nticks > 0 && r == 0,
          "the old threads ran, then the tick pipe reached EOF: they are gone");
    CHECK(pid == (long)p && WIFEXITED(st) && WEXITSTATUS(st) == 12,
          "execve from a thread: same pid, the new image's exit status 12");

    printf("%s\n", failures ? "some checks FAILED" : "all ok");
    return failures ? 1 : 0;
}
