/* UTF-8 handled as bytes (locale-free): decode code points, count, validate, encode,
 * reverse by code point. */
#include <stdint.h>
#include <stdio.h>
#include <string.h>

static int decode(const unsigned char *s, uint32_t *cp) {
    if (s[0] < 0x80) {
        *cp = s[0];
        return 1;
    }
    if ((s[0] & 0xe0) == 0xc0 && (s[1] & 0xc0) == 0x80) {
        *cp = (uint32_t)(s[0] & 0x1f) << 6 | (s[1] & 0x3f);
        return 2;
    }
    if ((s[0] & 0xf0) == 0xe0 && (s[1] & 0xc0) == 0x80 && (s[2] & 0xc0) == 0x80) {
        *cp = (uint32_t)(s[0] & 0x0f) << 12 | (uint32_t)(s[1] & 0x3f) << 6 | (s[2] & 0x3f);
        return 3;
    }
    if ((s[0] & 0xf8) == 0xf0 && (s[1] & 0xc0) == 0x80 && (s[2] & 0xc0) == 0x80 &&
        (s[3] & 0xc0) == 0x80) {
        *cp = (uint32_t)(s[0] & 0x07) << 18 | (uint32_t)(s[1] & 0x3f) << 12 |
              (uint32_t)(s[2] & 0x3f) << 6 | (s[3] & 0x3f);
        return 4;
    }
    return -1;
}

static int encode(uint32_t cp, unsigned char *o) {
    if (cp < 0x80) {
        o[0] = (unsigned char)cp;
        return 1;
    }
    if (cp < 0x800) {
        o[0] = (unsigned char)(0xc0 | cp >> 6);
        o[1] = (unsigned char)(0x80 | (cp & 0x3f));
        return 2;
    }
    if (cp < 0x10000) {
        o[0] = (unsigned char)(0xe0 | cp >> 12);
        o[1] = (unsigned char)(0x80 | (cp >> 6 & 0x3f));
        o[2] = (unsigned char)(0x80 | (cp & 0x3f));
        return 3;
    }
    o[0] = (unsigned char)(0xf0 | cp >> 18);
    o[1] = (unsigned char)(0x80 | (cp >> 12 & 0x3f));
    o[2] = (unsigned char)(0x80 | (cp >> 6 & 0x3f));
    o[3] = (unsigned char)(0x80 | (cp & 0x3f));
    return 4;
}

int main(void) {
    const char *texts[] = {"plain ascii",
                           "caf\xc3\xa9 na\xc3\xafve",
                           "\xe6\x97\xa5\xe6\x9c\xac\xe8\xaa\x9e",
                           "emoji \xf0\x9f\x98\x80!",
                           "bad \xc3\x28 seq",
                           "\xe2\x82\xac 100"};
    for (int t = 0; t < 6; t++) {
        const unsigned char *s = (const unsigned char *)texts[t];
        size_t bytes = strlen(texts[t]);
        int count = 0, valid = 1;
        unsigned char rev[64];
        size_t rl = bytes;
        printf("\"%s\": bytes=%zu cps=", texts[t], bytes);
        for (size_t i = 0; i < bytes;) {
            uint32_t cp;
            int l = decode(s + i, &cp);
            if (l < 0) {
                valid = 0;
                break;
            }
            printf("%s%04X", count ? "," : "", cp);
            unsigned char enc[4];
            int el = encode(cp, enc);
            rl -= (size_t)el;
            memcpy(rev + rl, enc, (size_t)el);
            count++;
            i += (size_t)l;
        }
        printf(" count=%d valid=%d", count, valid);
        if (valid) {
            rev[bytes] = 0;
            printf(" reversed=\"%s\"", (char *)rev);
        }
        printf("\n");
    }
    return 0;
}
