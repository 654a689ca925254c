// An iterator that calls yield again after the loop body returned false (break) panics
// with gc's runtime error, exit status 2.
package main

import "fmt"

func careless(yield func(int) bool) {
	for i := 0; i < 5; i++ {
		yield(i) // ignores yield's result
	}
}

func main() {
	for x := range careless {
		fmt.Println(x)
		if x == 2 {
			break
		}
	}
	fmt.Println("not reached")
}
