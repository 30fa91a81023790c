build-asan/obj/runtime/gmem.o: runtime/gmem.c runtime/gmem.h
runtime/gmem.h:
