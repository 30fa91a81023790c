build-asan/obj/recomp/ir.o: recomp/ir.c recomp/ir.h
recomp/ir.h:
