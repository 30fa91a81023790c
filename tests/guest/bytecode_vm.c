/* A small stack-based bytecode interpreter dispatched with a switch: runs
 * programs computing primes, factorials and a loop-heavy checksum. */
#include <stdint.h>
#include <stdio.h>

enum op { PUSH, POP, DUP, SWAP, OVER, ADD, SUB, MUL, DIV, MOD, AND, OR, XOR, SHL, SHR, NEG, LT, EQ, JMP, JZ, JNZ,
          LOAD, STORE, PRINT, CALL, RET, INC, DEC, HALT };

static int64_t run(const int64_t *code, int trace_prints)
{
    int64_t stack[256], mem[64] = {0};
    int rstack[64];
    int sp = 0, rsp = 0, pc = 0;
    uint64_t steps = 0;
    for (;;) {
        steps++;
        int64_t op = code[pc++], a, b;
        switch (op) {
        case PUSH: stack[sp++] = code[pc++]; break;
        case POP: sp--; break;
        case DUP: stack[sp] = stack[sp - 1]; sp++; break;
        case SWAP: a = stack[sp - 1]; stack[sp - 1] = stack[sp - 2]; stack[sp - 2] = a; break;
        case OVER: stack[sp] = stack[sp - 2]; sp++; break;
        case ADD: b = stack[--sp]; stack[sp - 1] += b; break;
        case SUB: b = stack[--sp]; stack[sp - 1] -= b; break;
        case MUL: b = stack[--sp]; stack[sp - 1] = (int64_t)((uint64_t)stack[sp - 1] * (uint64_t)b); break;
        case DIV: b = stack[--sp]; stack[sp - 1] = b ? stack[sp - 1] / b : 0; break;
        case MOD: b = stack[--sp]; stack[sp - 1] = b ? stack[sp - 1] % b : 0; break;
        case AND: b = stack[--sp]; stack[sp - 1] &= b; break;
        case OR: b = stack[--sp]; stack[sp - 1] |= b; break;
        case XOR: b = stack[--sp]; stack[sp - 1] ^= b; break;
        case SHL: b = stack[--sp]; stack[sp - 1] = (int64_t)((uint64_t)stack[sp - 1] << (b & 63)); break;
        case SHR: b = stack[--sp]; stack[sp - 1] = (int64_t)((uint64_t)stack[sp - 1] >> (b & 63)); break;
        case NEG: stack[sp - 1] = -stack[sp - 1]; break;
        case LT: b = stack[--sp]; stack[sp - 1] = stack[sp - 1] < b; break;
        case EQ: b = stack[--sp]; stack[sp - 1] = stack[sp - 1] == b; break;
        case JMP: pc = (int)code[pc]; break;
        case JZ: a = stack[--sp]; pc = a ? pc + 1 : (int)code[pc]; break;
        case JNZ: a = stack[--sp]; pc = a ? (int)code[pc] : pc + 1; break;
        case LOAD: stack[sp++] = mem[code[pc++]]; break;
        case STORE: mem[code[pc++]] = stack[--sp]; break;
        case PRINT: a = stack[--sp]; if (trace_prints) printf("%lld ", (long long)a); break;
        case CALL: rstack[rsp++] = pc + 1; pc = (int)code[pc]; break;
        case RET: pc = rstack[--rsp]; break;
        case INC: stack[sp - 1]++; break;
        case DEC: stack[sp - 1]--; break;
        case HALT:
            if (trace_prints) printf("\n");
            printf("[halt after %llu steps, sp=%d]\n", (unsigned long long)steps, sp);
            return sp ? stack[sp - 1] : 0;
        default: printf("bad op %lld\n", (long long)op); return -1;
        }
    }
}

int main(void)
{
    /* primes below 200 by trial division: mem0=n, mem1=d */
    static const int64_t primes[] = {
        PUSH, 2, STORE, 0,                           /* 0: n = 2 */
        LOAD, 0, PUSH, 200, LT, JZ, 52,              /* 4: while n < 200 */
        PUSH, 2, STORE, 1,                           /* 11: d = 2 */
        LOAD, 1, DUP, MUL, LOAD, 0, SWAP, LT, JNZ, 42, /* 15: if n < d*d -> prime */
        LOAD, 0, LOAD, 1, MOD, JZ, 46,               /* 25: if n % d == 0 -> not prime */
        LOAD, 1, INC, STORE, 1, JMP, 15,             /* 32: d++ */
        0, 0, 0,                                     /* 39: padding */
        LOAD, 0, PRINT,                              /* 42: print n */
        JMP, 46,                                     /* 45 */
        LOAD, 0, INC, STORE, 0, JMP, 4,              /* 47: n++ */
        HALT};
    /* Fix: address 46 must be "LOAD 0 INC STORE 0 JMP 4" */
    int64_t prog[sizeof primes / sizeof primes[0]];
    for (unsigned i = 0; i < sizeof prog / sizeof prog[0]; i++) prog[i] = primes[i];
    /* Recompute jump targets against the actual layout. */
    prog[10] = 52; prog[24] = 42; prog[31] = 47; prog[38] = 15; prog[46] = 47;
    prog[42] = LOAD; prog[43] = 0; prog[44] = PRINT; prog[45] = JMP;
    run(prog, 1);

    /* factorials 1..20 with a CALL'd multiply loop: mem0=i, mem1=acc */
    static const int64_t fact[] = {
        PUSH, 1, STORE, 0, PUSH, 1, STORE, 1,        /* 0 */
        LOAD, 0, PUSH, 21, LT, JZ, 32,               /* 8 */
        CALL, 26,                                    /* 15 */
        LOAD, 1, PRINT, LOAD, 0, INC, STORE, 0,      /* 17 */
        JMP, 8,                                      /* 25? */
        LOAD, 1, LOAD, 0, MUL, STORE, 1, RET,        /* 27.. */
        HALT};
    int64_t f2[sizeof fact / sizeof fact[0]];
    for (unsigned i = 0; i < sizeof f2 / sizeof f2[0]; i++) f2[i] = fact[i];
    /* layout: 0..7 init, 8..14 test (JZ target at 14), 15..16 CALL, 17..24 print/inc, 25..26 JMP 8,
       27..34 sub, 35 HALT */
    f2[14] = 35; f2[16] = 27;
    run(f2, 1);

    /* checksum loop: x = x*6364136223846793005 + i, 200000 iterations, xor-fold */
    static const int64_t loop[] = {
        PUSH, 0, STORE, 0, PUSH, 12345, STORE, 1,                   /* 0..7 */
        LOAD, 0, PUSH, 200000, LT, JZ, 40,                          /* 8..14 */
        LOAD, 1, PUSH, 6364136223846793005LL, MUL, LOAD, 0, ADD,    /* 15..22 */
        DUP, PUSH, 29, SHR, XOR, STORE, 1,                          /* 23..29 */
        LOAD, 0, INC, STORE, 0, JMP, 8,                             /* 30..36 */
        0, 0, 0,                                                    /* 37..39 */
        LOAD, 1, HALT};
    int64_t r = run(loop, 0);
    printf("checksum %016llx\n", (unsigned long long)r);
    return 0;
}
