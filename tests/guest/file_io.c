/* stdio file I/O inside a private mkdtemp directory: fopen/fwrite/fread/fseek/ftell,
 * fgets/fputs/fprintf/fscanf, append mode, rename, unlink, remove. */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

int main(void) {
    char dir[] = "fileioXXXXXX";
    if (!mkdtemp(dir)) {
        perror("mkdtemp");
        return 1;
    }
    char p1[64], p2[64];
    snprintf(p1, sizeof p1, "%s/data.bin", dir);
    snprintf(p2, sizeof p2, "%s/renamed.bin", dir);

    FILE *f = fopen(p1, "wb");
    if (!f) {
        perror("fopen");
        return 1;
    }
    static unsigned int block[25000];
    for (unsigned i = 0; i < 25000; i++)
        block[i] = i * 2654435761u;
    size_t w = fwrite(block, sizeof block[0], 25000, f);
    fprintf(f, "trailer %d %s\n", 12345, "text");
    printf("fwrite %zu ftell %ld\n", w, ftell(f));
    fclose(f);

    f = fopen(p1, "rb");
    static unsigned int back[25000];
    size_t r = fread(back, sizeof back[0], 25000, f);
    printf("fread %zu equal=%d\n", r, memcmp(block, back, sizeof block) == 0);
    char line[64];
    printf("fgets: %s", fgets(line, sizeof line, f));
    printf("at eof: getc=%d feof=%d\n", getc(f), feof(f) != 0);
    fseek(f, 4 * 1000, SEEK_SET);
    unsigned v;
    if (fread(&v, 4, 1, f) != 1) return 1;
    printf("seek set: %u ftell %ld\n", v, ftell(f));
    fseek(f, -8, SEEK_CUR);
    if (fread(&v, 4, 1, f) != 1) return 1;
    printf("seek cur: %u\n", v);
    fseek(f, -21, SEEK_END);
    printf("seek end: %s", fgets(line, sizeof line, f));
    rewind(f);
    printf("rewind ftell %ld\n", ftell(f));
    fclose(f);

    f = fopen(p1, "a");
    fputs("appended line\n", f);
    fclose(f);
    f = fopen(p1, "r+");
    fseek(f, 0, SEEK_END);
    printf("size after append %ld\n", ftell(f));
    fseek(f, 0, SEEK_SET);
    fputs("OVER", f);
    fclose(f);

    printf("rename %d\n", rename(p1, p2));
    errno = 0;
    printf("fopen old: %s errno=%s\n", fopen(p1, "r") ? "opened?" : "NULL", strerror(errno));
    f = fopen(p2, "r");
    char head[5] = {0};
    if (fread(head, 1, 4, f) != 4) return 1;
    printf("head %s\n", head);
    fclose(f);

    /* text with fprintf/fscanf */
    f = fopen(p1, "w+");
    for (int i = 0; i < 10; i++)
        fprintf(f, "%d %g %s\n", i * i, i / 4.0, i % 2 ? "odd" : "even");
    rewind(f);
    int a;
    double d;
    char word[8];
    int total = 0;
    while (fscanf(f, "%d %lf %7s", &a, &d, word) == 3)
        total += a + (int)(d * 4) + (int)strlen(word);
    printf("fscanf total %d\n", total);
    fclose(f);
    /* ungetc, setvbuf unbuffered writes, tmp of many small writes */
    f = fopen(p1, "w");
    setvbuf(f, NULL, _IONBF, 0);
    for (int i = 0; i < 1000; i++)
        fputc('a' + i % 26, f);
    fclose(f);
    f = fopen(p1, "r");
    int c = fgetc(f);
    ungetc('Z', f);
    printf("ungetc: %c %c %c\n", c, fgetc(f), fgetc(f));
    fclose(f);
    printf("remove %d %d\n", remove(p1), unlink(p2));
    printf("rmdir %d\n", rmdir(dir));
    return 0;
}
