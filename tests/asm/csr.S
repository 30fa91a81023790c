/*
 * csr.S - Zicsr on the user-level CSRs: fflags (5 bits), frm (3 bits), fcsr (frm<<5 | fflags)
 * through csrrw/csrrs/csrrc and the immediate forms and the pseudo-instructions
 * (frflags fsflags frrm fsrm frcsr fscsr, fsflagsi fsrmi), old-value return, write masking,
 * the views staying consistent with each other, FP ops accruing (not replacing) flags, and
 * the counters rdcycle/rdtime/rdinstret being readable and monotonic.
 */
#include "testlib.h"

TEST_BEGIN
    /* fflags */
    TEST_CASE(1, a0, 0, csrwi fcsr, 0; frflags a0)
    TEST_CASE(2, a0, 0x1f, li a1, -1; fsflags a1; frflags a0)
    TEST_CASE(3, a0, 0x1f, li a1, 0x15; fsflags a0, a1)                 /* old value back */
    TEST_CASE(4, a0, 0x15, frflags a0)
    TEST_CASE(5, a0, 0x15, csrrs a0, fflags, x0)                         /* read only */
    TEST_CASE(6, a0, 0x17, li a1, 2; csrrs x0, fflags, a1; frflags a0)
    TEST_CASE(7, a0, 0x17, li a1, 0x11; csrrc a0, fflags, a1)
    TEST_CASE(8, a0, 0x06, frflags a0)
    TEST_CASE(9, a0, 0x06, csrrwi a0, fflags, 0x19)
    TEST_CASE(10, a0, 0x19, csrrsi a0, fflags, 2)
    TEST_CASE(11, a0, 0x1b, csrrci a0, fflags, 0x3)
    TEST_CASE(12, a0, 0x18, csrrsi a0, fflags, 0)                       /* uimm 0: no write */
    TEST_CASE(13, a0, 0x18, fsflagsi a0, 0)
    TEST_CASE(14, a0, 0, frflags a0)
    /* frm */
    TEST_CASE(15, a0, 0, frrm a0)
    TEST_CASE(16, a0, 0, fsrmi a0, 3)
    TEST_CASE(17, a0, 3, frrm a0)
    TEST_CASE(18, a0, 3, li a1, 0xfc; fsrm a0, a1)                       /* write masked to 3 bits */
    TEST_CASE(19, a0, 4, frrm a0)
    TEST_CASE(20, a0, 4, csrrci a0, frm, 4)
    TEST_CASE(21, a0, 0, csrrsi a0, frm, 2)
    TEST_CASE(22, a0, 2, csrrw a0, frm, x0)
    TEST_CASE(23, a0, 0, frrm a0)
    /* fcsr combines both */
    TEST_CASE(24, a0, 0x00, li a1, 0x7a; fscsr a0, a1)
    TEST_CASE(25, a0, 0x7a, frcsr a0)
    TEST_CASE(26, a0, 0x03, frrm a0)
    TEST_CASE(27, a0, 0x1a, frflags a0)
    TEST_CASE(28, a0, 0x7a, li a1, 0xffffffffffffffe5; csrrw a0, fcsr, a1)   /* masked to 8 bits */
    TEST_CASE(29, a0, 0xe5, frcsr a0)
    TEST_CASE(30, a0, 0xe5, li a1, 0xe0; csrrc a0, fcsr, a1)
    TEST_CASE(31, a0, 0x05, csrrsi a0, fcsr, 0x10)
    TEST_CASE(32, a0, 0x15, frcsr a0)
    TEST_CASE(33, a0, 0x15, li a1, 0x40; csrrs a0, fcsr, a1)
    TEST_CASE(34, a0, 2, frrm a0)
    TEST_CASE(35, a0, 0x55, csrrwi a0, fcsr, 0)
    TEST_CASE(36, a0, 0, frcsr a0)
    /* FP ops accrue into fflags; fsflags x0 clears; flags survive unrelated ops */
    TEST_CASE(37, a0, 0x01, li a1, 1; fcvt.d.l f0, a1; li a1, 3; fcvt.d.l f1, a1; fdiv.d f2, f0, f1; frflags a0)
    TEST_CASE(38, a0, 0x09, fsub.d f3, f0, f0; fdiv.d f2, f0, f3; frflags a0)
    TEST_CASE(39, a0, 0x09, add a1, a1, a1; fadd.d f2, f0, f0; fmv.x.d a1, f2; frflags a0)
    TEST_CASE(40, a0, 0x19, fdiv.d f2, f3, f3; frflags a0)
    TEST_CASE(41, a0, 0x19, fsflags a0, x0)
    TEST_CASE(42, a0, 0, frcsr a0)
    /* the dynamic rounding mode set through fcsr is used by FP ops */
    TEST_CASE(43, a0, 0x3fd5555555555556, li a1, 0x60; fscsr a1; fdiv.d f2, f0, f1; fmv.x.d a0, f2)
    TEST_CASE(44, a0, 0x3fd5555555555555, li a1, 0x20; fscsr a1; fdiv.d f2, f0, f1, dyn; fmv.x.d a0, f2)
    TEST_CASE(45, a0, 0x61, li a1, 0x60; fscsr a1; fdiv.d f2, f0, f1; frcsr a0; fscsr x0)
    /* csrrw with rd = x0 still writes */
    TEST_CASE(46, a0, 0x0a, li a1, 0x0a; csrrw x0, fflags, a1; frflags a0; fsflags x0)
    /* counters: readable, monotonic, and the pseudo-instructions equal the csrr forms */
    TEST_CASE(47, a0, 1, rdcycle a1; rdcycle a2; sltu a0, a2, a1; xori a0, a0, 1)
    TEST_CASE(48, a0, 1, rdinstret a1; li t1, 1000; 1: addi t1, t1, -1; bnez t1, 1b; rdinstret a2; sltu a0, a1, a2)
    TEST_CASE(49, a0, 1, rdtime a1; li t1, 100000; 1: addi t1, t1, -1; bnez t1, 1b; rdtime a2; sltu a0, a2, a1; xori a0, a0, 1)
    TEST_CASE(50, a0, 1, rdtime a1; snez a0, a1)
    TEST_CASE(51, a0, 1, csrr a1, time; csrrs a2, time, x0; sltu a0, a2, a1; xori a0, a0, 1)
    TEST_CASE(52, a0, 1, csrr a1, cycle; csrrsi a2, cycle, 0; sltu a0, a2, a1; xori a0, a0, 1)
    TEST_CASE(53, a0, 1, csrr a1, instret; csrrci a2, instret, 0; sltu a0, a2, a1; xori a0, a0, 1)
    /* time advances at a plausible rate: a 20 ms nanosleep is between 1 ms and 10 s of ticks
       at any timebase from 1 MHz to 1 GHz (qemu uses the host clock) */
    TEST_CASE(54, a0, 1, rdtime s2; lla a0, ts_20ms; li a1, 0; li a7, 101; ecall; rdtime s3; sub a0, s3, s2; sltu a0, x0, a0)
TEST_END

    .data
    .balign 8
ts_20ms:
    .dword 0, 20000000
