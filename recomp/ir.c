/*
 * ir.c - IR tables derived from IR_OPS, builders, constant evaluation, text dump and parser.
 *
 * The builders never fail: when a unit runs out of instruction or temp space they set
 * u->overflow and return temp 0; the lifter checks overflow after each guest instruction and
 * ends the unit before the instruction that did not fit.
 */
#include "ir.h"

#include <ctype.h>
#include <inttypes.h>
#include <stdlib.h>
#include <string.h>

#include "rv64_decode.h"

const char *const ir_op_name[IR_OP_COUNT] = {
#define IR_NAME(name, nops, flags) #name,
    IR_OPS(IR_NAME)
#undef IR_NAME
};
const uint8_t ir_op_nops[IR_OP_COUNT] = {
#define IR_NOPS(name, nops, flags) nops,
    IR_OPS(IR_NOPS)
#undef IR_NOPS
};
const uint8_t ir_op_flags[IR_OP_COUNT] = {
#define IR_FLAGS(name, nops, flags) flags,
    IR_OPS(IR_FLAGS)
#undef IR_FLAGS
};
const char *const ir_cond_name[] = {"eq", "ne", "lt", "ge", "ltu", "geu"};

void ir_init(ir_unit *u, uint64_t guest_pc) {
    u->guest_pc = guest_pc;
    u->guest_end = guest_pc;
    u->n_guest = 0;
    u->n = 0;
    u->ntemps = 1;
    u->overflow = false;
    u->pic = false;
}

static ir_insn *ir_append(ir_unit *u) {
    if (u->n >= IR_MAX_INSNS || u->ntemps >= IR_MAX_TEMPS) {
        u->overflow = true;
        return NULL;
    }
    ir_insn *in = &u->insn[u->n++];
    memset(in, 0, sizeof *in);
    return in;
}

ir_temp ir_emit(ir_unit *u, ir_op op, uint8_t size, ir_temp a, ir_temp b, int64_t imm) {
    ir_insn *in = ir_append(u);
    if (!in) return 0;
    in->op = op;
    in->size = size;
    in->a = a;
    in->b = b;
    in->imm = imm;
    if (ir_op_flags[op] & IRF_DEF) in->dst = (ir_temp)u->ntemps++;
    return in->dst;
}

ir_temp ir_const(ir_unit *u, int64_t value) {
    return ir_emit(u, IR_CONST, 8, 0, 0, value);
}

ir_temp ir_get(ir_unit *u, int reg) {
    if (reg == 0) return ir_const(u, 0);
    return ir_emit(u, IR_GET, 8, 0, 0, reg);
}

void ir_set(ir_unit *u, int reg, ir_temp value) {
    if (reg == 0) return; /* writes to x0 are discarded */
    ir_emit(u, IR_SET, 8, value, 0, reg);
}

ir_temp ir_load(ir_unit *u, int size, bool sign, ir_temp addr, int64_t offset) {
    ir_temp t = ir_emit(u, IR_LOAD, (uint8_t)size, addr, 0, offset);
    if (t && sign) u->insn[u->n - 1].flags |= IR_SIGNED;
    return t;
}

void ir_store(ir_unit *u, int size, ir_temp addr, int64_t offset, ir_temp value) {
    ir_emit(u, IR_STORE, (uint8_t)size, addr, value, offset);
}

ir_temp ir_setcc(ir_unit *u, ir_cond cond, ir_temp a, ir_temp b) {
    ir_temp t = ir_emit(u, IR_SETCC, 8, a, b, 0);
    if (t) u->insn[u->n - 1].cond = (uint8_t)cond;
    return t;
}

void ir_brcond(ir_unit *u, ir_cond cond, ir_temp a, ir_temp b, uint64_t target) {
    uint32_t n = u->n;
    ir_emit(u, IR_BRCOND, 8, a, b, (int64_t)target);
    if (u->n > n) u->insn[n].cond = (uint8_t)cond;
}

ir_temp ir_call(ir_unit *u, int helper, uint8_t flags, ir_temp a, ir_temp b, ir_temp c) {
    ir_insn *in = ir_append(u);
    if (!in) return 0;
    in->op = IR_CALL;
    in->size = 8;
    in->flags = flags;
    in->a = a;
    in->b = b;
    in->c = c;
    in->imm = helper;
    if (flags & IR_CALL_RET) in->dst = (ir_temp)u->ntemps++;
    return in->dst;
}

void ir_exit_jump(ir_unit *u, uint64_t target) {
    ir_emit(u, IR_EXIT_JUMP, 8, 0, 0, (int64_t)target);
}
void ir_exit_indirect(ir_unit *u, ir_temp target) {
    ir_emit(u, IR_EXIT_INDIRECT, 8, target, 0, 0);
}
void ir_exit_special(ir_unit *u, int reason, uint64_t pc) {
    ir_emit(u, IR_EXIT_SPECIAL, (uint8_t)reason, 0, 0, (int64_t)pc);
}

void ir_sb_op(ir_unit *u, ir_op op, uint32_t slot, ir_temp value) {
    ir_emit(u, op, 8, value, 0, slot);
}

void ir_sb_call_if(ir_unit *u, ir_cond cond, uint32_t slot, ir_temp value, ir_temp arg,
                   uint8_t flags) {
    uint32_t n = u->n;
    ir_emit(u, IR_SB_CALL_IF, 8, value, arg, slot);
    if (u->n > n) {
        u->insn[n].cond = (uint8_t)cond;
        u->insn[n].flags = flags;
    }
}

ir_temp ir_fp(ir_unit *u, int op, int rm, ir_temp a, ir_temp b, ir_temp c) {
    uint32_t n = u->n;
    ir_temp t = ir_emit(u, IR_FP, 8, a, b, (int64_t)((uint32_t)op | (uint32_t)(rm & 7) << 16));
    if (u->n > n) u->insn[n].c = c;
    return t;
}

/* -- Constant evaluation ------------------------------------------------------------------ */

static uint64_t sext32(uint64_t v) {
    return (uint64_t)(int64_t)(int32_t)(uint32_t)v;
}

static uint64_t mulh_u(uint64_t a, uint64_t b) {
    return (uint64_t)(((unsigned __int128)a * b) >> 64);
}
static uint64_t mulh_s(int64_t a, int64_t b) {
    return (uint64_t)(((__int128)a * b) >> 64);
}
static uint64_t mulh_su(int64_t a, uint64_t b) {
    return (uint64_t)(((__int128)a * (__int128)(unsigned __int128)b) >> 64);
}

/* RISC-V division semantics, at 32 or 64 bits (32-bit results sign-extended). */
static uint64_t div_eval(ir_op op, int size, uint64_t a, uint64_t b) {
    if (size == 4) {
        int32_t sa = (int32_t)a, sb = (int32_t)b;
        uint32_t ua = (uint32_t)a, ub = (uint32_t)b;
        switch (op) {
        case IR_DIV:
            return sext32(sb == 0                         ? UINT32_MAX
                          : (sa == INT32_MIN && sb == -1) ? (uint32_t)sa
                                                          : (uint32_t)(sa / sb));
        case IR_DIVU: return sext32(ub == 0 ? UINT32_MAX : ua / ub);
        case IR_REM:
            return sext32(sb == 0                         ? (uint32_t)sa
                          : (sa == INT32_MIN && sb == -1) ? 0
                                                          : (uint32_t)(sa % sb));
        case IR_REMU: return sext32(ub == 0 ? ua : ua % ub);
        default: return 0;
        }
    }
    int64_t sa = (int64_t)a, sb = (int64_t)b;
    switch (op) {
    case IR_DIV:
        return b == 0 ? UINT64_MAX : (sa == INT64_MIN && sb == -1) ? a : (uint64_t)(sa / sb);
    case IR_DIVU: return b == 0 ? UINT64_MAX : a / b;
    case IR_REM: return b == 0 ? a : (sa == INT64_MIN && sb == -1) ? 0 : (uint64_t)(sa % sb);
    case IR_REMU: return b == 0 ? a : a % b;
    default: return 0;
    }
}

static bool cond_eval(ir_cond c, uint64_t a, uint64_t b) {
    switch (c) {
    case IR_EQ: return a == b;
    case IR_NE: return a != b;
    case IR_LT: return (int64_t)a < (int64_t)b;
    case IR_GE: return (int64_t)a >= (int64_t)b;
    case IR_LTU: return a < b;
    case IR_GEU: return a >= b;
    }
    return false;
}

bool ir_eval(const ir_insn *in, uint64_t a, uint64_t b, uint64_t *out) {
    int size = in->size == 4 ? 4 : 8;
    unsigned mask = size * 8 - 1;
    unsigned sh = (unsigned)(b & mask);
    uint64_t r;
    switch ((ir_op)in->op) {
    case IR_ADD: r = a + b; break;
    case IR_SUB: r = a - b; break;
    case IR_AND: r = a & b; break;
    case IR_OR: r = a | b; break;
    case IR_XOR: r = a ^ b; break;
    case IR_ANDN: r = a & ~b; break;
    case IR_SHL: r = a << sh; break;
    case IR_SHR: r = (size == 4 ? (uint32_t)a : a) >> sh; break;
    case IR_SAR: r = size == 4 ? (uint64_t)((int32_t)a >> sh) : (uint64_t)((int64_t)a >> sh); break;
    case IR_ROL:
        if (size == 4)
            r = sh ? (uint32_t)((uint32_t)a << sh | (uint32_t)a >> (32 - sh)) : (uint32_t)a;
        else
            r = sh ? (a << sh | a >> (64 - sh)) : a;
        break;
    case IR_ROR:
        if (size == 4)
            r = sh ? (uint32_t)((uint32_t)a >> sh | (uint32_t)a << (32 - sh)) : (uint32_t)a;
        else
            r = sh ? (a >> sh | a << (64 - sh)) : a;
        break;
    case IR_MUL: r = a * b; break;
    case IR_MULH: r = mulh_s((int64_t)a, (int64_t)b); break;
    case IR_MULHU: r = mulh_u(a, b); break;
    case IR_MULHSU: r = mulh_su((int64_t)a, b); break;
    case IR_DIV:
    case IR_DIVU:
    case IR_REM:
    case IR_REMU: *out = div_eval((ir_op)in->op, size, a, b); return true;
    case IR_MIN: r = (int64_t)a < (int64_t)b ? a : b; break;
    case IR_MAX: r = (int64_t)a > (int64_t)b ? a : b; break;
    case IR_MINU: r = a < b ? a : b; break;
    case IR_MAXU: r = a > b ? a : b; break;
    case IR_SETCC: *out = cond_eval((ir_cond)in->cond, a, b); return true;
    case IR_NOT: r = ~a; break;
    case IR_NEG: r = -a; break;
    case IR_SEXT:
        *out = in->imm == 1 ? (uint64_t)(int8_t)a : in->imm == 2 ? (uint64_t)(int16_t)a : sext32(a);
        return true;
    case IR_ZEXT:
        *out = in->imm == 1 ? (uint8_t)a : in->imm == 2 ? (uint16_t)a : (uint32_t)a;
        return true;
    case IR_CLZ:
        if (size == 4)
            r = (uint32_t)a ? (uint64_t)__builtin_clz((uint32_t)a) : 32;
        else
            r = a ? (uint64_t)__builtin_clzll(a) : 64;
        *out = r;
        return true;
    case IR_CTZ:
        if (size == 4)
            r = (uint32_t)a ? (uint64_t)__builtin_ctz((uint32_t)a) : 32;
        else
            r = a ? (uint64_t)__builtin_ctzll(a) : 64;
        *out = r;
        return true;
    case IR_CPOP: *out = (uint64_t)__builtin_popcountll(size == 4 ? (uint32_t)a : a); return true;
    case IR_BSWAP: *out = __builtin_bswap64(a); return true;
    default: return false;
    }
    /* 32-bit ops: result is the low 32 bits sign-extended (RISC-V W semantics). ANDN, MIN/MAX,
     * MULH* and NOT exist only at 64 bits (RISC-V has no W forms of them): size is ignored. */
    switch ((ir_op)in->op) {
    case IR_ANDN:
    case IR_MIN:
    case IR_MAX:
    case IR_MINU:
    case IR_MAXU:
    case IR_MULH:
    case IR_MULHU:
    case IR_MULHSU:
    case IR_NOT: *out = r; return true;
    default: break;
    }
    *out = size == 4 ? sext32(r) : r;
    return true;
}

/* -- Text dump ----------------------------------------------------------------------------- */

static void dump_reg(FILE *out, int64_t reg) {
    if (reg >= 32)
        fprintf(out, "f%d", (int)(reg - 32));
    else
        fprintf(out, "x%d", (int)reg);
}

void ir_dump(const ir_unit *u, FILE *out, ir_insn_printer disasm, void *ctx) {
    for (uint32_t i = 0; i < u->n; i++) {
        const ir_insn *in = &u->insn[i];
        ir_op op = (ir_op)in->op;
        if (op == IR_NOP) continue;
        if (op == IR_INSN_START) {
            fprintf(out, "---- 0x%" PRIx64, (uint64_t)in->imm);
            if (disasm) {
                fputc(' ', out);
                disasm(out, (uint64_t)in->imm, ctx);
            }
            fputc('\n', out);
            continue;
        }
        fputs("  ", out);
        if (in->dst) fprintf(out, "t%u = ", in->dst);
        char name[32];
        size_t k;
        for (k = 0; ir_op_name[op][k] && k < sizeof name - 1; k++)
            name[k] = (char)tolower((unsigned char)ir_op_name[op][k]);
        name[k] = 0;
        fputs(name, out);
        switch (op) {
        case IR_CONST:
            fprintf(out, " #0x%" PRIx64 "%s", (uint64_t)in->imm,
                    in->flags & IR_PCREL ? " pcrel" : "");
            break;
        case IR_GET:
            fputc(' ', out);
            dump_reg(out, in->imm);
            break;
        case IR_SET:
            fputc(' ', out);
            dump_reg(out, in->imm);
            fprintf(out, ", t%u", in->a);
            break;
        case IR_LOAD:
            fprintf(out, ".%d%s t%u, #%" PRId64, in->size, in->flags & IR_SIGNED ? "s" : "", in->a,
                    in->imm);
            break;
        case IR_STORE:
            fprintf(out, ".%d t%u, #%" PRId64 ", t%u", in->size, in->a, in->imm, in->b);
            break;
        case IR_SETCC: fprintf(out, ".%s t%u, t%u", ir_cond_name[in->cond], in->a, in->b); break;
        case IR_BRCOND:
            fprintf(out, ".%s t%u, t%u, #0x%" PRIx64, ir_cond_name[in->cond], in->a, in->b,
                    (uint64_t)in->imm);
            break;
        case IR_CALL:
            fprintf(out, " #%" PRId64 ", t%u, t%u, t%u, flags 0x%x", in->imm, in->a, in->b, in->c,
                    in->flags);
            break;
        case IR_EXIT_JUMP:
        case IR_LABEL: fprintf(out, " #0x%" PRIx64, (uint64_t)in->imm); break;
        case IR_EXIT_INDIRECT: fprintf(out, " t%u", in->a); break;
        case IR_EXIT_SPECIAL: fprintf(out, " %d, #0x%" PRIx64, in->size, (uint64_t)in->imm); break;
        case IR_AMO:
            fprintf(out, ".%d #%" PRId64 ", t%u, t%u%s", in->size, in->imm, in->a, in->b,
                    in->flags & IR_ACQUIRE ? " aq" : "");
            break;
        case IR_SEXT:
        case IR_ZEXT: fprintf(out, " t%u, #%" PRId64, in->a, in->imm); break;
        case IR_SB_ADD:
        case IR_SB_STORE: fprintf(out, " #%" PRId64 ", t%u", in->imm, in->a); break;
        case IR_FP:
            fprintf(out, " %s, rm %d, t%u, t%u, t%u", rv64_op_name((int)(in->imm & 0xffff)),
                    (int)(in->imm >> 16) & 15, in->a, in->b, in->c);
            break;
        case IR_SB_CALL_IF:
            fprintf(out, ".%s #%" PRId64 ", t%u, t%u, flags 0x%x", ir_cond_name[in->cond], in->imm,
                    in->a, in->b, in->flags);
            break;
        default:
            fprintf(out, ".%d%s", in->size, in->flags & IR_LOW32 ? ".lo" : "");
            if (ir_op_nops[op] >= 1) fprintf(out, " t%u", in->a);
            if (ir_op_nops[op] >= 2) fprintf(out, ", t%u", in->b);
            break;
        }
        fputc('\n', out);
    }
}

/* -- Parser for the text form -------------------------------------------------------------- */

static const char *skip_ws(const char *s) {
    while (*s == ' ' || *s == '\t' || *s == ',')
        s++;
    return s;
}

static bool parse_temp(const char **s, ir_temp *t) {
    const char *p = skip_ws(*s);
    if (*p != 't') return false;
    char *end;
    unsigned long v = strtoul(p + 1, &end, 10);
    if (end == p + 1 || v >= IR_MAX_TEMPS) return false;
    *t = (ir_temp)v;
    *s = end;
    return true;
}

static bool parse_imm(const char **s, int64_t *v) {
    const char *p = skip_ws(*s);
    if (*p != '#') return false;
    char *end;
    *v = (int64_t)strtoull(p + 1, &end, 0);
    if (p[1] == '-') *v = strtoll(p + 1, &end, 0);
    if (end == p + 1) return false;
    *s = end;
    return true;
}

static bool parse_reg(const char **s, int64_t *reg) {
    const char *p = skip_ws(*s);
    if (*p != 'x' && *p != 'f') return false;
    char *end;
    long v = strtol(p + 1, &end, 10);
    if (end == p + 1 || v < 0 || v > 31) return false;
    *reg = v + (*p == 'f' ? 32 : 0);
    *s = end;
    return true;
}

int ir_parse(ir_unit *u, const char *text, char *err, size_t errlen) {
    ir_init(u, 0);
    int lineno = 0;
    bool first_pc = true;
    while (*text) {
        const char *eol = strchr(text, '\n');
        size_t len = eol ? (size_t)(eol - text) : strlen(text);
        char line[256];
        if (len >= sizeof line) len = sizeof line - 1;
        memcpy(line, text, len);
        line[len] = 0;
        text += len + (eol ? 1 : 0);
        lineno++;
        const char *s = skip_ws(line);
        if (!*s || *s == ';') continue;
        if (u->n >= IR_MAX_INSNS) goto bad;
        ir_insn in = {0};
        in.size = 8;
        if (!strncmp(s, "----", 4)) {
            in.op = IR_INSN_START;
            in.imm = (int64_t)strtoull(s + 4, NULL, 0);
            in.size = 4;
            if (first_pc) u->guest_pc = (uint64_t)in.imm;
            first_pc = false;
            u->insn[u->n++] = in;
            continue;
        }
        if (*s == 't' && isdigit((unsigned char)s[1])) {
            if (!parse_temp(&s, &in.dst)) goto bad;
            s = skip_ws(s);
            if (*s != '=') goto bad;
            s = skip_ws(s + 1);
        }
        char name[32];
        size_t k = 0;
        while ((isalnum((unsigned char)*s) || *s == '_') && k < sizeof name - 1)
            name[k++] = (char)toupper((unsigned char)*s++);
        name[k] = 0;
        int op = -1;
        for (int i = 0; i < IR_OP_COUNT; i++)
            if (!strcmp(name, ir_op_name[i])) op = i;
        if (op < 0) goto bad;
        in.op = (uint8_t)op;
        char suffix[8] = "";
        bool lo = false; /* a second suffix ".lo": IR_LOW32 (ALU ops) */
        if (*s == '.') {
            s++;
            k = 0;
            while (isalnum((unsigned char)*s) && k < sizeof suffix - 1)
                suffix[k++] = *s++;
            suffix[k] = 0;
            if (!strncmp(s, ".lo", 3) && !isalnum((unsigned char)s[3])) {
                lo = true;
                s += 3;
            }
        }
        switch ((ir_op)op) {
        case IR_CONST:
            if (!parse_imm(&s, &in.imm)) goto bad;
            if (strstr(s, "pcrel")) in.flags |= IR_PCREL;
            break;
        case IR_GET:
            if (!parse_reg(&s, &in.imm)) goto bad;
            break;
        case IR_SET:
            if (!parse_reg(&s, &in.imm) || !parse_temp(&s, &in.a)) goto bad;
            break;
        case IR_LOAD:
            in.size = (uint8_t)atoi(suffix);
            if (strchr(suffix, 's')) in.flags |= IR_SIGNED;
            if (!parse_temp(&s, &in.a) || !parse_imm(&s, &in.imm)) goto bad;
            break;
        case IR_STORE:
            in.size = (uint8_t)atoi(suffix);
            if (!parse_temp(&s, &in.a) || !parse_imm(&s, &in.imm) || !parse_temp(&s, &in.b))
                goto bad;
            break;
        case IR_SETCC:
        case IR_BRCOND: {
            int c = -1;
            for (int i = 0; i < 6; i++)
                if (!strcmp(suffix, ir_cond_name[i])) c = i;
            if (c < 0 || !parse_temp(&s, &in.a) || !parse_temp(&s, &in.b)) goto bad;
            in.cond = (uint8_t)c;
            if (op == IR_BRCOND && !parse_imm(&s, &in.imm)) goto bad;
            break;
        }
        case IR_SB_ADD:
        case IR_SB_STORE:
            if (!parse_imm(&s, &in.imm) || !parse_temp(&s, &in.a)) goto bad;
            break;
        case IR_SB_CALL_IF: {
            int c = -1;
            for (int i = 0; i < 6; i++)
                if (!strcmp(suffix, ir_cond_name[i])) c = i;
            if (c < 0 || !parse_imm(&s, &in.imm) || !parse_temp(&s, &in.a) ||
                !parse_temp(&s, &in.b))
                goto bad;
            in.cond = (uint8_t)c;
            const char *f = strstr(s, "flags");
            if (f) in.flags = (uint8_t)strtoul(f + 5, NULL, 0);
            break;
        }
        case IR_FP: {
            s = skip_ws(s);
            char fname[32];
            k = 0;
            while ((isalnum((unsigned char)*s) || *s == '.' || *s == '_') && k < sizeof fname - 1)
                fname[k++] = *s++;
            fname[k] = 0;
            int fop = -1;
            for (int i = 1; i < RV64_OP_COUNT && fop < 0; i++)
                if (!strcmp(fname, rv64_op_name(i))) fop = i;
            s = skip_ws(s);
            if (fop < 0 || strncmp(s, "rm", 2)) goto bad;
            long rm = strtol(s + 2, (char **)&s, 10);
            if (rm < 0 || rm > 15 || !parse_temp(&s, &in.a) || !parse_temp(&s, &in.b) ||
                !parse_temp(&s, &in.c))
                goto bad;
            in.imm = (int64_t)((uint32_t)fop | (uint32_t)rm << 16);
            break;
        }
        case IR_EXIT_JUMP:
        case IR_LABEL:
            if (!parse_imm(&s, &in.imm)) goto bad;
            break;
        case IR_EXIT_SPECIAL: {
            s = skip_ws(s);
            in.size = (uint8_t)strtol(s, (char **)&s, 10);
            if (!parse_imm(&s, &in.imm)) goto bad;
            break;
        }
        case IR_AMO:
            in.size = (uint8_t)atoi(suffix);
            if (!parse_imm(&s, &in.imm) || !parse_temp(&s, &in.a) || !parse_temp(&s, &in.b))
                goto bad;
            if (!strncmp(skip_ws(s), "aq", 2)) in.flags |= IR_ACQUIRE;
            break;
        case IR_SEXT:
        case IR_ZEXT:
            if (!parse_temp(&s, &in.a) || !parse_imm(&s, &in.imm)) goto bad;
            break;
        case IR_CALL: {
            if (!parse_imm(&s, &in.imm) || !parse_temp(&s, &in.a) || !parse_temp(&s, &in.b) ||
                !parse_temp(&s, &in.c))
                goto bad;
            const char *f = strstr(s, "flags");
            if (f) in.flags = (uint8_t)strtoul(f + 5, NULL, 0);
            break;
        }
        default:
            if (suffix[0]) in.size = (uint8_t)atoi(suffix);
            if (lo) {
                in.flags |= IR_LOW32;
                lo = false;
            }
            if (ir_op_nops[op] >= 1 && !parse_temp(&s, &in.a)) goto bad;
            if (ir_op_nops[op] >= 2 && !parse_temp(&s, &in.b)) goto bad;
            break;
        }
        if (lo) goto bad; /* .lo on an op that has no such flag */
        if (in.dst >= u->ntemps) u->ntemps = in.dst + 1u;
        if (in.dst && !(ir_op_flags[op] & IRF_DEF) && !(op == IR_CALL)) goto bad;
        if (op == IR_CALL && in.dst) in.flags |= IR_CALL_RET;
        u->insn[u->n++] = in;
        continue;
    bad:
        snprintf(err, errlen, "line %d: cannot parse '%s'", lineno, line);
        return -1;
    }
    return 0;
}
