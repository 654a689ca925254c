// Interfaces: method sets, dynamic dispatch, type switches and assertions, Stringer.
package main

import "fmt"

type Shape interface {
	Area() float64
	Name() string
}

type Rect struct{ W, H float64 }
type Circle struct{ R float64 }

func (r Rect) Area() float64    { return r.W * r.H }
func (r Rect) Name() string     { return "rect" }
func (c *Circle) Area() float64 { return 3 * c.R * c.R }
func (c *Circle) Name() string  { return "circle" }

type Temp int

func (t Temp) String() string { return fmt.Sprintf("%d°C", int(t)) }

func describe(v any) string {
	switch x := v.(type) {
	case nil:
		return "nil"
	case int:
		return fmt.Sprint("int ", x+1)
	case string:
		return "string " + x
	case Shape:
		return "shape " + x.Name()
	case error:
		return "error " + x.Error()
	default:
		return fmt.Sprintf("other %T", x)
	}
}

func main() {
	shapes := []Shape{Rect{2, 3}, &Circle{1}}
	total := 0.0
	for _, s := range shapes {
		fmt.Println(s.Name(), s.Area())
		total += s.Area()
	}
	fmt.Println(total)
	fmt.Println(describe(nil), describe(41), describe("s"), describe(Rect{}), describe(2.5))
	var s Shape = Rect{1, 1}
	r, ok := s.(Rect)
	fmt.Println(r, ok)
	_, ok = s.(*Circle)
	fmt.Println(ok)
	fmt.Println(Temp(21), []Temp{1, 2})
	fmt.Printf("%v %s %d\n", Temp(5), Temp(6), Temp(7))
	var e any = 3
	var f any = 3
	fmt.Println(e == f, e != any("3"))
}
