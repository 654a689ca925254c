package main

import "fmt"

func size(n int) int { return n - 5 }

func main() {
	s := make([]int, size(7))
	fmt.Println(len(s))
	t := make([]int, size(3))
	fmt.Println(len(t))
}
