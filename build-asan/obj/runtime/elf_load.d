build-asan/obj/runtime/elf_load.o: runtime/elf_load.c runtime/elf_load.h \
 runtime/gmem.h runtime/sysroot.h
runtime/elf_load.h:
runtime/gmem.h:
runtime/sysroot.h:
