# shellcheck shell=bash
# Shared helpers for the guest-program scripts (sourced, not executed):
# tests/run_guest.sh, tests/check_diff.sh and tests/guest/regen_expected.sh.
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
#   - timeout: $GUEST_TIMEOUT seconds (default 60); a timeout gives status 124.
# Only stdout and the exit status are compared; stderr is kept for diagnostics.

GUEST_TIMEOUT=${GUEST_TIMEOUT:-60}
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

# guest_run RUNNER BINARY NAME OUT_PREFIX
# Runs BINARY (absolute path) under RUNNER (a command string, word-split; empty means
# run the binary directly) with the conditions above. NAME selects the .args/.stdin
# files (pass a name without such files for asm tests). Writes OUT_PREFIX.out,
# OUT_PREFIX.err and OUT_PREFIX.status.
guest_run() {
    local runner=$1 bin=$2 name=$3 prefix=$4
    local -a args=() runner_words=() extra_env=()
    local in=/dev/null wd status
    if [ -f "$GUEST_SRC_DIR/$name.args" ]; then
        read -r -a args <"$GUEST_SRC_DIR/$name.args" || true
    fi
    [ -f "$GUEST_SRC_DIR/$name.stdin" ] && in="$GUEST_SRC_DIR/$name.stdin"
    [ -n "$runner" ] && read -r -a runner_words <<<"$runner"
    [ -n "${GUEST_EXTRA_ENV:-}" ] && read -r -a extra_env <<<"$GUEST_EXTRA_ENV"
    wd=$(mktemp -d "${TMPDIR:-/tmp}/recomp-guest.XXXXXX") || return 1
    (
        cd "$wd" || exit 125
        exec env -i PATH=/usr/bin:/bin HOME=/tmp LANG=C RECOMP_TEST_VAR=hello "${extra_env[@]}" \
            timeout -k 5 "$GUEST_TIMEOUT" "${runner_words[@]}" "$bin" "${args[@]}" \
            <"$in" >"$prefix.out" 2>"$prefix.err"
    )
    status=$?
    rm -rf "$wd"
    echo "$status" >"$prefix.status"
}

# Names of all guest programs (tests/guest/*.c without the extension), sorted.
guest_all_names() {
    local f
    for f in "$GUEST_SRC_DIR"/*.c; do
        [ -e "$f" ] || continue
        f=${f##*/}
        printf '%s\n' "${f%.c}"
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
