// defer in a range-over-func body belongs to the enclosing function: it runs when that
// function returns (after the iterators finished), also when a panic unwinds it.
package main

import "fmt"

func count(n int) func(func(int) bool) {
	return func(yield func(int) bool) {
		defer fmt.Println("iter done", n)
		for i := 0; i < n; i++ {
			if !yield(i) {
				return
			}
		}
	}
}

func f() (r int) {
	defer fmt.Println("f's own defer")
	for x := range count(3) {
		defer func() { r += x; fmt.Println("body defer", x) }()
		for y := range count(2) {
			defer fmt.Println("inner defer", x, y)
		}
	}
	fmt.Println("f returns")
	return 100
}

func g() {
	defer func() { fmt.Println("g recovered", recover()) }()
	for x := range count(3) {
		defer fmt.Println("g body defer", x)
		if x == 1 {
			panic("g panic")
		}
	}
}

func main() {
	fmt.Println(f())
	g()
}
