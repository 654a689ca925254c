// Range over func, odds and ends: a call returning a tuple in a body return, goto inside
// the body, explicit instantiation, method values, labeled continue across nested func
// loops, goroutines per iteration, a func literal with its own loop, a nil iterator.
package main

import (
	"fmt"
	"iter"
	"sync"
)

func Gen[T any](vals ...T) iter.Seq[T] {
	return func(yield func(T) bool) {
		for _, v := range vals {
			if !yield(v) {
				return
			}
		}
	}
}

func Nums(yield func(int) bool) {
	for i := 10; i < 13; i++ {
		if !yield(i) {
			return
		}
	}
}

func Ident[T any](yield func(T) bool) {
	var z T
	yield(z)
}

type Counter struct{ n int }

func (c Counter) Up(yield func(int) bool) {
	for i := 0; i < c.n; i++ {
		if !yield(i) {
			return
		}
	}
}

func two() (int, string) { return 7, "seven" }

func tupleRet() (int, string) {
	for x := range Nums {
		if x == 11 {
			return two()
		}
	}
	return 0, ""
}

func gotoInside() int {
	n := 0
	for x := range Nums {
		if x == 10 {
			goto skip
		}
		n += x
	skip:
		n++
	}
	return n
}

func main() {
	fmt.Println(tupleRet())
	fmt.Println(gotoInside())
	for x := range Ident[string] {
		fmt.Printf("%q\n", x)
	}
	c := Counter{n: 2}
	m := c.Up
	c.n = 5
	for x := range m {
		fmt.Print(x)
	}
	fmt.Println()
outer:
	for x := range Gen("a", "b", "c") {
		for y := range Gen(1, 2, 3) {
			if y == 2 {
				continue outer
			}
			if x == "c" {
				break outer
			}
			fmt.Println(x, y)
		}
	}
	for x := range Nums {
		x *= 2
		fmt.Print(x, " ")
	}
	fmt.Println()
	var wg sync.WaitGroup
	res := make([]int, 3)
	for x := range Nums {
		wg.Add(1)
		go func() {
			defer wg.Done()
			res[x-10] = x * x
		}()
	}
	wg.Wait()
	fmt.Println(res)
	for x := range Nums {
		f := func() {
			for y := range Gen(x, x+1) {
				if y > 10 {
					fmt.Println("inner", x, y)
					return
				}
			}
		}
		f()
	}
	cnt := 0
	for range Nums {
		for i := 0; i < 3; i++ {
			switch {
			case i == 1:
				break
			default:
				cnt++
			}
		}
	}
	fmt.Println(cnt)
	var nilSeq func(func(int) bool)
	defer func() { fmt.Println("recovered:", recover()) }()
	for x := range nilSeq {
		fmt.Println(x)
	}
}
