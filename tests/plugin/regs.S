/*
 * regs.S - target of the p_regs test plugin (tests/run_plugin_tests.sh): a loop of 100
 * iterations whose first instruction (`tick`) carries an inline counter and a conditional
 * callback, and an instruction (`patch_here`) before which the plugin reads a0, s1 and the pc
 * and writes a0 = 41, so the program exits with 42 instead of 6.
 */
    .option norelax
    .text
    .globl _start, tick, patch_here
_start:
    li   a0, 5
    li   s1, 0
    li   s2, 100
tick:
    addi s1, s1, 1
    addi s2, s2, -1
    bnez s2, tick
patch_here:
    addi a0, a0, 1
    li   a7, 93
    ecall
