/* getopt/getopt_long parsing of getopt_args.args; exits 0 only if all options parsed. */
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>

int main(int argc, char **argv) {
    static const struct option longs[] = {{"verbose", no_argument, NULL, 'v'},
                                          {"level", required_argument, NULL, 'l'},
                                          {"name", required_argument, NULL, 'n'},
                                          {"help", no_argument, NULL, 'h'},
                                          {NULL, 0, NULL, 0}};
    int verbose = 0, level = -1, c, idx;
    const char *name = "(none)";
    opterr = 0;
    while ((c = getopt_long(argc, argv, "vl:n:hx", longs, &idx)) != -1) {
        switch (c) {
        case 'v': verbose++; break;
        case 'l': level = atoi(optarg); break;
        case 'n': name = optarg; break;
        case 'x': printf("short x\n"); break;
        case '?': printf("unknown option (optopt=%c)\n", optopt ? optopt : '-'); break;
        default: printf("help\n"); break;
        }
    }
    printf("verbose=%d level=%d name=%s\n", verbose, level, name);
    for (int i = optind; i < argc; i++)
        printf("operand: %s\n", argv[i]);
    return level == 3 ? 0 : 1;
}
