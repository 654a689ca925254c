package main

import (
	"fmt"
	"strconv"
)

func main() {
	for _, s := range []string{"1_000", "0x_1p0", "1e-400", "4e-320", "1e400", "-1e400", "+nan", "NaN", "-Inf", "infinity", "+INFINITY", "infin", "0x1p-2", "0x1.8", ".5", "5.", ".", "1e", "1e+", "0x1.fffffffffffffp1023", "0x1p1024", "1.7976931348623159e308", "  1", "1_", "_1", "0.1", "3.4028236e38", "1e39", "1.401298464324817e-46", "0X1P+2", "1__0", "0_1", "01.5", "1e1_0"} {
		f, err := strconv.ParseFloat(s, 64)
		g, err2 := strconv.ParseFloat(s, 32)
		fmt.Println(s, f, err, g, err2)
	}
	for _, s := range []string{`"abc"`, `"a\nb\x41\u00e9\U0001F600\101"`, "`raw\\n`", `'a'`, `'ab'`, `"unterminated`, `"a"b"`, `'\''`, `"\'"`, `'\"'`, `"\z"`, `""`, `''`, "\"a\nb\"", `"\xff"`, `'\xff'`, `"\400"`, `'é'`, `"\uD800"`} {
		u, err := strconv.Unquote(s)
		fmt.Printf("%q %v\n", u, err)
	}
}
