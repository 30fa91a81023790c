#!/bin/bash
# Differential check: every guest program (every build variant of $GUEST_VARIANTS,
# default O0 O2 dyn pie) and every asm test binary runs under recomp-run and under the
# reference qemu-riscv64; stdout and exit status must be identical. No golden files are
# involved, so this also covers programs whose expected outputs are stale.
#
#   tests/check_diff.sh BUILD [NAME...]
#
# NAME restricts the run to those guest programs / asm tests. Runners can be
# overridden: $RECOMP_RUN (default BUILD/bin/recomp-run), $QEMU_RV (default
# qemu-riscv64). Conditions of each run (temp cwd, args, stdin, env -i ..., timeout)
# are those of tests/guest_lib.sh (qemu gets -L /usr/riscv64-linux-gnu and a private
# binfmt_misc for guests that exec guests); asm tests get no arguments and /dev/null as
# stdin. Guest programs listed in tests/qemu-known-differences.txt are compared with
# their golden files instead of with qemu.
# A run that times out counts as a mismatch even if both runners time out.
#
# Output: one line per mismatch (plus a short diff), then "N passed, N failed".
# $JOBS sets the parallelism (default: CPUs).

set -u
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
# shellcheck source=tests/guest_lib.sh
. "$here/guest_lib.sh"

if [ "${1:-}" = "--worker" ]; then
    recomp=$2 qemu=$3 build=$4 results=$5 kind=$6 name=$7
    if [ "$kind" = asm ]; then
        bin="$build/asm/$name" lookup="asm test: no args/stdin files" label="asm/$name"
    else
        bin="$build/guest/$kind/$name" lookup=$name label="$kind/$name"
    fi
    prefix="$results/${label//\//.}"
    {
        if [ ! -x "$bin" ]; then
            echo "FAIL $label: binary $bin not built"
        else
            guest_run "$recomp" "$bin" "$lookup" "$prefix.recomp"
            guest_run "$qemu" "$bin" "$lookup" "$prefix.qemu"
            got=$(cat "$prefix.recomp.status")
            want=$(cat "$prefix.qemu.status")
            msg=""
            if [ "$kind" = asm ] && guest_qemu_known_wrong "$name"; then
                # qemu is the one that is wrong here: the test's own self-check decides
                want=0
                cp "$prefix.recomp.out" "$prefix.qemu.out"
                [ "$(cat "$prefix.recomp.out")" = PASS ] || msg="self-check failed"
            elif [ "$kind" != asm ] && guest_qemu_known_wrong "$name"; then
                # qemu cannot run this one right: the golden files decide
                want=$(tr -d ' \n' <"$GUEST_SRC_DIR/expected/$name.status")
                cp "$GUEST_SRC_DIR/expected/$name.out" "$prefix.qemu.out"
                echo "$want" >"$prefix.qemu.status"
            fi
            [ "$got" != "$want" ] && msg="exit status $got under recomp-run, $want under qemu"
            if ! cmp -s "$prefix.qemu.out" "$prefix.recomp.out"; then
                msg="${msg:+$msg; }stdout differs (< qemu, > recomp-run)"
            fi
            if [ "$got" = 124 ] || [ "$want" = 124 ]; then msg="${msg:+$msg; }timed out after ${GUEST_TIMEOUT}s"; fi
            if [ -z "$msg" ]; then
                echo "PASS $label"
            else
                echo "FAIL $label: $msg"
                guest_short_diff "$prefix.qemu.out" "$prefix.recomp.out"
                if [ -s "$prefix.recomp.err" ]; then
                    echo "      recomp-run stderr: $(head -c 300 "$prefix.recomp.err" | head -n 3 | tr '\n' ' ')"
                fi
            fi
        fi
    } >"$prefix.res"
    exit 0
fi

if [ $# -lt 1 ]; then
    echo "usage: $0 BUILD [NAME...]" >&2
    exit 2
fi
build=$(guest_abspath "$1")
shift
recomp=$(guest_runner_abs "${RECOMP_RUN:-$build/bin/recomp-run}")
qemu=$(guest_runner_abs "${QEMU_RV:-qemu-riscv64}")
if [ -z "${RECOMP_RUN:-}" ] && [ ! -x "$build/bin/recomp-run" ]; then
    echo "check-diff: $build/bin/recomp-run does not exist; run make first (every run will fail)"
fi

mapfile -t all_guests < <(guest_all_names)
all_asm=()
for f in "$build"/asm/*; do
    [ -f "$f" ] && [ -x "$f" ] && all_asm+=("${f##*/}")
done
jobs_list=()
for name in "${all_guests[@]}"; do
    if [ $# -eq 0 ] || printf '%s\n' "$@" | grep -qxF -- "$name"; then
        while read -r v; do jobs_list+=("$v" "$name"); done < <(guest_variants "$name")
    fi
done
for name in "${all_asm[@]}"; do
    if [ $# -eq 0 ] || printf '%s\n' "$@" | grep -qxF -- "$name"; then jobs_list+=(asm "$name"); fi
done

guest_qemu_binfmt_ok # probe once, for all workers
results=$(mktemp -d "${TMPDIR:-/tmp}/recomp-check-diff.XXXXXX")
if [ ${#jobs_list[@]} -gt 0 ]; then
    printf '%s\0' "${jobs_list[@]}" |
        xargs -0 -n 2 -P "$(guest_jobs)" "$here/check_diff.sh" --worker "$recomp" "$qemu" "$build" "$results"
fi

pass=0
fail=0
for ((i = 0; i < ${#jobs_list[@]}; i += 2)); do
    kind=${jobs_list[i]} name=${jobs_list[i + 1]}
    res="$results/$kind.$name.res"
    if [ -f "$res" ] && head -n 1 "$res" | grep -q '^PASS'; then
        pass=$((pass + 1))
    else
        fail=$((fail + 1))
        if [ -f "$res" ]; then cat "$res"; else echo "FAIL $kind/$name: no result (worker died)"; fi
    fi
done
rm -rf "$results"
echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
