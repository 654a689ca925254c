// Method expressions of methods promoted through embedded fields, value and pointer forms.
package main

import "fmt"

type Counter struct{ n int }

func (c *Counter) Add(k int) int { c.n += k; return c.n }
func (c Counter) Get() int       { return c.n }

type Named struct{ name string }

func (n Named) Hello(greet string) string { return greet + ", " + n.name }

type Widget struct {
	Counter
	*Named
}

func main() {
	w := &Widget{Named: &Named{"widget"}}
	add := (*Widget).Add
	fmt.Println(add(w, 2), add(w, 3))
	get := Widget.Get
	fmt.Println(get(*w), (*Widget).Get(w))
	hello := Widget.Hello
	fmt.Println(hello(*w, "hi"), (*Widget).Hello(w, "hello"))
	g := struct{ Named }.Hello
	fmt.Println(g(struct{ Named }{Named{"anon"}}, "hey"))
	fmt.Printf("%T\n", add)
}
