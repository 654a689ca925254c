// defer_multi_builtin: `defer f(g())` with a multi-value g (g runs at the defer statement),
// and builtins as deferred calls with their arguments evaluated at the defer statement.
package main

import (
	"errors"
	"fmt"
)

var trace []string

func pair(tag string) (int, string) {
	trace = append(trace, "pair "+tag)
	return len(tag), tag
}

func show(n int, s string) { fmt.Println("show", n, s) }

type T struct{ id int }

func (t T) m(n int, s string)   { fmt.Println("T.m", t.id, n, s) }
func (t *T) pm(n int, s string) { fmt.Println("T.pm", t.id, n, s) }

type Shower interface{ m(int, string) }

func triple() (int, float64, error) { return 3, 2.5, errors.New("e3") }

func variadic(xs ...any) { fmt.Println("variadic", len(xs), xs) }

func direct() {
	defer show(pair("direct"))
	t := T{1}
	defer t.m(pair("value"))
	defer t.pm(pair("pointer"))
	var s Shower = T{2}
	defer s.m(pair("iface"))
	defer fmt.Println(triple())
	defer variadic(triple())
	f := show
	defer f(pair("funcvalue"))
	f = nil
	t.id = 9 // the value receiver was copied at the defer; the pointer one was not
	fmt.Println("direct body", trace)
}

func builtins() {
	x := 1
	defer println("println at defer", x)
	defer println(pair("println multi"))
	defer print("print at defer ", x, "\n")
	x = 2
	m := map[string]int{"a": 1, "b": 2}
	defer func() { fmt.Println("map after delete", m) }()
	defer delete(m, "a")
	ch := make(chan int, 1)
	defer func() { v, ok := <-ch; fmt.Println("received", v, ok) }()
	defer close(ch)
	dst := make([]int, 3)
	defer func() { fmt.Println("dst", dst) }()
	src := []int{7, 8}
	defer copy(dst, src)
	src = []int{1, 1, 1}
	defer clear(m)
	defer recover() // not called directly by a deferred function: does nothing
	fmt.Println("builtins body", x)
}

func deferPanic() (err error) {
	defer func() {
		r := recover()
		err = fmt.Errorf("recovered %v", r)
	}()
	v := "first value"
	defer panic(v)
	v = "second value"
	return nil
}

func closeNil() {
	defer func() { fmt.Println("close nil:", recover()) }()
	var ch chan int
	defer close(ch)
}

func main() {
	direct()
	builtins()
	fmt.Println(deferPanic())
	closeNil()
	defer show(pair("main"))
	defer panic(errors.New("final"))
}
