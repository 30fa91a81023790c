# recomp: RISC-V (RV64GC) Linux user-mode binary translator for x86-64 hosts.
#
#   make deps        install every system package the build and tests need (apt-get, as root)
#   make             build build/bin/recomp-run and the translator library
#   make demo        deps + build + run a shipped example guest program
#   make check       deps + build + all tests (closing line: "N passed, N failed")
#   make check-diff  every guest program under recomp-run and under qemu-riscv64, compared
#   make check-fuzz  long random differential run against the reference
#   make check-asan  the suite built with AddressSanitizer + UBSan
#   make check-strace  the guest programs under recomp-run --strace: lists unimplemented syscalls
#   make bench       the benchmark suite -> docs/benchmarks.md (QUICK=1: small sizes, for CI)
#
# Sources are found by wildcard: recomp/*.c form the translator library, runtime/*.c the runtime,
# tests/unit/test_*.c one cmocka binary each, tests/guest/*.c and *.cc guest programs (C, C++),
# each built four ways into build/guest/VARIANT/NAME: O0 and O2 (static), dyn (dynamically linked
# PIE, -O2) and pie (static-PIE, -O2), tests/guest/lib/lib*.c guest shared libraries
# (build/guest/lib/, for the dlopen tests), tests/asm/*.S self-checking guest assembly tests.

CC      ?= gcc
BUILD   ?= build
OPT     ?= -O2
SAN     ?=
CFLAGS  ?= $(OPT) -g
CFLAGS  += -std=gnu11 -Wall -Wextra -fno-strict-aliasing -Iinclude -Irecomp -Iruntime $(SAN)
# Non-PIE executables with the bigger libraries linked in statically: start-up is the point of
# the AOT cache, and dynamic relocation of libcapstone alone took about 0.7 ms of every run.
LDFLAGS += $(SAN) -no-pie
LDLIBS  += -Wl,-Bstatic -lcapstone -lzstd -lxxhash -lelf -lz -lffi -Wl,-Bdynamic -lm -lpthread -ldl
comma   := ,

RV_CC     ?= riscv64-linux-gnu-gcc
RV_CXX    ?= riscv64-linux-gnu-g++
RV_CFLAGS ?= -static -Wall
# (--no-warn-rwx-segments: tests/guest/smc_segment.c has an RWX PT_LOAD on purpose)
RV_LIBS   ?= -lm -lpthread -ldl -latomic -Wl,--no-warn-rwx-segments
QEMU_RV   ?= qemu-riscv64

DEB_PACKAGES = gcc make gcc-riscv64-linux-gnu g++-riscv64-linux-gnu binutils-riscv64-linux-gnu \
	qemu-user libelf-dev libffi-dev libzstd-dev libcmocka-dev libunicorn-dev libcapstone-dev \
	libxxhash-dev pkg-config clang-format gnuplot-nox

RECOMP_SRC  := $(sort $(wildcard recomp/*.c))
RUNTIME_SRC := $(sort $(wildcard runtime/*.c))
RECOMP_OBJ  := $(RECOMP_SRC:%.c=$(BUILD)/obj/%.o)
RUNTIME_OBJ := $(RUNTIME_SRC:%.c=$(BUILD)/obj/%.o)
LIBRECOMP   := $(BUILD)/lib/librecomp.a
LIBRUNTIME  := $(BUILD)/lib/libruntime.a

UNIT_SRC    := $(sort $(wildcard tests/unit/test_*.c))
UNIT_BIN    := $(UNIT_SRC:tests/unit/%.c=$(BUILD)/tests/%)
GUEST_C     := $(sort $(wildcard tests/guest/*.c))
GUEST_CXX   := $(sort $(wildcard tests/guest/*.cc))
GUEST_NAMES := $(sort $(GUEST_C:tests/guest/%.c=%) $(GUEST_CXX:tests/guest/%.cc=%))
# The variants the test scripts run (tests/guest_lib.sh); all four are always built.
GUEST_VARIANTS ?= O0 O2 dyn pie
export GUEST_VARIANTS
GUEST_BIN   := $(foreach v,O0 O2 dyn pie,$(GUEST_NAMES:%=$(BUILD)/guest/$(v)/%))
GUEST_LIB   := $(patsubst tests/guest/lib/%.c,$(BUILD)/guest/lib/%.so,$(sort $(wildcard tests/guest/lib/lib*.c)))
GUEST_RT    := $(BUILD)/guest/rt/rcrt1.o
ASM_SRC     := $(sort $(wildcard tests/asm/*.S))
ASM_BIN     := $(ASM_SRC:tests/asm/%.S=$(BUILD)/asm/%)
ASM_PIE_BIN := $(ASM_SRC:tests/asm/%.S=$(BUILD)/asm-pie/%)
# Instrumentation plugins (docs/plugins.md): tools/plugins/NAME.c -> BUILD/plugins/NAME.so;
# their tests: tests/plugin/*.S guest programs, tests/plugin/*.c test plugins and tools.
PLUGIN_SRC  := $(sort $(wildcard tools/plugins/*.c))
PLUGIN_SO   := $(PLUGIN_SRC:tools/plugins/%.c=$(BUILD)/plugins/%.so)
PLUGIN_SYMS := runtime/plugin.syms
PTEST_ASM   := $(sort $(wildcard tests/plugin/*.S))
PTEST_BIN   := $(PTEST_ASM:tests/plugin/%.S=$(BUILD)/plugin-tests/%)
PTEST_SO    := $(patsubst tests/plugin/%.c,$(BUILD)/plugin-tests/%.so,$(sort $(wildcard tests/plugin/p_*.c tests/plugin/q_*.c)))
PTEST_TOOLS := $(patsubst tests/plugin/%.c,$(BUILD)/plugin-tests/%,$(sort $(wildcard tests/plugin/t_*.c)))

.PHONY: all deps demo check check-unit check-asm check-guest check-diff check-fuzz check-asan \
	check-strace guests format check-format clean plugin-tests

all: $(BUILD)/bin/recomp-run $(BUILD)/bin/recomp-run-dyn $(BUILD)/bin/recomp $(PLUGIN_SO)

deps:
	@if ! dpkg -s $(DEB_PACKAGES) >/dev/null 2>&1; then \
	  echo "installing: $(DEB_PACKAGES)"; \
	  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $(DEB_PACKAGES) >/dev/null; \
	fi

$(BUILD)/obj/%.o: %.c
	@mkdir -p $(dir $@)
	$(CC) $(CFLAGS) -MMD -MP -c $< -o $@

$(LIBRECOMP): $(RECOMP_OBJ)
	@mkdir -p $(dir $@)
	rm -f $@ && ar rcs $@ $^

$(LIBRUNTIME): $(RUNTIME_OBJ)
	@mkdir -p $(dir $@)
	rm -f $@ && ar rcs $@ $^

# recomp-run-dyn exports the plugin API, and only that, to the plugins it loads (a dynamic
# list). recomp-run is the same program linked statically (dlopen and dlerror wrapped by stubs,
# tools/recomp-run-nodl.c): ld.so loading libc and libm and binding their symbols was about
# 0.4 ms of a cached program's start-up (docs/cache.md); it executes recomp-run-dyn when given
# --plugin. Sanitizer builds ($(SAN)) cannot be static: there recomp-run is dynamic too.
$(BUILD)/bin/recomp-run-dyn: $(BUILD)/obj/tools/recomp-run.o $(LIBRUNTIME) $(LIBRECOMP) $(PLUGIN_SYMS)
	@mkdir -p $(dir $@)
	$(CC) $(LDFLAGS) -Wl,--dynamic-list=$(PLUGIN_SYMS) -o $@ $(filter-out $(PLUGIN_SYMS),$^) $(LDLIBS)

ifeq ($(SAN),)
$(BUILD)/bin/recomp-run: $(BUILD)/obj/tools/recomp-run.o $(BUILD)/obj/tools/recomp-run-nodl.o \
		$(LIBRUNTIME) $(LIBRECOMP)
	@mkdir -p $(dir $@)
	$(CC) $(LDFLAGS) -static -Wl,--wrap=dlopen,--wrap=dlerror -o $@ $^ \
		$(filter-out -Wl$(comma)-B%,$(LDLIBS))
else
$(BUILD)/bin/recomp-run: $(BUILD)/bin/recomp-run-dyn
	cp $< $@
endif

$(BUILD)/plugins/%.so: tools/plugins/%.c include/recomp/plugin.h
	@mkdir -p $(dir $@)
	$(CC) $(CFLAGS) -shared -fPIC -o $@ $< $(PLUGIN_LDLIBS)

$(BUILD)/plugins/mem.so: PLUGIN_LDLIBS = -lzstd

# Plugin tests (tests/run_plugin_tests.sh): guest programs like tests/asm (libc-free, static),
# test plugins (p_*.c), host tools (t_*.c).
$(BUILD)/plugin-tests/%: tests/plugin/%.S tests/asm/testlib.h
	@mkdir -p $(dir $@)
	$(RV_CC) -static -nostdlib -march=rv64gc_zba_zbb_zbs -Itests/asm -o $@ $<

$(BUILD)/plugin-tests/%.so: tests/plugin/%.c include/recomp/plugin.h
	@mkdir -p $(dir $@)
	$(CC) $(CFLAGS) -shared -fPIC -o $@ $<

# q_*.c are plugins for qemu-riscv64 (the reference counts): never built with sanitizers
$(BUILD)/plugin-tests/q_%.so: tests/plugin/q_%.c
	@mkdir -p $(dir $@)
	$(CC) $(OPT) -g -std=gnu11 -Wall -Wextra -shared -fPIC -o $@ $<

$(BUILD)/plugin-tests/%: tests/plugin/%.c
	@mkdir -p $(dir $@)
	$(CC) $(CFLAGS) -o $@ $< $(LDFLAGS) -lzstd

plugin-tests: $(PLUGIN_SO) $(PTEST_BIN) $(PTEST_SO) $(PTEST_TOOLS)

$(BUILD)/bin/recomp: $(BUILD)/obj/tools/recomp.o $(LIBRUNTIME) $(LIBRECOMP)
	@mkdir -p $(dir $@)
	$(CC) $(LDFLAGS) -o $@ $^ $(LDLIBS)

$(BUILD)/tests/cache_fuzz: tests/tools/cache_fuzz.c
	@mkdir -p $(dir $@)
	$(CC) $(CFLAGS) -o $@ $< $(LDFLAGS) $(LDLIBS)

$(BUILD)/tests/%: tests/unit/%.c $(LIBRUNTIME) $(LIBRECOMP)
	@mkdir -p $(dir $@)
	$(CC) $(CFLAGS) -o $@ $< $(LIBRUNTIME) $(LIBRECOMP) $(LDFLAGS) $(LDLIBS) -lcmocka -lunicorn

# Guest programs: one rule per variant and language. -lpthread -ldl are empty in glibc 2.36
# (all in libc) but harmless; -latomic has the sub-word atomics that gcc 12 calls out of line
# on riscv64 (thread_atomic). The static links of programs using dlopen warn that the shared
# glibc is needed at run time: it is, from the sysroot.
$(BUILD)/guest/O0/%: tests/guest/%.c
	@mkdir -p $(dir $@)
	$(RV_CC) $(RV_CFLAGS) -O0 -o $@ $< $(RV_LIBS)

$(BUILD)/guest/O2/%: tests/guest/%.c
	@mkdir -p $(dir $@)
	$(RV_CC) $(RV_CFLAGS) -O2 -o $@ $< $(RV_LIBS)

$(BUILD)/guest/O0/%: tests/guest/%.cc
	@mkdir -p $(dir $@)
	$(RV_CXX) $(RV_CFLAGS) -O0 -o $@ $< $(RV_LIBS)

$(BUILD)/guest/O2/%: tests/guest/%.cc
	@mkdir -p $(dir $@)
	$(RV_CXX) $(RV_CFLAGS) -O2 -o $@ $< $(RV_LIBS)

# dyn: the toolchain's default output, a dynamically linked PIE (interpreter
# /lib/ld-linux-riscv64-lp64d.so.1, libraries from the sysroot /usr/riscv64-linux-gnu).
$(BUILD)/guest/dyn/%: tests/guest/%.c
	@mkdir -p $(dir $@)
	$(RV_CC) -Wall -O2 -o $@ $< $(RV_LIBS)

$(BUILD)/guest/dyn/%: tests/guest/%.cc
	@mkdir -p $(dir $@)
	$(RV_CXX) -Wall -O2 -o $@ $< $(RV_LIBS)

# pie: static-PIE (ET_DYN, no interpreter, self-relocating). Debian's riscv64 cross glibc
# has no rcrt1.o (nor the self-relocation in libc.a) and gcc 12's riscv link spec does not
# pass -static/--no-dynamic-linker for -static-pie, so the start file is our
# tests/guest/lib/rcrt1.c (found through -B) and the linker gets those flags itself.
RV_PIE_FLAGS = -static-pie -fPIE -B$(BUILD)/guest/rt/ -Wl,-static,--no-dynamic-linker

$(BUILD)/guest/pie/%: tests/guest/%.c $(GUEST_RT)
	@mkdir -p $(dir $@)
	$(RV_CC) $(RV_PIE_FLAGS) -Wall -O2 -o $@ $< $(RV_LIBS)

$(BUILD)/guest/pie/%: tests/guest/%.cc $(GUEST_RT)
	@mkdir -p $(dir $@)
	$(RV_CXX) $(RV_PIE_FLAGS) -Wall -O2 -o $@ $< $(RV_LIBS)

$(GUEST_RT): tests/guest/lib/rcrt1.c
	@mkdir -p $(dir $@)
	$(RV_CC) -fPIE -O2 -ffreestanding -fno-stack-protector -Wall -Wextra -c -o $@ $<

$(BUILD)/guest/lib/%.so: tests/guest/lib/%.c
	@mkdir -p $(dir $@)
	$(RV_CC) -shared -fPIC -O2 -Wall -Wextra -o $@ $<

$(BUILD)/asm/%: tests/asm/%.S tests/asm/testlib.h
	@mkdir -p $(dir $@)
	$(RV_CC) -static -nostdlib -march=rv64gc_zba_zbb_zbs -Itests/asm -o $@ $<

# The same tests linked as static-PIE (ET_DYN, loaded at the PIE base): run differentially
# against qemu-riscv64, since a few need the self-relocation that libc would do.
$(BUILD)/asm-pie/%: tests/asm/%.S tests/asm/testlib.h
	@mkdir -p $(dir $@)
	$(RV_CC) -static-pie -fPIE -nostdlib -Wl,--no-dynamic-linker -march=rv64gc_zba_zbb_zbs -Itests/asm -o $@ $<

guests: $(GUEST_BIN) $(GUEST_LIB) $(ASM_BIN) $(ASM_PIE_BIN)

demo: deps all $(BUILD)/guest/O2/hello
	$(BUILD)/bin/recomp-run $(BUILD)/guest/O2/hello

check: deps all $(UNIT_BIN) $(BUILD)/tests/cache_fuzz guests bench-bins plugin-tests
	@tests/run_tests.sh $(BUILD)

check-diff: deps all guests
	@tests/check_diff.sh $(BUILD)

# Not part of `make check`'s verdict (yet): reports the system calls that recomp-run answers
# with ENOSYS while running the guest programs.
check-strace: deps all guests
	@tests/check_strace.sh $(BUILD)

check-fuzz: deps all $(UNIT_BIN) $(BUILD)/tests/cache_fuzz
	@FUZZ_LONG=1 tests/run_fuzz.sh $(BUILD)
	@FUZZ_LONG=1 tests/fuzz_cache.sh $(BUILD)

check-asan:
	$(MAKE) BUILD=build-asan OPT=-O1 SAN="-fsanitize=address,undefined -fno-omit-frame-pointer" check

format:
	clang-format -i $$(git ls-files '*.c' '*.cc' '*.h' ':!tests/asm/*')

check-format:
	clang-format --dry-run -Werror $$(git ls-files '*.c' '*.cc' '*.h' ':!tests/asm/*')

# make bench, make bench QUICK=1, make bench-bins: tools/bench/bench.mk (docs/benchmarks.md)
include tools/bench/bench.mk

clean:
	rm -rf build build-asan

-include $(shell find $(BUILD)/obj -name '*.d' 2>/dev/null)
