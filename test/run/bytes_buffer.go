package main

import (
	"bytes"
	"fmt"
	"io"
	"os"
	"strings"
)

func main() {
	var b bytes.Buffer
	fmt.Println(b.Len(), b.Cap(), b.String() == "")
	b.WriteString("hello")
	b.WriteByte(' ')
	b.Write([]byte("world"))
	b.WriteRune('é')
	b.WriteRune('!')
	fmt.Println(b.Len(), b.Cap(), b.String())
	fmt.Printf("%q\n", b.Bytes())

	c, err := b.ReadByte()
	fmt.Println(string(c), err, b.Len())
	p := make([]byte, 4)
	n, err := b.Read(p)
	fmt.Println(n, err, string(p[:n]))
	s, err := b.ReadString('d')
	fmt.Printf("%q %v\n", s, err)
	s, err = b.ReadString('x')
	fmt.Printf("%q %v\n", s, err)
	n, err = b.Read(p)
	fmt.Println(n, err)
	_, err = b.ReadByte()
	fmt.Println(err == io.EOF)

	// growth follows gc's policy
	var g bytes.Buffer
	caps := []int{}
	for i := 0; i < 300; i++ {
		g.WriteByte(byte('a' + i%26))
		if len(caps) == 0 || caps[len(caps)-1] != g.Cap() {
			caps = append(caps, g.Cap())
		}
	}
	fmt.Println(caps, g.Len())
	g.Truncate(10)
	fmt.Println(g.String())
	g.Grow(1000)
	fmt.Println(g.Len(), g.Cap() >= 1010)
	g.Reset()
	fmt.Println(g.Len(), g.String() == "")

	// WriteTo / ReadFrom
	src := bytes.NewBufferString("line one\nline two\n")
	n64, err := src.WriteTo(os.Stdout)
	fmt.Println(n64, err, src.Len())
	var dst bytes.Buffer
	n64, err = dst.ReadFrom(strings.NewReader(strings.Repeat("xyz", 400)))
	fmt.Println(n64, err, dst.Len(), dst.String()[:9])

	// fmt into a buffer; nil *Buffer prints <nil>
	var f bytes.Buffer
	fmt.Fprintf(&f, "%d-%s-%v", 42, "x", []int{1, 2})
	fmt.Println(f.String())
	var nb *bytes.Buffer
	fmt.Println(nb.String())

	// ReadBytes, Next, UnreadByte, ReadRune
	r := bytes.NewBufferString("a,b,ç")
	line, err := r.ReadBytes(',')
	fmt.Printf("%q %v\n", line, err)
	fmt.Printf("%q\n", r.Next(2))
	fmt.Println(r.UnreadByte(), r.Len())
	ch, size, err := r.ReadRune()
	fmt.Println(string(ch), size, err)
	ch, size, err = r.ReadRune()
	fmt.Println(string(ch), size, err)
	fmt.Println(r.UnreadRune(), r.Len())

	defer func() { fmt.Println("recovered:", recover()) }()
	var t bytes.Buffer
	t.WriteString("abc")
	t.Truncate(5)
}
