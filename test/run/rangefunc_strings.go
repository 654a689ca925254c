// The iterator functions of strings and bytes (Go 1.24): Lines, SplitSeq, SplitAfterSeq,
// FieldsSeq, FieldsFuncSeq; bytes yields capacity-clipped sub-slices.
package main

import (
	"bytes"
	"fmt"
	"strings"
	"unicode"
)

func main() {
	for l := range strings.Lines("one\ntwo\n\nthree") {
		fmt.Printf("%q\n", l)
	}
	for p := range strings.SplitSeq("a,b,,c", ",") {
		fmt.Printf("[%s]", p)
	}
	fmt.Println()
	for p := range strings.SplitSeq("héllo", "") {
		fmt.Printf("[%s]", p)
	}
	fmt.Println()
	for p := range strings.SplitAfterSeq("a,b,c", ",") {
		fmt.Printf("[%s]", p)
	}
	fmt.Println()
	for f := range strings.FieldsSeq("  alpha beta\t gamma\n ") {
		fmt.Printf("<%s>", f)
		if f == "beta" {
			break
		}
	}
	fmt.Println()
	for f := range strings.FieldsFuncSeq("a1b22c333", unicode.IsDigit) {
		fmt.Printf("<%s>", f)
	}
	fmt.Println()
	for l := range bytes.Lines([]byte("x\ny\n")) {
		fmt.Printf("%q %d %d\n", l, len(l), cap(l))
	}
	for p := range bytes.SplitSeq([]byte("1 2 3"), []byte(" ")) {
		fmt.Printf("%s:%d ", p, cap(p))
	}
	fmt.Println()
	for p := range bytes.SplitAfterSeq([]byte("1 2 3"), []byte(" ")) {
		fmt.Printf("%q:%d ", p, cap(p))
	}
	fmt.Println()
	for f := range bytes.FieldsSeq([]byte(" a  bb ccc ")) {
		fmt.Printf("%s:%d ", f, cap(f))
	}
	fmt.Println()
	for f := range bytes.FieldsFuncSeq([]byte("a-b-c"), func(r rune) bool { return r == '-' }) {
		fmt.Printf("%s ", f)
	}
	fmt.Println()
	n := 0
	for range strings.SplitSeq("", ",") {
		n++
	}
	fmt.Println(n)
}
