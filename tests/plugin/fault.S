/*
 * fault.S - a guest that dies of SIGSEGV (no handler) in the middle of a block
 * (tests/run_plugin_tests.sh): the program-exit callbacks still run. Counted per block (the
 * insn plugin) the faulting block counts whole: 4; counted per instruction (callbacks before
 * each instruction) the instructions started: 2 (li, and the ld that faults).
 */
    .option norelax
    .text
    .globl _start
_start:
    li   a0, 8
    ld   a1, 0(a0)          /* address 8: unmapped */
    li   a7, 93
    ecall
