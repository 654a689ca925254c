package main

import "fmt"

type Reader interface{ Read() string }
type Writer interface{ Write(string) int }
type Closer interface{ Close() error }
type ReadWriter interface {
	Reader
	Writer
}
type ReadWriteCloser interface {
	ReadWriter
	Closer
	Read() string
}

type file struct {
	data   []string
	closed bool
}

func (f *file) Read() string {
	if len(f.data) == 0 {
		return ""
	}
	s := f.data[0]
	f.data = f.data[1:]
	return s
}
func (f *file) Write(s string) int { f.data = append(f.data, s); return len(s) }
func (f *file) Close() error        { f.closed = true; return nil }

func use(rw ReadWriter) {
	rw.Write("one")
	rw.Write("two")
	fmt.Println(rw.Read())
}

func main() {
	f := &file{}
	var rwc ReadWriteCloser = f
	use(f)
	var r Reader = f
	fmt.Println(r.Read(), r.Read() == "")
	fmt.Println(rwc.Close(), f.closed)
	var w any = f
	if c, ok := w.(Closer); ok {
		fmt.Println("writer is closer", c.Close())
	}
	_, ok := w.(interface{ Missing() })
	fmt.Println(ok)
}
