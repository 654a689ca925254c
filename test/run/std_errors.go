package main

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"strconv"
)

type MyErr struct{ Code int }

func (e *MyErr) Error() string { return "myerr " + strconv.Itoa(e.Code) }

type ValErr struct{ S string }

func (e ValErr) Error() string { return "valerr " + e.S }

type isErr struct{}

func (isErr) Error() string        { return "isErr" }
func (isErr) Is(target error) bool { return target == io.EOF }

type temporary interface {
	Temporary() bool
}

func main() {
	base := errors.New("base")
	w1 := fmt.Errorf("layer1: %w", base)
	w2 := fmt.Errorf("layer2: %w", w1)
	fmt.Println(w2)
	fmt.Println(errors.Is(w2, base), errors.Is(w2, io.EOF), errors.Unwrap(w2) == w1)
	fmt.Println(errors.Unwrap(base) == nil)
	fmt.Printf("%T %T\n", w1, fmt.Errorf("no wrap %d", 3))

	me := &MyErr{42}
	w3 := fmt.Errorf("ctx: %w", me)
	var target *MyErr
	fmt.Println(errors.As(w3, &target), target.Code, target == me)
	var ve ValErr
	fmt.Println(errors.As(w3, &ve))
	w4 := fmt.Errorf("v: %w", ValErr{"x"})
	fmt.Println(errors.As(w4, &ve), ve.S)

	var anyErr error
	fmt.Println(errors.As(w3, &anyErr), anyErr)

	multi := fmt.Errorf("a=%w b=%w", io.EOF, me)
	fmt.Println(multi, errors.Is(multi, io.EOF), errors.Is(multi, me))
	fmt.Printf("%T\n", multi)

	j := errors.Join(io.EOF, nil, base)
	fmt.Println(j)
	fmt.Println(errors.Is(j, base), errors.Is(j, io.ErrUnexpectedEOF))
	fmt.Println(errors.Join(nil, nil) == nil)

	fmt.Println(errors.Is(isErr{}, io.EOF))

	_, err := os.Open("/nonexistent/file.txt")
	fmt.Println(err)
	fmt.Println(errors.Is(err, fs.ErrNotExist), os.IsNotExist(err))
	var pe *fs.PathError
	if errors.As(err, &pe) {
		fmt.Println(pe.Op, pe.Path, pe.Err)
	}
	var tmp temporary
	fmt.Println(errors.As(err, &tmp), tmp.Temporary())
	fmt.Printf("%T\n", err)

	_, err = strconv.Atoi("12x")
	var ne *strconv.NumError
	fmt.Println(errors.As(err, &ne), ne.Func, errors.Is(err, strconv.ErrSyntax))

	w5 := fmt.Errorf("%[2]w then %[1]v", 1, base)
	fmt.Println(w5, errors.Unwrap(w5) == base)
	w6 := fmt.Errorf("bad %w", 5)
	fmt.Println(w6, errors.Unwrap(w6) == nil)
	fmt.Println(errors.ErrUnsupported)
}
