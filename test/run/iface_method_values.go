// Method values and method expressions of interface types.
package main

import (
	"errors"
	"fmt"
)

type Shape interface {
	Area() float64
	Scale(f float64) Shape
}

type Rect struct{ W, H float64 }

func (r Rect) Area() float64          { return r.W * r.H }
func (r Rect) Scale(f float64) Shape  { return Rect{r.W * f, r.H * f} }

type Circle struct{ R float64 }

func (c *Circle) Area() float64         { return 3 * c.R * c.R }
func (c *Circle) Scale(f float64) Shape { return &Circle{c.R * f} }

func apply(fs []func() float64) (sum float64) {
	for _, f := range fs {
		sum += f()
	}
	return
}

func main() {
	shapes := []Shape{Rect{2, 3}, &Circle{1}}
	var areas []func() float64
	for _, s := range shapes {
		areas = append(areas, s.Area) // bound now: later changes to s don't matter
	}
	fmt.Println(apply(areas))
	area := Shape.Area
	scale := Shape.Scale
	for _, s := range shapes {
		fmt.Println(area(s), area(scale(s, 2)), Shape.Area(s))
	}
	var err error = errors.New("boom")
	msg := err.Error
	fmt.Println(msg(), error.Error(err))
	defer func() { fmt.Println("recovered:", recover()) }()
	var none Shape
	f := none.Area
	fmt.Println("not reached", f)
}
