// Floats print in the shortest form that reads back exactly (strconv 'g', -1 rules).
package main

import (
	"fmt"
	"math"
)

func main() {
	vals := []float64{0, 1, -1, 0.1, 0.2, 0.1 + 0.2, 1.0 / 3, 2.0 / 3, 100, 1e6, 1e20, 1e21,
		123456789012345678, 1e-4, 1e-5, 5e-324, math.MaxFloat64, math.SmallestNonzeroFloat64,
		math.Pi, math.E, 1.5, -2.25, 3.0e10}
	for _, v := range vals {
		fmt.Println(v)
	}
	f32s := []float32{0.1, 1.0 / 3, 16777216, 1e10, 3.4028235e38, 1e-45}
	for _, v := range f32s {
		fmt.Println(v)
	}
	negZero := math.Copysign(0, -1)
	fmt.Println(negZero, math.Inf(1), math.Inf(-1), math.NaN())
	fmt.Println(float32(negZero), float32(math.Inf(1)))
	sum := 0.0
	for i := 0; i < 10; i++ {
		sum += 0.1
	}
	fmt.Println(sum, sum == 1.0)
	big := 1e300
	fmt.Println(7.0/2, big*big, -big*big)
}
