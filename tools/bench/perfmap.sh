#!/bin/bash
# Name recomp-run's generated code for perf: turns a `recomp-run -d out_asm` dump into a perf
# JIT map (/tmp/perf-PID.map) whose symbols are the guest functions (from the guest ELF's
# symbol table) each translation unit starts in, as "fn+0xOFF@0xGUESTPC".
#
#   perf record -o perf.data -- recomp-run -d out_asm GUEST ARGS 2>dump.txt
#   tools/bench/perfmap.sh GUEST dump.txt $(perf script -i perf.data -F pid | head -n 1)
#   perf report -i perf.data --sort sym
#
# The dump slows translation down (capstone), not the generated code. Units translated more
# than once (after a flush) keep their last address.
set -eu
[ $# -eq 3 ] || {
    echo "usage: perfmap.sh GUEST.elf DUMP PID" >&2
    exit 2
}
guest=$1 dump=$2 pid=$3
nm=${RV_NM:-riscv64-linux-gnu-nm}
{
    "$nm" -n --defined-only "$guest" | awk '$2 ~ /^[tTwW]$/ { print "S", $1, $3 }'
    # "OUT: 0xGUEST -> N bytes" followed by the first host instruction "  0xHOST:  ..."
    awk '/^OUT: 0x[0-9a-f]+ -> [0-9]+ bytes/ { pc = $2; n = $4; want = 1; next }
         want && /^  0x[0-9a-f]+:/ { h = $1; sub(":", "", h); print "U", pc, n, h; want = 0 }' "$dump"
} | awk '
    function hex(s,   i, c, v) { s = tolower(s); sub(/^0x/, "", s); v = 0
        for (i = 1; i <= length(s); i++) { c = index("0123456789abcdef", substr(s, i, 1)) - 1; v = v * 16 + c }
        return v }
    $1 == "S" { sa[++ns] = hex($2); sn[ns] = $3; next }
    $1 == "U" { pc = hex($2); lo = 1; hi = ns; best = 0
        while (lo <= hi) { mid = int((lo + hi) / 2); if (sa[mid] <= pc) { best = mid; lo = mid + 1 } else hi = mid - 1 }
        name = best ? sprintf("%s+0x%x", sn[best], pc - sa[best]) : "?"
        h = $4; sub(/^0x/, "", h)
        printf "%s %x %s@%s\n", h, $3, name, $2 }' >"/tmp/perf-$pid.map"
echo "wrote /tmp/perf-$pid.map ($(wc -l <"/tmp/perf-$pid.map") units)"
