build-asan/obj/tools/recomp-run.o: tools/recomp-run.c runtime/elf_load.h \
 runtime/engine.h recomp/rv64_cpu.h runtime/guest.h \
 runtime/syscall_internal.h runtime/gmem.h runtime/syscall.h \
 runtime/syscall_internal.h runtime/sysroot.h
runtime/elf_load.h:
runtime/engine.h:
recomp/rv64_cpu.h:
runtime/guest.h:
runtime/syscall_internal.h:
runtime/gmem.h:
runtime/syscall.h:
runtime/syscall_internal.h:
runtime/sysroot.h:
