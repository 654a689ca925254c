// Constants must be representable in the type they are converted to.
package main

const big int8 = 300 // ERROR "cannot use 300 \(untyped int constant\) as int8 value in constant declaration \(overflows\)"

const a int8 = 100

func main() {
	var b byte = 256 // ERROR "cannot use 256 \(untyped int constant\) as byte value in variable declaration \(overflows\)"
	c := byte(256)   // ERROR "constant 256 overflows byte"
	d := a * 2       // ERROR "a \* 2 \(constant 200 of type int8\) overflows int8"
	var x int = 1.5  // ERROR "cannot use 1.5 \(untyped float constant\) as int value in variable declaration \(truncated\)"
	y := 1 << 70     // ERROR "cannot use 1 << 70 \(untyped int constant 1180591620717411303424\) as int value in assignment \(overflows\)"
	var f float32 = 1e40 // ERROR "cannot use 1e40 \(untyped float constant 1e\+40\) as float32 value in variable declaration \(overflows\)"
	_, _, _, _, _, _ = b, c, d, x, y, f
}
