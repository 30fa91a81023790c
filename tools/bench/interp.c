/* A bytecode interpreter: a register VM with a switch dispatch loop (one indirect branch per
 * bytecode through a jump table), running three programs written in its bytecode: a prime
 * count by trial division, Collatz chain lengths, and a small recursive Fibonacci using the
 * VM's call stack. Size: the bound of the prime count / Collatz loops. */
#include <string.h>
#include "common.h"

enum {
    OP_HALT,
    OP_LI,   /* r[a] = imm */
    OP_MOV,  /* r[a] = r[b] */
    OP_ADD,  /* r[a] = r[b] + r[c] */
    OP_SUB,  /* r[a] = r[b] - r[c] */
    OP_MUL,  /* r[a] = r[b] * r[c] */
    OP_DIV,  /* r[a] = r[b] / r[c] */
    OP_REM,  /* r[a] = r[b] % r[c] */
    OP_ADDI, /* r[a] = r[b] + imm */
    OP_SHR,  /* r[a] = r[b] >> imm */
    OP_AND,  /* r[a] = r[b] & imm */
    OP_JMP,  /* pc = imm */
    OP_JLT,  /* if r[a] < r[b] pc = imm */
    OP_JGE,  /* if r[a] >= r[b] pc = imm */
    OP_JEQ,  /* if r[a] == r[b] pc = imm */
    OP_JNE,  /* if r[a] != r[b] pc = imm */
    OP_JZ,   /* if r[a] == 0 pc = imm */
    OP_LD,   /* r[a] = mem[r[b] + imm] */
    OP_ST,   /* mem[r[b] + imm] = r[a] */
    OP_CALL, /* push (pc, frame of r[8..15]); pc = imm */
    OP_RET,
    OP_XOR, /* r[a] = r[b] ^ r[c] */
    OP_NOP,
};

typedef struct {
    uint8_t op, a, b, c;
    int32_t imm;
} insn;

#define NREG  16
#define STACK 4096

static int64_t mem[1 << 16];

static int64_t run(const insn *code, int64_t *r) {
    struct {
        int pc;
        int64_t save[8];
    } stack[STACK];
    int sp = 0, pc = 0;
    for (;;) {
        const insn *i = &code[pc++];
        switch (i->op) {
        case OP_HALT: return r[0];
        case OP_LI: r[i->a] = i->imm; break;
        case OP_MOV: r[i->a] = r[i->b]; break;
        case OP_ADD: r[i->a] = r[i->b] + r[i->c]; break;
        case OP_SUB: r[i->a] = r[i->b] - r[i->c]; break;
        case OP_MUL: r[i->a] = r[i->b] * r[i->c]; break;
        case OP_DIV: r[i->a] = r[i->b] / r[i->c]; break;
        case OP_REM: r[i->a] = r[i->b] % r[i->c]; break;
        case OP_ADDI: r[i->a] = r[i->b] + i->imm; break;
        case OP_SHR: r[i->a] = r[i->b] >> i->imm; break;
        case OP_AND: r[i->a] = r[i->b] & i->imm; break;
        case OP_XOR: r[i->a] = r[i->b] ^ r[i->c]; break;
        case OP_JMP: pc = i->imm; break;
        case OP_JLT:
            if (r[i->a] < r[i->b]) pc = i->imm;
            break;
        case OP_JGE:
            if (r[i->a] >= r[i->b]) pc = i->imm;
            break;
        case OP_JEQ:
            if (r[i->a] == r[i->b]) pc = i->imm;
            break;
        case OP_JNE:
            if (r[i->a] != r[i->b]) pc = i->imm;
            break;
        case OP_JZ:
            if (r[i->a] == 0) pc = i->imm;
            break;
        case OP_LD: r[i->a] = mem[(r[i->b] + i->imm) & 0xffff]; break;
        case OP_ST: mem[(r[i->b] + i->imm) & 0xffff] = r[i->a]; break;
        case OP_CALL:
            if (sp == STACK) return -1;
            stack[sp].pc = pc;
            memcpy(stack[sp].save, &r[8], sizeof stack[sp].save);
            sp++;
            pc = i->imm;
            break;
        case OP_RET:
            if (sp == 0) return -2;
            sp--;
            pc = stack[sp].pc;
            memcpy(&r[8], stack[sp].save, sizeof stack[sp].save);
            break;
        case OP_NOP: break;
        default: return -3;
        }
    }
}

#define I(op, a, b, c, imm)                                                                        \
    { op, a, b, c, imm }

/* Built at run time (the jump targets depend on the layout), see build_programs. */
static insn prog_primes[64], prog_collatz[64], prog_fib[64];

static int emit(insn *p, int *n, insn x) {
    p[*n] = x;
    return (*n)++;
}

static void build_programs(void) {
    int n = 0;
    insn *p = prog_primes;
    /* r1 = limit. */
    emit(p, &n, (insn)I(OP_LI, 0, 0, 0, 1));
    emit(p, &n, (insn)I(OP_LI, 2, 0, 0, 3));
    emit(p, &n, (insn)I(OP_LI, 9, 0, 0, 10));
    int loop = emit(p, &n, (insn)I(OP_JGE, 2, 1, 0, 0)); /* patched: -> done */
    emit(p, &n, (insn)I(OP_LI, 3, 0, 0, 3));
    int inner = emit(p, &n, (insn)I(OP_MUL, 4, 3, 3, 0));
    int isprime = emit(p, &n, (insn)I(OP_JLT, 2, 4, 0, 0)); /* patched */
    emit(p, &n, (insn)I(OP_REM, 5, 2, 3, 0));
    int notprime = emit(p, &n, (insn)I(OP_JZ, 5, 0, 0, 0)); /* patched */
    emit(p, &n, (insn)I(OP_ADDI, 3, 3, 0, 2));
    emit(p, &n, (insn)I(OP_JMP, 0, 0, 0, inner));
    p[isprime].imm = n;
    emit(p, &n, (insn)I(OP_ADDI, 0, 0, 0, 1));
    emit(p, &n, (insn)I(OP_REM, 6, 2, 9, 0));
    emit(p, &n, (insn)I(OP_LD, 7, 6, 0, 0));
    emit(p, &n, (insn)I(OP_ADDI, 7, 7, 0, 1));
    emit(p, &n, (insn)I(OP_ST, 7, 6, 0, 0));
    p[notprime].imm = n;
    emit(p, &n, (insn)I(OP_ADDI, 2, 2, 0, 2));
    emit(p, &n, (insn)I(OP_JMP, 0, 0, 0, loop));
    p[loop].imm = n;
    emit(p, &n, (insn)I(OP_HALT, 0, 0, 0, 0));

    /* Collatz: r1 = limit; r0 = sum over s < limit of the chain length of s; mem[100] = the
     * longest chain, mem[101] its start. */
    n = 0;
    p = prog_collatz;
    emit(p, &n, (insn)I(OP_LI, 0, 0, 0, 0));
    emit(p, &n, (insn)I(OP_LI, 2, 0, 0, 1)); /* s */
    emit(p, &n, (insn)I(OP_LI, 10, 0, 0, 1));
    emit(p, &n, (insn)I(OP_LI, 11, 0, 0, 3));
    int outer = emit(p, &n, (insn)I(OP_JGE, 2, 1, 0, 0)); /* patched -> done */
    emit(p, &n, (insn)I(OP_MOV, 3, 2, 0, 0));             /* x = s */
    emit(p, &n, (insn)I(OP_LI, 4, 0, 0, 0));              /* steps */
    int step = emit(p, &n, (insn)I(OP_JEQ, 3, 10, 0, 0)); /* x == 1 -> end (patched) */
    emit(p, &n, (insn)I(OP_AND, 5, 3, 0, 1));
    int odd = emit(p, &n, (insn)I(OP_JNE, 5, 15, 0, 0)); /* r15 == 0: odd -> patched */
    emit(p, &n, (insn)I(OP_SHR, 3, 3, 0, 1));
    int join = emit(p, &n, (insn)I(OP_JMP, 0, 0, 0, 0)); /* patched */
    p[odd].imm = n;
    emit(p, &n, (insn)I(OP_MUL, 3, 3, 11, 0));
    emit(p, &n, (insn)I(OP_ADDI, 3, 3, 0, 1));
    p[join].imm = n;
    emit(p, &n, (insn)I(OP_ADDI, 4, 4, 0, 1));
    emit(p, &n, (insn)I(OP_JMP, 0, 0, 0, step));
    p[step].imm = n;
    emit(p, &n, (insn)I(OP_ADD, 0, 0, 4, 0));
    emit(p, &n, (insn)I(OP_LI, 6, 0, 0, 100));
    emit(p, &n, (insn)I(OP_LD, 7, 6, 0, 0));
    int nolonger = emit(p, &n, (insn)I(OP_JGE, 7, 4, 0, 0)); /* patched */
    emit(p, &n, (insn)I(OP_ST, 4, 6, 0, 0));
    emit(p, &n, (insn)I(OP_ST, 2, 6, 0, 1));
    p[nolonger].imm = n;
    emit(p, &n, (insn)I(OP_ADDI, 2, 2, 0, 1));
    emit(p, &n, (insn)I(OP_JMP, 0, 0, 0, outer));
    p[outer].imm = n;
    emit(p, &n, (insn)I(OP_HALT, 0, 0, 0, 0));

    /* fib: r8 = n; returns fib(n) in r0 through recursive OP_CALLs (r8..r15 are callee-saved). */
    n = 0;
    p = prog_fib;
    emit(p, &n, (insn)I(OP_CALL, 0, 0, 0, 2));
    emit(p, &n, (insn)I(OP_HALT, 0, 0, 0, 0));
    /* 2: fib */
    emit(p, &n, (insn)I(OP_LI, 1, 0, 0, 2));
    int rec = emit(p, &n, (insn)I(OP_JGE, 8, 1, 0, 0)); /* patched */
    emit(p, &n, (insn)I(OP_MOV, 0, 8, 0, 0));
    emit(p, &n, (insn)I(OP_RET, 0, 0, 0, 0));
    p[rec].imm = n;
    emit(p, &n, (insn)I(OP_ADDI, 8, 8, 0, -1));
    emit(p, &n, (insn)I(OP_CALL, 0, 0, 0, 2));
    emit(p, &n, (insn)I(OP_MOV, 9, 0, 0, 0));
    emit(p, &n, (insn)I(OP_ADDI, 8, 8, 0, -1));
    emit(p, &n, (insn)I(OP_CALL, 0, 0, 0, 2));
    emit(p, &n, (insn)I(OP_ADD, 0, 0, 9, 0));
    emit(p, &n, (insn)I(OP_RET, 0, 0, 0, 0));
}

int main(int argc, char **argv) {
    long limit = bench_arg(argc, argv, 1000000);
    build_programs();
    int64_t r[NREG];

    memset(r, 0, sizeof r);
    r[1] = limit;
    int64_t np = run(prog_primes, r);
    printf("primes below %ld: %lld; last digits:", limit, (long long)np);
    for (int d = 0; d < 10; d++)
        printf(" %lld", (long long)mem[d]);
    printf("\n");

    memset(r, 0, sizeof r);
    r[1] = limit / 4;
    int64_t steps = run(prog_collatz, r);
    printf("collatz below %ld: %lld steps, longest %lld from %lld\n", limit / 4, (long long)steps,
           (long long)mem[100], (long long)mem[101]);

    memset(r, 0, sizeof r);
    int fn = 16;
    for (long l = limit; l > 1000; l /= 2)
        fn++;
    r[8] = fn;
    printf("fib(%d): %lld\n", fn, (long long)run(prog_fib, r));
    return 0;
}
