/*
 * mem_access.S - every kind of guest memory access once, on a buffer and nothing else (no
 * stack, no libc): plain loads and stores of each size and signedness, compressed ones, FP,
 * lr/sc and AMOs. mem_access.expect lists what memory callbacks must see, in order
 * (tests/run_plugin_tests.sh).
 */
    .option norelax
    .text
    .globl _start
_start:
    lla  s0, buf
    li   t0, 0x1122334455667788
    sd   t0, 0(s0)
    ld   t1, 0(s0)
    lw   t1, 4(s0)
    lwu  t1, 0(s0)
    lh   t1, 6(s0)
    lhu  t1, 2(s0)
    lb   t1, 7(s0)
    lbu  t1, 0(s0)
    li   t2, -1
    sb   t2, 8(s0)
    sh   t2, 10(s0)
    sw   t2, 12(s0)
    sw   zero, 16(s0)
    lb   t1, 12(s0)
    li   s1, 0x1234
    c.sd s1, 24(s0)
    c.ld a5, 24(s0)
    li   t0, 0x40490fdb
    fmv.w.x fa0, t0
    fsw  fa0, 32(s0)
    flw  fa1, 32(s0)
    fsd  fa1, 40(s0)
    fld  fa2, 40(s0)
    addi a1, s0, 48
    li   t0, 7
    sd   t0, 0(a1)
    amoadd.d t1, t0, (a1)
    amoswap.w t1, t2, (a1)
    lr.d t1, (a1)
    sc.d t3, t0, (a1)
    amomaxu.w t1, t2, (a1)
    amomin.w t1, t0, (a1)
    li   a0, 0
    li   a7, 93
    ecall

    .data
    .balign 8
    .globl buf
buf:
    .zero 64
