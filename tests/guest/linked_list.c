/* Singly and doubly linked lists: build, reverse, merge sort, remove, splice. */
#include <stdio.h>
#include <stdlib.h>

struct node {
    long v;
    struct node *next;
};
struct dnode {
    int v;
    struct dnode *prev, *next;
};

static struct node *push(struct node *h, long v) {
    struct node *n = malloc(sizeof *n);
    n->v = v;
    n->next = h;
    return n;
}

static struct node *reverse(struct node *h) {
    struct node *p = NULL;
    while (h) {
        struct node *n = h->next;
        h->next = p;
        p = h;
        h = n;
    }
    return p;
}

static struct node *merge(struct node *a, struct node *b) {
    struct node head = {0, NULL}, *t = &head;
    while (a && b) {
        if (a->v <= b->v) {
            t->next = a;
            a = a->next;
        } else {
            t->next = b;
            b = b->next;
        }
        t = t->next;
    }
    t->next = a ? a : b;
    return head.next;
}

static struct node *msort(struct node *h) {
    if (!h || !h->next) return h;
    struct node *slow = h, *fast = h->next;
    while (fast && fast->next) {
        slow = slow->next;
        fast = fast->next->next;
    }
    struct node *b = slow->next;
    slow->next = NULL;
    return merge(msort(h), msort(b));
}

static void print_head(const char *what, struct node *h, int k) {
    printf("%s:", what);
    for (int i = 0; h && i < k; i++, h = h->next)
        printf(" %ld", h->v);
    printf("\n");
}

int main(void) {
    struct node *h = NULL;
    unsigned s = 7;
    for (int i = 0; i < 50000; i++) {
        s = s * 1103515245u + 12345u;
        h = push(h, (long)(s >> 12) % 100000);
    }
    print_head("built", h, 8);
    h = reverse(h);
    print_head("reversed", h, 8);
    h = msort(h);
    print_head("sorted", h, 8);
    long prev = -1, count = 0, sum = 0;
    int ok = 1;
    for (struct node *p = h; p; p = p->next) {
        if (p->v < prev) ok = 0;
        prev = p->v;
        count++;
        sum += p->v;
    }
    printf("ok=%d count=%ld sum=%ld max=%ld\n", ok, count, sum, prev);
    /* remove all odd values */
    struct node **pp = &h;
    while (*pp) {
        if ((*pp)->v & 1) {
            struct node *d = *pp;
            *pp = d->next;
            free(d);
        } else
            pp = &(*pp)->next;
    }
    count = 0;
    for (struct node *p = h; p; p = p->next)
        count++;
    printf("after removing odd: %ld\n", count);
    while (h) {
        struct node *n = h->next;
        free(h);
        h = n;
    }

    /* circular doubly linked list with sentinel */
    struct dnode sent = {-1, &sent, &sent};
    for (int i = 0; i < 20; i++) {
        struct dnode *n = malloc(sizeof *n);
        n->v = i;
        if (i % 2) {
            n->next = &sent;
            n->prev = sent.prev;
            sent.prev->next = n;
            sent.prev = n;
        } else {
            n->prev = &sent;
            n->next = sent.next;
            sent.next->prev = n;
            sent.next = n;
        }
    }
    printf("forward:");
    for (struct dnode *p = sent.next; p != &sent; p = p->next)
        printf(" %d", p->v);
    printf("\nbackward:");
    for (struct dnode *p = sent.prev; p != &sent; p = p->prev)
        printf(" %d", p->v);
    printf("\n");
    for (struct dnode *p = sent.next; p != &sent;) {
        struct dnode *n = p->next;
        if (p->v % 3 == 0) {
            p->prev->next = p->next;
            p->next->prev = p->prev;
            free(p);
        }
        p = n;
    }
    printf("no multiples of 3:");
    for (struct dnode *p = sent.next; p != &sent; p = p->next)
        printf(" %d", p->v);
    printf("\n");
    return 0;
}
