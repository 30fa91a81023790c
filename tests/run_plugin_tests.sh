#!/bin/bash
# The instrumentation plugin tests (docs/plugins.md), run by tests/run_tests.sh:
#
#   tests/run_plugin_tests.sh BUILD
#
# Needs BUILD/bin/recomp-run, BUILD/plugins/*.so and BUILD/plugin-tests/* (make plugin-tests),
# and the guest programs (make guests). Each check is one pass or fail:
#
#   count     exact instruction counts of tests/plugin/count_*.S (EXPECT-INSNS in the source) with
#             the insn plugin inline and with callbacks, with per-instruction inline adds and
#             callbacks (p_count), with units of 1 and 3 instructions, summed over 5 threads,
#             and against qemu-riscv64 running tests/plugin/q_insn.c when qemu has plugins
#   mem       memory callbacks and inline memory operations on mem_access.S: every access, its
#             address and value, in order (mem_access.expect); the mem plugin's zstd trace
#   regs      register reads and writes, conditional callbacks, symbols (p_regs on regs.S)
#   syscall   the syscall plugin's events against --strace's lines, in the same run
#   cov       the drcov output parses (t_drcov) and has the blocks it must have
#   refuse    wrong API version, no version, no install function, failing install, bad path:
#             exit status 1 and one line on stderr
#   same      a plugin that registers nothing leaves the generated code unchanged (-d out_asm)
#   guests    real programs (threads, fork, exec) under every example plugin: same output and
#             status as without; inline and callback counts equal
#   sanitizer with a sanitizer build (make check-asan), no report in any run
#
# Prints "FAIL <name>" with details for each failure, then "plugin: N passed, N failed".

set -u
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(cd "$here/.." && pwd)
build=${1:-build}
case $build in /*) ;; *) build=$root/$build ;; esac
cd "$root" || exit 1
R=$build/bin/recomp-run
PL=$build/plugins
PT=$build/plugin-tests
QEMU=${QEMU_RV:-qemu-riscv64}
T=${GUEST_TIMEOUT:-60}
tmp=$(mktemp -d "${TMPDIR:-/tmp}/recomp-plugin-tests.XXXXXX")
trap 'rm -rf "$tmp"' EXIT
pass=0
fail=0

ok() { pass=$((pass + 1)); }
bad() { # name, details...
    fail=$((fail + 1))
    echo "FAIL plugin/$1"
    shift
    [ $# -gt 0 ] && printf '    %s\n' "$@"
    return 0
}
# run NAME ARGS...: recomp-run with a timeout, stdin from /dev/null; $tmp/NAME.{out,err,rc}
run() {
    local name=$1
    shift
    # (in a subshell: no "Segmentation fault" notice from this shell for the guests that die)
    (
        timeout -k 5 "$T" "$R" "$@" >"$tmp/$name.out" 2>"$tmp/$name.err" </dev/null
        exit $?
    ) 2>/dev/null
    echo $? >"$tmp/$name.rc"
    # a sanitizer build (make check-asan) reports problems on stderr: collected for the end
    if grep -qE 'runtime error:|ERROR: (Address|Leak|Undefined)Sanitizer' "$tmp/$name.err"; then
        { echo "recomp-run $*"; grep -E 'runtime error:|Sanitizer' "$tmp/$name.err" | head -3; } >>"$tmp/sanitizer.log"
    fi
}
insns_of() { sed -n 's/^insns: \([0-9]*\)$/\1/p' "$1" | tail -n 1; }
expect_eq() { # name got want [file to show]
    if [ "$2" = "$3" ]; then ok; else bad "$1" "got '$2', want '$3'" ${4:+"$(head -c 2000 "$4")"}; fi
}

if [ ! -x "$R" ] || [ ! -f "$PL/insn.so" ] || [ ! -f "$PT/p_count.so" ]; then
    bad setup "missing $R, $PL/*.so or $PT (make all plugin-tests)"
    echo "plugin: $pass passed, $fail failed"
    exit 1
fi

qemu_plugins=0
if command -v "$QEMU" >/dev/null 2>&1 && [ -f "$PT/q_insn.so" ] &&
    timeout 20 "$QEMU" -plugin "$PT/q_insn.so" -d plugin "$PT/count_basic" 2>&1 | grep -q '^insns: '; then
    qemu_plugins=1
fi

# --- count ------------------------------------------------------------------------------------
for prog in count_basic count_threads; do
    want=$(sed -n 's/^ \* EXPECT-INSNS: \([0-9]*\)$/\1/p' "tests/plugin/$prog.S")
    i=0
    while read -r label opts; do
        i=$((i + 1))
        # shellcheck disable=SC2086
        run "c$i" $opts "$PT/$prog"
        expect_eq "count/$prog/$label" "$(cat "$tmp/c$i.rc") $(insns_of "$tmp/c$i.err")" "0 $want" "$tmp/c$i.err"
    done <<EOF
inline --plugin $PL/insn.so
callback --plugin $PL/insn.so,inline=off
insn-inline --plugin $PT/p_count.so,mode=insn_inline
insn-callback --plugin $PT/p_count.so,mode=insn_cb
units-of-1 --max-insns 1 --plugin $PL/insn.so
units-of-3 --max-insns 3 --plugin $PL/insn.so,inline=off
no-opt --no-opt --plugin $PL/insn.so
EOF
    if [ "$qemu_plugins" = 1 ]; then
        timeout -k 5 "$T" "$QEMU" -plugin "$PT/q_insn.so" -d plugin "$PT/$prog" >/dev/null 2>"$tmp/q.err"
        expect_eq "count/$prog/qemu" "$(insns_of "$tmp/q.err")" "$want" "$tmp/q.err"
    fi
done
# per thread: 5 threads whose counts add up
run th --plugin "$PL/insn.so,per_thread=on" "$PT/count_threads"
nth=$(grep -c '^thread [0-9]*: insns [0-9]*$' "$tmp/th.err")
sum=$(sed -n 's/^thread [0-9]*: insns \([0-9]*\)$/\1/p' "$tmp/th.err" | awk '{ s += $1 } END { print s + 0 }')
want=$(sed -n 's/^ \* EXPECT-INSNS: \([0-9]*\)$/\1/p' tests/plugin/count_threads.S)
expect_eq count/threads-summed "$nth $sum $(insns_of "$tmp/th.err")" "5 $want $want" "$tmp/th.err"
# conditional callbacks: once per thread, seeing the flag at 0
run cond --plugin "$PT/p_count.so,mode=cond" "$PT/count_threads"
expect_eq count/cond-once-per-thread "$(grep '^cond:' "$tmp/cond.err")" "cond: 5 fired, 0 wrong" "$tmp/cond.err"

# program exit by a signal: a fault without handler, abort() (the guest signals itself)
run f1 --plugin "$PL/insn.so" "$PT/fault"
run f2 --plugin "$PT/p_count.so,mode=insn_cb" "$PT/fault"
expect_eq exit/fault "$(cat "$tmp/f1.rc") $(insns_of "$tmp/f1.err") $(cat "$tmp/f2.rc") $(insns_of "$tmp/f2.err")" \
    "139 4 139 2" "$tmp/f1.err"
if [ -x "$build/guest/O2/sig_abort" ]; then
    run f3 --plugin "$PL/insn.so" "$build/guest/O2/sig_abort"
    expect_eq exit/abort "$(cat "$tmp/f3.rc") $(grep -c '^insns: [0-9]*$' "$tmp/f3.err")" "134 1" "$tmp/f3.err"
fi

# --- mem --------------------------------------------------------------------------------------
buf=$(riscv64-linux-gnu-nm "$PT/mem_access" 2>/dev/null | awk '$3 == "buf" { print $1 }')
if [ -z "$buf" ]; then
    bad mem/setup "no symbol buf in $PT/mem_access (riscv64-linux-gnu-nm)"
else
    while read -r d s off v a; do
        printf '%s %s 0x%x %s%s\n' "$d" "$s" $((16#$buf + ${off#+})) "$v" "${a:+ $a}"
    done <tests/plugin/mem_access.expect >"$tmp/mem.want"
    nl=$(grep -c '^L' "$tmp/mem.want")
    ns=$(grep -c '^S' "$tmp/mem.want")
    run mem --plugin "$PT/p_memlog.so,file=$tmp/mem.log" "$PT/mem_access"
    grep -E '^[LS] ' "$tmp/mem.log" >"$tmp/mem.got" 2>/dev/null
    if [ "$(cat "$tmp/mem.rc")" = 0 ] && cmp -s "$tmp/mem.got" "$tmp/mem.want"; then ok; else
        bad mem/callbacks "$(diff "$tmp/mem.want" "$tmp/mem.got" | head -20)" "$(cat "$tmp/mem.err")"
    fi
    expect_eq mem/inline-counts "$(grep -E '^(callbacks|inline):' "$tmp/mem.log" 2>/dev/null | tr '\n' ' ')" \
        "callbacks: $nl $ns inline: $nl $ns " "$tmp/mem.err"
    run memt --plugin "$PL/mem.so,trace=$tmp/mem.zst" "$PT/mem_access"
    "$PT/t_memtrace" "$tmp/mem.zst" >"$tmp/memt.got" 2>&1
    if cmp -s "$tmp/memt.got" "$tmp/mem.want"; then ok; else
        bad mem/trace "$(diff "$tmp/mem.want" "$tmp/memt.got" | head -20)"
    fi
    expect_eq mem/summary "$(grep -cE "^mem: loads +$nl |^mem: stores +$ns " "$tmp/memt.err")" 2 "$tmp/memt.err"
    # stores only
    run memw --plugin "$PL/mem.so,rw=w" "$PT/mem_access"
    expect_eq mem/stores-only "$(grep -cE '^mem: loads +0 |^mem: stores +'"$ns"' ' "$tmp/memw.err")" 2 "$tmp/memw.err"
fi

# --- regs -------------------------------------------------------------------------------------
run regs --plugin "$PT/p_regs.so" "$PT/regs"
expect_eq regs "$(cat "$tmp/regs.rc") $(cat "$tmp/regs.err")" "42 regs: ok" "$tmp/regs.err"

# --- syscall: the plugin's events against --strace ---------------------------------------------
# name and result of each call; strace prints some results in hex, the plugin in decimal
# (thread ids differ from run to run)
strace_calls() {
    sed -n -E 's/^([a-z_0-9]+)\(.*\) = (0x[0-9a-f]+|-?[0-9]+|\?)( .*)?$/\1 \2/p' "$1" |
        while read -r n r; do
            case $r in 0x*) r=$((16#${r#0x})) ;; esac
            case $n in set_tid_address | gettid | getpid | getppid) r=id ;; esac
            echo "$n $r"
        done
}
plugin_calls() {
    sed -n -E 's/^\[[0-9]+\] ([a-z_0-9]+)\(.*\) = (-?[0-9]+|\?)( .*)?$/\1 \2/p' "$1" |
        sed -E 's/^(set_tid_address|gettid|getpid|getppid) .*/\1 id/'
}
# both in the same run (the plugin on stderr too: file= would take a guest fd), so that programs
# whose system calls vary from run to run (temporary names, timing) compare as well
for g in O2/hello dyn/hello O2/pipe_dup O2/file_io dyn/errno_test O2/process_info O2/file_stat; do
    exe=$build/guest/$g
    [ -x "$exe" ] || continue
    name=syscall/${g//\//-}
    run sp --strace --plugin "$PL/syscall.so" "$exe"
    grep -v '^\[[0-9]*\] ' "$tmp/sp.err" >"$tmp/st.err"
    strace_calls "$tmp/st.err" >"$tmp/st.calls"
    plugin_calls "$tmp/sp.err" >"$tmp/sp.calls"
    if [ -s "$tmp/st.calls" ] && cmp -s "$tmp/st.calls" "$tmp/sp.calls"; then ok; else
        bad "$name" "$(diff "$tmp/st.calls" "$tmp/sp.calls" | head -10)"
    fi
done

# --- cov: drcov ---------------------------------------------------------------------------------
start=$(riscv64-linux-gnu-nm "$PT/count_basic" 2>/dev/null | awk '$3 == "_start" { print $1 }')
leaf=$(riscv64-linux-gnu-nm "$PT/count_basic" 2>/dev/null | awk '$3 == "leaf" { print $1 }')
run cov1 --plugin "$PL/cov.so,file=$tmp/cov1.log" "$PT/count_basic"
if out=$("$PT/t_drcov" "$tmp/cov1.log" "$start" "$leaf" 2>&1) && [ "$(cat "$tmp/cov1.rc")" = 0 ]; then ok; else
    bad cov/count_basic "$out"
fi
for g in dyn/hello O2/qsort_bsearch; do
    exe=$build/guest/$g
    [ -x "$exe" ] || continue
    run cov2 --plugin "$PL/cov.so,file=$tmp/cov2.log" "$exe"
    if out=$("$PT/t_drcov" "$tmp/cov2.log" 2>&1) && [ "$(cat "$tmp/cov2.rc")" = 0 ]; then ok; else
        bad "cov/${g//\//-}" "$out"
    fi
done

# --- refuse: one clear line, status 1 -----------------------------------------------------------
while read -r label spec pattern; do
    run ref "--plugin" "$spec" "$PT/count_basic"
    lines=$(wc -l <"$tmp/ref.err")
    if [ "$(cat "$tmp/ref.rc")" = 1 ] && [ "$lines" = 1 ] && grep -q -- "$pattern" "$tmp/ref.err" &&
        [ ! -s "$tmp/ref.out" ]; then ok; else
        bad "refuse/$label" "status $(cat "$tmp/ref.rc"), stderr:" "$(cat "$tmp/ref.err")"
    fi
done <<EOF
version $PT/p_badversion.so built for plugin API version 42, but this recomp-run has version 1
no-version $PT/p_noversion.so does not declare the plugin API version
no-install $PT/p_noinstall.so has no recomp_plugin_install
install-fails $PT/p_failinstall.so installation failed
no-file $tmp/nonexistent.so cannot load plugin
not-a-plugin $PT/count_basic cannot load plugin
EOF
run ref2 --plugin "$PL/insn.so,bogus=1" "$PT/count_basic"
if [ "$(cat "$tmp/ref2.rc")" = 1 ] && grep -q "installation failed" "$tmp/ref2.err"; then ok; else
    bad refuse/bad-option "$(cat "$tmp/ref2.err")"
fi

# --- same: no instrumentation, no change in the generated code ----------------------------------
# host addresses differ between runs: made relative to the first unit
norm_asm() {
    perl -ne 'if (/^  0x([0-9a-f]+):/) { $b //= hex($1); s/0x([0-9a-f]{9,})/my $v = hex($1); $v >= $b && $v - $b < (1 << 30) ? sprintf("+%x", $v - $b) : "0x$1"/ge; print } elsif (/^OUT:/) { print }' "$1"
}
if command -v perl >/dev/null 2>&1; then
    for g in "$PT/count_basic" "$build/guest/O2/hello" "$build/guest/dyn/hello"; do
        [ -x "$g" ] || continue
        # (--no-cache: with a plugin caches are never used, so code the cache held for a
        # library would be missing from the first listing only; --no-host-libc: with a plugin
        # the C library's string routines run as guest code, docs/hostfn.md; --no-regions: with
        # a plugin loops stay superblocks, whose blocks the plugins see, docs/plugins.md)
        run asm0 --no-cache --no-host-libc --no-regions -d out_asm "$g"
        run asm1 --no-cache -d out_asm --plugin "$PT/p_noop.so" "$g"
        norm_asm "$tmp/asm0.err" >"$tmp/asm0.n"
        norm_asm "$tmp/asm1.err" >"$tmp/asm1.n"
        if [ -s "$tmp/asm0.n" ] && cmp -s "$tmp/asm0.n" "$tmp/asm1.n"; then ok; else
            bad "same/${g##*/}" "$(diff "$tmp/asm0.n" "$tmp/asm1.n" | head -10)"
        fi
    done
fi

# --- bb: block counts with symbol names -----------------------------------------------------------
run bb --plugin "$PL/bb.so,n=100" "$PT/count_basic"
if grep -qE '^ +[0-9]+ +50 +200 .* leaf\+0x0$' "$tmp/bb.err" &&
    grep -qE '^ +[0-9]+ +99 +396 .* _start\+0x6$' "$tmp/bb.err"; then ok; else
    bad bb/count_basic "$(cat "$tmp/bb.err")"
fi
run hp --plugin "$PL/hotpages.so,n=3" "$PT/mem_access"
expect_eq hotpages/mem_access "$(grep -cE "^ +1 +0x0*${buf%???}000 +16 +14 +30 +100\.00 " "$tmp/hp.err")" 1 "$tmp/hp.err"

# --- guests: real programs under every plugin ---------------------------------------------------
for g in O2/thread_mutex dyn/thread_condvar O2/proc_fork_wait dyn/proc_exec O2/sig_segv dyn/cxx_exceptions O0/qsort_bsearch; do
    exe=$build/guest/$g
    [ -x "$exe" ] || continue
    run ref0 "$exe"
    for p in "insn.so" "insn.so,inline=off" "bb.so" "mem.so" "syscall.so,file=/dev/null" "cov.so,file=$tmp/cov.g" "hotpages.so"; do
        run gp --plugin "$PL/$p" "$exe"
        if [ "$(cat "$tmp/gp.rc")" = "$(cat "$tmp/ref0.rc")" ] && cmp -s "$tmp/gp.out" "$tmp/ref0.out"; then ok; else
            bad "guests/${g//\//-}/${p%%,*}" "status $(cat "$tmp/gp.rc") (want $(cat "$tmp/ref0.rc"))" "$(tail -5 "$tmp/gp.err")"
        fi
    done
done
# inline and callback counts agree on deterministic single-threaded programs
for g in O2/hello dyn/hello O0/qsort_bsearch pie/crc32 O2/cxx_stl; do
    exe=$build/guest/$g
    [ -x "$exe" ] || continue
    run ia --plugin "$PL/insn.so" "$exe"
    run ib --plugin "$PL/insn.so,inline=off" "$exe"
    run ic --plugin "$PT/p_count.so,mode=insn_cb" "$exe"
    a=$(insns_of "$tmp/ia.err")
    expect_eq "inline-vs-callback/${g//\//-}" "$a $(insns_of "$tmp/ib.err") $(insns_of "$tmp/ic.err")" "$a $a $a"
done

# --- sanitizers: no report in any run above ------------------------------------------------------
if [ -s "$tmp/sanitizer.log" ]; then bad sanitizer "$(head -20 "$tmp/sanitizer.log")"; else ok; fi

echo "plugin: $pass passed, $fail failed"
[ "$fail" -eq 0 ]
