// Program test of the stdlib packages (expected output from gc: stdlib_tour.out, exit 3).
// Meant for test/run once its owner adopts it; identical under golc on amd64 and arm64.
package main

import (
	"errors"
	"fmt"
	"math"
	"os"
	"strconv"
	"strings"
	"unicode/utf8"
)

type Color int

func (c Color) String() string {
	if c == 0 {
		return "red"
	}
	return "green"
}

type MyErr struct{ msg string }

func (e *MyErr) Error() string { return "myerr: " + e.msg }

func main() {
	fmt.Println(strings.ToUpper("héllo"), strings.Split("a,b,c", ","), strings.Join([]string{"x", "y"}, "-"))
	fmt.Println(strings.Repeat("ab", 3), strings.Contains("seafood", "foo"), strings.Index("chicken", "ken"))
	fmt.Println(strings.ReplaceAll("oink oink", "k", "ky"), strings.TrimSpace("  hi  "), strings.Fields(" a b  c "))
	var b strings.Builder
	b.WriteString("abc")
	b.WriteByte('!')
	b.WriteRune('é')
	fmt.Println(b.String(), b.Len())
	n, err := strconv.Atoi("123")
	fmt.Println(n, err)
	_, err = strconv.Atoi("12a")
	fmt.Println(err)
	_, err = strconv.ParseInt("99999999999999999999", 10, 64)
	fmt.Println(err)
	fmt.Println(strconv.Itoa(-45), strconv.FormatInt(255, 16), strconv.Quote("a\"b\n"), strconv.FormatFloat(3.14159, 'f', 2, 64))
	fmt.Println(strconv.FormatFloat(1.0/3, 'g', -1, 64), strconv.FormatBool(true))
	e := errors.New("boom")
	fmt.Println(e)
	fmt.Printf("%v %s %q\n", e, e, e)
	fmt.Println(fmt.Errorf("wrapped: %w", e))
	fmt.Println(fmt.Errorf("code %d", 5))
	var me error = &MyErr{"bad"}
	fmt.Println(me)
	fmt.Println(Color(0), Color(1))
	fmt.Printf("%v|%d|%s\n", Color(1), Color(1), []Color{0, 1})
	fmt.Println(math.Sqrt(2), math.Pi, math.Floor(-2.5), math.Inf(1), math.MaxInt64, math.Abs(-3))
	fmt.Println(math.Pow(2, 10), math.Log2(8), math.Log10(1000), math.Hypot(3, 4), math.IsNaN(math.NaN()))
	fmt.Println(utf8.RuneCountInString("héllo"), utf8.RuneLen('é'), utf8.ValidString("\xff"))
	r, sz := utf8.DecodeRuneInString("é!")
	fmt.Println(r, sz)
	fmt.Println(len(os.Args) > 0)
	s := fmt.Sprintf("%5.2f|%-5d|%x|%T", 3.14159, 42, "hi", me)
	fmt.Println(s)
	fmt.Print("a", "b", 1, 2, "c\n")
	fmt.Println(math.Float64bits(1.0), math.MaxUint32, math.MinInt64)
	os.Exit(3)
}
