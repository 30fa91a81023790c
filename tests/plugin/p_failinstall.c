/* p_failinstall.c - test plugin whose install function fails: recomp-run must exit with 1. */
#include "recomp/plugin.h"

RECOMP_PLUGIN_DECLARE;

RECOMP_PLUGIN_EXPORT int recomp_plugin_install(recomp_plugin_id id, int argc, char **argv) {
    (void)id;
    (void)argc;
    (void)argv;
    return 7;
}
