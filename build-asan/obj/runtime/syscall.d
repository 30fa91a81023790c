build-asan/obj/runtime/syscall.o: runtime/syscall.c runtime/syscall.h \
 recomp/rv64_cpu.h runtime/elf_load.h runtime/gmem.h \
 runtime/syscall_internal.h runtime/syscall_tab.h runtime/syscall_io.h \
 runtime/syscall_util.h runtime/sysroot.h
runtime/syscall.h:
recomp/rv64_cpu.h:
runtime/elf_load.h:
runtime/gmem.h:
runtime/syscall_internal.h:
runtime/syscall_tab.h:
runtime/syscall_io.h:
runtime/syscall_util.h:
runtime/sysroot.h:
