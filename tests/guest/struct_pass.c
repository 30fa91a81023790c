/* Structs by value: small (in registers), mixed int/float (FP calling convention),
 * large (by reference / sret), arrays of structs, nested and packed structs. */
#include <stdint.h>
#include <stdio.h>
#include <string.h>

struct small {
    int32_t a, b;
};
struct two_long {
    long a, b;
};
struct fpair {
    float x;
    float y;
};
struct dmix {
    double d;
    int32_t i;
};
struct large {
    long v[12];
    char name[20];
};
struct __attribute__((packed)) packed {
    char c;
    int32_t i;
    int16_t s;
    double d;
};
struct nested {
    struct small s;
    struct fpair f;
    uint8_t tag;
};

static struct small mk_small(int a, int b) {
    struct small s = {a, b};
    return s;
}
static struct two_long swap2(struct two_long t) {
    struct two_long r = {t.b, t.a};
    return r;
}
static struct fpair scale(struct fpair p, float k) {
    p.x *= k;
    p.y *= k;
    return p;
}
static struct dmix dm(struct dmix a, struct dmix b) {
    struct dmix r = {a.d + b.d, a.i * b.i};
    return r;
}
static struct large fill(int seed) {
    struct large l;
    for (int i = 0; i < 12; i++)
        l.v[i] = (long)seed * (i + 1) - i * i;
    snprintf(l.name, sizeof l.name, "large#%d", seed);
    return l;
}
static long sum_large(struct large l) {
    long s = 0;
    for (int i = 0; i < 12; i++)
        s += l.v[i];
    l.v[0] = -1;
    return s + (long)strlen(l.name);
}
static struct packed mkp(char c, int32_t i, int16_t s, double d) {
    struct packed p = {c, i, s, d};
    return p;
}
static struct nested nest(struct nested n) {
    n.s.a += 1;
    n.f.y -= 1.0f;
    n.tag ^= 0xff;
    return n;
}
static long many_structs(struct small a, struct small b, struct small c, struct small d,
                         struct small e, struct two_long f, struct two_long g, struct small h) {
    return a.a + a.b + b.a * 2 + b.b + c.a * 3 + c.b + d.a * 4 + d.b + e.a * 5 + e.b + f.a +
           f.b * 7 + g.a + g.b * 11 + h.a - h.b;
}

int main(void) {
    struct small s = mk_small(3, -4);
    printf("small %d %d\n", s.a, s.b);
    struct two_long t = swap2((struct two_long){1234567890123L, -5});
    printf("two_long %ld %ld\n", t.a, t.b);
    struct fpair p = scale((struct fpair){1.5f, -2.25f}, 4.0f);
    printf("fpair %g %g\n", p.x, p.y);
    struct dmix d = dm((struct dmix){1.25, 6}, (struct dmix){2.5, -7});
    printf("dmix %g %d\n", d.d, d.i);
    struct large l = fill(7);
    printf("large %s %ld %ld sum=%ld after-call v0=%ld\n", l.name, l.v[0], l.v[11], sum_large(l),
           l.v[0]);
    struct large arr[4];
    for (int i = 0; i < 4; i++)
        arr[i] = fill(i * 10);
    long tot = 0;
    for (int i = 0; i < 4; i++)
        tot += sum_large(arr[i]);
    printf("array of large %ld\n", tot);
    struct packed pk = mkp('x', 0x12345678, -300, 6.5);
    unsigned char raw[sizeof pk];
    memcpy(raw, &pk, sizeof pk);
    printf("packed size=%zu c=%c i=%x s=%d d=%g raw1=%02x\n", sizeof pk, pk.c, pk.i, pk.s, pk.d,
           raw[1]);
    struct nested n = nest((struct nested){{1, 2}, {3.0f, 4.0f}, 0x0f});
    printf("nested %d %d %g %g %02x\n", n.s.a, n.s.b, n.f.x, n.f.y, n.tag);
    printf("many %ld\n", many_structs(mk_small(1, 2), mk_small(3, 4), mk_small(5, 6),
                                      mk_small(7, 8), mk_small(9, 10), (struct two_long){11, 12},
                                      (struct two_long){13, 14}, mk_small(15, 16)));
    struct large a = fill(1), b = fill(2);
    a = b;
    printf("assign %s %ld\n", a.name, a.v[5]);
    printf("compare %d\n", memcmp(&a, &b, sizeof a) == 0);
    return 0;
}
