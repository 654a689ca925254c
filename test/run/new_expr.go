// Go 1.26 new(expr): the new variable starts with the expression's value.
package main

import "fmt"

type Point struct{ X, Y int }

var global = new(7)

func main() {
	p := new(123)
	x := 42
	q := new(x)
	x = 0
	r := new([2]int{1, 2})
	var i int
	v := new(i > 0)
	pt := new(Point{3, 4})
	s := new("text")
	f := new(1.5)
	fmt.Println(*p, *q, *r, *v, *pt, *s, *f, *global)
	fmt.Printf("%T %T %T\n", p, f, v)
}
