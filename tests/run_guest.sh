#!/bin/bash
# Runs the guest C programs under a runner and compares with the golden outputs.
#
#   tests/run_guest.sh RUNNER BUILD [NAME...]
#
# RUNNER is a command string, e.g. "build/bin/recomp-run" or "qemu-riscv64" (may have
# options: "build/bin/recomp-run --no-cache"). BUILD is the build directory holding
# BUILD/guest/{O0,O2}/NAME (built by `make guests`). Without NAMEs every
# tests/guest/*.c is run, at both -O0 and -O2.
#
# Each run: fresh temp cwd, argv from tests/guest/NAME.args, stdin from
# tests/guest/NAME.stdin (else /dev/null), environment exactly
#   env -i PATH=/usr/bin:/bin HOME=/tmp LANG=C RECOMP_TEST_VAR=hello
# (plus $GUEST_EXTRA_ENV), timeout $GUEST_TIMEOUT s (default 60). stdout and the exit
# status must equal tests/guest/expected/NAME.out and NAME.status.
# See tests/guest_lib.sh for the details.
#
# Output: one line per failure (plus a few indented diff lines), then
#   guest: N passed, N failed
# Exit status 0 only if nothing failed. $JOBS sets the parallelism (default: CPUs);
# $KEEP_GUEST_RESULTS=1 keeps the per-run output directory and prints its path.

set -u
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
# shellcheck source=tests/guest_lib.sh
. "$here/guest_lib.sh"

# Worker mode (used through xargs): run one VARIANT/NAME and write RESULTS/VARIANT.NAME.res
if [ "${1:-}" = "--worker" ]; then
    runner=$2 build=$3 results=$4 variant=$5 name=$6
    bin="$build/guest/$variant/$name"
    prefix="$results/$variant.$name"
    exp="$GUEST_SRC_DIR/expected/$name"
    {
        if [ ! -f "$exp.out" ] || [ ! -f "$exp.status" ]; then
            echo "FAIL $variant/$name: no expected output (run tests/guest/regen_expected.sh $name)"
        elif [ ! -x "$bin" ]; then
            echo "FAIL $variant/$name: binary $bin not built (make guests)"
        else
            guest_run "$runner" "$bin" "$name" "$prefix"
            got=$(cat "$prefix.status")
            want=$(tr -d ' \n' <"$exp.status")
            msg=""
            [ "$got" != "$want" ] && msg="exit status $got, expected $want"
            if ! cmp -s "$exp.out" "$prefix.out"; then
                msg="${msg:+$msg; }stdout differs ($(wc -c <"$prefix.out") bytes, expected $(wc -c <"$exp.out"))"
            fi
            if [ "$got" = 124 ]; then msg="$msg [timed out after ${GUEST_TIMEOUT}s]"; fi
            if [ -z "$msg" ]; then
                echo "PASS $variant/$name"
            else
                echo "FAIL $variant/$name: $msg"
                guest_short_diff "$exp.out" "$prefix.out"
                if [ -s "$prefix.err" ]; then
                    echo "      stderr: $(head -c 300 "$prefix.err" | head -n 3 | tr '\n' ' ')"
                fi
            fi
        fi
    } >"$prefix.res"
    exit 0
fi

if [ $# -lt 2 ]; then
    echo "usage: $0 RUNNER BUILD [NAME...]" >&2
    exit 2
fi
runner=$(guest_runner_abs "$1")
build=$(guest_abspath "$2")
shift 2
if [ $# -gt 0 ]; then names=("$@"); else mapfile -t names < <(guest_all_names); fi

results=$(mktemp -d "${TMPDIR:-/tmp}/recomp-run-guest.XXXXXX")
for name in "${names[@]}"; do
    for variant in O0 O2; do printf '%s\0%s\0' "$variant" "$name"; done
done | xargs -0 -n 2 -P "$(guest_jobs)" "$here/run_guest.sh" --worker "$runner" "$build" "$results"

pass=0
fail=0
for name in "${names[@]}"; do
    for variant in O0 O2; do
        res="$results/$variant.$name.res"
        if [ -f "$res" ] && head -n 1 "$res" | grep -q '^PASS'; then
            pass=$((pass + 1))
        else
            fail=$((fail + 1))
            if [ -f "$res" ]; then cat "$res"; else echo "FAIL $variant/$name: no result (worker died)"; fi
        fi
    done
done
if [ "${KEEP_GUEST_RESULTS:-0}" = 1 ]; then
    echo "guest outputs kept in $results"
else
    rm -rf "$results"
fi
echo "guest: $pass passed, $fail failed"
[ "$fail" -eq 0 ]
