/* math.c — C side of package math: libm for the functions declared without a body in math.go.
 * Sqrt, Floor, Ceil, Trunc, Round, RoundToEven, Mod, Remainder, Ldexp, Frexp and the bit
 * conversions are exact in both libm and Go. The transcendental functions are glibc's, which
 * are correctly rounded or within one ulp; Go uses its own algorithms, so an occasional last-bit
 * difference from gc is possible there (visible only when all 17 digits are printed). */
#include <math.h>
#include <string.h>

#include "runtime/runtime.h"

double math_Sqrt(double x) { return sqrt(x); }
double math_Floor(double x) { return floor(x); }
double math_Ceil(double x) { return ceil(x); }
double math_Trunc(double x) { return trunc(x); }
double math_Round(double x) { return round(x); }         /* half away from zero, as Go */
double math_RoundToEven(double x) { return nearbyint(x); } /* default mode: ties to even */
double math_Mod(double x, double y) { return fmod(x, y); }
double math_Remainder(double x, double y) { return remainder(x, y); }
double math_Pow(double x, double y) { return pow(x, y); }
double math_Exp(double x) { return exp(x); }
double math_Exp2(double x) { return exp2(x); }
double math_Expm1(double x) { return expm1(x); }
double math_Log(double x) { return log(x); }
double math_Log1p(double x) { return log1p(x); }
double math_Sin(double x) { return sin(x); }
double math_Cos(double x) { return cos(x); }
double math_Tan(double x) { return tan(x); }
double math_Asin(double x) { return asin(x); }
double math_Acos(double x) { return acos(x); }
double math_Atan(double x) { return atan(x); }
double math_Atan2(double y, double x) { return atan2(y, x); }
double math_Sinh(double x) { return sinh(x); }
double math_Cosh(double x) { return cosh(x); }
double math_Tanh(double x) { return tanh(x); }
double math_Hypot(double p, double q) { return hypot(p, q); }
/* glibc's cbrt is not correctly rounded (cbrt(27) = 3.0000000000000004); Go's Cbrt returns
 * 3. Computing in long double and rounding once gives the correctly rounded result in
 * practice on both targets (80-bit extended on amd64, binary128 on arm64). */
double math_Cbrt(double x) { return (double)cbrtl((long double)x); }

/* Go's Ldexp takes an int exponent; C's takes int: clamp so huge exponents still over/underflow */
double math_Ldexp(double frac, int64_t e) {
    if (e > 100000) e = 100000;
    if (e < -100000) e = -100000;
    return ldexp(frac, (int)e);
}

/* func frexp(f float64) (frac float64, exp int): results through out-pointers (runtime.h) */
void math_frexp(double f, double *frac, int64_t *exp) {
    int e = 0;
    *frac = frexp(f, &e);
    *exp = e;
}

uint64_t math_Float64bits(double f) { uint64_t b; memcpy(&b, &f, 8); return b; }
double math_Float64frombits(uint64_t b) { double f; memcpy(&f, &b, 8); return f; }
uint32_t math_Float32bits(float f) { uint32_t b; memcpy(&b, &f, 4); return b; }
float math_Float32frombits(uint32_t b) { float f; memcpy(&f, &b, 4); return f; }
