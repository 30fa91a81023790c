/*
 * hostfn.c - names of the C library routines run as host code (see hostfn.h).
 */
#include "hostfn.h"

#include <string.h>

static const char *const names[HOSTFN_COUNT] = {
#define HOSTFN_NAME(id, name) [HOSTFN_##id] = name,
    HOSTFN_LIST(HOSTFN_NAME)
#undef HOSTFN_NAME
};

/* Other names glibc gives the same code, reserved to the implementation (a leading "__").
 * index, rindex and bcmp are not: a program may define functions of its own by those names;
 * glibc's are recognized through the canonical name at the same address. */
static const struct {
    const char *name;
    int id;
} aliases[] = {
    {"__memcmpeq", HOSTFN_MEMCMP},     {"__memchr", HOSTFN_MEMCHR},
    {"__rawmemchr", HOSTFN_RAWMEMCHR}, {"__memrchr", HOSTFN_MEMRCHR},
    {"__strnlen", HOSTFN_STRNLEN},     {"__stpcpy", HOSTFN_STPCPY},
    {"__mempcpy", HOSTFN_MEMPCPY},     {"__strchrnul", HOSTFN_STRCHRNUL},
    {"__floor", HOSTFN_FLOOR},         {"__ceil", HOSTFN_CEIL},
    {"__trunc", HOSTFN_TRUNC},
};

int hostfn_by_name(const char *name) {
    if (!name) return HOSTFN_NONE;
    /* every name starts with one of these letters or "__": most symbols stop here
     * (runtime/hostfn.c asks for every function symbol of every file at start-up) */
    if (!strchr("msrfct", name[0]) && (name[0] != '_' || name[1] != '_')) return HOSTFN_NONE;
    for (int i = 1; i < HOSTFN_COUNT; i++)
        if (!strcmp(name, names[i])) return i;
    for (size_t i = 0; i < sizeof aliases / sizeof aliases[0]; i++)
        if (!strcmp(name, aliases[i].name)) return aliases[i].id;
    return HOSTFN_NONE;
}

const char *hostfn_name(int id) {
    return id > 0 && id < HOSTFN_COUNT ? names[id] : "?";
}
