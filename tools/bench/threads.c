/* A 4-thread workload: four threads run a 1-D heat diffusion on a shared array in lockstep
 * (pthread barrier after every sweep, so futex waits and wake-ups), accumulate per-thread
 * partial sums under a mutex, bump a shared atomic counter, and each also hashes a private
 * buffer between barriers. The result is independent of scheduling.
 * Size: number of sweeps. */
#include <pthread.h>
#include <stdatomic.h>
#include <string.h>
#include "common.h"

#define NT 4
#define N  (1 << 16)

static int64_t grid[2][N];
static pthread_barrier_t bar;
static pthread_mutex_t mu = PTHREAD_MUTEX_INITIALIZER;
static int64_t total;
static atomic_long ticks;
static long sweeps;
static uint64_t private_hash[NT];

static void *worker(void *arg) {
    int id = (int)(intptr_t)arg;
    int lo = id * (N / NT), hi = lo + N / NT;
    unsigned char priv[4096];
    memset(priv, id, sizeof priv);
    uint64_t h = BENCH_FNV_INIT;
    for (long s = 0; s < sweeps; s++) {
        const int64_t *src = grid[s & 1];
        int64_t *dst = grid[(s + 1) & 1];
        for (int i = lo; i < hi; i++) {
            int64_t l = i > 0 ? src[i - 1] : src[i], r = i < N - 1 ? src[i + 1] : src[i];
            dst[i] = (l + 2 * src[i] + r) / 4 + ((i ^ (int)s) & 3);
        }
        priv[s % sizeof priv] ^= (unsigned char)s;
        h = bench_fnv(h, priv, 256);
        atomic_fetch_add(&ticks, 1);
        pthread_barrier_wait(&bar);
    }
    int64_t part = 0;
    for (int i = lo; i < hi; i++)
        part += grid[sweeps & 1][i] * (i % 7 + 1);
    pthread_mutex_lock(&mu);
    total += part;
    pthread_mutex_unlock(&mu);
    private_hash[id] = h;
    return NULL;
}

int main(int argc, char **argv) {
    sweeps = bench_arg(argc, argv, 6000);
    for (int i = 0; i < N; i++)
        grid[0][i] = (i % 1000) * 1000;
    pthread_barrier_init(&bar, NULL, NT);
    pthread_t t[NT];
    for (int i = 0; i < NT; i++)
        if (pthread_create(&t[i], NULL, worker, (void *)(intptr_t)i) != 0) {
            printf("pthread_create failed\n");
            return 1;
        }
    for (int i = 0; i < NT; i++)
        pthread_join(t[i], NULL);
    printf("sweeps: %ld\ntotal: %lld\nticks: %ld\n", sweeps, (long long)total,
           (long)atomic_load(&ticks));
    for (int i = 0; i < NT; i++)
        printf("thread %d: %016llx\n", i, (unsigned long long)private_hash[i]);
    return 0;
}
