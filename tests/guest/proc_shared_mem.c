/* Memory shared between processes after fork: a MAP_SHARED | MAP_ANONYMOUS page stays shared
 * (parent and 4 children increment counters in it with atomics, and under a
 * PTHREAD_PROCESS_SHARED mutex, exact totals); a process-shared semaphore in it hands a
 * token back and forth 200 times; a MAP_SHARED file mapping written by a child is seen by the
 * parent's mapping and by read(); MAP_PRIVATE memory is copied on write (neither side sees
 * the other's writes); memory mapped after fork in the child is not in the parent. */
#define _GNU_SOURCE
#include <fcntl.h>
#include <pthread.h>
#include <semaphore.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/wait.h>
#include <unistd.h>

#include "guest_check.h"

struct shared {
    atomic_long counter;
    long locked_counter;
    pthread_mutex_t lock;
    sem_t ping, pong;
    long volleys;
};

#define NCHILD 4
#define ITERS  20000

int main(void) {
    struct shared *sh =
        mmap(NULL, sizeof *sh, PROT_READ | PROT_WRITE, MAP_SHARED | MAP_ANONYMOUS, -1, 0);
    if (sh == MAP_FAILED) return 1;
    pthread_mutexattr_t ma;
    pthread_mutexattr_init(&ma);
    pthread_mutexattr_setpshared(&ma, PTHREAD_PROCESS_SHARED);
    pthread_mutex_init(&sh->lock, &ma);
    sem_init(&sh->ping, 1, 0);
    sem_init(&sh->pong, 1, 0);

    pid_t kids[NCHILD];
    for (int c = 0; c < NCHILD; c++) {
        fflush(stdout);
        kids[c] = fork();
        if (kids[c] == 0) {
            for (int i = 0; i < ITERS; i++) {
                atomic_fetch_add(&sh->counter, 1);
                pthread_mutex_lock(&sh->lock);
                sh->locked_counter++;
                pthread_mutex_unlock(&sh->lock);
            }
            _exit(0);
        }
    }
    for (int i = 0; i < ITERS; i++) {
        atomic_fetch_add(&sh->counter, 1);
        pthread_mutex_lock(&sh->lock);
        sh->locked_counter++;
        pthread_mutex_unlock(&sh->lock);
    }
    int ok_exits = 0;
    for (int c = 0; c < NCHILD; c++) {
        int st;
        if (waitpid(kids[c], &st, 0) == kids[c] && WIFEXITED(st) && WEXITSTATUS(st) == 0)
            ok_exits++;
    }
    long want = (long)(NCHILD + 1) * ITERS;
    printf("atomic counter %ld, mutex counter %ld\n", atomic_load(&sh->counter),
           sh->locked_counter);
    CHECK(ok_exits == NCHILD && atomic_load(&sh->counter) == want, "shared atomic counter == %ld",
          want);
    CHECK(sh->locked_counter == want, "process-shared mutex counter == %ld", want);

    /* ping-pong with process-shared semaphores */
    fflush(stdout);
    pid_t p = fork();
    if (p == 0) {
        for (int i = 0; i < 200; i++) {
            sem_wait(&sh->ping);
            sh->volleys++;
            sem_post(&sh->pong);
        }
        _exit(0);
    }
    for (int i = 0; i < 200; i++) {
        sem_post(&sh->ping);
        sem_wait(&sh->pong);
        sh->volleys++;
    }
    waitpid(p, NULL, 0);
    CHECK(sh->volleys == 400, "200 semaphore round trips between processes (%ld volleys)",
          sh->volleys);

    /* shared file mapping */
    char dir[] = "shm.XXXXXX";
    if (!mkdtemp(dir)) return 1;
    char path[64];
    snprintf(path, sizeof path, "%s/file", dir);
    int fd = open(path, O_RDWR | O_CREAT | O_TRUNC, 0600);
    if (fd < 0 || ftruncate(fd, 8192) != 0) return 1;
    char *fm = mmap(NULL, 8192, PROT_READ | PROT_WRITE, MAP_SHARED, fd, 0);
    if (fm == MAP_FAILED) return 1;
    fflush(stdout);
    p = fork();
    if (p == 0) {
        strcpy(fm + 5000, "written by the child");
        _exit(0);
    }
    waitpid(p, NULL, 0);
    char rb[32] = "";
    (void)!pread(fd, rb, 20, 5000);
    CHECK(strcmp(fm + 5000, "written by the child") == 0 &&
              memcmp(rb, "written by the child", 20) == 0,
          "MAP_SHARED file mapping: the child's write is in the parent's mapping and in the file");
    munmap(fm, 8192);
    close(fd);
    unlink(path);
    rmdir(dir);

    /* private memory is copied on write, new mappings are per process */
    char *priv = mmap(NULL, 4096, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    strcpy(priv, "parent");
    int up[2], down[2]; /* child -> parent, parent -> child */
    if (pipe(up) != 0 || pipe(down) != 0) return 1;
    fflush(stdout);
    p = fork();
    if (p == 0) {
        int saw_parent = strcmp(priv, "parent") == 0;
        strcpy(priv, "child");
        char *mine = mmap(NULL, 4096, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
        strcpy(mine, "only in the child");
        (void)!write(up[1], &mine, sizeof mine);
        char c;
        (void)!read(down[0], &c, 1); /* wait: the parent changes its copy meanwhile */
        _exit(saw_parent && strcmp(priv, "child") == 0 ? 0 : 1);
    }
    char *child_map = NULL;
    (void)!read(up[0], &child_map, sizeof child_map);
    strcpy(priv, "parent again");
    /* the child's new mapping does not exist here (mincore: ENOMEM for unmapped) */
    unsigned char vec;
    int unmapped = mincore(child_map, 4096, &vec) == -1;
    (void)!write(down[1], "x", 1);
    int st;
    waitpid(p, &st, 0);
    CHECK(WIFEXITED(st) && WEXITSTATUS(st) == 0 && strcmp(priv, "parent again") == 0,
          "MAP_PRIVATE: copied on write, each side keeps its own data");
    CHECK(unmapped, "a mapping made by the child after fork is not in the parent");

    printf("%s\n", failures ? "some checks FAILED" : "all ok");
    return failures ? 1 : 0;
}
