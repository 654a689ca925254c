// Statement-level syntax errors.

package main

func f() {
	if x := 1 { // ERROR "syntax error: cannot use x := 1 as value"
	}
	a, b // ERROR "syntax error: unexpected newline, expected := or = or comma"
	if { // ERROR "syntax error: missing condition in if statement"
	}
	switch {
	case 1 // ERROR "syntax error: unexpected newline, expected :"
	}
}

func main() {}
