/* setjmp/longjmp: simple, nested, across many frames, with values in callee-saved
 * registers that must be restored, and sigsetjmp without signals. */
#include <setjmp.h>
#include <stdio.h>

static jmp_buf outer, inner;
static int depth_reached;

static void dive(int n, int target) {
    volatile char pad[64];
    pad[n % 64] = (char)n;
    depth_reached = n;
    if (n == target) longjmp(outer, n + pad[n % 64] * 0 + 1000);
    if (n < 100000) dive(n + 1, target);
}

static int nested(int k) {
    int r = setjmp(inner);
    if (r == 0) {
        if (k > 2) longjmp(inner, k * 10);
        return -1;
    }
    return r;
}

static double fp_state(jmp_buf jb) {
    volatile double a = 1.5;
    if (setjmp(jb) == 0) {
        a = 2.5;
        longjmp(jb, 1);
    }
    return a;
}

int main(void) {
    for (int target = 1; target <= 1000; target *= 10) {
        int r = setjmp(outer);
        if (r == 0)
            dive(0, target);
        else
            printf("returned %d from depth %d\n", r, depth_reached);
    }
    printf("nested %d %d %d\n", nested(1), nested(3), nested(7));
    volatile int counter = 0;
    jmp_buf loop;
    if (setjmp(loop) < 5) {
        counter++;
        if (counter < 5) longjmp(loop, counter);
    }
    printf("counter %d\n", counter);
    printf("longjmp(0) -> %d\n", ({
               jmp_buf z;
               volatile int v = 0;
               int r = setjmp(z);
               if (!v) {
                   v = 1;
                   longjmp(z, 0);
               }
               r;
           }));
    jmp_buf f;
    printf("fp %g\n", fp_state(f));
    sigjmp_buf sj;
    volatile int times = 0;
    if (sigsetjmp(sj, 1) == 0) {
        times++;
        siglongjmp(sj, 42);
    }
    printf("siglongjmp times=%d\n", times);
    /* callee-saved registers across longjmp */
    register long s1 = 11, s2 = 22;
    volatile long v1 = 0;
    jmp_buf cb;
    if (setjmp(cb) == 0) {
        v1 = s1 + s2;
        longjmp(cb, 1);
    }
    printf("saved %ld %ld %ld\n", s1, s2, (long)v1);
    return 0;
}
