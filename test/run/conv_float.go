// Conversions between integers and floats: truncation toward zero, float32 rounding.
package main

import "fmt"

func main() {
	fs := []float64{3.7, -3.7, 0.5, -0.5, 1e9, 123456789.987}
	for _, f := range fs {
		fmt.Println(f, int(f), int32(f), int64(f))
	}
	var i int = 16777217
	fmt.Println(float32(i), float64(i))
	var f32 float32 = 0.1
	fmt.Println(f32, float64(f32), float32(float64(f32)))
	var u uint64 = 1<<63 + 1
	fmt.Println(float64(u))
	var neg int = -42
	fmt.Println(float64(neg)/8, float32(neg)/8)
	x := 7
	y := 2
	fmt.Println(float64(x)/float64(y), x/y)
	var f float64 = 255.9
	fmt.Println(uint8(f), uint16(f*100))
	fmt.Println(float32(1)/3, float64(1)/3)
}
