package main

import (
	"fmt"
	"math"
)

// Go's documented special cases of package math: NaN, ±Inf, ±0 and the domain edges. The
// results are all exact (special values or exact numbers), so they are printed in full;
// printing 1/x for zeros shows their sign.

var (
	nan  = math.NaN()
	pinf = math.Inf(1)
	ninf = math.Inf(-1)
	nz   = math.Copysign(0, -1)
)

var specials = []float64{nan, pinf, ninf, 0, nz, 1, -1, 2, -2, 0.5, -0.5}

func show(v float64) string {
	if v == 0 {
		if math.Signbit(v) {
			return "-0"
		}
		return "+0"
	}
	return fmt.Sprint(v)
}

type f1 struct {
	name string
	f    func(float64) float64
}

type f2 struct {
	name string
	f    func(float64, float64) float64
}

func main() {
	one := []f1{
		{"Abs", math.Abs}, {"Acos", math.Acos}, {"Acosh", math.Acosh}, {"Asin", math.Asin},
		{"Asinh", math.Asinh}, {"Atan", math.Atan}, {"Atanh", math.Atanh}, {"Cbrt", math.Cbrt},
		{"Ceil", math.Ceil}, {"Cos", math.Cos}, {"Cosh", math.Cosh}, {"Erf", math.Erf},
		{"Erfc", math.Erfc}, {"Exp", math.Exp}, {"Exp2", math.Exp2}, {"Expm1", math.Expm1},
		{"Floor", math.Floor}, {"Gamma", math.Gamma}, {"J0", math.J0}, {"J1", math.J1},
		{"Log", math.Log}, {"Log10", math.Log10}, {"Log1p", math.Log1p}, {"Log2", math.Log2},
		{"Logb", math.Logb}, {"Round", math.Round}, {"RoundToEven", math.RoundToEven},
		{"Sin", math.Sin}, {"Sinh", math.Sinh}, {"Sqrt", math.Sqrt}, {"Tan", math.Tan},
		{"Tanh", math.Tanh}, {"Trunc", math.Trunc}, {"Y0", math.Y0}, {"Y1", math.Y1},
	}
	for _, f := range one {
		fmt.Print(f.name, ":")
		for _, x := range specials {
			if f.name == "Sin" || f.name == "Cos" || f.name == "Tan" || f.name == "Erf" ||
				f.name == "Erfc" || f.name == "J0" || f.name == "J1" || f.name == "Y0" || f.name == "Y1" ||
				f.name == "Acosh" || f.name == "Asinh" || f.name == "Atanh" || f.name == "Asin" ||
				f.name == "Acos" || f.name == "Atan" || f.name == "Sinh" || f.name == "Cosh" ||
				f.name == "Tanh" || f.name == "Exp" || f.name == "Expm1" || f.name == "Log1p" ||
				f.name == "Gamma" || f.name == "Cbrt" || f.name == "Log" || f.name == "Log10" {
				// Only the special arguments: finite non-trivial results are libm-dependent.
				if x != 0 && !math.IsNaN(x) && !math.IsInf(x, 0) && !(x == 1 || x == -1) {
					continue
				}
			}
			fmt.Print(" ", show(x), "→", showish(f.name, x, f.f(x)))
		}
		fmt.Println()
	}
	two := []f2{
		{"Atan2", math.Atan2}, {"Copysign", math.Copysign}, {"Dim", math.Dim}, {"Hypot", math.Hypot},
		{"Max", math.Max}, {"Min", math.Min}, {"Mod", math.Mod}, {"Nextafter", math.Nextafter},
		{"Pow", math.Pow}, {"Remainder", math.Remainder},
	}
	for _, f := range two {
		fmt.Println(f.name + ":")
		for _, x := range specials {
			fmt.Print(" ", show(x), ":")
			for _, y := range specials {
				r := f.f(x, y)
				if f.name == "Atan2" && !special(r) && r != math.Pi/2 && r != -math.Pi/2 && r != math.Pi && r != -math.Pi {
					fmt.Print(" ~")
					continue
				}
				if f.name == "Pow" && !special(r) && r != math.Trunc(r) && r != 0.5 && r != 0.25 {
					fmt.Print(" ~")
					continue
				}
				fmt.Print(" ", show(r))
			}
			fmt.Println()
		}
	}
	for _, x := range specials {
		fr, e := math.Frexp(x)
		ip, fp := math.Modf(x)
		lg, sg := math.Lgamma(x)
		s, c := math.Sincos(x)
		fmt.Println(show(x), "frexp", show(fr), e, "modf", show(ip), show(fp), "ldexp", show(math.Ldexp(x, 3)),
			"ilogb", math.Ilogb(x), "lgamma", showish("Lgamma", x, lg), sg, "sincos", showish("Sin", x, s), showish("Cos", x, c),
			"isinf", math.IsInf(x, 0), math.IsInf(x, 1), math.IsInf(x, -1), "isnan", math.IsNaN(x), "signbit", math.Signbit(x))
		fmt.Println("  fma", show(math.FMA(x, 2, 1)), show(math.FMA(x, 0, nz)), show(math.FMA(pinf, x, 1)),
			"next32", math.Nextafter32(float32(x), 1), math.Nextafter32(float32(x), float32(nan)),
			"jn", showish("Jn", x, math.Jn(2, x)), "yn", showish("Yn", x, math.Yn(2, x)), showish("Yn", x, math.Yn(-1, x)), showish("Yn", x, math.Yn(-2, x)))
	}
	fmt.Println(math.Nextafter(0, 1), math.Nextafter(0, -1), math.Nextafter(1, 2), math.Nextafter(1, 0),
		math.Nextafter(math.MaxFloat64, pinf), math.Nextafter(pinf, 0), math.Nextafter32(0, 1), math.Nextafter32(1, 2))
	fmt.Println(math.Ldexp(1, 1024), math.Ldexp(1, -1075), math.Ldexp(1, -1074), math.Ldexp(0.75, -1074),
		math.Ldexp(1, 1<<40), math.Ldexp(1, -1<<40))
	fr, e := math.Frexp(5e-324)
	fmt.Println(fr, e, math.Ilogb(5e-324), math.Logb(5e-324), math.Logb(math.MaxFloat64))
	fmt.Println(math.Float32bits(float32(nan)) != 0, math.Float64bits(nz), math.Float32bits(float32(nz)),
		math.Float64frombits(0x7ff0000000000000), math.Float32frombits(0xff800000))
	fmt.Println(math.Round(0.5), math.Round(-0.5), math.Round(2.5), math.RoundToEven(0.5), math.RoundToEven(1.5),
		math.RoundToEven(2.5), math.RoundToEven(-2.5), math.Round(4503599627370495.5), math.RoundToEven(4503599627370495.5))
	fmt.Println(math.Pow10(-400), math.Pow10(400), math.Gamma(171), math.Gamma(172), math.Gamma(-171.5))
}

func special(r float64) bool { return r == 0 || math.IsNaN(r) || math.IsInf(r, 0) || r == 1 || r == -1 }

// showish prints a special result in full and hides a libm-dependent finite one.
func showish(name string, x, r float64) string {
	if special(r) || r == math.Trunc(r) && math.Abs(r) < 1e15 {
		return show(r)
	}
	_ = name
	_ = x
	return fmt.Sprintf("%.12g", r)
}
