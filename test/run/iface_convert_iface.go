// Conversions between non-empty interface types, including nil values and io-style embedding.
package main

import (
	"fmt"
	"io"
	"strings"
)

type Reader interface{ Read() string }
type Closer interface{ Close() error }
type ReadCloser interface {
	Reader
	Closer
}

type file struct{ name string }

func (f *file) Read() string  { return "data of " + f.name }
func (f *file) Close() error  { return nil }
func (f *file) String() string { return "file " + f.name }

type upper struct{ r io.Reader }

func (u upper) Read(p []byte) (int, error) {
	n, err := u.r.Read(p)
	copy(p, strings.ToUpper(string(p[:n])))
	return n, err
}

func use(r Reader) string {
	if r == nil {
		return "nil reader"
	}
	return r.Read()
}

func main() {
	var rc ReadCloser = &file{"a.txt"}
	var r Reader = rc
	var c Closer = rc
	fmt.Println(use(r), c.Close(), use(rc))
	var none ReadCloser
	r = none
	fmt.Println(use(r), r == nil)
	var s fmt.Stringer
	if x, ok := rc.(fmt.Stringer); ok {
		s = x
	}
	fmt.Println(s)
	var rw io.Reader = upper{strings.NewReader("hello, interfaces")}
	b, err := io.ReadAll(rw)
	fmt.Println(string(b), err)
	var wc io.WriteCloser
	var w io.Writer = wc
	fmt.Println(w == nil)
}
