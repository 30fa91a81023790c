/*
 * x64_emit.h - x86-64 machine-code encoder for the JIT backend.
 *
 * Every function appends one host instruction to an x64_buf. The encoder does no register
 * allocation and no optimisation beyond picking the encoding GNU as picks for the same
 * operands (imm8 vs imm32, disp8 vs disp32, the short rax forms such as 05 id and a9 id,
 * D1 for a shift by 1). tests/unit/test_x64_emit.c compares the bytes against `as`.
 *
 * Design: opcodes are named after the Intel operand forms (OPC_MOV_GvEv) and carry their
 * prefixes as flag bits; the legacy prefixes, REX and VEX bytes are computed in exactly one
 * function (x64_emit.c: emit_opc) and ModRM/SIB/displacement in one other (emit_modrm_mem).
 * Encoder bugs therefore have one place to live.
 *
 * Buffer overflow: a byte that would land at or past `end` is dropped and sets `overflow`
 * (an instruction may be cut short; nothing is ever written out of bounds). The caller emits
 * a whole unit (a translated block), then checks `overflow` and retries with a fresh, larger
 * buffer. Branch functions return NULL for their patch field once the buffer overflowed.
 *
 * Sizes: `size` is the operand size in bytes. ALU, test, mov, store, shift, neg/not/inc/dec,
 * mul/div and the atomics take 1, 2, 4 or 8; lea, bswap, BMI, imul/cmov/bit ops take 4 or 8
 * (2 where it exists). An unsupported size marks the buffer `invalid` and emits ud2.
 * 32-bit operations zero the upper half of the destination, as on hardware. Byte operands
 * 4..7 mean spl/bpl/sil/dil (never ah..bh): the encoder adds the REX prefix they need.
 *
 * Example:
 *   uint8_t code[64];
 *   x64_buf b = x64_buf_init(code, sizeof code);
 *   x64_load(&b, 8, 0, X64_RAX, X64_MEM(X64_RBP, 16));     // mov rax, [rbp+16]
 *   x64_alu_ri(&b, X64_ADD, 8, X64_RAX, 1);                // add rax, 1
 *   uint8_t *fix = x64_jcc32(&b, X64_CC_NE);               // jne <later>
 *   ...
 *   x64_patch_rel32(fix, b.p);                             // now jumps here
 *   if (b.overflow) retry with a bigger buffer;
 */
#ifndef RECOMP_X64_EMIT_H
#define RECOMP_X64_EMIT_H

#include <stddef.h>
#include <stdint.h>

/* -- Registers and operands ------------------------------------------------------------- */

typedef enum x64_reg {
    X64_RAX = 0,
    X64_RCX,
    X64_RDX,
    X64_RBX,
    X64_RSP,
    X64_RBP,
    X64_RSI,
    X64_RDI,
    X64_R8,
    X64_R9,
    X64_R10,
    X64_R11,
    X64_R12,
    X64_R13,
    X64_R14,
    X64_R15,
} x64_reg;

#define X64_NOREG (-1)

/* XMM registers are plain ints 0..15 in the SSE functions. */

/* overflow: a write past end was dropped; retry the unit with a larger buffer.
 * invalid: an operand could not be encoded (e.g. rsp as a scaled index, a bad size); the
 * instruction was emitted as ud2 so it traps instead of doing something else. This is a bug
 * in the caller, reported rather than aborted on; retrying will not help. */
typedef struct x64_buf {
    uint8_t *start, *p, *end;
    int overflow;
    int invalid;
} x64_buf;

static inline x64_buf x64_buf_init(void *mem, size_t size) {
    x64_buf b = {(uint8_t *)mem, (uint8_t *)mem, (uint8_t *)mem + size, 0, 0};
    return b;
}

static inline size_t x64_buf_len(const x64_buf *b) {
    return (size_t)(b->p - b->start);
}

/* A memory operand [base + index*scale + disp].
 * base = -1: no base (absolute disp32, encoded with a SIB byte, not rip-relative).
 * index = -1: no index. scale is 1, 2, 4 or 8. RSP cannot be an index: with scale 1 the
 * encoder swaps base and index, otherwise the buffer is marked invalid. */
typedef struct x64_mem {
    int8_t base;
    int8_t index;
    uint8_t scale;
    int32_t disp;
} x64_mem;

static inline x64_mem X64_MEM(int base, int32_t disp) {
    x64_mem m = {(int8_t)base, -1, 1, disp};
    return m;
}

static inline x64_mem X64_MEMI(int base, int index, int scale, int32_t disp) {
    x64_mem m = {(int8_t)base, (int8_t)index, (uint8_t)scale, disp};
    return m;
}

/* Absolute address [disp32] (sign-extended, so the low 2 GiB or the top 2 GiB). */
static inline x64_mem X64_ABS(int32_t addr) {
    x64_mem m = {-1, -1, 1, addr};
    return m;
}

/* Condition codes, in the order of the Jcc/SETcc/CMOVcc opcode low nibble. */
typedef enum x64_cond {
    X64_CC_O = 0,
    X64_CC_NO,
    X64_CC_B,
    X64_CC_AE,
    X64_CC_E,
    X64_CC_NE,
    X64_CC_BE,
    X64_CC_A,
    X64_CC_S,
    X64_CC_NS,
    X64_CC_P,
    X64_CC_NP,
    X64_CC_L,
    X64_CC_GE,
    X64_CC_LE,
    X64_CC_G,
} x64_cond;

/* Negating a condition flips its low bit. */
static inline x64_cond x64_cond_invert(x64_cond c) {
    return (x64_cond)(c ^ 1);
}

/* -- Raw bytes --------------------------------------------------------------------------- */

void x64_byte(x64_buf *b, uint8_t v);
void x64_u32(x64_buf *b, uint32_t v);
void x64_u64(x64_buf *b, uint64_t v);

/* -- Integer ALU ------------------------------------------------------------------------- */

/* The /digit of the 0x80-0x83 group; the rr/rm/mr opcode is (op << 3) | 1 or 3. */
enum x64_alu {
    X64_ADD = 0,
    X64_OR = 1,
    X64_ADC = 2,
    X64_SBB = 3,
    X64_AND = 4,
    X64_SUB = 5,
    X64_XOR = 6,
    X64_CMP = 7
};

void x64_alu_rr(x64_buf *b, enum x64_alu op, int size, x64_reg dst, x64_reg src);
/* imm8 form (0x83) when imm fits in int8; otherwise 0x81 imm32, or the short
 * accumulator form 0x05-style for rax/eax (which is what GNU as picks). */
void x64_alu_ri(x64_buf *b, enum x64_alu op, int size, x64_reg dst, int32_t imm);
void x64_alu_rm(x64_buf *b, enum x64_alu op, int size, x64_reg dst, x64_mem src);
void x64_alu_mr(x64_buf *b, enum x64_alu op, int size, x64_mem dst, x64_reg src);
/* size 1, 2, 4 or 8; for size 1 the immediate is truncated to imm8. */
void x64_alu_mi(x64_buf *b, enum x64_alu op, int size, x64_mem dst, int32_t imm);

void x64_test_rr(x64_buf *b, int size, x64_reg a, x64_reg bb);
/* test r, imm: uses the 8-bit form `test r8, imm8` when size == 1. */
void x64_test_ri(x64_buf *b, int size, x64_reg r, int32_t imm);

void x64_neg(x64_buf *b, int size, x64_reg r);
void x64_not(x64_buf *b, int size, x64_reg r);
void x64_inc(x64_buf *b, int size, x64_reg r);
void x64_dec(x64_buf *b, int size, x64_reg r);

/* -- Moves, loads, stores ---------------------------------------------------------------- */

void x64_mov_rr(x64_buf *b, int size, x64_reg dst, x64_reg src);
/* Load a constant without touching the flags: mov r32, imm32 (zero-extends) when
 * imm <= 0xffffffff, mov r/m64, simm32 when it is a sign-extended int32, else movabs.
 * Use x64_alu_rr(X64_XOR, 4, r, r) yourself when zeroing and the flags are dead. */
void x64_mov_ri(x64_buf *b, x64_reg dst, uint64_t imm);
/* Always the 10-byte movabs form (for patchable constants); returns the imm64 field. */
uint8_t *x64_movabs(x64_buf *b, x64_reg dst, uint64_t imm);

/* size 1, 2, 4, 8 -> 64-bit register: movzx/movsx (1, 2), mov r32 / movsxd (4), mov r64. */
void x64_load(x64_buf *b, int size, int sign_extend, x64_reg dst, x64_mem src);
/* size 1, 2, 4, 8: stores the low bytes of src (REX used for sil/dil/spl/bpl). */
void x64_store(x64_buf *b, int size, x64_mem dst, x64_reg src);
/* size 1, 2, 4, 8 (size 8 stores the sign-extended imm32). */
void x64_store_imm(x64_buf *b, int size, x64_mem dst, int32_t imm);
void x64_lea(x64_buf *b, int size, x64_reg dst, x64_mem src);

/* Register-register extensions, always to a 64-bit destination except x64_movzx8/16 which
 * write the 32-bit register (the hardware zero-extends to 64, and it is 1 byte shorter). */
void x64_movzx8(x64_buf *b, x64_reg dst, x64_reg src8);
void x64_movzx16(x64_buf *b, x64_reg dst, x64_reg src16);
/* from_size 1, 2 (movsx r64) or 4 (movsxd r64, r32). */
void x64_movsx_rr(x64_buf *b, int from_size, x64_reg dst, x64_reg src);

void x64_setcc(x64_buf *b, x64_cond cc, x64_reg dst8);
void x64_cmov(x64_buf *b, x64_cond cc, int size, x64_reg dst, x64_reg src);

void x64_xchg_rr(x64_buf *b, int size, x64_reg a, x64_reg bb);

/* -- Shifts and rotates ------------------------------------------------------------------ */

enum x64_shift { X64_ROL = 0, X64_ROR = 1, X64_SHL = 4, X64_SHR = 5, X64_SAR = 7 };

/* imm is emitted as given (the CPU masks it to 5/6 bits); 1 uses the short D1 form, as `as`
 * does. */
void x64_shift_ri(x64_buf *b, enum x64_shift op, int size, x64_reg r, uint8_t imm);
void x64_shift_rcl(x64_buf *b, enum x64_shift op, int size, x64_reg r);
/* BMI2, flagless: dst = src OP (cnt & (size*8-1)). */
void x64_shlx(x64_buf *b, int size, x64_reg dst, x64_reg src, x64_reg cnt);
void x64_shrx(x64_buf *b, int size, x64_reg dst, x64_reg src, x64_reg cnt);
void x64_sarx(x64_buf *b, int size, x64_reg dst, x64_reg src, x64_reg cnt);
void x64_rorx(x64_buf *b, int size, x64_reg dst, x64_reg src, uint8_t imm);

/* -- Multiply and divide ----------------------------------------------------------------- */

void x64_imul_rr(x64_buf *b, int size, x64_reg dst, x64_reg src);
void x64_imul_rri(x64_buf *b, int size, x64_reg dst, x64_reg src, int32_t imm);
/* One-operand forms: rdx:rax = rax * src, rax = rdx:rax / src, rdx = remainder. */
void x64_mul1(x64_buf *b, int size, x64_reg src);
void x64_imul1(x64_buf *b, int size, x64_reg src);
void x64_div1(x64_buf *b, int size, x64_reg src);
void x64_idiv1(x64_buf *b, int size, x64_reg src);
void x64_cqo(x64_buf *b); /* rdx = sign of rax */
void x64_cdq(x64_buf *b); /* edx = sign of eax */
/* BMI2 mulx: hi:lo = rdx * src, flags untouched. */
void x64_mulx(x64_buf *b, int size, x64_reg hi, x64_reg lo, x64_reg src);
/* BMI2 pext: dst = the bits of src selected by mask, packed at the bottom. */
void x64_pext(x64_buf *b, int size, x64_reg dst, x64_reg src, x64_reg mask);

/* -- Bit operations ---------------------------------------------------------------------- */

void x64_bswap(x64_buf *b, int size, x64_reg r);
void x64_popcnt(x64_buf *b, int size, x64_reg dst, x64_reg src);
void x64_lzcnt(x64_buf *b, int size, x64_reg dst, x64_reg src);
void x64_tzcnt(x64_buf *b, int size, x64_reg dst, x64_reg src);
void x64_bsf(x64_buf *b, int size, x64_reg dst, x64_reg src);
void x64_bsr(x64_buf *b, int size, x64_reg dst, x64_reg src);
/* BMI1: dst = ~src1 & src2. */
void x64_andn(x64_buf *b, int size, x64_reg dst, x64_reg src1, x64_reg src2);
void x64_bt_ri(x64_buf *b, int size, x64_reg r, uint8_t bit);
void x64_bts_ri(x64_buf *b, int size, x64_reg r, uint8_t bit);
void x64_btr_ri(x64_buf *b, int size, x64_reg r, uint8_t bit);
void x64_btc_ri(x64_buf *b, int size, x64_reg r, uint8_t bit);
void x64_bt_rr(x64_buf *b, int size, x64_reg r, x64_reg bit);
void x64_bts_rr(x64_buf *b, int size, x64_reg r, x64_reg bit);
void x64_btr_rr(x64_buf *b, int size, x64_reg r, x64_reg bit);
void x64_btc_rr(x64_buf *b, int size, x64_reg r, x64_reg bit);

/* -- Atomics ----------------------------------------------------------------------------- */

/* xchg [mem], reg (implicitly locked). size 1, 2, 4, 8. */
void x64_xchg_mr(x64_buf *b, int size, x64_mem mem, x64_reg r);
void x64_lock_xadd_mr(x64_buf *b, int size, x64_mem mem, x64_reg r);
/* lock cmpxchg [mem], reg: compares with rax/eax. */
void x64_lock_cmpxchg_mr(x64_buf *b, int size, x64_mem mem, x64_reg r);
/* lock <alu> [mem], reg (add, or, and, xor, ...). */
void x64_lock_alu_mr(x64_buf *b, enum x64_alu op, int size, x64_mem mem, x64_reg r);
void x64_mfence(x64_buf *b);

/* -- Control flow ------------------------------------------------------------------------ */

/* rel32 branches return the address of their 4-byte displacement field (NULL when the
 * buffer overflowed) for x64_patch_rel32; the displacement is relative to field + 4. */
uint8_t *x64_jcc32(x64_buf *b, x64_cond cc);
uint8_t *x64_jmp32(x64_buf *b);
uint8_t *x64_call32(x64_buf *b);
/* Returns 0 if target is out of rel32 range (field untouched), 1 on success. */
int x64_patch_rel32(uint8_t *field, const void *target);
/* rel8 branches: field is the single displacement byte, relative to field + 1. */
uint8_t *x64_jcc8(x64_buf *b, x64_cond cc);
uint8_t *x64_jmp8(x64_buf *b);
/* Returns 0 if target is out of rel8 range (field untouched), 1 on success. */
int x64_patch_rel8(uint8_t *field, const void *target);
/* Emit a branch to a known target, choosing rel8 when it reaches (as `as` does). */
void x64_jcc_to(x64_buf *b, x64_cond cc, const void *target);
void x64_jmp_to(x64_buf *b, const void *target);

void x64_jmp_r(x64_buf *b, x64_reg r);
void x64_call_r(x64_buf *b, x64_reg r);
void x64_jmp_mem(x64_buf *b, x64_mem m);
void x64_call_mem(x64_buf *b, x64_mem m);
void x64_ret(x64_buf *b);
void x64_push(x64_buf *b, x64_reg r);
void x64_pop(x64_buf *b, x64_reg r);
void x64_push_imm(x64_buf *b, int32_t imm);
void x64_ud2(x64_buf *b);
void x64_int3(x64_buf *b);
/* n bytes of the recommended multi-byte NOPs, any n >= 0: 11-byte pieces (66 66 2E 0F 1F 84
 * ..) then one shorter one, byte for byte what GNU as's `.nops n` emits. */
void x64_nop(x64_buf *b, size_t n);
/* Pad with NOPs until the address b->p is a multiple of alignment (a power of two). */
void x64_align(x64_buf *b, size_t alignment);

/* -- SSE / AVX scalar floating point ----------------------------------------------------- */

enum x64_sse_op {
    X64_SSE_ADD = 0x58,
    X64_SSE_MUL = 0x59,
    X64_SSE_SUB = 0x5c,
    X64_SSE_MIN = 0x5d,
    X64_SSE_DIV = 0x5e,
    X64_SSE_MAX = 0x5f,
    X64_SSE_SQRT = 0x51
};

/* addsd/addss etc.: dbl != 0 selects the F2 (double) form, else F3 (single). */
void x64_sse_rr(x64_buf *b, enum x64_sse_op op, int dbl, int xdst, int xsrc);
void x64_sse_rm(x64_buf *b, enum x64_sse_op op, int dbl, int xdst, x64_mem src);
void x64_movq_xr(x64_buf *b, int xdst, x64_reg src); /* movq xmm, r64 */
void x64_movq_rx(x64_buf *b, x64_reg dst, int xsrc); /* movq r64, xmm */
void x64_movd_xr(x64_buf *b, int xdst, x64_reg src); /* movd xmm, r32 */
void x64_movd_rx(x64_buf *b, x64_reg dst, int xsrc); /* movd r32, xmm */
void x64_movaps_rr(x64_buf *b, int xdst, int xsrc);
/* movsd/movss xmm, [mem] and [mem], xmm. */
void x64_movs_load(x64_buf *b, int dbl, int xdst, x64_mem src);
void x64_movs_store(x64_buf *b, int dbl, x64_mem dst, int xsrc);
void x64_ucomis(x64_buf *b, int dbl, int xa, int xb);
void x64_comis(x64_buf *b, int dbl, int xa, int xb);
void x64_ldmxcsr(x64_buf *b, x64_mem m);
void x64_stmxcsr(x64_buf *b, x64_mem m);
/* VEX vfmadd231sd/ss: dst = a * b + dst. */
void x64_vfmadd231s(x64_buf *b, int dbl, int xdst, int xa, int xb);
void x64_vfmsub231s(x64_buf *b, int dbl, int xdst, int xa, int xb);
void x64_vfnmadd231s(x64_buf *b, int dbl, int xdst, int xa, int xb);
void x64_vfnmsub231s(x64_buf *b, int dbl, int xdst, int xa, int xb);
/* cvtsi2sd/ss xmm, r32/r64 (int_size 4 or 8). */
void x64_cvtsi2s(x64_buf *b, int dbl, int int_size, int xdst, x64_reg src);
void x64_cvtsd2ss(x64_buf *b, int xdst, int xsrc);
void x64_cvtss2sd(x64_buf *b, int xdst, int xsrc);
/* cvttsd2si/cvttss2si r32/r64, xmm (truncating); cvtsd2si uses MXCSR rounding. */
void x64_cvtts2si(x64_buf *b, int dbl, int int_size, x64_reg dst, int xsrc);
void x64_cvts2si(x64_buf *b, int dbl, int int_size, x64_reg dst, int xsrc);
/* SSE4.1 roundsd/roundss xmm, xmm, imm8. */
void x64_rounds(x64_buf *b, int dbl, int xdst, int xsrc, uint8_t mode);
/* Packed bit ops on the whole register (for fneg/fabs/fsgnj masks). */
void x64_xorp(x64_buf *b, int dbl, int xdst, int xsrc);
void x64_andp(x64_buf *b, int dbl, int xdst, int xsrc);
void x64_andnp(x64_buf *b, int dbl, int xdst, int xsrc);
void x64_orp(x64_buf *b, int dbl, int xdst, int xsrc);
/* pcmpeqd xmm, xmm (with xdst == xsrc: all ones). */
void x64_pcmpeqd(x64_buf *b, int xdst, int xsrc);

#endif /* RECOMP_X64_EMIT_H */
