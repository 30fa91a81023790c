/* Single-precision arithmetic: NaN-boxing of floats in 64-bit registers,
 * float<->double conversions and float math functions. */
#pragma GCC optimize("fp-contract=off")
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

static uint32_t fbits(float f) {
    uint32_t u;
    memcpy(&u, &f, 4);
    return u;
}

int main(void) {
    static const float v[] = {0.0f,   -0.0f,           1.0f,        -1.5f,       0.1f,  3.4e38f,
                              1e-45f, 1.17549435e-38f, 16777217.0f, 3.14159265f, 1e10f, -2.5e-3f};
    const int n = sizeof v / sizeof v[0];
    uint32_t h = 2166136261u;
    for (int i = 0; i < n; i++) {
        for (int j = 0; j < n; j++) {
            volatile float a = v[i], b = v[j];
            float r[4] = {a + b, a - b, a * b, a / b};
            for (int k = 0; k < 4; k++)
                h = (h ^ fbits(r[k])) * 16777619u;
            if ((i * 7 + j) % 6 == 0)
                printf("%a %a -> %a %a %a %a %d%d%d\n", a, b, r[0], r[1], r[2], r[3], a<b, a> b,
                       a != b);
        }
    }
    printf("hash %08x\n", h);
    float acc = 0.0f;
    for (int i = 0; i < 100000; i++)
        acc += 0.01f;
    printf("acc %.9g\n", acc);
    volatile float x = 2.0f;
    printf("sqrtf %.9g sinf %.6f expf %.6g logf %.6f powf %.6g\n", sqrtf(x), sinf(x), expf(x),
           logf(x), powf(x, 10.5f));
    printf("fminf %g fmaxf %g copysignf %g fabsf %g\n", fminf(x, -x), fmaxf(x, NAN),
           copysignf(x, -0.0f), fabsf(-x));
    volatile float m = 1.0f;
    int steps = 0;
    while (1.0f + m != 1.0f) {
        m /= 2.0f;
        steps++;
    }
    printf("float epsilon steps %d %a\n", steps, m);
    volatile double d = 0.1;
    volatile float fd = (float)d;
    printf("%a %a %.20f\n", d, (double)fd, (double)fd);
    volatile double huge = 1e300;
    printf("%g %g\n", (float)huge, (float)-huge);
    volatile int iv = 16777217;
    printf("%.1f %d %d\n", (float)iv, (int)(float)iv, (int)-3.7f);
    volatile unsigned uv = 4294967295u;
    printf("%.1f\n", (float)uv);
    printf("%d %d\n", (int)sizeof(float), isnan((float)NAN) != 0);
    return 0;
}
