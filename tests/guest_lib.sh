# shellcheck shell=bash
# Shared helpers for the guest-program scripts (sourced, not executed):
# tests/run_guest.sh, tests/check_diff.sh, tests/check_strace.sh, tests/run_tests.sh and
# tests/guest/regen_expected.sh.
#
# One guest run happens under fixed conditions so that every runner (qemu-riscv64,
# recomp-run) sees exactly the same world:
#   - a fresh empty working directory from mktemp -d, removed afterwards
#     (programs that create files do so only below it);
#   - argv: the binary, then the whitespace-separated words of tests/guest/NAME.args
#     if that file exists (no quoting, no globbing);
#   - stdin: tests/guest/NAME.stdin if it exists, else /dev/null;
#   - environment: env -i PATH=/usr/bin:/bin HOME=/tmp LANG=C RECOMP_TEST_VAR=hello,
#     plus the words of $GUEST_EXTRA_ENV (VAR=value ...) if set, e.g. to pass a
#     RECOMP_* debugging switch through to recomp-run;
#   - timeout: $GUEST_TIMEOUT seconds (default 60); a timeout gives status 124. Programs
#     that exercise threads, signals, processes, sockets, dlopen or C++ (names starting
#     with thread_ sig_ proc_ net_ dlopen cxx_) get at most $GUEST_TIMEOUT_SHORT seconds
#     (default 10): they take well under a second under qemu-riscv64, and a runner that
#     loses a signal or deadlocks must not stall the suite for a minute per run.
# Only stdout and the exit status are compared; stderr is kept for diagnostics. A run
# that dies by signal N has status 128+N (timeout(1) passes the signal on).
#
# Every program runs in every build variant of $GUEST_VARIANTS, with the same golden
# output, unless tests/guest/NAME.variants lists the variants it is meant for (for what
# cannot work in the others, e.g. thread-local storage in a library dlopened by a static
# program: dyn only).
#
# A qemu runner (first word qemu-*) is the reference and stands for a riscv64 Linux
# machine; for that it
#   - gets -L $GUEST_SYSROOT (default /usr/riscv64-linux-gnu), for the dynamically linked
#     builds (recomp-run uses the same sysroot by default);
#   - runs in a private user + mount namespace (unshare -Urm) with its own binfmt_misc
#     instance, in which riscv64 ELF files are registered to the same qemu: a guest that
#     execve()s a riscv64 program (itself, /proc/self/exe) then works as on riscv64
#     hardware, while execve() of a host program (/bin/sh) runs it natively as it would
#     run natively there. Nothing outside the namespace changes. Without user namespaces
#     qemu runs without it (and the programs that exec a guest fail under qemu);
#     GUEST_QEMU_BINFMT=0 turns it off. The binfmt interpreter is a small Perl script
#     (not a shell script: a shell would add PWD and the like to the guest environment).

GUEST_TIMEOUT=${GUEST_TIMEOUT:-60}
GUEST_TIMEOUT_SHORT=${GUEST_TIMEOUT_SHORT:-10}
GUEST_SYSROOT=${GUEST_SYSROOT:-/usr/riscv64-linux-gnu}
# The builds of every guest program, BUILD/guest/VARIANT/NAME: O0 and O2 (static), dyn
# (dynamically linked PIE, -O2), pie (static-PIE, -O2).
GUEST_VARIANTS=${GUEST_VARIANTS:-O0 O2 dyn pie}
GUEST_SRC_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")/guest" && pwd)

# Absolute path of $1 (which need not exist yet).
guest_abspath() {
    case $1 in
    /*) printf '%s\n' "$1" ;;
    *) printf '%s\n' "$PWD/$1" ;;
    esac
}

# A runner command string with its first word made absolute when it is a relative
# path (contains a slash), so that it still works from inside the temporary cwd.
guest_runner_abs() {
    local first rest
    read -r first rest <<<"$1"
    case $first in
    */*) first=$(guest_abspath "$first") ;;
    esac
    printf '%s\n' "$first${rest:+ $rest}"
}

# The variants (of $GUEST_VARIANTS) in which guest program NAME runs, one line each.
guest_variants() {
    local v allowed=""
    if [ -f "$GUEST_SRC_DIR/$1.variants" ]; then
        allowed=" $(tr '\n' ' ' <"$GUEST_SRC_DIR/$1.variants") "
    fi
    for v in $GUEST_VARIANTS; do
        if [ -z "$allowed" ] || [[ $allowed == *" $v "* ]]; then echo "$v"; fi
    done
}

# The timeout in seconds of a run of guest program NAME (see above).
guest_timeout() {
    case $1 in
    thread_* | sig_* | proc_* | net_* | dlopen* | cxx_*)
        if [ "$GUEST_TIMEOUT_SHORT" -lt "$GUEST_TIMEOUT" ]; then
            echo "$GUEST_TIMEOUT_SHORT"
            return
        fi
        ;;
    esac
    echo "$GUEST_TIMEOUT"
}

# True if runner command string $1 is a qemu (the base name of its first word is qemu-*).
guest_runner_is_qemu() {
    local first
    read -r first _ <<<"$1"
    case ${first##*/} in qemu-*) return 0 ;; esac
    return 1
}

# True (the answer is cached) if a private user + mount namespace with binfmt_misc can be
# set up here.
guest_qemu_binfmt_ok() {
    if [ -z "${GUEST_QEMU_BINFMT_CACHED:-}" ]; then
        GUEST_QEMU_BINFMT_CACHED=no
        if [ "${GUEST_QEMU_BINFMT:-1}" != 0 ] && command -v unshare >/dev/null &&
            command -v perl >/dev/null &&
            unshare -Urm -- mount -t binfmt_misc binfmt_misc /proc/sys/fs/binfmt_misc >/dev/null 2>&1; then
            GUEST_QEMU_BINFMT_CACHED=yes
        fi
        export GUEST_QEMU_BINFMT_CACHED # for the parallel workers started later
    fi
    [ "$GUEST_QEMU_BINFMT_CACHED" = yes ]
}

# guest_qemu_binfmt_command INTERP QEMU_WORD...
# Prints, NUL-separated, the command that runs the qemu command QEMU_WORD... (which
# already holds -L) inside the binfmt namespace described above, after writing the binfmt
# interpreter script to the file INTERP (the caller removes it after the run).
guest_qemu_binfmt_command() {
    local interp=$1 w list="" reg
    shift
    for w in "$@"; do
        case $w in *"'"* | *\\*) return 1 ;; esac
        list="$list${list:+, }'$w'"
    done
    # binfmt_misc with flags P and F: @ARGV = (binary, original argv[0], arguments...)
    # shellcheck disable=SC2016
    printf '%s\n' '#!/usr/bin/perl' \
        'my ($bin, $arg0, @rest) = @ARGV;' \
        "my @qemu = ($list);" \
        'exec { $qemu[0] } @qemu, "-0", $arg0, $bin, @rest;' \
        'print STDERR "binfmt interpreter: cannot exec $qemu[0]: $!\n";' \
        'exit 127;' >"$interp" || return 1
    chmod +x "$interp" || return 1
    # ELF64, little-endian, version 1, e_type ET_EXEC or ET_DYN, e_machine RISC-V (243)
    reg=':recomp-riscv64:M::\x7fELF\x02\x01\x01\x00\x00\x00\x00\x00\x00\x00\x00\x00\x02\x00\xf3\x00'
    reg="$reg"':\xff\xff\xff\xff\xff\xff\xff\x00\xff\xff\xff\xff\xff\xff\xff\xff\xfe\xff\xff\xff'
    reg="$reg:$interp:PF"
    # shellcheck disable=SC2016
    printf '%s\0' unshare -Urm -- perl -e '
        my $reg = shift @ARGV;
        system("mount", "-t", "binfmt_misc", "binfmt_misc", "/proc/sys/fs/binfmt_misc") == 0
            or exit 125;
        open(my $r, ">", "/proc/sys/fs/binfmt_misc/register") or exit 125;
        print $r $reg;
        close($r) or exit 125;
        exec { $ARGV[0] } @ARGV;
        exit 127;' "$reg" "$@"
}

# guest_run RUNNER BINARY NAME OUT_PREFIX
# Runs BINARY (absolute path) under RUNNER (a command string, word-split; empty means
# run the binary directly) with the conditions above. NAME selects the .args/.stdin
# files and the timeout (pass a name without such files for asm tests). Writes
# OUT_PREFIX.out, OUT_PREFIX.err and OUT_PREFIX.status.
guest_run() {
    local runner=$1 bin=$2 name=$3 prefix=$4
    local -a args=() runner_words=() extra_env=() qemu_words=() ns_words=()
    local in=/dev/null wd status tmo interp=""
    if [ -f "$GUEST_SRC_DIR/$name.args" ]; then
        read -r -a args <"$GUEST_SRC_DIR/$name.args" || true
    fi
    [ -f "$GUEST_SRC_DIR/$name.stdin" ] && in="$GUEST_SRC_DIR/$name.stdin"
    [ -n "$runner" ] && read -r -a runner_words <<<"$runner"
    [ -n "${GUEST_EXTRA_ENV:-}" ] && read -r -a extra_env <<<"$GUEST_EXTRA_ENV"
    if [ -n "$runner" ] && guest_runner_is_qemu "$runner"; then
        qemu_words=("$(command -v "${runner_words[0]}" || echo "${runner_words[0]}")"
            -L "$GUEST_SYSROOT" "${runner_words[@]:1}")
        runner_words=("${qemu_words[@]}")
        if guest_qemu_binfmt_ok; then
            interp="$prefix.binfmt-interp"
            mapfile -d '' -t ns_words < <(guest_qemu_binfmt_command "$interp" "${qemu_words[@]}")
            [ ${#ns_words[@]} -gt 0 ] && runner_words=("${ns_words[@]}")
        fi
    fi
    tmo=$(guest_timeout "$name")
    wd=$(mktemp -d "${TMPDIR:-/tmp}/recomp-guest.XXXXXX") || return 1
    # (the braces keep bash from reporting "Segmentation fault" and the like when the
    # guest dies by a signal: here that is an ordinary outcome, recorded as the status)
    {
        (
            cd "$wd" || exit 125
            exec env -i PATH=/usr/bin:/bin HOME=/tmp LANG=C RECOMP_TEST_VAR=hello "${extra_env[@]}" \
                timeout -k 5 "$tmo" "${runner_words[@]}" "$bin" "${args[@]}" \
                <"$in" >"$prefix.out" 2>"$prefix.err"
        )
    } 2>/dev/null
    status=$?
    rm -rf "$wd"
    [ -n "$interp" ] && rm -f "$interp"
    echo "$status" >"$prefix.status"
}

# Names of all guest programs (tests/guest/*.c and *.cc without the extension), sorted.
guest_all_names() {
    local f
    for f in "$GUEST_SRC_DIR"/*.c "$GUEST_SRC_DIR"/*.cc; do
        [ -e "$f" ] || continue
        f=${f##*/}
        printf '%s\n' "${f%.*}"
    done | LC_ALL=C sort
}

# A short description of how two stdout files differ: the first few diff lines, indented.
guest_short_diff() {
    diff -a "$1" "$2" 2>/dev/null | head -n "${3:-6}" | cut -c1-160 | sed 's/^/      /'
}

# Number of parallel jobs: $JOBS, else the number of CPUs.
guest_jobs() {
    if [ -n "${JOBS:-}" ]; then echo "$JOBS"; else nproc 2>/dev/null || echo 2; fi
}

# guest_qemu_known_wrong NAME: true if NAME (an asm test) is listed in
# tests/qemu-known-differences.txt, i.e. qemu-riscv64 7.2 is known to get it wrong.
guest_qemu_known_wrong() {
    grep -qE "^$1[[:space:]]" "$(dirname "${BASH_SOURCE[0]}")/qemu-known-differences.txt" 2>/dev/null
}
