/* Directories: mkdir, opendir/readdir (sorted), getcwd/chdir, rmdir, nested trees, fstatat. */
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

static int cmp(const void *a, const void *b) {
    return strcmp(*(char *const *)a, *(char *const *)b);
}

static void list(const char *path) {
    DIR *d = opendir(path);
    if (!d) {
        printf("opendir %s failed: %s\n", path, strerror(errno));
        return;
    }
    char *names[64];
    int n = 0;
    struct dirent *e;
    while ((e = readdir(d)) != NULL && n < 64) {
        names[n++] = strdup(e->d_name);
    }
    closedir(d);
    qsort(names, n, sizeof names[0], cmp);
    printf("%s:", path);
    for (int i = 0; i < n; i++) {
        printf(" %s", names[i]);
        free(names[i]);
    }
    printf("\n");
}

int main(void) {
    char start[4096];
    if (!getcwd(start, sizeof start)) {
        perror("getcwd");
        return 1;
    }
    char dir[] = "dirXXXXXX";
    if (!mkdtemp(dir)) {
        perror("mkdtemp");
        return 1;
    }
    printf("chdir %d\n", chdir(dir));
    char here[4096];
    if (!getcwd(here, sizeof here)) return 1;
    size_t sl = strlen(start);
    printf("cwd is start+/dir: %d\n",
           strncmp(here, start, sl) == 0 && here[sl] == '/' && strcmp(here + sl + 1, dir) == 0);
    const char *dirs[] = {"b", "a", "c", "a/x", "a/y", "a/x/deep"};
    for (int i = 0; i < 6; i++)
        printf("mkdir %s %d\n", dirs[i], mkdir(dirs[i], 0755));
    errno = 0;
    printf("mkdir again %d eexist=%d\n", mkdir("a", 0755), errno == EEXIST);
    const char *files[] = {"zeta.txt", "alpha.txt", "a/file1", "a/x/file2", "mid.dat"};
    for (int i = 0; i < 5; i++) {
        int fd = open(files[i], O_WRONLY | O_CREAT, 0644);
        if (write(fd, files[i], strlen(files[i])) < 0) return 1;
        close(fd);
    }
    list(".");
    list("a");
    list("a/x");
    list("c");
    struct stat st;
    int dfd = open("a", O_RDONLY | O_DIRECTORY);
    printf("fstatat %d size=%lld\n", fstatat(dfd, "file1", &st, 0), (long long)st.st_size);
    printf("openat read: ");
    int ffd = openat(dfd, "x/file2", O_RDONLY);
    char buf[32] = {0};
    if (read(ffd, buf, sizeof buf - 1) < 0) return 1;
    printf("%s\n", buf);
    close(ffd);
    close(dfd);
    printf("chdir a/x %d\n", chdir("a/x"));
    if (!getcwd(here, sizeof here)) return 1;
    printf("cwd tail %s\n", here + strlen(here) - 3);
    printf("chdir .. %d\n", chdir("../.."));
    errno = 0;
    printf("rmdir nonempty %d enotempty=%d\n", rmdir("a"), errno == ENOTEMPTY || errno == EEXIST);
    printf("rename dir %d\n", rename("b", "b2"));
    list(".");
    for (int i = 4; i >= 0; i--)
        unlink(files[i]);
    for (int i = 5; i >= 0; i--)
        rmdir(dirs[i]);
    rmdir("b2");
    list(".");
    printf("chdir back %d\n", chdir(start));
    printf("rmdir %d\n", rmdir(dir));
    errno = 0;
    printf("chdir missing %d enoent=%d\n", chdir(dir), errno == ENOENT);
    return 0;
}
