#!/bin/bash
# Runs the guest C programs under a runner and compares with the golden outputs.
#
#   tests/run_guest.sh RUNNER BUILD [NAME...]
#
# RUNNER is a command string, e.g. "build/bin/recomp-run" or "qemu-riscv64" (may have
# options: "build/bin/recomp-run --no-cache"). BUILD is the build directory holding
# BUILD/guest/{O0,O2,dyn,pie}/NAME (built by `make guests`). Without NAMEs every
# tests/guest/*.c and *.cc is run, in every variant of $GUEST_VARIANTS (default
# "O0 O2 dyn pie": static -O0, static -O2, dynamically linked, static-PIE).
#
# Each run: fresh temp cwd, argv from tests/guest/NAME.args, stdin from
# tests/guest/NAME.stdin (else /dev/null), environment exactly
#   env -i PATH=/usr/bin:/bin HOME=/tmp LANG=C RECOMP_TEST_VAR=hello
# (plus $GUEST_EXTRA_ENV), timeout $GUEST_TIMEOUT s (default 60; $GUEST_TIMEOUT_SHORT,
# default 10, for thread_/sig_/proc_/net_/dlopen/cxx_ programs). stdout and the exit
# status must equal tests/guest/expected/NAME.out and NAME.status, the same for every
# variant (tests/guest/NAME.variants can restrict a program to some variants). A qemu
# RUNNER gets -L and a private binfmt_misc: see tests/guest_lib.sh.
#
# Output: one line per failure (plus a few indented diff lines), then one count line
# per variant and the total:
#   guest-O0: N passed, N failed
#   ...
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

read -r -a variants <<<"$GUEST_VARIANTS"
if guest_runner_is_qemu "$runner"; then guest_qemu_binfmt_ok; fi # probe once, for all workers

results=$(mktemp -d "${TMPDIR:-/tmp}/recomp-run-guest.XXXXXX")
# The slow ones (short-timeout programs, which may run into their timeout) first, so that
# they do not end up alone at the tail of the parallel run.
for name in "${names[@]}"; do
    guest_variants "$name" >"$results/.variants.$name"
done
for name in "${names[@]}"; do
    [ "$(guest_timeout "$name")" = "$GUEST_TIMEOUT" ] && continue
    while read -r variant; do printf '%s\0%s\0' "$variant" "$name"; done <"$results/.variants.$name"
done >"$results/.jobs"
for name in "${names[@]}"; do
    [ "$(guest_timeout "$name")" = "$GUEST_TIMEOUT" ] || continue
    while read -r variant; do printf '%s\0%s\0' "$variant" "$name"; done <"$results/.variants.$name"
done >>"$results/.jobs"
xargs -0 -n 2 -P "$(guest_jobs)" "$here/run_guest.sh" --worker "$runner" "$build" "$results" <"$results/.jobs"

pass=0
fail=0
counts=""
for variant in "${variants[@]}"; do
    vp=0 vf=0
    for name in "${names[@]}"; do
        grep -qx -- "$variant" "$results/.variants.$name" || continue
        res="$results/$variant.$name.res"
        if [ -f "$res" ] && head -n 1 "$res" | grep -q '^PASS'; then
            vp=$((vp + 1))
        else
            vf=$((vf + 1))
            if [ -f "$res" ]; then cat "$res"; else echo "FAIL $variant/$name: no result (worker died)"; fi
        fi
    done
    counts="${counts}guest-$variant: $vp passed, $vf failed"$'\n'
    pass=$((pass + vp))
    fail=$((fail + vf))
done
if [ "${KEEP_GUEST_RESULTS:-0}" = 1 ]; then
    echo "guest outputs kept in $results"
else
    rm -rf "$results"
fi
printf '%s' "$counts"
echo "guest: $pass passed, $fail failed"
[ "$fail" -eq 0 ]
