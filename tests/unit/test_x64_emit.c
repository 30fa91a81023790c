/*
 * test_x64_emit.c - the x86-64 encoder (recomp/x64_emit.c) checked byte for byte against
 * GNU as.
 *
 * Each CASE(intel-syntax string, emitter calls) emits into a fresh buffer; the expected bytes
 * come from x64_expect.inc, which tests/tools/gen_x64_expect.sh generates by assembling the
 * same CASE strings with `as`. The asm text is stored in the table too, so a case added here
 * without regenerating the table fails loudly instead of comparing against the wrong row.
 *
 * Branch cases emit at offset 0 of the buffer and patch to code + N, which is `.+N` in as.
 *
 * Regenerate after adding cases:  tests/tools/gen_x64_expect.sh > tests/unit/x64_expect.inc
 * Run alone: gcc -std=gnu11 -Wall -Wextra -Irecomp tests/unit/test_x64_emit.c \
 *                recomp/x64_emit.c -lcmocka -o /tmp/t && /tmp/t
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include <cmocka.h>

#include "x64_emit.h"

struct expect {
    const char *text;
    int len;
    uint8_t bytes[32];
};

static const struct expect expected[] = {
#include "x64_expect.inc"
};

#define N_EXPECTED ((int)(sizeof expected / sizeof expected[0]))

static int checked;
static int mismatches;

static void print_bytes(const char *what, const uint8_t *p, int n) {
    fprintf(stderr, "    %-8s", what);
    for (int i = 0; i < n; i++)
        fprintf(stderr, " %02x", p[i]);
    fprintf(stderr, "\n");
}

/* Compares one emitted case with row `idx` of the table; reports every mismatch (rather
 * than stopping at the first) so one run shows the whole picture. */
static void check_case(int idx, const char *text, const x64_buf *b) {
    int len = (int)(b->p - b->start);
    if (idx >= N_EXPECTED) {
        fprintf(stderr, "case %d \"%s\": no expected row; rerun gen_x64_expect.sh\n", idx, text);
        mismatches++;
        return;
    }
    const struct expect *e = &expected[idx];
    checked++;
    if (strcmp(e->text, text) != 0) {
        fprintf(stderr,
                "case %d: table row is \"%s\" but the test says \"%s\"; rerun "
                "gen_x64_expect.sh\n",
                idx, e->text, text);
        mismatches++;
        return;
    }
    if (b->overflow || b->invalid || len != e->len || memcmp(b->start, e->bytes, (size_t)len)) {
        fprintf(stderr, "case %d \"%s\": mismatch%s%s\n", idx, text,
                b->overflow ? " (overflow)" : "", b->invalid ? " (invalid)" : "");
        print_bytes("as:", e->bytes, e->len);
        print_bytes("x64_emit:", b->start, len);
        mismatches++;
    }
}

#define CASE(text, ...)                                                                            \
    do {                                                                                           \
        x64_buf buf_ = x64_buf_init(code, sizeof code);                                            \
        x64_buf *b = &buf_;                                                                        \
        (void)b;                                                                                   \
        __VA_ARGS__;                                                                               \
        check_case(idx++, text, b);                                                                \
    } while (0)

/* -- The cases: the CASE strings are what gen_x64_expect.sh assembles ------------------- */

static uint8_t code[64];

/* code + off for branch targets outside the buffer, computed as an integer: the pointer is
 * only ever subtracted from, never dereferenced, and this keeps -Warray-bounds quiet. */
static const void *at(const void *base, intptr_t off) {
    return (const void *)((uintptr_t)base + (uintptr_t)off);
}

static void test_against_as(void **state) {
    (void)state;
    int idx = 0;

    /* ALU reg, reg: all 8 ops, 32/64-bit, low and high registers. */
    CASE("add rax, rcx", x64_alu_rr(b, X64_ADD, 8, X64_RAX, X64_RCX));
    CASE("or rdx, rbx", x64_alu_rr(b, X64_OR, 8, X64_RDX, X64_RBX));
    CASE("adc rsp, rbp", x64_alu_rr(b, X64_ADC, 8, X64_RSP, X64_RBP));
    CASE("sbb rsi, rdi", x64_alu_rr(b, X64_SBB, 8, X64_RSI, X64_RDI));
    CASE("and r8, r9", x64_alu_rr(b, X64_AND, 8, X64_R8, X64_R9));
    CASE("sub r10, rax", x64_alu_rr(b, X64_SUB, 8, X64_R10, X64_RAX));
    CASE("xor rax, r11", x64_alu_rr(b, X64_XOR, 8, X64_RAX, X64_R11));
    CASE("cmp r12, r13", x64_alu_rr(b, X64_CMP, 8, X64_R12, X64_R13));
    CASE("add eax, ecx", x64_alu_rr(b, X64_ADD, 4, X64_RAX, X64_RCX));
    CASE("xor r14d, r15d", x64_alu_rr(b, X64_XOR, 4, X64_R14, X64_R15));
    CASE("sub edi, r8d", x64_alu_rr(b, X64_SUB, 4, X64_RDI, X64_R8));
    CASE("cmp r15d, esi", x64_alu_rr(b, X64_CMP, 4, X64_R15, X64_RSI));
    CASE("add al, cl", x64_alu_rr(b, X64_ADD, 1, X64_RAX, X64_RCX));
    CASE("and sil, dil", x64_alu_rr(b, X64_AND, 1, X64_RSI, X64_RDI));
    CASE("or r9b, spl", x64_alu_rr(b, X64_OR, 1, X64_R9, X64_RSP));
    CASE("sub cx, dx", x64_alu_rr(b, X64_SUB, 2, X64_RCX, X64_RDX));

    /* ALU reg, imm: imm8/imm32 boundaries and the short rax forms. */
    CASE("add rax, 1", x64_alu_ri(b, X64_ADD, 8, X64_RAX, 1));
    CASE("add rax, 1000", x64_alu_ri(b, X64_ADD, 8, X64_RAX, 1000));
    CASE("add eax, -129", x64_alu_ri(b, X64_ADD, 4, X64_RAX, -129));
    CASE("sub rcx, 127", x64_alu_ri(b, X64_SUB, 8, X64_RCX, 127));
    CASE("sub rcx, 128", x64_alu_ri(b, X64_SUB, 8, X64_RCX, 128));
    CASE("sub rcx, -128", x64_alu_ri(b, X64_SUB, 8, X64_RCX, -128));
    CASE("sub rcx, -129", x64_alu_ri(b, X64_SUB, 8, X64_RCX, -129));
    CASE("and r12, -1", x64_alu_ri(b, X64_AND, 8, X64_R12, -1));
    CASE("and r13d, 0x7fffffff", x64_alu_ri(b, X64_AND, 4, X64_R13, 0x7fffffff));
    CASE("cmp rsp, -2147483648", x64_alu_ri(b, X64_CMP, 8, X64_RSP, INT32_MIN));
    CASE("xor r15, 0x10000", x64_alu_ri(b, X64_XOR, 8, X64_R15, 0x10000));
    CASE("or edi, 0", x64_alu_ri(b, X64_OR, 4, X64_RDI, 0));
    CASE("adc rbx, 5", x64_alu_ri(b, X64_ADC, 8, X64_RBX, 5));
    CASE("sbb rbp, 300", x64_alu_ri(b, X64_SBB, 8, X64_RBP, 300));
    CASE("cmp eax, 200", x64_alu_ri(b, X64_CMP, 4, X64_RAX, 200));
    CASE("cmp al, 7", x64_alu_ri(b, X64_CMP, 1, X64_RAX, 7));
    CASE("cmp dil, 7", x64_alu_ri(b, X64_CMP, 1, X64_RDI, 7));
    CASE("add r8w, 1000", x64_alu_ri(b, X64_ADD, 2, X64_R8, 1000));

    /* ALU with memory: every base kind and displacement size. */
    CASE("add rax, qword ptr [rcx]", x64_alu_rm(b, X64_ADD, 8, X64_RAX, X64_MEM(X64_RCX, 0)));
    CASE("sub rdx, qword ptr [rsp]", x64_alu_rm(b, X64_SUB, 8, X64_RDX, X64_MEM(X64_RSP, 0)));
    CASE("and rbx, qword ptr [rbp]", x64_alu_rm(b, X64_AND, 8, X64_RBX, X64_MEM(X64_RBP, 0)));
    CASE("or r8, qword ptr [r12]", x64_alu_rm(b, X64_OR, 8, X64_R8, X64_MEM(X64_R12, 0)));
    CASE("xor r9, qword ptr [r13]", x64_alu_rm(b, X64_XOR, 8, X64_R9, X64_MEM(X64_R13, 0)));
    CASE("cmp esi, dword ptr [rdi+8]", x64_alu_rm(b, X64_CMP, 4, X64_RSI, X64_MEM(X64_RDI, 8)));
    CASE("add r15, qword ptr [rbp-8]", x64_alu_rm(b, X64_ADD, 8, X64_R15, X64_MEM(X64_RBP, -8)));
    CASE("add r15, qword ptr [rsp+127]", x64_alu_rm(b, X64_ADD, 8, X64_R15, X64_MEM(X64_RSP, 127)));
    CASE("add r15, qword ptr [rsp+128]", x64_alu_rm(b, X64_ADD, 8, X64_R15, X64_MEM(X64_RSP, 128)));
    CASE("add r15, qword ptr [r12-128]",
         x64_alu_rm(b, X64_ADD, 8, X64_R15, X64_MEM(X64_R12, -128)));
    CASE("add r15, qword ptr [r13-129]",
         x64_alu_rm(b, X64_ADD, 8, X64_R15, X64_MEM(X64_R13, -129)));
    CASE("add rax, qword ptr [rbx+0x12345678]",
         x64_alu_rm(b, X64_ADD, 8, X64_RAX, X64_MEM(X64_RBX, 0x12345678)));
    CASE("add qword ptr [rax+rcx*8], rdx",
         x64_alu_mr(b, X64_ADD, 8, X64_MEMI(X64_RAX, X64_RCX, 8, 0), X64_RDX));
    CASE("sub dword ptr [r14+r15*4+16], r11d",
         x64_alu_mr(b, X64_SUB, 4, X64_MEMI(X64_R14, X64_R15, 4, 16), X64_R11));
    CASE("and qword ptr [rbp+r12*2-1000], rsp",
         x64_alu_mr(b, X64_AND, 8, X64_MEMI(X64_RBP, X64_R12, 2, -1000), X64_RSP));
    CASE("or qword ptr [r13+rax*1], r8",
         x64_alu_mr(b, X64_OR, 8, X64_MEMI(X64_R13, X64_RAX, 1, 0), X64_R8));
    CASE("xor byte ptr [rdi], sil", x64_alu_mr(b, X64_XOR, 1, X64_MEM(X64_RDI, 0), X64_RSI));
    CASE("add qword ptr [rdi+24], 1", x64_alu_mi(b, X64_ADD, 8, X64_MEM(X64_RDI, 24), 1));
    CASE("cmp dword ptr [rsp+4], 1000", x64_alu_mi(b, X64_CMP, 4, X64_MEM(X64_RSP, 4), 1000));
    CASE("and qword ptr [r12+r13*8+0x100], -16",
         x64_alu_mi(b, X64_AND, 8, X64_MEMI(X64_R12, X64_R13, 8, 0x100), -16));
    CASE("or byte ptr [rax], 0x80", x64_alu_mi(b, X64_OR, 1, X64_MEM(X64_RAX, 0), 0x80));
    CASE("sub word ptr [rbx+2], 300", x64_alu_mi(b, X64_SUB, 2, X64_MEM(X64_RBX, 2), 300));
    CASE("add qword ptr [0x1000], 1", x64_alu_mi(b, X64_ADD, 8, X64_ABS(0x1000), 1));
    CASE("add rax, qword ptr [rcx*8+0x100]",
         x64_alu_rm(b, X64_ADD, 8, X64_RAX, X64_MEMI(-1, X64_RCX, 8, 0x100)));
    CASE("lock add qword ptr [rdi], rax",
         x64_lock_alu_mr(b, X64_ADD, 8, X64_MEM(X64_RDI, 0), X64_RAX));
    CASE("lock or dword ptr [r8+4], r9d",
         x64_lock_alu_mr(b, X64_OR, 4, X64_MEM(X64_R8, 4), X64_R9));

    /* test, neg, not, inc, dec. */
    CASE("test rax, rcx", x64_test_rr(b, 8, X64_RAX, X64_RCX));
    CASE("test r12d, r12d", x64_test_rr(b, 4, X64_R12, X64_R12));
    CASE("test sil, sil", x64_test_rr(b, 1, X64_RSI, X64_RSI));
    CASE("test rax, 1", x64_test_ri(b, 8, X64_RAX, 1));
    CASE("test ecx, 0x100", x64_test_ri(b, 4, X64_RCX, 0x100));
    CASE("test r9, -1", x64_test_ri(b, 8, X64_R9, -1));
    CASE("test al, 1", x64_test_ri(b, 1, X64_RAX, 1));
    CASE("test dil, 1", x64_test_ri(b, 1, X64_RDI, 1));
    CASE("test r10b, 0x80", x64_test_ri(b, 1, X64_R10, 0x80));
    CASE("neg rax", x64_neg(b, 8, X64_RAX));
    CASE("neg r13d", x64_neg(b, 4, X64_R13));
    CASE("not rsp", x64_not(b, 8, X64_RSP));
    CASE("not r15", x64_not(b, 8, X64_R15));
    CASE("inc rax", x64_inc(b, 8, X64_RAX));
    CASE("dec r11d", x64_dec(b, 4, X64_R11));

    /* mov reg, reg and constants. */
    CASE("mov rax, rcx", x64_mov_rr(b, 8, X64_RAX, X64_RCX));
    CASE("mov r8, rsp", x64_mov_rr(b, 8, X64_R8, X64_RSP));
    CASE("mov rbp, r15", x64_mov_rr(b, 8, X64_RBP, X64_R15));
    CASE("mov eax, r13d", x64_mov_rr(b, 4, X64_RAX, X64_R13));
    CASE("mov esi, edi", x64_mov_rr(b, 4, X64_RSI, X64_RDI));
    CASE("mov bpl, al", x64_mov_rr(b, 1, X64_RBP, X64_RAX));
    CASE("mov ax, r9w", x64_mov_rr(b, 2, X64_RAX, X64_R9));
    CASE("mov eax, 0", x64_mov_ri(b, X64_RAX, 0));
    CASE("mov ecx, 0x12345678", x64_mov_ri(b, X64_RCX, 0x12345678));
    CASE("mov r8d, 0xffffffff", x64_mov_ri(b, X64_R8, 0xffffffffu));
    CASE("mov r15d, 1", x64_mov_ri(b, X64_R15, 1));
    CASE("mov rax, -1", x64_mov_ri(b, X64_RAX, UINT64_MAX));
    CASE("mov r12, -2147483648", x64_mov_ri(b, X64_R12, (uint64_t)(int64_t)INT32_MIN));
    CASE("movabs rdx, 0x100000000", x64_mov_ri(b, X64_RDX, 0x100000000ull));
    CASE("movabs r11, 0x1122334455667788", x64_mov_ri(b, X64_R11, 0x1122334455667788ull));
    CASE("movabs r14, 0x8000000000000000", x64_mov_ri(b, X64_R14, 0x8000000000000000ull));
    CASE("movabs rsi, 5", x64_movabs(b, X64_RSI, 5));

    /* Loads: every size, signed and unsigned, odd bases. */
    CASE("movzx eax, byte ptr [rcx]", x64_load(b, 1, 0, X64_RAX, X64_MEM(X64_RCX, 0)));
    CASE("movzx eax, byte ptr [rsi]", x64_load(b, 1, 0, X64_RAX, X64_MEM(X64_RSI, 0)));
    CASE("movsx r8, byte ptr [r12+1]", x64_load(b, 1, 1, X64_R8, X64_MEM(X64_R12, 1)));
    CASE("movzx r9d, word ptr [rbp]", x64_load(b, 2, 0, X64_R9, X64_MEM(X64_RBP, 0)));
    CASE("movsx rdi, word ptr [r13+200]", x64_load(b, 2, 1, X64_RDI, X64_MEM(X64_R13, 200)));
    CASE("mov edx, dword ptr [rsp+16]", x64_load(b, 4, 0, X64_RDX, X64_MEM(X64_RSP, 16)));
    CASE("movsxd r10, dword ptr [rax+rbx*4]",
         x64_load(b, 4, 1, X64_R10, X64_MEMI(X64_RAX, X64_RBX, 4, 0)));
    CASE("mov rax, qword ptr [rbp+16]", x64_load(b, 8, 0, X64_RAX, X64_MEM(X64_RBP, 16)));
    CASE("mov r15, qword ptr [r15-0x1000]", x64_load(b, 8, 1, X64_R15, X64_MEM(X64_R15, -0x1000)));
    CASE("mov rsp, qword ptr [r9+r10*2+3]",
         x64_load(b, 8, 0, X64_RSP, X64_MEMI(X64_R9, X64_R10, 2, 3)));
    CASE("mov rax, qword ptr [0x7fff0000]", x64_load(b, 8, 0, X64_RAX, X64_ABS(0x7fff0000)));
    CASE("mov rbx, qword ptr [rsp+rax]",
         x64_load(b, 8, 0, X64_RBX, X64_MEMI(X64_RAX, X64_RSP, 1, 0)));
    CASE("mov rcx, qword ptr [rsp+8]", x64_load(b, 8, 0, X64_RCX, X64_MEMI(-1, X64_RSP, 1, 8)));
    CASE("mov r12, qword ptr [r12+rsp]",
         x64_load(b, 8, 0, X64_R12, X64_MEMI(X64_R12, X64_RSP, 1, 0)));

    /* Stores. */
    CASE("mov byte ptr [rdi], al", x64_store(b, 1, X64_MEM(X64_RDI, 0), X64_RAX));
    CASE("mov byte ptr [rax], sil", x64_store(b, 1, X64_MEM(X64_RAX, 0), X64_RSI));
    CASE("mov byte ptr [r8], r9b", x64_store(b, 1, X64_MEM(X64_R8, 0), X64_R9));
    CASE("mov byte ptr [rsi], bpl", x64_store(b, 1, X64_MEM(X64_RSI, 0), X64_RBP));
    CASE("mov word ptr [rbx+2], cx", x64_store(b, 2, X64_MEM(X64_RBX, 2), X64_RCX));
    CASE("mov word ptr [r12], r15w", x64_store(b, 2, X64_MEM(X64_R12, 0), X64_R15));
    CASE("mov dword ptr [rbp-4], edx", x64_store(b, 4, X64_MEM(X64_RBP, -4), X64_RDX));
    CASE("mov qword ptr [r13+rcx*8+8], rax",
         x64_store(b, 8, X64_MEMI(X64_R13, X64_RCX, 8, 8), X64_RAX));
    CASE("mov qword ptr [rsp], r11", x64_store(b, 8, X64_MEM(X64_RSP, 0), X64_R11));
    CASE("mov byte ptr [rdi+1], -1", x64_store_imm(b, 1, X64_MEM(X64_RDI, 1), -1));
    CASE("mov word ptr [rdi], 0x1234", x64_store_imm(b, 2, X64_MEM(X64_RDI, 0), 0x1234));
    CASE("mov dword ptr [r12+8], 100", x64_store_imm(b, 4, X64_MEM(X64_R12, 8), 100));
    CASE("mov qword ptr [rbp+0x200], -5", x64_store_imm(b, 8, X64_MEM(X64_RBP, 0x200), -5));

    /* lea. */
    CASE("lea rax, [rcx+rdx*1]", x64_lea(b, 8, X64_RAX, X64_MEMI(X64_RCX, X64_RDX, 1, 0)));
    CASE("lea r8, [r9+r10*4+12]", x64_lea(b, 8, X64_R8, X64_MEMI(X64_R9, X64_R10, 4, 12)));
    CASE("lea eax, [rax+rax*2]", x64_lea(b, 4, X64_RAX, X64_MEMI(X64_RAX, X64_RAX, 2, 0)));
    CASE("lea rsp, [rsp-8]", x64_lea(b, 8, X64_RSP, X64_MEM(X64_RSP, -8)));
    CASE("lea rdi, [r13]", x64_lea(b, 8, X64_RDI, X64_MEM(X64_R13, 0)));
    CASE("lea rbx, [rbp+r13*8-0x80000000]",
         x64_lea(b, 8, X64_RBX, X64_MEMI(X64_RBP, X64_R13, 8, INT32_MIN)));
    CASE("lea rcx, [rdx*2]", x64_lea(b, 8, X64_RCX, X64_MEMI(-1, X64_RDX, 2, 0)));

    /* Extensions, setcc, cmov, xchg. */
    CASE("movzx eax, cl", x64_movzx8(b, X64_RAX, X64_RCX));
    CASE("movzx eax, sil", x64_movzx8(b, X64_RAX, X64_RSI));
    CASE("movzx r12d, r13b", x64_movzx8(b, X64_R12, X64_R13));
    CASE("movzx edi, spl", x64_movzx8(b, X64_RDI, X64_RSP));
    CASE("movzx ecx, dx", x64_movzx16(b, X64_RCX, X64_RDX));
    CASE("movzx r8d, di", x64_movzx16(b, X64_R8, X64_RDI));
    CASE("movsx rax, bl", x64_movsx_rr(b, 1, X64_RAX, X64_RBX));
    CASE("movsx rax, dil", x64_movsx_rr(b, 1, X64_RAX, X64_RDI));
    CASE("movsx r9, r10w", x64_movsx_rr(b, 2, X64_R9, X64_R10));
    CASE("movsxd rax, ecx", x64_movsx_rr(b, 4, X64_RAX, X64_RCX));
    CASE("movsxd r15, r14d", x64_movsx_rr(b, 4, X64_R15, X64_R14));
    CASE("seto al", x64_setcc(b, X64_CC_O, X64_RAX));
    CASE("setb cl", x64_setcc(b, X64_CC_B, X64_RCX));
    CASE("sete bl", x64_setcc(b, X64_CC_E, X64_RBX));
    CASE("setne spl", x64_setcc(b, X64_CC_NE, X64_RSP));
    CASE("setbe bpl", x64_setcc(b, X64_CC_BE, X64_RBP));
    CASE("seta sil", x64_setcc(b, X64_CC_A, X64_RSI));
    CASE("setl dil", x64_setcc(b, X64_CC_L, X64_RDI));
    CASE("setge r8b", x64_setcc(b, X64_CC_GE, X64_R8));
    CASE("setg r15b", x64_setcc(b, X64_CC_G, X64_R15));
    CASE("setnp dl", x64_setcc(b, X64_CC_NP, X64_RDX));
    CASE("cmove rax, rcx", x64_cmov(b, X64_CC_E, 8, X64_RAX, X64_RCX));
    CASE("cmovl r8, r9", x64_cmov(b, X64_CC_L, 8, X64_R8, X64_R9));
    CASE("cmovae esp, r12d", x64_cmov(b, X64_CC_AE, 4, X64_RSP, X64_R12));
    CASE("cmovs r13, rbp", x64_cmov(b, X64_CC_S, 8, X64_R13, X64_RBP));
    CASE("cmovle edi, esi", x64_cmov(b, X64_CC_LE, 4, X64_RDI, X64_RSI));
    CASE("xchg rcx, rdx", x64_xchg_rr(b, 8, X64_RCX, X64_RDX));
    CASE("xchg rcx, rax", x64_xchg_rr(b, 8, X64_RAX, X64_RCX));
    CASE("xchg r8, rax", x64_xchg_rr(b, 8, X64_R8, X64_RAX));
    CASE("xchg eax, eax", x64_xchg_rr(b, 4, X64_RAX, X64_RAX));
    CASE("xchg r10d, r11d", x64_xchg_rr(b, 4, X64_R10, X64_R11));

    /* Shifts and rotates. */
    CASE("shl rax, 1", x64_shift_ri(b, X64_SHL, 8, X64_RAX, 1));
    CASE("shl rax, 12", x64_shift_ri(b, X64_SHL, 8, X64_RAX, 12));
    CASE("shr r9d, 31", x64_shift_ri(b, X64_SHR, 4, X64_R9, 31));
    CASE("sar r15, 63", x64_shift_ri(b, X64_SAR, 8, X64_R15, 63));
    CASE("rol esp, 8", x64_shift_ri(b, X64_ROL, 4, X64_RSP, 8));
    CASE("ror rbp, 1", x64_shift_ri(b, X64_ROR, 8, X64_RBP, 1));
    CASE("shl rdx, cl", x64_shift_rcl(b, X64_SHL, 8, X64_RDX));
    CASE("shr r12d, cl", x64_shift_rcl(b, X64_SHR, 4, X64_R12));
    CASE("sar rdi, cl", x64_shift_rcl(b, X64_SAR, 8, X64_RDI));
    CASE("ror r8, cl", x64_shift_rcl(b, X64_ROR, 8, X64_R8));
    CASE("shlx rax, rcx, rdx", x64_shlx(b, 8, X64_RAX, X64_RCX, X64_RDX));
    CASE("shlx eax, ecx, edx", x64_shlx(b, 4, X64_RAX, X64_RCX, X64_RDX));
    CASE("shrx r8, r9, r10", x64_shrx(b, 8, X64_R8, X64_R9, X64_R10));
    CASE("shrx esi, r13d, r15d", x64_shrx(b, 4, X64_RSI, X64_R13, X64_R15));
    CASE("sarx r11, rsp, rbp", x64_sarx(b, 8, X64_R11, X64_RSP, X64_RBP));
    CASE("sarx edi, edi, r12d", x64_sarx(b, 4, X64_RDI, X64_RDI, X64_R12));
    CASE("rorx rax, rbx, 13", x64_rorx(b, 8, X64_RAX, X64_RBX, 13));
    CASE("rorx r14d, r9d, 31", x64_rorx(b, 4, X64_R14, X64_R9, 31));

    /* Multiply and divide. */
    CASE("imul rax, rcx", x64_imul_rr(b, 8, X64_RAX, X64_RCX));
    CASE("imul r8d, r13d", x64_imul_rr(b, 4, X64_R8, X64_R13));
    CASE("imul rsp, rbp", x64_imul_rr(b, 8, X64_RSP, X64_RBP));
    CASE("imul rax, rcx, 10", x64_imul_rri(b, 8, X64_RAX, X64_RCX, 10));
    CASE("imul r9, r10, -128", x64_imul_rri(b, 8, X64_R9, X64_R10, -128));
    CASE("imul edx, ebx, 128", x64_imul_rri(b, 4, X64_RDX, X64_RBX, 128));
    CASE("imul r15, r12, 0x12345", x64_imul_rri(b, 8, X64_R15, X64_R12, 0x12345));
    CASE("mul rcx", x64_mul1(b, 8, X64_RCX));
    CASE("mul r11d", x64_mul1(b, 4, X64_R11));
    CASE("imul rsi", x64_imul1(b, 8, X64_RSI));
    CASE("div r8", x64_div1(b, 8, X64_R8));
    CASE("div ecx", x64_div1(b, 4, X64_RCX));
    CASE("idiv r15", x64_idiv1(b, 8, X64_R15));
    CASE("idiv edi", x64_idiv1(b, 4, X64_RDI));
    CASE("cqo", x64_cqo(b));
    CASE("cdq", x64_cdq(b));
    CASE("mulx r8, r9, r10", x64_mulx(b, 8, X64_R8, X64_R9, X64_R10));
    CASE("mulx eax, ecx, ebx", x64_mulx(b, 4, X64_RAX, X64_RCX, X64_RBX));
    CASE("pext eax, ecx, edx", x64_pext(b, 4, X64_RAX, X64_RCX, X64_RDX));
    CASE("pext r9, r10, r11", x64_pext(b, 8, X64_R9, X64_R10, X64_R11));

    /* Bit operations. */
    CASE("bswap eax", x64_bswap(b, 4, X64_RAX));
    CASE("bswap rcx", x64_bswap(b, 8, X64_RCX));
    CASE("bswap r12", x64_bswap(b, 8, X64_R12));
    CASE("bswap r15d", x64_bswap(b, 4, X64_R15));
    CASE("popcnt rax, rcx", x64_popcnt(b, 8, X64_RAX, X64_RCX));
    CASE("popcnt r8d, esi", x64_popcnt(b, 4, X64_R8, X64_RSI));
    CASE("lzcnt rdx, r13", x64_lzcnt(b, 8, X64_RDX, X64_R13));
    CASE("lzcnt ebx, ebx", x64_lzcnt(b, 4, X64_RBX, X64_RBX));
    CASE("tzcnt r9, r10", x64_tzcnt(b, 8, X64_R9, X64_R10));
    CASE("tzcnt esp, ebp", x64_tzcnt(b, 4, X64_RSP, X64_RBP));
    CASE("bsf rax, rdi", x64_bsf(b, 8, X64_RAX, X64_RDI));
    CASE("bsr r11, r12", x64_bsr(b, 8, X64_R11, X64_R12));
    CASE("andn rax, rcx, rdx", x64_andn(b, 8, X64_RAX, X64_RCX, X64_RDX));
    CASE("andn r8d, r9d, r10d", x64_andn(b, 4, X64_R8, X64_R9, X64_R10));
    CASE("andn rdi, r15, rsi", x64_andn(b, 8, X64_RDI, X64_R15, X64_RSI));
    CASE("bt rax, 3", x64_bt_ri(b, 8, X64_RAX, 3));
    CASE("bts r9, 63", x64_bts_ri(b, 8, X64_R9, 63));
    CASE("btr ecx, 31", x64_btr_ri(b, 4, X64_RCX, 31));
    CASE("btc r14d, 0", x64_btc_ri(b, 4, X64_R14, 0));
    CASE("bt rax, rcx", x64_bt_rr(b, 8, X64_RAX, X64_RCX));
    CASE("bts r8, r9", x64_bts_rr(b, 8, X64_R8, X64_R9));
    CASE("btr esi, r12d", x64_btr_rr(b, 4, X64_RSI, X64_R12));
    CASE("btc r13, rsp", x64_btc_rr(b, 8, X64_R13, X64_RSP));

    /* Atomics. */
    CASE("xchg qword ptr [rdi], rax", x64_xchg_mr(b, 8, X64_MEM(X64_RDI, 0), X64_RAX));
    CASE("xchg dword ptr [r12+4], r9d", x64_xchg_mr(b, 4, X64_MEM(X64_R12, 4), X64_R9));
    CASE("xchg byte ptr [rsi], dil", x64_xchg_mr(b, 1, X64_MEM(X64_RSI, 0), X64_RDI));
    CASE("lock xadd qword ptr [rbx], rcx", x64_lock_xadd_mr(b, 8, X64_MEM(X64_RBX, 0), X64_RCX));
    CASE("lock xadd dword ptr [r13], r8d", x64_lock_xadd_mr(b, 4, X64_MEM(X64_R13, 0), X64_R8));
    CASE("lock xadd word ptr [rax], dx", x64_lock_xadd_mr(b, 2, X64_MEM(X64_RAX, 0), X64_RDX));
    CASE("lock cmpxchg qword ptr [rdi], rsi",
         x64_lock_cmpxchg_mr(b, 8, X64_MEM(X64_RDI, 0), X64_RSI));
    CASE("lock cmpxchg dword ptr [rsp+rax*4+8], r15d",
         x64_lock_cmpxchg_mr(b, 4, X64_MEMI(X64_RSP, X64_RAX, 4, 8), X64_R15));
    CASE("lock cmpxchg byte ptr [rdx], bpl",
         x64_lock_cmpxchg_mr(b, 1, X64_MEM(X64_RDX, 0), X64_RBP));
    CASE("mfence", x64_mfence(b));

    /* Control flow. The rel32 forms are forced with {disp32} as as would relax them. */
    CASE("{disp32} jne .+0x106", x64_patch_rel32(x64_jcc32(b, X64_CC_NE), at(code, 0x106)));
    CASE("{disp32} je .-0x1000", x64_patch_rel32(x64_jcc32(b, X64_CC_E), at(code, -0x1000)));
    CASE("{disp32} jo .+6", x64_patch_rel32(x64_jcc32(b, X64_CC_O), at(code, 6)));
    CASE("{disp32} jg .+0x7fffffff", x64_patch_rel32(x64_jcc32(b, X64_CC_G), at(code, 0x7fffffff)));
    CASE("{disp32} jmp .+0x1000", x64_patch_rel32(x64_jmp32(b), at(code, 0x1000)));
    CASE("{disp32} jmp .-0x20", x64_patch_rel32(x64_jmp32(b), at(code, -0x20)));
    CASE("call .+0x12345", x64_patch_rel32(x64_call32(b), at(code, 0x12345)));
    CASE("call .-0x100", x64_patch_rel32(x64_call32(b), at(code, -0x100)));
    CASE("jb .+0x10", x64_patch_rel8(x64_jcc8(b, X64_CC_B), at(code, 0x10)));
    CASE("jle .-126", x64_patch_rel8(x64_jcc8(b, X64_CC_LE), at(code, -126)));
    CASE("jp .+129", x64_patch_rel8(x64_jcc8(b, X64_CC_P), at(code, 129)));
    CASE("jmp .+2", x64_patch_rel8(x64_jmp8(b), at(code, 2)));
    CASE("jmp .-2", x64_patch_rel8(x64_jmp8(b), at(code, -2)));
    CASE("jae .+100", x64_jcc_to(b, X64_CC_AE, at(code, 100)));
    CASE("jae .+200", x64_jcc_to(b, X64_CC_AE, at(code, 200)));
    CASE("jmp .-128", x64_jmp_to(b, at(code, -128)));
    CASE("jmp .-129", x64_jmp_to(b, at(code, -129)));
    CASE("jmp rax", x64_jmp_r(b, X64_RAX));
    CASE("jmp r11", x64_jmp_r(b, X64_R11));
    CASE("call rcx", x64_call_r(b, X64_RCX));
    CASE("call r15", x64_call_r(b, X64_R15));
    CASE("call qword ptr [rax]", x64_call_mem(b, X64_MEM(X64_RAX, 0)));
    CASE("call qword ptr [rbp+0x100]", x64_call_mem(b, X64_MEM(X64_RBP, 0x100)));
    CASE("call qword ptr [r12+8]", x64_call_mem(b, X64_MEM(X64_R12, 8)));
    CASE("jmp qword ptr [r13+rax*8]", x64_jmp_mem(b, X64_MEMI(X64_R13, X64_RAX, 8, 0)));
    CASE("jmp qword ptr [rsp]", x64_jmp_mem(b, X64_MEM(X64_RSP, 0)));
    CASE("ret", x64_ret(b));
    CASE("push rbx", x64_push(b, X64_RBX));
    CASE("push rbp", x64_push(b, X64_RBP));
    CASE("push r12", x64_push(b, X64_R12));
    CASE("push r15", x64_push(b, X64_R15));
    CASE("pop rax", x64_pop(b, X64_RAX));
    CASE("pop r8", x64_pop(b, X64_R8));
    CASE("pop r13", x64_pop(b, X64_R13));
    CASE("push 5", x64_push_imm(b, 5));
    CASE("push 0x1000", x64_push_imm(b, 0x1000));
    CASE("push -1", x64_push_imm(b, -1));
    CASE("ud2", x64_ud2(b));
    CASE("int3", x64_int3(b));

    /* NOPs of every length up to two of the longest plus change. */
    CASE("", x64_nop(b, 0));
    CASE(".nops 1", x64_nop(b, 1));
    CASE(".nops 2", x64_nop(b, 2));
    CASE(".nops 3", x64_nop(b, 3));
    CASE(".nops 4", x64_nop(b, 4));
    CASE(".nops 5", x64_nop(b, 5));
    CASE(".nops 6", x64_nop(b, 6));
    CASE(".nops 7", x64_nop(b, 7));
    CASE(".nops 8", x64_nop(b, 8));
    CASE(".nops 9", x64_nop(b, 9));
    CASE(".nops 10", x64_nop(b, 10));
    CASE(".nops 11", x64_nop(b, 11));
    CASE(".nops 12", x64_nop(b, 12));
    CASE(".nops 15", x64_nop(b, 15));
    CASE(".nops 22", x64_nop(b, 22));
    CASE(".nops 25", x64_nop(b, 25));

    /* SSE / AVX. */
    CASE("addsd xmm0, xmm1", x64_sse_rr(b, X64_SSE_ADD, 1, 0, 1));
    CASE("subsd xmm8, xmm15", x64_sse_rr(b, X64_SSE_SUB, 1, 8, 15));
    CASE("mulsd xmm3, xmm12", x64_sse_rr(b, X64_SSE_MUL, 1, 3, 12));
    CASE("divsd xmm9, xmm2", x64_sse_rr(b, X64_SSE_DIV, 1, 9, 2));
    CASE("sqrtsd xmm4, xmm5", x64_sse_rr(b, X64_SSE_SQRT, 1, 4, 5));
    CASE("minsd xmm6, xmm7", x64_sse_rr(b, X64_SSE_MIN, 1, 6, 7));
    CASE("maxsd xmm10, xmm11", x64_sse_rr(b, X64_SSE_MAX, 1, 10, 11));
    CASE("addss xmm0, xmm1", x64_sse_rr(b, X64_SSE_ADD, 0, 0, 1));
    CASE("subss xmm13, xmm14", x64_sse_rr(b, X64_SSE_SUB, 0, 13, 14));
    CASE("mulss xmm1, xmm8", x64_sse_rr(b, X64_SSE_MUL, 0, 1, 8));
    CASE("divss xmm15, xmm0", x64_sse_rr(b, X64_SSE_DIV, 0, 15, 0));
    CASE("sqrtss xmm2, xmm2", x64_sse_rr(b, X64_SSE_SQRT, 0, 2, 2));
    CASE("minss xmm3, xmm9", x64_sse_rr(b, X64_SSE_MIN, 0, 3, 9));
    CASE("maxss xmm12, xmm4", x64_sse_rr(b, X64_SSE_MAX, 0, 12, 4));
    CASE("addsd xmm1, qword ptr [rbp+8]", x64_sse_rm(b, X64_SSE_ADD, 1, 1, X64_MEM(X64_RBP, 8)));
    CASE("mulss xmm9, dword ptr [r12]", x64_sse_rm(b, X64_SSE_MUL, 0, 9, X64_MEM(X64_R12, 0)));
    CASE("movq xmm0, rax", x64_movq_xr(b, 0, X64_RAX));
    CASE("movq xmm15, r8", x64_movq_xr(b, 15, X64_R8));
    CASE("movq xmm3, r12", x64_movq_xr(b, 3, X64_R12));
    CASE("movq rcx, xmm1", x64_movq_rx(b, X64_RCX, 1));
    CASE("movq r15, xmm9", x64_movq_rx(b, X64_R15, 9));
    CASE("movd xmm2, edx", x64_movd_xr(b, 2, X64_RDX));
    CASE("movd xmm10, r11d", x64_movd_xr(b, 10, X64_R11));
    CASE("movd esi, xmm4", x64_movd_rx(b, X64_RSI, 4));
    CASE("movd r9d, xmm14", x64_movd_rx(b, X64_R9, 14));
    CASE("movaps xmm0, xmm8", x64_movaps_rr(b, 0, 8));
    CASE("movaps xmm11, xmm2", x64_movaps_rr(b, 11, 2));
    CASE("movsd xmm0, qword ptr [rdi+8]", x64_movs_load(b, 1, 0, X64_MEM(X64_RDI, 8)));
    CASE("movsd xmm12, qword ptr [rsp+r8*8]",
         x64_movs_load(b, 1, 12, X64_MEMI(X64_RSP, X64_R8, 8, 0)));
    CASE("movss xmm7, dword ptr [r13]", x64_movs_load(b, 0, 7, X64_MEM(X64_R13, 0)));
    CASE("movsd qword ptr [rbp-16], xmm1", x64_movs_store(b, 1, X64_MEM(X64_RBP, -16), 1));
    CASE("movss dword ptr [rax+0x400], xmm15", x64_movs_store(b, 0, X64_MEM(X64_RAX, 0x400), 15));
    CASE("ucomisd xmm0, xmm1", x64_ucomis(b, 1, 0, 1));
    CASE("ucomiss xmm8, xmm3", x64_ucomis(b, 0, 8, 3));
    CASE("comisd xmm2, xmm10", x64_comis(b, 1, 2, 10));
    CASE("comiss xmm5, xmm6", x64_comis(b, 0, 5, 6));
    CASE("ldmxcsr dword ptr [rsp+4]", x64_ldmxcsr(b, X64_MEM(X64_RSP, 4)));
    CASE("stmxcsr dword ptr [r14+0x10]", x64_stmxcsr(b, X64_MEM(X64_R14, 0x10)));
    CASE("vfmadd231sd xmm1, xmm2, xmm3", x64_vfmadd231s(b, 1, 1, 2, 3));
    CASE("vfmadd231sd xmm9, xmm10, xmm11", x64_vfmadd231s(b, 1, 9, 10, 11));
    CASE("vfmadd231ss xmm0, xmm15, xmm8", x64_vfmadd231s(b, 0, 0, 15, 8));
    CASE("vfmsub231sd xmm4, xmm5, xmm12", x64_vfmsub231s(b, 1, 4, 5, 12));
    CASE("vfnmadd231ss xmm13, xmm1, xmm2", x64_vfnmadd231s(b, 0, 13, 1, 2));
    CASE("vfnmsub231sd xmm7, xmm7, xmm7", x64_vfnmsub231s(b, 1, 7, 7, 7));
    CASE("cvtsi2sd xmm0, rax", x64_cvtsi2s(b, 1, 8, 0, X64_RAX));
    CASE("cvtsi2sd xmm9, r10d", x64_cvtsi2s(b, 1, 4, 9, X64_R10));
    CASE("cvtsi2ss xmm1, r15", x64_cvtsi2s(b, 0, 8, 1, X64_R15));
    CASE("cvtsi2ss xmm12, ecx", x64_cvtsi2s(b, 0, 4, 12, X64_RCX));
    CASE("cvtsd2ss xmm0, xmm9", x64_cvtsd2ss(b, 0, 9));
    CASE("cvtss2sd xmm14, xmm2", x64_cvtss2sd(b, 14, 2));
    CASE("cvttsd2si rax, xmm0", x64_cvtts2si(b, 1, 8, X64_RAX, 0));
    CASE("cvttsd2si r9d, xmm13", x64_cvtts2si(b, 1, 4, X64_R9, 13));
    CASE("cvttss2si rsi, xmm8", x64_cvtts2si(b, 0, 8, X64_RSI, 8));
    CASE("cvtsd2si r12, xmm1", x64_cvts2si(b, 1, 8, X64_R12, 1));
    CASE("cvtss2si edx, xmm3", x64_cvts2si(b, 0, 4, X64_RDX, 3));
    CASE("roundsd xmm0, xmm1, 9", x64_rounds(b, 1, 0, 1, 9));
    CASE("roundss xmm10, xmm3, 3", x64_rounds(b, 0, 10, 3, 3));
    CASE("xorpd xmm0, xmm1", x64_xorp(b, 1, 0, 1));
    CASE("xorps xmm8, xmm8", x64_xorp(b, 0, 8, 8));
    CASE("andpd xmm2, xmm11", x64_andp(b, 1, 2, 11));
    CASE("andnps xmm3, xmm4", x64_andnp(b, 0, 3, 4));
    CASE("orpd xmm15, xmm5", x64_orp(b, 1, 15, 5));
    CASE("pcmpeqd xmm0, xmm0", x64_pcmpeqd(b, 0, 0));
    CASE("pcmpeqd xmm9, xmm12", x64_pcmpeqd(b, 9, 12));

    /* Several instructions in one buffer, as the JIT will use it. */
    CASE("push rbp; mov rbp, rsp; mov rax, qword ptr [rdi+8]; add rax, 1; pop rbp; ret",
         x64_push(b, X64_RBP);
         x64_mov_rr(b, 8, X64_RBP, X64_RSP); x64_load(b, 8, 0, X64_RAX, X64_MEM(X64_RDI, 8));
         x64_alu_ri(b, X64_ADD, 8, X64_RAX, 1); x64_pop(b, X64_RBP); x64_ret(b));

    if (idx != N_EXPECTED) {
        fprintf(stderr, "%d cases but %d table rows; rerun gen_x64_expect.sh\n", idx, N_EXPECTED);
        mismatches++;
    }
    fprintf(stderr, "x64_emit: %d encodings checked against as, %d mismatches\n", checked,
            mismatches);
    assert_int_equal(mismatches, 0);
}

/* -- Behaviour that as cannot tell us ---------------------------------------------------- */

/* Writes past the end are dropped and flagged, never performed. */
static void test_overflow(void **state) {
    (void)state;
    uint8_t mem[8];
    memset(mem, 0xaa, sizeof mem);
    x64_buf b = x64_buf_init(mem, 4);
    x64_mov_ri(&b, X64_RAX, 0x12345678); /* 5 bytes into 4 */
    assert_int_equal(b.overflow, 1);
    assert_int_equal(x64_buf_len(&b), 4);
    for (int i = 4; i < 8; i++)
        assert_int_equal(mem[i], 0xaa);
    assert_null(x64_jmp32(&b)); /* no field to patch once overflowed */
    assert_int_equal(x64_patch_rel32(NULL, mem), 0);
    assert_null(x64_movabs(&b, X64_RAX, 1));
}

static void test_patch_range(void **state) {
    (void)state;
    static uint8_t buf[16];
    x64_buf b = x64_buf_init(buf, sizeof buf);
    uint8_t *f8 = x64_jmp8(&b);
    assert_int_equal(x64_patch_rel8(f8, at(buf, 2 + 127)), 1);
    assert_int_equal(buf[1], 127);
    assert_int_equal(x64_patch_rel8(f8, at(buf, 2 + 128)), 0);
    assert_int_equal(buf[1], 127); /* unchanged on failure */
    assert_int_equal(x64_patch_rel8(f8, at(buf, 2 - 128)), 1);
    assert_int_equal(buf[1], 0x80);

    uint8_t *f32 = x64_jmp32(&b);
    assert_int_equal(x64_patch_rel32(f32, at(f32, 4 + (intptr_t)INT32_MAX)), 1);
    assert_int_equal(x64_patch_rel32(f32, at(f32, 4 + (intptr_t)INT32_MAX + 1)), 0);
}

static void test_invalid_operand(void **state) {
    (void)state;
    uint8_t out[16];
    x64_buf b = x64_buf_init(out, sizeof out);
    /* rsp cannot be a scaled index: reported, and a trap is left instead. */
    x64_load(&b, 8, 0, X64_RAX, X64_MEMI(X64_RCX, X64_RSP, 4, 0));
    assert_int_equal(b.invalid, 1);
    assert_int_equal(x64_buf_len(&b), 2);
    assert_int_equal(out[0], 0x0f);
    assert_int_equal(out[1], 0x0b);

    b = x64_buf_init(out, sizeof out);
    x64_alu_rr(&b, X64_ADD, 3, X64_RAX, X64_RCX);
    assert_int_equal(b.invalid, 1);
}

static void test_align(void **state) {
    (void)state;
    static uint8_t out[128] __attribute__((aligned(64)));
    for (size_t start = 0; start < 40; start++) {
        x64_buf b = x64_buf_init(out + start, sizeof out - start);
        x64_align(&b, 32);
        assert_int_equal(((uintptr_t)b.p) % 32, 0);
        assert_true(x64_buf_len(&b) < 32);
        assert_int_equal(b.overflow, 0);
    }
}

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_against_as),  cmocka_unit_test(test_overflow),
        cmocka_unit_test(test_patch_range), cmocka_unit_test(test_invalid_operand),
        cmocka_unit_test(test_align),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
