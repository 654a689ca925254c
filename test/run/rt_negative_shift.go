package main

import "fmt"

func main() {
	n := -1
	for i := 3; i >= 0; i-- {
		n = i - 1
	}
	fmt.Println(1 << 2)
	fmt.Println(1 << n)
}
