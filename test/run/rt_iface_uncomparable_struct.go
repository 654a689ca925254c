package main

import "fmt"

type S struct {
	name string
	f    func()
}

func main() {
	var a interface{} = S{"x", nil}
	fmt.Println(a == 1)
	fmt.Println(a == a)
}
