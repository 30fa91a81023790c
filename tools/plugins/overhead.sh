#!/bin/bash
# Plugin overhead (docs/plugins.md, "Overhead"): the benchmark workloads (tools/bench/, built by
# `make bench-bins`) under recomp-run (JIT, no cache) without a plugin, with the insn plugin
# counting inline (default), with the insn plugin counting by a callback per block
# (inline=off), and with the bb plugin (a per-block inline counter, one slot per block).
# Median wall time of N runs (default 3) per configuration; prints a markdown table of seconds
# and ratios to the uninstrumented run. The time measured is the CPU time of recomp-run (user +
# system, from /usr/bin/time), which a busy machine disturbs less than the wall time.
#
#   tools/plugins/overhead.sh [BUILD] [RUNS]
#
# Sizes are smaller than the benchmark report's (0.3 to 1.5 s without a plugin) so that a full
# table takes minutes (callbacks are several times slower); SIZES="name=size ..." overrides.

set -u
build=${1:-build}
runs=${2:-3}
R=$build/bin/recomp-run
PL=$build/plugins
B=$build/bench/rv64
for f in "$R" "$PL/insn.so" "$PL/bb.so"; do
    [ -e "$f" ] || { echo "missing $f (make all bench-bins)" >&2; exit 1; }
done

declare -A size=([sha256]=40 [crc32]=80 [lz77]=8192 [interp]=600000 [recursion]=36 [sort]=1500
    [ptrchase]=19 [matmul]=280 [nbody]=300 [libm]=300 [strings]=8192 [bintrees]=16
    [threads]=3000)
for kv in ${SIZES:-}; do size[${kv%%=*}]=${kv#*=}; done

configs=(none insn cb bb)
declare -A cfg_args=([none]="" [insn]="--plugin $PL/insn.so" [cb]="--plugin $PL/insn.so,inline=off"
    [bb]="--plugin $PL/bb.so,n=0")

median() { sort -n | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }
tmp=$(mktemp)
trap 'rm -f "$tmp"' EXIT

echo "| workload | size | no plugin (s CPU) | insn inline | insn callbacks | bb inline |"
echo "|---|---|---|---|---|---|"
for w in sha256 crc32 lz77 interp recursion sort ptrchase matmul nbody libm strings bintrees threads; do
    exe=$B/$w
    [ -x "$exe" ] || continue
    declare -A med=() times=()
    for ((i = 0; i < runs; i++)); do
        for c in "${configs[@]}"; do # interleaved: a disturbance hits every configuration
            # shellcheck disable=SC2086
            /usr/bin/time -o "$tmp" -f '%U %S' "$R" --no-cache ${cfg_args[$c]} "$exe" "${size[$w]}" \
                >/dev/null 2>&1
            times[$c]+="$(awk '{ print $1 + $2 }' "$tmp") "
        done
    done
    for c in "${configs[@]}"; do
        # shellcheck disable=SC2086
        med[$c]=$(printf '%s\n' ${times[$c]} | median)
    done
    ratio() { echo "scale=2; ${med[$1]} / ${med[none]}" | bc; }
    printf '| %s | %s | %.3f | %.2fx | %.2fx | %.2fx |\n' "$w" "${size[$w]}" "${med[none]}" \
        "$(ratio insn)" "$(ratio cb)" "$(ratio bb)"
done
