// The math package basics.
package main

import (
	"fmt"
	"math"
)

func main() {
	fmt.Println(math.Sqrt(2), math.Sqrt(16), math.Sqrt(-1))
	fmt.Println(math.Floor(2.7), math.Floor(-2.7), math.Ceil(2.1), math.Ceil(-2.1))
	fmt.Println(math.Abs(-3.5), math.Max(3, 7), math.Min(3, 7), math.Pow(2, 10), math.Pow(2, 0.5))
	fmt.Println(math.Trunc(-2.7), math.Round(2.5), math.Round(-2.5), math.Mod(7, 3), math.Mod(-7, 3))
	fmt.Println(math.Inf(1) > math.MaxFloat64, math.IsNaN(math.NaN()), math.IsInf(math.Inf(-1), -1))
	fmt.Println(math.MaxInt64, math.MinInt64, math.MaxInt32, math.MaxUint32, uint64(math.MaxUint64))
	fmt.Println(math.MaxInt8, math.MinInt8, math.MaxUint16)
	fmt.Println(math.Pi, math.E)
	fmt.Printf("%.4f %.4f %.4f\n", math.Sin(math.Pi/2), math.Cos(0), math.Atan(1)*4)
	fmt.Printf("%.6f %.6f %.6f\n", math.Log(math.E), math.Exp(1), math.Log2(1024))
	fmt.Println(math.Hypot(3, 4), math.Cbrt(27), math.Float64bits(1.0), math.Float64frombits(0x4000000000000000))
	nan := math.NaN()
	fmt.Println(nan == nan, nan != nan, nan < 1, nan > 1)
	fmt.Println(math.Signbit(math.Copysign(0, -1)), math.Signbit(0))
}
