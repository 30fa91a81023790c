/*
 * plugin_sym.c - symbol names and modules for plugins: which mapped ELF file holds a guest
 * address, and which function symbol of it (.symtab, else .dynsym; read with libelf once per
 * file). The guest mapping list (gmem) names the host file behind every file-backed area and
 * its file offset, which gives the file offset of an address and, through the PT_LOAD headers,
 * its link-time address.
 */
#define _GNU_SOURCE
#include <fcntl.h>
#include <gelf.h>
#include <libelf.h>
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "gmem.h"
#include "plugin.h"
#include "recomp/plugin.h"

typedef struct psym {
    uint64_t addr, size;
    const char *name;
} psym;

typedef struct pseg {
    uint64_t off, vaddr, filesz;
} pseg;

typedef struct symfile {
    char *path;
    uint64_t dev, ino;
    uint64_t entry;
    pseg seg[16];
    int nseg;
    psym *syms;
    size_t nsyms;
    struct symfile *next;
} symfile;

static pthread_mutex_t sym_mu = PTHREAD_MUTEX_INITIALIZER;
static symfile *files;

static int sym_cmp(const void *a, const void *b) {
    const psym *x = a, *y = b;
    if (x->addr != y->addr) return x->addr < y->addr ? -1 : 1;
    /* prefer sized symbols, then globals come first in the table anyway */
    if ((x->size != 0) != (y->size != 0)) return x->size ? -1 : 1;
    return 0;
}

static bool wanted(const GElf_Sym *s, const char *name) {
    int type = GELF_ST_TYPE(s->st_info);
    if (type != STT_FUNC && type != STT_NOTYPE && type != STT_GNU_IFUNC) return false;
    if (s->st_shndx == SHN_UNDEF || s->st_shndx == SHN_ABS || !name || !*name) return false;
    return name[0] != '$' && strncmp(name, ".L", 2) != 0; /* mapping symbols, local labels */
}

static void read_syms(symfile *f, Elf *e, Elf_Scn *scn, const GElf_Shdr *sh) {
    Elf_Data *d = elf_getdata(scn, NULL);
    if (!d || !sh->sh_entsize) return;
    size_t n = sh->sh_size / sh->sh_entsize;
    psym *v = realloc(f->syms, (f->nsyms + n) * sizeof *v);
    if (!v) return;
    f->syms = v;
    for (size_t i = 0; i < n; i++) {
        GElf_Sym s;
        if (!gelf_getsym(d, (int)i, &s)) continue;
        const char *name = elf_strptr(e, sh->sh_link, s.st_name);
        if (!wanted(&s, name)) continue;
        char *copy = strdup(name);
        if (!copy) continue;
        f->syms[f->nsyms++] = (psym){s.st_value, s.st_size, copy};
    }
}

static symfile *load_file(const char *path, uint64_t dev, uint64_t ino) {
    for (symfile *f = files; f; f = f->next)
        if (f->dev == dev && f->ino == ino && !strcmp(f->path, path)) return f;
    symfile *f = calloc(1, sizeof *f);
    if (!f) return NULL;
    f->path = strdup(path);
    f->dev = dev;
    f->ino = ino;
    f->next = files;
    files = f;
    if (!f->path) return f;
    int fd = open(path, O_RDONLY | O_CLOEXEC);
    if (fd < 0) return f;
    elf_version(EV_CURRENT);
    Elf *e = elf_begin(fd, ELF_C_READ, NULL);
    GElf_Ehdr eh;
    if (e && gelf_getehdr(e, &eh)) {
        f->entry = eh.e_entry;
        size_t nph = 0;
        elf_getphdrnum(e, &nph);
        for (size_t i = 0; i < nph && f->nseg < 16; i++) {
            GElf_Phdr ph;
            if (gelf_getphdr(e, (int)i, &ph) && ph.p_type == PT_LOAD)
                f->seg[f->nseg++] = (pseg){ph.p_offset, ph.p_vaddr, ph.p_filesz};
        }
        /* .symtab has everything .dynsym has; use .dynsym only for stripped files */
        Elf_Scn *symtab = NULL, *dynsym = NULL;
        GElf_Shdr st_sh, dy_sh;
        for (Elf_Scn *scn = elf_nextscn(e, NULL); scn; scn = elf_nextscn(e, scn)) {
            GElf_Shdr sh;
            if (!gelf_getshdr(scn, &sh)) continue;
            if (sh.sh_type == SHT_SYMTAB) symtab = scn, st_sh = sh;
            if (sh.sh_type == SHT_DYNSYM) dynsym = scn, dy_sh = sh;
        }
        if (symtab)
            read_syms(f, e, symtab, &st_sh);
        else if (dynsym)
            read_syms(f, e, dynsym, &dy_sh);
        if (f->nsyms) qsort(f->syms, f->nsyms, sizeof *f->syms, sym_cmp);
    }
    if (e) elf_end(e);
    close(fd);
    return f;
}

/* The file-backed area holding vaddr, or false. */
static bool area_of(uint64_t vaddr, gmem_area *out) {
    return gmem_area_holding(vaddr, out) && out->name[0] && out->name[0] != '[' && out->ino;
}

const char *plugin_symbol_lookup(uint64_t vaddr, uint64_t *offset) {
    gmem_area a;
    if (!area_of(vaddr, &a)) return NULL;
    uint64_t fileoff = vaddr - a.start + a.offset;
    pthread_mutex_lock(&sym_mu);
    symfile *f = load_file(a.name, a.dev, a.ino);
    const char *name = NULL;
    if (f && f->nsyms) {
        uint64_t v = 0;
        bool found = false;
        for (int i = 0; i < f->nseg; i++) {
            if (fileoff >= f->seg[i].off && fileoff < f->seg[i].off + f->seg[i].filesz) {
                v = f->seg[i].vaddr + (fileoff - f->seg[i].off);
                found = true;
                break;
            }
        }
        if (found) {
            size_t lo = 0, hi = f->nsyms; /* last symbol with addr <= v */
            while (lo < hi) {
                size_t mid = (lo + hi) / 2;
                if (f->syms[mid].addr <= v)
                    lo = mid + 1;
                else
                    hi = mid;
            }
            if (lo > 0) {
                /* among symbols at that address, the sized one sorts first */
                size_t k = lo - 1;
                while (k > 0 && f->syms[k - 1].addr == f->syms[k].addr)
                    k--;
                const psym *s = &f->syms[k];
                if (!s->size || v < s->addr + s->size) {
                    name = s->name;
                    if (offset) *offset = v - s->addr;
                }
            }
        }
    }
    pthread_mutex_unlock(&sym_mu);
    return name;
}

int recomp_module_lookup(uint64_t vaddr, recomp_module *out) {
    gmem_area a;
    if (!out || !area_of(vaddr, &a)) return -1;
    uint64_t dev = a.dev, ino = a.ino;
    char name[GMEM_NAME_MAX];
    memcpy(name, a.name, sizeof name);
    uint64_t base = a.start, end = a.end;
    for (size_t i = 0; gmem_area_at(i, &a); i++) {
        if (a.dev != dev || a.ino != ino || strcmp(a.name, name)) continue;
        if (a.start < base) base = a.start;
        if (a.end > end) end = a.end;
    }
    pthread_mutex_lock(&sym_mu);
    symfile *f = load_file(name, dev, ino);
    pthread_mutex_unlock(&sym_mu);
    if (!f || !f->path) return -1;
    out->path = f->path;
    out->base = base;
    out->end = end;
    out->entry = f->entry;
    return 0;
}
