build-asan/obj/recomp/backend.o: recomp/backend.c recomp/backend.h \
 recomp/ir.h recomp/x64_emit.h recomp/rv64_cpu.h
recomp/backend.h:
recomp/ir.h:
recomp/x64_emit.h:
recomp/rv64_cpu.h:
