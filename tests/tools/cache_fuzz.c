/*
 * cache_fuzz - mutate an AOT cache file many ways and run the guest with each mutant.
 *
 *   cache_fuzz RECOMP_RUN GUEST CACHE EXPECTED_STDOUT N SEED
 *
 * Mutations: random bytes flipped anywhere, truncation, trailing garbage, zeroed ranges, the
 * zstd-compressed form damaged, and header fields set to other values with the payload hash
 * recomputed (so that the structural checks, not the hash, must catch them). Every run must
 * exit 0 with the expected stdout: the runtime either used the cache correctly or fell back to
 * the JIT after one warning. A run that dies by a signal, exits otherwise, prints a sanitizer
 * report or an internal error, or prints the wrong output is a failure.
 * Last line: "cache-fuzz: N passed, N failed".
 */
#define _GNU_SOURCE
#include <fcntl.h>
#include <signal.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>
#include <xxhash.h>
#include <zstd.h>

#include "recomp/cache_format.h"

static uint64_t rng;
static uint64_t rnd(void) {
    rng ^= rng << 13;
    rng ^= rng >> 7;
    rng ^= rng << 17;
    return rng;
}

static uint8_t *read_all(const char *path, size_t *n) {
    FILE *f = fopen(path, "rb");
    if (!f) return NULL;
    fseek(f, 0, SEEK_END);
    long sz = ftell(f);
    fseek(f, 0, SEEK_SET);
    uint8_t *p = malloc((size_t)sz + 1);
    if (p && fread(p, 1, (size_t)sz, f) != (size_t)sz) {
        free(p);
        p = NULL;
    }
    fclose(f);
    *n = (size_t)sz;
    return p;
}

static int write_all(const char *path, const uint8_t *p, size_t n) {
    FILE *f = fopen(path, "wb");
    if (!f) return -1;
    size_t w = fwrite(p, 1, n, f);
    return fclose(f) == 0 && w == n ? 0 : -1;
}

static void reseal(uint8_t *p, size_t n) {
    if (n < sizeof(rc_header)) return;
    rc_header h;
    memcpy(&h, p, sizeof h);
    h.payload_hash = XXH3_64bits(p + sizeof h, n - sizeof h);
    memcpy(p, &h, sizeof h);
}

/* Run the guest with the mutant; 1 = pass. */
static int run(const char *runner, const char *guest, const char *cache, const char *want,
               size_t want_n, const char *tag) {
    char out[] = "/tmp/cache-fuzz-out.XXXXXX", err[] = "/tmp/cache-fuzz-err.XXXXXX";
    int fo = mkstemp(out), fe = mkstemp(err);
    pid_t pid = fork();
    if (pid == 0) {
        dup2(fo, 1);
        dup2(fe, 2);
        int dn = open("/dev/null", O_RDONLY);
        dup2(dn, 0);
        alarm(60);
        execl(runner, runner, "--cache", cache, guest, (char *)NULL);
        _exit(127);
    }
    int st = 0;
    waitpid(pid, &st, 0);
    size_t on = 0, en = 0;
    uint8_t *o = read_all(out, &on), *e = read_all(err, &en);
    int ok = WIFEXITED(st) && WEXITSTATUS(st) == 0 && o && on == want_n && !memcmp(o, want, on);
    if (e) {
        e[en] = 0;
        if (strstr((char *)e, "AddressSanitizer") || strstr((char *)e, "runtime error") ||
            strstr((char *)e, "internal error"))
            ok = 0;
    }
    if (!ok) {
        printf("FAIL cache-fuzz %s: status 0x%x, stdout %zu bytes (want %zu)\n", tag, st, on,
               want_n);
        if (e && en) printf("    stderr: %.200s\n", (char *)e);
    }
    free(o);
    free(e);
    close(fo);
    close(fe);
    unlink(out);
    unlink(err);
    return ok;
}

int main(int argc, char **argv) {
    if (argc != 7) {
        fprintf(stderr, "usage: %s RECOMP_RUN GUEST CACHE EXPECTED_STDOUT N SEED\n", argv[0]);
        return 2;
    }
    const char *runner = argv[1], *guest = argv[2];
    size_t n0 = 0, want_n = 0;
    uint8_t *orig = read_all(argv[3], &n0);
    char *want = (char *)read_all(argv[4], &want_n);
    long iters = atol(argv[5]);
    rng = (uint64_t)atoll(argv[6]) * 0x9E3779B97F4A7C15ull + 1;
    if (!orig || !want || n0 < sizeof(rc_header)) {
        fprintf(stderr, "%s: cannot read the inputs\n", argv[0]);
        return 2;
    }
    char mut[] = "/tmp/cache-fuzz-mut.XXXXXX";
    int fd = mkstemp(mut);
    close(fd);
    uint8_t *buf = malloc(n0 + 4096);
    long pass = 0, fail = 0;
    for (long i = 0; i < iters; i++) {
        size_t n = n0;
        memcpy(buf, orig, n0);
        int kind = (int)(rnd() % 7);
        char tag[64];
        snprintf(tag, sizeof tag, "#%ld kind %d", i, kind);
        switch (kind) {
        case 0: /* a few random bytes anywhere */
        case 1: {
            int k = 1 + (int)(rnd() % 8);
            for (int j = 0; j < k; j++)
                buf[rnd() % n] ^= (uint8_t)(1 + rnd() % 255);
            break;
        }
        case 2: n = rnd() % n0; break; /* truncated */
        case 3:                        /* trailing garbage */
            for (int j = 0, k = 1 + (int)(rnd() % 4000); j < k; j++)
                buf[n++] = (uint8_t)rnd();
            break;
        case 4: { /* a zeroed range */
            size_t a = rnd() % n, len = 1 + rnd() % 4096;
            memset(buf + a, 0, a + len > n ? n - a : len);
            break;
        }
        case 5: { /* a header field changed, hash resealed: the structure checks must hold */
            size_t off = 8 + (rnd() % ((sizeof(rc_header) - 8 - 8) / 4)) * 4;
            if (off >= offsetof(rc_header, payload_hash) &&
                off < offsetof(rc_header, payload_hash) + 8)
                off = offsetof(rc_header, text_lo);
            uint32_t v;
            switch (rnd() % 4) {
            case 0: v = 0; break;
            case 1: v = 0xffffffffu; break;
            case 2: v = (uint32_t)rnd(); break;
            default:
                memcpy(&v, buf + off, 4);
                v += (uint32_t)(rnd() % 64) - 32;
                break;
            }
            memcpy(buf + off, &v, 4);
            reseal(buf, n);
            break;
        }
        case 6: { /* the compressed form, damaged */
            size_t cap = ZSTD_compressBound(n0) + 16;
            uint8_t *z = malloc(cap);
            memcpy(z, RC_ZMAGIC, 8);
            uint64_t sz = n0;
            memcpy(z + 8, &sz, 8);
            size_t zn = ZSTD_compress(z + 16, cap - 16, orig, n0, 1) + 16;
            if (rnd() % 2)
                z[16 + rnd() % (zn - 16)] ^= (uint8_t)(1 + rnd() % 255);
            else
                zn = 16 + rnd() % (zn - 16);
            write_all(mut, z, zn);
            free(z);
            if (run(runner, guest, mut, want, want_n, tag))
                pass++;
            else
                fail++;
            continue;
        }
        }
        write_all(mut, buf, n);
        if (run(runner, guest, mut, want, want_n, tag))
            pass++;
        else
            fail++;
    }
    unlink(mut);
    printf("cache-fuzz: %ld passed, %ld failed\n", pass, fail);
    free(buf);
    free(orig);
    free(want);
    return fail != 0;
}
