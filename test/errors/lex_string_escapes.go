// Bad escapes in interpreted strings; positions are those of the offending character or
// of the end of an escape whose value is out of range.

package main

var a = "\q"          // ERROR "unknown escape"
var b = "\'"          // ERROR "unknown escape"
var c = "\x1"         // ERROR "invalid character '.' in hexadecimal escape"
var d = "\777"        // ERROR "octal escape value 511 > 255"
var e = "\U00110000"  // ERROR "escape is invalid Unicode code point U\+110000"
var ok = "\a\b\f\n\r\t\v\\\"\101\x41\u00e9\U0001F600"

func main() {}
