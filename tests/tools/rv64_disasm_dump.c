/*
 * rv64_disasm_dump.c - checks rv64_disasm() against binutils' objdump, line by line.
 *
 * objdump is the reference: this tool never guesses what it prints. It only makes inputs for
 * objdump (blobs of encodings) and then compares objdump's listing with what rv64_decode +
 * rv64_disasm produce for the same bytes at the same address.
 *
 *   rv64_disasm_dump blob16 OUT.bin           every 16-bit encoding (low bits != 11)
 *   rv64_disasm_dump blob32 OUT.bin N SEED    N pseudo-random 32-bit words: half are table
 *                                             rows with random free bits, half random words
 *                                             with a plausible major opcode
 *   rv64_disasm_dump blob32x OUT.bin SEED     for every major opcode, every value of the
 *                                             bits that select an instruction (31:20 and
 *                                             funct3), with random rd/rs1 (often zero)
 *   rv64_disasm_dump check [NAME] [GOLDEN]    read `objdump -d -M no-aliases` output on stdin,
 *                                             print "NAME: N passed, N failed" and the first
 *                                             mismatches; exit 1 on any failure. With GOLDEN,
 *                                             also write "hex pc text" lines for the first
 *                                             three uses of every distinct mnemonic (the
 *                                             golden file of the unit test).
 *
 * Lines objdump prints for data (.word/.short/.byte from $d mapping symbols) are counted as
 * skipped, not compared: they are not instructions.
 */
#include "rv64_decode.h"

#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* The .def rows, for making table-driven random encodings. */
static const struct {
    uint32_t mask, match;
} rows[] = {
#define RV64_INSN(name, mask, match, fmt, ext) {(mask), (match)},
#include "rv64_insn.def"
#undef RV64_INSN
};

static uint64_t rng_state;

static uint32_t rng32(void) {
    /* xorshift64*: deterministic for a seed, good enough to spread bits */
    rng_state ^= rng_state >> 12;
    rng_state ^= rng_state << 25;
    rng_state ^= rng_state >> 27;
    return (uint32_t)((rng_state * 0x2545F4914F6CDD1Dull) >> 32);
}

static int write_blob16(const char *path) {
    FILE *fp = fopen(path, "wb");
    if (!fp) {
        perror(path);
        return 1;
    }
    for (uint32_t h = 0; h < 0x10000; h++) {
        if ((h & 3) == 3) continue;
        uint8_t b[2] = {(uint8_t)h, (uint8_t)(h >> 8)};
        fwrite(b, 1, 2, fp);
    }
    return fclose(fp) != 0;
}

/* major opcodes of RV64GC (bits 6:0); others are either unused or longer encodings */
static const uint8_t majors[] = {0x03, 0x07, 0x0f, 0x13, 0x17, 0x1b, 0x23, 0x27, 0x2f, 0x33, 0x37,
                                 0x3b, 0x43, 0x47, 0x4b, 0x4f, 0x53, 0x63, 0x67, 0x6f, 0x73};

static void put32(FILE *fp, uint32_t w) {
    uint8_t b[4] = {(uint8_t)w, (uint8_t)(w >> 8), (uint8_t)(w >> 16), (uint8_t)(w >> 24)};
    fwrite(b, 1, 4, fp);
}

static int write_blob32x(const char *path, uint64_t seed) {
    FILE *fp = fopen(path, "wb");
    if (!fp) {
        perror(path);
        return 1;
    }
    rng_state = seed * 2654435761u + 88172645463325252ull;
    for (size_t m = 0; m < sizeof majors; m++) {
        for (uint32_t top = 0; top < 4096; top++) {
            for (uint32_t f3 = 0; f3 < 8; f3++) {
                uint32_t r = rng32();
                uint32_t rd = (r & 3) ? (r >> 2) & 31 : 0;
                uint32_t rs1 = (r & 0x300) ? (r >> 10) & 31 : 0;
                put32(fp, top << 20 | rs1 << 15 | f3 << 12 | rd << 7 | majors[m]);
            }
        }
    }
    return fclose(fp) != 0;
}

static int write_blob32(const char *path, long n, uint64_t seed) {
    const int nrows = (int)(sizeof rows / sizeof rows[0]);
    FILE *fp = fopen(path, "wb");
    if (!fp) {
        perror(path);
        return 1;
    }
    rng_state = seed * 2654435761u + 88172645463325252ull;
    for (long i = 0; i < n; i++) {
        uint32_t w = rng32();
        if (i & 1) {
            const int r = (int)(rng32() % (uint32_t)nrows);
            if ((rows[r].match & 3) != 3) { /* compressed row: use a random major instead */
                w = (w & ~0x7fu) | majors[rng32() % sizeof majors];
            } else {
                w = (w & ~rows[r].mask) | rows[r].match;
                /* keep the row mostly valid, but sometimes flip one masked bit */
                if ((rng32() & 7) == 0) w ^= 1u << (rng32() % 32);
                w |= 3;
            }
        } else {
            w = (w & ~0x7fu) | majors[rng32() % sizeof majors];
        }
        if ((w & 0x1f) == 0x1f) /* 48-bit and longer encodings are out of scope */
            w &= ~0x4u;
        put32(fp, w);
    }
    return fclose(fp) != 0;
}

/* rv64_decode accepts these though objdump prints them as data: fields the spec says to
 * ignore (fence fm/rd/rs1, fence.i imm/rd/rs1) or a rounding mode an exact conversion
 * ignores. */
static int exec_only_allowed(int op) {
    return op == RV64_OP_fence || op == RV64_OP_fence_tso || op == RV64_OP_fence_i ||
           op == RV64_OP_fcvt_d_s || op == RV64_OP_fcvt_d_w || op == RV64_OP_fcvt_d_wu;
}

/* objdump names these, rv64_decode calls them illegal: reserved encodings (c.unimp is
 * 0x0000, c.addi16sp with immediate 0) and privileged instructions. */
static int objdump_only_allowed(const char *text) {
    static const char *const names[] = {
        "c.unimp", "c.addi16sp\tsp,0", "uret",      "sret", "hret", "mret", "dret",
        "wfi",     "sfence.vm",        "sfence.vma"};
    for (size_t i = 0; i < sizeof names / sizeof names[0]; i++) {
        size_t n = strlen(names[i]);
        if (strncmp(text, names[i], n) == 0 && (text[n] == 0 || text[n] == '\t')) return 1;
    }
    return 0;
}

/* Parse "   1c:\t4015f553          \tfcvt.s.d\tfa0,fa1" into pc, bits, text. */
static int parse_line(char *line, uint64_t *pc, uint32_t *bits, int *nhex, char **text) {
    char *p = line, *end;
    while (*p == ' ')
        p++;
    *pc = strtoull(p, &end, 16);
    if (end == p || end[0] != ':' || end[1] != '\t') return 0;
    p = end + 2;
    char *hex = p;
    while ((*p >= '0' && *p <= '9') || (*p >= 'a' && *p <= 'f'))
        p++;
    *nhex = (int)(p - hex);
    if ((*nhex != 4 && *nhex != 8) || (*p != ' ' && *p != '\t')) return 0;
    *bits = (uint32_t)strtoul(hex, NULL, 16);
    while (*p == ' ')
        p++;
    if (*p != '\t') return 0;
    p++;
    /* drop the newline, objdump's " <sym+off>" after targets and any "# comment" */
    p[strcspn(p, "\n")] = 0;
    char *c = strstr(p, " #");
    if (!c) c = strstr(p, "\t#");
    if (c) *c = 0;
    size_t len = strlen(p);
    if (len && p[len - 1] == '>') {
        char *lt = strstr(p, " <");
        if (lt) *lt = 0;
    }
    len = strlen(p);
    while (len && (p[len - 1] == ' ' || p[len - 1] == '\t'))
        p[--len] = 0;
    *text = p;
    return 1;
}

static int check(const char *name, const char *golden_path) {
    char line[1024], mine[256];
    long passed = 0, failed = 0, skipped = 0, shown = 0, exec_only = 0, objdump_only = 0;
    /* golden sampling: the first few lines of every distinct mnemonic */
    static char seen_name[2048][24];
    static uint8_t seen_count[2048];
    int nseen = 0;
    FILE *golden = golden_path ? fopen(golden_path, "w") : NULL;

    if (golden_path && !golden) {
        perror(golden_path);
        return 1;
    }
    while (fgets(line, sizeof line, stdin)) {
        uint64_t pc;
        uint32_t bits;
        int nhex;
        char *text;
        if (!parse_line(line, &pc, &bits, &nhex, &text)) continue;
        if (text[0] == '.' && strncmp(text, ".2byte", 6) && strncmp(text, ".4byte", 6)) {
            skipped++; /* data directive for a $d region */
            continue;
        }
        rv64_insn in;
        int len = rv64_decode(bits, &in);
        (void)len;
        if (in.len * 2 != nhex) {
            failed++;
            if (shown++ < 20)
                printf("  %" PRIx64 ": %0*x length %d, objdump says %d\n", pc, nhex, bits, in.len,
                       nhex / 2);
            continue;
        }
        rv64_disasm(&in, pc, mine, sizeof mine);
        /* Execution and disassembly may disagree only in the documented places. */
        int named = strncmp(text, ".2byte", 6) && strncmp(text, ".4byte", 6);
        if (len && !named) {
            exec_only++;
            if (!exec_only_allowed(in.op)) {
                failed++;
                if (shown++ < 20)
                    printf("  %" PRIx64 ": %0*x executes as %s but objdump prints \"%s\"\n", pc,
                           nhex, bits, rv64_op_name(in.op), text);
                continue;
            }
        } else if (!len && named) {
            objdump_only++;
            if (!objdump_only_allowed(text)) {
                failed++;
                if (shown++ < 20)
                    printf("  %" PRIx64 ": %0*x illegal to execute but objdump prints \"%s\"\n", pc,
                           nhex, bits, text);
                continue;
            }
        }
        if (strcmp(mine, text) == 0) {
            passed++;
            if (golden) {
                char mn[24];
                snprintf(mn, sizeof mn, "%.*s", (int)strcspn(text, "\t"), text);
                int k = 0;
                while (k < nseen && strcmp(seen_name[k], mn) != 0)
                    k++;
                if (k == nseen && nseen < 2048) memcpy(seen_name[nseen++], mn, sizeof mn);
                if (k < nseen && seen_count[k] < 3) {
                    seen_count[k]++;
                    fprintf(golden, "%0*x %" PRIx64 " %s\n", nhex, bits, pc, text);
                }
            }
        } else {
            failed++;
            if (shown++ < 20)
                printf("  %" PRIx64 ": %0*x objdump \"%s\" mine \"%s\"\n", pc, nhex, bits, text,
                       mine);
        }
    }
    if (golden) fclose(golden);
    printf("%s: %ld executable but printed as data, %ld named by objdump but illegal\n", name,
           exec_only, objdump_only);
    printf("%s: %ld passed, %ld failed (%ld data lines skipped)\n", name, passed, failed, skipped);
    return failed != 0;
}

int main(int argc, char **argv) {
    if (argc >= 3 && strcmp(argv[1], "blob16") == 0) return write_blob16(argv[2]);
    if (argc >= 5 && strcmp(argv[1], "blob32") == 0)
        return write_blob32(argv[2], atol(argv[3]), strtoull(argv[4], NULL, 0));
    if (argc >= 4 && strcmp(argv[1], "blob32x") == 0)
        return write_blob32x(argv[2], strtoull(argv[3], NULL, 0));
    if (argc >= 2 && strcmp(argv[1], "check") == 0)
        return check(argc >= 3 ? argv[2] : "objdump", argc >= 4 ? argv[3] : NULL);
    fprintf(stderr,
            "usage: %s blob16 OUT | blob32 OUT N SEED | blob32x OUT SEED | check [NAME] [GOLDEN]\n",
            argv[0]);
    return 2;
}
