package main

import "fmt"

var order []string

var v = record("var v")

func record(s string) int {
	order = append(order, s)
	return len(order)
}

func init() {
	record("init 1")
}

func init() {
	record("init 2")
	v *= 10
}

var w = record("var w")

func init() {
	record("init 3")
}

func main() {
	record("main")
	for i, s := range order {
		fmt.Println(i, s)
	}
	fmt.Println(v, w)
}
