// Calling a saved yield function after the whole loop finished panics with gc's runtime
// error ("after whole loop exit").
package main

import "fmt"

var saved func(string) bool

func keep(yield func(string) bool) {
	saved = yield
	yield("once")
}

func main() {
	for s := range keep {
		fmt.Println(s)
	}
	fmt.Println("loop done")
	saved("again")
}
