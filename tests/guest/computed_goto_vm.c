/* Register-machine interpreter using GCC computed goto (labels as values): many
 * indirect jumps to many targets, the worst case for a translator's block linking. */
#include <stdint.h>
#include <stdio.h>

struct insn {
    uint8_t op, a, b, c;
    int32_t imm;
};
enum { LI, ADDR, SUBR, MULR, ADDI, ANDI, XORR, SHRI, BLT, BNE, JMPI, OUT, END };

static uint64_t exec(const struct insn *code, uint64_t *reg, int verbose) {
    static void *const dispatch[] = {&&op_li,   &&op_add, &&op_sub,  &&op_mul, &&op_addi,
                                     &&op_andi, &&op_xor, &&op_shri, &&op_blt, &&op_bne,
                                     &&op_jmp,  &&op_out, &&op_end};
    const struct insn *ip = code;
    uint64_t count = 0;
#define NEXT                                                                                       \
    do {                                                                                           \
        count++;                                                                                   \
        goto *dispatch[ip->op];                                                                    \
    } while (0)
    NEXT;
op_li:
    reg[ip->a] = (uint64_t)(int64_t)ip->imm;
    ip++;
    NEXT;
op_add:
    reg[ip->a] = reg[ip->b] + reg[ip->c];
    ip++;
    NEXT;
op_sub:
    reg[ip->a] = reg[ip->b] - reg[ip->c];
    ip++;
    NEXT;
op_mul:
    reg[ip->a] = reg[ip->b] * reg[ip->c];
    ip++;
    NEXT;
op_addi:
    reg[ip->a] = reg[ip->b] + (uint64_t)(int64_t)ip->imm;
    ip++;
    NEXT;
op_andi:
    reg[ip->a] = reg[ip->b] & (uint64_t)(int64_t)ip->imm;
    ip++;
    NEXT;
op_xor:
    reg[ip->a] = reg[ip->b] ^ reg[ip->c];
    ip++;
    NEXT;
op_shri:
    reg[ip->a] = reg[ip->b] >> ip->imm;
    ip++;
    NEXT;
op_blt:
    ip = (int64_t)reg[ip->a] < (int64_t)reg[ip->b] ? code + ip->imm : ip + 1;
    NEXT;
op_bne:
    ip = reg[ip->a] != reg[ip->b] ? code + ip->imm : ip + 1;
    NEXT;
op_jmp:
    ip = code + ip->imm;
    NEXT;
op_out:
    if (verbose) printf("out r%d = %llu\n", ip->a, (unsigned long long)reg[ip->a]);
    ip++;
    NEXT;
op_end:
    return count;
#undef NEXT
}

int main(void) {
    /* fibonacci numbers, collatz lengths and a mixing loop */
    const struct insn fib[] = {{LI, 1, 0, 0, 0},   {LI, 2, 0, 0, 1},   {LI, 3, 0, 0, 0},
                               {LI, 4, 0, 0, 90},  {ADDR, 5, 1, 2, 0}, {ADDI, 1, 2, 0, 0},
                               {ADDI, 2, 5, 0, 0}, {ADDI, 3, 3, 0, 1}, {ANDI, 6, 3, 0, 15},
                               {BNE, 6, 0, 0, 11}, {OUT, 1, 0, 0, 0},  {BLT, 3, 4, 0, 4},
                               {OUT, 1, 0, 0, 0},  {END, 0, 0, 0, 0}};
    uint64_t reg[16] = {0};
    printf("fib steps %llu\n", (unsigned long long)exec(fib, reg, 1));

    /* collatz: r1 = n (1..2999), r7 = total steps */
    struct insn c2[32];
    int n = 0;
    c2[n++] = (struct insn){LI, 1, 0, 0, 1};      /* 0 */
    c2[n++] = (struct insn){LI, 7, 0, 0, 0};      /* 1 */
    c2[n++] = (struct insn){LI, 8, 0, 0, 3000};   /* 2 */
    c2[n++] = (struct insn){LI, 9, 0, 0, 1};      /* 3 */
    c2[n++] = (struct insn){LI, 12, 0, 0, 3};     /* 4 */
    c2[n++] = (struct insn){ADDI, 10, 1, 0, 0};   /* 5 outer */
    c2[n++] = (struct insn){BNE, 10, 9, 0, 8};    /* 6 inner */
    c2[n++] = (struct insn){JMPI, 0, 0, 0, 16};   /* 7 -> done with n */
    c2[n++] = (struct insn){ANDI, 11, 10, 0, 1};  /* 8 */
    c2[n++] = (struct insn){BNE, 11, 0, 0, 12};   /* 9 */
    c2[n++] = (struct insn){SHRI, 10, 10, 0, 1};  /* 10 */
    c2[n++] = (struct insn){JMPI, 0, 0, 0, 14};   /* 11 */
    c2[n++] = (struct insn){MULR, 10, 10, 12, 0}; /* 12 */
    c2[n++] = (struct insn){ADDI, 10, 10, 0, 1};  /* 13 */
    c2[n++] = (struct insn){ADDI, 7, 7, 0, 1};    /* 14 */
    c2[n++] = (struct insn){JMPI, 0, 0, 0, 6};    /* 15 */
    c2[n++] = (struct insn){ADDI, 1, 1, 0, 1};    /* 16 */
    c2[n++] = (struct insn){BLT, 1, 8, 0, 5};     /* 17 */
    c2[n++] = (struct insn){OUT, 7, 0, 0, 0};     /* 18 */
    c2[n++] = (struct insn){END, 0, 0, 0, 0};     /* 19 */
    for (int i = 0; i < 16; i++)
        reg[i] = 0;
    printf("collatz steps %llu\n", (unsigned long long)exec(c2, reg, 1));
    return 0;
}
