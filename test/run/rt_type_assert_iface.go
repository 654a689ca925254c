package main

import "fmt"

type R interface{ Read() }
type T struct{}

func main() {
	var x interface{} = T{}
	fmt.Println("asserting")
	_ = x.(R)
}
