// Bytes that are not UTF-8 are reported wherever they occur, here inside string literals
// so that the annotation can share the line.

package main

var a = "aÿb"     // ERROR "invalid UTF-8 encoding"
var b = "À¯"     // ERROR "invalid UTF-8 encoding"

func main() {}
