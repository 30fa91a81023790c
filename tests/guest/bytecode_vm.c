/* A small stack-based bytecode interpreter dispatched with a dense switch. Programs
 * are built with a tiny assembler (forward labels patched) and compute primes,
 * factorials via CALL/RET and a long checksum loop. */
#include <stdint.h>
#include <stdio.h>

enum op {
    PUSH,
    POP,
    DUP,
    SWAP,
    OVER,
    ADD,
    SUB,
    MUL,
    DIV,
    MOD,
    AND,
    OR,
    XOR,
    SHL,
    SHR,
    NEG,
    LT,
    EQ,
    JMP,
    JZ,
    JNZ,
    LOAD,
    STORE,
    PRINT,
    CALL,
    RET,
    INC,
    DEC,
    HALT
};

static int64_t code[512];
static int here;
static int fix_at[64], fix_label[64], nfix;
static int label_pos[32];

static void emit(int64_t v) {
    code[here++] = v;
}
static void emit_op(int64_t op, int64_t arg) {
    emit(op);
    emit(arg);
}
static void jump(int64_t op, int label) {
    emit(op);
    fix_at[nfix] = here;
    fix_label[nfix++] = label;
    emit(0);
}
static void label(int l) {
    label_pos[l] = here;
}
static void link_labels(void) {
    for (int i = 0; i < nfix; i++)
        code[fix_at[i]] = label_pos[fix_label[i]];
    nfix = 0;
}
static void reset(void) {
    here = 0;
    nfix = 0;
}

static int64_t run(int trace_prints) {
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
        case DUP:
            stack[sp] = stack[sp - 1];
            sp++;
            break;
        case SWAP:
            a = stack[sp - 1];
            stack[sp - 1] = stack[sp - 2];
            stack[sp - 2] = a;
            break;
        case OVER:
            stack[sp] = stack[sp - 2];
            sp++;
            break;
        case ADD:
            b = stack[--sp];
            stack[sp - 1] = (int64_t)((uint64_t)stack[sp - 1] + (uint64_t)b);
            break;
        case SUB:
            b = stack[--sp];
            stack[sp - 1] = (int64_t)((uint64_t)stack[sp - 1] - (uint64_t)b);
            break;
        case MUL:
            b = stack[--sp];
            stack[sp - 1] = (int64_t)((uint64_t)stack[sp - 1] * (uint64_t)b);
            break;
        case DIV:
            b = stack[--sp];
            stack[sp - 1] = b ? stack[sp - 1] / b : 0;
            break;
        case MOD:
            b = stack[--sp];
            stack[sp - 1] = b ? stack[sp - 1] % b : 0;
            break;
        case AND:
            b = stack[--sp];
            stack[sp - 1] &= b;
            break;
        case OR:
            b = stack[--sp];
            stack[sp - 1] |= b;
            break;
        case XOR:
            b = stack[--sp];
            stack[sp - 1] ^= b;
            break;
        case SHL:
            b = stack[--sp];
            stack[sp - 1] = (int64_t)((uint64_t)stack[sp - 1] << (b & 63));
            break;
        case SHR:
            b = stack[--sp];
            stack[sp - 1] = (int64_t)((uint64_t)stack[sp - 1] >> (b & 63));
            break;
        case NEG: stack[sp - 1] = (int64_t)(0 - (uint64_t)stack[sp - 1]); break;
        case LT:
            b = stack[--sp];
            stack[sp - 1] = stack[sp - 1] < b;
            break;
        case EQ:
            b = stack[--sp];
            stack[sp - 1] = stack[sp - 1] == b;
            break;
        case JMP: pc = (int)code[pc]; break;
        case JZ:
            a = stack[--sp];
            pc = a ? pc + 1 : (int)code[pc];
            break;
        case JNZ:
            a = stack[--sp];
            pc = a ? (int)code[pc] : pc + 1;
            break;
        case LOAD: stack[sp++] = mem[code[pc++]]; break;
        case STORE: mem[code[pc++]] = stack[--sp]; break;
        case PRINT:
            a = stack[--sp];
            if (trace_prints) printf("%lld ", (long long)a);
            break;
        case CALL:
            rstack[rsp++] = pc + 1;
            pc = (int)code[pc];
            break;
        case RET: pc = rstack[--rsp]; break;
        case INC: stack[sp - 1]++; break;
        case DEC: stack[sp - 1]--; break;
        case HALT:
            if (trace_prints) printf("\n");
            printf("[halt after %llu steps, sp=%d]\n", (unsigned long long)steps, sp);
            return sp ? stack[sp - 1] : 0;
        default: printf("bad op %lld at %d\n", (long long)op, pc - 1); return -1;
        }
    }
}

int main(void) {
    /* primes below 300 by trial division: mem0 = n, mem1 = d */
    enum { TOP, DLOOP, PRIME, NEXTN, DONE };
    reset();
    emit_op(PUSH, 2);
    emit_op(STORE, 0);
    label(TOP);
    emit_op(LOAD, 0);
    emit_op(PUSH, 300);
    emit(LT);
    jump(JZ, DONE);
    emit_op(PUSH, 2);
    emit_op(STORE, 1);
    label(DLOOP);
    emit_op(LOAD, 0);
    emit_op(LOAD, 1);
    emit(DUP);
    emit(MUL);
    emit(LT);
    jump(JNZ, PRIME);
    emit_op(LOAD, 0);
    emit_op(LOAD, 1);
    emit(MOD);
    jump(JZ, NEXTN);
    emit_op(LOAD, 1);
    emit(INC);
    emit_op(STORE, 1);
    jump(JMP, DLOOP);
    label(PRIME);
    emit_op(LOAD, 0);
    emit(PRINT);
    label(NEXTN);
    emit_op(LOAD, 0);
    emit(INC);
    emit_op(STORE, 0);
    jump(JMP, TOP);
    label(DONE);
    emit(HALT);
    link_labels();
    run(1);

    /* factorials 1..20 using a subroutine: mem0 = i, mem1 = acc */
    enum { FTOP, FSUB, FDONE };
    reset();
    emit_op(PUSH, 1);
    emit_op(STORE, 0);
    emit_op(PUSH, 1);
    emit_op(STORE, 1);
    label(FTOP);
    emit_op(LOAD, 0);
    emit_op(PUSH, 21);
    emit(LT);
    jump(JZ, FDONE);
    jump(CALL, FSUB);
    emit_op(LOAD, 1);
    emit(PRINT);
    emit_op(LOAD, 0);
    emit(INC);
    emit_op(STORE, 0);
    jump(JMP, FTOP);
    label(FSUB);
    emit_op(LOAD, 1);
    emit_op(LOAD, 0);
    emit(MUL);
    emit_op(STORE, 1);
    emit(RET);
    label(FDONE);
    emit_op(PUSH, -7);
    emit_op(PUSH, 3);
    emit(OVER);
    emit(OVER);
    emit(DIV);
    emit(PRINT);
    emit(MOD);
    emit(PRINT);
    emit_op(PUSH, 1);
    emit_op(PUSH, 63);
    emit(SHL);
    emit(DUP);
    emit(PRINT);
    emit(NEG);
    emit(PRINT);
    emit_op(PUSH, 0xf0);
    emit_op(PUSH, 0x3c);
    emit(SWAP);
    emit(OR);
    emit_op(PUSH, 0x0f);
    emit(AND);
    emit(PRINT);
    emit_op(PUSH, 5);
    emit_op(PUSH, 5);
    emit(EQ);
    emit(DEC);
    emit(PRINT);
    emit_op(PUSH, 9);
    emit(POP);
    emit(HALT);
    link_labels();
    run(1);

    /* checksum: x = (x * 6364136223846793005 + i) ^ (x >> 29), 100000 iterations */
    enum { CTOP, CDONE };
    reset();
    emit_op(PUSH, 0);
    emit_op(STORE, 0);
    emit_op(PUSH, 12345);
    emit_op(STORE, 1);
    label(CTOP);
    emit_op(LOAD, 0);
    emit_op(PUSH, 100000);
    emit(LT);
    jump(JZ, CDONE);
    emit_op(LOAD, 1);
    emit_op(PUSH, 6364136223846793005LL);
    emit(MUL);
    emit_op(LOAD, 0);
    emit(ADD);
    emit(DUP);
    emit_op(PUSH, 29);
    emit(SHR);
    emit(XOR);
    emit_op(STORE, 1);
    emit_op(LOAD, 0);
    emit(INC);
    emit_op(STORE, 0);
    jump(JMP, CTOP);
    label(CDONE);
    emit_op(LOAD, 1);
    emit(HALT);
    link_labels();
    int64_t r = run(0);
    printf("checksum %016llx\n", (unsigned long long)r);
    return 0;
}
