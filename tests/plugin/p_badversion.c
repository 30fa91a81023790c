/* p_badversion.c - test plugin built for another API version: must be refused. */
#include "recomp/plugin.h"

RECOMP_PLUGIN_EXPORT extern const int recomp_plugin_version;
const int recomp_plugin_version = RECOMP_PLUGIN_VERSION + 41;

RECOMP_PLUGIN_EXPORT int recomp_plugin_install(recomp_plugin_id id, int argc, char **argv) {
    (void)id;
    (void)argc;
    (void)argv;
    return 0;
}
