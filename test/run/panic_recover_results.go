package main

import "fmt"

type Point struct{ X, Y int }

// Named results written before the panic are what the recovered function returns.
func structResult() (p Point, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("recovered %v", r)
		}
	}()
	p.X = 3
	p.Y = 4
	var m map[string]int
	m["boom"] = 1
	return Point{}, nil
}

func arrayResult(n int) (a [3]int) {
	defer func() { recover() }()
	for i := range a {
		a[i] = i + n
	}
	a[n] = 99 // n == 3 panics after the loop filled a
	return
}

// An unnamed result set by `return` survives a panic in a deferred call that another
// deferred call recovers.
func unnamedKept() int {
	defer func() { recover() }()
	defer func() { panic("in defer") }()
	return 7
}

func counter() (n int) {
	defer func() {
		recover()
		n *= 10
	}()
	for n = 0; n < 5; n++ {
		if n == 4 {
			panic(n)
		}
	}
	return -1
}

var nilf func()

func deferNilFunc() (ok bool) {
	defer func() { ok = recover() != nil }()
	defer nilf() // panics when it runs, not here
	return false
}

func main() {
	fmt.Println(structResult())
	fmt.Println(arrayResult(3))
	fmt.Println(unnamedKept())
	fmt.Println(counter())
	fmt.Println(deferNilFunc())
}
