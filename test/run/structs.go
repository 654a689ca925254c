// Structs are values: copies are independent; == compares field by field.
package main

import "fmt"

type Point struct {
	X, Y int
}

type Rect struct {
	Min, Max Point
	Name     string
}

func (r Rect) Area() int {
	return (r.Max.X - r.Min.X) * (r.Max.Y - r.Min.Y)
}

func grow(r Rect) Rect {
	r.Max.X++
	r.Max.Y++
	return r
}

func main() {
	p := Point{1, 2}
	q := p
	q.X = 10
	fmt.Println(p, q, p == q, p == Point{1, 2})
	r := Rect{Min: Point{0, 0}, Max: Point{3, 4}, Name: "r"}
	g := grow(r)
	fmt.Println(r.Area(), g.Area(), r, g)
	fmt.Printf("%v %+v\n", r, g)
	var zero Rect
	fmt.Println(zero, zero == Rect{})
	anon := struct {
		A int
		B string
	}{7, "seven"}
	fmt.Println(anon, anon.A, anon.B)
	pts := []Point{{1, 1}, {2, 4}, {3, 9}}
	for _, pt := range pts {
		pt.Y = 0
	}
	fmt.Println(pts)
	for i := range pts {
		pts[i].Y = 0
	}
	fmt.Println(pts)
	type pair struct {
		k string
		v int
	}
	ps := [2]pair{{"a", 1}, {"b", 2}}
	fmt.Println(ps[0] == pair{"a", 1}, ps[1].k)
}
