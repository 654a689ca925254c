package math

// The rest of Go's math API: hyperbolic inverses, error and gamma functions, Bessel
// functions, exponent/ULP manipulation and the float32 variants. Go's documented special
// cases are handled here in Go where libm's conventions differ; the finite results come from
// libm (math.c), correctly rounded or within an ulp of gc's.

func Asinh(x float64) float64 { return cAsinh(x) }
func Acosh(x float64) float64 { return cAcosh(x) }
func Atanh(x float64) float64 { return cAtanh(x) }
func Erf(x float64) float64 { return cErf(x) }
func Erfc(x float64) float64 { return cErfc(x) }
func FMA(x, y, z float64) float64 { return cFMA(x, y, z) }

// Libm shims behind the functions below that need Go's special cases first.
func tgamma(x float64) float64
func lgammaR(x float64) (y float64, sign int)
func j0(x float64) float64
func j1(x float64) float64
func jn(n int, x float64) float64
func y0(x float64) float64
func y1(x float64) float64
func yn(n int, x float64) float64

// Gamma returns the Gamma function of x. Gamma(+Inf) = +Inf, Gamma(±0) = ±Inf,
// Gamma(x) = NaN for negative integers and -Inf, Gamma(NaN) = NaN.
func Gamma(x float64) float64 {
	switch {
	case IsNaN(x) || IsInf(x, -1) || x < 0 && x == Trunc(x):
		return NaN()
	case IsInf(x, 1):
		return Inf(1)
	case x == 0:
		if Signbit(x) {
			return Inf(-1)
		}
		return Inf(1)
	}
	if x == Trunc(x) && x < 33 {
		// Integers: (x-1)! multiplied out in descending order, exact as long as the product
		// is representable and rounded step by step beyond, just as gc's Gamma does.
		z := 1.0
		for x >= 3 {
			x--
			z *= x
		}
		return z
	}
	return tgamma(x)
}

// Hypot returns Sqrt(p*p + q*q) without needless overflow or underflow, as the larger
// magnitude times Sqrt(1 + ratio²) (the same formula as gc, so the same last bit).
// Hypot(±Inf, q) = +Inf, Hypot(p, ±Inf) = +Inf; otherwise a NaN argument gives NaN.
func Hypot(p, q float64) float64 {
	p, q = Abs(p), Abs(q)
	switch {
	case IsInf(p, 1) || IsInf(q, 1):
		return Inf(1)
	case IsNaN(p) || IsNaN(q):
		return NaN()
	}
	if p < q {
		p, q = q, p
	}
	if p == 0 {
		return 0
	}
	q = q / p
	return p * Sqrt(1+q*q)
}

// Lgamma returns the natural logarithm and sign (-1 or +1) of Gamma(x). Unlike C's lgamma,
// Lgamma(-Inf) = -Inf and the sign of Lgamma(±0) and of the poles is +1, as in Go.
func Lgamma(x float64) (lgamma float64, sign int) {
	sign = 1
	switch {
	case IsNaN(x) || IsInf(x, 0):
		return x, 1
	case x == 0:
		return Inf(1), 1
	case x < 0 && x == Trunc(x):
		return Inf(1), 1
	}
	return lgammaR(x)
}

// J0 returns the order-zero Bessel function of the first kind.
// J0(±Inf) = 0, J0(0) = 1, J0(NaN) = NaN.
func J0(x float64) float64 {
	if IsInf(x, 0) {
		return 0
	}
	return j0(x)
}

// J1 returns the order-one Bessel function of the first kind. J1(±Inf) = 0, J1(NaN) = NaN;
// J1(-0) is +0 in gc (libm keeps the sign).
func J1(x float64) float64 {
	if IsInf(x, 0) || x == 0 {
		return 0
	}
	return j1(x)
}

// Jn returns the order-n Bessel function of the first kind. Jn(n, ±Inf) = 0.
func Jn(n int, x float64) float64 {
	if IsInf(x, 0) {
		return 0
	}
	if int(int32(n)) != n {
		return NaN() // libm's order is a C int: say "not a number" rather than wrap
	}
	return jn(n, x)
}

// Y0 returns the order-zero Bessel function of the second kind.
// Y0(+Inf) = 0, Y0(0) = -Inf, Y0(x < 0) = NaN, Y0(NaN) = NaN.
func Y0(x float64) float64 {
	switch {
	case x < 0 || IsNaN(x):
		return NaN()
	case IsInf(x, 1):
		return 0
	case x == 0:
		return Inf(-1)
	}
	return y0(x)
}

// Y1 returns the order-one Bessel function of the second kind; special cases as Y0.
func Y1(x float64) float64 {
	switch {
	case x < 0 || IsNaN(x):
		return NaN()
	case IsInf(x, 1):
		return 0
	case x == 0:
		return Inf(-1)
	}
	return y1(x)
}

// Yn returns the order-n Bessel function of the second kind. Yn(n, +Inf) = 0,
// Yn(n ≥ 0, 0) = -Inf, Yn(n < 0, 0) = +Inf if n is odd, -Inf if n is even, Yn(n, x < 0) = NaN.
func Yn(n int, x float64) float64 {
	switch {
	case x < 0 || IsNaN(x) || int(int32(n)) != n:
		return NaN()
	case IsInf(x, 1):
		return 0
	case x == 0:
		if n < 0 && n&1 == 1 {
			return Inf(1)
		}
		return Inf(-1)
	}
	return yn(n, x)
}

// Sincos returns Sin(x), Cos(x).
func Sincos(x float64) (sin, cos float64) {
	return Sin(x), Cos(x)
}

// Dim returns the maximum of x-y or 0. Dim(+Inf, +Inf) = Dim(-Inf, -Inf) = NaN, and a NaN
// argument gives NaN.
func Dim(x, y float64) float64 {
	v := x - y
	if v <= 0 {
		return 0 // NaN fails the comparison and falls through
	}
	return v
}

// ilogb is the binary exponent of a finite non-zero x, as in x = frac × 2**exp with frac in [1, 2).
func ilogb(x float64) int {
	_, exp := Frexp(x)
	return exp - 1
}

// Logb returns the binary exponent of x. Logb(±Inf) = +Inf, Logb(0) = -Inf, Logb(NaN) = NaN.
func Logb(x float64) float64 {
	switch {
	case x == 0:
		return Inf(-1)
	case IsInf(x, 0):
		return Inf(1)
	case IsNaN(x):
		return x
	}
	return float64(ilogb(x))
}

// Ilogb returns the binary exponent of x as an integer. Ilogb(±Inf) = MaxInt32,
// Ilogb(0) = MinInt32, Ilogb(NaN) = MaxInt32.
func Ilogb(x float64) int {
	switch {
	case x == 0:
		return MinInt32
	case IsNaN(x) || IsInf(x, 0):
		return MaxInt32
	}
	return ilogb(x)
}

// Nextafter returns the next representable float64 after x towards y.
// Nextafter(x, x) = x; a NaN argument gives NaN.
func Nextafter(x, y float64) (r float64) {
	switch {
	case IsNaN(x) || IsNaN(y):
		return NaN()
	case x == y:
		return x
	case x == 0:
		return Copysign(Float64frombits(1), y)
	case (y > x) == (x > 0):
		return Float64frombits(Float64bits(x) + 1)
	}
	return Float64frombits(Float64bits(x) - 1)
}

// Nextafter32 returns the next representable float32 after x towards y.
func Nextafter32(x, y float32) (r float32) {
	switch {
	case x != x || y != y:
		return float32(NaN())
	case x == y:
		return x
	case x == 0:
		return Float32frombits(1 | Float32bits(y)&(1<<31))
	case (y > x) == (x > 0):
		return Float32frombits(Float32bits(x) + 1)
	}
	return Float32frombits(Float32bits(x) - 1)
}

// Pow10 returns 10**n. Pow10(n) = 0 for n < -323 and +Inf for n > 308. Like gc, it
// multiplies two exact-as-possible table entries, so results match gc's bit for bit.
func Pow10(n int) float64 {
	if 0 <= n && n <= 308 {
		return pow10postab32[uint(n)/32] * pow10tab[uint(n)%32]
	}
	if -323 <= n && n <= 0 {
		return pow10negtab32[uint(-n)/32] / pow10tab[uint(-n)%32]
	}
	if n > 0 {
		return Inf(1)
	}
	return 0
}

// pow10tab holds 1e0..1e31, all exactly representable up to 1e22 and correctly rounded after.
var pow10tab = [32]float64{
	1e00, 1e01, 1e02, 1e03, 1e04, 1e05, 1e06, 1e07, 1e08, 1e09,
	1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19,
	1e20, 1e21, 1e22, 1e23, 1e24, 1e25, 1e26, 1e27, 1e28, 1e29,
	1e30, 1e31,
}

// pow10postab32 holds 1e(32*i); pow10negtab32 holds 1e(-32*i).
var pow10postab32 = [...]float64{
	1e00, 1e32, 1e64, 1e96, 1e128, 1e160, 1e192, 1e224, 1e256, 1e288,
}

var pow10negtab32 = [...]float64{
	1e-00, 1e-32, 1e-64, 1e-96, 1e-128, 1e-160, 1e-192, 1e-224, 1e-256, 1e-288, 1e-320,
}

// C shims (math.c) behind the exported functions above: a body-less function cannot be used
// as a func value in golc, so every exported function gets a Go body that calls its shim.
func cAsinh(x float64) float64
func cAcosh(x float64) float64
func cAtanh(x float64) float64
func cErf(x float64) float64
func cErfc(x float64) float64
func cFMA(x, y, z float64) float64

// Erfinv returns the inverse error function of x. Erfinv(1) = +Inf, Erfinv(-1) = -Inf,
// Erfinv(x) = NaN for |x| > 1 and for NaN. golc starts from Winitzki's closed-form
// approximation and polishes it with Newton steps on Erf, which leaves it within a few ulps
// of the true value (gc uses a rational approximation; the last bits may differ).
func Erfinv(x float64) float64 {
	switch {
	case IsNaN(x) || x < -1 || x > 1:
		return NaN()
	case x == 1:
		return Inf(1)
	case x == -1:
		return Inf(-1)
	case x == 0:
		return x
	}
	const a = 0.147 // Winitzki's constant
	l := Log(1 - x*x)
	t := 2/(Pi*a) + l/2
	y := Sqrt(Sqrt(t*t-l/a) - t)
	if x < 0 {
		y = -y
	}
	for i := 0; i < 4; i++ {
		// Erf'(y) = 2/√π · e^(-y²); near ±1 use Erfc for the residual to keep its precision.
		// The residual is Erf(y) - x. Near ±1 it is formed from Erfc and 1∓x instead, which
		// are exact (Sterbenz) for |x| ≥ 0.5, so no bits are lost to cancellation.
		var r float64
		switch {
		case x >= 0.5:
			r = (1 - x) - Erfc(y)
		case x <= -0.5:
			r = Erfc(-y) - (1 + x)
		default:
			r = Erf(y) - x
		}
		y -= r / (2 / SqrtPi * Exp(-y*y))
	}
	return y
}

// Erfcinv returns the inverse of Erfc(x): Erfcinv(0) = +Inf, Erfcinv(2) = -Inf, NaN outside [0, 2].
func Erfcinv(x float64) float64 {
	return Erfinv(1 - x)
}
