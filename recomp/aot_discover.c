/*
 * aot_discover.c - ELF parsing and static code discovery for the ahead-of-time cache compiler.
 *
 * Part 1 (aot_open) reads the whole file into memory and parses it by hand: every offset and
 * size is checked against the file before it is used, and any inconsistency in the headers or
 * in the metadata discovery relies on is a one-line error (aot_open never crashes on garbage).
 * It collects segments, sections, function symbols, FDE ranges, init/fini array entries, PLT
 * entries and relocation targets.
 *
 * Part 2 (aot_discover) forms units exactly as the JIT does (rv64_lift_unit over aot_fetch) from
 * the roots, to a fixed point. Each unit's IR is walked once: exits give new roots, and a small
 * abstract interpretation over its temps (constants, "index << k + base" values, bounds from
 * unsigned compare-and-branch, stack slots) finds address constants and jump tables. Jump tables
 * whose base register was set outside the unit (hoisted out of a loop) are resolved after the
 * work list drains, from the data address constants built in the same function.
 */
#define _GNU_SOURCE
#include "aot_discover.h"
#include "hostfn.h"

#include <elf.h>
#include <errno.h>
#include <fcntl.h>
#include <inttypes.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "ir.h"
#include "lift.h"
#include "rv64_cpu.h"

#ifndef EM_RISCV
#define EM_RISCV 243
#endif
#ifndef R_RISCV_64
#define R_RISCV_64 2
#endif
#ifndef R_RISCV_RELATIVE
#define R_RISCV_RELATIVE 3
#endif
#ifndef R_RISCV_JUMP_SLOT
#define R_RISCV_JUMP_SLOT 5
#endif
#ifndef R_RISCV_IRELATIVE
#define R_RISCV_IRELATIVE 58
#endif
#ifndef STT_GNU_IFUNC
#define STT_GNU_IFUNC 10
#endif
#ifndef PT_GNU_EH_FRAME
#define PT_GNU_EH_FRAME 0x6474e550
#endif

#define AOT_MAX_FILE    (1ull << 32) /* 4 GiB */
#define AOT_MAX_VADDR   (1ull << 56)
#define TABLE_MAX       4096 /* entries read from a jump table of unknown length */
#define TABLE_MAX_BOUND 65536
#define TABLE_WINDOW    0x10000 /* without a function range: targets this close to the jump */

const char *const aot_root_source_name[AOT_SRC_COUNT] = {
    [AOT_SRC_ENTRY] = "entry",
    [AOT_SRC_SYMBOL] = "symbols",
    [AOT_SRC_EH_FRAME] = "eh_frame",
    [AOT_SRC_LANDING_PAD] = "landing pads",
    [AOT_SRC_INIT_ARRAY] = "init/fini",
    [AOT_SRC_PLT] = "plt",
    [AOT_SRC_RELOC] = "relocations",
    [AOT_SRC_DATA_WORD] = "data words",
    [AOT_SRC_CODE_CONST] = "code constants",
    [AOT_SRC_JUMP_TABLE] = "jump tables",
    [AOT_SRC_DIRECT] = "direct targets",
    [AOT_SRC_FALLTHROUGH] = "fall-through",
    [AOT_SRC_CALL_RETURN] = "call returns",
    [AOT_SRC_PROFILE] = "profile",
};

/* -- Small helpers ------------------------------------------------------------------------- */

typedef struct u64vec {
    uint64_t *v;
    size_t n, cap;
} u64vec;

static int vec_push(u64vec *a, uint64_t x) {
    if (a->n == a->cap) {
        size_t cap = a->cap ? a->cap * 2 : 64;
        uint64_t *v = realloc(a->v, cap * sizeof *v);
        if (!v) return -1;
        a->v = v;
        a->cap = cap;
    }
    a->v[a->n++] = x;
    return 0;
}

static int cmp_u64(const void *a, const void *b) {
    uint64_t x = *(const uint64_t *)a, y = *(const uint64_t *)b;
    return x < y ? -1 : x > y;
}

/* Sort and deduplicate; returns the new count. */
static size_t sort_unique(uint64_t *v, size_t n) {
    if (!n) return 0;
    qsort(v, n, sizeof *v, cmp_u64);
    size_t k = 1;
    for (size_t i = 1; i < n; i++)
        if (v[i] != v[k - 1]) v[k++] = v[i];
    return k;
}

static bool bsearch_u64(const uint64_t *v, size_t n, uint64_t x) {
    size_t lo = 0, hi = n;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (v[mid] == x) return true;
        if (v[mid] < x)
            lo = mid + 1;
        else
            hi = mid;
    }
    return false;
}

static uint16_t rd16(const uint8_t *p) {
    uint16_t v;
    memcpy(&v, p, 2);
    return v;
}
static uint32_t rd32(const uint8_t *p) {
    uint32_t v;
    memcpy(&v, p, 4);
    return v;
}
static uint64_t rd64(const uint8_t *p) {
    uint64_t v;
    memcpy(&v, p, 8);
    return v;
}

static int set_err(char *err, size_t errlen, const char *fmt, ...) {
    if (err && errlen) {
        va_list ap;
        va_start(ap, fmt);
        vsnprintf(err, errlen, fmt, ap);
        va_end(ap);
        for (char *p = err; *p; p++)
            if (*p == '\n') *p = ' ';
    }
    return -1;
}

/* [off, off + len) inside [0, size)? (overflow-safe) */
static bool in_range(uint64_t off, uint64_t len, uint64_t size) {
    return off <= size && len <= size - off;
}

/* -- Parsing context ------------------------------------------------------------------------- */

typedef struct parse_ctx {
    aot_image *img;
    char *err;
    size_t errlen;
    Elf64_Ehdr eh;
    Elf64_Shdr *sh; /* copies of the section headers */
    size_t shnum;
    const char *shstr;
    uint64_t shstr_size;
    bool have_dynamic;
    uint64_t dyn_off, dyn_size;
    uint64_t eh_frame_hdr_vaddr, eh_frame_hdr_size;
    uint64_t gp; /* __global_pointer$, 0 if unknown */
    u64vec fde_lo, fde_hi;
    u64vec init, plt, reloc, lpad;
    u64vec init_slots; /* [lo, hi) vaddr pairs of init/fini/preinit arrays */
    struct {
        aot_symbol *v;
        size_t n, cap;
    } syms;
} parse_ctx;

#define PERR(ctx, ...) set_err((ctx)->err, (ctx)->errlen, __VA_ARGS__)
#define OOM(ctx)       PERR(ctx, "out of memory")

static const char *machine_name(unsigned m) {
    switch (m) {
    case EM_X86_64: return "x86-64";
    case EM_386: return "i386";
    case EM_AARCH64: return "AArch64";
    case EM_ARM: return "ARM";
    case EM_PPC: return "PowerPC";
    case EM_PPC64: return "PowerPC64";
    case EM_S390: return "S/390";
    case EM_MIPS: return "MIPS";
    case EM_SPARCV9: return "SPARC V9";
    case EM_LOONGARCH: return "LoongArch";
    default: return NULL;
    }
}

int aot_in_exec(const aot_image *img, uint64_t addr, uint64_t len) {
    for (size_t i = 0; i < img->n_segs; i++) {
        const aot_segment *s = &img->segs[i];
        if (!(s->flags & PF_X)) continue;
        if (addr >= s->vaddr && in_range(addr - s->vaddr, len, s->memsz)) return 1;
    }
    return 0;
}

int aot_in_code(const aot_image *img, uint64_t addr) {
    size_t lo = 0, hi = img->n_code;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (addr < img->code[mid].lo)
            hi = mid;
        else if (addr >= img->code[mid].hi)
            lo = mid + 1;
        else
            return 1;
    }
    return 0;
}

/* The segment holding [vaddr, vaddr + len), or NULL. */
static const aot_segment *seg_of(const aot_image *img, uint64_t vaddr, uint64_t len) {
    for (size_t i = 0; i < img->n_segs; i++) {
        const aot_segment *s = &img->segs[i];
        if (vaddr >= s->vaddr && in_range(vaddr - s->vaddr, len, s->memsz)) return s;
    }
    return NULL;
}

int aot_read(const aot_image *img, uint64_t vaddr, void *out, size_t len) {
    const aot_segment *s = seg_of(img, vaddr, len);
    if (!s) return -1;
    uint64_t rel = vaddr - s->vaddr;
    uint8_t *o = out;
    for (size_t i = 0; i < len; i++)
        o[i] = rel + i < s->filesz ? img->data[s->offset + rel + i] : 0;
    return 0;
}

/* File offset of [vaddr, vaddr + len) when it lies in one segment's file part. */
static bool vaddr_to_off(const aot_image *img, uint64_t vaddr, uint64_t len, uint64_t *off) {
    for (size_t i = 0; i < img->n_segs; i++) {
        const aot_segment *s = &img->segs[i];
        if (vaddr >= s->vaddr && in_range(vaddr - s->vaddr, len, s->filesz)) {
            *off = s->offset + (vaddr - s->vaddr);
            return true;
        }
    }
    return false;
}

int aot_fetch(uint64_t pc, uint32_t *bits, void *ctx) {
    const aot_image *img = ctx;
    const aot_segment *s = NULL;
    for (size_t i = 0; i < img->n_segs; i++) {
        const aot_segment *t = &img->segs[i];
        if ((t->flags & PF_X) && pc >= t->vaddr && pc - t->vaddr < t->memsz) {
            s = t;
            break;
        }
    }
    if (!s) return 0;
    uint64_t rel = pc - s->vaddr;
    if (s->memsz - rel < 2) return 0;
    uint8_t b[4] = {0, 0, 0, 0};
    int avail = s->memsz - rel >= 4 ? 4 : 2;
    for (int i = 0; i < avail; i++)
        if (rel + (uint64_t)i < s->filesz) b[i] = img->data[s->offset + rel + (uint64_t)i];
    uint32_t v = (uint32_t)b[0] | (uint32_t)b[1] << 8 | (uint32_t)b[2] << 16 | (uint32_t)b[3] << 24;
    if ((v & 3) != 3 || avail < 4) {
        *bits = v & 0xffff;
        return 2;
    }
    *bits = v;
    return 4;
}

static const char *sect_name(const parse_ctx *c, uint32_t off) {
    if (!c->shstr || off >= c->shstr_size) return "";
    if (!memchr(c->shstr + off, 0, c->shstr_size - off)) return "";
    return c->shstr + off;
}

/* Validated: a section's data [off, off + size) is inside the file (checked for all). */
static const Elf64_Shdr *find_section(const parse_ctx *c, const char *name, uint32_t type) {
    for (size_t i = 1; i < c->shnum; i++)
        if ((!type || c->sh[i].sh_type == type) && !strcmp(sect_name(c, c->sh[i].sh_name), name))
            return &c->sh[i];
    return NULL;
}

/* -- Symbols ------------------------------------------------------------------------------- */

static int add_sym(parse_ctx *c, uint64_t addr, uint64_t size, const char *name, bool ifunc) {
    if (c->syms.n == c->syms.cap) {
        size_t cap = c->syms.cap ? c->syms.cap * 2 : 256;
        aot_symbol *v = realloc(c->syms.v, cap * sizeof *v);
        if (!v) return -1;
        c->syms.v = v;
        c->syms.cap = cap;
    }
    c->syms.v[c->syms.n++] = (aot_symbol){addr, size, name, ifunc};
    return 0;
}

static int cmp_sym(const void *a, const void *b) {
    const aot_symbol *x = a, *y = b;
    if (x->addr != y->addr) return x->addr < y->addr ? -1 : 1;
    /* at one address, keep the one with a size, then a name */
    if ((x->size != 0) != (y->size != 0)) return x->size ? -1 : 1;
    if ((x->name[0] != 0) != (y->name[0] != 0)) return x->name[0] ? -1 : 1;
    /* a C library routine's own name (strchr over its alias index: docs/hostfn.md) */
    bool cx = hostfn_by_name(x->name) != HOSTFN_NONE, cy = hostfn_by_name(y->name) != HOSTFN_NONE;
    if (cx != cy) return cx ? -1 : 1;
    size_t ux = strspn(x->name, "_"), uy = strspn(y->name, "_"); /* printf over _IO_printf */
    if (ux != uy) return ux < uy ? -1 : 1;
    return strcmp(x->name, y->name);
}

/* The string at off in a string table section, or "" (never NULL). */
static const char *strtab_at(const aot_image *img, const Elf64_Shdr *st, uint64_t off) {
    if (off >= st->sh_size) return "";
    const char *base = (const char *)img->data + st->sh_offset;
    if (!memchr(base + off, 0, st->sh_size - off)) return "";
    return base + off;
}

static int parse_symtab(parse_ctx *c, const Elf64_Shdr *s, size_t idx) {
    aot_image *img = c->img;
    const char *what = s->sh_type == SHT_DYNSYM ? ".dynsym" : ".symtab";
    if (s->sh_entsize != sizeof(Elf64_Sym))
        return PERR(c, "bad %s (entry size %" PRIu64 ")", what, (uint64_t)s->sh_entsize);
    if (s->sh_link == 0 || s->sh_link >= c->shnum || s->sh_link == idx ||
        c->sh[s->sh_link].sh_type != SHT_STRTAB)
        return PERR(c, "bad %s (string table link %u)", what, s->sh_link);
    const Elf64_Shdr *st = &c->sh[s->sh_link];
    size_t n = s->sh_size / sizeof(Elf64_Sym);
    for (size_t i = 1; i < n; i++) {
        Elf64_Sym sym;
        memcpy(&sym, img->data + s->sh_offset + i * sizeof sym, sizeof sym);
        int type = ELF64_ST_TYPE(sym.st_info);
        if (sym.st_shndx == SHN_UNDEF) continue;
        if (c->gp == 0 && type == STT_NOTYPE && sym.st_name &&
            !strcmp(strtab_at(img, st, sym.st_name), "__global_pointer$"))
            c->gp = sym.st_value;
        if (type != STT_FUNC && type != STT_GNU_IFUNC) continue;
        if (sym.st_value & 1 || !aot_in_exec(img, sym.st_value, 2)) continue;
        if (add_sym(c, sym.st_value, sym.st_size, strtab_at(img, st, sym.st_name),
                    type == STT_GNU_IFUNC) < 0)
            return OOM(c);
    }
    return 0;
}

/* -- .eh_frame ----------------------------------------------------------------------------- */

typedef struct ehr {
    const uint8_t *p; /* the section bytes */
    uint64_t len;     /* bytes available */
    uint64_t vaddr;   /* address of p[0] */
} ehr;

static bool uleb(const ehr *e, uint64_t *pos, uint64_t end, uint64_t *out) {
    uint64_t v = 0;
    for (int shift = 0;; shift += 7) {
        if (*pos >= end) return false;
        uint8_t b = e->p[(*pos)++];
        if (shift < 64) v |= (uint64_t)(b & 0x7f) << shift;
        if (!(b & 0x80)) break;
        if (shift > 70) return false;
    }
    *out = v;
    return true;
}

static bool sleb(const ehr *e, uint64_t *pos, uint64_t end, int64_t *out) {
    uint64_t v = 0;
    int shift = 0;
    uint8_t b;
    do {
        if (*pos >= end || shift > 70) return false;
        b = e->p[(*pos)++];
        if (shift < 64) v |= (uint64_t)(b & 0x7f) << shift;
        shift += 7;
    } while (b & 0x80);
    if (shift < 64 && (b & 0x40)) v |= ~0ull << shift;
    *out = (int64_t)v;
    return true;
}

/* Decode a DW_EH_PE-encoded pointer at *pos. Returns 1 with *out, 0 if the encoding is not
 * one we can resolve (the value is skipped when its size is known), -1 if it runs past end or
 * the format is unknown. */
static int read_encoded(const ehr *e, uint64_t *pos, uint64_t end, uint8_t enc, uint64_t *out) {
    if (enc == 0xff) return 0; /* DW_EH_PE_omit */
    uint64_t field = e->vaddr + *pos, v;
    switch (enc & 0x0f) {
    case 0x00: /* absptr */
    case 0x04: /* udata8 */
    case 0x0c: /* sdata8 */
        if (!in_range(*pos, 8, end)) return -1;
        v = rd64(e->p + *pos);
        *pos += 8;
        break;
    case 0x02: /* udata2 */
        if (!in_range(*pos, 2, end)) return -1;
        v = rd16(e->p + *pos);
        *pos += 2;
        break;
    case 0x0a: /* sdata2 */
        if (!in_range(*pos, 2, end)) return -1;
        v = (uint64_t)(int64_t)(int16_t)rd16(e->p + *pos);
        *pos += 2;
        break;
    case 0x03: /* udata4 */
        if (!in_range(*pos, 4, end)) return -1;
        v = rd32(e->p + *pos);
        *pos += 4;
        break;
    case 0x0b: /* sdata4 */
        if (!in_range(*pos, 4, end)) return -1;
        v = (uint64_t)(int64_t)(int32_t)rd32(e->p + *pos);
        *pos += 4;
        break;
    case 0x01:
        if (!uleb(e, pos, end, &v)) return -1;
        break;
    case 0x09: {
        int64_t s;
        if (!sleb(e, pos, end, &s)) return -1;
        v = (uint64_t)s;
        break;
    }
    default: return -1;
    }
    if (enc & 0x80) return 0; /* indirect: the value is where the pointer is stored */
    switch (enc & 0x70) {
    case 0x00: break;
    case 0x10: v += field; break; /* pcrel */
    default: return 0;            /* textrel, datarel, funcrel, aligned: no base known */
    }
    *out = v;
    return 1;
}

typedef struct cie_info {
    uint64_t off;
    uint8_t fde_enc;
    uint8_t lsda_enc; /* 0xff: no LSDA */
    bool usable, zaug;
} cie_info;

/* The LSDA (.gcc_except_table) of a function starting at func: its landing pads are reached by
 * the unwinder's indirect jump. Malformed tables are skipped, not reported. */
static int parse_lsda(parse_ctx *c, uint64_t lsda, uint64_t func) {
    const aot_image *img = c->img;
    const aot_segment *s = seg_of(img, lsda, 1);
    if (!s || lsda - s->vaddr >= s->filesz) return 0;
    ehr e = {img->data + s->offset + (lsda - s->vaddr), s->filesz - (lsda - s->vaddr), lsda};
    uint64_t pos = 0, lpstart = func, v;
    if (pos >= e.len) return 0;
    uint8_t lp_enc = e.p[pos++];
    if (lp_enc != 0xff && read_encoded(&e, &pos, e.len, lp_enc, &lpstart) != 1) return 0;
    if (pos >= e.len) return 0;
    uint8_t tt_enc = e.p[pos++];
    if (tt_enc != 0xff && !uleb(&e, &pos, e.len, &v)) return 0;
    if (pos >= e.len) return 0;
    uint8_t cs_enc = e.p[pos++] & 0x0f;
    uint64_t cs_len;
    if (!uleb(&e, &pos, e.len, &cs_len) || !in_range(pos, cs_len, e.len)) return 0;
    uint64_t cs_end = pos + cs_len;
    for (int n = 0; pos < cs_end && n < (1 << 20); n++) {
        uint64_t start, len, lp, action;
        if (read_encoded(&e, &pos, cs_end, cs_enc, &start) != 1 ||
            read_encoded(&e, &pos, cs_end, cs_enc, &len) != 1 ||
            read_encoded(&e, &pos, cs_end, cs_enc, &lp) != 1 || !uleb(&e, &pos, cs_end, &action))
            return 0;
        if (lp && !((lpstart + lp) & 1) && aot_in_exec(img, lpstart + lp, 2) &&
            vec_push(&c->lpad, lpstart + lp) < 0)
            return OOM(c);
    }
    return 0;
}

static int parse_eh_frame(parse_ctx *c, const ehr *e, bool until_terminator) {
    aot_image *img = c->img;
    cie_info *cies = NULL;
    size_t n_cies = 0, cap_cies = 0;
    int rc = 0;
    uint64_t pos = 0;
    while (pos < e->len) {
        uint64_t rec = pos;
        if (!in_range(pos, 4, e->len)) {
            if (until_terminator) break;
            rc = PERR(c, "bad .eh_frame (truncated record at offset 0x%" PRIx64 ")", rec);
            break;
        }
        uint64_t length = rd32(e->p + pos);
        pos += 4;
        if (length == 0) {
            if (until_terminator) break;
            continue; /* a terminator inside the section: skip it */
        }
        if (length == 0xffffffffu) {
            if (!in_range(pos, 8, e->len)) {
                rc = PERR(c, "bad .eh_frame (truncated record at offset 0x%" PRIx64 ")", rec);
                break;
            }
            length = rd64(e->p + pos);
            pos += 8;
        }
        if (length < 4 || !in_range(pos, length, e->len)) {
            rc = PERR(c, "bad .eh_frame (record at offset 0x%" PRIx64 " runs past the end)", rec);
            break;
        }
        uint64_t end = pos + length;
        uint64_t id_pos = pos;
        uint32_t id = rd32(e->p + pos);
        pos += 4;
        if (id == 0) { /* CIE */
            if (n_cies == cap_cies) {
                size_t cap = cap_cies ? cap_cies * 2 : 16;
                cie_info *v = realloc(cies, cap * sizeof *v);
                if (!v) {
                    rc = OOM(c);
                    break;
                }
                cies = v;
                cap_cies = cap;
            }
            cie_info *ci = &cies[n_cies++];
            ci->off = rec;
            ci->fde_enc = 0; /* absptr */
            ci->lsda_enc = 0xff;
            ci->usable = false;
            ci->zaug = false;
            if (pos >= end) goto next;
            uint8_t version = e->p[pos++];
            const uint8_t *aug = e->p + pos;
            const uint8_t *nul = memchr(aug, 0, end - pos);
            if (!nul) goto next;
            pos += (uint64_t)(nul - aug) + 1;
            if (version != 1 && version != 3 && version != 4) goto next;
            if (version == 4) pos += 2; /* address_size, segment_size */
            uint64_t u;
            int64_t s;
            if (!uleb(e, &pos, end, &u) || !sleb(e, &pos, end, &s)) goto next;
            if (version == 1) {
                if (pos >= end) goto next;
                pos++;
            } else if (!uleb(e, &pos, end, &u)) {
                goto next;
            }
            if (aug[0] == 0) {
                ci->usable = true;
                goto next;
            }
            if (aug[0] != 'z') goto next; /* "eh" and other old forms: FDEs not decoded */
            uint64_t alen;
            if (!uleb(e, &pos, end, &alen) || !in_range(pos, alen, end)) goto next;
            uint64_t aend = pos + alen;
            ci->usable = true;
            ci->zaug = true;
            for (const uint8_t *a = aug + 1; *a; a++) {
                if (*a == 'R') {
                    if (pos >= aend) {
                        ci->usable = false;
                        break;
                    }
                    ci->fde_enc = e->p[pos++];
                } else if (*a == 'L') {
                    if (pos >= aend) {
                        ci->usable = false;
                        break;
                    }
                    ci->lsda_enc = e->p[pos++];
                } else if (*a == 'P') {
                    if (pos >= aend) {
                        ci->usable = false;
                        break;
                    }
                    uint8_t penc = e->p[pos++];
                    uint64_t dummy;
                    if (read_encoded(e, &pos, aend, penc & 0x7f, &dummy) < 0) {
                        ci->usable = false;
                        break;
                    }
                } else if (*a != 'S' && *a != 'B' && *a != 'G') {
                    break; /* unknown: the rest is skipped through the length */
                }
            }
        } else { /* FDE: id is the distance back to its CIE */
            if (id > id_pos) {
                rc = PERR(c, "bad .eh_frame (FDE at offset 0x%" PRIx64 " has a bad CIE pointer)",
                          rec);
                break;
            }
            uint64_t cie_off = id_pos - id;
            size_t lo = 0, hi = n_cies;
            const cie_info *ci = NULL;
            while (lo < hi) {
                size_t mid = lo + (hi - lo) / 2;
                if (cies[mid].off == cie_off) {
                    ci = &cies[mid];
                    break;
                }
                if (cies[mid].off < cie_off)
                    lo = mid + 1;
                else
                    hi = mid;
            }
            if (!ci) {
                rc = PERR(c, "bad .eh_frame (FDE at offset 0x%" PRIx64 " has a bad CIE pointer)",
                          rec);
                break;
            }
            if (!ci->usable) goto next;
            uint64_t start, range;
            int r = read_encoded(e, &pos, end, ci->fde_enc, &start);
            if (r < 0) {
                rc = PERR(c, "bad .eh_frame (FDE at offset 0x%" PRIx64 " is truncated)", rec);
                break;
            }
            if (r == 0) goto next;
            int r2 = read_encoded(e, &pos, end, ci->fde_enc & 0x0f, &range);
            if (r2 < 0) {
                rc = PERR(c, "bad .eh_frame (FDE at offset 0x%" PRIx64 " is truncated)", rec);
                break;
            }
            if (r2 == 0) range = 0;
            if (!(start & 1) && aot_in_exec(img, start, 2)) {
                if (range > AOT_MAX_VADDR) range = 0;
                if (vec_push(&c->fde_lo, start) < 0 || vec_push(&c->fde_hi, start + range) < 0) {
                    rc = OOM(c);
                    break;
                }
                uint64_t alen, lsda;
                if (ci->zaug && ci->lsda_enc != 0xff && uleb(e, &pos, end, &alen) &&
                    in_range(pos, alen, end) &&
                    read_encoded(e, &pos, pos + alen, ci->lsda_enc, &lsda) == 1 && lsda &&
                    parse_lsda(c, lsda, start) < 0) {
                    rc = -1;
                    break;
                }
            }
        }
    next:
        pos = end;
    }
    free(cies);
    return rc;
}

static int parse_eh(parse_ctx *c) {
    aot_image *img = c->img;
    const Elf64_Shdr *s = find_section(c, ".eh_frame", SHT_PROGBITS);
    if (s) {
        ehr e = {img->data + s->sh_offset, s->sh_size, s->sh_addr};
        return parse_eh_frame(c, &e, false);
    }
    if (!c->eh_frame_hdr_size) return 0;
    /* No section headers: .eh_frame_hdr gives where .eh_frame starts; it runs to the zero
     * terminator or the end of its segment's file data. */
    uint64_t off;
    if (c->eh_frame_hdr_size < 4 || !vaddr_to_off(img, c->eh_frame_hdr_vaddr, 4, &off)) return 0;
    const aot_segment *hs = seg_of(img, c->eh_frame_hdr_vaddr, c->eh_frame_hdr_size);
    if (!hs) return 0;
    ehr h = {img->data + off, 0, c->eh_frame_hdr_vaddr};
    uint64_t avail = hs->filesz - (c->eh_frame_hdr_vaddr - hs->vaddr);
    h.len = avail < c->eh_frame_hdr_size ? avail : c->eh_frame_hdr_size;
    if (h.p[0] != 1) return 0;
    uint64_t pos = 4, ehf;
    if (read_encoded(&h, &pos, h.len, h.p[1], &ehf) != 1) return 0;
    const aot_segment *es = seg_of(img, ehf, 4);
    if (!es || ehf - es->vaddr >= es->filesz) return 0;
    ehr e = {img->data + es->offset + (ehf - es->vaddr), es->filesz - (ehf - es->vaddr), ehf};
    return parse_eh_frame(c, &e, true);
}

/* -- Dynamic section, relocations, arrays, PLT ------------------------------------------------ */

typedef struct dyninfo {
    uint64_t strtab, strsz, symtab, rela, relasz, relaent, jmprel, pltrelsz, pltrel;
    uint64_t init, fini, init_array, init_arraysz, fini_array, fini_arraysz, preinit_array,
        preinit_arraysz;
    bool has_strtab, has_init, has_fini;
} dyninfo;

static int add_code_root(parse_ctx *c, u64vec *v, uint64_t addr) {
    if (addr & 1 || !aot_in_exec(c->img, addr, 2)) return 0;
    return vec_push(v, addr) < 0 ? OOM(c) : 0;
}

static int array_entries(parse_ctx *c, uint64_t vaddr, uint64_t size) {
    if (!size) return 0;
    if (vec_push(&c->init_slots, vaddr) < 0 || vec_push(&c->init_slots, vaddr + size) < 0)
        return OOM(c);
    for (uint64_t i = 0; i + 8 <= size && i < (1u << 24); i += 8) {
        uint64_t w;
        if (aot_read(c->img, vaddr + i, &w, 8) < 0) break;
        if (w == 0 || w == ~0ull) continue;
        if (add_code_root(c, &c->init, w) < 0) return -1;
    }
    return 0;
}

static bool in_init_slots(const parse_ctx *c, uint64_t vaddr) {
    for (size_t i = 0; i + 1 < c->init_slots.n; i += 2)
        if (vaddr >= c->init_slots.v[i] && vaddr < c->init_slots.v[i + 1]) return true;
    return false;
}

/* Relocations at file offset off, n entries; symbols at file offset symoff, nsym entries. */
static int parse_rela(parse_ctx *c, uint64_t off, uint64_t n, uint64_t symoff, uint64_t nsym) {
    aot_image *img = c->img;
    for (uint64_t i = 0; i < n; i++) {
        Elf64_Rela r;
        memcpy(&r, img->data + off + i * sizeof r, sizeof r);
        uint32_t type = ELF64_R_TYPE(r.r_info);
        uint64_t sym = ELF64_R_SYM(r.r_info), target;
        if (type == R_RISCV_RELATIVE || type == R_RISCV_IRELATIVE) {
            target = (uint64_t)r.r_addend;
        } else if (type == R_RISCV_64 || type == R_RISCV_JUMP_SLOT) {
            if (!sym || sym >= nsym) continue;
            Elf64_Sym s;
            memcpy(&s, img->data + symoff + sym * sizeof s, sizeof s);
            if (s.st_shndx == SHN_UNDEF) continue;
            target = s.st_value + (uint64_t)r.r_addend;
        } else {
            continue;
        }
        if (target & 1 || !aot_in_exec(img, target, 2)) continue;
        if (vec_push(&c->reloc, target) < 0) return OOM(c);
        if (in_init_slots(c, r.r_offset) && vec_push(&c->init, target) < 0) return OOM(c);
    }
    return 0;
}

static int parse_dynamic(parse_ctx *c, dyninfo *d) {
    aot_image *img = c->img;
    memset(d, 0, sizeof *d);
    if (!c->have_dynamic) return 0;
    u64vec needed = {0};
    size_t n = c->dyn_size / sizeof(Elf64_Dyn);
    uint64_t soname = 0;
    bool has_soname = false;
    for (size_t i = 0; i < n; i++) {
        Elf64_Dyn dy;
        memcpy(&dy, img->data + c->dyn_off + i * sizeof dy, sizeof dy);
        uint64_t v = dy.d_un.d_val;
        switch (dy.d_tag) {
        case DT_NULL: i = n; break;
        case DT_NEEDED:
            if (vec_push(&needed, v) < 0) {
                free(needed.v);
                return OOM(c);
            }
            break;
        case DT_SONAME:
            soname = v;
            has_soname = true;
            break;
        case DT_STRTAB:
            d->strtab = v;
            d->has_strtab = true;
            break;
        case DT_STRSZ: d->strsz = v; break;
        case DT_SYMTAB: d->symtab = v; break;
        case DT_RELA: d->rela = v; break;
        case DT_RELASZ: d->relasz = v; break;
        case DT_RELAENT: d->relaent = v; break;
        case DT_JMPREL: d->jmprel = v; break;
        case DT_PLTRELSZ: d->pltrelsz = v; break;
        case DT_PLTREL: d->pltrel = v; break;
        case DT_INIT:
            d->init = v;
            d->has_init = true;
            break;
        case DT_FINI:
            d->fini = v;
            d->has_fini = true;
            break;
        case DT_INIT_ARRAY: d->init_array = v; break;
        case DT_INIT_ARRAYSZ: d->init_arraysz = v; break;
        case DT_FINI_ARRAY: d->fini_array = v; break;
        case DT_FINI_ARRAYSZ: d->fini_arraysz = v; break;
        case DT_PREINIT_ARRAY: d->preinit_array = v; break;
        case DT_PREINIT_ARRAYSZ: d->preinit_arraysz = v; break;
        default: break;
        }
    }
    uint64_t stroff = 0;
    if ((needed.n || has_soname) &&
        (!d->has_strtab || !vaddr_to_off(img, d->strtab, d->strsz, &stroff) || d->strsz == 0)) {
        free(needed.v);
        return PERR(c, "bad dynamic section (string table)");
    }
    const char *strs = (const char *)img->data + stroff;
    if (needed.n) {
        img->needed = calloc(needed.n, sizeof *img->needed);
        if (!img->needed) {
            free(needed.v);
            return OOM(c);
        }
    }
    for (size_t i = 0; i < needed.n; i++) {
        uint64_t o = needed.v[i];
        if (o >= d->strsz || !memchr(strs + o, 0, d->strsz - o)) {
            free(needed.v);
            return PERR(c, "bad dynamic section (DT_NEEDED name)");
        }
        img->needed[i] = strdup(strs + o);
        if (!img->needed[i]) {
            free(needed.v);
            return OOM(c);
        }
        img->n_needed++;
    }
    free(needed.v);
    if (has_soname) {
        if (soname >= d->strsz || !memchr(strs + soname, 0, d->strsz - soname))
            return PERR(c, "bad dynamic section (DT_SONAME name)");
        img->soname = strs + soname;
    }
    if (d->has_init && add_code_root(c, &c->init, d->init) < 0) return -1;
    if (d->has_fini && add_code_root(c, &c->init, d->fini) < 0) return -1;
    return 0;
}

static int parse_relocs(parse_ctx *c, const dyninfo *d) {
    aot_image *img = c->img;
    bool any = false;
    for (size_t i = 1; i < c->shnum; i++) {
        const Elf64_Shdr *s = &c->sh[i];
        if (s->sh_type != SHT_RELA || !(s->sh_flags & SHF_ALLOC)) continue;
        const char *name = sect_name(c, s->sh_name);
        if (s->sh_entsize != sizeof(Elf64_Rela))
            return PERR(c, "bad %s (entry size %" PRIu64 ")", name[0] ? name : "relocation section",
                        (uint64_t)s->sh_entsize);
        uint64_t symoff = 0, nsym = 0;
        if (s->sh_link) {
            if (s->sh_link >= c->shnum || (c->sh[s->sh_link].sh_type != SHT_DYNSYM &&
                                           c->sh[s->sh_link].sh_type != SHT_SYMTAB))
                return PERR(c, "bad %s (symbol table link %u)",
                            name[0] ? name : "relocation section", s->sh_link);
            const Elf64_Shdr *sy = &c->sh[s->sh_link];
            if (sy->sh_entsize != sizeof(Elf64_Sym))
                return PERR(c, "bad symbol table (entry size %" PRIu64 ")",
                            (uint64_t)sy->sh_entsize);
            symoff = sy->sh_offset;
            nsym = sy->sh_size / sizeof(Elf64_Sym);
        }
        any = true;
        if (parse_rela(c, s->sh_offset, s->sh_size / sizeof(Elf64_Rela), symoff, nsym) < 0)
            return -1;
    }
    if (any || !c->have_dynamic) return 0;
    /* no section headers: the dynamic section's tables (symbols bounded by their segment) */
    uint64_t symoff = 0, nsym = 0;
    const aot_segment *ss = d->symtab ? seg_of(img, d->symtab, 1) : NULL;
    if (ss && d->symtab - ss->vaddr < ss->filesz) {
        symoff = ss->offset + (d->symtab - ss->vaddr);
        nsym = (ss->filesz - (d->symtab - ss->vaddr)) / sizeof(Elf64_Sym);
    }
    uint64_t off;
    if (d->relasz) {
        if (!vaddr_to_off(img, d->rela, d->relasz, &off))
            return PERR(c, "bad dynamic section (DT_RELA past the end)");
        if (parse_rela(c, off, d->relasz / sizeof(Elf64_Rela), symoff, nsym) < 0) return -1;
    }
    if (d->pltrelsz && d->pltrel == DT_RELA) {
        if (!vaddr_to_off(img, d->jmprel, d->pltrelsz, &off))
            return PERR(c, "bad dynamic section (DT_JMPREL past the end)");
        if (parse_rela(c, off, d->pltrelsz / sizeof(Elf64_Rela), symoff, nsym) < 0) return -1;
    }
    return 0;
}

static int parse_arrays_and_plt(parse_ctx *c, const dyninfo *d) {
    bool any = false;
    for (size_t i = 1; i < c->shnum; i++) {
        const Elf64_Shdr *s = &c->sh[i];
        if (s->sh_type != SHT_INIT_ARRAY && s->sh_type != SHT_FINI_ARRAY &&
            s->sh_type != SHT_PREINIT_ARRAY)
            continue;
        any = true;
        if (array_entries(c, s->sh_addr, s->sh_size) < 0) return -1;
    }
    if (!any) {
        if (array_entries(c, d->init_array, d->init_arraysz) < 0 ||
            array_entries(c, d->fini_array, d->fini_arraysz) < 0 ||
            array_entries(c, d->preinit_array, d->preinit_arraysz) < 0)
            return -1;
    }
    const Elf64_Shdr *plt = find_section(c, ".plt", SHT_PROGBITS);
    if (plt && (plt->sh_flags & SHF_EXECINSTR) && plt->sh_size >= 32) {
        if (add_code_root(c, &c->plt, plt->sh_addr) < 0) return -1;
        for (uint64_t o = 32; o + 16 <= plt->sh_size && o < (1u << 28); o += 16)
            if (add_code_root(c, &c->plt, plt->sh_addr + o) < 0) return -1;
    }
    return 0;
}

/* -- Headers --------------------------------------------------------------------------------- */

static int cmp_range(const void *a, const void *b) {
    const struct aot_range *x = a, *y = b;
    if (x->lo != y->lo) return x->lo < y->lo ? -1 : 1;
    return x->hi < y->hi ? -1 : x->hi > y->hi;
}

static int parse_phdrs(parse_ctx *c) {
    aot_image *img = c->img;
    const Elf64_Ehdr *eh = &c->eh;
    if (eh->e_phnum == 0) return PERR(c, "no program headers");
    if (eh->e_phentsize != sizeof(Elf64_Phdr))
        return PERR(c, "bad program header entry size %u", eh->e_phentsize);
    if (eh->e_phnum == PN_XNUM) return PERR(c, "too many program headers");
    if (!in_range(eh->e_phoff, (uint64_t)eh->e_phnum * sizeof(Elf64_Phdr), img->size))
        return PERR(c, "truncated ELF file (program headers past the end)");
    img->segs = calloc(eh->e_phnum, sizeof *img->segs);
    if (!img->segs) return OOM(c);
    bool exec = false;
    for (size_t i = 0; i < eh->e_phnum; i++) {
        Elf64_Phdr ph;
        memcpy(&ph, img->data + eh->e_phoff + i * sizeof ph, sizeof ph);
        if (ph.p_type == PT_NULL) continue;
        if (ph.p_filesz && !in_range(ph.p_offset, ph.p_filesz, img->size))
            return PERR(c, "truncated ELF file (program header %zu data past the end)", i);
        switch (ph.p_type) {
        case PT_LOAD: {
            if (ph.p_filesz > ph.p_memsz)
                return PERR(c, "bad program header %zu (file size larger than memory size)", i);
            if (ph.p_vaddr >= AOT_MAX_VADDR || ph.p_memsz > AOT_MAX_VADDR - ph.p_vaddr)
                return PERR(c, "bad program header %zu (address out of range)", i);
            if (ph.p_memsz == 0) break;
            aot_segment *s = &img->segs[img->n_segs++];
            s->vaddr = ph.p_vaddr;
            s->memsz = ph.p_memsz;
            s->offset = ph.p_offset;
            s->filesz = ph.p_filesz;
            s->flags = ph.p_flags & (PF_X | PF_W | PF_R);
            if (s->flags & PF_X) exec = true;
            break;
        }
        case PT_INTERP:
            if (ph.p_filesz == 0 || img->data[ph.p_offset + ph.p_filesz - 1] != 0 ||
                strlen((const char *)img->data + ph.p_offset) == 0)
                return PERR(c, "bad PT_INTERP (not a NUL-terminated path)");
            img->interp = (const char *)img->data + ph.p_offset;
            break;
        case PT_DYNAMIC:
            c->have_dynamic = true;
            c->dyn_off = ph.p_offset;
            c->dyn_size = ph.p_filesz;
            break;
        case PT_GNU_EH_FRAME:
            c->eh_frame_hdr_vaddr = ph.p_vaddr;
            c->eh_frame_hdr_size = ph.p_filesz;
            break;
        default: break;
        }
    }
    if (!exec) return PERR(c, "no executable segment");
    /* PT_LOAD segments must not overlap */
    for (size_t i = 0; i < img->n_segs; i++)
        for (size_t j = i + 1; j < img->n_segs; j++) {
            const aot_segment *a = &img->segs[i], *b = &img->segs[j];
            if (a->vaddr < b->vaddr + b->memsz && b->vaddr < a->vaddr + a->memsz)
                return PERR(c, "overlapping PT_LOAD segments");
        }
    if (eh->e_entry || eh->e_type == ET_EXEC) {
        if (!aot_in_exec(img, eh->e_entry, 2) || (eh->e_entry & 1))
            return PERR(c, "entry point 0x%" PRIx64 " is not in an executable segment",
                        (uint64_t)eh->e_entry);
    }
    return 0;
}

static int parse_shdrs(parse_ctx *c) {
    aot_image *img = c->img;
    const Elf64_Ehdr *eh = &c->eh;
    if (eh->e_shoff == 0) return 0;
    if (eh->e_shentsize != sizeof(Elf64_Shdr))
        return PERR(c, "bad section header entry size %u", eh->e_shentsize);
    if (!in_range(eh->e_shoff, sizeof(Elf64_Shdr), img->size))
        return PERR(c, "truncated ELF file (section headers past the end)");
    Elf64_Shdr sh0;
    memcpy(&sh0, img->data + eh->e_shoff, sizeof sh0);
    uint64_t shnum = eh->e_shnum ? eh->e_shnum : sh0.sh_size;
    if (shnum == 0) return 0;
    if (shnum > (img->size - eh->e_shoff) / sizeof(Elf64_Shdr))
        return PERR(c, "truncated ELF file (section headers past the end)");
    uint32_t shstrndx = eh->e_shstrndx == SHN_XINDEX ? sh0.sh_link : eh->e_shstrndx;
    if (shstrndx != SHN_UNDEF && shstrndx >= shnum)
        return PERR(c, "bad section name string table index %u", shstrndx);
    c->sh = malloc(shnum * sizeof *c->sh);
    if (!c->sh) return OOM(c);
    memcpy(c->sh, img->data + eh->e_shoff, shnum * sizeof *c->sh);
    c->shnum = shnum;
    for (size_t i = 1; i < shnum; i++) {
        const Elf64_Shdr *s = &c->sh[i];
        if (s->sh_type == SHT_NOBITS || s->sh_type == SHT_NULL) continue;
        if (!in_range(s->sh_offset, s->sh_size, img->size))
            return PERR(c, "truncated ELF file (section %zu data past the end)", i);
    }
    if (shstrndx != SHN_UNDEF) {
        const Elf64_Shdr *s = &c->sh[shstrndx];
        if (s->sh_type != SHT_STRTAB)
            return PERR(c, "bad section name string table (section %u is not a string table)",
                        shstrndx);
        c->shstr = (const char *)img->data + s->sh_offset;
        c->shstr_size = s->sh_size;
    }
    img->sects = calloc(shnum, sizeof *img->sects);
    if (!img->sects) return OOM(c);
    for (size_t i = 0; i < shnum; i++) {
        const Elf64_Shdr *s = &c->sh[i];
        img->sects[i] = (aot_section){sect_name(c, s->sh_name),
                                      s->sh_type,
                                      s->sh_flags,
                                      s->sh_addr,
                                      s->sh_offset,
                                      s->sh_size};
    }
    img->n_sects = shnum;
    return 0;
}

static int build_code_ranges(parse_ctx *c) {
    aot_image *img = c->img;
    size_t cap = c->shnum + img->n_segs;
    img->code = calloc(cap, sizeof *img->code);
    if (!img->code) return OOM(c);
    size_t n = 0;
    for (size_t i = 1; i < c->shnum; i++) {
        const Elf64_Shdr *s = &c->sh[i];
        if (s->sh_type != SHT_PROGBITS ||
            (s->sh_flags & (SHF_ALLOC | SHF_EXECINSTR)) != (SHF_ALLOC | SHF_EXECINSTR))
            continue;
        if (!s->sh_size || !aot_in_exec(img, s->sh_addr, s->sh_size)) continue;
        img->code[n++] = (struct aot_range){s->sh_addr, s->sh_addr + s->sh_size};
    }
    if (n == 0)
        for (size_t i = 0; i < img->n_segs; i++)
            if (img->segs[i].flags & PF_X)
                img->code[n++] =
                    (struct aot_range){img->segs[i].vaddr, img->segs[i].vaddr + img->segs[i].memsz};
    qsort(img->code, n, sizeof *img->code, cmp_range);
    size_t k = 0;
    for (size_t i = 0; i < n; i++) {
        if (k && img->code[i].lo <= img->code[k - 1].hi) {
            if (img->code[i].hi > img->code[k - 1].hi) img->code[k - 1].hi = img->code[i].hi;
        } else {
            img->code[k++] = img->code[i];
        }
    }
    img->n_code = k;
    return 0;
}

static int finish_lists(parse_ctx *c) {
    aot_image *img = c->img;
    /* symbols: sort, dedup by address */
    if (c->syms.n) {
        qsort(c->syms.v, c->syms.n, sizeof *c->syms.v, cmp_sym);
        size_t k = 1;
        for (size_t i = 1; i < c->syms.n; i++)
            if (c->syms.v[i].addr != c->syms.v[k - 1].addr) c->syms.v[k++] = c->syms.v[i];
        img->syms = c->syms.v;
        img->n_syms = k;
        c->syms.v = NULL;
    }
    /* FDEs: sort pairs by start */
    size_t n = c->fde_lo.n;
    if (n) {
        struct aot_range *r = malloc(n * sizeof *r);
        uint64_t *f = malloc(n * sizeof *f);
        if (!r || !f) {
            free(r);
            free(f);
            return OOM(c);
        }
        for (size_t i = 0; i < n; i++)
            r[i] = (struct aot_range){c->fde_lo.v[i], c->fde_hi.v[i]};
        qsort(r, n, sizeof *r, cmp_range);
        size_t k = 0;
        for (size_t i = 0; i < n; i++) {
            if (k && r[i].lo == r[k - 1].lo) {
                if (r[i].hi > r[k - 1].hi) r[k - 1].hi = r[i].hi;
                continue;
            }
            r[k++] = r[i];
        }
        for (size_t i = 0; i < k; i++)
            f[i] = r[i].lo;
        img->fdes = f;
        img->fde_ranges = r;
        img->n_fdes = k;
    }
    img->n_init_roots = sort_unique(c->init.v, c->init.n);
    img->init_roots = c->init.v;
    c->init.v = NULL;
    img->n_plt_roots = sort_unique(c->plt.v, c->plt.n);
    img->plt_roots = c->plt.v;
    c->plt.v = NULL;
    img->n_reloc_roots = sort_unique(c->reloc.v, c->reloc.n);
    img->reloc_roots = c->reloc.v;
    c->reloc.v = NULL;
    img->n_lpad_roots = sort_unique(c->lpad.v, c->lpad.n);
    img->lpad_roots = c->lpad.v;
    c->lpad.v = NULL;
    return 0;
}

static int parse_image(aot_image *img, char *err, size_t errlen) {
    parse_ctx c = {.img = img, .err = err, .errlen = errlen};
    int rc = -1;
    const uint8_t *d = img->data;
    if (img->size < 4 || memcmp(d, ELFMAG, SELFMAG) != 0) {
        set_err(err, errlen, "not an ELF file");
        goto out;
    }
    if (img->size < EI_NIDENT) {
        set_err(err, errlen, "truncated ELF file (ELF header)");
        goto out;
    }
    if (d[EI_CLASS] == ELFCLASS32) {
        set_err(err, errlen, "32-bit ELF is not supported");
        goto out;
    }
    if (d[EI_CLASS] != ELFCLASS64) {
        set_err(err, errlen, "bad ELF class %u", d[EI_CLASS]);
        goto out;
    }
    if (d[EI_DATA] == ELFDATA2MSB) {
        set_err(err, errlen, "big-endian ELF is not supported");
        goto out;
    }
    if (d[EI_DATA] != ELFDATA2LSB) {
        set_err(err, errlen, "bad ELF data encoding %u", d[EI_DATA]);
        goto out;
    }
    if (d[EI_VERSION] != EV_CURRENT) {
        set_err(err, errlen, "unsupported ELF version %u", d[EI_VERSION]);
        goto out;
    }
    if (img->size < sizeof(Elf64_Ehdr)) {
        set_err(err, errlen, "truncated ELF file (ELF header)");
        goto out;
    }
    memcpy(&c.eh, d, sizeof c.eh);
    if (c.eh.e_machine != EM_RISCV) {
        const char *m = machine_name(c.eh.e_machine);
        if (m)
            set_err(err, errlen, "unsupported machine %s (recomp translates RISC-V RV64)", m);
        else
            set_err(err, errlen, "unsupported machine %u (recomp translates RISC-V RV64)",
                    c.eh.e_machine);
        goto out;
    }
    if (c.eh.e_type != ET_EXEC && c.eh.e_type != ET_DYN) {
        if (c.eh.e_type == ET_REL)
            set_err(err, errlen, "relocatable object files are not supported (link it first)");
        else if (c.eh.e_type == ET_CORE)
            set_err(err, errlen, "core files are not supported");
        else
            set_err(err, errlen, "unsupported ELF type %u", c.eh.e_type);
        goto out;
    }
    img->type = c.eh.e_type;
    img->entry = c.eh.e_entry;
    if (parse_phdrs(&c) < 0 || parse_shdrs(&c) < 0 || build_code_ranges(&c) < 0) goto out;
    for (size_t i = 1; i < c.shnum; i++)
        if (c.sh[i].sh_type == SHT_SYMTAB || c.sh[i].sh_type == SHT_DYNSYM)
            if (parse_symtab(&c, &c.sh[i], i) < 0) goto out;
    dyninfo dy;
    if (parse_eh(&c) < 0 || parse_dynamic(&c, &dy) < 0 || parse_arrays_and_plt(&c, &dy) < 0 ||
        parse_relocs(&c, &dy) < 0 || finish_lists(&c) < 0)
        goto out;
    img->gp = c.gp;
    rc = 0;
out:
    free(c.sh);
    free(c.fde_lo.v);
    free(c.fde_hi.v);
    free(c.init.v);
    free(c.plt.v);
    free(c.reloc.v);
    free(c.lpad.v);
    free(c.init_slots.v);
    free(c.syms.v);
    return rc;
}

int aot_open_mem(const void *buf, size_t len, aot_image *img, char *err, size_t errlen) {
    memset(img, 0, sizeof *img);
    if (len == 0) return set_err(err, errlen, "empty file");
    uint8_t *copy = malloc(len);
    if (!copy) return set_err(err, errlen, "out of memory");
    memcpy(copy, buf, len);
    img->data = copy;
    img->size = len;
    if (parse_image(img, err, errlen) < 0) {
        aot_close(img);
        return -1;
    }
    return 0;
}

int aot_open(const char *path, aot_image *img, char *err, size_t errlen) {
    memset(img, 0, sizeof *img);
    int fd = open(path, O_RDONLY | O_CLOEXEC);
    if (fd < 0) return set_err(err, errlen, "cannot open: %s", strerror(errno));
    struct stat st;
    if (fstat(fd, &st) < 0) {
        int e = errno;
        close(fd);
        return set_err(err, errlen, "cannot stat: %s", strerror(e));
    }
    if (S_ISDIR(st.st_mode)) {
        close(fd);
        return set_err(err, errlen, "is a directory");
    }
    if (!S_ISREG(st.st_mode)) {
        close(fd);
        return set_err(err, errlen, "not a regular file");
    }
    if (st.st_size == 0) {
        close(fd);
        return set_err(err, errlen, "empty file");
    }
    if ((uint64_t)st.st_size > AOT_MAX_FILE) {
        close(fd);
        return set_err(err, errlen, "file too large");
    }
    size_t len = (size_t)st.st_size;
    uint8_t *buf = malloc(len);
    if (!buf) {
        close(fd);
        return set_err(err, errlen, "out of memory");
    }
    size_t got = 0;
    while (got < len) {
        ssize_t r = read(fd, buf + got, len - got);
        if (r < 0 && errno == EINTR) continue;
        if (r < 0) {
            int e = errno;
            free(buf);
            close(fd);
            return set_err(err, errlen, "cannot read: %s", strerror(e));
        }
        if (r == 0) break; /* shrank under us: parse what we have */
        got += (size_t)r;
    }
    close(fd);
    if (got == 0) {
        free(buf);
        return set_err(err, errlen, "empty file");
    }
    img->data = buf;
    img->size = got;
    if (parse_image(img, err, errlen) < 0) {
        aot_close(img);
        return -1;
    }
    return 0;
}

void aot_close(aot_image *img) {
    if (!img) return;
    free((void *)img->data);
    free(img->segs);
    free(img->syms);
    for (size_t i = 0; i < img->n_needed; i++)
        free(img->needed[i]);
    free(img->needed);
    free(img->sects);
    free(img->code);
    free(img->fdes);
    free(img->fde_ranges);
    free(img->init_roots);
    free(img->plt_roots);
    free(img->reloc_roots);
    free(img->lpad_roots);
    memset(img, 0, sizeof *img);
}

const aot_symbol *aot_symbol_at(const aot_image *img, uint64_t addr) {
    size_t lo = 0, hi = img->n_syms;
    while (lo < hi) { /* first symbol with sym.addr > addr */
        size_t mid = lo + (hi - lo) / 2;
        if (img->syms[mid].addr <= addr)
            lo = mid + 1;
        else
            hi = mid;
    }
    if (lo == 0) return NULL;
    const aot_symbol *s = &img->syms[lo - 1];
    if (s->size ? addr - s->addr < s->size : true) return s;
    return NULL;
}

int aot_hostfn_at(uint64_t pc, void *img) {
    const aot_symbol *s = aot_symbol_at(img, pc);
    return s && s->addr == pc && !s->ifunc ? hostfn_by_name(s->name) : HOSTFN_NONE;
}

/* ============================================================================================ */
/* Discovery                                                                                    */
/* ============================================================================================ */

/* Abstract value of an IR temp / guest register:
 *   VAL    (value #vn << shift) + c, value #vn unknown; with ubase, + the unknown value #c2
 *          (a table base set outside the unit)
 *   CONST  c (pcrel: built from auipc; derived: computed, not a bare lui/auipc/link value)
 *   LTU    (value #vn <u c) as 0/1
 *   TLOAD  an entry of the table at c (0: at unknown base #c2), stride `shift` bytes, index #vn
 *   TREL   that 4-byte entry plus the table base c2 (c == 0: base unknown)
 */
enum { AV_VAL, AV_CONST, AV_LTU, AV_TLOAD, AV_TREL };

typedef struct av {
    uint8_t k;
    uint8_t shift;
    uint8_t pcrel : 1, derived : 1, sext : 1, ubase : 1;
    uint32_t vn;
    uint64_t c, c2;
} av;

#define MEMO_MAX  32
#define BOUND_MAX 32

typedef struct memo_ent {
    uint8_t key_const; /* base is a constant (c) or value #vn */
    uint8_t size;
    uint32_t vn;
    uint64_t c;
    int64_t off;
    av val;
} memo_ent;

typedef struct pending_table {
    uint64_t jr_pc;
    uint32_t count; /* 0 = unknown */
    uint8_t stride; /* 4 (relative) or 8 (absolute) */
} pending_table;

typedef struct dctx {
    const aot_image *img;
    aot_discovery *out;
    unsigned skip;
    int max_insns;
    ir_unit *u;
    av *tv; /* per temp */
    av regs[32];
    memo_ent memo[MEMO_MAX];
    int n_memo;
    struct {
        uint32_t vn, count;
    } bound[BOUND_MAX];
    int n_bound;
    uint32_t next_vn;
    uint64_t gp;
    /* root set: open addressing, key UINT64_MAX = empty; per key a mask of sources */
    uint64_t *keys;
    uint16_t *srcs;
    size_t hcap, hcount;
    u64vec work;
    u64vec funcs;  /* function starts (deduplicated at the end) */
    u64vec spans;  /* unit [start, end) pairs for coverage */
    u64vec tables; /* table addresses seen (dedup for the count) */
    u64vec dconst; /* (pc, value) pairs: data addresses built in code */
    struct {
        pending_table *v;
        size_t n, cap;
    } pend;
    uint8_t *bmap; /* instruction-start bitmap over the code ranges (bit per halfword) */
    uint64_t *bmap_base;
    bool oom;
} dctx;

static inline uint64_t hash64(uint64_t x) {
    x ^= x >> 33;
    x *= 0xff51afd7ed558ccdull;
    x ^= x >> 33;
    return x;
}

static bool hash_grow(dctx *d) {
    size_t cap = d->hcap ? d->hcap * 2 : 4096;
    uint64_t *keys = malloc(cap * sizeof *keys);
    uint16_t *srcs = calloc(cap, sizeof *srcs);
    if (!keys || !srcs) {
        free(keys);
        free(srcs);
        d->oom = true;
        return false;
    }
    memset(keys, 0xff, cap * sizeof *keys);
    for (size_t i = 0; i < d->hcap; i++) {
        if (d->keys[i] == UINT64_MAX) continue;
        size_t j = hash64(d->keys[i]) & (cap - 1);
        while (keys[j] != UINT64_MAX)
            j = (j + 1) & (cap - 1);
        keys[j] = d->keys[i];
        srcs[j] = d->srcs[i];
    }
    free(d->keys);
    free(d->srcs);
    d->keys = keys;
    d->srcs = srcs;
    d->hcap = cap;
    return true;
}

/* Code-range index of addr for the bitmap, or -1. */
static long code_index(const aot_image *img, uint64_t addr) {
    size_t lo = 0, hi = img->n_code;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (addr < img->code[mid].lo)
            hi = mid;
        else if (addr >= img->code[mid].hi)
            lo = mid + 1;
        else
            return (long)mid;
    }
    return -1;
}

static bool bmap_get(const dctx *d, uint64_t addr) {
    long i = code_index(d->img, addr);
    if (i < 0) return true; /* not in the map: no opinion */
    uint64_t bit = d->bmap_base[i] + (addr - d->img->code[i].lo) / 2;
    return d->bmap[bit / 8] >> (bit % 8) & 1;
}

/* Linear sweep of the code ranges, resynchronised at every symbol and FDE start: marks the
 * halfwords where an instruction starts. RISC-V code has no data in it, so this is exact for
 * compiler output. */
static int build_bitmap(dctx *d) {
    const aot_image *img = d->img;
    d->bmap_base = calloc(img->n_code + 1, sizeof *d->bmap_base);
    if (!d->bmap_base) return -1;
    uint64_t bits = 0;
    for (size_t i = 0; i < img->n_code; i++) {
        d->bmap_base[i] = bits;
        bits += (img->code[i].hi - img->code[i].lo + 1) / 2;
    }
    d->bmap_base[img->n_code] = bits;
    d->bmap = calloc(bits / 8 + 1, 1);
    if (!d->bmap) return -1;
    /* sync points: range starts, symbols, FDEs, entry */
    u64vec sync = {0};
    for (size_t i = 0; i < img->n_code; i++)
        if (vec_push(&sync, img->code[i].lo) < 0) goto oom;
    for (size_t i = 0; i < img->n_syms; i++)
        if (vec_push(&sync, img->syms[i].addr) < 0) goto oom;
    for (size_t i = 0; i < img->n_fdes; i++)
        if (vec_push(&sync, img->fdes[i]) < 0) goto oom;
    if (img->entry && vec_push(&sync, img->entry) < 0) goto oom;
    sync.n = sort_unique(sync.v, sync.n);
    /* from the last sync point down: past the next one, stop where an earlier sweep agrees */
    for (size_t s = sync.n; s-- > 0;) {
        uint64_t pc = sync.v[s];
        long ci = code_index(img, pc);
        if (ci < 0 || (pc & 1)) continue;
        uint64_t hi = img->code[ci].hi, base = d->bmap_base[ci], lo = img->code[ci].lo;
        uint64_t stop = s + 1 < sync.n && sync.v[s + 1] < hi ? sync.v[s + 1] : hi;
        while (pc < hi) {
            uint64_t bit = base + (pc - lo) / 2;
            if (pc >= stop && (d->bmap[bit / 8] >> (bit % 8) & 1)) break; /* in sync again */
            d->bmap[bit / 8] |= (uint8_t)(1u << (bit % 8));
            uint8_t b[2];
            if (aot_read(img, pc, b, 2) < 0) break;
            pc += rv64_insn_length((uint16_t)(b[0] | b[1] << 8));
        }
    }
    free(sync.v);
    return 0;
oom:
    free(sync.v);
    return -1;
}

/* Add a root. Returns true if pc was new. */
static bool add_root(dctx *d, uint64_t pc, int src) {
    if (d->skip & (1u << src)) return false;
    if ((pc & 1) || !aot_in_exec(d->img, pc, 2)) return false;
    if ((d->hcount + 1) * 2 > d->hcap && !hash_grow(d)) return false;
    size_t j = hash64(pc) & (d->hcap - 1);
    while (d->keys[j] != UINT64_MAX && d->keys[j] != pc)
        j = (j + 1) & (d->hcap - 1);
    bool fresh = d->keys[j] == UINT64_MAX;
    if (fresh) {
        d->keys[j] = pc;
        d->hcount++;
        d->out->n_new_by_source[src]++;
        if (vec_push(&d->work, pc) < 0) d->oom = true;
    }
    if (!(d->srcs[j] & (1u << src))) {
        d->srcs[j] |= (uint16_t)(1u << src);
        d->out->n_roots_by_source[src]++;
    }
    return fresh;
}

static void add_func(dctx *d, uint64_t pc) {
    if (vec_push(&d->funcs, pc) < 0) d->oom = true;
}

/* A pointer-like root from data or code constants: must be an instruction start in code. */
static void add_ptr_root(dctx *d, uint64_t pc, int src) {
    if ((pc & 1) || !aot_in_code(d->img, pc) || !bmap_get(d, pc)) return;
    add_root(d, pc, src);
}

/* -- Abstract interpretation of one unit ---------------------------------------------------- */

static av av_fresh(dctx *d) {
    return (av){.k = AV_VAL, .vn = ++d->next_vn};
}
static av av_const(uint64_t c, bool pcrel) {
    return (av){.k = AV_CONST, .c = c, .pcrel = pcrel};
}
static bool is_plain(const av *a) { /* an unknown value with nothing applied */
    return a->k == AV_VAL && a->vn && a->shift == 0 && a->c == 0;
}

static void set_bound(dctx *d, uint32_t vn, uint64_t count) {
    if (!vn || count == 0 || count > TABLE_MAX_BOUND) return;
    for (int i = 0; i < d->n_bound; i++)
        if (d->bound[i].vn == vn) {
            if (count < d->bound[i].count) d->bound[i].count = (uint32_t)count;
            return;
        }
    if (d->n_bound < BOUND_MAX) {
        d->bound[d->n_bound].vn = vn;
        d->bound[d->n_bound].count = (uint32_t)count;
        d->n_bound++;
    }
}

static uint32_t get_bound(const dctx *d, uint32_t vn) {
    for (int i = 0; i < d->n_bound; i++)
        if (d->bound[i].vn == vn) return d->bound[i].count;
    return 0;
}

/* Memory slot key of a load/store base. */
static bool memo_key(const av *base, memo_ent *k) {
    if (base->k == AV_CONST) {
        k->key_const = 1;
        k->c = base->c;
        k->vn = 0;
        return true;
    }
    if (base->k == AV_VAL && base->vn) {
        k->key_const = 0;
        k->vn = base->vn;
        k->c = base->c + ((uint64_t)base->shift << 56);
        return true;
    }
    return false;
}

static memo_ent *memo_find(dctx *d, const memo_ent *k) {
    for (int i = 0; i < d->n_memo; i++) {
        memo_ent *m = &d->memo[i];
        if (m->key_const == k->key_const && m->vn == k->vn && m->c == k->c && m->off == k->off &&
            m->size == k->size)
            return m;
    }
    return NULL;
}

static void memo_put(dctx *d, const memo_ent *k, const av *val) {
    memo_ent *m = memo_find(d, k);
    if (!m) {
        if (d->n_memo == MEMO_MAX)
            memmove(d->memo, d->memo + 1, (MEMO_MAX - 1) * sizeof *d->memo);
        else
            d->n_memo++;
        m = &d->memo[d->n_memo - 1];
        *m = *k;
    }
    m->val = *val;
}

/* Is v a data address (in a loaded segment, not in code)? */
static bool is_data_addr(const dctx *d, uint64_t v) {
    return !aot_in_code(d->img, v) && seg_of(d->img, v, 1) != NULL;
}

/* A computed constant was written to a guest register: record code and data addresses. PIC
 * code builds addresses only from auipc; absolute code (ET_EXEC) with lui or li too. */
static void note_const(dctx *d, const av *a, uint64_t pc) {
    if (a->k != AV_CONST || !a->derived) return;
    if (!a->pcrel && d->img->type != ET_EXEC) return;
    uint64_t v = a->c;
    if (aot_in_code(d->img, v)) {
        add_ptr_root(d, v, AOT_SRC_CODE_CONST);
    } else if (is_data_addr(d, v)) {
        if (vec_push(&d->dconst, pc) < 0 || vec_push(&d->dconst, v) < 0) d->oom = true;
    }
}

/* Whether a constant added to an unknown value looks like a table base rather than an offset. */
static bool addr_like(const dctx *d, const av *y) {
    if (y->k != AV_CONST) return false;
    if (!y->pcrel && d->img->type != ET_EXEC) return false;
    return seg_of(d->img, y->c, 1) != NULL;
}

/* The function range containing pc: FDE range, else sized symbol. */
static bool func_range(const aot_image *img, uint64_t pc, uint64_t *lo, uint64_t *hi) {
    size_t a = 0, b = img->n_fdes;
    while (a < b) {
        size_t mid = a + (b - a) / 2;
        if (img->fde_ranges[mid].lo <= pc)
            a = mid + 1;
        else
            b = mid;
    }
    if (a && pc < img->fde_ranges[a - 1].hi) {
        *lo = img->fde_ranges[a - 1].lo;
        *hi = img->fde_ranges[a - 1].hi;
        return true;
    }
    const aot_symbol *s = aot_symbol_at(img, pc);
    if (s && s->size) {
        *lo = s->addr;
        *hi = s->addr + s->size;
        return true;
    }
    return false;
}

/* Read a jump table and add its targets. stride 8: absolute entries; 4: sext32(entry) + base.
 * count 0: unknown, read until the first invalid entry. Returns the number of valid targets. */
static size_t scan_table(dctx *d, uint64_t jr_pc, uint64_t table, int stride, uint64_t base,
                         uint32_t count) {
    uint64_t flo = 0, fhi = 0;
    uint32_t limit = count ? count : TABLE_MAX;
    if (!func_range(d->img, jr_pc, &flo, &fhi)) {
        /* no FDE or sized symbol (stripped code): targets near the jump */
        flo = jr_pc > TABLE_WINDOW ? jr_pc - TABLE_WINDOW : 0;
        fhi = jr_pc + TABLE_WINDOW;
        if (!count) limit = TABLE_MAX / 4;
    }
    size_t valid = 0;
    for (uint32_t i = 0; i < limit; i++) {
        uint64_t t;
        if (stride == 8) {
            if (aot_read(d->img, table + (uint64_t)i * 8, &t, 8) < 0) break;
        } else {
            uint32_t e;
            if (aot_read(d->img, table + (uint64_t)i * 4, &e, 4) < 0) break;
            t = base + (uint64_t)(int64_t)(int32_t)e;
        }
        bool ok = !(t & 1) && t >= flo && t < fhi && aot_in_code(d->img, t) && bmap_get(d, t);
        if (!ok) {
            if (count) continue;
            break;
        }
        valid++;
        add_root(d, t, AOT_SRC_JUMP_TABLE);
    }
    if (valid && vec_push(&d->tables, table) < 0) d->oom = true;
    return valid;
}

static void add_pending(dctx *d, uint64_t jr_pc, int stride, uint32_t count) {
    if (d->pend.n == d->pend.cap) {
        size_t cap = d->pend.cap ? d->pend.cap * 2 : 64;
        pending_table *v = realloc(d->pend.v, cap * sizeof *v);
        if (!v) {
            d->oom = true;
            return;
        }
        d->pend.v = v;
        d->pend.cap = cap;
    }
    d->pend.v[d->pend.n++] = (pending_table){jr_pc, count, (uint8_t)stride};
}

/* The indirect jump ending the unit: jump tables and constant targets. */
static void analyze_indirect(dctx *d, const av *t, uint64_t jr_pc) {
    switch (t->k) {
    case AV_CONST: add_root(d, t->c, AOT_SRC_DIRECT); break;
    case AV_TLOAD:
        if (t->shift != 8) break;
        if (t->c)
            scan_table(d, jr_pc, t->c, 8, 0, get_bound(d, t->vn));
        else
            add_pending(d, jr_pc, 8, get_bound(d, t->vn));
        break;
    case AV_TREL:
        if (t->c)
            scan_table(d, jr_pc, t->c, 4, t->c2, get_bound(d, t->vn));
        else
            add_pending(d, jr_pc, 4, get_bound(d, t->vn));
        break;
    default: break;
    }
}

static av binop(dctx *d, const ir_insn *in, const av *a, const av *b) {
    if (a->k == AV_CONST && b->k == AV_CONST) {
        uint64_t r;
        if (!ir_eval(in, a->c, b->c, &r)) return av_fresh(d);
        av v = av_const(r, a->pcrel || b->pcrel);
        v.derived = 1;
        return v;
    }
    switch (in->op) {
    case IR_ADD:
        if (in->size == 8 && b->k == AV_CONST && b->c == 0) return *a; /* mv, jr */
        if (in->size == 8 && a->k == AV_CONST && a->c == 0) return *b;
        if (in->size == 4) {
            /* addiw rd, rs, 0 (sext.w): the same value for our purposes */
            if (b->k == AV_CONST && b->c == 0 && (a->k == AV_VAL || a->k == AV_TLOAD)) return *a;
            if (a->k == AV_CONST && a->c == 0 && (b->k == AV_VAL || b->k == AV_TLOAD)) return *b;
            return av_fresh(d);
        }
        for (int sw = 0; sw < 2; sw++) {
            const av *x = sw ? b : a, *y = sw ? a : b;
            if (y->k != AV_CONST) continue;
            if (x->k == AV_VAL && x->vn && !x->ubase) {
                if (x->shift == 0 && x->c == 0 && !addr_like(d, y))
                    return av_fresh(d); /* index - case base: a new value */
                av r = *x;
                r.c = x->c + y->c;
                r.pcrel = x->pcrel || y->pcrel;
                return r;
            }
            if (x->k == AV_TLOAD && x->shift == 4 && x->sext && x->c) /* PIC: entry + base */
                return (av){.k = AV_TREL, .vn = x->vn, .c = x->c, .c2 = y->c};
        }
        for (int sw = 0; sw < 2; sw++) {
            const av *x = sw ? b : a, *y = sw ? a : b;
            /* scaled index + a base set outside the unit */
            if (x->k == AV_VAL && x->vn && (x->shift == 2 || x->shift == 3) && x->c == 0 &&
                !x->ubase && is_plain(y))
                return (av){.k = AV_VAL, .shift = x->shift, .ubase = 1, .vn = x->vn, .c2 = y->vn};
            /* PIC entry + that same base */
            if (x->k == AV_TLOAD && x->shift == 4 && x->sext && x->c == 0 && is_plain(y) &&
                x->c2 == y->vn)
                return (av){.k = AV_TREL, .vn = x->vn};
        }
        return av_fresh(d);
    case IR_SHL:
        if (b->k == AV_CONST && in->size == 8 && a->k == AV_VAL && a->vn && a->c == 0 &&
            !a->ubase && a->shift + b->c <= 63) {
            av r = *a;
            r.shift = (uint8_t)(a->shift + b->c);
            return r;
        }
        return av_fresh(d);
    case IR_SHR:
        if (b->k == AV_CONST && in->size == 8 && a->k == AV_VAL && a->vn && a->c == 0 &&
            !a->ubase && a->shift >= b->c) {
            av r = *a;
            r.shift = (uint8_t)(a->shift - b->c);
            return r;
        }
        return av_fresh(d);
    case IR_AND:
        for (int sw = 0; sw < 2; sw++) {
            const av *x = sw ? b : a, *y = sw ? a : b;
            if (y->k != AV_CONST) continue;
            if (y->c == ~1ull) return *x; /* jalr's & -2 */
            if (y->c < TABLE_MAX_BOUND && ((y->c + 1) & y->c) == 0) {
                av r = av_fresh(d);
                set_bound(d, r.vn, y->c + 1);
                return r;
            }
        }
        return av_fresh(d);
    case IR_SETCC:
        if (in->cond == IR_LTU && b->k == AV_CONST && is_plain(a))
            return (av){.k = AV_LTU, .vn = a->vn, .c = b->c};
        return av_fresh(d);
    default: return av_fresh(d);
    }
}

/* Fall-through of a conditional branch: bounds on the index. */
static void branch_bound(dctx *d, const ir_insn *in, const av *a, const av *b) {
    switch (in->cond) {
    case IR_LTU: /* bltu N, x (bgtu x, N): fall-through x <= N */
        if (a->k == AV_CONST && is_plain(b)) set_bound(d, b->vn, a->c + 1);
        break;
    case IR_GEU: /* bgeu x, N: fall-through x < N */
        if (b->k == AV_CONST && is_plain(a)) set_bound(d, a->vn, b->c);
        break;
    case IR_EQ: /* beqz (x <u N): fall-through x < N */
        if (a->k == AV_LTU && b->k == AV_CONST && b->c == 0) set_bound(d, a->vn, a->c);
        if (b->k == AV_LTU && a->k == AV_CONST && a->c == 0) set_bound(d, b->vn, b->c);
        break;
    default: break;
    }
}

static const av *tv_of(dctx *d, ir_temp t) {
    static const av zero = {.k = AV_CONST};
    return t && t < IR_MAX_TEMPS ? &d->tv[t] : &zero;
}

static bool decode_at(const dctx *d, uint64_t pc, rv64_insn *ri) {
    uint32_t bits = 0;
    if (!aot_fetch(pc, &bits, (void *)d->img)) return false;
    return rv64_decode(bits, ri) != 0;
}

static void walk_unit(dctx *d, uint64_t start) {
    ir_unit *u = d->u;
    d->out->lifted_insns += u->n_guest;
    if (vec_push(&d->spans, start) < 0 || vec_push(&d->spans, u->guest_end) < 0) d->oom = true;
    for (int r = 0; r < 32; r++)
        d->regs[r] = av_fresh(d);
    d->regs[0] = av_const(0, false);
    if (d->gp) d->regs[3] = av_const(d->gp, false);
    d->n_memo = 0;
    d->n_bound = 0;
    uint64_t pc = start;
    int len = 0;
    bool have_ind = false;
    av ind = {0};
    for (uint32_t i = 0; i < u->n; i++) {
        const ir_insn *in = &u->insn[i];
        av r = {0};
        bool def = ir_op_flags[in->op] & IRF_DEF;
        switch (in->op) {
        case IR_INSN_START:
            pc = (uint64_t)in->imm;
            len = in->size;
            break;
        case IR_CONST: r = av_const((uint64_t)in->imm, in->flags & IR_PCREL); break;
        case IR_GET: r = in->imm < 32 ? d->regs[in->imm] : av_fresh(d); break;
        case IR_SET:
            if (in->imm > 0 && in->imm < 32) {
                d->regs[in->imm] = *tv_of(d, in->a);
                note_const(d, &d->regs[in->imm], pc);
            }
            break;
        case IR_SEXT:
        case IR_ZEXT: {
            const av *a = tv_of(d, in->a);
            if (a->k == AV_CONST) {
                uint64_t v;
                r = ir_eval(in, a->c, 0, &v) ? av_const(v, a->pcrel) : av_fresh(d);
                r.derived = 1;
            } else {
                r = (a->k == AV_VAL && in->imm == 4) ? *a : av_fresh(d);
            }
            break;
        }
        case IR_LOAD: {
            const av *a = tv_of(d, in->a);
            bool base = a->c || a->ubase;
            if (a->k == AV_VAL && a->vn && in->size == 8 && a->shift == 3 && base) {
                r = (av){.k = AV_TLOAD,
                         .shift = 8,
                         .vn = a->vn,
                         .c = a->ubase ? 0 : a->c + (uint64_t)in->imm,
                         .c2 = a->ubase ? a->c2 : 0};
                break;
            }
            if (a->k == AV_VAL && a->vn && in->size == 4 && a->shift == 2 && base) {
                r = (av){.k = AV_TLOAD,
                         .shift = 4,
                         .sext = (in->flags & IR_SIGNED) != 0,
                         .vn = a->vn,
                         .c = a->ubase ? 0 : a->c + (uint64_t)in->imm,
                         .c2 = a->ubase ? a->c2 : 0};
                break;
            }
            memo_ent k;
            if (memo_key(a, &k)) {
                k.off = in->imm;
                k.size = in->size;
                memo_ent *m = memo_find(d, &k);
                if (m) {
                    r = m->val;
                    break;
                }
                r = av_fresh(d);
                memo_put(d, &k, &r);
                break;
            }
            r = av_fresh(d);
            break;
        }
        case IR_STORE: {
            memo_ent k;
            if (memo_key(tv_of(d, in->a), &k)) {
                k.off = in->imm;
                k.size = in->size;
                memo_put(d, &k, tv_of(d, in->b));
            }
            break;
        }
        case IR_CALL:
            if (in->flags & IR_CALL_WR_X)
                for (int x = 1; x < 32; x++)
                    d->regs[x] = av_fresh(d);
            def = in->flags & IR_CALL_RET;
            if (def) r = av_fresh(d);
            break;
        case IR_BRCOND:
            add_root(d, (uint64_t)in->imm, AOT_SRC_DIRECT);
            branch_bound(d, in, tv_of(d, in->a), tv_of(d, in->b));
            break;
        case IR_EXIT_JUMP: {
            /* a jal, or a continuation (size limit, IR overflow, unfetchable next pc) */
            rv64_insn ri;
            bool jump = len && decode_at(d, pc, &ri) && ri.op == RV64_OP_jal &&
                        pc + (uint64_t)len == u->guest_end;
            add_root(d, (uint64_t)in->imm, jump ? AOT_SRC_DIRECT : AOT_SRC_FALLTHROUGH);
            break;
        }
        case IR_EXIT_SPECIAL:
            switch (in->size) {
            case RV64_EXIT_ECALL:
                add_root(d, (uint64_t)in->imm + 4, AOT_SRC_FALLTHROUGH);
                add_root(d, (uint64_t)in->imm, AOT_SRC_FALLTHROUGH); /* restarted syscall */
                break;
            case RV64_EXIT_FENCEI: add_root(d, (uint64_t)in->imm, AOT_SRC_FALLTHROUGH); break;
            case RV64_EXIT_EBREAK: /* a SIGTRAP handler may resume after it */
                add_root(d, (uint64_t)in->imm + (uint64_t)len, AOT_SRC_FALLTHROUGH);
                break;
            default: break;
            }
            break;
        case IR_EXIT_INDIRECT:
            ind = *tv_of(d, in->a);
            have_ind = true;
            analyze_indirect(d, &ind, pc);
            break;
        default:
            if (def) {
                uint8_t nops = ir_op_nops[in->op];
                const av *a = tv_of(d, in->a);
                if (nops == 2) {
                    r = binop(d, in, a, tv_of(d, in->b));
                } else if (nops == 1 && a->k == AV_CONST) {
                    uint64_t v;
                    r = ir_eval(in, a->c, 0, &v) ? av_const(v, false) : av_fresh(d);
                    r.derived = 1;
                } else {
                    r = av_fresh(d);
                }
            }
            break;
        }
        if (def && in->dst && in->dst < IR_MAX_TEMPS) d->tv[in->dst] = r;
    }
    /* a call: the return address is reached by the callee's return */
    rv64_insn ri;
    if (len && pc + (uint64_t)len == u->guest_end && decode_at(d, pc, &ri) &&
        (ri.op == RV64_OP_jal || ri.op == RV64_OP_jalr) && ri.rd != 0) {
        add_root(d, pc + ri.len, AOT_SRC_CALL_RETURN);
        if (ri.op == RV64_OP_jal)
            add_func(d, pc + (uint64_t)ri.imm);
        else if (have_ind && ind.k == AV_CONST)
            add_func(d, ind.c & ~1ull);
    }
}

/* Jump tables whose base register was set outside the unit: try the data addresses built in
 * the same function. */
static void resolve_pending(dctx *d) {
    if (!d->pend.n) return;
    /* dconst pairs sorted by pc */
    size_t n = d->dconst.n / 2;
    struct aot_range *pairs = (struct aot_range *)d->dconst.v; /* (pc, value) */
    qsort(pairs, n, sizeof *pairs, cmp_range);
    for (size_t p = 0; p < d->pend.n; p++) {
        pending_table pt = d->pend.v[p];
        uint64_t lo, hi;
        if (!func_range(d->img, pt.jr_pc, &lo, &hi)) { /* stripped: constants built nearby */
            lo = pt.jr_pc > 0x2000 ? pt.jr_pc - 0x2000 : 0;
            hi = pt.jr_pc + 0x200;
        }
        size_t a = 0, b = n;
        while (a < b) {
            size_t mid = a + (b - a) / 2;
            if (pairs[mid].lo < lo)
                a = mid + 1;
            else
                b = mid;
        }
        uint64_t prev = UINT64_MAX;
        for (size_t i = a; i < n && pairs[i].lo < hi; i++) {
            uint64_t base = pairs[i].hi;
            if (base == prev) continue;
            prev = base;
            scan_table(d, pt.jr_pc, base, pt.stride, base, pt.count);
        }
    }
    d->pend.n = 0;
}

static void drain(dctx *d) {
    while (d->work.n && !d->oom) {
        uint64_t pc = d->work.v[--d->work.n];
        if (rv64_lift_unit(d->u, pc, d->max_insns, aot_fetch, (void *)d->img) < 0) continue;
        walk_unit(d, pc);
    }
}

int aot_discover(const aot_image *img, const uint64_t *extra_roots, size_t n_extra,
                 aot_discovery *out) {
    return aot_discover_ex(img, extra_roots, n_extra, NULL, out);
}

int aot_discover_ex(const aot_image *img, const uint64_t *extra_roots, size_t n_extra,
                    const aot_discover_opts *opts, aot_discovery *out) {
    memset(out, 0, sizeof *out);
    dctx d = {.img = img, .out = out};
    d.skip = opts ? opts->skip_sources : 0;
    d.max_insns = opts && opts->max_insns > 0 ? opts->max_insns : LIFT_MAX_INSNS;
    d.gp = img->gp;
    int rc = -1;
    d.u = malloc(sizeof *d.u);
    d.tv = calloc(IR_MAX_TEMPS, sizeof *d.tv);
    if (!d.u || !d.tv || !hash_grow(&d) || build_bitmap(&d) < 0) goto out;

    if (img->entry && !(img->entry & 1) && aot_in_exec(img, img->entry, 2)) {
        add_root(&d, img->entry, AOT_SRC_ENTRY);
        add_func(&d, img->entry);
    }
    for (size_t i = 0; i < img->n_syms; i++) {
        add_root(&d, img->syms[i].addr, AOT_SRC_SYMBOL);
        add_func(&d, img->syms[i].addr);
    }
    for (size_t i = 0; i < img->n_fdes; i++) {
        add_root(&d, img->fdes[i], AOT_SRC_EH_FRAME);
        add_func(&d, img->fdes[i]);
    }
    for (size_t i = 0; i < img->n_lpad_roots; i++)
        add_root(&d, img->lpad_roots[i], AOT_SRC_LANDING_PAD);
    for (size_t i = 0; i < img->n_init_roots; i++) {
        add_root(&d, img->init_roots[i], AOT_SRC_INIT_ARRAY);
        add_func(&d, img->init_roots[i]);
    }
    for (size_t i = 0; i < img->n_plt_roots; i++) {
        add_root(&d, img->plt_roots[i], AOT_SRC_PLT);
        add_func(&d, img->plt_roots[i]);
    }
    for (size_t i = 0; i < img->n_reloc_roots; i++)
        add_ptr_root(&d, img->reloc_roots[i], AOT_SRC_RELOC);
    /* aligned data words in non-code loaded data */
    if (!(d.skip & (1u << AOT_SRC_DATA_WORD))) {
        bool any = false;
        for (size_t i = 1; i < img->n_sects; i++) {
            const aot_section *s = &img->sects[i];
            if (!(s->flags & SHF_ALLOC) || (s->flags & SHF_EXECINSTR)) continue;
            if (s->type != SHT_PROGBITS && s->type != SHT_INIT_ARRAY && s->type != SHT_FINI_ARRAY &&
                s->type != SHT_PREINIT_ARRAY)
                continue;
            any = true;
            if (!strncmp(s->name, ".eh_frame", 9) || !strcmp(s->name, ".gcc_except_table"))
                continue;
            for (uint64_t a = (s->addr + 7) & ~7ull; a + 8 <= s->addr + s->size; a += 8) {
                uint64_t w;
                if (aot_read(img, a, &w, 8) < 0) break;
                if (w && !(w & 1) && aot_in_code(img, w)) add_ptr_root(&d, w, AOT_SRC_DATA_WORD);
            }
        }
        if (!any)
            for (size_t i = 0; i < img->n_segs; i++) {
                const aot_segment *s = &img->segs[i];
                if (s->flags & PF_X) continue;
                for (uint64_t o = (8 - (s->vaddr & 7)) & 7; o + 8 <= s->filesz; o += 8) {
                    uint64_t w = rd64(img->data + s->offset + o);
                    if (w && !(w & 1) && aot_in_code(img, w))
                        add_ptr_root(&d, w, AOT_SRC_DATA_WORD);
                }
            }
    }
    for (size_t i = 0; i < n_extra; i++)
        add_root(&d, extra_roots[i], AOT_SRC_PROFILE);

    for (;;) {
        drain(&d);
        if (d.oom || !d.pend.n) break;
        resolve_pending(&d);
        if (!d.work.n) break;
    }
    if (d.oom) goto out;

    /* results */
    out->blocks = malloc((d.hcount ? d.hcount : 1) * sizeof *out->blocks);
    if (!out->blocks) goto out;
    size_t k = 0;
    for (size_t i = 0; i < d.hcap; i++)
        if (d.keys[i] != UINT64_MAX) out->blocks[k++] = d.keys[i];
    out->n_blocks = sort_unique(out->blocks, k);
    out->n_functions = sort_unique(d.funcs.v, d.funcs.n);
    out->n_jump_tables = sort_unique(d.tables.v, d.tables.n);
    for (size_t i = 0; i < img->n_code; i++)
        out->exec_bytes += img->code[i].hi - img->code[i].lo;
    /* coverage: union of spans intersected with the code ranges */
    size_t ns = d.spans.n / 2;
    struct aot_range *sp = (struct aot_range *)d.spans.v;
    qsort(sp, ns, sizeof *sp, cmp_range);
    uint64_t cur_lo = 0, cur_hi = 0;
    bool have = false;
    for (size_t i = 0; i <= ns; i++) {
        if (i < ns && have && sp[i].lo <= cur_hi) {
            if (sp[i].hi > cur_hi) cur_hi = sp[i].hi;
            continue;
        }
        if (have)
            for (size_t c = 0; c < img->n_code; c++) {
                uint64_t lo = cur_lo > img->code[c].lo ? cur_lo : img->code[c].lo;
                uint64_t hi = cur_hi < img->code[c].hi ? cur_hi : img->code[c].hi;
                if (lo < hi) out->covered_bytes += hi - lo;
            }
        if (i < ns) {
            cur_lo = sp[i].lo;
            cur_hi = sp[i].hi;
            have = true;
        }
    }
    rc = 0;
out:
    free(d.u);
    free(d.tv);
    free(d.keys);
    free(d.srcs);
    free(d.work.v);
    free(d.funcs.v);
    free(d.spans.v);
    free(d.tables.v);
    free(d.dconst.v);
    free(d.pend.v);
    free(d.bmap);
    free(d.bmap_base);
    if (rc < 0) aot_discovery_free(out);
    return rc;
}

void aot_discovery_free(aot_discovery *d) {
    if (!d) return;
    free(d->blocks);
    d->blocks = NULL;
    d->n_blocks = 0;
}

int aot_discovery_has(const aot_discovery *d, uint64_t pc) {
    return bsearch_u64(d->blocks, d->n_blocks, pc);
}
