/* malloc/realloc/free churn with a deterministic pattern; checks contents survive realloc. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define SLOTS 512

int main(void) {
    static unsigned char *ptr[SLOTS];
    static size_t size[SLOTS];
    static unsigned char tag[SLOTS];
    uint64_t s = 0x2545F4914F6CDD1DULL;
    int errors = 0;
    size_t peak = 0, live = 0;
    for (int iter = 0; iter < 60000; iter++) {
        s ^= s << 13;
        s ^= s >> 7;
        s ^= s << 17;
        int i = (int)(s % SLOTS);
        size_t want = (s >> 20) % ((s >> 60) > 12 ? 200000 : 600) + 1;
        if (ptr[i] && size[i]) {
            for (size_t k = 0; k < size[i]; k += 1 + size[i] / 16)
                if (ptr[i][k] != tag[i]) {
                    errors++;
                    break;
                }
            if (ptr[i][size[i] - 1] != tag[i]) errors++;
        }
        if ((s >> 40) % 5 == 0) {
            live -= size[i];
            free(ptr[i]);
            ptr[i] = NULL;
            size[i] = 0;
        } else {
            unsigned char *np = realloc(ptr[i], want);
            if (!np) {
                printf("realloc failed\n");
                return 1;
            }
            if (want > size[i]) memset(np + size[i], tag[i], want - size[i]);
            live = live - size[i] + want;
            ptr[i] = np;
            size[i] = want;
            if (iter % 7 == 0) {
                tag[i] = (unsigned char)iter;
                memset(np, tag[i], want);
            }
        }
        if (live > peak) peak = live;
    }
    for (int i = 0; i < SLOTS; i++)
        free(ptr[i]);
    printf("errors=%d peak=%zu\n", errors, peak);
    /* Growing string by doubling */
    char *str = NULL;
    size_t len = 0;
    for (int i = 0; i < 20000; i++) {
        char piece[16];
        int n = snprintf(piece, sizeof piece, "%d,", i);
        str = realloc(str, len + n + 1);
        memcpy(str + len, piece, n + 1);
        len += n;
    }
    printf("len=%zu tail=%s\n", len, str + len - 12);
    free(str);
    printf("realloc(NULL,0)->%s\n", "ok");
    return 0;
}
