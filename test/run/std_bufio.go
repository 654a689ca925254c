package main

import (
	"bufio"
	"fmt"
	"io"
	"os"
	"strings"
)

func main() {
	sc := bufio.NewScanner(strings.NewReader("line one\nline two\r\n\nlast line without newline"))
	for sc.Scan() {
		fmt.Printf("%q\n", sc.Text())
	}
	fmt.Println(sc.Err())

	ws := bufio.NewScanner(strings.NewReader("  the quick\tbrown\n fox  jumps\u00a0over "))
	ws.Split(bufio.ScanWords)
	n := 0
	for ws.Scan() {
		fmt.Print(ws.Text(), "|")
		n++
	}
	fmt.Println(n)

	rs := bufio.NewScanner(strings.NewReader("héllo, 世界\xff"))
	rs.Split(bufio.ScanRunes)
	for rs.Scan() {
		fmt.Printf("%q ", rs.Text())
	}
	fmt.Println()

	long := bufio.NewScanner(strings.NewReader(strings.Repeat("x", 100) + "\nshort\n"))
	long.Buffer(make([]byte, 10), 50)
	for long.Scan() {
		fmt.Println(long.Text())
	}
	fmt.Println(long.Err())

	r := bufio.NewReader(strings.NewReader("alpha\nbeta\r\ngamma"))
	s, err := r.ReadString('\n')
	fmt.Printf("%q %v\n", s, err)
	line, prefix, err := r.ReadLine()
	fmt.Printf("%q %v %v\n", line, prefix, err)
	b, err := r.ReadByte()
	fmt.Println(b, err, r.UnreadByte())
	ru, size, err := r.ReadRune()
	fmt.Println(ru, size, err)
	rest, err := r.ReadString('\n')
	fmt.Printf("%q %v\n", rest, err)
	_, err = r.ReadByte()
	fmt.Println(err == io.EOF)

	r2 := bufio.NewReader(strings.NewReader("日本語"))
	for {
		c, sz, err := r2.ReadRune()
		if err != nil {
			fmt.Println(err)
			break
		}
		fmt.Println(string(c), sz)
	}

	w := bufio.NewWriter(os.Stdout)
	fmt.Fprintf(w, "hello %s %d\n", "buffered", 42)
	w.WriteString("second line\n")
	w.WriteByte('!')
	w.WriteRune('é')
	w.WriteRune('\n')
	fmt.Println("buffered:", w.Buffered())
	fmt.Println(w.Flush())

	var sb strings.Builder
	small := bufio.NewWriterSize(&sb, 16)
	for i := 0; i < 10; i++ {
		fmt.Fprint(small, i, "abc ")
	}
	small.Flush()
	fmt.Println(sb.String())
}
