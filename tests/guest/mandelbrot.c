/* Mandelbrot set in 16.16 fixed point (integer only, so -O0 and -O2 agree exactly)
 * rendered as ASCII, plus a double-precision escape count total. */
#pragma GCC optimize("fp-contract=off")
#include <stdint.h>
#include <stdio.h>

int main(void) {
    const char *shades = " .:-=+*#%@";
    long total = 0;
    for (int y = 0; y < 24; y++) {
        for (int x = 0; x < 72; x++) {
            int64_t cr = ((int64_t)x * 3 << 16) / 72 - (2 << 16) - (1 << 15);
            int64_t ci = ((int64_t)y * 2 << 16) / 24 - (1 << 16);
            int64_t zr = 0, zi = 0;
            int it = 0;
            while (it < 200) {
                int64_t zr2 = zr * zr >> 16, zi2 = zi * zi >> 16;
                if (zr2 + zi2 > (4 << 16)) break;
                zi = (2 * zr * zi >> 16) + ci;
                zr = zr2 - zi2 + cr;
                it++;
            }
            total += it;
            putchar(shades[it >= 200 ? 9 : it % 9]);
        }
        putchar('\n');
    }
    printf("fixed total iterations %ld\n", total);
    long dtotal = 0;
    for (int y = 0; y < 60; y++)
        for (int x = 0; x < 80; x++) {
            double cr = -2.0 + x * (2.5 / 80), ci = -1.25 + y * (2.5 / 60), zr = 0, zi = 0;
            int it = 0;
            while (it < 100 && zr * zr + zi * zi <= 4.0) {
                double t = zr * zr - zi * zi + cr;
                zi = 2 * zr * zi + ci;
                zr = t;
                it++;
            }
            dtotal += it;
        }
    printf("double total iterations %ld\n", dtotal);
    return 0;
}
