#!/bin/sh
# Random differential testing of the runner (tests/fuzz/rvfuzz.c).
#
#   tests/run_fuzz.sh BUILD            short slice, five streams side by side:
#                                        imacd      2000 I/M/A/C/D sequences vs unicorn
#                                        f          2000 F sequences vs qemu-riscv64
#                                        loops      2000 loop-structured I/M/A/C/D sequences
#                                                   (--loops) vs unicorn through the AOT cache:
#                                                   each ELF compiled by BUILD/bin/recomp, then
#                                                   run with --cache (regions: loops, branches
#                                                   inside them, registers across their edges)
#                                        loops-jit  the same sequences through the JIT alone
#                                        loops-f    1000 loop-structured F sequences vs
#                                                   qemu-riscv64 through the AOT cache
#   FUZZ_LONG=1 tests/run_fuzz.sh BUILD   the long run: 155000 sequences (70000 imacd,
#                                      35000 f, 20000 loops, 20000 loops-jit, 10000 loops-f)
#
# Environment:
#   RVFUZZ_RUNNER  runner command (default BUILD/bin/recomp-run); the ELF path is appended
#   RVFUZZ_AOT     AOT compiler of the loops and loops-f streams, run as
#                  `RVFUZZ_AOT -q ELF -o ELF.cache` (the runner then gets `--cache ELF.cache`
#                  before the ELF). Default BUILD/bin/recomp, or, when RVFUZZ_RUNNER is set,
#                  none; without one both streams are skipped (loops-jit still runs)
#   FUZZ_SEED      seed (default 1 for the short slice, the time for the long run)
#   FUZZ_COUNT     sequences per stream, overriding the defaults above
#   QEMU_RV        reference qemu (default qemu-riscv64)
#   RECOMP_CACHE_DIR  default: a private temporary directory (stamps stay out of ~/.cache)
#
# rvfuzz is built into BUILD/tests-fuzz/rvfuzz when missing or older than its source. The
# closing line is "fuzz: N passed, N failed" over all streams; the exit status is non-zero on
# any failure.

set -u
BUILD=${1:-build}
ROOT=$(cd "$(dirname "$0")/.." && pwd)
SRC=$ROOT/tests/fuzz/rvfuzz.c
FUZZ=$BUILD/tests-fuzz/rvfuzz
if [ -n "${RVFUZZ_RUNNER:-}" ]; then
    RUNNER=$RVFUZZ_RUNNER
    AOT=${RVFUZZ_AOT:-}
else
    RUNNER=$BUILD/bin/recomp-run
    AOT=${RVFUZZ_AOT-$BUILD/bin/recomp}
fi
QEMU_RV=${QEMU_RV:-qemu-riscv64}
CC=${CC:-gcc}

if [ "${FUZZ_LONG:-0}" = 1 ]; then
    SEED=${FUZZ_SEED:-$(date +%s)}
    COUNT_IMACD=${FUZZ_COUNT:-70000}
    COUNT_F=${FUZZ_COUNT:-35000}
    COUNT_LOOPS=${FUZZ_COUNT:-20000}
    COUNT_LOOPS_F=${FUZZ_COUNT:-10000}
else
    SEED=${FUZZ_SEED:-1}
    COUNT_IMACD=${FUZZ_COUNT:-2000}
    COUNT_F=${FUZZ_COUNT:-2000}
    COUNT_LOOPS=${FUZZ_COUNT:-2000}
    COUNT_LOOPS_F=${FUZZ_COUNT:-1000}
fi

fail() {
    echo "fuzz: $1"
    echo "fuzz: 0 passed, 1 failed"
    exit 1
}

mkdir -p "$BUILD/tests-fuzz" || fail "cannot create $BUILD/tests-fuzz"
if [ ! -x "$FUZZ" ] || [ "$SRC" -nt "$FUZZ" ]; then
    $CC -std=gnu11 -O2 -g -Wall -Wextra -fno-strict-aliasing -o "$FUZZ" "$SRC" -lunicorn ||
        fail "cannot build $FUZZ (needs libunicorn-dev: make deps)"
fi

# A runner (or compiler) given as a path must exist; a bare command name is looked up.
check_command() {
    first_word=${2%% *}
    case $first_word in
    */*) [ -x "$first_word" ] || fail "$1 $first_word not found or not executable (build it: make)" ;;
    *) command -v "$first_word" >/dev/null 2>&1 || fail "$1 $first_word not found" ;;
    esac
}
check_command runner "$RUNNER"
[ -n "$AOT" ] && check_command "AOT compiler" "$AOT"

echo "fuzz: runner '$RUNNER', seed $SEED, $COUNT_IMACD imacd (vs unicorn) + $COUNT_F f (vs $QEMU_RV)" \
    "+ $COUNT_LOOPS loops (vs unicorn; AOT: '${AOT:-skipped}') + $COUNT_LOOPS loops-jit" \
    "+ $COUNT_LOOPS_F loops-f (vs $QEMU_RV, AOT)"
LOG=$(mktemp -d "${TMPDIR:-/tmp}/run_fuzz.XXXXXX") || fail "cannot create a temporary directory"
trap 'rm -rf "$LOG"' EXIT INT TERM
RECOMP_CACHE_DIR=${RECOMP_CACHE_DIR:-$LOG/recomp-cache}
export RECOMP_CACHE_DIR

"$FUZZ" --runner "$RUNNER" --ref unicorn --ext imacd --seed "$SEED" --count "$COUNT_IMACD" \
    >"$LOG/imacd" 2>&1 &
pids=$!
if command -v "${QEMU_RV%% *}" >/dev/null 2>&1; then
    "$FUZZ" --runner "$RUNNER" --ref qemu --qemu "$QEMU_RV" --ext f --seed "$SEED" \
        --count "$COUNT_F" >"$LOG/f" 2>&1 &
    pids="$pids $!"
    with_f=1
else
    echo "fuzz: $QEMU_RV not found; F sequences skipped" >"$LOG/f"
    with_f=0
fi
if [ "$with_f" = 1 ] && [ -n "$AOT" ]; then
    "$FUZZ" --runner "$RUNNER" --aot "$AOT" --ref qemu --qemu "$QEMU_RV" --ext f --loops \
        --seed "$SEED" --count "$COUNT_LOOPS_F" >"$LOG/loops-f" 2>&1 &
    pids="$pids $!"
else
    echo "fuzz: no $QEMU_RV or no AOT compiler; loop-structured F sequences skipped" >"$LOG/loops-f"
fi
if [ -n "$AOT" ]; then
    "$FUZZ" --runner "$RUNNER" --aot "$AOT" --ref unicorn --ext imacd --loops --seed "$SEED" \
        --count "$COUNT_LOOPS" >"$LOG/loops" 2>&1 &
    pids="$pids $!"
else
    echo "fuzz: no AOT compiler (RVFUZZ_AOT); loops through the cache skipped" >"$LOG/loops"
fi
"$FUZZ" --runner "$RUNNER" --ref unicorn --ext imacd --loops --seed "$SEED" \
    --count "$COUNT_LOOPS" >"$LOG/loops-jit" 2>&1 &
pids="$pids $!"
for pid in $pids; do
    wait "$pid"
done

passed=0
failed=0
for part in imacd f loops loops-jit loops-f; do
    echo "--- $part"
    cat "$LOG/$part"
    line=$(grep '^fuzz: [0-9]* passed, [0-9]* failed$' "$LOG/$part" | tail -n 1)
    if [ -n "$line" ]; then
        p=$(echo "$line" | sed 's/^fuzz: \([0-9]*\) passed.*/\1/')
        f=$(echo "$line" | sed 's/.* \([0-9]*\) failed$/\1/')
        passed=$((passed + p))
        failed=$((failed + f))
    elif ! grep -q '^fuzz: .* skipped$' "$LOG/$part"; then
        echo "fuzz: $part run ended without a summary"
        failed=$((failed + 1))
    fi
done
echo "fuzz: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
