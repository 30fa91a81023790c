#!/bin/bash
# Malformed inputs for the cache compiler: `recomp INPUT -o OUT` must refuse each one cleanly.
#
#   tests/check_recomp_bad.sh BUILD
#
# The tool is BUILD/bin/recomp ($RECOMP overrides it). Inputs are made in a temp dir from real
# guests (BUILD/guest/O2/hello, static; BUILD/guest/dyn/hello, a dynamically linked PIE): cut at
# many lengths, non-ELF, empty, a directory, a missing file, an x86-64 ELF (/bin/true), 32-bit
# and big-endian ELF, and mutated headers (e_phoff/e_shoff/e_phnum/e_shnum/e_shstrndx out of
# range, p_offset + p_filesz past the end, huge section and segment sizes, bad .eh_frame record
# lengths and CIE pointers, a bad .symtab sh_link, DT_NEEDED outside the string table).
#
# For each bad input: exit status 1, exactly one line on stderr starting with "recomp: ", no
# "AddressSanitizer" or "runtime error" in it, no death by signal, within $RECOMP_TIMEOUT s
# (default 60). The unmodified guests must be accepted (exit status 0).
#
# Output: one line per failure, then "recomp-bad: N passed, N failed"; exit status 0 only if
# nothing failed. Needs only coreutils (od, dd, head, stat).

set -u
build=${1:-build}
recomp=${RECOMP:-$build/bin/recomp}
timeout_s=${RECOMP_TIMEOUT:-60}
pass=0
fail=0

if [ ! -x "$recomp" ]; then
    echo "note: $recomp does not exist (build the cache compiler first)"
    echo "recomp-bad: 0 passed, 1 failed"
    exit 1
fi

tmp=$(mktemp -d "${TMPDIR:-/tmp}/recomp-bad.XXXXXX")
trap 'rm -rf "$tmp"' EXIT

# -- byte helpers (little endian) ----------------------------------------------------------
rd() { # FILE OFFSET SIZE -> unsigned decimal
    od -An -t "u$3" -j "$2" -N "$3" "$1" | tr -d ' \n'
}
wr() { # FILE OFFSET SIZE VALUE (decimal; negative values for the top of the 64-bit range)
    local s="" i
    for ((i = 0; i < $3; i++)); do s+=$(printf '\\x%02x' $((($4 >> (8 * i)) & 255))); done
    printf '%b' "$s" | dd of="$1" bs=1 seek="$2" conv=notrunc status=none
}
cstr() { # FILE OFFSET -> the NUL-terminated string there
    dd if="$1" bs=1 skip="$2" count=64 status=none | tr '\0' '\n' | head -n 1
}
fsize() { stat -c %s "$1"; }

# Section header fields of FILE: sh_off FILE INDEX -> file offset of that header
sh_off() {
    echo $(($(rd "$1" 40 8) + $2 * 64))
}
# Index of the section named NAME (or of type TYPE when NAME is empty), or nothing.
find_section() { # FILE NAME [TYPE]
    local f=$1 name=$2 type=${3:-} shnum strndx stroff i h
    shnum=$(rd "$f" 60 2)
    strndx=$(rd "$f" 62 2)
    stroff=$(rd "$f" $(($(sh_off "$f" "$strndx") + 24)) 8)
    for ((i = 1; i < shnum; i++)); do
        h=$(sh_off "$f" "$i")
        if [ -n "$type" ]; then
            [ "$(rd "$f" $((h + 4)) 4)" = "$type" ] && { echo "$i"; return; }
        elif [ "$(cstr "$f" $((stroff + $(rd "$f" "$h" 4))))" = "$name" ]; then
            echo "$i"
            return
        fi
    done
}
# Index of the first program header of type TYPE.
find_phdr() { # FILE TYPE
    local f=$1 phoff phnum i
    phoff=$(rd "$f" 32 8)
    phnum=$(rd "$f" 56 2)
    for ((i = 0; i < phnum; i++)); do
        [ "$(rd "$f" $((phoff + i * 56)) 4)" = "$2" ] && { echo "$i"; return; }
    done
}
ph_off() { echo $(($(rd "$1" 32 8) + $2 * 56)); }

# -- checks ------------------------------------------------------------------------------------
check_bad() { # LABEL INPUT
    local label=$1 input=$2 rc lines first msg=""
    # (the braces keep bash's own "Segmentation fault" report out of the output)
    {
        timeout -k 5 "$timeout_s" "$recomp" "$input" -o "$tmp/out.cache" >"$tmp/stdout" 2>"$tmp/stderr" </dev/null
        rc=$?
    } 2>/dev/null
    lines=$(awk 'END { print NR }' "$tmp/stderr") # an unterminated last line counts too
    first=$(head -n 1 "$tmp/stderr")
    if [ "$rc" = 124 ] || [ "$rc" = 137 ]; then
        msg="timed out after ${timeout_s}s"
    elif [ "$rc" -gt 128 ]; then
        msg="died of signal $((rc - 128))"
    elif [ "$rc" != 1 ]; then
        msg="exit status $rc, expected 1"
    fi
    if grep -q -e AddressSanitizer -e 'runtime error' -e LeakSanitizer "$tmp/stderr"; then
        msg="${msg:+$msg; }sanitizer report"
    fi
    if [ "$lines" != 1 ]; then
        msg="${msg:+$msg; }$lines lines on stderr, expected 1"
    fi
    case "$first" in
    "recomp: "*) ;;
    *) msg="${msg:+$msg; }stderr does not start with \"recomp: \"" ;;
    esac
    if [ -z "$msg" ]; then
        pass=$((pass + 1))
        [ -n "${VERBOSE:-}" ] && echo "ok   $label: $first"
    else
        fail=$((fail + 1))
        echo "FAIL $label: $msg"
        head -n 3 "$tmp/stderr" | cut -c 1-200 | sed 's/^/      /'
    fi
    rm -f "$tmp/out.cache"
}

check_good() { # LABEL INPUT
    local rc
    {
        timeout -k 5 "$timeout_s" "$recomp" "$1" -o "$tmp/good.cache" >"$tmp/stdout" 2>"$tmp/stderr" </dev/null
        rc=$?
    } 2>/dev/null
    if [ "$rc" = 0 ]; then
        pass=$((pass + 1))
    else
        fail=$((fail + 1))
        echo "FAIL $2: a valid input was refused (exit status $rc)"
        head -n 3 "$tmp/stderr" | cut -c 1-200 | sed 's/^/      /'
    fi
    rm -f "$tmp/good.cache"
}

n=0
mutant() { # SOURCE -> path of a fresh copy
    n=$((n + 1))
    cp "$1" "$tmp/m$n"
    echo "$tmp/m$n"
}

# -- inputs that need no guest -------------------------------------------------------------
printf 'hello, world\n' >"$tmp/text"
check_bad "non-ELF text file" "$tmp/text"
: >"$tmp/empty"
check_bad "empty file" "$tmp/empty"
printf '\177EL' >"$tmp/short"
check_bad "3-byte file" "$tmp/short"
mkdir "$tmp/dir"
check_bad "directory" "$tmp/dir"
check_bad "missing file" "$tmp/does-not-exist"
head -c 4096 /dev/urandom >"$tmp/random"
check_bad "random bytes" "$tmp/random"
{ printf '\177ELF\002\001\001'; head -c 57 /dev/zero; } >"$tmp/zero-header"
check_bad "ELF header of zeros" "$tmp/zero-header"
for host in /bin/true /usr/bin/true; do
    if [ -f "$host" ]; then
        check_bad "x86-64 ELF ($host)" "$host"
        break
    fi
done

# -- mutations of real guests ----------------------------------------------------------------
sources=()
for g in O2/hello dyn/hello; do
    [ -f "$build/guest/$g" ] && sources+=("$build/guest/$g")
done
if [ "${#sources[@]}" = 0 ]; then
    echo "note: no guest ELF in $build/guest (make guests): only the generic inputs were checked"
    fail=$((fail + 1))
fi

for src in "${sources[@]}"; do
    tag=${src#"$build"/guest/}
    check_good "$src" "$tag: unmodified"
    size=$(fsize "$src")

    # cut at many lengths (the section headers are at the end: every cut is an error)
    for len in 1 4 16 52 63 64 100 119 120 200 1000 4096 $((size / 3)) $((size / 2)) \
        $((size - 4096)) $((size - 64)) $((size - 1)); do
        if [ "$len" -le 0 ] || [ "$len" -ge "$size" ]; then continue; fi
        head -c "$len" "$src" >"$tmp/cut"
        check_bad "$tag: truncated to $len bytes" "$tmp/cut"
    done

    m=$(mutant "$src"); wr "$m" 4 1 1
    check_bad "$tag: 32-bit ELF (EI_CLASS 1)" "$m"
    m=$(mutant "$src"); wr "$m" 5 1 2
    check_bad "$tag: big-endian (EI_DATA 2)" "$m"
    m=$(mutant "$src"); wr "$m" 18 2 62
    check_bad "$tag: e_machine x86-64" "$m"
    m=$(mutant "$src"); wr "$m" 16 2 1
    check_bad "$tag: e_type ET_REL" "$m"
    m=$(mutant "$src"); wr "$m" 32 8 $((size - 8))
    check_bad "$tag: e_phoff near the end" "$m"
    m=$(mutant "$src"); wr "$m" 32 8 -64
    check_bad "$tag: e_phoff huge" "$m"
    m=$(mutant "$src"); wr "$m" 56 2 65000
    check_bad "$tag: e_phnum 65000" "$m"
    m=$(mutant "$src"); wr "$m" 56 2 0
    check_bad "$tag: e_phnum 0" "$m"
    m=$(mutant "$src"); wr "$m" 54 2 7
    check_bad "$tag: e_phentsize 7" "$m"
    m=$(mutant "$src"); wr "$m" 40 8 $((size - 10))
    check_bad "$tag: e_shoff near the end" "$m"
    m=$(mutant "$src"); wr "$m" 40 8 -128
    check_bad "$tag: e_shoff huge" "$m"
    m=$(mutant "$src"); wr "$m" 60 2 65000
    check_bad "$tag: e_shnum 65000" "$m"
    m=$(mutant "$src"); wr "$m" 62 2 60000
    check_bad "$tag: e_shstrndx 60000" "$m"
    m=$(mutant "$src"); wr "$m" 58 2 3
    check_bad "$tag: e_shentsize 3" "$m"
    m=$(mutant "$src"); wr "$m" 24 8 1
    check_bad "$tag: entry point 1" "$m"

    # program headers
    ld=$(find_phdr "$src" 1)
    if [ -n "$ld" ]; then
        h=$(ph_off "$src" "$ld")
        m=$(mutant "$src"); wr "$m" $((h + 32)) 8 $((size + 1)); wr "$m" $((h + 40)) 8 $((size + 1))
        check_bad "$tag: PT_LOAD p_filesz past the end" "$m"
        m=$(mutant "$src"); wr "$m" $((h + 8)) 8 $((size - 16))
        check_bad "$tag: PT_LOAD p_offset + p_filesz past the end" "$m"
        m=$(mutant "$src"); wr "$m" $((h + 8)) 8 -4096
        check_bad "$tag: PT_LOAD p_offset huge" "$m"
        m=$(mutant "$src"); wr "$m" $((h + 32)) 8 -2; wr "$m" $((h + 40)) 8 -2
        check_bad "$tag: PT_LOAD p_filesz huge" "$m"
        m=$(mutant "$src"); wr "$m" $((h + 40)) 8 -2; wr "$m" $((h + 32)) 8 0
        check_bad "$tag: PT_LOAD p_memsz huge" "$m"
        m=$(mutant "$src"); wr "$m" $((h + 40)) 8 1
        check_bad "$tag: PT_LOAD p_filesz > p_memsz" "$m"
    fi
    it=$(find_phdr "$src" 3)
    if [ -n "$it" ]; then
        h=$(ph_off "$src" "$it")
        o=$(rd "$src" $((h + 8)) 8)
        s=$(rd "$src" $((h + 32)) 8)
        m=$(mutant "$src"); wr "$m" $((o + s - 1)) 1 65
        check_bad "$tag: PT_INTERP not NUL-terminated" "$m"
        m=$(mutant "$src"); wr "$m" $((h + 32)) 8 $((size * 2))
        check_bad "$tag: PT_INTERP past the end" "$m"
    fi

    # sections
    text=$(find_section "$src" .text)
    if [ -n "$text" ]; then
        h=$(sh_off "$src" "$text")
        m=$(mutant "$src"); wr "$m" $((h + 32)) 8 $((1 << 62))
        check_bad "$tag: .text sh_size huge" "$m"
        m=$(mutant "$src"); wr "$m" $((h + 24)) 8 $((size - 2))
        check_bad "$tag: .text sh_offset + sh_size past the end" "$m"
    fi
    sym=$(find_section "$src" "" 2)
    if [ -n "$sym" ]; then
        h=$(sh_off "$src" "$sym")
        m=$(mutant "$src"); wr "$m" $((h + 40)) 4 999
        check_bad "$tag: .symtab sh_link 999" "$m"
        m=$(mutant "$src"); wr "$m" $((h + 40)) 4 0
        check_bad "$tag: .symtab sh_link 0" "$m"
        m=$(mutant "$src"); wr "$m" $((h + 40)) 4 "$sym"
        check_bad "$tag: .symtab sh_link to itself" "$m"
        m=$(mutant "$src"); wr "$m" $((h + 56)) 8 5
        check_bad "$tag: .symtab sh_entsize 5" "$m"
        m=$(mutant "$src"); wr "$m" $((h + 32)) 8 -24
        check_bad "$tag: .symtab sh_size huge" "$m"
    fi
    ehf=$(find_section "$src" .eh_frame)
    if [ -n "$ehf" ]; then
        h=$(sh_off "$src" "$ehf")
        eo=$(rd "$src" $((h + 24)) 8)
        m=$(mutant "$src"); wr "$m" "$eo" 4 $((0x7ffffff0))
        check_bad "$tag: .eh_frame first length past the end" "$m"
        m=$(mutant "$src"); wr "$m" "$eo" 4 2
        check_bad "$tag: .eh_frame first length 2" "$m"
        m=$(mutant "$src"); wr "$m" "$eo" 4 $((0xffffffff)); wr "$m" $((eo + 4)) 8 -8
        check_bad "$tag: .eh_frame 64-bit length huge" "$m"
        l0=$(rd "$src" "$eo" 4)
        fde=$((eo + 4 + l0))
        if [ "$(rd "$src" $((fde + 4)) 4)" != 0 ]; then
            m=$(mutant "$src"); wr "$m" $((fde + 4)) 4 $((fde - eo + 1000))
            check_bad "$tag: .eh_frame FDE CIE pointer before the section" "$m"
            m=$(mutant "$src"); wr "$m" $((fde + 4)) 4 4
            check_bad "$tag: .eh_frame FDE CIE pointer into a record" "$m"
            m=$(mutant "$src"); wr "$m" "$fde" 4 $((0x7fffff00))
            check_bad "$tag: .eh_frame FDE length past the end" "$m"
        fi
    fi
    dyn=$(find_section "$src" .dynamic)
    if [ -n "$dyn" ]; then
        h=$(sh_off "$src" "$dyn")
        o=$(rd "$src" $((h + 24)) 8)
        s=$(rd "$src" $((h + 32)) 8)
        for ((e = o; e + 16 <= o + s; e += 16)); do
            tagv=$(rd "$src" "$e" 8)
            if [ "$tagv" = 1 ]; then # DT_NEEDED
                m=$(mutant "$src"); wr "$m" $((e + 8)) 8 $((1 << 40))
                check_bad "$tag: DT_NEEDED name outside the string table" "$m"
            elif [ "$tagv" = 5 ]; then # DT_STRTAB
                m=$(mutant "$src"); wr "$m" $((e + 8)) 8 -64
                check_bad "$tag: DT_STRTAB outside the file" "$m"
            fi
        done
    fi
    rela=$(find_section "$src" "" 4)
    if [ -n "$rela" ]; then
        h=$(sh_off "$src" "$rela")
        m=$(mutant "$src"); wr "$m" $((h + 40)) 4 777
        check_bad "$tag: relocation section sh_link 777" "$m"
    fi
    rm -f "$tmp"/m*
done

echo "recomp-bad: $pass passed, $fail failed"
[ "$fail" = 0 ]
