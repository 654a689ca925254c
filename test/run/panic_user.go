// panic with a string value: "panic: boom", then the goroutine trace, exit status 2.
package main

import "fmt"

func explode() {
	panic("boom")
}

func main() {
	fmt.Println("about to panic")
	explode()
}
