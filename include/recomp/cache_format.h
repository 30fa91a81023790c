/*
 * recomp/cache_format.h - the AOT cache file written by `recomp` and read by `recomp-run`.
 *
 * Documented byte by byte in docs/cache-format.md. All integers are little endian; every
 * structure has a fixed size (checked below) and natural alignment inside the file.
 *
 *   offset 0           rc_header (256 bytes)
 *   seg_off            rc_segment[n_segs]        executable PT_LOAD segments of the object
 *   index_off          rc_block[n_blocks]        sorted by guest_pc (and so by host_off)
 *   fault_off          rc_fault[n_faults]        side tables of all blocks, block by block
 *   regs_off           rc_regloc[n_regs]         register locations referenced by the faults
 *   link_off           rc_link[n_links]          every direct exit of every block
 *   code_off           code_size bytes            page aligned; mapped into the code region
 *
 * A compressed cache (`recomp --compress`) is the 8-byte magic RC_ZMAGIC, the uncompressed
 * size (u64), then one zstd frame holding the whole uncompressed file above.
 */
#ifndef RECOMP_CACHE_FORMAT_H
#define RECOMP_CACHE_FORMAT_H

#include <stdint.h>

#define RC_MAGIC          "RECOMPC\n"
#define RC_ZMAGIC         "RECOMPZ\n"
#define RC_FORMAT_VERSION 1u

/* rc_header.host_features: what the code needs from the host CPU */
#define RC_FEAT_BMI1   0x01u
#define RC_FEAT_BMI2   0x02u
#define RC_FEAT_LZCNT  0x04u
#define RC_FEAT_POPCNT 0x08u
#define RC_FEAT_SSE42  0x10u /* also stands for SSE4.1 (roundsd in inline F/D conversions) */
#define RC_FEAT_FMA    0x20u /* FMA3: fused multiply-adds inline (backend_uses_fma) */

/* rc_header.flags */
#define RC_FLAG_PIC 0x1u /* position independent: the first 8 code bytes are the base slot */

/* Where the base slot lives in the code section of a PIC cache, and where blocks start. */
#define RC_SLOT_OFF      0u
#define RC_CODE_START    64u
#define RC_PAGE          4096u
#define RC_MAX_SEGS      8u
#define RC_MAX_BLOCK_LEN (1u << 20)

typedef struct rc_header {
    char magic[8];           /* RC_MAGIC */
    uint32_t format_version; /* RC_FORMAT_VERSION */
    uint32_t abi_version;    /* generated-code contract (cache_abi_version()) */
    uint64_t host_features;  /* RC_FEAT_*: required host CPU features */
    uint16_t machine;        /* guest e_machine: 243 = EM_RISCV */
    uint16_t elf_type;       /* 2 = ET_EXEC (loaded at bias 0), 3 = ET_DYN */
    uint32_t flags;          /* RC_FLAG_* */
    uint64_t object_hash;    /* XXH3-64 of the whole guest ELF file */
    uint64_t object_size;    /* its size in bytes */
    uint64_t text_lo;        /* link-time guest range holding every block: [text_lo, text_hi) */
    uint64_t text_hi;
    uint32_t n_segs, n_blocks, n_faults, n_regs;
    uint32_t n_links, pad0;
    uint64_t seg_off, index_off, fault_off, regs_off, link_off;
    uint64_t code_off, code_size;
    uint64_t file_size;    /* size of the uncompressed file */
    uint64_t payload_hash; /* XXH3-64 of bytes [sizeof(rc_header), file_size) */
    /* statistics, for `recomp --info` */
    uint64_t exec_bytes;    /* bytes in executable segments */
    uint64_t covered_bytes; /* of those, covered by blocks */
    uint32_t n_functions;
    uint32_t n_insns; /* guest instructions compiled (sum over blocks) */
    uint64_t created; /* seconds since the epoch */
    uint8_t reserved[64];
} rc_header;

typedef struct rc_segment {
    uint64_t offset, vaddr, filesz, memsz; /* as in the PT_LOAD header */
} rc_segment;

typedef struct rc_block {
    uint64_t guest_pc;  /* link-time address of the first guest instruction */
    uint32_t guest_len; /* bytes of guest code in the block */
    uint32_t n_insns;   /* guest instructions */
    uint32_t host_off;  /* offset of the block's code in the code section */
    uint32_t host_len;
    uint32_t fault_first; /* the block's side table: rc_fault[fault_first, +fault_n) */
    uint32_t fault_n;
} rc_block;

/* Same layout as backend_fault: a guest memory access at host_off (within the block) belongs to
 * guest pc block.guest_pc + pc_off; the registers whose cpu-state copy is stale there are
 * rc_regloc[reg_first, +reg_n). */
typedef struct rc_fault {
    uint32_t host_off, pc_off, reg_first, reg_n;
} rc_fault;

/* Same layout as backend_regloc. */
typedef struct rc_regloc {
    uint8_t g;      /* guest register: 0-31 x, 32-63 f */
    int8_t reg;     /* host register (x86 number), or -1 */
    int16_t spill;  /* spill slot ([rsp + 8 * spill + 8] in the fault context), or -1 */
    uint32_t flags; /* 1 = value is a link-time guest address: add the load bias */
    int64_t value;  /* the constant when reg < 0 and spill < 0 */
} rc_regloc;

/* A direct exit: the jmp rel32 field at code offset site jumps to the block for guest_target.
 * target_block is that block's index when the cache holds it (the field is then already
 * resolved to it), else UINT32_MAX (the field jumps to the exit's own link stub, rel32 = 0, and
 * the runtime links it when it first runs). */
typedef struct rc_link {
    uint32_t site;
    uint32_t target_block;
    uint64_t guest_target; /* link-time address */
} rc_link;

_Static_assert(sizeof(rc_header) == 256, "rc_header size");
_Static_assert(sizeof(rc_segment) == 32, "rc_segment size");
_Static_assert(sizeof(rc_block) == 32, "rc_block size");
_Static_assert(sizeof(rc_fault) == 16, "rc_fault size");
_Static_assert(sizeof(rc_regloc) == 16, "rc_regloc size");
_Static_assert(sizeof(rc_link) == 16, "rc_link size");

#endif
