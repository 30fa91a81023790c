build-asan/obj/recomp/helpers.o: recomp/helpers.c recomp/helpers.h \
 recomp/rv64_cpu.h recomp/rv64_decode.h recomp/rv64_insn.def \
 recomp/rv64_fp.h
recomp/helpers.h:
recomp/rv64_cpu.h:
recomp/rv64_decode.h:
recomp/rv64_insn.def:
recomp/rv64_fp.h:
