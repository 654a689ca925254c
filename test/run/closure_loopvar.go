package main

import "fmt"

func main() {
	var fs []func() int
	for i := 0; i < 3; i++ {
		fs = append(fs, func() int { return i * 10 })
	}
	for _, f := range fs {
		fmt.Print(f(), " ")
	}
	fmt.Println()
	var gs []func() string
	for _, s := range []string{"a", "b", "c"} {
		gs = append(gs, func() string { return s })
	}
	for _, g := range gs {
		fmt.Print(g())
	}
	fmt.Println()
	var ps []*int
	for i := range 3 {
		ps = append(ps, &i)
	}
	fmt.Println(*ps[0], *ps[1], *ps[2])
	var hs []func()
	for i := 0; i < 3; i++ {
		hs = append(hs, func() { i += 100; fmt.Print(i, " ") })
		i++
	}
	for _, h := range hs {
		h()
	}
	fmt.Println()
	shared := 0
	inc := func() { shared++ }
	inc()
	inc()
	fmt.Println(shared)
}
