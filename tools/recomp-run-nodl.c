/*
 * recomp-run-nodl.c - dlopen and dlerror for the statically linked recomp-run (linked with
 * --wrap=dlopen,--wrap=dlerror, so plugin.c's calls come here). It never loads a plugin itself:
 * for --plugin, main() executes recomp-run-dyn, the same program linked dynamically, which can
 * give a plugin the runtime's symbols. A plugin load that still happens here fails with a
 * message (and the static glibc's dlopen, with its link-time warning, stays unused).
 */
#include <stddef.h>

void *__wrap_dlopen(const char *file, int mode);
char *__wrap_dlerror(void);

void *__wrap_dlopen(const char *file, int mode) {
    (void)file;
    (void)mode;
    return NULL;
}

char *__wrap_dlerror(void) {
    return (char *)"this recomp-run is linked statically and cannot load plugins "
                   "(recomp-run-dyn, next to it, can)";
}
