/*
 * x64_emit.c - x86-64 instruction encoder (see x64_emit.h for the contract).
 *
 * Shape: every opcode is an `int` holding the opcode byte plus flag bits for its mandatory
 * prefixes, escape bytes, REX.W and VEX form (OPC_* below, named after the Intel operand
 * forms: Ev = r/m, Gv = reg field, Ib/Iz = immediates). Then:
 *
 *   emit_opc()        legacy prefixes, REX or VEX, escape bytes, opcode - the ONLY place that
 *                     knows about prefixes;
 *   emit_modrm_reg()  ModRM for a register operand;
 *   emit_modrm_mem()  ModRM + SIB + displacement for a memory operand - the ONLY place that
 *                     knows about the rsp/r12 and rbp/r13 base quirks;
 *   op_rr / op_rm     the two combinations every instruction function is written in terms of.
 *
 * Byte-register operands (sil, dil, spl, bpl) need an otherwise empty REX prefix, or the
 * encoding means ah/ch/dh/bh. P_BYTE_R / P_BYTE_RM mark which field holds a byte register.
 *
 * Where GNU as picks one of several valid encodings we pick the same one so the test can
 * compare bytes exactly: reg-reg ALU/mov/test use the "Ev, Gv" direction (01, 89, 85),
 * the short rax immediate forms are used when the immediate needs 32 bits, VEX uses the
 * 2-byte C5 form whenever it can. The one deliberate difference: zero-extending byte and
 * word loads write the 32-bit register (0F B6 without REX.W), a byte shorter than
 * `movzx rax, byte ptr [..]` and identical in effect.
 */
#include "x64_emit.h"

#include <string.h>

/* -- Opcode flags ------------------------------------------------------------------------ */

#define P_EXT     0x100   /* 0F escape */
#define P_EXT38   0x200   /* 0F 38 escape */
#define P_EXT3A   0x400   /* 0F 3A escape */
#define P_DATA16  0x800   /* 66 operand-size prefix (or VEX.pp = 1) */
#define P_F3      0x1000  /* F3 prefix (or VEX.pp = 2) */
#define P_F2      0x2000  /* F2 prefix (or VEX.pp = 3) */
#define P_REXW    0x4000  /* REX.W (or VEX.W) */
#define P_BYTE_R  0x8000  /* reg field is an 8-bit register */
#define P_BYTE_RM 0x10000 /* r/m field is an 8-bit register (register form only) */
#define P_VEX     0x20000 /* VEX encoded; the vvvv operand is the `v` argument */
#define P_LOCK    0x40000 /* F0 prefix */

/* Integer opcodes. */
#define OPC_ARITH_EvGv   0x01 /* + (op << 3) */
#define OPC_ARITH_GvEv   0x03 /* + (op << 3) */
#define OPC_ARITH_EbGb   0x00 /* + (op << 3) */
#define OPC_ARITH_EAX_Iz 0x05 /* + (op << 3) */
#define OPC_ARITH_EvIz   0x81
#define OPC_ARITH_EbIb   0x80
#define OPC_ARITH_EvIb   0x83
#define OPC_MOVSXD       0x63
#define OPC_PUSH_Iz      0x68
#define OPC_IMUL_GvEvIz  0x69
#define OPC_PUSH_Ib      0x6a
#define OPC_IMUL_GvEvIb  0x6b
#define OPC_JCC_short    0x70 /* + cc */
#define OPC_TEST_EbGb    0x84
#define OPC_TEST_EvGv    0x85
#define OPC_XCHG_EbGb    0x86
#define OPC_XCHG_EvGv    0x87
#define OPC_MOV_EbGb     0x88
#define OPC_MOV_EvGv     0x89
#define OPC_MOV_GvEv     0x8b
#define OPC_LEA          0x8d
#define OPC_NOP          0x90
#define OPC_XCHG_eAX     0x90 /* + reg */
#define OPC_CDQ          0x99 /* with REX.W: cqo */
#define OPC_TEST_AL_Ib   0xa8
#define OPC_TEST_EAX_Iz  0xa9
#define OPC_MOV_Iv       0xb8 /* + reg */
#define OPC_SHIFT_EvIb   0xc1
#define OPC_RET          0xc3
#define OPC_MOV_EbIb     0xc6
#define OPC_MOV_EvIz     0xc7
#define OPC_INT3         0xcc
#define OPC_SHIFT_Ev1    0xd1
#define OPC_SHIFT_EvCL   0xd3
#define OPC_CALL_Jz      0xe8
#define OPC_JMP_Jz       0xe9
#define OPC_JMP_short    0xeb
#define OPC_GRP3_Eb      0xf6 /* /0 test Ib */
#define OPC_GRP3_Ev      0xf7 /* /0 test, /2 not, /3 neg, /4 mul, /5 imul, /6 div, /7 idiv */
#define OPC_GRP5         0xff /* /0 inc, /1 dec, /2 call, /4 jmp */
#define OPC_PUSH_r       0x50 /* + reg */
#define OPC_POP_r        0x58 /* + reg */

#define OPC_UD2          (0x0b | P_EXT)
#define OPC_NOPL         (0x1f | P_EXT)
#define OPC_CMOVCC       (0x40 | P_EXT) /* + cc */
#define OPC_JCC_long     (0x80 | P_EXT) /* + cc */
#define OPC_SETCC        (0x90 | P_EXT) /* + cc */
#define OPC_BT_EvGv      (0xa3 | P_EXT)
#define OPC_BTS_EvGv     (0xab | P_EXT)
#define OPC_GRP15        (0xae | P_EXT) /* /2 ldmxcsr, /3 stmxcsr, F0 mfence */
#define OPC_IMUL_GvEv    (0xaf | P_EXT)
#define OPC_CMPXCHG_EbGb (0xb0 | P_EXT)
#define OPC_CMPXCHG_EvGv (0xb1 | P_EXT)
#define OPC_BTR_EvGv     (0xb3 | P_EXT)
#define OPC_MOVZBL       (0xb6 | P_EXT | P_BYTE_RM)
#define OPC_MOVZWL       (0xb7 | P_EXT)
#define OPC_POPCNT       (0xb8 | P_EXT | P_F3)
#define OPC_GRP8_EvIb    (0xba | P_EXT) /* /4 bt, /5 bts, /6 btr, /7 btc */
#define OPC_BTC_EvGv     (0xbb | P_EXT)
#define OPC_BSF          (0xbc | P_EXT)
#define OPC_TZCNT        (0xbc | P_EXT | P_F3)
#define OPC_BSR          (0xbd | P_EXT)
#define OPC_LZCNT        (0xbd | P_EXT | P_F3)
#define OPC_MOVSBL       (0xbe | P_EXT | P_BYTE_RM)
#define OPC_MOVSWL       (0xbf | P_EXT)
#define OPC_XADD_EbGb    (0xc0 | P_EXT)
#define OPC_XADD_EvGv    (0xc1 | P_EXT)
#define OPC_BSWAP        (0xc8 | P_EXT) /* + reg */

/* BMI (VEX, general-purpose registers). */
#define OPC_ANDN (0xf2 | P_EXT38 | P_VEX)
#define OPC_MULX (0xf6 | P_EXT38 | P_VEX | P_F2)
#define OPC_PEXT (0xf5 | P_EXT38 | P_VEX | P_F3)
#define OPC_SHLX (0xf7 | P_EXT38 | P_VEX | P_DATA16)
#define OPC_SARX (0xf7 | P_EXT38 | P_VEX | P_F3)
#define OPC_SHRX (0xf7 | P_EXT38 | P_VEX | P_F2)
#define OPC_RORX (0xf0 | P_EXT3A | P_VEX | P_F2)

/* SSE. The scalar arithmetic opcode is the enum x64_sse_op value | P_EXT | P_F2/P_F3. */
#define OPC_MOVS_VxWx   (0x10 | P_EXT) /* movsd/movss load, with F2/F3 */
#define OPC_MOVS_WxVx   (0x11 | P_EXT) /* movsd/movss store, with F2/F3 */
#define OPC_MOVAPS      (0x28 | P_EXT)
#define OPC_CVTSI2S     (0x2a | P_EXT) /* with F2/F3 */
#define OPC_CVTTS2SI    (0x2c | P_EXT) /* with F2/F3 */
#define OPC_CVTS2SI     (0x2d | P_EXT) /* with F2/F3 */
#define OPC_UCOMIS      (0x2e | P_EXT) /* 66 for the double form */
#define OPC_COMIS       (0x2f | P_EXT)
#define OPC_ANDP        (0x54 | P_EXT)
#define OPC_ANDNP       (0x55 | P_EXT)
#define OPC_ORP         (0x56 | P_EXT)
#define OPC_XORP        (0x57 | P_EXT)
#define OPC_CVTSD2SS    (0x5a | P_EXT | P_F2)
#define OPC_CVTSS2SD    (0x5a | P_EXT | P_F3)
#define OPC_MOVD_VyEy   (0x6e | P_EXT | P_DATA16)
#define OPC_MOVD_EyVy   (0x7e | P_EXT | P_DATA16)
#define OPC_PCMPEQD     (0x76 | P_EXT | P_DATA16)
#define OPC_ROUNDSS     (0x0a | P_EXT3A | P_DATA16)
#define OPC_ROUNDSD     (0x0b | P_EXT3A | P_DATA16)
#define OPC_VFMADD231S  (0xb9 | P_EXT38 | P_VEX | P_DATA16)
#define OPC_VFMSUB231S  (0xbb | P_EXT38 | P_VEX | P_DATA16)
#define OPC_VFNMADD231S (0xbd | P_EXT38 | P_VEX | P_DATA16)
#define OPC_VFNMSUB231S (0xbf | P_EXT38 | P_VEX | P_DATA16)

/* size_opc() finds the byte form of an instruction one below its word/dword/qword form. */
_Static_assert(OPC_ARITH_EvGv - 1 == OPC_ARITH_EbGb, "byte form is opc - 1");
_Static_assert(OPC_ARITH_EAX_Iz - 1 == 0x04, "byte form is opc - 1");
_Static_assert(OPC_TEST_EvGv - 1 == OPC_TEST_EbGb, "byte form is opc - 1");
_Static_assert(OPC_TEST_EAX_Iz - 1 == OPC_TEST_AL_Ib, "byte form is opc - 1");
_Static_assert(OPC_XCHG_EvGv - 1 == OPC_XCHG_EbGb, "byte form is opc - 1");
_Static_assert(OPC_MOV_EvGv - 1 == OPC_MOV_EbGb, "byte form is opc - 1");
_Static_assert(OPC_MOV_EvIz - 1 == OPC_MOV_EbIb, "byte form is opc - 1");
_Static_assert(OPC_ARITH_EvIz - 1 == OPC_ARITH_EbIb, "byte form is opc - 1");
_Static_assert(OPC_GRP3_Ev - 1 == OPC_GRP3_Eb, "byte form is opc - 1");
_Static_assert(OPC_XADD_EvGv - 1 == OPC_XADD_EbGb, "byte form is opc - 1");
_Static_assert(OPC_CMPXCHG_EvGv - 1 == OPC_CMPXCHG_EbGb, "byte form is opc - 1");
_Static_assert((OPC_SHIFT_EvIb & 0xff) - 1 == 0xc0 && OPC_SHIFT_Ev1 - 1 == 0xd0 &&
                   OPC_SHIFT_EvCL - 1 == 0xd2 && OPC_GRP5 - 1 == 0xfe,
               "byte form is opc - 1");

/* -- Raw bytes --------------------------------------------------------------------------- */

void x64_byte(x64_buf *b, uint8_t v) {
    /* Never write past end: the caller checks overflow after a unit and retries. */
    if (b->p < b->end)
        *b->p++ = v;
    else
        b->overflow = 1;
}

void x64_u32(x64_buf *b, uint32_t v) {
    for (int i = 0; i < 4; i++)
        x64_byte(b, (uint8_t)(v >> (8 * i)));
}

void x64_u64(x64_buf *b, uint64_t v) {
    x64_u32(b, (uint32_t)v);
    x64_u32(b, (uint32_t)(v >> 32));
}

static void emit_u16(x64_buf *b, uint16_t v) {
    x64_byte(b, (uint8_t)v);
    x64_byte(b, (uint8_t)(v >> 8));
}

/* Immediate of the operand size: ib, iw or id (8-byte operands take a sign-extended id). */
static void emit_imm(x64_buf *b, int size, int32_t imm) {
    if (size == 1)
        x64_byte(b, (uint8_t)imm);
    else if (size == 2)
        emit_u16(b, (uint16_t)imm);
    else
        x64_u32(b, (uint32_t)imm);
}

static int fits_i8(int64_t v) {
    return v >= -128 && v <= 127;
}

/* A caller bug: report it through b->invalid and leave a trapping instruction behind. */
static void emit_invalid(x64_buf *b) {
    b->invalid = 1;
    x64_byte(b, 0x0f);
    x64_byte(b, 0x0b);
}

/* -- Prefixes, REX, VEX: the one place --------------------------------------------------- */

/* r: the ModRM.reg value (register or /digit), v: the VEX.vvvv register (ignored without
 * P_VEX), rm: the ModRM.rm register or memory base (-1 for none), index: the SIB index
 * register (-1 for none). Only bit 3 of r/rm/index matters here, plus 4..7 for byte regs. */
static void emit_opc(x64_buf *b, int opc, int r, int v, int rm, int index) {
    int rex = 0;
    if (opc & P_REXW) rex |= 8;
    if (r & 8) rex |= 4;
    if (index >= 0 && (index & 8)) rex |= 2;
    if (rm >= 0 && (rm & 8)) rex |= 1;

    if (opc & P_VEX) {
        int pp = (opc & P_DATA16) ? 1 : (opc & P_F3) ? 2 : (opc & P_F2) ? 3 : 0;
        int map = (opc & P_EXT3A) ? 3 : (opc & P_EXT38) ? 2 : 1;
        int tail = (~v & 15) << 3 | pp; /* vvvv inverted, L = 0 (scalar) */
        if (map == 1 && !(rex & (8 | 2 | 1))) {
            /* 2-byte form: only R can be expressed, W must be 0. */
            x64_byte(b, 0xc5);
            x64_byte(b, (uint8_t)((rex & 4 ? 0 : 0x80) | tail));
        } else {
            x64_byte(b, 0xc4);
            x64_byte(b, (uint8_t)((~rex & 7) << 5 | map));
            x64_byte(b, (uint8_t)((rex & 8) << 4 | tail));
        }
        x64_byte(b, (uint8_t)opc);
        return;
    }

    /* Legacy prefixes go before REX; REX must be the byte right before the opcode. Their
     * order is free; this is the order GNU as uses (66 before F0). */
    if (opc & P_DATA16) x64_byte(b, 0x66);
    if (opc & P_LOCK) x64_byte(b, 0xf0);
    if (opc & P_F3)
        x64_byte(b, 0xf3);
    else if (opc & P_F2)
        x64_byte(b, 0xf2);

    /* spl/bpl/sil/dil exist only with a REX prefix; without one, 4..7 are ah/ch/dh/bh. */
    if ((opc & P_BYTE_R) && r >= 4 && r < 8) rex |= 0x40;
    if ((opc & P_BYTE_RM) && rm >= 4 && rm < 8) rex |= 0x40;
    if (rex) x64_byte(b, (uint8_t)(0x40 | rex));

    if (opc & (P_EXT | P_EXT38 | P_EXT3A)) x64_byte(b, 0x0f);
    if (opc & P_EXT38)
        x64_byte(b, 0x38);
    else if (opc & P_EXT3A)
        x64_byte(b, 0x3a);
    x64_byte(b, (uint8_t)opc);
}

/* -- ModRM / SIB / displacement ---------------------------------------------------------- */

static void emit_modrm_reg(x64_buf *b, int r, int rm) {
    x64_byte(b, (uint8_t)(0xc0 | (r & 7) << 3 | (rm & 7)));
}

/* Normalises a memory operand: rsp cannot be an index, so with scale 1 the roles of base
 * and index are swapped. Returns 0 when the operand cannot be encoded. Called before
 * emit_opc because REX.B/REX.X depend on the final roles. */
static int mem_fixup(x64_mem *m) {
    if (m->index == X64_RSP) {
        if (m->scale != 1 || m->base == X64_RSP) return 0;
        m->index = m->base; /* -1 when there was no base: plain [rsp + disp] */
        m->base = X64_RSP;
    }
    if (m->index >= 0 && m->scale != 1 && m->scale != 2 && m->scale != 4 && m->scale != 8) return 0;
    if (m->base > 15 || m->index > 15 || m->base < -1 || m->index < -1) return 0;
    return 1;
}

static void emit_modrm_mem(x64_buf *b, int r, x64_mem m) {
    int reg = (r & 7) << 3;
    int mod, base_field;

    if (m.base < 0) {
        /* No base: mod 00 with SIB base 101 means [index*scale + disp32]. (mod 00 rm 101
         * without SIB would be rip-relative in 64-bit mode, not an absolute address.) */
        mod = 0x00;
        base_field = 5;
    } else {
        /* mod 00 with base rbp/r13 means "no base, disp32", so those bases need a disp8 0. */
        if (m.disp == 0 && (m.base & 7) != X64_RBP)
            mod = 0x00;
        else if (fits_i8(m.disp))
            mod = 0x40;
        else
            mod = 0x80;
        base_field = m.base & 7;
    }

    if (m.base >= 0 && m.index < 0 && base_field != X64_RSP) {
        x64_byte(b, (uint8_t)(mod | reg | base_field));
    } else {
        /* rm 100 selects a SIB byte; rsp/r12 as base can only be expressed through it,
         * and index 100 means "no index". */
        int ss = m.scale == 8 ? 3 : m.scale == 4 ? 2 : m.scale == 2 ? 1 : 0;
        int idx = m.index >= 0 ? (m.index & 7) : 4;
        x64_byte(b, (uint8_t)(mod | reg | 4));
        x64_byte(b, (uint8_t)((m.index >= 0 ? ss << 6 : 0) | idx << 3 | base_field));
    }

    if (mod == 0x40)
        x64_byte(b, (uint8_t)m.disp);
    else if (mod == 0x80 || m.base < 0)
        x64_u32(b, (uint32_t)m.disp);
}

/* -- Instruction shapes ------------------------------------------------------------------ */

static void op_rr(x64_buf *b, int opc, int r, int rm) {
    emit_opc(b, opc, r, 0, rm, -1);
    emit_modrm_reg(b, r, rm);
}

/* Returns 0 (and emits ud2) when the memory operand cannot be encoded, so callers that
 * append an immediate can skip it. */
static int op_rm(x64_buf *b, int opc, int r, x64_mem m) {
    if (!mem_fixup(&m)) {
        emit_invalid(b);
        return 0;
    }
    /* P_BYTE_RM only concerns a register operand; a base register is never a byte reg. */
    emit_opc(b, opc & ~P_BYTE_RM, r, 0, m.base, m.index);
    emit_modrm_mem(b, r, m);
    return 1;
}

static void op_vrr(x64_buf *b, int opc, int r, int v, int rm) {
    emit_opc(b, opc, r, v, rm, -1);
    emit_modrm_reg(b, r, rm);
}

/* One opcode with a register in its low three bits (push, pop, bswap, mov r, imm). */
static void op_plus_r(x64_buf *b, int opc, int r) {
    emit_opc(b, opc + (r & 7), 0, 0, r, -1);
}

/* Operand size to the prefix flags of a "v" (word/dword/qword) opcode. */
static int size_flags(int size) {
    return size == 8 ? P_REXW : size == 2 ? P_DATA16 : 0;
}

static int size_ok(int size) {
    return size == 1 || size == 2 || size == 4 || size == 8;
}
static int size_ok48(int size) {
    return size == 4 || size == 8;
}

/* For opcodes with a byte form at opc - 1 (ALU, test, xchg, mov, xadd, cmpxchg, grp3). */
static int size_opc(int size, int opc_v, int byte_flags) {
    if (size == 1) return (opc_v - 1) | byte_flags;
    return opc_v | size_flags(size);
}

/* -- Integer ALU ------------------------------------------------------------------------- */

void x64_alu_rr(x64_buf *b, enum x64_alu op, int size, x64_reg dst, x64_reg src) {
    if (!size_ok(size)) {
        emit_invalid(b);
        return;
    }
    op_rr(b, size_opc(size, OPC_ARITH_EvGv + (op << 3), P_BYTE_R | P_BYTE_RM), src, dst);
}

void x64_alu_ri(x64_buf *b, enum x64_alu op, int size, x64_reg dst, int32_t imm) {
    if (!size_ok(size)) {
        emit_invalid(b);
        return;
    }
    if (size == 1) {
        if (dst == X64_RAX) {
            emit_opc(b, (OPC_ARITH_EAX_Iz - 1) + (op << 3), 0, 0, -1, -1);
        } else {
            op_rr(b, OPC_ARITH_EbIb | P_BYTE_RM, op, dst);
        }
        x64_byte(b, (uint8_t)imm);
    } else if (fits_i8(imm)) {
        op_rr(b, OPC_ARITH_EvIb | size_flags(size), op, dst);
        x64_byte(b, (uint8_t)imm);
    } else {
        if (dst == X64_RAX)
            emit_opc(b, (OPC_ARITH_EAX_Iz + (op << 3)) | size_flags(size), 0, 0, -1, -1);
        else
            op_rr(b, OPC_ARITH_EvIz | size_flags(size), op, dst);
        emit_imm(b, size, imm);
    }
}

void x64_alu_rm(x64_buf *b, enum x64_alu op, int size, x64_reg dst, x64_mem src) {
    if (!size_ok(size)) {
        emit_invalid(b);
        return;
    }
    op_rm(b, size_opc(size, OPC_ARITH_GvEv + (op << 3), P_BYTE_R), dst, src);
}

void x64_alu_mr(x64_buf *b, enum x64_alu op, int size, x64_mem dst, x64_reg src) {
    if (!size_ok(size)) {
        emit_invalid(b);
        return;
    }
    op_rm(b, size_opc(size, OPC_ARITH_EvGv + (op << 3), P_BYTE_R), src, dst);
}

void x64_alu_mi(x64_buf *b, enum x64_alu op, int size, x64_mem dst, int32_t imm) {
    if (!size_ok(size)) {
        emit_invalid(b);
        return;
    }
    if (size == 1) {
        if (op_rm(b, OPC_ARITH_EbIb, op, dst)) x64_byte(b, (uint8_t)imm);
    } else if (fits_i8(imm)) {
        if (op_rm(b, OPC_ARITH_EvIb | size_flags(size), op, dst)) x64_byte(b, (uint8_t)imm);
    } else {
        if (op_rm(b, OPC_ARITH_EvIz | size_flags(size), op, dst)) emit_imm(b, size, imm);
    }
}

void x64_lock_alu_mr(x64_buf *b, enum x64_alu op, int size, x64_mem mem, x64_reg r) {
    if (!size_ok(size)) {
        emit_invalid(b);
        return;
    }
    op_rm(b, size_opc(size, OPC_ARITH_EvGv + (op << 3), P_BYTE_R) | P_LOCK, r, mem);
}

void x64_test_rr(x64_buf *b, int size, x64_reg a, x64_reg bb) {
    if (!size_ok(size)) {
        emit_invalid(b);
        return;
    }
    op_rr(b, size_opc(size, OPC_TEST_EvGv, P_BYTE_R | P_BYTE_RM), bb, a);
}

void x64_test_ri(x64_buf *b, int size, x64_reg r, int32_t imm) {
    if (!size_ok(size)) {
        emit_invalid(b);
        return;
    }
    if (r == X64_RAX)
        emit_opc(b, size_opc(size, OPC_TEST_EAX_Iz, 0), 0, 0, -1, -1);
    else
        op_rr(b, size_opc(size, OPC_GRP3_Ev, P_BYTE_RM), 0, r);
    emit_imm(b, size, imm);
}

/* Group 3 / group 5 one-operand register forms. */
static void grp_r(x64_buf *b, int opc_v, int digit, int size, x64_reg r) {
    if (!size_ok(size)) {
        emit_invalid(b);
        return;
    }
    op_rr(b, size_opc(size, opc_v, P_BYTE_RM), digit, r);
}

void x64_not(x64_buf *b, int size, x64_reg r) {
    grp_r(b, OPC_GRP3_Ev, 2, size, r);
}
void x64_neg(x64_buf *b, int size, x64_reg r) {
    grp_r(b, OPC_GRP3_Ev, 3, size, r);
}
void x64_mul1(x64_buf *b, int size, x64_reg src) {
    grp_r(b, OPC_GRP3_Ev, 4, size, src);
}
void x64_imul1(x64_buf *b, int size, x64_reg src) {
    grp_r(b, OPC_GRP3_Ev, 5, size, src);
}
void x64_div1(x64_buf *b, int size, x64_reg src) {
    grp_r(b, OPC_GRP3_Ev, 6, size, src);
}
void x64_idiv1(x64_buf *b, int size, x64_reg src) {
    grp_r(b, OPC_GRP3_Ev, 7, size, src);
}
void x64_inc(x64_buf *b, int size, x64_reg r) {
    grp_r(b, OPC_GRP5, 0, size, r);
}
void x64_dec(x64_buf *b, int size, x64_reg r) {
    grp_r(b, OPC_GRP5, 1, size, r);
}

/* -- Moves, loads, stores ---------------------------------------------------------------- */

void x64_mov_rr(x64_buf *b, int size, x64_reg dst, x64_reg src) {
    if (!size_ok(size)) {
        emit_invalid(b);
        return;
    }
    op_rr(b, size_opc(size, OPC_MOV_EvGv, P_BYTE_R | P_BYTE_RM), src, dst);
}

void x64_mov_ri(x64_buf *b, x64_reg dst, uint64_t imm) {
    if (imm <= 0xffffffffu) {
        op_plus_r(b, OPC_MOV_Iv, dst); /* mov r32, imm32 zero-extends */
        x64_u32(b, (uint32_t)imm);
    } else if ((int64_t)imm == (int32_t)imm) {
        op_rr(b, OPC_MOV_EvIz | P_REXW, 0, dst); /* mov r/m64, simm32 */
        x64_u32(b, (uint32_t)imm);
    } else {
        x64_movabs(b, dst, imm);
    }
}

uint8_t *x64_movabs(x64_buf *b, x64_reg dst, uint64_t imm) {
    op_plus_r(b, OPC_MOV_Iv | P_REXW, dst);
    uint8_t *field = b->p;
    x64_u64(b, imm);
    return b->overflow ? NULL : field;
}

void x64_load(x64_buf *b, int size, int sign_extend, x64_reg dst, x64_mem src) {
    switch (size) {
    case 1: op_rm(b, sign_extend ? OPC_MOVSBL | P_REXW : OPC_MOVZBL, dst, src); break;
    case 2: op_rm(b, sign_extend ? OPC_MOVSWL | P_REXW : OPC_MOVZWL, dst, src); break;
    case 4: op_rm(b, sign_extend ? OPC_MOVSXD | P_REXW : OPC_MOV_GvEv, dst, src); break;
    case 8: op_rm(b, OPC_MOV_GvEv | P_REXW, dst, src); break;
    default: emit_invalid(b);
    }
}

void x64_store(x64_buf *b, int size, x64_mem dst, x64_reg src) {
    if (!size_ok(size)) {
        emit_invalid(b);
        return;
    }
    op_rm(b, size_opc(size, OPC_MOV_EvGv, P_BYTE_R), src, dst);
}

void x64_store_imm(x64_buf *b, int size, x64_mem dst, int32_t imm) {
    if (!size_ok(size)) {
        emit_invalid(b);
        return;
    }
    if (op_rm(b, size_opc(size, OPC_MOV_EvIz, 0), 0, dst)) emit_imm(b, size, imm);
}

void x64_lea(x64_buf *b, int size, x64_reg dst, x64_mem src) {
    if (!size_ok48(size)) {
        emit_invalid(b);
        return;
    }
    op_rm(b, OPC_LEA | size_flags(size), dst, src);
}

void x64_movzx8(x64_buf *b, x64_reg dst, x64_reg src8) {
    op_rr(b, OPC_MOVZBL, dst, src8);
}
void x64_movzx16(x64_buf *b, x64_reg dst, x64_reg src16) {
    op_rr(b, OPC_MOVZWL, dst, src16);
}

void x64_movsx_rr(x64_buf *b, int from_size, x64_reg dst, x64_reg src) {
    if (from_size == 1)
        op_rr(b, OPC_MOVSBL | P_REXW, dst, src);
    else if (from_size == 2)
        op_rr(b, OPC_MOVSWL | P_REXW, dst, src);
    else if (from_size == 4)
        op_rr(b, OPC_MOVSXD | P_REXW, dst, src);
    else
        emit_invalid(b);
}

void x64_setcc(x64_buf *b, x64_cond cc, x64_reg dst8) {
    op_rr(b, (OPC_SETCC + (cc & 15)) | P_BYTE_RM, 0, dst8);
}

void x64_cmov(x64_buf *b, x64_cond cc, int size, x64_reg dst, x64_reg src) {
    if (!size_ok48(size) && size != 2) {
        emit_invalid(b);
        return;
    }
    op_rr(b, (OPC_CMOVCC + (cc & 15)) | size_flags(size), dst, src);
}

void x64_xchg_rr(x64_buf *b, int size, x64_reg a, x64_reg bb) {
    if (!size_ok(size)) {
        emit_invalid(b);
        return;
    }
    /* as uses the one-byte 90+r form when either operand is the accumulator, except
     * xchg eax, eax, whose 90 encoding is nop and would not zero-extend. */
    if (size != 1 && (a == X64_RAX || bb == X64_RAX) && !(size == 4 && a == bb)) {
        op_plus_r(b, OPC_XCHG_eAX | size_flags(size), a == X64_RAX ? bb : a);
        return;
    }
    op_rr(b, size_opc(size, OPC_XCHG_EvGv, P_BYTE_R | P_BYTE_RM), bb, a);
}

/* -- Shifts and rotates ------------------------------------------------------------------ */

void x64_shift_ri(x64_buf *b, enum x64_shift op, int size, x64_reg r, uint8_t imm) {
    if (!size_ok(size)) {
        emit_invalid(b);
        return;
    }
    if (imm == 1) {
        op_rr(b, size_opc(size, OPC_SHIFT_Ev1, P_BYTE_RM), op, r);
    } else {
        op_rr(b, size_opc(size, OPC_SHIFT_EvIb, P_BYTE_RM), op, r);
        x64_byte(b, imm);
    }
}

void x64_shift_rcl(x64_buf *b, enum x64_shift op, int size, x64_reg r) {
    if (!size_ok(size)) {
        emit_invalid(b);
        return;
    }
    op_rr(b, size_opc(size, OPC_SHIFT_EvCL, P_BYTE_RM), op, r);
}

static void bmi_op(x64_buf *b, int opc, int size, int r, int v, int rm) {
    if (!size_ok48(size)) {
        emit_invalid(b);
        return;
    }
    op_vrr(b, opc | size_flags(size), r, v, rm);
}

void x64_shlx(x64_buf *b, int size, x64_reg dst, x64_reg src, x64_reg cnt) {
    bmi_op(b, OPC_SHLX, size, dst, cnt, src);
}

void x64_shrx(x64_buf *b, int size, x64_reg dst, x64_reg src, x64_reg cnt) {
    bmi_op(b, OPC_SHRX, size, dst, cnt, src);
}

void x64_sarx(x64_buf *b, int size, x64_reg dst, x64_reg src, x64_reg cnt) {
    bmi_op(b, OPC_SARX, size, dst, cnt, src);
}

void x64_rorx(x64_buf *b, int size, x64_reg dst, x64_reg src, uint8_t imm) {
    if (!size_ok48(size)) {
        emit_invalid(b);
        return;
    }
    bmi_op(b, OPC_RORX, size, dst, 0, src);
    x64_byte(b, imm);
}

void x64_andn(x64_buf *b, int size, x64_reg dst, x64_reg src1, x64_reg src2) {
    bmi_op(b, OPC_ANDN, size, dst, src1, src2);
}

void x64_mulx(x64_buf *b, int size, x64_reg hi, x64_reg lo, x64_reg src) {
    bmi_op(b, OPC_MULX, size, hi, lo, src);
}
void x64_pext(x64_buf *b, int size, x64_reg dst, x64_reg src, x64_reg mask) {
    bmi_op(b, OPC_PEXT, size, dst, src, mask);
}

/* -- Multiply and divide ----------------------------------------------------------------- */

void x64_imul_rr(x64_buf *b, int size, x64_reg dst, x64_reg src) {
    if (!size_ok48(size) && size != 2) {
        emit_invalid(b);
        return;
    }
    op_rr(b, OPC_IMUL_GvEv | size_flags(size), dst, src);
}

void x64_imul_rri(x64_buf *b, int size, x64_reg dst, x64_reg src, int32_t imm) {
    if (!size_ok48(size)) {
        emit_invalid(b);
        return;
    }
    if (fits_i8(imm)) {
        op_rr(b, OPC_IMUL_GvEvIb | size_flags(size), dst, src);
        x64_byte(b, (uint8_t)imm);
    } else {
        op_rr(b, OPC_IMUL_GvEvIz | size_flags(size), dst, src);
        x64_u32(b, (uint32_t)imm);
    }
}

void x64_cqo(x64_buf *b) {
    emit_opc(b, OPC_CDQ | P_REXW, 0, 0, -1, -1);
}
void x64_cdq(x64_buf *b) {
    emit_opc(b, OPC_CDQ, 0, 0, -1, -1);
}

/* -- Bit operations ---------------------------------------------------------------------- */

void x64_bswap(x64_buf *b, int size, x64_reg r) {
    if (!size_ok48(size)) {
        emit_invalid(b);
        return;
    }
    op_plus_r(b, OPC_BSWAP | size_flags(size), r);
}

static void bitscan(x64_buf *b, int opc, int size, x64_reg dst, x64_reg src) {
    if (!size_ok48(size) && size != 2) {
        emit_invalid(b);
        return;
    }
    op_rr(b, opc | size_flags(size), dst, src);
}

void x64_popcnt(x64_buf *b, int size, x64_reg d, x64_reg s) {
    bitscan(b, OPC_POPCNT, size, d, s);
}
void x64_lzcnt(x64_buf *b, int size, x64_reg d, x64_reg s) {
    bitscan(b, OPC_LZCNT, size, d, s);
}
void x64_tzcnt(x64_buf *b, int size, x64_reg d, x64_reg s) {
    bitscan(b, OPC_TZCNT, size, d, s);
}
void x64_bsf(x64_buf *b, int size, x64_reg d, x64_reg s) {
    bitscan(b, OPC_BSF, size, d, s);
}
void x64_bsr(x64_buf *b, int size, x64_reg d, x64_reg s) {
    bitscan(b, OPC_BSR, size, d, s);
}

static void bit_ri(x64_buf *b, int digit, int size, x64_reg r, uint8_t bit) {
    if (!size_ok48(size) && size != 2) {
        emit_invalid(b);
        return;
    }
    op_rr(b, OPC_GRP8_EvIb | size_flags(size), digit, r);
    x64_byte(b, bit);
}

void x64_bt_ri(x64_buf *b, int size, x64_reg r, uint8_t bit) {
    bit_ri(b, 4, size, r, bit);
}
void x64_bts_ri(x64_buf *b, int size, x64_reg r, uint8_t bit) {
    bit_ri(b, 5, size, r, bit);
}
void x64_btr_ri(x64_buf *b, int size, x64_reg r, uint8_t bit) {
    bit_ri(b, 6, size, r, bit);
}
void x64_btc_ri(x64_buf *b, int size, x64_reg r, uint8_t bit) {
    bit_ri(b, 7, size, r, bit);
}

static void bit_rr(x64_buf *b, int opc, int size, x64_reg r, x64_reg bit) {
    if (!size_ok48(size) && size != 2) {
        emit_invalid(b);
        return;
    }
    op_rr(b, opc | size_flags(size), bit, r);
}

void x64_bt_rr(x64_buf *b, int size, x64_reg r, x64_reg bit) {
    bit_rr(b, OPC_BT_EvGv, size, r, bit);
}
void x64_bts_rr(x64_buf *b, int size, x64_reg r, x64_reg bit) {
    bit_rr(b, OPC_BTS_EvGv, size, r, bit);
}
void x64_btr_rr(x64_buf *b, int size, x64_reg r, x64_reg bit) {
    bit_rr(b, OPC_BTR_EvGv, size, r, bit);
}
void x64_btc_rr(x64_buf *b, int size, x64_reg r, x64_reg bit) {
    bit_rr(b, OPC_BTC_EvGv, size, r, bit);
}

/* -- Atomics ----------------------------------------------------------------------------- */

void x64_xchg_mr(x64_buf *b, int size, x64_mem mem, x64_reg r) {
    if (!size_ok(size)) {
        emit_invalid(b);
        return;
    }
    /* No lock prefix: xchg with memory is locked by the hardware anyway. */
    op_rm(b, size_opc(size, OPC_XCHG_EvGv, P_BYTE_R), r, mem);
}

void x64_lock_xadd_mr(x64_buf *b, int size, x64_mem mem, x64_reg r) {
    if (!size_ok(size)) {
        emit_invalid(b);
        return;
    }
    op_rm(b, size_opc(size, OPC_XADD_EvGv, P_BYTE_R) | P_LOCK, r, mem);
}

void x64_lock_cmpxchg_mr(x64_buf *b, int size, x64_mem mem, x64_reg r) {
    if (!size_ok(size)) {
        emit_invalid(b);
        return;
    }
    op_rm(b, size_opc(size, OPC_CMPXCHG_EvGv, P_BYTE_R) | P_LOCK, r, mem);
}

void x64_mfence(x64_buf *b) {
    op_rr(b, OPC_GRP15, 6, 0); /* 0F AE F0 */
}

/* -- Control flow ------------------------------------------------------------------------ */

/* Emits a zero rel32 and returns its address, or NULL if it did not fit. */
static uint8_t *rel32_field(x64_buf *b) {
    uint8_t *field = b->p;
    x64_u32(b, 0);
    return b->overflow ? NULL : field;
}

uint8_t *x64_jcc32(x64_buf *b, x64_cond cc) {
    emit_opc(b, OPC_JCC_long + (cc & 15), 0, 0, -1, -1);
    return rel32_field(b);
}

uint8_t *x64_jmp32(x64_buf *b) {
    x64_byte(b, OPC_JMP_Jz);
    return rel32_field(b);
}

uint8_t *x64_call32(x64_buf *b) {
    x64_byte(b, OPC_CALL_Jz);
    return rel32_field(b);
}

int x64_patch_rel32(uint8_t *field, const void *target) {
    if (field == NULL) return 0;
    int64_t rel = (int64_t)((intptr_t)target - (intptr_t)(field + 4));
    if (rel != (int32_t)rel) return 0;
    int32_t v = (int32_t)rel;
    memcpy(field, &v, 4); /* little-endian host */
    return 1;
}

static uint8_t *rel8_field(x64_buf *b) {
    uint8_t *field = b->p;
    x64_byte(b, 0);
    return b->overflow ? NULL : field;
}

uint8_t *x64_jcc8(x64_buf *b, x64_cond cc) {
    x64_byte(b, (uint8_t)(OPC_JCC_short + (cc & 15)));
    return rel8_field(b);
}

uint8_t *x64_jmp8(x64_buf *b) {
    x64_byte(b, OPC_JMP_short);
    return rel8_field(b);
}

int x64_patch_rel8(uint8_t *field, const void *target) {
    if (field == NULL) return 0;
    int64_t rel = (int64_t)((intptr_t)target - (intptr_t)(field + 1));
    if (!fits_i8(rel)) return 0;
    *field = (uint8_t)(int8_t)rel;
    return 1;
}

void x64_jcc_to(x64_buf *b, x64_cond cc, const void *target) {
    if (fits_i8((intptr_t)target - (intptr_t)(b->p + 2)))
        x64_patch_rel8(x64_jcc8(b, cc), target);
    else
        x64_patch_rel32(x64_jcc32(b, cc), target);
}

void x64_jmp_to(x64_buf *b, const void *target) {
    if (fits_i8((intptr_t)target - (intptr_t)(b->p + 2)))
        x64_patch_rel8(x64_jmp8(b), target);
    else
        x64_patch_rel32(x64_jmp32(b), target);
}

void x64_jmp_r(x64_buf *b, x64_reg r) {
    op_rr(b, OPC_GRP5, 4, r);
}
void x64_call_r(x64_buf *b, x64_reg r) {
    op_rr(b, OPC_GRP5, 2, r);
}
void x64_jmp_mem(x64_buf *b, x64_mem m) {
    op_rm(b, OPC_GRP5, 4, m);
}
void x64_call_mem(x64_buf *b, x64_mem m) {
    op_rm(b, OPC_GRP5, 2, m);
}
void x64_ret(x64_buf *b) {
    x64_byte(b, OPC_RET);
}
void x64_push(x64_buf *b, x64_reg r) {
    op_plus_r(b, OPC_PUSH_r, r);
}
void x64_pop(x64_buf *b, x64_reg r) {
    op_plus_r(b, OPC_POP_r, r);
}
void x64_int3(x64_buf *b) {
    x64_byte(b, OPC_INT3);
}
void x64_ud2(x64_buf *b) {
    emit_opc(b, OPC_UD2, 0, 0, -1, -1);
}

void x64_push_imm(x64_buf *b, int32_t imm) {
    if (fits_i8(imm)) {
        x64_byte(b, OPC_PUSH_Ib);
        x64_byte(b, (uint8_t)imm);
    } else {
        x64_byte(b, OPC_PUSH_Iz);
        x64_u32(b, (uint32_t)imm);
    }
}

/* One NOP of length n (1..11): 0F 1F /0 with a growing memory operand, widened by 66
 * (and, for 10 and 11, a CS segment) prefix - the forms Intel's optimisation manual
 * recommends and GNU as's .nops emits. The memory operands are spelled out byte by byte
 * because they need a disp8/disp32 of 0 that the shortest-encoding rule would drop. */
static void nop_one(x64_buf *b, size_t n) {
    static const uint8_t tails[][8] = {
        [3] = {0x00},
        [4] = {0x40, 0x00},
        [5] = {0x44, 0x00, 0x00},
        [7] = {0x80, 0x00, 0x00, 0x00, 0x00},
        [8] = {0x84, 0x00, 0x00, 0x00, 0x00, 0x00},
    };
    if (n == 1) {
        x64_byte(b, OPC_NOP);
        return;
    }
    if (n == 2) {
        x64_byte(b, 0x66);
        x64_byte(b, OPC_NOP);
        return;
    }
    size_t core = n; /* length of the 0F 1F form after the prefixes */
    if (n == 6 || n == 9) {
        x64_byte(b, 0x66);
        core = n - 1;
    } else if (n >= 10) {
        for (size_t i = 10; i <= n; i++)
            x64_byte(b, 0x66);
        x64_byte(b, 0x2e);
        core = 8;
    }
    x64_byte(b, 0x0f);
    x64_byte(b, 0x1f);
    for (size_t i = 0; i + 2 < core; i++)
        x64_byte(b, tails[core][i]);
}

void x64_nop(x64_buf *b, size_t n) {
    while (n > 0) {
        size_t k = n > 11 ? 11 : n;
        nop_one(b, k);
        n -= k;
    }
}

void x64_align(x64_buf *b, size_t alignment) {
    if (alignment == 0 || (alignment & (alignment - 1))) return;
    size_t mis = (size_t)(uintptr_t)b->p & (alignment - 1);
    if (mis) x64_nop(b, alignment - mis);
}

/* -- SSE / AVX scalar floating point ----------------------------------------------------- */

static int sse_pfx(int dbl) {
    return dbl ? P_F2 : P_F3;
}
static int sse_pd(int dbl) {
    return dbl ? P_DATA16 : 0;
}

void x64_sse_rr(x64_buf *b, enum x64_sse_op op, int dbl, int xdst, int xsrc) {
    op_rr(b, (int)op | P_EXT | sse_pfx(dbl), xdst, xsrc);
}

void x64_sse_rm(x64_buf *b, enum x64_sse_op op, int dbl, int xdst, x64_mem src) {
    op_rm(b, (int)op | P_EXT | sse_pfx(dbl), xdst, src);
}

void x64_movq_xr(x64_buf *b, int xdst, x64_reg src) {
    op_rr(b, OPC_MOVD_VyEy | P_REXW, xdst, src);
}
void x64_movq_rx(x64_buf *b, x64_reg dst, int xsrc) {
    op_rr(b, OPC_MOVD_EyVy | P_REXW, xsrc, dst);
}
void x64_movd_xr(x64_buf *b, int xdst, x64_reg src) {
    op_rr(b, OPC_MOVD_VyEy, xdst, src);
}
void x64_movd_rx(x64_buf *b, x64_reg dst, int xsrc) {
    op_rr(b, OPC_MOVD_EyVy, xsrc, dst);
}
void x64_movaps_rr(x64_buf *b, int xdst, int xsrc) {
    op_rr(b, OPC_MOVAPS, xdst, xsrc);
}

void x64_movs_load(x64_buf *b, int dbl, int xdst, x64_mem src) {
    op_rm(b, OPC_MOVS_VxWx | sse_pfx(dbl), xdst, src);
}

void x64_movs_store(x64_buf *b, int dbl, x64_mem dst, int xsrc) {
    op_rm(b, OPC_MOVS_WxVx | sse_pfx(dbl), xsrc, dst);
}

void x64_ucomis(x64_buf *b, int dbl, int xa, int xb) {
    op_rr(b, OPC_UCOMIS | sse_pd(dbl), xa, xb);
}
void x64_comis(x64_buf *b, int dbl, int xa, int xb) {
    op_rr(b, OPC_COMIS | sse_pd(dbl), xa, xb);
}
void x64_ldmxcsr(x64_buf *b, x64_mem m) {
    op_rm(b, OPC_GRP15, 2, m);
}
void x64_stmxcsr(x64_buf *b, x64_mem m) {
    op_rm(b, OPC_GRP15, 3, m);
}

static void fma_op(x64_buf *b, int opc, int dbl, int xdst, int xa, int xb) {
    op_vrr(b, opc | (dbl ? P_REXW : 0), xdst, xa, xb);
}

void x64_vfmadd231s(x64_buf *b, int dbl, int d, int xa, int xb) {
    fma_op(b, OPC_VFMADD231S, dbl, d, xa, xb);
}
void x64_vfmsub231s(x64_buf *b, int dbl, int d, int xa, int xb) {
    fma_op(b, OPC_VFMSUB231S, dbl, d, xa, xb);
}
void x64_vfnmadd231s(x64_buf *b, int dbl, int d, int xa, int xb) {
    fma_op(b, OPC_VFNMADD231S, dbl, d, xa, xb);
}
void x64_vfnmsub231s(x64_buf *b, int dbl, int d, int xa, int xb) {
    fma_op(b, OPC_VFNMSUB231S, dbl, d, xa, xb);
}

void x64_cvtsi2s(x64_buf *b, int dbl, int int_size, int xdst, x64_reg src) {
    if (!size_ok48(int_size)) {
        emit_invalid(b);
        return;
    }
    op_rr(b, OPC_CVTSI2S | sse_pfx(dbl) | size_flags(int_size), xdst, src);
}

void x64_cvtsd2ss(x64_buf *b, int xdst, int xsrc) {
    op_rr(b, OPC_CVTSD2SS, xdst, xsrc);
}
void x64_cvtss2sd(x64_buf *b, int xdst, int xsrc) {
    op_rr(b, OPC_CVTSS2SD, xdst, xsrc);
}

void x64_cvtts2si(x64_buf *b, int dbl, int int_size, x64_reg dst, int xsrc) {
    if (!size_ok48(int_size)) {
        emit_invalid(b);
        return;
    }
    op_rr(b, OPC_CVTTS2SI | sse_pfx(dbl) | size_flags(int_size), dst, xsrc);
}

void x64_cvts2si(x64_buf *b, int dbl, int int_size, x64_reg dst, int xsrc) {
    if (!size_ok48(int_size)) {
        emit_invalid(b);
        return;
    }
    op_rr(b, OPC_CVTS2SI | sse_pfx(dbl) | size_flags(int_size), dst, xsrc);
}

void x64_rounds(x64_buf *b, int dbl, int xdst, int xsrc, uint8_t mode) {
    op_rr(b, dbl ? OPC_ROUNDSD : OPC_ROUNDSS, xdst, xsrc);
    x64_byte(b, mode);
}

void x64_xorp(x64_buf *b, int dbl, int d, int s) {
    op_rr(b, OPC_XORP | sse_pd(dbl), d, s);
}
void x64_andp(x64_buf *b, int dbl, int d, int s) {
    op_rr(b, OPC_ANDP | sse_pd(dbl), d, s);
}
void x64_andnp(x64_buf *b, int dbl, int d, int s) {
    op_rr(b, OPC_ANDNP | sse_pd(dbl), d, s);
}
void x64_orp(x64_buf *b, int dbl, int d, int s) {
    op_rr(b, OPC_ORP | sse_pd(dbl), d, s);
}
void x64_pcmpeqd(x64_buf *b, int d, int s) {
    op_rr(b, OPC_PCMPEQD, d, s);
}
