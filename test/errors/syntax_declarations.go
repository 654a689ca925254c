// Declaration-level syntax errors.

package main

import "fmt"

func f(a int, b) {} // ERROR "syntax error: missing parameter type"

func g(a int, []string) {} // ERROR "syntax error: missing parameter name"

type T struct {
	a int, // ERROR "syntax error: unexpected comma in struct type; possibly missing semicolon or newline or }"
}

import "os" // ERROR "syntax error: imports must appear before other declarations"

func main() {}
