// Slice to array and array-pointer conversions: copies, aliases, zero lengths, nil slices.
package main

import "fmt"

func main() {
	s := []string{"a", "b", "c", "d"}
	arr := [3]string(s)
	arr[0] = "changed copy"
	fmt.Println(arr, s)
	p := (*[2]string)(s[1:])
	p[1] = "aliased"
	fmt.Println(*p, s)
	var nilSlice []int
	z := [0]int(nilSlice)
	zp := (*[0]int)(nilSlice)
	fmt.Println(z, zp == nil, len(z))
	empty := []int{}
	ep := (*[0]int)(empty)
	fmt.Println(ep != nil)
	type Pair [2]float64
	pr := Pair([]float64{1.5, 2.5, 3.5})
	fmt.Printf("%v %T\n", pr, pr)
}
