/* Exit status from main's return value, truncated to 8 bits (298 & 255 = 42). */
#include <stdio.h>

int main(void) {
    puts("returning 298 from main");
    return 298;
}
