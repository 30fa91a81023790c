#!/bin/bash
# C library routines run as host code (docs/hostfn.md), as `make check` runs it:
#
#   tests/check_hostfn.sh BUILD
#
# tests/guest/string_routines (every routine, exact return values, overlapping copies, faults
# into a PROT_NONE page) in the O2 (static) and dyn (libc.so.6) variants must print its golden
# output in every mode below, and recomp-run --stats must show who ran the routines:
#   jit      recomp-run --no-cache: host_libc_calls >= 100000, host_libc_declined >= 1 (the
#            overlap and fault cases go to the guest's code)
#   off      --no-host-libc, and RECOMP_HOST_LIBC=0: host_libc_calls 0
#   plugin   --plugin insn.so: host_libc_calls 0 (plugins see every guest instruction)
#   cache    recomp --with-deps, then recomp-run from the cache: host_libc_calls >= 100000; with
#            --no-host-libc, 0 (the cached prologues decline)
# Closing line: "hostfn: N passed, N failed".
set -u
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
# shellcheck source=tests/guest_lib.sh
. "$here/guest_lib.sh"
build=$(guest_abspath "${1:-build}")
run="$build/bin/recomp-run"
exp="$here/guest/expected/string_routines.out"
tmp=$(mktemp -d "${TMPDIR:-/tmp}/recomp-hostfn.XXXXXX")
trap 'rm -rf "$tmp"' EXIT
pass=0 fail=0

# check NAME MIN MAX ENV... -- recomp-run ARGS...: golden stdout, exit 0, MIN <= calls <= MAX
check() {
    local name=$1 min=$2 max=$3
    shift 3
    local envs=()
    while [ "$1" != "--" ]; do
        envs+=("$1")
        shift
    done
    shift
    env "${envs[@]}" RECOMP_CACHE_DIR="$tmp/cache" "$run" --stats "$@" >"$tmp/out" 2>"$tmp/err" </dev/null
    local rc=$? calls declined
    calls=$(sed -n 's/^host_libc_calls: //p' "$tmp/err")
    declined=$(sed -n 's/^host_libc_declined: //p' "$tmp/err")
    local msg=""
    [ "$rc" -ne 0 ] && msg="exit status $rc"
    cmp -s "$tmp/out" "$exp" || msg="${msg:+$msg; }stdout differs from the golden output"
    if [ -z "$calls" ]; then
        msg="${msg:+$msg; }no host_libc_calls in --stats"
    elif [ "$calls" -lt "$min" ] || [ "$calls" -gt "$max" ]; then
        msg="${msg:+$msg; }host_libc_calls $calls, expected $min..$max"
    fi
    if [ "$min" -gt 0 ] && [ "${declined:-0}" -lt 1 ]; then
        msg="${msg:+$msg; }host_libc_declined ${declined:-none}, expected >= 1"
    fi
    case $name in
    */cache*)
        local cached
        cached=$(sed -n 's/^blocks_from_cache: //p' "$tmp/err")
        [ "${cached:-0}" -ge 100 ] || msg="${msg:+$msg; }blocks_from_cache ${cached:-none}: the cache was not used"
        ;;
    esac
    if [ -z "$msg" ]; then
        pass=$((pass + 1))
    else
        fail=$((fail + 1))
        echo "FAIL hostfn/$name: $msg"
        head -n 3 "$tmp/err" | sed 's/^/    /'
    fi
}

big=1000000000
for v in O2 dyn; do
    bin="$build/guest/$v/string_routines"
    if [ ! -x "$bin" ]; then
        echo "FAIL hostfn/$v: $bin not built (make guests)"
        fail=$((fail + 1))
        continue
    fi
    check "$v/jit" 100000 $big -- --no-cache "$bin"
    check "$v/off" 0 0 -- --no-cache --no-host-libc "$bin"
    check "$v/env-off" 0 0 RECOMP_HOST_LIBC=0 -- --no-cache "$bin"
    if [ -f "$build/plugins/insn.so" ]; then
        check "$v/plugin" 0 0 -- --plugin "$build/plugins/insn.so" "$bin"
    fi
    if RECOMP_CACHE_DIR="$tmp/cache" "$build/bin/recomp" -q --with-deps "$bin" >"$tmp/recomp.log" 2>&1; then
        check "$v/cache" 100000 $big -- "$bin"
        check "$v/cache-off" 0 0 -- --no-host-libc "$bin"
    else
        echo "FAIL hostfn/$v/cache: recomp failed: $(head -c 300 "$tmp/recomp.log")"
        fail=$((fail + 1))
    fi
done
echo "hostfn: $pass passed, $fail failed"
[ "$fail" -eq 0 ]
