package main

import "fmt"

func main() {
	s := []int{1, 2, 3}
	a := [2]int(s)
	fmt.Println(a)
	p := (*[3]int)(s)
	p[0] = 9
	fmt.Println(s)
	b := [4]int(s)
	fmt.Println(b)
}
