// Leaving range-over-func bodies: returns from nested loops, goto, labeled break and
// continue across plain and func loops, break inside switch/select, panics recovered
// through the iterator, and the iterator's own defers.
package main

import (
	"errors"
	"fmt"
	"iter"
)

func count(n int) iter.Seq[int] {
	return func(yield func(int) bool) {
		defer fmt.Println("count", n, "cleanup")
		for i := 0; i < n; i++ {
			if !yield(i) {
				return
			}
		}
	}
}

type Tree struct {
	l, r *Tree
	v    int
}

func (t *Tree) walk(yield func(int) bool) bool {
	if t == nil {
		return true
	}
	return t.l.walk(yield) && yield(t.v) && t.r.walk(yield)
}

func (t *Tree) All(yield func(int) bool) { t.walk(yield) }

func deep(a, b int) (int, error) {
	for i := range count(5) {
		for j := range count(5) {
			for k := range count(5) {
				if i == a && j == b && k == 2 {
					return i*100 + j*10 + k, nil
				}
			}
		}
	}
	return 0, errors.New("not found")
}

func gotoOut() string {
	for i := range count(4) {
		if i == 2 {
			goto found
		}
	}
	return "no"
found:
	return "found"
}

func mixed() {
	for i := 0; i < 3; i++ {
	inner:
		for x := range count(4) {
			switch {
			case x == 1:
				continue
			case x == 2 && i == 0:
				break inner
			case x == 2 && i == 1:
				continue
			case i == 2:
				break
			}
			for j := 0; j < 10; j++ {
				if j == 1 {
					continue inner
				}
			}
			fmt.Println("mixed", i, x)
		}
	}
L:
	for i := 0; i < 5; i++ {
		for x := range count(3) {
			if x == 1 && i == 0 {
				continue L
			}
			if x == 2 && i == 1 {
				break L
			}
			fmt.Println("L", i, x)
		}
	}
}

func recovered() (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("recovered: %v", r)
		}
	}()
	for x := range count(3) {
		if x == 1 {
			panic("boom")
		}
	}
	return nil
}

func namedDefer() (r int) {
	defer func() { r *= 2 }()
	for x := range count(10) {
		if x == 4 {
			return x + 1
		}
	}
	return 0
}

func main() {
	t := &Tree{v: 5, l: &Tree{v: 2, r: &Tree{v: 3}}, r: &Tree{v: 9}}
	for v := range t.All {
		fmt.Print(v, " ")
		if v == 5 {
			break
		}
	}
	fmt.Println()
	fmt.Println(deep(1, 3))
	fmt.Println(deep(7, 3))
	fmt.Println(gotoOut())
	mixed()
	fmt.Println(recovered())
	fmt.Println(namedDefer())
	total := 0
	for x := range count(4) {
		func() { total += x }()
	}
	fmt.Println(total)
	ch := make(chan int, 1)
	for x := range count(3) {
		select {
		case ch <- x:
			fmt.Println("sent", x)
		default:
			fmt.Println("full", <-ch)
			break
		}
	}
}
