package main

import "fmt"

func main() {
	var xs = []uint8{3, 0}
	for _, x := range xs {
		fmt.Println(200 % x)
	}
}
