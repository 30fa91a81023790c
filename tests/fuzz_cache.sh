#!/bin/bash
# Mutated AOT cache files must never crash recomp-run: each run either uses the cache correctly
# or falls back to the JIT (tests/tools/cache_fuzz.c). `make check` runs $CACHE_FUZZ_N (default
# 300) mutations, FUZZ_LONG=1 (make check-fuzz) 10000.
#   tests/fuzz_cache.sh BUILD     last line: "cache-fuzz: N passed, N failed"
set -u
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
cd "$here/.." || exit 1
build=${1:-build}
n=${CACHE_FUZZ_N:-300}
[ "${FUZZ_LONG:-0}" = 1 ] && n=${CACHE_FUZZ_LONG_N:-10000}
guest=$build/guest/O2/hello
tmp=$(mktemp -d "${TMPDIR:-/tmp}/recomp-cache-fuzz.XXXXXX")
trap 'rm -rf "$tmp"' EXIT
if ! "$build/bin/recomp" -q "$guest" -o "$tmp/hello.cache"; then
    echo "FAIL cache-fuzz: recomp failed"
    echo "cache-fuzz: 0 passed, 1 failed"
    exit 1
fi
"$build/bin/recomp-run" --no-cache "$guest" >"$tmp/expected" 2>/dev/null
# a private cache directory: stamps of earlier runs must not vouch for mutants
RECOMP_CACHE_DIR=$tmp/dir "$build/tests/cache_fuzz" "$(cd "$build/bin" && pwd)/recomp-run" \
    "$guest" "$tmp/hello.cache" "$tmp/expected" "$n" "${CACHE_FUZZ_SEED:-$RANDOM}"
