package main

import (
	"errors"
	"fmt"
)

var trace []string

func note(s string) { trace = append(trace, s) }

func level3(n int) int {
	defer note("level3 deferred")
	if n > 2 {
		panic(fmt.Sprintf("too deep: %d", n))
	}
	return n
}

func level2(n int) int {
	defer func() { note("level2 deferred") }()
	return level3(n+1) * 10
}

func level1(n int) (res int, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("recovered: %v", r)
			res = -1
		}
	}()
	return level2(n+1) + 1, nil
}

func helper() interface{} { return recover() }

func indirect() (r interface{}) {
	defer func() {
		r = helper() // not called directly by the deferred function: nil
		if r == nil {
			r = recover()
		}
	}()
	panic("indirect")
}

func notPanicking() interface{} {
	return recover()
}

func nested() (s string) {
	defer func() {
		r := recover()
		s = fmt.Sprint("outer got: ", r)
	}()
	func() {
		defer func() {
			r := recover()
			note(fmt.Sprint("inner got: ", r))
			panic(errors.New("from inner defer"))
		}()
		panic("inner")
	}()
	return "unreachable"
}

func deferInDefer() {
	defer func() {
		defer func() {
			fmt.Println("deferred inside a deferred call sees:", recover())
		}()
	}()
	fmt.Println("deferInDefer runs")
}

func main() {
	fmt.Println(level1(0))
	fmt.Println(level1(5))
	fmt.Println(trace)
	fmt.Println(indirect())
	fmt.Println(notPanicking())
	fmt.Println(nested())
	fmt.Println(trace)
	deferInDefer()
	for i := 0; i < 3; i++ {
		func() {
			defer func() { fmt.Println("iteration", i, "recovered", recover()) }()
			if i%2 == 1 {
				panic(i)
			}
		}()
	}
}
