// Names must be declared before use.
package main

type T struct{ a int }

func main() {
	u := nothing // ERROR "undefined: nothing"
	var t T
	t.b = 1 // ERROR "t.b undefined \(type T has no field or method b\)"
	_ = u
}
