// Interface satisfaction: missing methods and pointer receivers.
package main

type I interface{ M() }

type T struct{}

type P struct{}

func (*P) M() {}

func main() {
	var t T
	var p P
	var i I = t // ERROR "cannot use t \(variable of struct type T\) as I value in variable declaration: T does not implement I \(missing method M\)"
	var j I = p // ERROR "P does not implement I \(method M has pointer receiver\)"
	var k I = &p
	_, _, _ = i, j, k
}
