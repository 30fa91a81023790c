/*
 * aot_discover.h - static code discovery for the ahead-of-time cache compiler.
 *
 * `recomp guest.elf -o guest.cache` must translate, without running the program, every unit at
 * which the runtime will later look up a translation. The runtime starts a unit at the entry
 * point, at the targets of direct exits (branches, jal, size-limit continuations), at the pc
 * after an ecall or fence.i, and at the targets of indirect jumps (returns, function pointers,
 * jump tables). This module opens and validates the ELF (aot_open), then forms units exactly as
 * the JIT does (rv64_lift_unit with aot_fetch) from a set of roots found in the file, and walks
 * their exits to a fixed point (aot_discover).
 *
 * Roots from the file: the entry point, STT_FUNC/STT_GNU_IFUNC symbols (.symtab, .dynsym), FDE
 * initial locations in .eh_frame and the landing pads of their LSDAs (C++ exceptions),
 * .preinit/.init/.fini_array entries and DT_INIT/DT_FINI, PLT entries, relocation addends and
 * symbol values pointing into code, aligned 8-byte data words pointing at instruction starts,
 * address constants built in code (lui/auipc + addi), and jump tables (gcc's absolute 8-byte
 * and PIC 4-byte relative tables, bounded by the compare-and-branch before them; a table base
 * set outside the unit is looked for among the data addresses built in the same function).
 * Discovered ones: exit targets, the pc after ecall/fence.i/ebreak, call return addresses
 * (reached by the callee's `ret`), and the pc of each ecall itself (a restarted system call
 * resumes there).
 *
 * Not discoverable: pcs a signal handler sets in the ucontext (other than the above), code
 * generated at run time, and units the JIT splits further when the backend overflows (it
 * retries with half the instruction limit; the continuation is a root of the shorter unit).
 *
 * All addresses are link-time virtual addresses (for ET_DYN, relative to link base 0).
 *
 * Example:
 *   aot_image img; aot_discovery d; char err[256];
 *   if (aot_open("guest.elf", &img, err, sizeof err) < 0) { fprintf(stderr, "recomp: %s\n", err); }
 *   aot_discover(&img, NULL, 0, &d);   // d.blocks[0 .. d.n_blocks) = unit start pcs
 *   ... rv64_lift_unit(u, d.blocks[i], LIFT_MAX_INSNS, aot_fetch, &img) ...
 *   aot_discovery_free(&d); aot_close(&img);
 */
#ifndef RECOMP_AOT_DISCOVER_H
#define RECOMP_AOT_DISCOVER_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

typedef struct aot_segment {
    uint64_t vaddr, memsz, offset, filesz;
    uint32_t flags; /* PF_X | PF_W | PF_R */
} aot_segment;

typedef struct aot_section {
    const char *name; /* "" when the section has no name */
    uint32_t type;    /* SHT_* */
    uint64_t flags;   /* SHF_* */
    uint64_t addr, offset, size;
} aot_section;

typedef struct aot_symbol {
    uint64_t addr, size;
    const char *name; /* points into the image's data; never NULL ("" when unnamed) */
    bool ifunc;       /* STT_GNU_IFUNC: addr is the resolver, not the function */
} aot_symbol;

typedef struct aot_image {
    const uint8_t *data; /* the whole file (malloc'd copy) */
    size_t size;
    uint16_t type; /* ET_EXEC or ET_DYN */
    uint64_t entry;
    aot_segment *segs; /* PT_LOAD segments, in file order */
    size_t n_segs;
    aot_symbol *syms; /* STT_FUNC/STT_GNU_IFUNC in executable segments, sorted, deduplicated */
    size_t n_syms;
    char **needed; /* DT_NEEDED names, for --with-deps */
    size_t n_needed;
    const char *interp; /* PT_INTERP or NULL */
    const char *soname; /* DT_SONAME or NULL */
    uint64_t gp;        /* value of __global_pointer$ (.symtab), 0 if unknown */

    aot_section *sects; /* section headers (none for a file without them) */
    size_t n_sects;
    /* Code ranges: SHF_EXECINSTR sections inside executable segments, or the executable
     * segments themselves for a file without section headers. Sorted, disjoint. */
    struct aot_range {
        uint64_t lo, hi;
    } * code;
    size_t n_code;
    uint64_t *fdes; /* FDE initial locations inside code, sorted, unique */
    size_t n_fdes;
    struct aot_range *fde_ranges; /* [initial location, + address range), as fdes */
    /* Other addresses collected from the file (inside executable segments): init/fini arrays and
     * DT_INIT/DT_FINI, PLT entries, relocation targets, landing pads. Sorted, unique. */
    uint64_t *init_roots, *plt_roots, *reloc_roots, *lpad_roots;
    size_t n_init_roots, n_plt_roots, n_reloc_roots, n_lpad_roots;
} aot_image;

/* Open and validate path: ELF64, little endian, EM_RISCV, ET_EXEC or ET_DYN, at least one
 * executable PT_LOAD, headers and the metadata used for discovery (symbol tables, .eh_frame,
 * dynamic section, relocations) inside the file and consistent. Returns 0, or -1 with ONE line
 * in err (no newline, no program name, no path), e.g. "not an ELF file". */
int aot_open(const char *path, aot_image *img, char *err, size_t errlen);
/* The same on a memory buffer (copied). */
int aot_open_mem(const void *buf, size_t len, aot_image *img, char *err, size_t errlen);
void aot_close(aot_image *img);

/* lift_fetch_fn: up to 4 instruction bytes at link-time vaddr pc from executable segments
 * (zeros past a segment's file size). Returns 0, 2 or 4 like the runtime's fetch. ctx is the
 * aot_image. */
int aot_fetch(uint64_t pc, uint32_t *bits, void *ctx);

/* Whether [addr, addr + len) lies in an executable segment / inside the code ranges. */
int aot_in_exec(const aot_image *img, uint64_t addr, uint64_t len);
int aot_in_code(const aot_image *img, uint64_t addr);
/* Copy len bytes of the file image at vaddr (bytes past a segment's file size read as 0).
 * Returns 0, or -1 if the range is not entirely inside one PT_LOAD segment. */
int aot_read(const aot_image *img, uint64_t vaddr, void *out, size_t len);

/* The function symbol containing addr (addr in [sym, sym + size), or the nearest preceding
 * symbol when its size is 0), or NULL. */
const aot_symbol *aot_symbol_at(const aot_image *img, uint64_t addr);

/* rv64_lift_hostfn for an aot_image ctx (aot_fetch's): the C library routine (recomp/hostfn.h)
 * whose function symbol starts at pc, or 0. */
int aot_hostfn_at(uint64_t pc, void *img);

/* Where a root came from (for the report). */
enum aot_root_source {
    AOT_SRC_ENTRY,
    AOT_SRC_SYMBOL,
    AOT_SRC_EH_FRAME,
    AOT_SRC_LANDING_PAD, /* C++ landing pads from the LSDAs (.gcc_except_table) */
    AOT_SRC_INIT_ARRAY,  /* .preinit/.init/.fini_array, DT_INIT, DT_FINI */
    AOT_SRC_PLT,
    AOT_SRC_RELOC,      /* relocation addends / symbol values */
    AOT_SRC_DATA_WORD,  /* aligned 8-byte data words */
    AOT_SRC_CODE_CONST, /* address constants built in code (lui/auipc + addi) */
    AOT_SRC_JUMP_TABLE,
    AOT_SRC_DIRECT,      /* branch and jump targets */
    AOT_SRC_FALLTHROUGH, /* after ecall/fence.i, size-limit continuations, the ecall itself */
    AOT_SRC_CALL_RETURN, /* return addresses of calls */
    AOT_SRC_PROFILE,     /* extra_roots */
    AOT_SRC_COUNT
};
extern const char *const aot_root_source_name[AOT_SRC_COUNT];

typedef struct aot_discovery {
    uint64_t *blocks; /* sorted unique unit-start pcs (link-time vaddrs) */
    size_t n_blocks;
    size_t n_functions;  /* function starts: symbols, FDEs, entry, init/fini, PLT, call targets */
    uint64_t exec_bytes; /* bytes in the code ranges (aot_image.code) */
    uint64_t covered_bytes; /* bytes of the code ranges covered by lifted units */
    uint64_t lifted_insns;  /* guest instructions lifted in all (units overlap) */
    /* Distinct valid roots each source proposed, and how many of them were new when proposed
     * (sources are applied in enum order for the file's roots, then as discovered). */
    size_t n_roots_by_source[AOT_SRC_COUNT];
    size_t n_new_by_source[AOT_SRC_COUNT];
    size_t n_jump_tables; /* tables found (each counted once) */
} aot_discovery;

typedef struct aot_discover_opts {
    int max_insns;         /* unit limit; 0 = LIFT_MAX_INSNS */
    unsigned skip_sources; /* bit (1u << AOT_SRC_x): ignore that source (measurements) */
} aot_discover_opts;

/* Discover the unit-start pcs of img. extra_roots: link-time vaddrs (e.g. from a runtime
 * profile); invalid ones (outside executable segments, odd) are ignored. Returns 0, or -1 when
 * out of memory. */
int aot_discover(const aot_image *img, const uint64_t *extra_roots, size_t n_extra,
                 aot_discovery *out);
int aot_discover_ex(const aot_image *img, const uint64_t *extra_roots, size_t n_extra,
                    const aot_discover_opts *opts, aot_discovery *out);
void aot_discovery_free(aot_discovery *d);

/* Whether pc is one of d's blocks (binary search). */
int aot_discovery_has(const aot_discovery *d, uint64_t pc);

#endif
