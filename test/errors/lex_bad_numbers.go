// Malformed number literals: digit separators, prefixes without digits, wrong digits,
// mantissa and exponent mismatches. (Nine of them: gc stops at ten with "too many errors".)

package main

var a = 1_        // ERROR "'_' must separate successive digits"
var b = 1__2      // ERROR "'_' must separate successive digits"
var c = 0x        // ERROR "hexadecimal literal has no digits"
var d = 0b102     // ERROR "invalid digit '2' in binary literal"
var e = 09        // ERROR "invalid digit '9' in octal literal"
var f = 0o8       // ERROR "invalid digit '8' in octal literal"
var g = 0x1.8     // ERROR "hexadecimal mantissa requires a 'p' exponent"
var h = 1p3       // ERROR "'p' exponent requires hexadecimal mantissa"
var i = 1e+       // ERROR "exponent has no digits"
var ok = 0x_1F + 0o17 + 0b1_0 + 017 + 1_000 + 09.5 + 0x1p-2 + 1e3 + 09i + .5

func main() {}
