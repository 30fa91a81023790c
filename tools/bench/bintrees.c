/* malloc-heavy allocation churn: the binary-trees benchmark (Computer Language Benchmarks
 * Game): a long-lived tree, and many short-lived complete binary trees of increasing depth
 * allocated node by node with malloc, walked, and freed. Size: the maximum depth. */
#include "common.h"

typedef struct tree {
    struct tree *l, *r;
} tree;

static tree *make(int d) {
    tree *t = bench_alloc(sizeof *t);
    if (d > 0) {
        t->l = make(d - 1);
        t->r = make(d - 1);
    } else {
        t->l = t->r = NULL;
    }
    return t;
}

static long check(const tree *t) {
    return 1 + (t->l ? check(t->l) + check(t->r) : 0);
}

static void destroy(tree *t) {
    if (t->l) {
        destroy(t->l);
        destroy(t->r);
    }
    free(t);
}

int main(int argc, char **argv) {
    int max = (int)bench_arg(argc, argv, 17);
    if (max < 6) max = 6;
    tree *stretch = make(max + 1);
    printf("stretch tree of depth %d\t check: %ld\n", max + 1, check(stretch));
    destroy(stretch);
    tree *longlived = make(max);
    for (int d = 4; d <= max; d += 2) {
        long iters = 1L << (max - d + 4), sum = 0;
        for (long i = 0; i < iters; i++) {
            tree *t = make(d);
            sum += check(t);
            destroy(t);
        }
        printf("%ld\t trees of depth %d\t check: %ld\n", iters, d, sum);
    }
    printf("long lived tree of depth %d\t check: %ld\n", max, check(longlived));
    destroy(longlived);
    return 0;
}
