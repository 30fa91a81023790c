/*
 * testlib.h - the harness for the self-checking guest assembly tests in tests/asm/*.S.
 *
 * Each test file is a static, libc-free RV64 program:
 *
 *     #include "testlib.h"
 *     TEST_BEGIN
 *         TEST_RR_OP(1, add, 3, 1, 2)
 *         TEST_FP_OP2_D(2, fadd.d, 0, 0x4000000000000000, 0x3ff0000000000000, 0x3ff0000000000000)
 *     TEST_END
 *
 * Every case loads the test number into TESTNUM (s11) first, so on a mismatch the common
 * failure path prints "FAIL test N" and exits with status N (N mod 256, 255 if that is 0).
 * When every case passed the program prints "PASS" and exits 0. Tests must leave s11 alone;
 * the macros use a0-a5, t0-t2 and f0-f3 freely.
 *
 * FP values are written as raw IEEE bit patterns. Single-precision inputs are moved in with
 * fmv.w.x (so they are properly NaN-boxed); single results are compared as the full 64-bit
 * register (fmv.x.d), so a missing NaN-box on a result is a failure too. `flags` is the
 * expected fflags after the one instruction (NV=0x10 DZ=0x08 OF=0x04 UF=0x02 NX=0x01);
 * fflags is cleared before it.
 *
 * The programs also serve as differential tests: they must pass under qemu-riscv64 (the
 * reference) and under recomp-run.
 */
#ifndef TESTS_ASM_TESTLIB_H
#define TESTS_ASM_TESTLIB_H

#define TESTNUM s11

#define SYS_write 64
#define SYS_exit  93

/* fflags bits */
#define NV 0x10
#define DZ 0x08
#define OF 0x04
#define UF 0x02
#define NX 0x01

/* Boxed single as the whole 64-bit register shows it. */
#define BOXED(v) (0xffffffff00000000 | (v))

#define TEST_BEGIN                                                                           \
    .option norelax;                                                                         \
    .text;                                                                                   \
    .globl _start;                                                                           \
    _start:                                                                                  \
    li TESTNUM, 0;                                                                           \
    csrwi fcsr, 0;

#define TEST_END                                                                             \
    test_pass:                                                                               \
    li a0, 1;                                                                                \
    lla a1, test_msg_pass;                                                                    \
    li a2, 5;                                                                                \
    li a7, SYS_write;                                                                        \
    ecall;                                                                                   \
    li a0, 0;                                                                                \
    li a7, SYS_exit;                                                                         \
    ecall;                                                                                   \
    fail:                                                                                    \
    /* "FAIL test " then TESTNUM in decimal, built backwards from the end of the buffer */   \
    lla a1, test_msg_buf_end;                                                                 \
    li t0, 10;                                                                             \
    addi a1, a1, -1;                                                                         \
    sb t0, 0(a1);                                                                            \
    mv t1, TESTNUM;                                                                          \
    li t2, 10;                                                                               \
    1: remu t0, t1, t2;                                                                      \
    divu t1, t1, t2;                                                                         \
    addi t0, t0, 48;                                                                        \
    addi a1, a1, -1;                                                                         \
    sb t0, 0(a1);                                                                            \
    bnez t1, 1b;                                                                             \
    lla t0, test_msg_fail;                                                                    \
    li t1, 10;                                                                               \
    sub a1, a1, t1;                                                                          \
    2: lbu t2, 0(t0);                                                                        \
    sb t2, 0(a1);                                                                            \
    addi t0, t0, 1;                                                                          \
    addi a1, a1, 1;                                                                          \
    addi t1, t1, -1;                                                                         \
    bnez t1, 2b;                                                                             \
    addi a1, a1, -10;                                                                        \
    lla a2, test_msg_buf_end;                                                                 \
    sub a2, a2, a1;                                                                          \
    li a0, 1;                                                                                \
    li a7, SYS_write;                                                                        \
    ecall;                                                                                   \
    andi a0, TESTNUM, 255;                                                                   \
    bnez a0, 3f;                                                                             \
    li a0, 255;                                                                              \
    3: li a7, SYS_exit;                                                                      \
    ecall;                                                                                   \
    .section .rodata;                                                                        \
    test_msg_pass: .ascii "PASS\n";                                                          \
    test_msg_fail: .ascii "FAIL test ";                                                      \
    .bss;                                                                                    \
    test_msg_buf: .skip 48;                                                                  \
    test_msg_buf_end:;                                                                       \
    .text;

/* ---- Integer ------------------------------------------------------------------------------ */

/* Run `code`, then require register `testreg` == `correctval`. */
#define TEST_CASE(testnum, testreg, correctval, code...)                                     \
    li TESTNUM, testnum;                                                                     \
    code;                                                                                    \
    li t2, correctval;                                                                       \
    bne testreg, t2, fail;

#define TEST_RR_OP(testnum, inst, result, val1, val2)                                        \
    TEST_CASE(testnum, a4, result, li a1, val1; li a2, val2; inst a4, a1, a2)

/* rd aliases a source: the translator must read both sources before writing rd */
#define TEST_RR_SRC1_EQ_DEST(testnum, inst, result, val1, val2)                              \
    TEST_CASE(testnum, a1, result, li a1, val1; li a2, val2; inst a1, a1, a2)
#define TEST_RR_SRC2_EQ_DEST(testnum, inst, result, val1, val2)                              \
    TEST_CASE(testnum, a2, result, li a1, val1; li a2, val2; inst a2, a1, a2)
#define TEST_RR_SRC12_EQ_DEST(testnum, inst, result, val1)                                   \
    TEST_CASE(testnum, a1, result, li a1, val1; inst a1, a1, a1)
/* writes to x0 are discarded */
#define TEST_RR_ZERODEST(testnum, inst, val1, val2)                                          \
    TEST_CASE(testnum, x0, 0, li a1, val1; li a2, val2; inst x0, a1, a2)

#define TEST_IMM_OP(testnum, inst, result, val1, imm)                                        \
    TEST_CASE(testnum, a4, result, li a1, val1; inst a4, a1, imm)
#define TEST_IMM_SRC1_EQ_DEST(testnum, inst, result, val1, imm)                              \
    TEST_CASE(testnum, a1, result, li a1, val1; inst a1, a1, imm)

/* one-source ops (Zbb clz, sext.b, ...) */
#define TEST_R_OP(testnum, inst, result, val1)                                               \
    TEST_CASE(testnum, a4, result, li a1, val1; inst a4, a1)

/* ---- Branches ----------------------------------------------------------------------------- */

#define TEST_BR2_TAKEN(testnum, inst, val1, val2)                                            \
    li TESTNUM, testnum;                                                                     \
    li a1, val1;                                                                             \
    li a2, val2;                                                                             \
    inst a1, a2, 1f;                                                                         \
    j fail;                                                                                  \
    1:;

#define TEST_BR2_NOT_TAKEN(testnum, inst, val1, val2)                                        \
    li TESTNUM, testnum;                                                                     \
    li a1, val1;                                                                             \
    li a2, val2;                                                                             \
    inst a1, a2, 1f;                                                                         \
    j 2f;                                                                                    \
    1: j fail;                                                                               \
    2:;

/* ---- Floating point ----------------------------------------------------------------------- */

/* Inputs: a -> f0, b -> f1, c -> f2 (raw 64-bit patterns, moved with fmv.d.x); `code` must
 * leave its FP result in f3. Checks the full 64-bit f3 and fflags. */
#define TEST_FP_CASE_F(testnum, flags, result, a, b, c, code...)                             \
    li TESTNUM, testnum;                                                                     \
    li t0, a;                                                                                \
    fmv.d.x f0, t0;                                                                          \
    li t0, b;                                                                                \
    fmv.d.x f1, t0;                                                                          \
    li t0, c;                                                                                \
    fmv.d.x f2, t0;                                                                          \
    fsflags x0;                                                                              \
    code;                                                                                    \
    frflags a1;                                                                              \
    fmv.x.d a0, f3;                                                                          \
    li t2, result;                                                                           \
    bne a0, t2, fail;                                                                        \
    li t2, flags;                                                                            \
    bne a1, t2, fail;

/* Same, for code leaving an integer result in a0. */
#define TEST_FP_CASE_X(testnum, flags, result, a, b, c, code...)                             \
    li TESTNUM, testnum;                                                                     \
    li t0, a;                                                                                \
    fmv.d.x f0, t0;                                                                          \
    li t0, b;                                                                                \
    fmv.d.x f1, t0;                                                                          \
    li t0, c;                                                                                \
    fmv.d.x f2, t0;                                                                          \
    fsflags x0;                                                                              \
    code;                                                                                    \
    frflags a1;                                                                              \
    li t2, result;                                                                           \
    bne a0, t2, fail;                                                                        \
    li t2, flags;                                                                            \
    bne a1, t2, fail;

/* Integer source a -> a0 for conversions int -> FP; result f3. */
#define TEST_FP_CASE_I(testnum, flags, result, a, code...)                                   \
    li TESTNUM, testnum;                                                                     \
    li a0, a;                                                                                \
    fsflags x0;                                                                              \
    code;                                                                                    \
    frflags a1;                                                                              \
    fmv.x.d a0, f3;                                                                          \
    li t2, result;                                                                           \
    bne a0, t2, fail;                                                                        \
    li t2, flags;                                                                            \
    bne a1, t2, fail;

/* Conventional shapes (single inputs are given as 32-bit patterns and boxed here). */
#define TEST_FP_OP2_D(testnum, inst, flags, result, a, b)                                    \
    TEST_FP_CASE_F(testnum, flags, result, a, b, 0, inst f3, f0, f1)
#define TEST_FP_OP2_S(testnum, inst, flags, result, a, b)                                    \
    TEST_FP_CASE_F(testnum, flags, BOXED(result), BOXED(a), BOXED(b), 0, inst f3, f0, f1)
#define TEST_FP_OP1_D(testnum, inst, flags, result, a)                                       \
    TEST_FP_CASE_F(testnum, flags, result, a, 0, 0, inst f3, f0)
#define TEST_FP_OP1_S(testnum, inst, flags, result, a)                                       \
    TEST_FP_CASE_F(testnum, flags, BOXED(result), BOXED(a), 0, 0, inst f3, f0)
#define TEST_FP_OP3_D(testnum, inst, flags, result, a, b, c)                                 \
    TEST_FP_CASE_F(testnum, flags, result, a, b, c, inst f3, f0, f1, f2)
#define TEST_FP_OP3_S(testnum, inst, flags, result, a, b, c)                                 \
    TEST_FP_CASE_F(testnum, flags, BOXED(result), BOXED(a), BOXED(b), BOXED(c),            \
                   inst f3, f0, f1, f2)
/* with a static rounding mode (rne rtz rdn rup rmm dyn) */
#define TEST_FP_OP2_D_RM(testnum, inst, rm, flags, result, a, b)                             \
    TEST_FP_CASE_F(testnum, flags, result, a, b, 0, inst f3, f0, f1, rm)
#define TEST_FP_OP2_S_RM(testnum, inst, rm, flags, result, a, b)                             \
    TEST_FP_CASE_F(testnum, flags, BOXED(result), BOXED(a), BOXED(b), 0, inst f3, f0, f1, rm)
/* comparisons / classify / fp->int: integer result */
#define TEST_FP_CMP_D(testnum, inst, flags, result, a, b)                                    \
    TEST_FP_CASE_X(testnum, flags, result, a, b, 0, inst a0, f0, f1)
#define TEST_FP_CMP_S(testnum, inst, flags, result, a, b)                                    \
    TEST_FP_CASE_X(testnum, flags, result, BOXED(a), BOXED(b), 0, inst a0, f0, f1)
#define TEST_FP_INT_D(testnum, inst, rm, flags, result, a)                                   \
    TEST_FP_CASE_X(testnum, flags, result, a, 0, 0, inst a0, f0, rm)
#define TEST_FP_INT_S(testnum, inst, rm, flags, result, a)                                   \
    TEST_FP_CASE_X(testnum, flags, result, BOXED(a), 0, 0, inst a0, f0, rm)

#endif
