/* math.c — C side of package math: libm for the functions declared without a body in math.go.
 * Sqrt, Floor, Ceil, Trunc, Round, RoundToEven, Mod, Remainder, Ldexp, Frexp and the bit
 * conversions are exact in both libm and Go. The transcendental functions are glibc's, which
 * are correctly rounded or within one ulp; Go uses its own algorithms, so an occasional last-bit
 * difference from gc is possible there (visible only when all 17 digits are printed). */
#include <math.h>
#include <string.h>

#include "runtime/runtime.h"

double math_cSqrt(double x) { return sqrt(x); }
double math_cFloor(double x) { return floor(x); }
double math_cCeil(double x) { return ceil(x); }
double math_cTrunc(double x) { return trunc(x); }
double math_cRound(double x) { return round(x); }         /* half away from zero, as Go */
double math_cRoundToEven(double x) { return nearbyint(x); } /* default mode: ties to even */
double math_cMod(double x, double y) { return fmod(x, y); }
double math_cRemainder(double x, double y) { return remainder(x, y); }
double math_cPow(double x, double y) { return pow(x, y); }
double math_cExp(double x) { return exp(x); }
double math_cExp2(double x) { return exp2(x); }
double math_cExpm1(double x) { return expm1(x); }
double math_cLog(double x) { return log(x); }
double math_cLog1p(double x) { return log1p(x); }
double math_cSin(double x) { return sin(x); }
double math_cCos(double x) { return cos(x); }
double math_cTan(double x) { return tan(x); }
double math_cAsin(double x) { return asin(x); }
double math_cAcos(double x) { return acos(x); }
double math_cAtan(double x) { return atan(x); }
double math_cAtan2(double y, double x) { return atan2(y, x); }
double math_cSinh(double x) { return sinh(x); }
double math_cCosh(double x) { return cosh(x); }
double math_cTanh(double x) { return tanh(x); }
/* glibc's cbrt is not correctly rounded (cbrt(27) = 3.0000000000000004); Go's Cbrt returns
 * 3. Computing in long double and rounding once gives the correctly rounded result in
 * practice on both targets (80-bit extended on amd64, binary128 on arm64). */
double math_cCbrt(double x) { return (double)cbrtl((long double)x); }

/* Go's Ldexp takes an int exponent; C's takes int: clamp so huge exponents still over/underflow */
double math_cLdexp(double frac, int64_t e) {
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

uint64_t math_cFloat64bits(double f) { uint64_t b; memcpy(&b, &f, 8); return b; }
double math_cFloat64frombits(uint64_t b) { double f; memcpy(&f, &b, 8); return f; }
uint32_t math_cFloat32bits(float f) { uint32_t b; memcpy(&b, &f, 4); return b; }
float math_cFloat32frombits(uint32_t b) { float f; memcpy(&f, &b, 4); return f; }

/* more.go: libm for the inverse hyperbolics, error, gamma and Bessel functions. Go's special
 * cases that differ from C's (Lgamma's sign at poles, Y0 of negatives, ...) are handled in Go
 * before these are called. */
double math_cAsinh(double x) { return asinh(x); }
double math_cAcosh(double x) { return acosh(x); }
double math_cAtanh(double x) { return atanh(x); }
double math_cErf(double x) { return erf(x); }
double math_cErfc(double x) { return erfc(x); }
double math_cFMA(double x, double y, double z) { return fma(x, y, z); } /* exact: one rounding */
double math_tgamma(double x) { return tgamma(x); }

/* func lgammaR(x float64) (y float64, sign int): results through out-pointers */
void math_lgammaR(double x, double *y, int64_t *sign) {
    int s = 1;
    *y = lgamma_r(x, &s);
    *sign = s;
}

double math_j0(double x) { return j0(x); }
double math_j1(double x) { return j1(x); }
double math_jn(int64_t n, double x) { return jn((int)n, x); }
double math_y0(double x) { return y0(x); }
double math_y1(double x) { return y1(x); }
double math_yn(int64_t n, double x) { return yn((int)n, x); }
