// Characters that cannot start a token are dropped after an error.

package main

var a @= 1 // ERROR "invalid character U\+0040 '@'"
var b = x·y   // ERROR "invalid character U\+00B7 '·' in identifier"

func main() {}
