build-asan/obj/recomp/opt.o: recomp/opt.c recomp/ir.h
recomp/ir.h:
