// Strings: concatenation, comparison, indexing, slicing, len.
package main

import "fmt"

func main() {
	a := "hello"
	b := "world"
	c := a + ", " + b + "!"
	fmt.Println(c, len(c))
	fmt.Println(a < b, a > b, a == "hel"+"lo", a != b, "" < "a", "ab" < "abc", "b" > "abc")
	fmt.Println(c[0], c[len(c)-1], string(c[4]))
	fmt.Println(c[7:], c[:5], c[3:9], c[:], len(c[5:5]))
	s := ""
	for i := 0; i < 5; i++ {
		s += string(rune('a' + i))
	}
	fmt.Println(s)
	words := []string{"banana", "apple", "cherry"}
	for i := 0; i < len(words); i++ {
		for j := i + 1; j < len(words); j++ {
			if words[j] < words[i] {
				words[i], words[j] = words[j], words[i]
			}
		}
	}
	fmt.Println(words)
	u := "日本語"
	fmt.Println(len(u), u[0], u[3:6])
	t := c
	t += "?"
	fmt.Println(c, t)
	fmt.Printf("%q %v\n", "", "" == s[:0])
}
