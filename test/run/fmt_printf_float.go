// Printf float verbs: %f %e %E %g %G %v with width, precision and flags.
package main

import (
	"fmt"
	"math"
)

func main() {
	x := 3.14159265358979
	fmt.Printf("%f|%.2f|%8.3f|%-8.1f|%08.2f|%+.1f|% .1f\n", x, x, x, x, x, x, x)
	fmt.Printf("%e|%.3e|%E|%g|%G|%.3g|%v\n", x, x, x, x, x, x, x)
	big, small := 123456789.0, 0.000012345
	fmt.Printf("%g|%g|%e|%f|%v|%v\n", big, small, small, small, big*1e15, small)
	fmt.Printf("%.0f|%.0f|%.0f|%.1f|%.1f\n", 0.5, 1.5, 2.5, 0.05, 0.15)
	fmt.Printf("%f|%f|%f|%v|%5.1f\n", math.Inf(1), math.Inf(-1), math.NaN(), -0.0*-1, math.Inf(1))
	var f32 float32 = 1.1
	fmt.Printf("%v|%g|%f|%.10f\n", f32, f32, f32, float64(f32))
	fmt.Printf("%6.2f%%\n", 99.5)
	fmt.Printf("%g %g %g %g\n", 100000.0, 1000000.0, 1e21, 1e-5)
	fmt.Printf("%#g|%#.3g|%#v\n", 1.0, 2.0, 3.0)
	fmt.Printf("%x|%b\n", 1.0, 0.5)
}
