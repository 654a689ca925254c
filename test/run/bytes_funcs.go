package main

import (
	"bytes"
	"fmt"
	"io"
	"unicode"
)

func show(name string, bs [][]byte) {
	fmt.Printf("%s %d %q\n", name, len(bs), bs)
}

func main() {
	a, b := []byte("abc"), []byte("abd")
	fmt.Println(bytes.Equal(a, b), bytes.Equal(a, []byte("abc")), bytes.Equal(nil, []byte{}))
	fmt.Println(bytes.Compare(a, b), bytes.Compare(b, a), bytes.Compare(a, a), bytes.Compare(nil, a), bytes.Compare(a[:2], a))
	s := []byte("chicken kitchen")
	fmt.Println(bytes.Contains(s, []byte("kit")), bytes.Contains(s, []byte("dog")), bytes.Contains(s, nil))
	fmt.Println(bytes.Index(s, []byte("ken")), bytes.LastIndex(s, []byte("ken")), bytes.Index(s, []byte("x")))
	fmt.Println(bytes.IndexByte(s, 'k'), bytes.IndexByte(s, 'z'), bytes.IndexRune([]byte("naïve"), 'v'), bytes.IndexAny(s, "tk"))
	fmt.Println(bytes.HasPrefix(s, []byte("chi")), bytes.HasSuffix(s, []byte("hen")), bytes.HasPrefix(s, []byte("hen")))
	fmt.Println(bytes.Count(s, []byte("en")), bytes.Count([]byte("five"), nil), bytes.Count([]byte("aaaa"), []byte("aa")))

	show("split", bytes.Split([]byte("a,b,,c"), []byte(",")))
	show("split-empty", bytes.Split([]byte("héllo"), nil))
	show("splitn", bytes.SplitN([]byte("a,b,c,d"), []byte(","), 2))
	show("splitafter", bytes.SplitAfter([]byte("a,b,c"), []byte(",")))
	show("split-nosep", bytes.Split([]byte(""), []byte(",")))
	parts := bytes.Split([]byte("xx,yy"), []byte(","))
	parts[0] = append(parts[0], '!')
	fmt.Printf("%q %d\n", parts, cap(parts[1]))

	show("fields", bytes.Fields([]byte("  foo bar\t baz\n ")))
	show("fields-empty", bytes.Fields([]byte("   ")))
	show("fieldsfunc", bytes.FieldsFunc([]byte("a1b22c333"), unicode.IsDigit))
	fmt.Printf("%q\n", bytes.Join([][]byte{[]byte("a"), []byte("b"), []byte("c")}, []byte(", ")))
	fmt.Printf("%q %v\n", bytes.Join(nil, []byte(",")), bytes.Join(nil, nil) == nil)

	fmt.Printf("%q\n", bytes.TrimSpace([]byte(" \t hi there \n")))
	fmt.Println(bytes.TrimSpace([]byte("   ")) == nil, bytes.TrimSpace(nil) == nil)
	fmt.Printf("%q\n", bytes.Trim([]byte("xxhixyx"), "xy"))
	fmt.Printf("%q\n", bytes.TrimLeft([]byte("xxhixyx"), "xy"))
	fmt.Printf("%q\n", bytes.TrimRight([]byte("xxhixyx"), "xy"))
	fmt.Printf("%q\n", bytes.TrimPrefix([]byte("prefix-body"), []byte("prefix-")))
	fmt.Printf("%q\n", bytes.TrimSuffix([]byte("body.go"), []byte(".go")))
	fmt.Printf("%q\n", bytes.TrimFunc([]byte("123abc456"), unicode.IsDigit))
	fmt.Printf("%q\n", bytes.Trim([]byte("¡¡hola!!"), "!¡"))

	fmt.Printf("%s %s\n", bytes.ToUpper([]byte("Hello, World ß é")), bytes.ToLower([]byte("Hello, WORLD É")))
	fmt.Println(bytes.EqualFold([]byte("Go"), []byte("GO")), bytes.EqualFold([]byte("Go"), []byte("Ga")))
	fmt.Printf("%s|%q\n", bytes.Repeat([]byte("ab"), 3), bytes.Repeat([]byte("x"), 0))
	fmt.Printf("%s\n", bytes.Replace([]byte("oink oink oink"), []byte("k"), []byte("ky"), 2))
	fmt.Printf("%s\n", bytes.Replace([]byte("oink oink oink"), []byte("oink"), []byte("moo"), -1))
	fmt.Printf("%s\n", bytes.ReplaceAll([]byte("abc"), []byte(""), []byte("-")))
	fmt.Printf("%s\n", bytes.Map(func(r rune) rune {
		if r == 'a' {
			return -1
		}
		return r + 1
	}, []byte("banana")))
	before, after, found := bytes.Cut([]byte("key=value"), []byte("="))
	fmt.Printf("%s %s %v\n", before, after, found)

	r := bytes.NewReader([]byte("reader data"))
	fmt.Println(r.Len(), r.Size())
	buf := make([]byte, 6)
	n, err := r.Read(buf)
	fmt.Println(n, err, string(buf[:n]), r.Len())
	c, err := r.ReadByte()
	fmt.Println(string(c), err)
	rest, err := io.ReadAll(r)
	fmt.Println(string(rest), err, r.Len())
	n, err = r.Read(buf)
	fmt.Println(n, err)

	defer func() { fmt.Println("recovered:", recover()) }()
	bytes.Repeat([]byte("x"), -1)
}
