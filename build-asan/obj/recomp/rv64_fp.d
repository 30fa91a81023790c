build-asan/obj/recomp/rv64_fp.o: recomp/rv64_fp.c recomp/rv64_fp.h \
 recomp/rv64_cpu.h recomp/rv64_decode.h recomp/rv64_insn.def
recomp/rv64_fp.h:
recomp/rv64_cpu.h:
recomp/rv64_decode.h:
recomp/rv64_insn.def:
