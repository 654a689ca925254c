// fmt.Println/Print: default formats of basic and composite values.
package main

import "fmt"

type T struct {
	A int
	B string
	C []int
	D *int
}

type Inner struct{ X, Y int }
type Outer struct {
	I   Inner
	P   *Inner
	Arr [2]bool
}

func main() {
	fmt.Println(1, -2, "three", 4.5, true, 'r', uint8(7))
	fmt.Println([]int{1, 2}, [2]string{"a", "b"}, []string{}, []int(nil))
	fmt.Println(T{1, "x", []int{3}, nil})
	fmt.Println(&Inner{1, 2}, Outer{Inner{1, 2}, nil, [2]bool{true, false}})
	fmt.Println([]Inner{{1, 2}, {3, 4}}, [][]int{{1}, {2, 3}})
	fmt.Println(nil, []byte("hi"), float32(2.5), 1e21, 1e20)
	fmt.Print("a", "b", 1, 2, "c", 3.0, "\n")
	fmt.Print(1, 2, "\n")
	fmt.Println()
	fmt.Println("", "")
	var e error
	fmt.Println(e)
	n, err := fmt.Println("count me")
	fmt.Println(n, err)
	fmt.Println(int64(-9223372036854775808), uint64(18446744073709551615))
}
