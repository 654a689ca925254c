package main

import "fmt"

type R interface{ Read() }

func main() {
	var x interface{}
	_, ok := x.(R)
	fmt.Println(ok)
	_ = x.(R)
}
