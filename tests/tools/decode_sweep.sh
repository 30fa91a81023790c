#!/bin/bash
# decode_sweep.sh - compare rv64_disasm with riscv64-linux-gnu-objdump -M no-aliases over
#   (a) every 16-bit encoding,
#   (b) every 32-bit encoding of each RV64GC major opcode over the instruction-selecting bits
#       (31:20, funct3; rd/rs1 random), plus a deterministic sample of random 32-bit words,
#   (c) every instruction in the .text of libc.a and libm.a of the cross toolchain.
#
#   tests/tools/decode_sweep.sh [BUILD_DIR]      (default: build)
#
# Raw encodings are wrapped in an ELF whose RISC-V attributes enable Zba/Zbb/Zbs: objdump
# only names an instruction its target ISA has, and `-b binary` would mean plain rv64gc. A
# `_start` symbol at offset 0 keeps objdump's branch-target format the same as in libc
# ("1a2 <_start+0x1a2>"); the checker strips the " <...>" part.
#
# Known objdump quirks are matched in rv64_decode.c itself (compressed_ok, objdump_32_ok),
# so there is no exception list: any mismatch fails. Closing line: "N passed, N failed".
#
# UPDATE_GOLDEN=1 also rewrites tests/unit/rv64_decode.golden (a few lines per mnemonic from
# every run, replayed by test_rv64_decode without needing objdump).
set -u
BUILD=${1:-build}
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
OUT=$BUILD/decode_sweep
CROSS=${CROSS:-riscv64-linux-gnu-}
N32=${DECODE_SWEEP_N32:-400000}
mkdir -p "$OUT"

for t in "${CROSS}objdump" "${CROSS}as" "${CROSS}objcopy"; do
    command -v "$t" >/dev/null || { echo "decode_sweep: $t not found (make deps installs binutils-riscv64-linux-gnu)"; exit 1; }
done

tool=$OUT/rv64_disasm_dump
${CC:-gcc} -std=gnu11 -O2 -Wall -Wextra -I"$ROOT/recomp" -I"$ROOT/include" -o "$tool" \
    "$ROOT/tests/tools/rv64_disasm_dump.c" "$ROOT/recomp/rv64_decode.c" -lpthread || exit 1

printf '.text\n.globl _start\n_start:\n' > "$OUT/empty.s"
"${CROSS}as" -march=rv64gc_zba_zbb_zbs -o "$OUT/empty.o" "$OUT/empty.s" || exit 1

# wrap BLOB into an object and disassemble it
disasm_blob() {
    "${CROSS}objcopy" --update-section .text="$1" "$OUT/empty.o" "$1.o" &&
        "${CROSS}objdump" -d -M no-aliases "$1.o"
}

total_pass=0
total_fail=0
run() { # NAME, listing on stdin
    local res
    res=$("$tool" check "$1" ${2:+"$2"})
    local rc=$?
    echo "$res" | tail -n 25
    local last=$(echo "$res" | tail -n 1)
    local p=$(echo "$last" | sed -n 's/.*: \([0-9]*\) passed.*/\1/p')
    local f=$(echo "$last" | sed -n 's/.* \([0-9]*\) failed.*/\1/p')
    total_pass=$((total_pass + ${p:-0}))
    total_fail=$((total_fail + ${f:-1}))
    return $rc
}

"$tool" blob16 "$OUT/c16.bin" || exit 1
disasm_blob "$OUT/c16.bin" > "$OUT/c16.lst" || exit 1
run "16-bit sweep" "$OUT/golden-c16.txt" < "$OUT/c16.lst"

"$tool" blob32x "$OUT/x32.bin" 1 || exit 1
disasm_blob "$OUT/x32.bin" > "$OUT/x32.lst" || exit 1
run "32-bit opcode space" "$OUT/golden-x32.txt" < "$OUT/x32.lst"

"$tool" blob32 "$OUT/r32.bin" "$N32" 1 || exit 1
disasm_blob "$OUT/r32.bin" > "$OUT/r32.lst" || exit 1
run "32-bit random" < "$OUT/r32.lst"

for lib in /usr/riscv64-linux-gnu/lib/libc.a /usr/riscv64-linux-gnu/lib/libm.a; do
    if [ ! -f "$lib" ]; then
        echo "decode_sweep: $lib missing (make deps installs libc6-dev-riscv64-cross)"
        total_fail=$((total_fail + 1))
        continue
    fi
    "${CROSS}objdump" -d -M no-aliases "$lib" > "$OUT/$(basename "$lib").lst" 2>/dev/null
    run "$(basename "$lib")" "$OUT/golden-$(basename "$lib" .a).txt" < "$OUT/$(basename "$lib").lst"
done

if [ "${UPDATE_GOLDEN:-0}" = 1 ] && [ "$total_fail" -eq 0 ]; then
    { echo "# hex pc objdump-text: written by tests/tools/decode_sweep.sh (UPDATE_GOLDEN=1)"
      echo "# from $("${CROSS}objdump" --version | head -n 1)"
      cat "$OUT"/golden-c16.txt "$OUT"/golden-x32.txt "$OUT"/golden-libc.txt "$OUT"/golden-libm.txt
    } > "$ROOT/tests/unit/rv64_decode.golden"
    echo "decode_sweep: wrote tests/unit/rv64_decode.golden"
fi

echo "decode sweep: $total_pass passed, $total_fail failed"
[ "$total_fail" -eq 0 ]
