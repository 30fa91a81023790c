#!/bin/sh
# Random differential testing of the runner (tests/fuzz/rvfuzz.c).
#
#   tests/run_fuzz.sh BUILD            short slice: 2000 I/M/A/C/D sequences checked against
#                                      unicorn, 2000 F sequences checked against qemu-riscv64
#   FUZZ_LONG=1 tests/run_fuzz.sh BUILD   the long run: 105000 sequences (70000 + 35000)
#
# Environment:
#   RVFUZZ_RUNNER  runner command (default BUILD/bin/recomp-run); the ELF path is appended
#   FUZZ_SEED      seed (default 1 for the short slice, the time for the long run)
#   FUZZ_COUNT     sequences per extension, overriding the defaults above
#   QEMU_RV        reference qemu (default qemu-riscv64)
#
# The two extensions run side by side (one process each). rvfuzz is built into
# BUILD/tests-fuzz/rvfuzz when missing or older than its source. The closing line
# is "fuzz: N passed, N failed"; the exit status is non-zero on any failure.

set -u
BUILD=${1:-build}
ROOT=$(cd "$(dirname "$0")/.." && pwd)
SRC=$ROOT/tests/fuzz/rvfuzz.c
FUZZ=$BUILD/tests-fuzz/rvfuzz
RUNNER=${RVFUZZ_RUNNER:-$BUILD/bin/recomp-run}
QEMU_RV=${QEMU_RV:-qemu-riscv64}
CC=${CC:-gcc}

if [ "${FUZZ_LONG:-0}" = 1 ]; then
    SEED=${FUZZ_SEED:-$(date +%s)}
    COUNT_IMACD=${FUZZ_COUNT:-70000}
    COUNT_F=${FUZZ_COUNT:-35000}
else
    SEED=${FUZZ_SEED:-1}
    COUNT_IMACD=${FUZZ_COUNT:-2000}
    COUNT_F=${FUZZ_COUNT:-2000}
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

# A runner given as a path must exist; a bare command name is looked up by the shell.
first_word=${RUNNER%% *}
case $first_word in
*/*) [ -x "$first_word" ] || fail "runner $first_word not found or not executable (build it: make)" ;;
*) command -v "$first_word" >/dev/null 2>&1 || fail "runner $first_word not found" ;;
esac

echo "fuzz: runner '$RUNNER', seed $SEED, $COUNT_IMACD imacd (vs unicorn) + $COUNT_F f (vs $QEMU_RV)"
LOG=$(mktemp -d "${TMPDIR:-/tmp}/run_fuzz.XXXXXX") || fail "cannot create a temporary directory"
trap 'rm -rf "$LOG"' EXIT INT TERM

"$FUZZ" --runner "$RUNNER" --ref unicorn --ext imacd --seed "$SEED" --count "$COUNT_IMACD" \
    >"$LOG/imacd" 2>&1 &
pid_imacd=$!
if command -v "${QEMU_RV%% *}" >/dev/null 2>&1; then
    "$FUZZ" --runner "$RUNNER" --ref qemu --qemu "$QEMU_RV" --ext f --seed "$SEED" \
        --count "$COUNT_F" >"$LOG/f" 2>&1 &
    pid_f=$!
else
    echo "fuzz: $QEMU_RV not found; F sequences skipped" >"$LOG/f"
    pid_f=
fi
wait "$pid_imacd"
[ -n "$pid_f" ] && wait "$pid_f"

passed=0
failed=0
for part in imacd f; do
    echo "--- $part"
    cat "$LOG/$part"
    line=$(grep '^fuzz: [0-9]* passed, [0-9]* failed$' "$LOG/$part" | tail -n 1)
    if [ -n "$line" ]; then
        p=$(echo "$line" | sed 's/^fuzz: \([0-9]*\) passed.*/\1/')
        f=$(echo "$line" | sed 's/.* \([0-9]*\) failed$/\1/')
        passed=$((passed + p))
        failed=$((failed + f))
    elif [ "$part" = imacd ] || [ -n "$pid_f" ]; then
        echo "fuzz: $part run ended without a summary"
        failed=$((failed + 1))
    fi
done
echo "fuzz: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
