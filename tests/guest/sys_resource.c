/* Resource queries and limits: getrusage/sysinfo/times sanity (only deterministic facts are
 * printed), getrlimit/setrlimit/prlimit64 round trips and their errors. */
#define _GNU_SOURCE
#include <errno.h>
#include <stdio.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/sysinfo.h>
#include <sys/times.h>
#include <unistd.h>

static const char *err(long r) {
    return r < 0 ? strerrorname_np(errno) : "ok";
}

int main(void) {
    struct rusage ru;
    memset(&ru, 0xff, sizeof ru);
    int r = getrusage(RUSAGE_SELF, &ru);
    printf("getrusage self: %s sane=%d\n", err(r),
           ru.ru_utime.tv_usec >= 0 && ru.ru_utime.tv_usec < 1000000 && ru.ru_stime.tv_sec >= 0 &&
               ru.ru_maxrss > 0);
    r = getrusage(RUSAGE_CHILDREN, &ru);
    printf("getrusage children: %s zero=%d\n", err(r), ru.ru_utime.tv_sec == 0 && ru.ru_nswap == 0);
    r = getrusage(RUSAGE_THREAD, &ru);
    printf("getrusage thread: %s\n", err(r));
    printf("getrusage bad who: %s\n", err(getrusage(12345, &ru)));

    struct sysinfo si;
    r = sysinfo(&si);
    printf("sysinfo: %s sane=%d\n", err(r),
           si.totalram > 0 && si.mem_unit >= 1 && si.freeram <= si.totalram && si.procs > 0 &&
               si.uptime > 0);

    struct tms t;
    clock_t c = times(&t);
    printf("times: %s sane=%d\n", c == (clock_t)-1 ? strerrorname_np(errno) : "ok",
           t.tms_utime >= 0 && t.tms_stime >= 0 && t.tms_cutime == 0);
    printf("times(NULL): %s\n", times(NULL) == (clock_t)-1 ? strerrorname_np(errno) : "ok");

    /* limits */
    struct rlimit rl, orig;
    r = getrlimit(RLIMIT_NOFILE, &orig);
    printf("getrlimit NOFILE: %s cur<=max=%d\n", err(r), orig.rlim_cur <= orig.rlim_max);
    rl = orig;
    rl.rlim_cur = 100;
    printf("setrlimit NOFILE 100: %s\n", err(setrlimit(RLIMIT_NOFILE, &rl)));
    getrlimit(RLIMIT_NOFILE, &rl);
    printf("now: %llu\n", (unsigned long long)rl.rlim_cur);
    struct rlimit newl = {64, orig.rlim_max}, oldl;
    r = prlimit(0, RLIMIT_NOFILE, &newl, &oldl);
    printf("prlimit set: %s old=%llu\n", err(r), (unsigned long long)oldl.rlim_cur);
    r = prlimit(getpid(), RLIMIT_NOFILE, NULL, &oldl);
    printf("prlimit get by pid: %s cur=%llu\n", err(r), (unsigned long long)oldl.rlim_cur);
    printf("restore: %s\n", err(setrlimit(RLIMIT_NOFILE, &orig)));
    rl.rlim_cur = orig.rlim_max;
    rl.rlim_max = orig.rlim_max;
    rl.rlim_cur = RLIM_INFINITY;
    printf("cur above max: %s\n", err(setrlimit(RLIMIT_NOFILE, &rl)));

    struct rlimit core = {0, 0};
    getrlimit(RLIMIT_CORE, &rl);
    core.rlim_max = rl.rlim_max;
    printf("setrlimit CORE 0: %s\n", err(setrlimit(RLIMIT_CORE, &core)));
    getrlimit(RLIMIT_CORE, &rl);
    printf("CORE now: %llu\n", (unsigned long long)rl.rlim_cur);
    r = getrlimit(RLIMIT_STACK, &rl);
    printf("getrlimit STACK: %s nonzero=%d\n", err(r), rl.rlim_cur > 0);
    printf("bad resource: %s\n", err(getrlimit(12345, &rl)));
    printf("prlimit bad pid: %s\n", err(prlimit(0x7ffffff0, RLIMIT_NOFILE, NULL, &rl)));
    return 0;
}
