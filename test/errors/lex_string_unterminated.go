// Interpreted strings end at their line: a newline inside is an error at the newline.
// The annotation below is itself inside the runaway string, so the line also yields a
// follow-on syntax error, exactly as with gc.

package main

var a = "abc // ERROR "newline in string|syntax error: unexpected name newline after top level declaration"
var b = "fine"

func main() {}
