// Printf %v %+v %#v %T %t %p, and what fmt prints for wrong or missing arguments.
package main

import (
	"fmt"
	"strings"
)

type Point struct {
	X, Y int
	Tag  string
}

type Celsius float64

func main() {
	p := Point{1, 2, "a"}
	fmt.Printf("%v|%+v|%#v\n", p, p, p)
	fmt.Printf("%v|%+v\n", &p, &p)
	fmt.Printf("%T|%T|%T|%T|%T|%T\n", p, &p, 1, "s", []float64{}, Celsius(1))
	fmt.Printf("%T|%T|%T|%T\n", [3]int{}, struct{}{}, 'x', nil)
	fmt.Printf("%t|%t|%v|%5t|\n", true, false, true, false)
	ptr := fmt.Sprintf("%p", &p)
	fmt.Println(strings.HasPrefix(ptr, "0x"), len(ptr) > 2)
	fmt.Printf("%d\n", "str")
	fmt.Printf("%s\n", 42)
	fmt.Printf("%d %d\n", 1)
	fmt.Printf("%d\n", 1, 2)
	fmt.Printf("%!\n")
	fmt.Printf("%z\n", 3)
	fmt.Printf("%v %v\n", []any{1, "a", nil}, [2]bool{})
	fmt.Printf("%#v %#v %#v\n", []int{1}, "q", map[string]int(nil))
	s := fmt.Sprintf("%3d|%-4s|%x", 5, "ab", 255)
	fmt.Println(s)
	fmt.Printf("%v %.2v %10.3v|\n", 1.0/3, 1.0/3, 2.0/3)
}
