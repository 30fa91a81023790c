#!/bin/bash
# A/B of the AOT tier's regions (docs/regions.md): every benchmark workload run from a cache
# compiled with regions and from one compiled with `recomp --no-regions`, alternating, N runs
# each (default 5); prints the median wall seconds of both and their ratio (below 1: regions
# are faster), then the geometric mean of the ratios.
#
#   make bench-bins && tools/bench/regions-ab.sh [BUILD] [N]
#
# Sizes are half the `make bench` ones so the whole run takes a few minutes on 2 cores. The
# outputs of the two runs must agree (a mismatch is reported and fails the script).
set -u
B=${1:-build}
N=${2:-5}
tmp=$(mktemp -d "${TMPDIR:-/tmp}/regions-ab.XXXXXX")
trap 'rm -rf "$tmp"' EXIT
med() { sort -n | awk '{ a[NR] = $1 } END { print a[int((NR + 1) / 2)] }'; }
run() { # out-file cmd...: wall seconds on stdout
    local out=$1
    shift
    local t0 t1
    t0=$(date +%s.%N)
    "$@" >"$out" 2>&1
    t1=$(date +%s.%N)
    awk -v a="$t0" -v b="$t1" 'BEGIN { printf "%.4f\n", b - a }'
}
status=0
logsum=0
count=0
printf '%-10s %10s %12s %7s\n' workload regions no-regions ratio
while read -r name arg; do
    elf=$B/bench/rv64/$name
    [ -x "$elf" ] || { echo "$elf missing: make bench-bins" >&2; exit 2; }
    "$B/bin/recomp" -q "$elf" -o "$tmp/$name.r" || exit 2
    "$B/bin/recomp" -q --no-regions "$elf" -o "$tmp/$name.n" || exit 2
    r=() n=()
    for _ in $(seq "$N"); do
        r+=("$(run "$tmp/out.r" "$B/bin/recomp-run" --cache "$tmp/$name.r" "$elf" $arg)")
        n+=("$(run "$tmp/out.n" "$B/bin/recomp-run" --cache "$tmp/$name.n" "$elf" $arg)")
        if ! cmp -s "$tmp/out.r" "$tmp/out.n"; then
            echo "$name: outputs differ between the two caches" >&2
            status=1
        fi
    done
    mr=$(printf '%s\n' "${r[@]}" | med)
    mn=$(printf '%s\n' "${n[@]}" | med)
    ratio=$(awk -v a="$mr" -v b="$mn" 'BEGIN { printf "%.4f", a / b }')
    printf '%-10s %10.3f %12.3f %7.3f\n' "$name" "$mr" "$mn" "$ratio"
    logsum=$(awk -v s="$logsum" -v r="$ratio" 'BEGIN { printf "%.6f", s + log(r) }')
    count=$((count + 1))
done <<'W'
sha256    80
crc32     100
lz77      6144
interp    500000
recursion 36
sort      1000
ptrchase  18
matmul    240
nbody     1000
libm      750
strings   8192
bintrees  16
syscalls  75
threads   3000
W
awk -v s="$logsum" -v n="$count" 'BEGIN { printf "geometric mean of the ratios: %.3f\n", exp(s / n) }'
exit $status
