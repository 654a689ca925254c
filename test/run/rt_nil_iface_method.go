package main

import "fmt"

type S interface{ M() int }

func main() {
	var s S
	fmt.Println("calling")
	fmt.Println(s.M())
}
