build-asan/obj/recomp/rv64_decode.o: recomp/rv64_decode.c \
 recomp/rv64_decode.h recomp/rv64_insn.def
recomp/rv64_decode.h:
recomp/rv64_insn.def:
