// Several syntax errors in one file: the parser recovers and reports each (one per line).

package main

x := 1 // ERROR "syntax error: non-declaration statement outside function body"

func f() {
	if x // ERROR "syntax error: unexpected newline, expected { after if clause"
	{
	}
	g(a b) // ERROR "syntax error: unexpected name b in argument list; possibly missing comma or \)"
	for i := 0; i < 10; i++ // ERROR "syntax error: unexpected newline, expected { after for clause"
	{
	}
	y := T{a: 1 // ERROR "syntax error: unexpected newline in composite literal; possibly missing comma or }"
	}
}

var v int = 1 2 // ERROR "syntax error: unexpected literal 2 after top level declaration"

func main() {}
