#!/bin/bash
# Which system calls does recomp-run answer with ENOSYS? Runs every guest program (every
# variant of $STRACE_VARIANTS, default $GUEST_VARIANTS) under `BUILD/bin/recomp-run --strace`
# with the fixed conditions of tests/guest_lib.sh, and collects the strace lines (on the
# guest's stderr) whose result is ENOSYS:
#   name(args...) = -38 ENOSYS                      (the host said so)
#   name(args...) = -38 ENOSYS (not implemented)    (recomp-run has no handler)
#   syscall_N(args...) = -38 ENOSYS ...             (a number recomp-run does not know)
#
#   tests/check_strace.sh BUILD [NAME...]
#
# Output: for each such system call, how many runs hit it and which (VARIANT/NAME), then
#   strace: N passed, N failed
# where a run passes if it has no ENOSYS line (its output and status are not checked
# here: that is run_guest.sh's job). Exit status 1 if any run hit ENOSYS. Names listed in
# $STRACE_IGNORE (e.g. "clone3 rseq": probes glibc falls back from) are reported but do
# not fail a run. $JOBS sets the parallelism; $KEEP_STRACE_LOGS=1 keeps the logs.

set -u
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
# shellcheck source=tests/guest_lib.sh
. "$here/guest_lib.sh"

ENOSYS_RE='^[A-Za-z_][A-Za-z0-9_]*\(.*\) = -38 ENOSYS( \(not implemented\))?$'

if [ "${1:-}" = "--worker" ]; then
    runner=$2 build=$3 results=$4 variant=$5 name=$6
    bin="$build/guest/$variant/$name"
    prefix="$results/$variant.$name"
    if [ ! -x "$bin" ]; then
        echo "missing" >"$prefix.res"
        exit 0
    fi
    guest_run "$runner" "$bin" "$name" "$prefix"
    # one line per distinct call: "syscall-name<TAB>kind"
    grep -aE "$ENOSYS_RE" "$prefix.err" |
        sed -E 's/^([A-Za-z0-9_]+)\(.*\) = -38 ENOSYS( \(not implemented\))?$/\1\t\2/' |
        sed -E 's/\t \(not implemented\)$/\tnot implemented/; s/\t$/\tfrom the host/' |
        sort -u >"$prefix.enosys"
    echo "done $(cat "$prefix.status")" >"$prefix.res"
    [ "${KEEP_STRACE_LOGS:-0}" = 1 ] || rm -f "$prefix.err" "$prefix.out"
    exit 0
fi

if [ $# -lt 1 ]; then
    echo "usage: $0 BUILD [NAME...]" >&2
    exit 2
fi
build=$(guest_abspath "$1")
shift
recomp="$build/bin/recomp-run"
if [ ! -x "$recomp" ]; then
    echo "check-strace: $recomp does not exist; run make first"
    echo "strace: 0 passed, 1 failed"
    exit 1
fi
if [ $# -gt 0 ]; then names=("$@"); else mapfile -t names < <(guest_all_names); fi
GUEST_VARIANTS=${STRACE_VARIANTS:-$GUEST_VARIANTS}
ignore=" ${STRACE_IGNORE:-} "

results=$(mktemp -d "${TMPDIR:-/tmp}/recomp-check-strace.XXXXXX")
jobs=()
for name in "${names[@]}"; do
    while read -r v; do jobs+=("$v" "$name"); done < <(guest_variants "$name")
done
if [ ${#jobs[@]} -gt 0 ]; then
    printf '%s\0' "${jobs[@]}" |
        xargs -0 -n 2 -P "$(guest_jobs)" "$here/check_strace.sh" --worker "$recomp --strace" "$build" "$results"
fi

pass=0
fail=0
: >"$results/.all"
for ((i = 0; i < ${#jobs[@]}; i += 2)); do
    v=${jobs[i]} name=${jobs[i + 1]}
    prefix="$results/$v.$name"
    if [ ! -f "$prefix.res" ] || [ "$(cat "$prefix.res")" = missing ]; then
        echo "FAIL $v/$name: not run (binary missing or worker died)"
        fail=$((fail + 1))
        continue
    fi
    bad=0
    while IFS=$'\t' read -r sc kind; do
        [ -n "$sc" ] || continue
        printf '%s\t%s\t%s/%s\n' "$sc" "$kind" "$v" "$name" >>"$results/.all"
        [[ $ignore == *" $sc "* ]] || bad=1
    done <"$prefix.enosys"
    if [ "$bad" = 0 ]; then pass=$((pass + 1)); else fail=$((fail + 1)); fi
done

if [ -s "$results/.all" ]; then
    echo "system calls answered with ENOSYS (by recomp-run or from the host; runs that hit them):"
    sort -t $'\t' -k1,1 -k2,2 -k3,3 "$results/.all" |
        awk -F '\t' -v ignore="$ignore" '
        function flush() {
            if (key == "") return
            split(key, k, "\t")
            note = index(ignore, " " k[1] " ") ? ", ignored" : ""
            printf "  %s (%s%s): %d run%s:%s\n", k[1], k[2], note, n, n == 1 ? "" : "s", list
        }
        { cur = $1 "\t" $2
          if (cur != key) { flush(); key = cur; n = 0; list = "" }
          n++; if (n <= 12) list = list " " $3; else if (n == 13) list = list " ..." }
        END { flush() }'
else
    echo "no system call answered with ENOSYS"
fi
if [ "${KEEP_STRACE_LOGS:-0}" = 1 ]; then echo "logs kept in $results"; else rm -rf "$results"; fi
echo "strace: $pass passed, $fail failed"
[ "$fail" -eq 0 ]
