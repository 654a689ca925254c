// Types may not contain themselves by value; package variables may not depend on themselves.
package main

type T struct{ a T } // ERROR "invalid recursive type: T refers to itself"

type L struct{ next *L }

var v1 = v2 // ERROR "initialization cycle for v1"
var v2 = v1

func main() {
	var l L
	_ = l
}
