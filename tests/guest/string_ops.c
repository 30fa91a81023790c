/* String and memory routines over many alignments and lengths; glibc's
 * vectorised implementations make these sensitive to unaligned access handling. */
#include <stdint.h>
#include <stdio.h>
#include <string.h>

static unsigned char src[1024 + 64], dst[1024 + 64], ref[1024 + 64];

static uint32_t sum(const unsigned char *p, size_t n) {
    uint32_t h = 0;
    for (size_t i = 0; i < n; i++)
        h = h * 31 + p[i];
    return h;
}

int main(void) {
    for (int i = 0; i < (int)sizeof src; i++)
        src[i] = (unsigned char)(i * 7 + 3);
    uint32_t acc = 0;
    int errors = 0;
    for (int sa = 0; sa < 16; sa++) {
        for (int da = 0; da < 16; da += 3) {
            for (size_t len = 0; len < 300; len = len * 2 + 1) {
                memset(dst, 0xee, sizeof dst);
                memcpy(dst + da, src + sa, len);
                for (size_t k = 0; k < len; k++)
                    if (dst[da + k] != src[sa + k]) errors++;
                if (da > 0 && dst[da - 1] != 0xee) errors++;
                if (dst[da + len] != 0xee) errors++;
                acc += sum(dst, sizeof dst);
                acc += (uint32_t)(memcmp(dst + da, src + sa, len) != 0);
            }
        }
    }
    printf("memcpy acc=%08x errors=%d\n", acc, errors);
    /* memmove overlapping both ways */
    errors = 0;
    for (int off = -20; off <= 20; off += 3) {
        for (size_t len = 1; len < 600; len = len * 3 + 2) {
            for (int i = 0; i < (int)sizeof dst; i++)
                dst[i] = ref[i] = (unsigned char)(i ^ 0x5a);
            memmove(dst + 200 + off, dst + 200, len);
            for (size_t k = 0; k < len; k++)
                ref[200 + off + k] = (unsigned char)((200 + k) ^ 0x5a);
            if (memcmp(dst, ref, sizeof dst) != 0) errors++;
        }
    }
    printf("memmove errors=%d\n", errors);
    /* memset with various values and lengths */
    acc = 0;
    for (int a = 0; a < 8; a++)
        for (size_t len = 0; len < 200; len += 13) {
            memset(dst + a, (int)(len & 0xff), len);
            acc += sum(dst, 256);
        }
    printf("memset acc=%08x\n", acc);
    /* memcmp sign */
    unsigned char x[40], y[40];
    memset(x, 1, sizeof x);
    memset(y, 1, sizeof y);
    for (int i = 0; i < 40; i += 7) {
        y[i] = 200;
        printf("memcmp at %d: %d %d\n", i, memcmp(x, y, 40) < 0, memcmp(y, x, 40) > 0);
        y[i] = 1;
    }
    /* strlen/strchr/strrchr/strcmp on all alignments */
    char str[256];
    acc = 0;
    for (int a = 0; a < 16; a++) {
        for (int len = 0; len < 100; len += 7) {
            memset(str, 0, sizeof str);
            for (int k = 0; k < len; k++)
                str[a + k] = (char)('a' + (k % 26));
            char *p = str + a;
            char *c1 = strchr(p, 'e'), *c2 = strrchr(p, 'e'), *c3 = strchr(p, 0);
            acc = acc * 3 + (uint32_t)strlen(p) + (uint32_t)(c1 ? c1 - p : -1) +
                  (uint32_t)(c2 ? c2 - p : -1) + (uint32_t)(c3 - p);
        }
    }
    printf("strlen/strchr acc=%u\n", acc);
    printf("strcmp %d %d %d %d\n", strcmp("abc", "abd") < 0, strcmp("abc", "abc"),
           strcmp("b", "abc") > 0, strcmp("\xff", "a") > 0);
    printf("strncmp %d %d\n", strncmp("abcdef", "abcxyz", 3), strncmp("abcdef", "abcxyz", 4) < 0);
    printf("strstr %s | %s | %p\n", strstr("hello recompiled world", "comp"),
           strstr("aaaaab", "aab"), (void *)strstr("abc", "abd"));
    char cpy[20];
    memset(cpy, 'X', sizeof cpy);
    strncpy(cpy, "short", 10);
    printf("strncpy:");
    for (int i = 0; i < 12; i++)
        printf(" %02x", (unsigned char)cpy[i]);
    printf("\n");
    strcpy(cpy, "abc");
    strcat(cpy, "def");
    const char *volatile tail = "ghijkl";
    strncat(cpy, tail, 3);
    printf("strcat %s %zu\n", cpy, strlen(cpy));
    char *dup = strdup("duplicate me");
    printf("strdup %s\n", dup);
    return 0;
}
