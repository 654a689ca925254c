package main

import "fmt"

type int32 string

func len(x string) int { return 42 }

var true = false

func main() {
	var s int32 = "hello"
	fmt.Println(s, len("abc"), true)
	{
		nil := 5
		fmt.Println(nil + 1)
	}
	cap := func() string { return "cap" }
	fmt.Println(cap())
	const (
		a = iota
		b
	)
	iota := 10
	fmt.Println(iota, a, b)
	type bool int
	var x bool = 3
	fmt.Println(x + 1)
	string := "str"
	fmt.Println(string)
	append := 1
	copy, print := append+1, append+2
	fmt.Println(copy, print)
	var error = "err"
	fmt.Println(error)
}
