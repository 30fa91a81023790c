/* Start file for the static-PIE guest builds (build/guest/pie/NAME): Debian's riscv64 cross
 * glibc has no static-PIE support (no rcrt1.o, no _dl_relocate_static_pie in libc.a), so
 * `-static-pie` links against this instead, compiled as BUILD/guest/rt/rcrt1.o and found
 * through -B. It does what glibc's rcrt1.o + _dl_relocate_static_pie would do before the usual
 * start code (that of Scrt1.o):
 *   - apply the relocations of .rela.dyn (RELATIVE, 64, TLS_*: the executable is loaded
 *     anywhere; the link leaves some symbolic ones, and an ABS symbol is not moved);
 *   - add the load bias to p_vaddr in the in-memory program headers (AT_PHDR), because static
 *     glibc reads them with a zero link-map base: PT_TLS (initial TLS image), PT_GNU_RELRO
 *     (mprotect after start-up), PT_GNU_EH_FRAME (the unwinder, via dl_iterate_phdr).
 * It runs before anything is relocated: position-independent code only, no GOT, no libc, no
 * TLS, raw system calls. Build flags: -fPIE -O2 -ffreestanding -fno-stack-protector. */
#include <elf.h>
#include <stddef.h>
#include <stdint.h>

#define HIDDEN __attribute__((visibility("hidden")))

extern const Elf64_Ehdr __ehdr_start HIDDEN;
extern const Elf64_Dyn _DYNAMIC[] HIDDEN;
void __recomp_static_pie_relocate(void) HIDDEN;

__asm__(".text\n"
        ".globl _start\n"
        ".type _start, @function\n"
        "_start:\n"
        ".option push\n"
        ".option norelax\n"
        "  lla gp, __global_pointer$\n"
        ".option pop\n"
        "  mv s0, a0\n" /* rtld_fini (0 from the kernel) */
        "  mv s1, sp\n"
        "  call __recomp_static_pie_relocate\n"
        "  mv a5, s0\n"
        "  mv sp, s1\n"
        "  lla a0, main\n"
        "  ld a1, 0(sp)\n"   /* argc */
        "  addi a2, sp, 8\n" /* argv */
        "  andi sp, sp, -16\n"
        "  li a3, 0\n"
        "  li a4, 0\n"
        "  mv a6, sp\n" /* stack_end */
        "  call __libc_start_main@plt\n"
        "  ebreak\n"
        ".size _start, .-_start\n"
        ".data\n"
        ".globl __data_start\n"
        ".globl data_start\n"
        "__data_start:\n"
        "data_start:\n"
        ".weak data_start\n"
        ".8byte 0\n"
        ".text\n");

static long raw_mprotect(uintptr_t addr, size_t len, long prot) {
    register long a0 __asm__("a0") = (long)addr;
    register long a1 __asm__("a1") = (long)len;
    register long a2 __asm__("a2") = prot;
    register long a7 __asm__("a7") = 226; /* mprotect */
    __asm__ volatile("ecall" : "+r"(a0) : "r"(a1), "r"(a2), "r"(a7) : "memory");
    return a0;
}

static long prot_of(uint32_t flags) {
    return ((flags & PF_R) ? 1 : 0) | ((flags & PF_W) ? 2 : 0) | ((flags & PF_X) ? 4 : 0);
}

void __recomp_static_pie_relocate(void) {
    uintptr_t bias = (uintptr_t)&__ehdr_start; /* linked at address 0 */
    const Elf64_Rela *rela = NULL;
    const Elf64_Sym *symtab = NULL;
    size_t relasz = 0;
    for (const Elf64_Dyn *d = _DYNAMIC; d->d_tag != DT_NULL; d++) {
        if (d->d_tag == DT_RELA) rela = (const Elf64_Rela *)(bias + d->d_un.d_ptr);
        if (d->d_tag == DT_RELASZ) relasz = d->d_un.d_val;
        if (d->d_tag == DT_SYMTAB) symtab = (const Elf64_Sym *)(bias + d->d_un.d_ptr);
    }
    for (size_t i = 0; rela && i < relasz / sizeof *rela; i++) {
        const Elf64_Rela *r = &rela[i];
        volatile uint64_t *where = (volatile uint64_t *)(bias + r->r_offset);
        const Elf64_Sym *sym =
            ELF64_R_SYM(r->r_info) && symtab ? &symtab[ELF64_R_SYM(r->r_info)] : NULL;
        uint64_t s = 0; /* the symbol's run-time value */
        if (sym && sym->st_shndx != SHN_UNDEF)
            s = sym->st_value + (sym->st_shndx == SHN_ABS ? 0 : bias);
        switch (ELF64_R_TYPE(r->r_info)) {
        case R_RISCV_NONE: break;
        case R_RISCV_RELATIVE: *where = bias + (uint64_t)r->r_addend; break;
        case R_RISCV_64: *where = s + (uint64_t)r->r_addend; break;
        case R_RISCV_TLS_TPREL64: /* the executable's TLS block starts at tp */
            *where = (sym ? sym->st_value : 0) + (uint64_t)r->r_addend;
            break;
        case R_RISCV_TLS_DTPMOD64: *where = 1; break; /* the executable is TLS module 1 */
        case R_RISCV_TLS_DTPREL64:                    /* glibc's riscv TLS_DTV_OFFSET */
            *where = (sym ? sym->st_value : 0) + (uint64_t)r->r_addend - 0x800;
            break;
        default: __builtin_trap(); /* nothing else is expected in a static PIE without ifuncs */
        }
    }

    Elf64_Phdr *ph = (Elf64_Phdr *)(bias + __ehdr_start.e_phoff);
    int phnum = __ehdr_start.e_phnum;
    uintptr_t lo = (uintptr_t)ph & ~(uintptr_t)4095;
    uintptr_t hi = ((uintptr_t)(ph + phnum) + 4095) & ~(uintptr_t)4095;
    long prot = 1;
    for (int i = 0; i < phnum; i++)
        if (ph[i].p_type == PT_LOAD && ph[i].p_offset <= __ehdr_start.e_phoff &&
            __ehdr_start.e_phoff < ph[i].p_offset + ph[i].p_filesz)
            prot = prot_of(ph[i].p_flags);
    if (raw_mprotect(lo, hi - lo, prot | 2) != 0) __builtin_trap();
    for (int i = 0; i < phnum; i++)
        ((volatile Elf64_Phdr *)ph)[i].p_vaddr += bias;
    if (raw_mprotect(lo, hi - lo, prot) != 0) __builtin_trap();
}
