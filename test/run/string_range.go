// range over a string decodes UTF-8; invalid bytes give U+FFFD with width 1.
package main

import "fmt"

func main() {
	for i, r := range "aé世🙂" {
		fmt.Println(i, r, string(r))
	}
	bad := "a\xffb\xe4\xb8c\xf0\x9f"
	for i, r := range bad {
		fmt.Println(i, r, r == '\uFFFD')
	}
	n := 0
	for range "héllo" {
		n++
	}
	fmt.Println("runes:", n)
	for i := range "ab€" {
		fmt.Print(i, " ")
	}
	fmt.Println()
	upper, other := 0, 0
	for _, r := range "Hello, World" {
		if r >= 'A' && r <= 'Z' {
			upper++
		} else {
			other++
		}
	}
	fmt.Println(upper, other)
}
