package main

import "fmt"

func main() {
	var s []int
	p := (*[0]int)(s)
	fmt.Println(p == nil)
	s = make([]int, 2, 10)
	q := (*[4]int)(s)
	fmt.Println(q)
}
