/* p_noinstall.c - test plugin without recomp_plugin_install: must be refused. */
#include "recomp/plugin.h"

RECOMP_PLUGIN_DECLARE;

int not_the_entry_point(void) {
    return 0;
}
