/* p_noversion.c - test plugin that does not declare its API version: must be refused. */
#include "recomp/plugin.h"

RECOMP_PLUGIN_EXPORT int recomp_plugin_install(recomp_plugin_id id, int argc, char **argv) {
    (void)id;
    (void)argc;
    (void)argv;
    return 0;
}
