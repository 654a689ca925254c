package main

import "fmt"

func main() {
	var a interface{} = []int{1, 2}
	var b interface{} = []int{1, 2}
	fmt.Println("comparing")
	fmt.Println(a == b)
}
