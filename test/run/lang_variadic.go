package main

import "fmt"

func sum(base int, xs ...int) int {
	for _, x := range xs {
		base += x
	}
	return base
}

func count(xs ...interface{}) int { return len(xs) }

func modify(xs ...int) {
	if len(xs) > 0 {
		xs[0] = 99
	}
}

func isNil(xs ...string) bool { return xs == nil }

type Logger struct{ prefix string }

func (l Logger) Log(format string, args ...any) { fmt.Printf(l.prefix+format+"\n", args...) }

func main() {
	fmt.Println(sum(1), sum(1, 2), sum(1, 2, 3, 4))
	s := []int{10, 20}
	fmt.Println(sum(0, s...))
	modify(s...)
	fmt.Println(s)
	fmt.Println(count(), count(nil), count(1, "a", nil), count([]interface{}{1, 2}...), count([]interface{}{1, 2}))
	fmt.Println(isNil(), isNil([]string{}...), isNil(nil...))
	Logger{"> "}.Log("%d-%s", 1, "x")
	f := sum
	fmt.Println(f(1, 1, 1))
	g := func(xs ...float64) (n int) { n = len(xs); return }
	fmt.Println(g(1, 2.5))
	fmt.Println(fmt.Sprint(append([]interface{}{"a"}, 1, 2)...))
}
