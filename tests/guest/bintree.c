/* Binary search tree and AVL tree: insert, delete, traversals, heights. */
#include <stdio.h>
#include <stdlib.h>

struct avl {
    int key, h;
    struct avl *l, *r;
};

static int ht(struct avl *n) {
    return n ? n->h : 0;
}
static void upd(struct avl *n) {
    int a = ht(n->l), b = ht(n->r);
    n->h = (a > b ? a : b) + 1;
}
static struct avl *rotr(struct avl *y) {
    struct avl *x = y->l;
    y->l = x->r;
    x->r = y;
    upd(y);
    upd(x);
    return x;
}
static struct avl *rotl(struct avl *x) {
    struct avl *y = x->r;
    x->r = y->l;
    y->l = x;
    upd(x);
    upd(y);
    return y;
}

static struct avl *balance(struct avl *n) {
    upd(n);
    int b = ht(n->l) - ht(n->r);
    if (b > 1) {
        if (ht(n->l->l) < ht(n->l->r)) n->l = rotl(n->l);
        return rotr(n);
    }
    if (b < -1) {
        if (ht(n->r->r) < ht(n->r->l)) n->r = rotr(n->r);
        return rotl(n);
    }
    return n;
}

static struct avl *insert(struct avl *n, int key) {
    if (!n) {
        n = calloc(1, sizeof *n);
        n->key = key;
        n->h = 1;
        return n;
    }
    if (key < n->key)
        n->l = insert(n->l, key);
    else if (key > n->key)
        n->r = insert(n->r, key);
    else
        return n;
    return balance(n);
}

static struct avl *remove_min(struct avl *n, struct avl **min) {
    if (!n->l) {
        *min = n;
        return n->r;
    }
    n->l = remove_min(n->l, min);
    return balance(n);
}

static struct avl *erase(struct avl *n, int key) {
    if (!n) return NULL;
    if (key < n->key)
        n->l = erase(n->l, key);
    else if (key > n->key)
        n->r = erase(n->r, key);
    else {
        struct avl *l = n->l, *r = n->r;
        free(n);
        if (!r) return l;
        struct avl *m;
        r = remove_min(r, &m);
        m->l = l;
        m->r = r;
        return balance(m);
    }
    return balance(n);
}

static long count, sum;
static void inorder(struct avl *n, int print) {
    if (!n) return;
    inorder(n->l, print);
    if (print) printf(" %d", n->key);
    count++;
    sum += n->key;
    inorder(n->r, print);
}

static void preorder(struct avl *n, int depth) {
    if (!n || depth > 3) return;
    printf("%*s%d (h=%d)\n", depth * 2, "", n->key, n->h);
    preorder(n->l, depth + 1);
    preorder(n->r, depth + 1);
}

/* Unbalanced BST built from sorted input is a deep linked chain: recursion test. */
struct bst {
    int key;
    struct bst *l, *r;
};
static struct bst *bst_insert_iter(struct bst *root, int key) {
    struct bst *n = calloc(1, sizeof *n), **p = &root;
    n->key = key;
    while (*p)
        p = key < (*p)->key ? &(*p)->l : &(*p)->r;
    *p = n;
    return root;
}
static int bst_depth(struct bst *n) {
    if (!n) return 0;
    int a = bst_depth(n->l), b = bst_depth(n->r);
    return (a > b ? a : b) + 1;
}

int main(void) {
    struct avl *root = NULL;
    unsigned s = 99;
    for (int i = 0; i < 20000; i++) {
        s = s * 1664525u + 1013904223u;
        root = insert(root, (int)(s >> 16));
    }
    count = sum = 0;
    inorder(root, 0);
    printf("avl count=%ld sum=%ld height=%d\n", count, sum, ht(root));
    for (int k = 0; k < 65536; k += 2)
        root = erase(root, k);
    count = sum = 0;
    inorder(root, 0);
    printf("after erase evens count=%ld sum=%ld height=%d\n", count, sum, ht(root));
    preorder(root, 0);
    struct avl *small = NULL;
    for (int i = 1; i <= 15; i++)
        small = insert(small, (i * 7) % 16);
    printf("small:");
    count = sum = 0;
    inorder(small, 1);
    printf(" height=%d\n", ht(small));
    struct bst *chain = NULL;
    for (int i = 0; i < 3000; i++)
        chain = bst_insert_iter(chain, i);
    printf("chain depth=%d\n", bst_depth(chain));
    return 0;
}
