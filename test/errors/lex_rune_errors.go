// Malformed rune literals.

package main

var a = 'ab'  // ERROR "more than one character in rune literal"
var b = ''    // ERROR "empty rune literal or unescaped ' in rune literal|empty rune literal or unescaped '"
var c = '\q'  // ERROR "unknown escape"
var d = '\400' // ERROR "octal escape value 256 > 255"
var e = '\xZZ' // ERROR "invalid character 'Z' in hexadecimal escape"
var f = '\uD800' // ERROR "escape is invalid Unicode code point U\+D800"
var g = 'x    // ERROR "newline in rune literal"

func main() {}
