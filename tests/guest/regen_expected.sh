#!/bin/bash
# Regenerates the golden outputs of the guest programs from the reference emulator.
#
#   tests/guest/regen_expected.sh [NAME...]        (default: every tests/guest/*.c, *.cc)
#
# For each NAME: builds every variant BUILD/guest/{O0,O2,dyn,pie}/NAME and the guest
# shared libraries through make (BUILD defaults to "build"), runs the first variant it
# runs in (O0 unless tests/guest/NAME.variants says otherwise) under $QEMU_RV (default
# qemu-riscv64) under the fixed conditions of tests/guest_lib.sh, and writes
# tests/guest/expected/NAME.out (stdout) and NAME.status (exit status). Then it checks
# that a second run of it ($REGEN_RUNS more, default 1) and its other variants give
# exactly the same stdout and status; a program that fails this check is not
# deterministic or not optimisation-/link-proof and must be fixed (exit status 1).
#
# qemu runs get -L /usr/riscv64-linux-gnu and a private binfmt_misc (see guest_lib.sh),
# so programs that execve() a guest binary get the output they have on riscv64 Linux.
#
# A program listed in tests/qemu-known-differences.txt (qemu 7.2 gets its semantics wrong)
# must be portable C: its golden files come from the same source built for the host with
# $HOST_CC (default gcc; g++ for .cc) and run natively under the same conditions, i.e. from
# Linux itself.

set -u
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(cd "$here/../.." && pwd)
# shellcheck source=tests/guest_lib.sh
. "$root/tests/guest_lib.sh"

BUILD=${BUILD:-build}
QEMU_RV=${QEMU_RV:-qemu-riscv64}
REGEN_RUNS=${REGEN_RUNS:-1}
cd "$root" || exit 1
build=$(guest_abspath "$BUILD")
if [ $# -gt 0 ]; then names=("$@"); else mapfile -t names < <(guest_all_names); fi
if ! guest_qemu_binfmt_ok; then
    echo "regen: warning: no private binfmt_misc namespace (unshare -Urm); programs that" \
        "exec a guest binary will get wrong golden files" >&2
fi

targets=()
for n in "${names[@]}"; do
    for v in O0 O2 dyn pie; do targets+=("$BUILD/guest/$v/$n"); done
done
libs=()
for f in "$here"/lib/lib*.c; do
    [ -e "$f" ] && libs+=("$BUILD/guest/lib/$(basename "$f" .c).so")
done
make -s BUILD="$BUILD" "${targets[@]}" "${libs[@]}" || { echo "regen: build failed" >&2; exit 1; }

mkdir -p "$here/expected"
tmp=$(mktemp -d "${TMPDIR:-/tmp}/recomp-regen.XXXXXX")
bad=0
for n in "${names[@]}"; do
    if guest_qemu_known_wrong "$n"; then
        src="$here/$n.c" hcc=${HOST_CC:-gcc}
        [ -f "$src" ] || { src="$here/$n.cc" hcc=${HOST_CXX:-g++}; }
        if ! $hcc -O2 -w -o "$tmp/$n.native" "$src" -lpthread -lm -ldl; then
            echo "FAILED $n: host build of $src failed"
            bad=$((bad + 1))
            continue
        fi
        guest_run "" "$tmp/$n.native" "$n" "$tmp/$n.nat"
        guest_run "" "$tmp/$n.native" "$n" "$tmp/$n.nat2"
        cp "$tmp/$n.nat.out" "$here/expected/$n.out"
        cp "$tmp/$n.nat.status" "$here/expected/$n.status"
        status=$(cat "$tmp/$n.nat.status")
        if ! cmp -s "$tmp/$n.nat.out" "$tmp/$n.nat2.out" || ! cmp -s "$tmp/$n.nat.status" "$tmp/$n.nat2.status"; then
            echo "MISMATCH $n: two host-native runs differ"
            bad=$((bad + 1))
        else
            printf '%-20s status=%-3s %6s bytes (host-native: qemu is known to be wrong)\n' "$n" "$status" \
                "$(wc -c <"$tmp/$n.nat.out")"
        fi
        continue
    fi
    mapfile -t variants < <(guest_variants "$n")
    if [ ${#variants[@]} -eq 0 ]; then
        echo "SKIPPED $n: runs in none of the variants $GUEST_VARIANTS"
        continue
    fi
    ref=${variants[0]}
    guest_run "$QEMU_RV" "$build/guest/$ref/$n" "$n" "$tmp/$n.ref"
    cp "$tmp/$n.ref.out" "$here/expected/$n.out"
    cp "$tmp/$n.ref.status" "$here/expected/$n.status"
    others=()
    for ((i = 1; i <= REGEN_RUNS; i++)); do
        guest_run "$QEMU_RV" "$build/guest/$ref/$n" "$n" "$tmp/$n.$ref-run$i"
        others+=("$ref-run$i")
    done
    for v in "${variants[@]:1}"; do
        guest_run "$QEMU_RV" "$build/guest/$v/$n" "$n" "$tmp/$n.$v"
        others+=("$v")
    done
    problems=""
    for other in "${others[@]}"; do
        if ! cmp -s "$tmp/$n.ref.out" "$tmp/$n.$other.out" || ! cmp -s "$tmp/$n.ref.status" "$tmp/$n.$other.status"; then
            problems="$problems $other"
            first_bad=$other
        fi
    done
    status=$(cat "$tmp/$n.ref.status")
    if [ -n "$problems" ]; then
        bad=$((bad + 1))
        echo "MISMATCH $n: $ref differs from:$problems (status $status vs $(cat "$tmp/$n.$first_bad.status"))"
        guest_short_diff "$tmp/$n.ref.out" "$tmp/$n.$first_bad.out"
    else
        printf '%-20s status=%-3s %6s bytes\n' "$n" "$status" "$(wc -c <"$tmp/$n.ref.out")"
    fi
    if [ "$status" = 124 ]; then echo "WARNING $n: timed out under $QEMU_RV"; bad=$((bad + 1)); fi
done
rm -rf "$tmp"
echo "regen: ${#names[@]} programs, $bad with problems"
[ "$bad" -eq 0 ]
