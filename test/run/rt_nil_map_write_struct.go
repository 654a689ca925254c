package main

import "fmt"

type Reg struct {
	byName map[string]int
}

func main() {
	var r Reg
	fmt.Println(r.byName["x"], len(r.byName))
	delete(r.byName, "x")
	r.byName["x"] = 1
}
