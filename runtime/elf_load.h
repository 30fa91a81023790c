/*
 * elf_load.h - load a guest ELF (ET_EXEC, static-PIE or PIE ET_DYN) and its interpreter (PT_INTERP,
 * the guest's ld.so) into guest memory and build the Linux riscv64 initial stack (argc, argv,
 * envp, auxv).
 *
 * Starting a program takes, in this order:
 *   elf_load(path, &img, ...)           program; failure = the exec fails (recomp-run exits 126)
 *   elf_load_interp(&img, ...)          its interpreter if any, through the sysroot (exit 127)
 *   sp = elf_setup_stack(&img, ...)     stack and auxv
 *   cpu.pc = img.start, cpu.x[2] = sp
 */
#ifndef RECOMP_ELF_LOAD_H
#define RECOMP_ELF_LOAD_H

#include <stddef.h>
#include <stdint.h>

typedef struct guest_image {
    uint64_t entry;     /* the program's entry pc (after load bias): AT_ENTRY */
    uint64_t load_bias; /* 0 for ET_EXEC */
    uint64_t phdr;      /* guest address of the program headers (AT_PHDR) */
    uint64_t phent, phnum;
    uint64_t brk_start;        /* page-aligned end of the highest PT_LOAD */
    uint64_t text_lo, text_hi; /* guest range of executable segments */
    char interp[256];          /* PT_INTERP path, "" for static programs */
    uint64_t interp_base;      /* AT_BASE: load bias of the interpreter, 0 if none is loaded */
    uint64_t interp_entry;     /* the interpreter's entry pc, 0 if none is loaded */
    uint64_t start;            /* first guest pc: interp_entry once loaded, else entry */
    char real[4096];           /* the program's canonical path (realpath), else as given */
} guest_image;

/* Check and load `path`. On failure returns -1 and writes a one-line reason (no trailing newline,
 * not naming the file) to err, e.g. "not an ELF file", "truncated ELF header",
 * "wrong machine: x86-64 (expected RISC-V)", "not a 64-bit ELF". Never crashes on bad input. */
int elf_load(const char *path, guest_image *img, char *err, size_t errlen);

/* Load the interpreter img->interp names (nothing to do, 0, if it is ""): the guest path is looked
 * up through the sysroot (sysroot_path), the file must be a RISC-V ELF like a program, an ET_DYN
 * one is placed like a guest mmap(NULL) of its size. Sets interp_base, interp_entry and start.
 * On failure returns -1 with a one-line reason naming the guest path, e.g.
 * "cannot load interpreter /lib/ld-linux-riscv64-lp64d.so.1: No such file or directory"; the
 * program stays loaded. */
int elf_load_interp(guest_image *img, char *err, size_t errlen);

/* Build the initial stack below GMEM_STACK_TOP (maps the stack area, 8 MiB). Returns the initial
 * guest sp (16-byte aligned, pointing at argc). execfn is the AT_EXECFN string (argv[0] if NULL).
 * Returns 0 if the stack cannot be mapped or the strings exceed 2 MiB (Linux: E2BIG). */
uint64_t elf_setup_stack(const guest_image *img, int argc, char *const argv[], char *const envp[],
                         const char *execfn);

/* Guest address and byte size of the auxv array built by the last elf_setup_stack (for
 * /proc/self/auxv and getauxval-style lookups); 0 before the stack is built. */
uint64_t elf_auxv_addr(void);
uint64_t elf_auxv_size(void);

/* Guest ranges [start, end) of the argv strings and of the envp strings (NUL-separated) built by
 * the last elf_setup_stack, like Linux's mm->arg_start/arg_end: /proc/self/cmdline and environ.
 * Both 0 before the stack is built. */
void elf_arg_range(uint64_t *start, uint64_t *end);
void elf_env_range(uint64_t *start, uint64_t *end);

#endif
