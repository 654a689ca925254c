// Dereferencing a nil pointer panics (the runtime turns SIGSEGV into a Go panic).
package main

import "fmt"

type T struct{ x, y int }

func get(p *T) int { return p.y }

func main() {
	fmt.Println("start")
	var p *T
	fmt.Println(get(p))
}
