package main

import (
	"errors"
	"fmt"
)

func double() (x int) {
	defer func() { x *= 2 }()
	return 21
}

func order() (s string) {
	defer func() { s += " c" }()
	defer func() { s += " b" }()
	s = "a"
	return s
}

func swap() (a, b int) {
	defer func() { a, b = b, a }()
	return 1, 2
}

func wrapErr() (err error) {
	defer func() {
		if err != nil {
			err = fmt.Errorf("wrapped: %w", err)
		}
	}()
	return errors.New("inner")
}

func unnamed() int {
	x := 5
	defer func() { x = 100 }()
	return x
}

func bare() (n int, s string) {
	defer func() { n++; s += "!" }()
	n, s = 41, "hi"
	return
}

func tuple() (int, string) { return 7, "seven" }

func fromCall() (n int, s string) {
	defer func() { n *= 3 }()
	return tuple()
}

func main() {
	fmt.Println(double())
	fmt.Println(order())
	fmt.Println(swap())
	fmt.Println(wrapErr())
	fmt.Println(unnamed())
	fmt.Println(bare())
	fmt.Println(fromCall())
}
