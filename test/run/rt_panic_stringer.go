package main

import "fmt"

type T struct{ n int }

func (t T) String() string { return fmt.Sprintf("T(%d)", t.n) }

func main() {
	defer fmt.Println("deferred runs")
	panic(T{3})
}
