// Slicing beyond the capacity panics with gc's message, exit status 2.
package main

import "fmt"

func main() {
	s := make([]int, 2, 3)
	hi := 5
	fmt.Println(len(s[:3]))
	fmt.Println(s[1:hi])
}
