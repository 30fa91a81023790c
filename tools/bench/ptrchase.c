/* Pointer chasing over a structure much larger than the caches: 2^20 nodes of 64 bytes
 * (64 MiB at the default size, twice the L3 of the machine in docs/benchmarks.md) linked in one
 * random cycle (Sattolo's algorithm), walked by dependent loads, first through the next pointers,
 * then through a binary search tree built over every 8th node. Every step is a cache (and mostly
 * TLB) miss. Size: log2 of the node count. */
#include <string.h>
#include "common.h"

typedef struct node {
    struct node *next;
    struct node *left, *right;
    uint64_t key;
    uint64_t pad[4]; /* one cache line per node */
} node;

int main(int argc, char **argv) {
    long lg = bench_arg(argc, argv, 20);
    if (lg > 28) lg = 28;
    size_t n = (size_t)1 << lg;
    node *nodes = bench_alloc(n * sizeof(node));
    uint32_t *perm = bench_alloc(n * sizeof(uint32_t));
    bench_rng r = {0x9e3779b97f4a7c15ULL};

    /* Sattolo: a uniformly random single cycle through all nodes. */
    for (size_t i = 0; i < n; i++)
        perm[i] = (uint32_t)i;
    for (size_t i = n - 1; i > 0; i--) {
        size_t j = bench_below(&r, i);
        uint32_t t = perm[i];
        perm[i] = perm[j];
        perm[j] = t;
    }
    for (size_t i = 0; i < n; i++) {
        node *x = &nodes[i];
        x->next = &nodes[perm[i]];
        x->left = x->right = NULL;
        x->key = bench_next(&r);
        memset(x->pad, 0, sizeof x->pad);
    }

    /* Walk the cycle 4 times around, summing keys. */
    uint64_t sum = 0;
    node *p = &nodes[0];
    for (size_t s = 0; s < 4 * n; s++) {
        sum += p->key;
        p = p->next;
    }
    printf("nodes: %zu\ncycle sum: %016llx\n", n, (unsigned long long)sum);

    /* A BST keyed by key, of every 8th node by index (the keys are random), then
     * lookups of each of them in another order. */
    node *root = NULL;
    size_t maxdepth = 0;
    for (size_t s = 0; s < n; s += 8) {
        p = &nodes[s];
        node **slot = &root;
        size_t d = 0;
        while (*slot)
            slot = p->key < (*slot)->key ? &(*slot)->left : &(*slot)->right, d++;
        *slot = p;
        if (d > maxdepth) maxdepth = d;
    }
    uint64_t depth_sum = 0;
    for (size_t i = 0; i < n / 8; i++) {
        uint64_t k = nodes[(i * 40503 % (n / 8)) * 8].key;
        node *t = root;
        while (t && t->key != k)
            t = k < t->key ? t->left : t->right, depth_sum++;
        if (!t) {
            printf("lookup FAILED\n");
            return 1;
        }
    }
    printf("tree max depth: %zu\nlookup steps: %llu\n", maxdepth, (unsigned long long)depth_sum);
    free(perm);
    free(nodes);
    return 0;
}
