package math

// Implemented in C (math.c) over libm, whose results for these are exact (Sqrt, Floor, Ceil,
// Trunc, Mod, Frexp, Ldexp and the bit conversions) or within an ulp of Go's own algorithms.
func Sqrt(x float64) float64 { return cSqrt(x) }
func Floor(x float64) float64 { return cFloor(x) }
func Ceil(x float64) float64 { return cCeil(x) }
func Trunc(x float64) float64 { return cTrunc(x) }
func Round(x float64) float64 { return cRound(x) }
func RoundToEven(x float64) float64 { return cRoundToEven(x) }
func Mod(x, y float64) float64 { return cMod(x, y) }
func Remainder(x, y float64) float64 { return cRemainder(x, y) }
func Pow(x, y float64) float64 { return cPow(x, y) }
func Exp(x float64) float64 { return cExp(x) }
func Exp2(x float64) float64 { return cExp2(x) }
func Expm1(x float64) float64 { return cExpm1(x) }
func Log(x float64) float64 { return cLog(x) }
func Log1p(x float64) float64 { return cLog1p(x) }
func Sin(x float64) float64 { return cSin(x) }
func Cos(x float64) float64 { return cCos(x) }
func Tan(x float64) float64 { return cTan(x) }
func Asin(x float64) float64 { return cAsin(x) }
func Acos(x float64) float64 { return cAcos(x) }
func Atan(x float64) float64 { return cAtan(x) }
func Atan2(y, x float64) float64 { return cAtan2(y, x) }
func Sinh(x float64) float64 { return cSinh(x) }
func Cosh(x float64) float64 { return cCosh(x) }
func Tanh(x float64) float64 { return cTanh(x) }
func Cbrt(x float64) float64 { return cCbrt(x) }
func Ldexp(frac float64, exp int) float64 { return cLdexp(frac, exp) }
func Float64bits(f float64) uint64 { return cFloat64bits(f) }
func Float64frombits(b uint64) float64 { return cFloat64frombits(b) }
func Float32bits(f float32) uint32 { return cFloat32bits(f) }
func Float32frombits(b uint32) float32 { return cFloat32frombits(b) }

// frexp is C's frexp with the exponent through a result (math.c).
func frexp(f float64) (frac float64, exp int)

// Frexp breaks f into a normalized fraction in [½, 1) and an integral power of two.
func Frexp(f float64) (frac float64, exp int) {
	if f == 0 || IsInf(f, 0) || IsNaN(f) {
		return f, 0
	}
	return frexp(f)
}

// Log2 returns the binary logarithm of x; exact for powers of two, as in Go.
func Log2(x float64) float64 {
	frac, exp := Frexp(x)
	if frac == 0.5 {
		return float64(exp - 1)
	}
	return Log(frac)*(1/Ln2) + float64(exp)
}

// Log10 returns the decimal logarithm of x, computed as Go does (Log(x) * 1/Ln10).
func Log10(x float64) float64 {
	return Log(x) * (1 / Ln10)
}

// Abs returns the absolute value of x.
func Abs(x float64) float64 {
	return Float64frombits(Float64bits(x) &^ (1 << 63))
}

// Copysign returns a value with the magnitude of f and the sign of sign.
func Copysign(f, sign float64) float64 {
	const signBit = 1 << 63
	return Float64frombits(Float64bits(f)&^signBit | Float64bits(sign)&signBit)
}

// Signbit reports whether x is negative or negative zero.
func Signbit(x float64) bool {
	return Float64bits(x)&(1<<63) != 0
}

// Inf returns positive infinity if sign >= 0, negative infinity if sign < 0.
func Inf(sign int) float64 {
	var v uint64
	if sign >= 0 {
		v = 0x7FF0000000000000
	} else {
		v = 0xFFF0000000000000
	}
	return Float64frombits(v)
}

// NaN returns an IEEE 754 "not-a-number" value.
func NaN() float64 {
	return Float64frombits(0x7FF8000000000001)
}

// IsNaN reports whether f is an IEEE 754 "not-a-number" value.
func IsNaN(f float64) (is bool) {
	return f != f
}

// IsInf reports whether f is an infinity, according to sign: sign > 0 +Inf, sign < 0 -Inf,
// sign == 0 either.
func IsInf(f float64, sign int) bool {
	return sign >= 0 && f > MaxFloat64 || sign <= 0 && f < -MaxFloat64
}

// Max returns the larger of x or y: +Inf wins, then NaN, and +0 beats -0.
func Max(x, y float64) float64 {
	switch {
	case IsInf(x, 1) || IsInf(y, 1):
		return Inf(1)
	case IsNaN(x) || IsNaN(y):
		return NaN()
	case x == 0 && x == y:
		if Signbit(x) {
			return y
		}
		return x
	}
	if x > y {
		return x
	}
	return y
}

// Min returns the smaller of x or y: -Inf wins, then NaN, and -0 beats +0.
func Min(x, y float64) float64 {
	switch {
	case IsInf(x, -1) || IsInf(y, -1):
		return Inf(-1)
	case IsNaN(x) || IsNaN(y):
		return NaN()
	case x == 0 && x == y:
		if Signbit(x) {
			return x
		}
		return y
	}
	if x < y {
		return x
	}
	return y
}

// Modf returns integer and fractional floating-point numbers that sum to f; both have f's sign.
func Modf(f float64) (ipart float64, frac float64) {
	if f < 1 {
		switch {
		case f < 0:
			ipart, frac = Modf(-f)
			return -ipart, -frac
		case f == 0:
			return f, f
		}
		return 0, f
	}
	ipart = Trunc(f)
	frac = f - ipart
	return ipart, frac
}

// C shims (math.c) behind the exported functions above: a body-less function cannot be used
// as a func value in golc, so every exported function gets a Go body that calls its shim.
func cSqrt(x float64) float64
func cFloor(x float64) float64
func cCeil(x float64) float64
func cTrunc(x float64) float64
func cRound(x float64) float64
func cRoundToEven(x float64) float64
func cMod(x, y float64) float64
func cRemainder(x, y float64) float64
func cPow(x, y float64) float64
func cExp(x float64) float64
func cExp2(x float64) float64
func cExpm1(x float64) float64
func cLog(x float64) float64
func cLog1p(x float64) float64
func cSin(x float64) float64
func cCos(x float64) float64
func cTan(x float64) float64
func cAsin(x float64) float64
func cAcos(x float64) float64
func cAtan(x float64) float64
func cAtan2(y, x float64) float64
func cSinh(x float64) float64
func cCosh(x float64) float64
func cTanh(x float64) float64
func cCbrt(x float64) float64
func cLdexp(frac float64, exp int) float64
func cFloat64bits(f float64) uint64
func cFloat64frombits(b uint64) float64
func cFloat32bits(f float32) uint32
func cFloat32frombits(b uint32) float32
