package main

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"strings"
)

type upper struct{ w io.Writer }

func (u upper) Write(p []byte) (int, error) {
	return u.w.Write([]byte(strings.ToUpper(string(p))))
}

type countingWriter struct{ n int }

func (c *countingWriter) Write(p []byte) (int, error) {
	c.n += len(p)
	return len(p), nil
}

func main() {
	fmt.Fprintln(os.Stdout, "to stdout", 1, 2.5)
	fmt.Fprintf(os.Stderr, "to stderr %d\n", 7)
	fmt.Fprint(upper{os.Stdout}, "shouting ", 3, "\n")
	n, err := io.WriteString(os.Stdout, "WriteString\n")
	fmt.Println(n, err)
	os.Stdout.WriteString("direct\n")
	fmt.Println(os.Stdout.Name(), os.Stdout.Fd(), os.Stdin.Fd(), os.Stderr.Name())

	data, err := io.ReadAll(strings.NewReader(strings.Repeat("abc", 300)))
	fmt.Println(len(data), err)

	var cw countingWriter
	copied, err := io.Copy(&cw, strings.NewReader("some text to copy"))
	fmt.Println(copied, err, cw.n)
	copied, err = io.Copy(io.Discard, strings.NewReader("discarded"))
	fmt.Println(copied, err)
	copied, err = io.CopyN(os.Stdout, strings.NewReader("limited copy\n"), 7)
	fmt.Println()
	fmt.Println(copied, err)

	buf := make([]byte, 4)
	n, err = io.ReadFull(strings.NewReader("ab"), buf)
	fmt.Println(n, err, err == io.ErrUnexpectedEOF)

	// a per-process name: amd64 and arm64 runs of this test may run at the same time
	name := fmt.Sprintf("std_io_os.%d.tmp", os.Getpid())
	err = os.WriteFile(name, []byte("first\nsecond\n"), 0644)
	fmt.Println(err)
	got, err := os.ReadFile(name)
	fmt.Printf("%q %v\n", got, err)

	f, err := os.OpenFile(name, os.O_APPEND|os.O_WRONLY, 0)
	fmt.Println(err)
	fmt.Fprintf(f, "third %d\n", 3)
	fmt.Println(f.Close())
	fmt.Println(strings.ReplaceAll(f.Close().Error(), name, "NAME"))
	_, err = f.Write([]byte("x"))
	fmt.Println(strings.ReplaceAll(err.Error(), name, "NAME"))

	f, _ = os.Open(name)
	small := make([]byte, 5)
	for {
		n, err := f.Read(small)
		fmt.Printf("%d %q %v\n", n, small[:n], err)
		if err != nil {
			break
		}
	}
	f.Close()

	c, err := os.Create(name)
	c.WriteString("truncated")
	c.Close()
	got, _ = os.ReadFile(name)
	fmt.Println(string(got))

	fmt.Println(os.Remove(name))
	err = os.Remove(name)
	fmt.Println(strings.ReplaceAll(err.Error(), name, "NAME"), errors.Is(err, fs.ErrNotExist), os.IsNotExist(err))
	_, err = os.ReadFile("no/such/dir/file")
	fmt.Println(err)
	_, err = os.Open("")
	fmt.Println(err)
	_, err = os.OpenFile("/", os.O_WRONLY, 0)
	fmt.Println(err)

	os.Setenv("GOLC_TEST_VAR", "value=1")
	fmt.Println(os.Getenv("GOLC_TEST_VAR"))
	v, ok := os.LookupEnv("GOLC_TEST_VAR")
	fmt.Println(v, ok)
	os.Unsetenv("GOLC_TEST_VAR")
	v, ok = os.LookupEnv("GOLC_TEST_VAR")
	fmt.Printf("%q %v %q\n", v, ok, os.Getenv("GOLC_NOT_SET_EVER"))
	found := false
	for _, kv := range os.Environ() {
		if strings.HasPrefix(kv, "PATH=") {
			found = true
		}
	}
	fmt.Println(found)
	fmt.Println(os.Setenv("", "x"))

	mw := io.MultiWriter(os.Stdout, &cw)
	fmt.Fprintln(mw, "multi")
	fmt.Println(cw.n)
	mr := io.MultiReader(strings.NewReader("one "), strings.NewReader("two"))
	all, _ := io.ReadAll(mr)
	fmt.Println(string(all))
	lr := io.LimitReader(strings.NewReader("0123456789"), 4)
	all, _ = io.ReadAll(lr)
	fmt.Println(string(all))
}
