package main

import "fmt"

func main() {
	m := map[interface{}]int{"a": 1, 2: 2}
	fmt.Println(m["a"], m[2], len(m))
	var k interface{} = []int{1, 2}
	m[k] = 3
	fmt.Println("unreachable")
}
