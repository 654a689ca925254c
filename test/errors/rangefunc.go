// Range over func: the iterator's shape and the number of iteration variables (gc's texts).
package main

type MyBool bool

func main() {
	var f0 func(func() bool)
	var f1 func(func(int) bool)
	var a func(int)
	var b func(func(int) bool) int
	var c func(func(int, int, int) bool)
	var d func(func(int))
	var e func(func(int) MyBool)
	var g func(int, int)
	for x := range f0 { // ERROR "range over f0 \(variable of type func\(func\(\) bool\)\) permits no iteration variables"
		_ = x
	}
	for x, y := range f1 { // ERROR "range over f1 \(variable of type func\(func\(int\) bool\)\) permits only one iteration variable"
		_, _ = x, y
	}
	for range a { // ERROR "cannot range over a \(variable of type func\(int\)\): func must be func\(yield func\(...\) bool\): argument is not func"
	}
	for range b { // ERROR "func must be func\(yield func\(...\) bool\): unexpected results"
	}
	for range c { // ERROR "func must be func\(yield func\(...\) bool\): yield func has too many parameters"
	}
	for range d { // ERROR "func must be func\(yield func\(...\) bool\): yield func does not return bool"
	}
	for range e { // ERROR "func must be func\(yield func\(...\) bool\): yield func returns user-defined boolean, not bool"
	}
	for range g { // ERROR "func must be func\(yield func\(...\) bool\): wrong argument count"
	}
	var s string
	for s = range f1 { // ERROR "cannot use s \(value of type int\) as string value in assignment"
	}
	_ = s
}
