// A command whose package main has tests: golc test builds it like go test, without
// running its func main.
package main

import "fmt"

func greet(name string) string { return "hello, " + name }

func main() { fmt.Println(greet("world")) }
