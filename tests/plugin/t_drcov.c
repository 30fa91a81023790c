/*
 * t_drcov.c - check a drcov (version 2) file as coverage tools read it (tests/run_plugin_tests.sh):
 *
 *   t_drcov FILE [ADDR...]
 *
 * Parses the header, the module table and the binary BB table; every block must name a listed
 * module and lie inside it, the table must end the file exactly, no block may be listed twice.
 * Each ADDR (hex guest address) must be the start of a listed block. Prints
 * "drcov: M modules, N bbs" and exits 0, or one line naming the problem and exits 1.
 */
#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef struct {
    uint64_t base, end;
} module;

static int bad(const char *what) {
    printf("drcov: %s\n", what);
    return 1;
}

int main(int argc, char **argv) {
    if (argc < 2) return bad("usage: t_drcov FILE [ADDR...]");
    FILE *f = fopen(argv[1], "rb");
    if (!f) return bad("cannot open the file");
    char line[8192];
    if (!fgets(line, sizeof line, f) || strcmp(line, "DRCOV VERSION: 2\n")) return bad("version");
    if (!fgets(line, sizeof line, f) || strncmp(line, "DRCOV FLAVOR: ", 14)) return bad("flavor");
    unsigned nmod;
    if (!fgets(line, sizeof line, f) ||
        sscanf(line, "Module Table: version 2, count %u", &nmod) != 1)
        return bad("module table header");
    if (!fgets(line, sizeof line, f) ||
        strcmp(line, "Columns: id, base, end, entry, checksum, timestamp, path\n"))
        return bad("columns");
    module *mods = calloc(nmod + 1, sizeof *mods);
    for (unsigned i = 0; i < nmod; i++) {
        unsigned id;
        uint64_t base, end, entry;
        unsigned sum, ts;
        int n = 0;
        if (!fgets(line, sizeof line, f) ||
            sscanf(line, " %u, 0x%" SCNx64 ", 0x%" SCNx64 ", 0x%" SCNx64 ", 0x%x, 0x%x, %n", &id,
                   &base, &end, &entry, &sum, &ts, &n) != 6 ||
            id != i || end <= base || !n || line[n] != '/')
            return bad("module line");
        mods[i] = (module){base, end};
    }
    unsigned long nbb;
    if (!fgets(line, sizeof line, f) || sscanf(line, "BB Table: %lu bbs", &nbb) != 1)
        return bad("bb table header");
    struct bb {
        uint32_t start;
        uint16_t size, mod;
    } *bbs = calloc(nbb + 1, sizeof *bbs);
    if (fread(bbs, sizeof *bbs, nbb, f) != nbb) return bad("bb table too short");
    if (fgetc(f) != EOF) return bad("data after the bb table");
    for (unsigned long i = 0; i < nbb; i++) {
        if (bbs[i].mod >= nmod) return bad("bb with a bad module id");
        if (!bbs[i].size ||
            mods[bbs[i].mod].base + bbs[i].start + bbs[i].size > mods[bbs[i].mod].end)
            return bad("bb outside its module");
        for (unsigned long j = 0; j < i; j++)
            if (bbs[j].mod == bbs[i].mod && bbs[j].start == bbs[i].start &&
                bbs[j].size == bbs[i].size)
                return bad("bb listed twice");
    }
    for (int a = 2; a < argc; a++) {
        uint64_t addr = strtoull(argv[a], NULL, 16);
        int found = 0;
        for (unsigned long i = 0; i < nbb && !found; i++)
            found = mods[bbs[i].mod].base + bbs[i].start == addr;
        if (!found) {
            printf("drcov: no bb starts at 0x%" PRIx64 "\n", addr);
            return 1;
        }
    }
    printf("drcov: %u modules, %lu bbs\n", nmod, nbb);
    free(bbs);
    free(mods);
    fclose(f);
    return 0;
}
