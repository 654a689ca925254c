// The strings package basics.
package main

import (
	"fmt"
	"strings"
)

func main() {
	s := "  The quick brown fox  "
	fmt.Printf("%q\n", strings.TrimSpace(s))
	fmt.Println(strings.Contains(s, "quick"), strings.Contains(s, "slow"), strings.ContainsRune(s, 'x'))
	fmt.Println(strings.Index(s, "brown"), strings.Index(s, "cat"), strings.LastIndex("go gopher", "go"))
	fmt.Println(strings.HasPrefix("golang", "go"), strings.HasSuffix("golang", "ng"))
	fmt.Printf("%q\n", strings.Split("a,b,,c", ","))
	fmt.Printf("%q\n", strings.Fields(s))
	fmt.Println(strings.Join([]string{"x", "y", "z"}, "-"))
	fmt.Println(strings.Repeat("ab", 3), strings.Repeat("", 5) == "")
	fmt.Println(strings.ToUpper("héllo"), strings.ToLower("WORLD"))
	fmt.Println(strings.Replace("oink oink oink", "k", "ky", 2), strings.ReplaceAll("aaa", "a", "b"))
	fmt.Println(strings.Count("cheese", "e"), strings.Count("five", ""))
	fmt.Printf("%q %q\n", strings.Trim("xxhixx", "x"), strings.TrimPrefix("prefix-body", "prefix-"))
	var b strings.Builder
	for i := 0; i < 3; i++ {
		b.WriteString("ab")
		b.WriteByte('|')
	}
	fmt.Println(b.String(), b.Len())
	fmt.Println(strings.EqualFold("Go", "GO"), strings.Compare("a", "b"))
	before, after, found := strings.Cut("key=value", "=")
	fmt.Println(before, after, found)
	fmt.Println(strings.Title("x") == "X", strings.IndexByte("abc", 'c'))
}
