/* Dense switch statements (40 cases -> jump tables, i.e. indirect jumps through a
 * table of code addresses), a char switch, and a sparse switch (binary search). */
#include <stdint.h>
#include <stdio.h>

static long __attribute__((noinline)) dense(int sel, long x) {
    switch (sel) {
    case 0: return x * 1 + 0 - (x >> 0);
    case 1: return x * 4 + 7 - (x >> 1);
    case 2: return x * 7 + 28 - (x >> 2);
    case 3: return x * 10 + 63 - (x >> 3);
    case 4: return x * 13 + 11 - (x >> 4);
    case 5: return x * 16 + 74 - (x >> 5);
    case 6: return x * 19 + 50 - (x >> 6);
    case 7: return x * 22 + 40 - (x >> 0);
    case 8: return x * 25 + 44 - (x >> 1);
    case 9: return x * 28 + 62 - (x >> 2);
    case 10: return x * 31 + 94 - (x >> 3);
    case 11: return x * 34 + 39 - (x >> 4);
    case 12: return x * 37 + 99 - (x >> 5);
    case 13: return x * 40 + 72 - (x >> 6);
    case 14: return x * 43 + 59 - (x >> 0);
    case 15: return x * 46 + 60 - (x >> 1);
    case 16: return x * 49 + 75 - (x >> 2);
    case 17: return x * 52 + 3 - (x >> 3);
    case 18: return x * 55 + 46 - (x >> 4);
    case 19: return x * 58 + 2 - (x >> 5);
    case 20: return x * 61 + 73 - (x >> 6);
    case 21: return x * 64 + 57 - (x >> 0);
    case 22: return x * 67 + 55 - (x >> 1);
    case 23: return x * 70 + 67 - (x >> 2);
    case 24: return x * 73 + 93 - (x >> 3);
    case 25: return x * 76 + 32 - (x >> 4);
    case 26: return x * 79 + 86 - (x >> 5);
    case 27: return x * 82 + 53 - (x >> 6);
    case 28: return x * 85 + 34 - (x >> 0);
    case 29: return x * 88 + 29 - (x >> 1);
    case 30: return x * 91 + 38 - (x >> 2);
    case 31: return x * 94 + 61 - (x >> 3);
    case 32: return x * 97 + 98 - (x >> 4);
    case 33: return x * 100 + 48 - (x >> 5);
    case 34: return x * 103 + 12 - (x >> 6);
    case 35: return x * 106 + 91 - (x >> 0);
    case 36: return x * 109 + 83 - (x >> 1);
    case 37: return x * 112 + 89 - (x >> 2);
    case 38: return x * 115 + 8 - (x >> 3);
    case 39: return x * 118 + 42 - (x >> 4);
    default: return -x;
    }
}

static int __attribute__((noinline)) sparse(int k) {
    switch (k) {
    case 5: return 3;
    case 42: return 14;
    case 153: return 25;
    case 338: return 36;
    case 597: return 47;
    case 930: return 58;
    case 1337: return 69;
    case 1818: return 80;
    case 2373: return 91;
    case 3002: return 102;
    case 3705: return 113;
    case 4482: return 124;
    case 5333: return 135;
    case 6258: return 146;
    case 7257: return 157;
    case 8330: return 168;
    case 9477: return 179;
    case 10698: return 190;
    case 11993: return 201;
    case 13362: return 212;
    case 14805: return 223;
    case 16322: return 234;
    case 17913: return 245;
    case 19578: return 256;
    default: return -1;
    }
}

static const char *__attribute__((noinline)) kind(char c) {
    switch (c) {
    case 'a':
    case 'e':
    case 'i':
    case 'o':
    case 'u': return "vowel";
    case '0':
    case '1':
    case '2':
    case '3':
    case '4':
    case '5':
    case '6':
    case '7':
    case '8':
    case '9': return "digit";
    case ' ':
    case '\t':
    case '\n': return "space";
    case '.':
    case ',':
    case '!':
    case '?':
    case ';': return "punct";
    case 'b':
    case 'c':
    case 'd':
    case 'f':
    case 'g':
    case 'h':
    case 'j':
    case 'k':
    case 'l':
    case 'm':
    case 'n':
    case 'p':
    case 'q':
    case 'r':
    case 's':
    case 't':
    case 'v':
    case 'w':
    case 'x':
    case 'y':
    case 'z': return "consonant";
    default: return "other";
    }
}

/* Duff's device */
static void duff_copy(char *to, const char *from, int count) {
    int n = (count + 7) / 8;
    if (count <= 0) return;
    switch (count % 8) {
    case 0: do { *to++ = *from++;
        case 7: *to++ = *from++;
        case 6: *to++ = *from++;
        case 5: *to++ = *from++;
        case 4: *to++ = *from++;
        case 3: *to++ = *from++;
        case 2: *to++ = *from++;
        case 1: *to++ = *from++;
        } while (--n > 0);
    }
}

int main(void) {
    uint64_t h = 0;
    for (int i = -3; i < 45; i++) {
        long r = dense(i, 1000 + i);
        h = h * 1000003 + (uint64_t)r;
        if (i % 4 == 0) printf("dense(%d)=%ld\n", i, r);
    }
    uint32_t s = 1;
    long acc = 0;
    for (int i = 0; i < 100000; i++) {
        s = s * 1103515245u + 12345u;
        acc += dense((int)(s >> 16) % 43, i);
    }
    printf("dense hash=%016llx acc=%ld\n", (unsigned long long)h, acc);
    int hits = 0, total = 0;
    for (int k = 0; k < 22000; k++) {
        int v = sparse(k);
        if (v >= 0) {
            hits++;
            total += v;
        }
    }
    printf("sparse hits=%d total=%d\n", hits, total);
    const char *text = "Hello, world! 42 apples; 7 oranges?\tdone.";
    int counts[6] = {0};
    const char *names[] = {"vowel", "digit", "space", "punct", "consonant", "other"};
    for (const char *p = text; *p; p++) {
        const char *k = kind(*p);
        for (int j = 0; j < 6; j++)
            if (k == names[j]) counts[j]++;
    }
    for (int j = 0; j < 6; j++)
        printf("%s=%d ", names[j], counts[j]);
    printf("\n");
    char dst[40] = {0};
    for (int n = 0; n <= 20; n += 3) {
        char buf[40] = {0};
        duff_copy(buf, "abcdefghijklmnopqrstuvwxyz", n);
        printf("duff %d: %s\n", n, buf);
    }
    (void)dst;
    return 0;
}
