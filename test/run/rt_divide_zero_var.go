package main

import "fmt"

func div(a, b int32) int32 { return a / b }

func main() {
	fmt.Println(div(7, 2))
	zero := int32(0)
	for i := 0; i < 3; i++ {
		zero += int32(i) - 1
	}
	fmt.Println(zero)
	fmt.Println(div(1, zero))
}
