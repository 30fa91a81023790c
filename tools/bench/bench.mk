# The benchmark suite (tools/bench/, docs/benchmarks.md), included by the Makefile.
#
#   make bench            every workload, native / qemu-riscv64 / recomp-run (JIT, cache,
#                         plugins when built), 3 runs each: writes docs/benchmarks.md and .png
#   make bench QUICK=1    small sizes, one run each, report in $(BUILD)/bench/quick/ (CI)
#   make bench-bins       only build the workloads and the runner
#
# Each workload tools/bench/NAME.c is built with the same flags for riscv64 (the guest) and
# natively for x86-64: $(BUILD)/bench/rv64/NAME and $(BUILD)/bench/x86_64/NAME. -ffp-contract=off
# keeps the riscv64 build from fusing multiply-adds that the x86-64 baseline (no FMA at the
# default -march) cannot, so both compute bit-identical FP results.

BENCH_NAMES  := $(sort $(basename $(notdir $(filter-out tools/bench/runner.c,$(wildcard tools/bench/*.c)))))
BENCH_CC     ?= gcc
BENCH_CFLAGS ?= -O2 -ffp-contract=off -static -std=gnu11 -Wall -Wextra
BENCH_LIBS   ?= -lm -lpthread
BENCH_RV     := $(BENCH_NAMES:%=$(BUILD)/bench/rv64/%)
BENCH_X86    := $(BENCH_NAMES:%=$(BUILD)/bench/x86_64/%)
BENCH_RUNNER := $(BUILD)/bench/runner

.PHONY: bench bench-bins

$(BUILD)/bench/rv64/%: tools/bench/%.c tools/bench/common.h
	@mkdir -p $(dir $@)
	$(RV_CC) $(BENCH_CFLAGS) -o $@ $< $(BENCH_LIBS)

$(BUILD)/bench/x86_64/%: tools/bench/%.c tools/bench/common.h
	@mkdir -p $(dir $@)
	$(BENCH_CC) $(BENCH_CFLAGS) -o $@ $< $(BENCH_LIBS)

$(BENCH_RUNNER): tools/bench/runner.c
	@mkdir -p $(dir $@)
	$(BENCH_CC) -O2 -std=gnu11 -Wall -Wextra -o $@ $<

bench-bins: $(BENCH_RV) $(BENCH_X86) $(BENCH_RUNNER)

bench: deps all bench-bins
	@tools/bench/bench.sh $(if $(filter-out 0 no,$(QUICK)),--quick) $(BUILD)

# The cache compiler, when its source exists, so that the cache configuration is measured.
ifneq ($(wildcard tools/recomp.c),)
bench: $(BUILD)/bin/recomp
endif
