/* Zero-copy transfers: splice file->pipe and pipe->file with offsets, tee between pipes,
 * vmsplice user memory into a pipe and out of it, sendfile and copy_file_range between files. */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/sendfile.h>
#include <sys/uio.h>
#include <unistd.h>

static const char *err(long r) {
    return r < 0 ? strerrorname_np(errno) : "ok";
}

static void show_file(const char *label, int fd) {
    char buf[128] = {0};
    long n = pread(fd, buf, sizeof buf - 1, 0);
    for (long i = 0; i < n; i++)
        if (buf[i] == 0) buf[i] = '.';
    printf("%s: %ld [%s]\n", label, n, buf);
}

int main(void) {
    char dir[] = "spliceXXXXXX";
    if (!mkdtemp(dir)) return 1;
    char src_path[64], dst_path[64], cfr_path[64];
    snprintf(src_path, sizeof src_path, "%s/src", dir);
    snprintf(dst_path, sizeof dst_path, "%s/dst", dir);
    snprintf(cfr_path, sizeof cfr_path, "%s/cfr", dir);
    int src = open(src_path, O_CREAT | O_RDWR | O_TRUNC, 0600);
    write(src, "0123456789abcdefghijklmnopqrstuvwxyz", 36);
    int dst = open(dst_path, O_CREAT | O_RDWR | O_TRUNC, 0600);

    int p1[2], p2[2];
    pipe(p1);
    pipe(p2);
    loff_t off = 4;
    long r = splice(src, &off, p1[1], NULL, 8, 0);
    printf("splice file->pipe: %ld off=%lld\n", r, (long long)off);
    r = tee(p1[0], p2[1], 8, 0);
    printf("tee: %ld\n", r);
    char buf[64] = {0};
    r = read(p2[0], buf, sizeof buf);
    printf("tee copy: %ld [%s]\n", r, buf);
    loff_t doff = 2;
    r = splice(p1[0], NULL, dst, &doff, 8, 0);
    printf("splice pipe->file: %ld doff=%lld\n", r, (long long)doff);
    show_file("dst", dst);

    /* splice without offsets uses and moves the file position */
    lseek(src, 30, SEEK_SET);
    r = splice(src, NULL, p1[1], NULL, 100, 0);
    printf("splice at position: %ld pos=%lld\n", r, (long long)lseek(src, 0, SEEK_CUR));
    memset(buf, 0, sizeof buf);
    read(p1[0], buf, sizeof buf);
    printf("  got [%s]\n", buf);

    /* vmsplice: gather two buffers into the pipe, then scatter out of it */
    char part1[] = "vm", part2[] = "splice!";
    struct iovec in[2] = {{part1, 2}, {part2, 7}};
    r = vmsplice(p1[1], in, 2, 0);
    printf("vmsplice in: %ld\n", r);
    char o1[5] = {0}, o2[8] = {0};
    struct iovec out[2] = {{o1, 4}, {o2, 7}};
    r = vmsplice(p1[0], out, 2, 0);
    printf("vmsplice out: %ld [%s|%s]\n", r, o1, o2);

    /* sendfile */
    off_t soff = 10;
    r = sendfile(p2[1], src, &soff, 6);
    memset(buf, 0, sizeof buf);
    read(p2[0], buf, sizeof buf);
    printf("sendfile to pipe: %ld off=%lld [%s]\n", r, (long long)soff, buf);
    int cfr = open(cfr_path, O_CREAT | O_RDWR | O_TRUNC, 0600);
    lseek(src, 0, SEEK_SET);
    r = sendfile(cfr, src, NULL, 5);
    printf("sendfile file->file: %ld pos=%lld\n", r, (long long)lseek(src, 0, SEEK_CUR));

    /* copy_file_range */
    loff_t in_off = 26, out_off = 5;
    r = copy_file_range(src, &in_off, cfr, &out_off, 10, 0);
    printf("copy_file_range: %ld in=%lld out=%lld\n", r, (long long)in_off, (long long)out_off);
    show_file("cfr", cfr);
    lseek(src, 20, SEEK_SET);
    lseek(cfr, 0, SEEK_END);
    r = copy_file_range(src, NULL, cfr, NULL, 3, 0);
    printf("copy_file_range positions: %ld src=%lld\n", r, (long long)lseek(src, 0, SEEK_CUR));
    show_file("cfr", cfr);

    /* errors */
    r = splice(src, NULL, dst, NULL, 4, 0);
    printf("splice file->file: %s\n", err(r));
    r = splice(p1[0], &off, dst, NULL, 4, 0);
    printf("splice pipe offset: %s\n", err(r));
    r = tee(src, p2[1], 4, 0);
    printf("tee from file: %s\n", err(r));
    r = copy_file_range(src, NULL, cfr, NULL, 1, 1);
    printf("copy_file_range flags: %s\n", err(r));
    r = vmsplice(src, in, 1, 0);
    printf("vmsplice file: %s\n", err(r));
    r = splice(p1[0], NULL, p2[1], NULL, 4, SPLICE_F_NONBLOCK);
    printf("splice empty nonblock: %s\n", err(r));

    close(p1[0]);
    close(p1[1]);
    close(p2[0]);
    close(p2[1]);
    close(src);
    close(dst);
    close(cfr);
    unlink(src_path);
    unlink(dst_path);
    unlink(cfr_path);
    rmdir(dir);
    return 0;
}
