/* Wide characters without setting a locale: wprintf/swprintf of ASCII wide strings,
 * wcslen/wcscmp/wcscpy/wcschr/wcstol, and conversions of plain ASCII. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <wchar.h>

int main(void) {
    const wchar_t *w = L"wide string test";
    wchar_t buf[64];
    swprintf(buf, 64, L"%ls|%d|%5.2f|%lc|%-6ls|", w, 42, 3.14159, L'Q', L"ab");
    printf("sizeof(wchar_t)=%zu wcslen=%zu\n", sizeof(wchar_t), wcslen(w));
    char narrow[128];
    size_t n = wcstombs(narrow, buf, sizeof narrow);
    printf("swprintf -> %zu: %s\n", n, narrow);
    printf("wcscmp %d %d\n", wcscmp(L"abc", L"abd") < 0, wcscmp(L"x", L"x"));
    wchar_t cpy[32];
    wcscpy(cpy, L"copy");
    wcscat(cpy, L"-cat");
    printf("wcscpy/cat %ls\n", cpy);
    printf("wcschr %ls wcsrchr %ls wcsstr %ls\n", wcschr(w, L's'), wcsrchr(w, L't'),
           wcsstr(w, L"ing"));
    wchar_t *end;
    printf("wcstol %ld rest=%ls wcstod %g\n", wcstol(L"  -12345xyz", &end, 10), end,
           wcstod(L"2.5e2", NULL));
    wchar_t wb[8];
    size_t m = mbstowcs(wb, "ascii", 8);
    printf("mbstowcs %zu %ls\n", m, wb);
    printf("%ls %5ls %-5ls| %.3ls\n", L"a", L"b", L"c", L"truncate");
    wmemset(cpy, L'z', 5);
    cpy[5] = 0;
    printf("wmemset %ls wmemcmp %d\n", cpy, wmemcmp(cpy, L"zzzzz", 5));
    printf("btowc %d wctob %d\n", (int)btowc('A'), wctob(L'B'));
    return 0;
}
