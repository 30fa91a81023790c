build-asan/obj/recomp/x64_emit.o: recomp/x64_emit.c recomp/x64_emit.h
recomp/x64_emit.h:
