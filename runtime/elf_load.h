/*
 * elf_load.h - load a guest ELF (ET_EXEC or static-PIE ET_DYN) into guest memory and build the
 * Linux riscv64 initial stack (argc, argv, envp, auxv).
 */
#ifndef RECOMP_ELF_LOAD_H
#define RECOMP_ELF_LOAD_H

#include <stddef.h>
#include <stdint.h>

typedef struct guest_image {
    uint64_t entry;     /* guest entry pc (after load bias) */
    uint64_t load_bias; /* 0 for ET_EXEC */
    uint64_t phdr;      /* guest address of the program headers (AT_PHDR) */
    uint64_t phent, phnum;
    uint64_t brk_start;        /* page-aligned end of the highest PT_LOAD */
    uint64_t text_lo, text_hi; /* guest range of executable segments */
    char interp[256];          /* PT_INTERP path, "" for static programs */
} guest_image;

/* Check and load `path`. On failure returns -1 and writes a one-line reason (no trailing newline,
 * not naming the file) to err, e.g. "not an ELF file", "truncated ELF header",
 * "wrong machine: x86-64 (expected RISC-V)", "not a 64-bit ELF". Never crashes on bad input. */
int elf_load(const char *path, guest_image *img, char *err, size_t errlen);

/* Build the initial stack below GMEM_STACK_TOP (maps the stack area, 8 MiB). Returns the initial
 * guest sp (16-byte aligned, pointing at argc). execfn is the AT_EXECFN string (argv[0] if NULL).
 * Returns 0 if the stack cannot be mapped or the strings exceed 2 MiB (Linux: E2BIG). */
uint64_t elf_setup_stack(const guest_image *img, int argc, char *const argv[], char *const envp[],
                         const char *execfn);

/* Guest address and byte size of the auxv array built by the last elf_setup_stack (for
 * /proc/self/auxv and getauxval-style lookups); 0 before the stack is built. */
uint64_t elf_auxv_addr(void);
uint64_t elf_auxv_size(void);

#endif
