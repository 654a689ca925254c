// errorcheck -0 -m -l

// gc's self-assignment rule for slicing: storing a slice (or substring) of what an object
// holds back into that object creates no new flow, so the object's pointer does not leak.
package main

type Buffer struct {
	arrPtr *[64]byte
	buf1   []byte
	buf2   []byte
	str1   string
	str2   string
}

func (b *Buffer) shrink() { // ERROR "b does not escape"
	b.buf1 = b.buf1[1:2]   // ERROR "\(\*Buffer\).shrink ignoring self-assignment in b.buf1 = b.buf1\[1:2\]"
	b.buf1 = b.buf2[1:2:3] // ERROR "\(\*Buffer\).shrink ignoring self-assignment in b.buf1 = b.buf2\[1:2:3\]"
	b.buf1 = b.arrPtr[1:2] // ERROR "\(\*Buffer\).shrink ignoring self-assignment in b.buf1 = b.arrPtr\[1:2\]"
	b.str1 = b.str2[1:2]   // ERROR "\(\*Buffer\).shrink ignoring self-assignment in b.str1 = b.str2\[1:2\]"
}

func trim(sp *string, bp *[]byte) { // ERROR "sp does not escape" "bp does not escape"
	*sp = (*sp)[1:2] // ERROR "trim ignoring self-assignment in \*sp = \(\*sp\)\[1:2\]"
	*bp = (*bp)[1:2] // ERROR "trim ignoring self-assignment in \*bp = \(\*bp\)\[1:2\]"
}

var other []byte

func notSelf(b *Buffer) { // ERROR "leaking param content: b"
	other = b.buf1[1:2]
}

func main() {
	var b Buffer
	b.shrink()
	s, bs := "abc", []byte("abc") // ERROR "\(\[\]byte\)\(\x22abc\x22\) does not escape"
	trim(&s, &bs)
	notSelf(&b)
}
