/* guest_check.h - the ok:/FAIL: line every self-checking guest test prints per check.
 *
 *     CHECK(condition, "what was checked: %d", value);
 *
 * prints "ok: " or "FAIL: " and the message; `failures` counts the failed checks (tests end
 * with `return failures != 0;`). Shared by the tests/guest programs, which include it by a
 * relative path so that the riscv64 and the host-native builds both find it. */
#ifndef RECOMP_GUEST_CHECK_H
#define RECOMP_GUEST_CHECK_H

#include <stdio.h>

static int failures;

#define CHECK(cond, ...)                                                                           \
    do {                                                                                           \
        if (cond) {                                                                                \
            printf("ok: ");                                                                        \
        } else {                                                                                   \
            printf("FAIL: ");                                                                      \
            failures++;                                                                            \
        }                                                                                          \
        printf(__VA_ARGS__);                                                                       \
        printf("\n");                                                                              \
    } while (0)

#endif
