build-asan/obj/runtime/engine.o: runtime/engine.c runtime/engine.h \
 recomp/rv64_cpu.h recomp/backend.h recomp/ir.h recomp/x64_emit.h \
 runtime/gmem.h recomp/helpers.h recomp/rv64_cpu.h recomp/rv64_decode.h \
 recomp/rv64_insn.def recomp/lift.h recomp/rv64_decode.h recomp/rv64_fp.h \
 runtime/syscall.h runtime/syscall_internal.h runtime/guest.h
runtime/engine.h:
recomp/rv64_cpu.h:
recomp/backend.h:
recomp/ir.h:
recomp/x64_emit.h:
runtime/gmem.h:
recomp/helpers.h:
recomp/rv64_cpu.h:
recomp/rv64_decode.h:
recomp/rv64_insn.def:
recomp/lift.h:
recomp/rv64_decode.h:
recomp/rv64_fp.h:
runtime/syscall.h:
runtime/syscall_internal.h:
runtime/guest.h:
