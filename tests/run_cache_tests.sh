#!/bin/bash
# Every guest program run from AOT caches, as `make check` runs it:
#
#   tests/run_cache_tests.sh BUILD
#
# For each variant in $CACHE_VARIANTS (default "O0 O2 pie dyn") every guest program is compiled
# with `recomp --with-deps` into a private cache directory (the dynamic variant also gets ld.so,
# libc and the other libraries it needs, compiled once), then run by tests/run_guest.sh under
# `recomp-run --stats` with RECOMP_CACHE_DIR pointing there: the output and exit status must be
# the golden ones, and --stats tells how many executed blocks came from the cache. Checks:
#   cache-VARIANT: N passed, N failed    (one per program: output, status, no cache warning)
#   cache-coverage (blocks of ELF objects only: code a program generates at run time cannot be
#                   cached): 1 pass per variant in $CACHE_ASSERT_VARIANTS (default "O0 O2 pie dyn")
#                   whose blocks came from the cache for >= 99% (summed over the variant's
#                   programs; the per-program shares below 99% are listed: libraries a program
#                   dlopens are not DT_NEEDED, so `recomp --with-deps` did not compile them).
#   cache-exec      1 pass per variant: proc_exec, which execs itself with a custom and with an
#                   empty environment, ran every guest process from the cache (each --stats
#                   block it printed says caches_attached >= 1): the cache directory travels on
#                   recomp-run's command line, not in the guest's environment.
#   cache-textrel   dyn only, 1 pass per program with text relocations (DT_TEXTREL: ld.so makes
#                   its text writable, patches it and makes it read-only again): >= 99% of its
#                   blocks from the cache, and --stats reports re-enabled blocks (the cache
#                   re-verifies the bytes of the blocks it disabled when the text became
#                   writable).
# Closing line "cache: N passed, N failed". $CACHE_MIN_SHARE changes the 99.
set -u
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(cd "$here/.." && pwd)
# shellcheck source=tests/guest_lib.sh
. "$here/guest_lib.sh"
cd "$root" || exit 1
build=$(guest_abspath "${1:-build}")
recomp="$build/bin/recomp"
runner="$build/bin/recomp-run"
min=${CACHE_MIN_SHARE:-99}
read -r -a variants <<<"${CACHE_VARIANTS:-O0 O2 pie dyn}"
assert=" ${CACHE_ASSERT_VARIANTS:-O0 O2 pie dyn} "
tmp=$(mktemp -d "${TMPDIR:-/tmp}/recomp-cache-tests.XXXXXX")
trap 'rm -rf "$tmp"' EXIT
pass=0 fail=0
mapfile -t names < <(guest_all_names)

if [ ! -x "$recomp" ]; then
    echo "FAIL cache: $recomp not built"
    echo "cache: 0 passed, 1 failed"
    exit 1
fi

for v in "${variants[@]}"; do
    cdir="$tmp/cache-$v"
    mkdir -p "$cdir"
    # compile: the libraries of the dynamic variant first, once, then the programs in parallel
    bins=()
    for n in "${names[@]}"; do
        guest_variants "$n" | grep -qx -- "$v" && bins+=("$build/guest/$v/$n")
    done
    [ ${#bins[@]} -gt 0 ] || continue
    RECOMP_CACHE_DIR=$cdir "$recomp" -q --with-deps "${bins[0]}" >"$tmp/compile.log" 2>&1
    printf '%s\0' "${bins[@]}" |
        RECOMP_CACHE_DIR=$cdir xargs -0 -n 1 -P "$(guest_jobs)" "$recomp" -q -j 1 --with-deps \
            >>"$tmp/compile.log" 2>&1
    if [ -s "$tmp/compile.log" ]; then
        echo "FAIL cache-$v: recomp reported:"
        head -n 5 "$tmp/compile.log" | sed 's/^/    /'
        fail=$((fail + 1))
    fi
    out=$(GUEST_VARIANTS=$v GUEST_EXTRA_ENV="${GUEST_EXTRA_ENV:+$GUEST_EXTRA_ENV }RECOMP_CACHE_DIR=$cdir" \
        KEEP_GUEST_RESULTS=1 "$here/run_guest.sh" "$runner --stats" "$build" 2>&1)
    res=$(printf '%s\n' "$out" | sed -n 's/^guest outputs kept in //p')
    printf '%s\n' "$out" | grep -E '^(FAIL|  )' | sed "s/^FAIL $v/FAIL cache-$v/"
    counts=$(printf '%s\n' "$out" | grep -E "^guest-$v: " | sed -E 's/.*: ([0-9]+) passed, ([0-9]+) failed/\1 \2/')
    read -r p f <<<"${counts:-0 1}"
    # a program that passed but whose cache was refused (a warning) does not count as a pass
    warned=0
    if [ -n "$res" ]; then
        for e in "$res"/"$v".*.err; do
            [ -e "$e" ] || continue
            if grep -q 'warning: cache' "$e"; then
                echo "FAIL cache-$v/$(basename "$e" .err | cut -d. -f2-): $(grep -m1 'warning: cache' "$e")"
                warned=$((warned + 1))
            fi
        done
    fi
    p=$((p - warned))
    f=$((f + warned))
    echo "cache-$v: $p passed, $f failed"
    pass=$((pass + p))
    fail=$((fail + f))
    # coverage: executed blocks served by the cache, summed over the variant
    if [ -n "$res" ]; then
        awk -v v="$v" -v min="$min" '
            FNR == 1 { name = FILENAME; sub(/.*\//, "", name); sub(/\.err$/, "", name) }
            /^blocks_from_cache: / { c[name] += $2; C += $2 }
            /^blocks_jitted_in_objects: / { j[name] += $2; J += $2 }
            END {
                for (n in c) if (c[n] + j[n] > 0 && 100 * c[n] / (c[n] + j[n]) < min)
                    printf "    below %s%%: %s: %d of %d blocks from the cache\n", min, n, c[n], c[n] + j[n]
                share = (C + J) ? 100 * C / (C + J) : 0
                printf "cache-coverage-%s: %.2f%% of %d executed blocks from the cache\n", v, share, C + J
                exit !(share >= min)
            }' "$res"/"$v".*.err
        ok=$?
        if [ "${assert#* $v }" != "$assert" ]; then
            if [ $ok -eq 0 ]; then pass=$((pass + 1)); else
                echo "FAIL cache-coverage-$v: below $min%"
                fail=$((fail + 1))
            fi
        fi
        # exec'd guests find the cache directory whatever environment the guest gives them
        e="$res/$v.proc_exec.err"
        if [ -e "$e" ]; then
            n=$(grep -c '^caches_attached: ' "$e")
            none=$(grep -c '^caches_attached: 0$' "$e")
            if [ "$n" -ge 2 ] && [ "$none" -eq 0 ]; then
                echo "cache-exec-$v: $n guest processes, each ran from its cache"
                pass=$((pass + 1))
            else
                echo "FAIL cache-exec-$v: $none of $n guest processes of proc_exec ran without a cache"
                fail=$((fail + 1))
            fi
        fi
        # text relocations: the blocks on the patched pages come back once the text is read-only
        if [ "$v" = dyn ]; then
            for b in "${bins[@]}"; do
                readelf -d "$b" 2>/dev/null | grep -q TEXTREL || continue
                n=${b##*/}
                e="$res/$v.$n.err"
                [ -e "$e" ] || continue
                if awk -v min="$min" -v n="$n" '
                    /^blocks_from_cache: / { c += $2 }
                    /^blocks_jitted_in_objects: / { j += $2 }
                    /^cache_blocks_reenabled: / { r += $2 }
                    END {
                        share = (c + j) ? 100 * c / (c + j) : 0
                        printf "cache-textrel-%s: %.2f%% of %d blocks from the cache, %d re-enabled\n", n, share, c + j, r
                        exit !(share >= min && r > 0)
                    }' "$e"; then
                    pass=$((pass + 1))
                else
                    echo "FAIL cache-textrel-$n: text relocations cost cached blocks"
                    fail=$((fail + 1))
                fi
            done
        fi
        rm -rf "$res"
    fi
done
echo "cache: $pass passed, $fail failed"
[ "$fail" -eq 0 ]
