#!/bin/bash
# The benchmark harness behind `make bench` (see docs/benchmarks.md for how to read the result).
#
#   tools/bench/bench.sh [--quick] [--runs N] [--only NAME[,NAME...]] [--report-only] [BUILD]
#
# Needs the workloads built by `make bench-bins` into BUILD/bench/{rv64,x86_64}/NAME (one
# tools/bench/NAME.c each, same source and flags for both) and BUILD/bench/runner.
#
# For every workload and every available configuration (the CONFIGS table below: native,
# qemu-riscv64, recomp-run JIT only, recomp-run with the ahead-of-time cache, and the plugin
# overhead runs) it runs the program N times (default 3; --quick: once, at the small size),
# interleaving the configurations, with BUILD/bench/runner measuring the wall time and peak RSS;
# checks that the stdout of every run equals the native run's; takes medians; runs the JIT once
# more with --stats for the translator counters; then writes a markdown report and a gnuplot
# bar chart: docs/benchmarks.md and docs/benchmarks.png in full mode, BUILD/bench/quick/ with
# --quick, BUILD/bench/partial/ with --only (only a complete full run touches docs/).
#
# Prints "PASS NAME" / "FAIL NAME: why" per workload, then "bench: N passed, N failed"; the exit
# status is non-zero if any run failed, timed out or printed something other than native did.
# --report-only rewrites the report (e.g. after editing tools/bench/analysis.md) from the saved
# measurements of the last run in the same mode (BUILD/bench/data-{full,quick,partial}/).
#
# Environment: QEMU_RV (default qemu-riscv64), BENCH_TIMEOUT (seconds per series, default 300,
# 60 with --quick), BENCH_PLUGIN_RUNS (runs of the plugin configurations, default 1).

set -u
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(cd "$here/../.." && pwd)

quick=0
report_only=0
runs=3
only=""
build_arg=build
while [ $# -gt 0 ]; do
    case "$1" in
    --quick) quick=1 ;;
    --runs)
        runs=$2
        shift
        ;;
    --report-only) report_only=1 ;;
    --only)
        only=$2
        shift
        ;;
    -h | --help)
        awk 'NR > 1 && /^#/ { sub(/^# ?/, ""); print; next } NR > 1 { exit }' "${BASH_SOURCE[0]}"
        exit 0
        ;;
    -*)
        echo "bench.sh: unknown option $1" >&2
        exit 2
        ;;
    *) build_arg=$1 ;;
    esac
    shift
done
[ "$quick" = 1 ] && runs=1
# The plugin configurations are slow and only compared with jit: fewer runs by default.
plugin_runs=${BENCH_PLUGIN_RUNS:-1}

cd "$root" || exit 1
case "$build_arg" in /*) build=$build_arg ;; *) build=$root/$build_arg ;; esac
bdir=$build/bench
runner=$bdir/runner
recomp_run=$build/bin/recomp-run
recomp=$build/bin/recomp
plugdir=$build/plugins
QEMU_RV=${QEMU_RV:-qemu-riscv64}
# Only a complete full run writes docs/; --quick and --only write under BUILD/bench/.
if [ "$quick" = 1 ]; then
    outdir=$bdir/quick
    timeout=${BENCH_TIMEOUT:-60}
else
    outdir=$root/docs
    [ -n "$only" ] && outdir=$bdir/partial
    timeout=${BENCH_TIMEOUT:-300}
fi
work=$bdir/work
cachedir=$bdir/cache
# The measurements of the last run of each mode, so that --report-only can rewrite its report.
mode=full
[ -n "$only" ] && mode=partial
[ "$quick" = 1 ] && mode=quick
data=$bdir/data-$mode
raw=$data/raw.tsv     # workload config run wall rss status
extra=$data/extra.tsv # workload key value (cache compile time and size, stats counters)
state=$data/state.sh  # names, failures, configurations, times (declare -p)
mkdir -p "$outdir" "$work" "$cachedir" "$data"

# --- workloads -------------------------------------------------------------------------------
# name, full-size argument, quick-size argument ("-": none), processes per measurement (full,
# quick), one-line description for the report.
WORKLOADS=$(
    cat <<'EOF'
sha256    160     2     1   1   integer hashing: SHA-256 over 160 MiB
crc32     200     2     1   1   integer hashing: CRC-32 bitwise, table, slicing-by-8
lz77      12288   256   1   1   LZ77 (hash chains) + canonical Huffman coder and decoders, 12 MiB
interp    1000000 20000 1   1   bytecode interpreter, switch dispatch (indirect branches)
recursion 38      24    1   1   fib, tak, ackermann, n-queens: calls and returns
sort      2000    100   1   1   quicksort, merge sort, qsort() on 2M keys
ptrchase  20      14    1   1   pointer chasing, 64 MiB of nodes (2x the L3)
matmul    480     96    1   1   double matrix multiply 480x480, naive and blocked
nbody     2000    50    1   1   n-body, 2M steps (FP arithmetic and sqrt)
libm      1500    50    1   1   libm: sin cos tan exp log pow atan2 cbrt hypot fmod...
strings   16384   512   1   1   glibc mem*/str* on 16 MiB buffers, and short strings
bintrees  17      10    1   1   binary trees: malloc/free churn
syscalls  150     5     1   1   small read/write/pread on pipe, file, /dev/zero, /dev/null
threads   6000    200   1   1   4 threads, barrier-synchronized stencil, mutex, atomics
hello     -       -     100 10  startup: static hello world, many processes per measurement
EOF
)

# The FP workloads, whose slowness has one known cause (docs/benchmarks.md, Analysis 1): the
# report also gives the geometric means without them.
FP_SET="matmul nbody libm"

# --- configurations --------------------------------------------------------------------------
# To add one: a name here, a case in cfg_cmd, and an availability test in cfg_detect. "main"
# configurations appear in the time table (ratios to native and to qemu), "plugin" ones in the
# plugin overhead table (ratios to jit).
CONFIGS=(native qemu jit cache insn bb)
declare -A CFG_KIND=([native]=main [qemu]=main [jit]=main [cache]=main [insn]=plugin [bb]=plugin)
declare -A CFG_LABEL=([native]="native x86-64" [qemu]="qemu-riscv64" [jit]="recomp-run JIT"
    [cache]="recomp-run + cache" [insn]="JIT + insn.so" [bb]="JIT + bb.so")
declare -A CFG_ON=()
declare -A CFG_WHY=()
nocache=()

cfg_detect() {
    local help
    help=$("$recomp_run" --help 2>&1)
    if printf '%s' "$help" | grep -q -- '--no-cache'; then nocache=(--no-cache); fi
    CFG_ON[native]=1
    if command -v "$QEMU_RV" >/dev/null 2>&1; then CFG_ON[qemu]=1; else CFG_WHY[qemu]="$QEMU_RV not found"; fi
    if [ -x "$recomp_run" ]; then CFG_ON[jit]=1; else CFG_WHY[jit]="$recomp_run not built"; fi
    if [ ! -x "$recomp" ]; then
        CFG_WHY[cache]="no $build_arg/bin/recomp (the cache compiler)"
    elif ! printf '%s' "$help" | grep -q -- '--cache'; then
        CFG_WHY[cache]="recomp-run has no --cache option"
    else
        CFG_ON[cache]=1
    fi
    local p
    for p in insn bb; do
        if [ ! -f "$plugdir/$p.so" ]; then
            CFG_WHY[$p]="no $build_arg/plugins/$p.so"
        elif ! printf '%s' "$help" | grep -q -- '--plugin'; then
            CFG_WHY[$p]="recomp-run has no --plugin option"
        else
            CFG_ON[$p]=1
        fi
    done
}

# cfg_cmd CONFIG NAME ARGS...: the command line, in the array CMD.
cfg_cmd() {
    local c=$1 w=$2
    shift 2
    local rv=$bdir/rv64/$w x86=$bdir/x86_64/$w
    case "$c" in
    native) CMD=("$x86") ;;
    qemu) CMD=("$QEMU_RV" "$rv") ;;
    jit) CMD=("$recomp_run" "${nocache[@]}" "$rv") ;;
    cache) CMD=("$recomp_run" --cache "$cachedir/$w.cache" "$rv") ;;
    insn | bb) CMD=("$recomp_run" "${nocache[@]}" --plugin "$plugdir/$c.so" "$rv") ;;
    esac
    CMD+=("$@")
}

# --- helpers ---------------------------------------------------------------------------------
median() { # values... -> median
    printf '%s\n' "$@" | sort -g | awk '{ v[NR] = $1 } END {
        if (NR == 0) print "";
        else if (NR % 2) printf "%.6f\n", v[(NR + 1) / 2];
        else printf "%.6f\n", (v[NR / 2] + v[NR / 2 + 1]) / 2 }'
}

# "wall S maxrss K status N" -> sets WALL RSS STATUS
parse_runner() {
    WALL=$(awk '{ print $2 }' <<<"$1")
    RSS=$(awk '{ print $4 }' <<<"$1")
    STATUS=$(awk '{ print $6 }' <<<"$1")
    [ -n "$STATUS" ] || STATUS=255
}

# The stdout of a run agrees with the reference. Plugin runs may append their own report
# after the program's output; anything before it must match.
output_ok() { # config ref out
    if cmp -s "$2" "$3"; then return 0; fi
    if [ "${CFG_KIND[$1]}" = plugin ]; then
        local n
        n=$(stat -c %s "$2")
        head -c "$n" "$3" | cmp -s "$2" -
        return
    fi
    return 1
}

if [ "$report_only" = 1 ]; then
    if [ ! -f "$state" ]; then
        echo "bench.sh: no measurements in $data (run without --report-only first)" >&2
        exit 2
    fi
    # shellcheck disable=SC1090
    . "$state"
else
    for tool in "$runner" "$recomp_run"; do
        if [ ! -x "$tool" ]; then
            echo "bench.sh: $tool is missing (run: make BUILD=$build_arg bench-bins all)" >&2
            exit 2
        fi
    done
    cfg_detect

    start=$(date +%s)
    : >"$raw"
    : >"$extra"
    names=()
    declare -A FAILED=() DESC=() ARG=() REP=()
    npass=0
    nfail=0

    echo "bench: $([ "$quick" = 1 ] && echo "QUICK, ")$runs run(s) per configuration; configurations:" \
        "$(for c in "${CONFIGS[@]}"; do [ -n "${CFG_ON[$c]:-}" ] && printf '%s ' "$c"; done)"
    for c in "${CONFIGS[@]}"; do
        [ -n "${CFG_ON[$c]:-}" ] || echo "  (skipping $c: ${CFG_WHY[$c]})"
    done
    [ ${#nocache[@]} -eq 0 ] && echo "  (recomp-run has no --no-cache: the jit configuration is plain recomp-run)"

    while read -r name full qarg rep qrep desc; do
        [ -n "$name" ] || continue
        if [ -n "$only" ] && [[ ",$only," != *",$name,"* ]]; then continue; fi
        names+=("$name")
        arg=$full
        [ "$quick" = 1 ] && arg=$qarg && rep=$qrep
        DESC[$name]=$desc ARG[$name]=$arg REP[$name]=$rep
        args=()
        [ "$arg" != - ] && args=("$arg")
        fail=""
        for f in "$bdir/rv64/$name" "$bdir/x86_64/$name"; do
            [ -x "$f" ] || fail="${fail:+$fail; }$f not built"
        done
        if [ -n "$fail" ]; then
            echo "FAIL $name: $fail"
            FAILED[$name]=$fail
            nfail=$((nfail + 1))
            continue
        fi

        msgs=$work/$name.msgs # details of failures, shown after the FAIL line
        : >"$msgs"

        # The cache, compiled once (not part of the timed runs).
        if [ -n "${CFG_ON[cache]:-}" ]; then
            rm -f "$cachedir/$name.cache"
            res=$("$runner" -t "$timeout" -o "$work/$name.recomp.log" -e "$work/$name.recomp.log" -- \
                "$recomp" "$bdir/rv64/$name" -o "$cachedir/$name.cache")
            parse_runner "$res"
            if [ "$STATUS" != 0 ] || [ ! -f "$cachedir/$name.cache" ]; then
                fail="${fail:+$fail; }recomp (cache compile) exit status $STATUS"
                sed 's/^/    /' "$work/$name.recomp.log" | head -n 10 >>"$msgs"
            else
                printf '%s\tcompile_s\t%s\n%s\tcache_bytes\t%s\n' "$name" "$WALL" "$name" \
                    "$(stat -c %s "$cachedir/$name.cache")" >>"$extra"
            fi
        fi

        ref=$work/$name.ref
        line="$name:"
        for ((r = 1; r <= runs; r++)); do
            for c in "${CONFIGS[@]}"; do
                [ -n "${CFG_ON[$c]:-}" ] || continue
                [ "${CFG_KIND[$c]}" = plugin ] && [ "$r" -gt "$plugin_runs" ] && continue
                [ "$c" = cache ] && [ ! -f "$cachedir/$name.cache" ] && continue
                cfg_cmd "$c" "$name" "${args[@]}"
                out=$work/$name.$c.$r.out
                err=$work/$name.$c.$r.err
                res=$("$runner" -r "$rep" -t "$timeout" -o "$out" -e "$err" -- "${CMD[@]}")
                parse_runner "$res"
                printf '%s\t%s\t%s\t%s\t%s\t%s\n' "$name" "$c" "$r" "${WALL:-0}" "${RSS:-0}" "$STATUS" >>"$raw"
                if [ "$c" = native ] && [ "$r" = 1 ]; then cp "$out" "$ref"; fi
                if [ "$STATUS" != 0 ]; then
                    fail="${fail:+$fail; }$c run $r exit status $STATUS$([ "$STATUS" = 124 ] && echo " (timeout ${timeout}s)")"
                    tail -n 5 "$err" | sed 's/^/    /' >>"$msgs"
                elif ! output_ok "$c" "$ref" "$out"; then
                    fail="${fail:+$fail; }$c run $r output differs from native"
                    diff "$ref" "$out" | head -n 10 | sed 's/^/    /' >>"$msgs"
                fi
                [ "$r" = 1 ] && line="$line $c $(printf '%.3f' "${WALL:-0}")"
            done
        done
        echo "  $line"

        # Translator counters: one more JIT run (one process) with --stats.
        if [ -n "${CFG_ON[jit]:-}" ]; then
            cfg_cmd jit "$name" "${args[@]}"
            CMD=("${CMD[0]}" --stats "${CMD[@]:1}")
            "$runner" -t "$timeout" -o /dev/null -e "$work/$name.stats" -- "${CMD[@]}" >/dev/null
            sed -n -E 's/^([a-z_]+): ([0-9.]+)$/\1 \2/p' "$work/$name.stats" |
                awk -v w="$name" '{ v[$1] = $2; if (!($1 in seen)) { seen[$1] = 1; k[++n] = $1 } }
                    END { for (i = 1; i <= n; i++) printf "%s\tstat_%s\t%s\n", w, k[i], v[k[i]] }' >>"$extra"
        fi

        if [ -n "$fail" ]; then
            echo "FAIL $name: $fail"
            cat "$msgs"
            FAILED[$name]=$fail
            nfail=$((nfail + 1))
        else
            echo "PASS $name"
            npass=$((npass + 1))
        fi
    done <<<"$WORKLOADS"

    elapsed=$(($(date +%s) - start))
    date_run=$(date -u '+%Y-%m-%d %H:%M UTC')
    declare -p names FAILED DESC ARG REP CFG_ON CFG_WHY nocache elapsed runs npass nfail date_run >"$state"
fi

# --- summary: medians ------------------------------------------------------------------------
declare -A T=() M=() X=()
for name in "${names[@]}"; do
    for c in "${CONFIGS[@]}"; do
        mapfile -t walls < <(awk -F'\t' -v w="$name" -v c="$c" '$1 == w && $2 == c && $6 == 0 { print $4 }' "$raw")
        mapfile -t rsss < <(awk -F'\t' -v w="$name" -v c="$c" '$1 == w && $2 == c && $6 == 0 { print $5 }' "$raw")
        [ ${#walls[@]} -gt 0 ] || continue
        T[$name,$c]=$(median "${walls[@]}")
        M[$name,$c]=$(median "${rsss[@]}")
    done
done
while IFS=$'\t' read -r w k v; do X[$w,$k]=$v; done <"$extra"

# --- report ----------------------------------------------------------------------------------
calc() { awk "BEGIN { printf \"$1\", $2 }"; }
sec() { # seconds, or n/a
    if [ -n "${1:-}" ]; then calc '%.3f' "$1"; else echo "n/a"; fi
}
ratio() { # a b -> a/b with 2 decimals, or n/a
    if [ -n "${1:-}" ] && [ -n "${2:-}" ] && awk "BEGIN { exit !($2 > 0) }"; then calc '%.2f' "$1 / $2"; else echo "n/a"; fi
}
geomean() { # values... (n/a skipped)
    printf '%s\n' "$@" | awk '$1 != "n/a" && $1 > 0 { s += log($1); n++ } END { if (n) printf "%.2f\n", exp(s / n); else print "n/a" }'
}
mib() { # KiB -> MiB
    if [ -n "${1:-}" ]; then calc '%.1f' "$1 / 1024"; else echo "n/a"; fi
}
cell() { # the value, with FAIL marked when the workload failed
    local w=$1 v=$2
    if [ -n "${FAILED[$w]:-}" ] && [ "$v" = n/a ]; then echo "FAIL"; else echo "$v"; fi
}

md=$outdir/benchmarks.md
png=$outdir/benchmarks.png
dat=$data/chart.dat
: >"$dat"
declare -a g_jit=() g_cache=() g_qj=() g_qc=() g_q=()
{
    if [ "$quick" = 1 ]; then
        echo "# Benchmarks (QUICK run: small sizes, one run each; not for quoting)"
    else
        echo "# Benchmarks"
    fi
    echo
    cat "$here/report-head.md"
    echo
    echo "## Machine and run"
    echo
    echo "| | |"
    echo "|---|---|"
    echo "| date | $date_run |"
    echo "| CPU | $(grep -m1 'model name' /proc/cpuinfo | sed 's/.*: //'), $(nproc) cores ($(lscpu 2>/dev/null | sed -n -E 's/^L3 cache: *([0-9.]+ [KMG]iB).*/\1/p' | head -1) L3) |"
    echo "| memory | $(awk '/MemTotal/ { printf "%.1f GiB", $2 / 1048576 }' /proc/meminfo) |"
    echo "| kernel | $(uname -sr) |"
    echo "| native compiler | $(gcc --version | head -n 1) |"
    echo "| guest compiler | $(riscv64-linux-gnu-gcc --version | head -n 1) |"
    echo "| qemu | $("$QEMU_RV" --version 2>/dev/null | head -n 1) |"
    echo "| flags | \`-O2 -ffp-contract=off -static\` for both targets, \`-lm -lpthread\` |"
    echo "| runs | $runs per configuration (median reported), total harness time ${elapsed} s |"
    echo "| jit command | \`recomp-run ${nocache[*]} BIN\` |"
    echo "| configurations | $(for c in "${CONFIGS[@]}"; do [ -n "${CFG_ON[$c]:-}" ] && printf '%s (%s); ' "$c" "${CFG_LABEL[$c]}"; done | sed 's/; $//') |"
    for c in "${CONFIGS[@]}"; do
        [ -n "${CFG_ON[$c]:-}" ] || echo "| $c | not run: ${CFG_WHY[$c]} |"
    done
    echo

    echo "## Workloads as run"
    echo
    echo "| workload | argument | processes | what |"
    echo "|---|---:|---:|---|"
    for w in "${names[@]}"; do
        echo "| $w | ${ARG[$w]} | ${REP[$w]} | ${DESC[$w]} |"
    done
    echo

    echo "## Time"
    echo
    echo "Wall seconds (median), then time ratios: \`jit/nat\` = JIT time / native time (lower is"
    echo "better, target geomean <= 2.0), \`cache/nat\` (target <= 1.5), \`qemu/jit\` = how many times"
    echo "faster than qemu-riscv64 the JIT is (target geomean >= 3), \`qemu/cache\` likewise."
    echo
    echo "| workload | native s | qemu s | jit s | cache s | qemu/nat | jit/nat | cache/nat | qemu/jit | qemu/cache |"
    echo "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|"
    for w in "${names[@]}"; do
        n=${T[$w,native]:-} q=${T[$w,qemu]:-} j=${T[$w,jit]:-} k=${T[$w,cache]:-}
        rq=$(ratio "$q" "$n") rj=$(ratio "$j" "$n") rk=$(ratio "$k" "$n") qj=$(ratio "$q" "$j") qk=$(ratio "$q" "$k")
        g_q+=("$rq") g_jit+=("$rj") g_cache+=("$rk") g_qj+=("$qj") g_qc+=("$qk")
        echo "| $w | $(cell "$w" "$(sec "$n")") | $(cell "$w" "$(sec "$q")") | $(cell "$w" "$(sec "$j")") | $(cell "$w" "$(sec "$k")") | $rq | $rj | $rk | $qj | $qk |"
        printf '%s\t%s\t%s\t%s\n' "$w" "$rq" "$rj" "$rk" | sed 's/n\/a/-/g' >>"$dat"
    done
    G_Q=$(geomean "${g_q[@]}") G_J=$(geomean "${g_jit[@]}") G_C=$(geomean "${g_cache[@]}")
    G_QJ=$(geomean "${g_qj[@]}") G_QC=$(geomean "${g_qc[@]}")
    echo "| **geometric mean** | | | | | **$G_Q** | **$G_J** | **$G_C** | **$G_QJ** | **$G_QC** |"
    echo
    echo "![time relative to native](benchmarks.png)"
    echo

    echo "## Targets"
    echo
    met() { # value op limit
        if [ "$1" = n/a ]; then echo "not measured"; elif awk "BEGIN { exit !($1 $2 $3) }"; then echo "met"; else echo "**missed**"; fi
    }
    worst_mem=n/a worst_w=""
    for w in "${names[@]}"; do
        for c in jit cache; do
            if [ -n "${M[$w,$c]:-}" ] && [ -n "${M[$w,native]:-}" ]; then
                d=$(calc '%.1f' "(${M[$w,$c]} - ${M[$w,native]}) / 1024")
                if [ "$worst_mem" = n/a ] || awk "BEGIN { exit !($d > $worst_mem) }"; then worst_mem=$d worst_w="$w ($c)"; fi
            fi
        done
    done
    echo "| target | value | |"
    echo "|---|---:|---|"
    echo "| geomean time / native, JIT only, <= 2.0 | $G_J | $(met "$G_J" "<=" 2.0) |"
    echo "| geomean time / native, with cache, <= 1.5 | $G_C | $(met "$G_C" "<=" 1.5) |"
    echo "| geomean speed-up over qemu-riscv64 (JIT), >= 3 | $G_QJ | $(met "$G_QJ" ">=" 3) |"
    echo "| geomean speed-up over qemu-riscv64 (cache), >= 3 | $G_QC | $(met "$G_QC" ">=" 3) |"
    echo "| largest translator memory beyond the guest, < 64 MiB | $worst_mem MiB ${worst_w:+($worst_w)} | $(met "$worst_mem" "<" 64) |"
    echo
    x_j=() x_c=() x_qj=() x_qc=()
    for w in "${names[@]}"; do
        [[ " $FP_SET " == *" $w "* ]] && continue
        n=${T[$w,native]:-} q=${T[$w,qemu]:-} j=${T[$w,jit]:-} k=${T[$w,cache]:-}
        x_j+=("$(ratio "$j" "$n")") x_c+=("$(ratio "$k" "$n")") x_qj+=("$(ratio "$q" "$j")") x_qc+=("$(ratio "$q" "$k")")
    done
    echo "Geometric means without the FP workloads ($FP_SET; one cause, Analysis 1): time / native"
    echo "$(geomean "${x_j[@]}") JIT, $(geomean "${x_c[@]}") cache; speed-up over qemu-riscv64"
    echo "$(geomean "${x_qj[@]}") JIT, $(geomean "${x_qc[@]}") cache."
    echo
    echo "Workloads above the per-workload equivalents of the time targets (JIT > 2.0x native,"
    echo "cache > 1.5x native, or JIT less than 3x faster than qemu):"
    echo
    any=0
    for w in "${names[@]}"; do
        n=${T[$w,native]:-} q=${T[$w,qemu]:-} j=${T[$w,jit]:-} k=${T[$w,cache]:-}
        why=""
        rj=$(ratio "$j" "$n") rk=$(ratio "$k" "$n") qj=$(ratio "$q" "$j")
        [ "$rj" != n/a ] && awk "BEGIN { exit !($rj > 2.0) }" && why="$why JIT ${rj}x native;"
        [ "$rk" != n/a ] && awk "BEGIN { exit !($rk > 1.5) }" && why="$why cache ${rk}x native;"
        [ "$qj" != n/a ] && awk "BEGIN { exit !($qj < 3) }" && why="$why qemu/jit only ${qj};"
        if [ -n "$why" ]; then
            echo "- $w:${why%;}"
            any=1
        fi
    done
    [ "$any" = 0 ] && echo "- none"
    echo

    echo "## Peak memory"
    echo
    echo "Peak resident set size (MiB, median over runs; ru_maxrss from wait4). \`jit-nat\` and"
    echo "\`cache-nat\` approximate the translator's own memory (code cache, tables, the runtime and"
    echo "its libraries) beyond the guest's: recomp-run's peak RSS minus the native program's. It"
    echo "is an approximation: the guest is a different binary (riscv64 glibc) and its heap and"
    echo "stack are laid out by recomp-run, not by the host kernel. Target: < 64 MiB."
    echo
    echo "| workload | native | qemu | jit | cache | jit-nat | cache-nat |"
    echo "|---|---:|---:|---:|---:|---:|---:|"
    for w in "${names[@]}"; do
        n=${M[$w,native]:-} dj=n/a dk=n/a
        [ -n "${M[$w,jit]:-}" ] && [ -n "$n" ] && dj=$(calc '%.1f' "(${M[$w,jit]} - $n) / 1024")
        [ -n "${M[$w,cache]:-}" ] && [ -n "$n" ] && dk=$(calc '%.1f' "(${M[$w,cache]} - $n) / 1024")
        echo "| $w | $(mib "$n") | $(mib "${M[$w,qemu]:-}") | $(mib "${M[$w,jit]:-}") | $(mib "${M[$w,cache]:-}") | $dj | $dk |"
    done
    echo

    if [ -n "${CFG_ON[cache]:-}" ]; then
        echo "## Cache compilation"
        echo
        echo "\`recomp BIN -o BIN.cache\`, once per workload, not included in the times above."
        echo
        echo "| workload | compile s | cache size KiB |"
        echo "|---|---:|---:|"
        for w in "${names[@]}"; do
            s=${X[$w,compile_s]:-} b=${X[$w,cache_bytes]:-}
            echo "| $w | $(cell "$w" "$(sec "$s")") | $([ -n "$b" ] && calc '%.0f' "$b / 1024" || echo n/a) |"
        done
        echo
    fi

    echo "## Plugin overhead"
    echo
    if [ -z "${CFG_ON[insn]:-}" ] && [ -z "${CFG_ON[bb]:-}" ]; then
        echo "Not measured: ${CFG_WHY[insn]:-}; ${CFG_WHY[bb]:-}."
    else
        echo "\`recomp-run --plugin P.so\` (JIT only), seconds and ratio to the plain JIT run."
        echo
        echo "| workload | jit s | insn.so s | insn/jit | bb.so s | bb/jit |"
        echo "|---|---:|---:|---:|---:|---:|"
        g_i=() g_b=()
        for w in "${names[@]}"; do
            j=${T[$w,jit]:-} i=${T[$w,insn]:-} b=${T[$w,bb]:-}
            ri=$(ratio "$i" "$j") rb=$(ratio "$b" "$j")
            g_i+=("$ri") g_b+=("$rb")
            echo "| $w | $(sec "$j") | $(sec "$i") | $ri | $(sec "$b") | $rb |"
        done
        echo "| **geometric mean** | | | **$(geomean "${g_i[@]}")** | | **$(geomean "${g_b[@]}")** |"
    fi
    echo

    echo "## Translator counters"
    echo
    echo "From one extra \`recomp-run --stats\` run of each workload (JIT only; for hello, one"
    echo "process): translation units, guest instructions translated, generated bytes, time spent"
    echo "translating, direct exits chained, indirect-branch jump-table misses (each a trip through"
    echo "the dispatcher), system calls."
    echo
    echo "| workload | units | guest insns | code KiB | translate ms | links | indirect misses | syscalls |"
    echo "|---|---:|---:|---:|---:|---:|---:|---:|"
    for w in "${names[@]}"; do
        cb=${X[$w,stat_host_code_bytes]:-}
        echo "| $w | ${X[$w,stat_units_translated]:-n/a} | ${X[$w,stat_guest_insns_translated]:-n/a} | $([ -n "$cb" ] && calc '%.0f' "$cb / 1024" || echo n/a) | ${X[$w,stat_translate_ms]:-n/a} | ${X[$w,stat_links]:-n/a} | ${X[$w,stat_indirect_misses]:-n/a} | ${X[$w,stat_syscalls]:-n/a} |"
    done
    echo

    if [ ${#FAILED[@]} -gt 0 ]; then
        echo "## Failures"
        echo
        for w in "${names[@]}"; do
            [ -n "${FAILED[$w]:-}" ] && echo "- $w: ${FAILED[$w]}"
        done
        echo
    fi

    if [ "$quick" = 0 ] && [ -f "$here/analysis.md" ]; then
        cat "$here/analysis.md"
    fi
} >"$md"

# --- chart -----------------------------------------------------------------------------------
if command -v gnuplot >/dev/null 2>&1; then
    if ! gnuplot -e "datafile='$dat'; outfile='$png'" "$here/chart.gp" 2>"$work/gnuplot.log"; then
        echo "bench.sh: gnuplot failed:" >&2
        sed 's/^/    /' "$work/gnuplot.log" >&2
    fi
else
    echo "bench.sh: gnuplot not installed (make deps): no chart" >&2
fi

echo "geomean time/native: qemu $G_Q, jit $G_J, cache $G_C; speed-up over qemu: jit $G_QJ, cache $G_QC"
echo "report: ${md#"$root"/}$([ -f "$png" ] && echo ", ${png#"$root"/}") (${elapsed} s)"
echo "bench: $npass passed, $nfail failed"
[ "$nfail" -eq 0 ]
