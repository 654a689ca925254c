// -m=2 byte-for-byte (tools/lib/m2-checks): flows through inlined calls (params bound with
// assign-pair, results through ~r0) and the brief's example.
package main

type T struct{ p *int }

var g *int

func f(p *int) *int { return p }

func leak(p *int) { g = p }

func main() {
	x := 1
	y := f(&x)
	leak(y)
	z := new(int)
	println(*z)
}
