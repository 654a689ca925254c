// An iterator that recovers a panic of the loop body and returns normally: the loop panics
// with gc's "did not resume panicking" runtime error.
package main

import "fmt"

func swallow(yield func(int) bool) {
	defer func() {
		fmt.Println("iterator recovered:", recover())
	}()
	yield(1)
}

func main() {
	for x := range swallow {
		panic(fmt.Sprint("body panic ", x))
	}
	fmt.Println("not reached")
}
