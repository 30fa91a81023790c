#!/bin/bash
# The whole test suite, as run by `make check`:
#
#   tests/run_tests.sh BUILD
#
#   unit     every BUILD/tests/test_* cmocka binary, run from the repository root;
#            each binary is one pass or fail, its output shown only on failure
#   asm      every BUILD/asm/* self-checking binary under BUILD/bin/recomp-run
#            (exit status 0 = pass), same fixed conditions as the guest programs; then
#            (asm-pie) as static-PIE against qemu-riscv64, and (asm-cache) both kinds
#            compiled by recomp and run from their caches (AOT regions)
#   guest    tests/run_guest.sh BUILD/bin/recomp-run BUILD: every guest program in every
#            build variant (O0, O2, dyn, pie: $GUEST_VARIANTS), one count line per
#            variant ("guest-O0: N passed, N failed", ...), each run counts once
#   decode   tests/tools/decode_sweep.sh BUILD, if present and executable: one pass/fail
#   fuzz     tests/run_fuzz.sh BUILD, if present (its short slice unless FUZZ_LONG=1):
#            contributes the counts of its "fuzz: N passed, N failed" line, or one
#            pass/fail from its exit status if it prints no such line
#   bench-quick  tools/bench/bench.sh --quick BUILD: every benchmark workload once at a small
#            size, native vs qemu-riscv64 vs recomp-run; one pass per workload whose outputs agree
#   hostfn   tests/check_hostfn.sh BUILD: C library routines run as host code, and who ran
#            them with --no-host-libc, a plugin, a cache (docs/hostfn.md)
#   plugin   tests/run_plugin_tests.sh BUILD: instrumentation plugins (its closing counts)
#
# Each sub-suite prints "<suite>: N passed, N failed"; the closing line is exactly
# "N passed, N failed" over all of them and the exit status is non-zero on any failure.
# A sub-suite that crashes never stops the others. $UNIT_TIMEOUT (default 600 s)
# bounds each unit binary and each extra suite; $GUEST_TIMEOUT (default 60 s) each
# asm or guest run ($GUEST_TIMEOUT_SHORT, default 10 s, for the thread_/sig_/proc_/net_/
# dlopen/cxx_ programs).

set -u
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(cd "$here/.." && pwd)
# shellcheck source=tests/guest_lib.sh
. "$here/guest_lib.sh"

build_arg=${1:-build}
cd "$root" || exit 1
build=$(guest_abspath "$build_arg")
runner="$build/bin/recomp-run"
UNIT_TIMEOUT=${UNIT_TIMEOUT:-600}
total_pass=0
total_fail=0
tmp=$(mktemp -d "${TMPDIR:-/tmp}/recomp-run-tests.XXXXXX")
trap 'rm -rf "$tmp"' EXIT

count() { # suite passed failed
    echo "$1: $2 passed, $3 failed"
    total_pass=$((total_pass + $2))
    total_fail=$((total_fail + $3))
}

show_output() { # file [max lines]
    local n
    n=$(wc -l <"$1")
    head -n "${2:-60}" "$1" | awk '{ print "    " $0 }'
    [ "$n" -gt "${2:-60}" ] && echo "    ... ($((n - ${2:-60})) more lines)"
    return 0
}

# The counts of the last "N passed, N failed" line of a log, as "P F", or nothing.
parse_counts() {
    grep -E '[0-9]+ passed, [0-9]+ failed' "$1" | tail -n 1 |
        sed -E 's/^(.*[^0-9])?([0-9]+) passed, ([0-9]+) failed.*$/\2 \3/'
}

[ -x "$runner" ] || echo "note: $runner does not exist (run make); asm and guest tests will fail"

# --- unit -------------------------------------------------------------------------
p=0 f=0
for t in "$build"/tests/test_*; do
    if [ ! -f "$t" ] || [ ! -x "$t" ]; then continue; fi
    timeout -k 5 "$UNIT_TIMEOUT" "$t" >"$tmp/unit.log" 2>&1 </dev/null
    rc=$?
    if [ "$rc" -eq 0 ]; then
        p=$((p + 1))
    else
        f=$((f + 1))
        echo "FAIL unit/${t##*/} (exit status $rc$([ "$rc" = 124 ] && echo ", timed out"))"
        show_output "$tmp/unit.log" 80
    fi
done
count unit "$p" "$f"

# --- asm --------------------------------------------------------------------------
p=0 f=0
for t in "$build"/asm/*; do
    if [ ! -f "$t" ] || [ ! -x "$t" ]; then continue; fi
    guest_run "$runner" "$t" "asm test: no args/stdin files" "$tmp/asm"
    rc=$(cat "$tmp/asm.status")
    regions=1
    if [ "${t##*/}" = region ]; then # the JIT compiles its loops as regions too
        regions=$(timeout -k 5 60 $runner --no-cache --stats "$t" 2>&1 >/dev/null </dev/null |
            sed -n 's/^units_as_regions: //p')
    fi
    if [ "$rc" = 0 ] && [ "${regions:-0}" -gt 0 ]; then
        p=$((p + 1))
    elif [ "$rc" = 0 ]; then
        f=$((f + 1))
        echo "FAIL asm/${t##*/}: the JIT compiled no region"
    else
        f=$((f + 1))
        echo "FAIL asm/${t##*/} (exit status $rc$([ "$rc" = 124 ] && echo ", timed out"))"
        cat "$tmp/asm.out" "$tmp/asm.err" >"$tmp/asm.log"
        show_output "$tmp/asm.log" 20
    fi
done
count asm "$p" "$f"

# --- asm as static-PIE: same exit status as qemu-riscv64 ------------------------------
p=0 f=0
declare -A pie_qrc=() # test name -> the status qemu-riscv64 decides (asm-cache uses it too)
for t in "$build"/asm-pie/*; do
    if [ ! -f "$t" ] || [ ! -x "$t" ]; then continue; fi
    guest_run "$runner" "$t" "asm test: no args/stdin files" "$tmp/pie"
    rc=$(cat "$tmp/pie.status")
    guest_run "${QEMU_RV:-qemu-riscv64}" "$t" "asm test: no args/stdin files" "$tmp/pieq"
    qrc=$(cat "$tmp/pieq.status")
    if guest_qemu_known_wrong "${t##*/}"; then
        qrc=0 # qemu is wrong on this one: the self-check decides
        cp "$tmp/pie.out" "$tmp/pieq.out"
    fi
    pie_qrc[${t##*/}]=$qrc
    if [ "$rc" = "$qrc" ] && cmp -s "$tmp/pie.out" "$tmp/pieq.out"; then
        p=$((p + 1))
    else
        f=$((f + 1))
        echo "FAIL asm-pie/${t##*/} (exit status $rc, qemu-riscv64 $qrc)"
        cat "$tmp/pie.out" "$tmp/pie.err" >"$tmp/pie.log"
        show_output "$tmp/pie.log" 20
    fi
done
count asm-pie "$p" "$f"

# --- asm from AOT caches: the AOT tier compiles loops as regions (docs/regions.md) -------
# Every asm test (plain and static-PIE) compiled by recomp and run from its cache: exit status
# 0 (static-PIE: qemu-riscv64's); region.S must have been compiled with regions (recomp's
# report counts them).
p=0 f=0
for t in "$build"/asm/* "$build"/asm-pie/*; do
    if [ ! -f "$t" ] || [ ! -x "$t" ]; then continue; fi
    kind=${t%/*}
    name=asm${kind##*/asm}/${t##*/}
    if ! "$build/bin/recomp" "$t" -o "$tmp/asm.cache" 2>"$tmp/ac.rep"; then
        f=$((f + 1))
        echo "FAIL $name (cache): recomp failed"
        show_output "$tmp/ac.rep" 10
        continue
    fi
    guest_run "$runner --cache $tmp/asm.cache" "$t" "asm test: no args/stdin files" "$tmp/ac"
    rc=$(cat "$tmp/ac.status")
    want=0
    # static-PIE: a few need the self-relocation libc would do; qemu-riscv64 decided (above)
    [ "$name" != "asm/${t##*/}" ] && want=${pie_qrc[${t##*/}]}
    regions=$(sed -n 's/.* \([0-9]*\) as regions).*/\1/p' "$tmp/ac.rep")
    if [ "$rc" != "$want" ]; then
        f=$((f + 1))
        echo "FAIL $name (cache) (exit status $rc$([ "$rc" = 124 ] && echo ", timed out"))"
        cat "$tmp/ac.out" "$tmp/ac.err" >"$tmp/ac.log"
        show_output "$tmp/ac.log" 20
    elif [ "${t##*/}" = region ] && ! [ "${regions:-0}" -gt 0 ]; then
        f=$((f + 1))
        echo "FAIL $name (cache): compiled without regions"
        show_output "$tmp/ac.rep" 5
    else
        p=$((p + 1))
    fi
done
count asm-cache "$p" "$f"

# --- guest: one count per build variant --------------------------------------------
# (--no-cache: this suite is the JIT's; the AOT caches have their own suite below)
"$here/run_guest.sh" "$runner --no-cache" "$build" >"$tmp/guest.log" 2>&1
rc=$?
grep -v -E '^guest(-[A-Za-z0-9]+)?: [0-9]+ passed, [0-9]+ failed$' "$tmp/guest.log"
n=0
while read -r suite p f; do
    count "${suite%:}" "$p" "$f"
    n=$((n + 1))
done < <(sed -n -E 's/^(guest-[A-Za-z0-9]+:) ([0-9]+) passed, ([0-9]+) failed$/\1 \2 \3/p' "$tmp/guest.log")
read -r p f <<<"$(parse_counts "$tmp/guest.log")"
if [ "$n" -eq 0 ] || [ -z "${p:-}" ] || [ -z "${f:-}" ]; then
    echo "FAIL guest: tests/run_guest.sh gave no summary (exit status $rc)"
    count guest 0 1
elif [ "$rc" -ne 0 ] && [ "$f" -eq 0 ]; then
    echo "FAIL guest: tests/run_guest.sh exit status $rc"
    count guest 0 1
fi

# --- code-region resets under threads -------------------------------------------------
# The threaded programs again (dynamic variant) with a code region of 520 KiB, so that it fills
# and is reset while other guest threads run: exercises the exclusive sections of engine.c.
mapfile -t reset_names < <(cd "$here/guest" && ls thread_*.c cxx_thread.cc net_tcp_echo.c sig_alarm_loop.c 2>/dev/null | sed 's/\.c[c]*$//')
if [ "${#reset_names[@]}" -gt 0 ]; then
    GUEST_VARIANTS=dyn GUEST_EXTRA_ENV="${GUEST_EXTRA_ENV:+$GUEST_EXTRA_ENV }RECOMP_CODE_REGION_KB=520" \
        "$here/run_guest.sh" "$runner" "$build" "${reset_names[@]}" >"$tmp/reset.log" 2>&1
    grep -v -E '^guest(-[A-Za-z0-9]+)?: [0-9]+ passed, [0-9]+ failed$' "$tmp/reset.log"
    read -r p f <<<"$(sed -n -E 's/^guest-dyn: ([0-9]+) passed, ([0-9]+) failed$/\1 \2/p' "$tmp/reset.log")"
    if [ -z "${p:-}" ] || [ -z "${f:-}" ]; then
        echo "FAIL guest-reset: tests/run_guest.sh gave no summary"
        count guest-reset 0 1
    else
        count guest-reset "$p" "$f"
    fi
fi

# --- decode sweep (optional) --------------------------------------------------------
if [ -x "$here/tools/decode_sweep.sh" ]; then
    timeout -k 5 "$UNIT_TIMEOUT" "$here/tools/decode_sweep.sh" "$build_arg" >"$tmp/decode.log" 2>&1 </dev/null
    rc=$?
    if [ "$rc" -eq 0 ]; then
        count decode 1 0
    else
        echo "FAIL tests/tools/decode_sweep.sh (exit status $rc)"
        tail -n 30 "$tmp/decode.log" | sed 's/^/    /'
        count decode 0 1
    fi
fi

# --- fuzz (optional, short slice) ---------------------------------------------------
if [ -f "$here/run_fuzz.sh" ]; then
    if [ -x "$here/run_fuzz.sh" ]; then fuzz=("$here/run_fuzz.sh"); else fuzz=(sh "$here/run_fuzz.sh"); fi
    timeout -k 5 "$UNIT_TIMEOUT" "${fuzz[@]}" "$build_arg" >"$tmp/fuzz.log" 2>&1 </dev/null
    rc=$?
    p='' f=''
    read -r p f <<<"$(parse_counts "$tmp/fuzz.log")"
    if [ -z "${p:-}" ] || [ -z "${f:-}" ]; then
        if [ "$rc" -eq 0 ]; then p=1 f=0; else p=0 f=1; fi
    elif [ "$rc" -ne 0 ] && [ "$f" -eq 0 ]; then
        f=1
    fi
    if [ "$f" -ne 0 ]; then
        echo "FAIL tests/run_fuzz.sh (exit status $rc)"
        tail -n 30 "$tmp/fuzz.log" | sed 's/^/    /'
    fi
    count fuzz "$p" "$f"
fi

# --- bench-quick: the benchmark harness at small sizes (tools/bench/bench.sh --quick) ----------
# One pass per workload whose runs succeed and agree with the native build's output; keeps the
# `make bench` harness from rotting. Its report goes to BUILD/bench/quick/, never to docs/.
if [ -f "$root/tools/bench/bench.sh" ]; then
    timeout -k 5 "$UNIT_TIMEOUT" bash "$root/tools/bench/bench.sh" --quick "$build_arg" >"$tmp/bench.log" 2>&1 </dev/null
    rc=$?
    awk '/^FAIL /{ p = 1; print; next } /^(PASS|  [a-z0-9_]+:) /{ p = 0 } p && /^    /' "$tmp/bench.log"
    p='' f=''
    read -r p f <<<"$(sed -n -E 's/^bench: ([0-9]+) passed, ([0-9]+) failed$/\1 \2/p' "$tmp/bench.log" | tail -n 1)"
    if [ -z "${p:-}" ] || [ -z "${f:-}" ]; then
        echo "FAIL tools/bench/bench.sh --quick gave no summary (exit status $rc)"
        tail -n 20 "$tmp/bench.log" | sed 's/^/    /'
        p=0 f=1
    elif [ "$rc" -ne 0 ] && [ "$f" -eq 0 ]; then
        echo "FAIL tools/bench/bench.sh --quick (exit status $rc)"
        f=1
    fi
    count bench-quick "$p" "$f"
fi

# --- suites that print "NAME: N passed, N failed" last -----------------------------------
# run_counted SUITE COMMAND...: the command's closing counts, or one failure if it has none.
run_counted() {
    local suite=$1 rc p='' f=''
    shift
    timeout -k 5 "$UNIT_TIMEOUT" "$@" >"$tmp/$suite.log" 2>&1 </dev/null
    rc=$?
    grep -E '^(FAIL|    )' "$tmp/$suite.log" | head -n 60
    read -r p f <<<"$(parse_counts "$tmp/$suite.log")"
    if [ -z "${p:-}" ] || [ -z "${f:-}" ]; then
        echo "FAIL $suite: no summary (exit status $rc)"
        tail -n 20 "$tmp/$suite.log" | sed 's/^/    /'
        p=0 f=1
    elif [ "$rc" -ne 0 ] && [ "$f" -eq 0 ]; then
        echo "FAIL $suite: exit status $rc"
        f=1
    fi
    count "$suite" "$p" "$f"
}

# AOT caches: every guest program compiled by recomp and run from its cache (run_cache_tests.sh),
# malformed inputs to recomp, mutated cache files (a few hundred here, FUZZ_LONG for more)
run_counted cache "$here/run_cache_tests.sh" "$build_arg"
[ -x "$here/check_recomp_bad.sh" ] && run_counted recomp-bad "$here/check_recomp_bad.sh" "$build_arg"
[ -x "$here/fuzz_cache.sh" ] && run_counted cache-fuzz "$here/fuzz_cache.sh" "$build_arg"

# C library routines run as host code: who ran them, in every mode (docs/hostfn.md)
[ -x "$here/check_hostfn.sh" ] && run_counted hostfn "$here/check_hostfn.sh" "$build_arg"

# instrumentation plugins: exact counts, memory callbacks, events, drcov (docs/plugins.md)
[ -x "$here/run_plugin_tests.sh" ] && run_counted plugin "$here/run_plugin_tests.sh" "$build_arg"

echo "$total_pass passed, $total_fail failed"
[ "$total_fail" -eq 0 ]
