package main

import (
	"fmt"
	"io"
	"strconv"
	"strings"
	"unicode"
)

func main() {
	fmt.Println(strings.Map(func(r rune) rune {
		if r == 'a' {
			return 'A'
		}
		if r == 'x' {
			return -1
		}
		return r
	}, "banana xylophone"))
	fmt.Println(strings.IndexFunc("hello 123", unicode.IsDigit), strings.LastIndexFunc("h1e2llo", unicode.IsDigit))
	fmt.Printf("%q\n", strings.FieldsFunc("a1b2c3dd", unicode.IsDigit))
	fmt.Printf("%q\n", strings.FieldsFunc("  ", unicode.IsSpace))
	fmt.Printf("%q\n", strings.TrimFunc("123abc456", unicode.IsDigit))
	fmt.Printf("%q\n", strings.TrimLeftFunc("\t\n x y ", unicode.IsSpace))
	fmt.Printf("%q\n", strings.TrimRightFunc("x y \u00a0\u3000", unicode.IsSpace))
	fmt.Println(strings.ContainsFunc("abc", unicode.IsUpper), strings.ContainsFunc("aBc", unicode.IsUpper))
	fmt.Println(strings.Title("hello wide world-of go_lang ünïcode"))
	fmt.Println(strings.ToTitle("loud ǆ"))
	fmt.Printf("%q\n", strings.SplitAfterN("a,b,c,d", ",", 3))
	fmt.Println(strings.LastIndexByte("abcabc", 'b'), strings.LastIndexAny("go gopher", "ordent"))
	fmt.Println(strings.CutPrefix("prefix-body", "prefix-"))
	fmt.Println(strings.CutSuffix("body.go", ".go"))
	fmt.Println(strings.EqualFold("Gopher", "GOPHER"), strings.EqualFold("σ", "Σ"), strings.EqualFold("a", "b"))

	r := strings.NewReplacer("<", "&lt;", ">", "&gt;", "&", "&amp;")
	fmt.Println(r.Replace("<a href=\"x&y\">link</a>"))
	r2 := strings.NewReplacer("a", "1", "aa", "2", "aaa", "3")
	fmt.Println(r2.Replace("aaaa"))
	r3 := strings.NewReplacer("", "-")
	fmt.Println(r3.Replace("héllo"))
	r4 := strings.NewReplacer("hello", "hi", "world", "earth")
	fmt.Println(r4.Replace("hello world, hello!"))

	sr := strings.NewReader("héllo world")
	fmt.Println(sr.Len(), sr.Size())
	b, _ := sr.ReadByte()
	ru, sz, _ := sr.ReadRune()
	fmt.Println(string(b), string(ru), sz, sr.Len())
	fmt.Println(sr.UnreadRune(), sr.Len())
	buf := make([]byte, 4)
	n, err := sr.Read(buf)
	fmt.Println(n, err, string(buf[:n]))
	rest, _ := io.ReadAll(sr)
	fmt.Println(string(rest), sr.Len())
	n, err = sr.Read(buf)
	fmt.Println(n, err)
	sr.Seek(0, io.SeekStart)
	var sb strings.Builder
	io.Copy(&sb, sr)
	fmt.Println(sb.String())

	fmt.Println(strconv.Quote("tab\there \"q\" é \x00 \u2028"), strconv.QuoteToASCII("héllo ☺\n"))
	fmt.Println(strconv.QuoteRune('☺'), strconv.QuoteRune('\n'), strconv.QuoteRuneToASCII('☺'))
	fmt.Println(string(strconv.AppendQuote([]byte("x="), "y\"z")), string(strconv.AppendQuoteRune(nil, 'é')))
	for _, s := range []string{"0x1F", "0b101", "0o17", "017", "1_000", "-0x_10", "z", "9223372036854775808", "-9223372036854775808", "1__0", "0x"} {
		v, err := strconv.ParseInt(s, 0, 64)
		fmt.Println(s, v, err)
	}
	for _, c := range []struct {
		s    string
		base int
	}{{"zz", 36}, {"ZZ", 36}, {"777", 8}, {"101", 2}, {"12", 1}, {"ff", 16}} {
		v, err := strconv.ParseUint(c.s, c.base, 16)
		fmt.Println(c.s, c.base, v, err)
	}
	v8, err := strconv.ParseInt("200", 10, 8)
	fmt.Println(v8, err)
}
