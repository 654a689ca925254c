// Program test of fmt on nested values (expected output from gc: fmt_values.out).
package main

import (
	"errors"
	"fmt"
)

type Inner struct {
	A int
	b string
}
type Outer struct {
	In  Inner
	P   *Inner
	E   error
	Any any
	F   float32
	S   []string
}

func main() {
	o := Outer{In: Inner{1, "x"}, E: errors.New("e1"), Any: 3.5, F: 0.1, S: []string{"a"}}
	fmt.Printf("%v\n%+v\n", o, o)
	fmt.Printf("%*d|%-*d|%.*f\n", 5, 1, 4, 2, 2, 3.14159)
	fmt.Println(int8(-5), uint16(7), 'x', byte('y'), complex(1, -2), float32(1)/3)
	fmt.Printf("%08.3f|%+.2e|%x|%X|%o|%b|%c|%U\n", -3.14159, 12345.678, -255, 255, 8, 5, 0x4e16, 0x4e16)
	fmt.Printf("%q|%v|%d\n", []string{"a b", "c"}, [2]bool{true, false}, []int8{-1, 2})
	fmt.Printf("%s|%d\n", 42, "x")
	fmt.Printf("%d\n", 1, 2)
	var np *Inner
	fmt.Println(np, nil)
	fmt.Printf("%v %+v\n", &Inner{5, "y"}, []*int{nil})
	fmt.Println(fmt.Sprint("a", 1, 2, "b", 3.0), fmt.Sprintln("x", 1))
}
