build-asan/obj/recomp/lift_rv64.o: recomp/lift_rv64.c recomp/lift.h \
 recomp/ir.h recomp/rv64_decode.h recomp/rv64_insn.def recomp/helpers.h \
 recomp/rv64_cpu.h recomp/rv64_fp.h
recomp/lift.h:
recomp/ir.h:
recomp/rv64_decode.h:
recomp/rv64_insn.def:
recomp/helpers.h:
recomp/rv64_cpu.h:
recomp/rv64_fp.h:
