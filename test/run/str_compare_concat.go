package main

import "fmt"

func main() {
	words := []string{"b", "a", "ab", "", "B", "é", "z"}
	for i := 0; i+1 < len(words); i++ {
		x, y := words[i], words[i+1]
		fmt.Println(x < y, x <= y, x > y, x == y, x+y)
	}
	s := ""
	for i := 0; i < 5; i++ {
		s += string(rune('a' + i))
	}
	fmt.Println(s, len(s), s[1:3], s[:0] == "", s[4:])
	t := s
	s += "!"
	fmt.Println(t, s)
	fmt.Println("abc" < "abd", "abc" < "ab", "\xff" > "z")
	b := []byte("xyz")
	fmt.Println(string(b) == "xyz", "x"+string(b[1])+"q")
	multi := `raw
line\n`
	fmt.Println(multi, len(multi))
	fmt.Printf("%q %x % x\n", "tab\there", "hi", "hi")
}
