// defer runs last-in first-out; recover stops a panic; deferred closures see named results.
package main

import "fmt"

func order() {
	for i := 0; i < 3; i++ {
		defer fmt.Println("deferred", i)
	}
	fmt.Println("body done")
}

func safeDiv(a, b int) (q int, err string) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Sprint("recovered: ", r)
		}
	}()
	return a / b, ""
}

func double() (n int) {
	defer func() { n *= 2 }()
	return 21
}

func main() {
	order()
	fmt.Println(safeDiv(7, 2))
	fmt.Println(safeDiv(7, 0))
	fmt.Println(double())
	func() {
		defer func() { fmt.Println("recover:", recover()) }()
		panic("custom")
	}()
	fmt.Println("still running")
}
