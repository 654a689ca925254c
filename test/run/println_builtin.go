// The println and print builtins write to stderr in the runtime's own formats.
package main

func main() {
	println("hello", 42, -7, true, false)
	print("no", "spaces", 1, 2, "\n")
	println(3.5, -0.25, 1e100, float32(1.5))
	println(int8(-3), uint64(18446744073709551615), 'x')
	var p *int
	println(p == nil)
	println()
	print("end\n")
}
