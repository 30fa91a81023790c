/*
 * hostfn.h - C library routines the runtime runs as host code (docs/hostfn.md).
 *
 * When the entry of a recognized routine (by its symbol name: memcpy, strlen, strchr, ...) starts
 * a translation unit, the lifter puts a call of helpers[HELPER_HOSTFN](cpu, id) in front of the
 * guest code. The helper either does the whole call on the host (a0.. in, a0 out) and the unit
 * returns to ra, or declines (0) and the guest's own code runs: when the routine is disabled,
 * when the arguments are outside the guest space, when source and destination overlap where the
 * C standard leaves the result undefined, or when a host access faults (the guest code then
 * faults at the exact instruction and address the program would see).
 */
#ifndef RECOMP_HOSTFN_H
#define RECOMP_HOSTFN_H

#define HOSTFN_LIST(_)                                                                             \
    _(MEMCPY, "memcpy")                                                                            \
    _(MEMPCPY, "mempcpy")                                                                          \
    _(MEMMOVE, "memmove")                                                                          \
    _(MEMSET, "memset")                                                                            \
    _(MEMCMP, "memcmp")                                                                            \
    _(MEMCHR, "memchr")                                                                            \
    _(MEMRCHR, "memrchr")                                                                          \
    _(RAWMEMCHR, "rawmemchr")                                                                      \
    _(STRLEN, "strlen")                                                                            \
    _(STRNLEN, "strnlen")                                                                          \
    _(STRCHR, "strchr")                                                                            \
    _(STRCHRNUL, "strchrnul")                                                                      \
    _(STRRCHR, "strrchr")                                                                          \
    _(STRCMP, "strcmp")                                                                            \
    _(STRNCMP, "strncmp")                                                                          \
    _(STRCPY, "strcpy")                                                                            \
    _(STPCPY, "stpcpy")                                                                            \
    _(STRCAT, "strcat")                                                                            \
    _(STRSTR, "strstr")                                                                            \
    _(STRSPN, "strspn")                                                                            \
    _(STRCSPN, "strcspn")                                                                          \
    _(STRPBRK, "strpbrk")                                                                          \
    _(FLOOR, "floor")                                                                              \
    _(CEIL, "ceil")                                                                                \
    _(TRUNC, "trunc")

enum hostfn_id {
    HOSTFN_NONE = 0, /* 0 is never a routine: the helper's "declined" */
#define HOSTFN_ENUM(id, name) HOSTFN_##id,
    HOSTFN_LIST(HOSTFN_ENUM)
#undef HOSTFN_ENUM
        HOSTFN_COUNT
};

/* floor, ceil, trunc: exact libm functions (no rounding: the result is the mathematical one),
 * argument and result in fa0 (f10); the others take a0.. and return a0. */
static inline int hostfn_is_fp(int id) {
    return id == HOSTFN_FLOOR || id == HOSTFN_CEIL || id == HOSTFN_TRUNC;
}

/* The routine a function symbol of this name is (reserved aliases included: __memcmpeq is
 * memcmp, __stpcpy is stpcpy, ...; not index, rindex or bcmp, which programs may define), or
 * HOSTFN_NONE. */
int hostfn_by_name(const char *name);

/* The routine's name ("memcpy"), or "?" */
const char *hostfn_name(int id);

#endif
