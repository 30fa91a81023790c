/* Open-addressing hash table with string keys: insert, lookup, delete (tombstones), resize. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct slot {
    char *key;
    long value;
    int state; /* 0 empty 1 used 2 deleted */
};
struct table {
    struct slot *slots;
    size_t cap, used, tomb;
};

static uint64_t hash_str(const char *s) {
    uint64_t h = 1469598103934665603ULL;
    while (*s)
        h = (h ^ (unsigned char)*s++) * 1099511628211ULL;
    return h;
}

static void put(struct table *t, const char *key, long value);

static void grow(struct table *t) {
    struct table n = {calloc(t->cap * 2, sizeof(struct slot)), t->cap * 2, 0, 0};
    for (size_t i = 0; i < t->cap; i++)
        if (t->slots[i].state == 1) {
            put(&n, t->slots[i].key, t->slots[i].value);
            free(t->slots[i].key);
        }
    free(t->slots);
    *t = n;
}

static void put(struct table *t, const char *key, long value) {
    if ((t->used + t->tomb + 1) * 4 > t->cap * 3) grow(t);
    size_t i = hash_str(key) & (t->cap - 1), first_tomb = (size_t)-1;
    while (t->slots[i].state != 0) {
        if (t->slots[i].state == 1 && strcmp(t->slots[i].key, key) == 0) {
            t->slots[i].value = value;
            return;
        }
        if (t->slots[i].state == 2 && first_tomb == (size_t)-1) first_tomb = i;
        i = (i + 1) & (t->cap - 1);
    }
    if (first_tomb != (size_t)-1) {
        i = first_tomb;
        t->tomb--;
    }
    t->slots[i].key = strdup(key);
    t->slots[i].value = value;
    t->slots[i].state = 1;
    t->used++;
}

static struct slot *find(struct table *t, const char *key) {
    size_t i = hash_str(key) & (t->cap - 1);
    while (t->slots[i].state != 0) {
        if (t->slots[i].state == 1 && strcmp(t->slots[i].key, key) == 0) return &t->slots[i];
        i = (i + 1) & (t->cap - 1);
    }
    return NULL;
}

static int del(struct table *t, const char *key) {
    struct slot *s = find(t, key);
    if (!s) return 0;
    free(s->key);
    s->key = NULL;
    s->state = 2;
    t->used--;
    t->tomb++;
    return 1;
}

int main(void) {
    struct table t = {calloc(8, sizeof(struct slot)), 8, 0, 0};
    char key[32];
    for (int i = 0; i < 50000; i++) {
        snprintf(key, sizeof key, "key-%d-%x", i % 30000, i * 2654435761u);
        snprintf(key, sizeof key, "k%d", (i * 7919) % 30000);
        struct slot *s = find(&t, key);
        put(&t, key, s ? s->value + i : i);
    }
    printf("used=%zu cap=%zu\n", t.used, t.cap);
    int deleted = 0;
    for (int i = 0; i < 30000; i += 3) {
        snprintf(key, sizeof key, "k%d", i);
        deleted += del(&t, key);
    }
    printf("deleted=%d used=%zu tomb=%zu\n", deleted, t.used, t.tomb);
    long sum = 0;
    int found = 0;
    for (int i = 0; i < 30000; i++) {
        snprintf(key, sizeof key, "k%d", i);
        struct slot *s = find(&t, key);
        if (s) {
            found++;
            sum += s->value;
        }
    }
    printf("found=%d sum=%ld\n", found, sum);
    for (int i = 0; i < 30000; i += 3) {
        snprintf(key, sizeof key, "k%d", i);
        put(&t, key, -i);
    }
    snprintf(key, sizeof key, "k%d", 29997);
    printf("reinserted used=%zu k29997=%ld k1=%ld\n", t.used, find(&t, key)->value,
           find(&t, "k1")->value);
    const char *words[] = {"apple", "banana", "apple", "cherry", "banana", "apple", "date"};
    struct table w = {calloc(4, sizeof(struct slot)), 4, 0, 0};
    for (int i = 0; i < 7; i++) {
        struct slot *s = find(&w, words[i]);
        put(&w, words[i], s ? s->value + 1 : 1);
    }
    const char *uniq[] = {"apple", "banana", "cherry", "date", "elder"};
    for (int i = 0; i < 5; i++) {
        struct slot *s = find(&w, uniq[i]);
        printf("%s=%ld\n", uniq[i], s ? s->value : 0);
    }
    return 0;
}
