#!/bin/bash
# Regenerates the golden outputs of the guest programs from the reference emulator.
#
#   tests/guest/regen_expected.sh [NAME...]        (default: every tests/guest/*.c)
#
# For each NAME: builds BUILD/guest/{O0,O2}/NAME through make (BUILD defaults to
# "build"), runs the -O0 build under $QEMU_RV (default qemu-riscv64) under the fixed
# conditions of tests/guest_lib.sh, and writes tests/guest/expected/NAME.out (stdout)
# and NAME.status (exit status). Then it checks that a second -O0 run and the -O2
# build give exactly the same stdout and status; a program that fails this check is
# not deterministic or not optimisation-proof and must be fixed (exit status 1).

set -u
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(cd "$here/../.." && pwd)
# shellcheck source=tests/guest_lib.sh
. "$root/tests/guest_lib.sh"

BUILD=${BUILD:-build}
QEMU_RV=${QEMU_RV:-qemu-riscv64}
cd "$root" || exit 1
build=$(guest_abspath "$BUILD")
if [ $# -gt 0 ]; then names=("$@"); else mapfile -t names < <(guest_all_names); fi

targets=()
for n in "${names[@]}"; do targets+=("$BUILD/guest/O0/$n" "$BUILD/guest/O2/$n"); done
make -s BUILD="$BUILD" "${targets[@]}" || { echo "regen: build failed" >&2; exit 1; }

mkdir -p "$here/expected"
tmp=$(mktemp -d "${TMPDIR:-/tmp}/recomp-regen.XXXXXX")
bad=0
for n in "${names[@]}"; do
    guest_run "$QEMU_RV" "$build/guest/O0/$n" "$n" "$tmp/$n.O0"
    guest_run "$QEMU_RV" "$build/guest/O0/$n" "$n" "$tmp/$n.O0b"
    guest_run "$QEMU_RV" "$build/guest/O2/$n" "$n" "$tmp/$n.O2"
    cp "$tmp/$n.O0.out" "$here/expected/$n.out"
    cp "$tmp/$n.O0.status" "$here/expected/$n.status"
    problems=""
    for other in O0b O2; do
        if ! cmp -s "$tmp/$n.O0.out" "$tmp/$n.$other.out" || ! cmp -s "$tmp/$n.O0.status" "$tmp/$n.$other.status"; then
            problems="$problems $other"
        fi
    done
    status=$(cat "$tmp/$n.O0.status")
    if [ -n "$problems" ]; then
        bad=$((bad + 1))
        echo "MISMATCH $n: O0 differs from:$problems"
        guest_short_diff "$tmp/$n.O0.out" "$tmp/$n.O2.out"
    else
        printf '%-20s status=%-3s %6s bytes\n' "$n" "$status" "$(wc -c <"$tmp/$n.O0.out")"
    fi
    if [ "$status" = 124 ]; then echo "WARNING $n: timed out under $QEMU_RV"; bad=$((bad + 1)); fi
done
rm -rf "$tmp"
echo "regen: ${#names[@]} programs, $bad with problems"
[ "$bad" -eq 0 ]
