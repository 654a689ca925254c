package main

import "fmt"

func main() {
	var a [5]int
	i := 2
	a[i] = 1
	fmt.Println(a)
	i += 3
	a[i] = 2
}
