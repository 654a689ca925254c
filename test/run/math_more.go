package main

import (
	"fmt"
	"math"
)

// Values of the math functions on ordinary arguments. The exact operations (rounding,
// frexp/ldexp, remainders, sqrt, FMA, Nextafter, Pow10, Hypot, Gamma of integers) are printed
// in full (%v: shortest round-trip form), so they must match gc bit for bit. The
// transcendental functions are printed with %.12g: gc computes them with its own algorithms,
// golc with libm, and both are only within an ulp of the true value, so the last bit may
// legitimately differ.

var args = []float64{0.1, 0.5, 0.75, 1, 1.5, 2, 2.5, 3, 5, 10, 27, 100, -0.3, -1.5, -2.5, -7, 1e-10, 123456.789}

func main() {
	fmt.Println(math.E, math.Pi, math.Phi, math.Sqrt2, math.SqrtE, math.SqrtPi, math.SqrtPhi)
	fmt.Println(math.Ln2, math.Log2E, math.Ln10, math.Log10E)
	fmt.Println(math.MaxFloat32, math.SmallestNonzeroFloat32, math.MaxFloat64, math.SmallestNonzeroFloat64)
	fmt.Println(math.MaxInt, math.MinInt, math.MaxInt8, math.MinInt8, math.MaxInt16, math.MinInt16,
		math.MaxInt32, math.MinInt32, math.MaxInt64, math.MinInt64)
	fmt.Println(uint64(math.MaxUint), math.MaxUint8, math.MaxUint16, math.MaxUint32, uint64(math.MaxUint64))
	for _, x := range args {
		fr, ex := math.Frexp(x)
		ip, fp := math.Modf(x)
		fmt.Println(x, "frexp", fr, ex, "ldexp", math.Ldexp(fr, ex), math.Ldexp(x, 10), math.Ldexp(x, -1080),
			"modf", ip, fp, "logb", math.Logb(x), math.Ilogb(x))
		fmt.Println("  round", math.Round(x), math.RoundToEven(x), math.Floor(x), math.Ceil(x), math.Trunc(x),
			"abs", math.Abs(x), math.Copysign(3, x), math.Signbit(x))
		fmt.Printf("  cbrt %.12g", math.Cbrt(x))
		fmt.Println(" sqrt", math.Sqrt(x), "dim", math.Dim(x, 1), math.Dim(1, x),
			"max", math.Max(x, 1), math.Min(x, 1))
		fmt.Println("  rem", math.Remainder(x, 0.7), math.Mod(x, 0.7), math.Remainder(x, 2), math.Mod(x, -2))
		fmt.Println("  next", math.Nextafter(x, 0), math.Nextafter(x, 1000), math.Nextafter32(float32(x), 0),
			math.Nextafter32(float32(x), 1000))
		fmt.Println("  fma", math.FMA(x, 3, 0.1), math.FMA(x, x, -x*x))
		fmt.Println("  bits", math.Float64bits(x), math.Float32bits(float32(x)),
			math.Float64frombits(math.Float64bits(x)), math.Float32frombits(math.Float32bits(float32(x))))
	}
	for n := -325; n <= 310; n += 7 {
		fmt.Print(math.Pow10(n), " ")
	}
	fmt.Println(math.Pow10(22), math.Pow10(23), math.Pow10(-323), math.Pow10(-324), math.Pow10(308), math.Pow10(309))
	for _, x := range []float64{1, 2, 3, 4, 5, 6, 10, 20, 0.5, 1.5, -0.5, -1.5} {
		lg, s := math.Lgamma(x)
		fmt.Printf("gamma %v %.12g %.12g %d\n", x, math.Gamma(x), lg, s)
	}
	fmt.Println(math.Cbrt(27), math.Cbrt(-8), math.Cbrt(1e-300*1e-6), math.Hypot(3, 4), math.Hypot(-5, 12), math.Hypot(1e300, 1e300))
	for n := 1; n <= 25; n++ {
		fmt.Print(math.Gamma(float64(n)), " ")
	}
	fmt.Println()
	transcendental()
	for _, x := range []float64{-0.999999, -0.9, -0.5, -0.1, 1e-10, 0.3, 0.7, 0.99, 0.9999, 0.99999999} {
		fmt.Printf("erfinv %v %.12g %.12g\n", x, math.Erfinv(x), math.Erfcinv(x+1))
	}
	fmt.Println(math.Erfinv(1), math.Erfinv(-1), math.Erfinv(0), math.Erfinv(1.5), math.Erfcinv(0), math.Erfcinv(2), math.Erfcinv(-1))
	fmt.Println(math.Log2(8), math.Log2(1024), math.Log2(0.125), math.Log10(1000), math.Log10(1e-5))
}

var targs = []float64{0.1, 0.5, 0.75, 1, 1.5, 2, 2.5, 3, 5, 10, 27, 100, -0.3, -1.5, -2.5, -7, 1e-10,
	123456.789, 0.99, -0.99, 0.01, 7.5, 30, 700}

func transcendental() {
	for _, x := range targs {
		fmt.Printf("%v trig %.12g %.12g %.12g %.12g %.12g %.12g %.12g\n", x, math.Sin(x), math.Cos(x), math.Tan(x),
			math.Asin(x), math.Acos(x), math.Atan(x), math.Atan2(x, 1.5))
		s, c := math.Sincos(x)
		fmt.Printf("  sincos %.12g %.12g\n", s, c)
		fmt.Printf("  hyp %.12g %.12g %.12g %.12g %.12g %.12g\n", math.Sinh(x), math.Cosh(x), math.Tanh(x),
			math.Asinh(x), math.Acosh(x), math.Atanh(x))
		fmt.Printf("  exp %.12g %.12g %.12g %.12g %.12g %.12g %.12g %.12g %.12g\n", math.Exp(x), math.Exp2(x),
			math.Expm1(x), math.Log(x), math.Log1p(x), math.Log2(x), math.Log10(x), math.Pow(x, 1.7), math.Pow(2, x))
		fmt.Printf("  erf %.12g %.12g\n", math.Erf(x), math.Erfc(x))
		fmt.Printf("  bessel %.12g %.12g %.12g %.12g %.12g %.12g\n", math.J0(x), math.J1(x), math.Jn(3, x),
			math.Y0(x), math.Y1(x), math.Yn(3, x))
	}
}
