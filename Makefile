# recomp: RISC-V (RV64GC) Linux user-mode binary translator for x86-64 hosts.
#
#   make deps        install every system package the build and tests need (apt-get, as root)
#   make             build build/bin/recomp-run and the translator library
#   make demo        deps + build + run a shipped example guest program
#   make check       deps + build + all tests (closing line: "N passed, N failed")
#   make check-diff  every guest program under recomp-run and under qemu-riscv64, compared
#   make check-fuzz  long random differential run against the reference
#   make check-asan  the suite built with AddressSanitizer + UBSan
#
# Sources are found by wildcard: recomp/*.c form the translator library, runtime/*.c the runtime,
# tests/unit/test_*.c one cmocka binary each, tests/guest/*.c guest programs (static, -O0 and -O2),
# tests/asm/*.S self-checking guest assembly tests.

CC      ?= gcc
BUILD   ?= build
OPT     ?= -O2
SAN     ?=
CFLAGS  ?= $(OPT) -g
CFLAGS  += -std=gnu11 -Wall -Wextra -fno-strict-aliasing -Iinclude -Irecomp -Iruntime $(SAN)
LDFLAGS += $(SAN)
LDLIBS  += -lcapstone -lzstd -lelf -lffi -lm -lpthread

RV_CC     ?= riscv64-linux-gnu-gcc
RV_CFLAGS ?= -static -Wall
QEMU_RV   ?= qemu-riscv64

DEB_PACKAGES = gcc make gcc-riscv64-linux-gnu g++-riscv64-linux-gnu binutils-riscv64-linux-gnu \
	qemu-user libelf-dev libffi-dev libzstd-dev libcmocka-dev libunicorn-dev libcapstone-dev \
	libxxhash-dev pkg-config clang-format

RECOMP_SRC  := $(sort $(wildcard recomp/*.c))
RUNTIME_SRC := $(sort $(wildcard runtime/*.c))
RECOMP_OBJ  := $(RECOMP_SRC:%.c=$(BUILD)/obj/%.o)
RUNTIME_OBJ := $(RUNTIME_SRC:%.c=$(BUILD)/obj/%.o)
LIBRECOMP   := $(BUILD)/lib/librecomp.a
LIBRUNTIME  := $(BUILD)/lib/libruntime.a

UNIT_SRC    := $(sort $(wildcard tests/unit/test_*.c))
UNIT_BIN    := $(UNIT_SRC:tests/unit/%.c=$(BUILD)/tests/%)
GUEST_SRC   := $(sort $(wildcard tests/guest/*.c))
GUEST_BIN   := $(GUEST_SRC:tests/guest/%.c=$(BUILD)/guest/O0/%) \
               $(GUEST_SRC:tests/guest/%.c=$(BUILD)/guest/O2/%)
ASM_SRC     := $(sort $(wildcard tests/asm/*.S))
ASM_BIN     := $(ASM_SRC:tests/asm/%.S=$(BUILD)/asm/%)
ASM_PIE_BIN := $(ASM_SRC:tests/asm/%.S=$(BUILD)/asm-pie/%)

.PHONY: all deps demo check check-unit check-asm check-guest check-diff check-fuzz check-asan \
	guests format check-format clean

all: $(BUILD)/bin/recomp-run

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

$(BUILD)/bin/recomp-run: $(BUILD)/obj/tools/recomp-run.o $(LIBRUNTIME) $(LIBRECOMP)
	@mkdir -p $(dir $@)
	$(CC) $(LDFLAGS) -o $@ $^ $(LDLIBS)

$(BUILD)/tests/%: tests/unit/%.c $(LIBRUNTIME) $(LIBRECOMP)
	@mkdir -p $(dir $@)
	$(CC) $(CFLAGS) -o $@ $< $(LIBRUNTIME) $(LIBRECOMP) $(LDFLAGS) $(LDLIBS) -lcmocka -lunicorn

$(BUILD)/guest/O0/%: tests/guest/%.c
	@mkdir -p $(dir $@)
	$(RV_CC) $(RV_CFLAGS) -O0 -o $@ $< -lm

$(BUILD)/guest/O2/%: tests/guest/%.c
	@mkdir -p $(dir $@)
	$(RV_CC) $(RV_CFLAGS) -O2 -o $@ $< -lm

$(BUILD)/asm/%: tests/asm/%.S tests/asm/testlib.h
	@mkdir -p $(dir $@)
	$(RV_CC) -static -nostdlib -march=rv64gc_zba_zbb_zbs -Itests/asm -o $@ $<

# The same tests linked as static-PIE (ET_DYN, loaded at the PIE base): run differentially
# against qemu-riscv64, since a few need the self-relocation that libc would do.
$(BUILD)/asm-pie/%: tests/asm/%.S tests/asm/testlib.h
	@mkdir -p $(dir $@)
	$(RV_CC) -static-pie -fPIE -nostdlib -Wl,--no-dynamic-linker -march=rv64gc_zba_zbb_zbs -Itests/asm -o $@ $<

guests: $(GUEST_BIN) $(ASM_BIN) $(ASM_PIE_BIN)

demo: deps all $(BUILD)/guest/O2/hello
	$(BUILD)/bin/recomp-run $(BUILD)/guest/O2/hello

check: deps all $(UNIT_BIN) guests
	@tests/run_tests.sh $(BUILD)

check-diff: deps all guests
	@tests/check_diff.sh $(BUILD)

check-fuzz: deps all $(UNIT_BIN)
	@FUZZ_LONG=1 tests/run_fuzz.sh $(BUILD)

check-asan:
	$(MAKE) BUILD=build-asan OPT=-O1 SAN="-fsanitize=address,undefined -fno-omit-frame-pointer" check

format:
	clang-format -i $$(git ls-files '*.c' '*.h' ':!tests/asm/*')

check-format:
	clang-format --dry-run -Werror $$(git ls-files '*.c' '*.h' ':!tests/asm/*')

clean:
	rm -rf build build-asan

-include $(shell find $(BUILD)/obj -name '*.d' 2>/dev/null)
