/* A wide-oriented stdout: fwide + wprintf + putwchar (stdout must stay wide). */
#include <stdio.h>
#include <wchar.h>

int main(void) {
    fwide(stdout, 1);
    wprintf(L"wide orientation %d\n", fwide(stdout, 0) > 0);
    for (int i = 0; i < 5; i++)
        wprintf(L"%d: %ls %lc %5.1f %x\n", i, L"item", (wchar_t)(L'a' + i), i * 1.5, i * 255);
    putwchar(L'E');
    putwchar(L'\n');
    fputws(L"fputws line\n", stdout);
    return 0;
}
