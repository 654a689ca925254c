// gen_cases.go prints the expected strings of test/unit/fmt_test.cc, produced by gc's fmt.
// Run: go run stdlib/fmt/testdata/gen_cases.go > /tmp/cases.inc, then paste the table.
// Each case pairs Go arguments with the C++ expression that builds the same arguments
// from the hand-made type descriptors in fmt_test.cc.
package main

import (
	"fmt"
	"math"
	"strconv"
	"strings"
	"unsafe"
)

type Point struct{ X, Y int }
type pair struct {
	a int
	B string
}
type MyInt int
type Color int

func (c Color) String() string {
	if c == 0 {
		return "red"
	}
	return "green"
}

type MyErr struct{ msg string }

func (e *MyErr) Error() string { return e.msg }

type Both int

func (Both) Error() string  { return "err" }
func (Both) String() string { return "str" }

type Paint struct {
	C Color
	c Color
}
type Box struct{ V any }
type Fail struct{ E error }
type Outer struct {
	Point
	Name string
}

func cppQuote(s string) string {
	var b strings.Builder
	b.WriteByte('"')
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c == '"' || c == '\\':
			b.WriteByte('\\')
			b.WriteByte(c)
		case c >= 0x20 && c < 0x7f:
			b.WriteByte(c)
		default:
			fmt.Fprintf(&b, "\\%03o", c)
		}
	}
	b.WriteByte('"')
	return b.String()
}

var n int

// mode: "f" Sprintf, "p" Sprint, "l" Sprintln
func c(mode, format string, args ...any) {
	var cpp []string
	for _, a := range args {
		cpp = append(cpp, cppOf(a))
	}
	var out string
	switch mode {
	case "f":
		out = fmt.Sprintf(format, args...)
	case "p":
		out = fmt.Sprint(args...)
	case "l":
		out = fmt.Sprintln(args...)
	}
	n++
	fmt.Printf("    {'%s', %s, {%s}, %s},\n", mode, cppQuote(format), strings.Join(cpp, ", "), cppQuote(out))
}

// cppOf is the C++ expression (fmt_test.cc helpers) that builds the same argument.
func cppOf(a any) string {
	switch v := a.(type) {
	case nil:
		return "Nil()"
	case int:
		if v == math.MinInt64 {
			return "I(INT64_MIN)"
		}
		return fmt.Sprintf("I(%d)", v)
	case int8:
		return fmt.Sprintf("I8(%d)", v)
	case int16:
		return fmt.Sprintf("I16(%d)", v)
	case int32:
		return fmt.Sprintf("I32(%d)", v)
	case uint64:
		return fmt.Sprintf("U(%dull)", v)
	case uint:
		return fmt.Sprintf("UI(%d)", v)
	case uint8:
		return fmt.Sprintf("U8(%d)", v)
	case uint16:
		return fmt.Sprintf("U16(%d)", v)
	case uint32:
		return fmt.Sprintf("U32(%du)", v)
	case uintptr:
		return fmt.Sprintf("UPtr(%d)", v)
	case bool:
		return fmt.Sprintf("B(%v)", v)
	case float64:
		switch {
		case math.IsInf(v, 1):
			return "F(INFINITY)"
		case math.IsInf(v, -1):
			return "F(-INFINITY)"
		case math.IsNaN(v):
			return "F(NAN)"
		}
		return fmt.Sprintf("F(%s)", strconv.FormatFloat(v, 'g', -1, 64))
	case float32:
		return fmt.Sprintf("F32(%sf)", strconv.FormatFloat(float64(v), 'g', -1, 32))
	case complex128:
		return fmt.Sprintf("C128(%v, %v)", real(v), imag(v))
	case complex64:
		return fmt.Sprintf("C64(%v, %v)", real(v), imag(v))
	case string:
		return "S(" + cppQuote(v) + ")"
	case *int:
		if v == nil {
			return "NilPtr()"
		}
		return fmt.Sprintf("Ptr((void *)0x%x)", uintptr(unsafe.Pointer(v)))
	case []int:
		if v == nil {
			return "IntSliceNil()"
		}
		return "IntSlice({" + join(v) + "})"
	case []string:
		var q []string
		for _, s := range v {
			q = append(q, cppQuote(s))
		}
		return "StrSlice({" + strings.Join(q, ", ") + "})"
	case []byte:
		if v == nil {
			return "BytesNil()"
		}
		return "Bytes(" + cppQuote(string(v)) + ")"
	case [3]int:
		return "IntArray3({" + join(v[:]) + "})"
	case Point:
		return fmt.Sprintf("PointV(%d, %d)", v.X, v.Y)
	case *Point:
		return fmt.Sprintf("PointP(%d, %d)", v.X, v.Y)
	case pair:
		return fmt.Sprintf("PairV(%d, %s)", v.a, cppQuote(v.B))
	case Outer:
		return fmt.Sprintf("OuterV(%d, %d, %s)", v.X, v.Y, cppQuote(v.Name))
	case MyInt:
		return fmt.Sprintf("MyIntV(%d)", v)
	case Color:
		return fmt.Sprintf("ColorV(%d)", v)
	case Both:
		return fmt.Sprintf("BothV(%d)", v)
	case *MyErr:
		return "ErrP(" + cppQuote(v.msg) + ")"
	case Paint:
		return fmt.Sprintf("PaintV(%d, %d)", v.C, v.c)
	case Box:
		return "BoxV(" + cppOf(v.V) + ")"
	case Fail:
		if v.E == nil {
			return "FailNil()"
		}
		return "FailV(" + cppQuote(v.E.(*MyErr).msg) + ")"
	case []Color:
		var xs []int
		for _, c := range v {
			xs = append(xs, int(c))
		}
		return "ColorSlice({" + join(xs) + "})"
	}
	panic(fmt.Sprintf("no C++ form for %T", a))
}

func join(xs []int) string {
	var s []string
	for _, x := range xs {
		s = append(s, strconv.Itoa(x))
	}
	return strings.Join(s, ", ")
}

func main() {
	ptr := (*int)(unsafe.Pointer(uintptr(0xc000012340)))
	pp := (*Point)(unsafe.Pointer(uintptr(0xc000012340)))
	_ = pp
	c("f", "%d", 42)
	c("f", "%5d|%-5d|%05d", -42, -42, -42)
	c("f", "%+d % d %x", 42, 42, 42)
	c("f", "%x %X %#x %#X", 255, 255, 255, 255)
	c("f", "%o %#o %O %b", 8, 8, 8, 5)
	c("f", "%#b %b", 5, -5)
	c("f", "%.5d|%.0d|%5.0d|", 42, 0, 0)
	c("f", "%08.3d|%+08d|% 08d", 42, -42, 42)
	c("f", "%d %d", math.MinInt64, uint64(math.MaxUint64))
	c("f", "%d %d %d %d %d %d", int8(-128), int16(-300), int32(70000), uint8(200), uint16(60000), uint32(4000000000))
	c("f", "%#v %#v %v", uint(255), uint8(7), uintptr(4096))
	c("f", "%c|%c|%c", 'A', rune(0x1F600), -1)
	c("f", "%q %q %q %q", 'A', rune(0x1F600), '\n', '\'')
	c("f", "%+q %+q", rune(0x1F600), rune(0xe9))
	c("f", "%U %#U %U %#U", 'A', 'A', 0x1F600, 0x1F600)
	c("f", "%.6U|%10U|", 'A', 'A')
	c("f", "%s|%v|%q|%x|%X", "hello", "hello", "hello", "hello", "hello")
	c("f", "%5s|%-5s|%05s|", "hi", "hi", "hi")
	c("f", "%.2s|%8s|", "héllo", "héllo")
	c("f", "%q %q %q", "a\tb\"c\\", "é\x01\x7f", "\xffx")
	c("f", "%+q %#q %#q", "é", "back`q", "raw")
	c("f", "% x|%#x|% #X|%08x", "hi!", "hi", "hi", "hi")
	c("f", "%.2x|%10.1q|", "hello", "hello")
	c("f", "%t %v %5t|%-6v|", true, false, true, false)
	c("f", "%f|%.2f|%8.3f|%-8.2f|%08.2f|%+.1f", 3.14159, 3.14159, 3.14159, 3.14159, 3.14159, 3.14159)
	c("f", "%06.2f|%e|%E|%.3e|%g|%G", -3.14159, -3.14159, -3.14159, -3.14159, -3.14159, -3.14159)
	c("f", "%v %v %v %v %v %v", 1.0, 0.1, 1e21, 1e-7, 123456789.0, 100000.0)
	c("f", "%#v %#g %#.3g", 1.0, 2.5, 100.0)
	c("f", "%#f %#e %#g", 1.0, 1.0, 0.0)
	c("f", "%.3g|%10.4g|%-10.2e|%.0f|%.0e", 1234.5678, 1234.5678, 1234.5678, 1234.5678, 1234.5678)
	c("f", "%v %v %v", float32(0.1), float32(3.4e38), 0.1)
	c("f", "%v %v %v", math.Inf(1), math.Inf(-1), math.NaN())
	c("f", "%010v|%+v|% v|%-8f|", math.Inf(1), math.NaN(), math.NaN(), math.Inf(-1))
	c("f", "% f|%+f|% .1f", 2.0, -2.0, 0.0)
	c("f", "%g %g %g", 1e6, 1e20, 1.5e-5)
	c("f", "%v %.2f %v", complex(1, 2), complex(-1.5, -0.5), complex64(complex(1, -1)))
	c("f", "%+v|%8.1f|%d", complex(1, 2), complex(1, 2), complex(1, 2))
	c("f", "%p %#p %v", ptr, ptr, ptr)
	c("f", "%p|%v|%d|%#v", (*int)(nil), (*int)(nil), (*int)(nil), (*int)(nil))
	c("f", "%x %#v", ptr, ptr)
	c("f", "%v %d %T", nil, nil, nil)
	c("f", "%v %d %#v", []int{1, 2, 3}, []int{1, 2, 3}, []int{1, 2, 3})
	c("f", "%v %#v %#v", []int(nil), []int(nil), []int{})
	c("f", "%x %03d", []int{10, 255}, []int{1, 2})
	c("f", "%v %q %#v", []string{"a", "b c"}, []string{"a", "b c"}, []string{"a", "b c"})
	c("f", "%v %s %q %x %#v", []byte("hi"), []byte("hi"), []byte("hi"), []byte("hi"), []byte("hi"))
	c("f", "%v %#v %o", []byte(nil), []byte(nil), []byte{1, 2})
	c("f", "%v %#v", [3]int{1, 2, 3}, [3]int{1, 2, 3})
	c("f", "%v %+v %#v", Point{1, 2}, Point{1, 2}, Point{1, 2})
	c("f", "%v %+v %#v", &Point{1, 2}, &Point{1, 2}, &Point{1, 2})
	c("f", "%d %x", Point{1, 2}, Point{10, 11})
	c("f", "%s %5v", Point{1, 2}, Point{-3, 4})
	c("f", "%v %+v %#v", pair{7, "x"}, pair{7, "x"}, pair{7, "x"})
	c("f", "%v %+v", Outer{Point{1, 2}, "n"}, Outer{Point{1, 2}, "n"})
	c("f", "%v %#v %T", MyInt(5), MyInt(5), MyInt(5))
	c("f", "%v %s %q %x %d", Color(0), Color(1), Color(1), Color(1), Color(1))
	c("f", "%8v|%-8s|", Color(1), Color(1))
	c("f", "%v %+v", Paint{1, 1}, Paint{1, 1})
	c("f", "%v %s %q", &MyErr{"boom"}, &MyErr{"boom"}, &MyErr{"boom"})
	c("f", "%v %d", Both(1), Both(1))
	c("f", "%v %v %#v %+v", Box{nil}, Box{3}, Box{nil}, Box{3})
	c("f", "%v %v %#v", Fail{nil}, Fail{&MyErr{"bad"}}, Fail{nil})
	c("f", "%v", []Color{0, 1})
	c("f", "%T %T %T %T %T %T", 1, "a", Point{1, 2}, []int{1}, 2.5, true)
	c("f", "%T %10T|", &Point{1, 2}, &MyErr{"x"})
	c("f", "%d %s", "hi", 5, 6)
	c("f", "%d %s %t", true, 1.5, Point{1, 2})
	c("f", "%d %s|%!|%z")
	c("f", "%!|%z|")
	c("f", "%d", 1, "a", nil)
	c("f", "%[2]d %[1]d %d %[5]d|%[x]d|%[0]d", 1, 2)
	c("f", "%*d|%.*f|", 8, 3, 3.14159)
	c("f", "%*d|%*d|%.*f|", -8, 42, "x", 42, -1, 3.14159)
	c("f", "%*d", 10000000, 1)
	c("f", "%5%|%-5%|%")
	c("f", "%")
	c("f", "abc%", 5)
	c("f", "%[2]*[1]d|%[3]d%d", 1, 2, 3)
	c("f", "%[1]d %[1]x %[1]o %#[1]x", 7)
	c("f", "%w %w", "hi", 3)
	c("f", "%c %x %q", byte('A'), byte(200), byte('A'))
	c("p", "", 1, 2, "a", "b", 3, 4.5, nil, true)
	c("p", "", "x", 1, "y", Point{1, 2}, Color(1), &MyErr{"e"})
	c("l", "", 1, "a", "b", 2.5, nil, &Point{3, 4}, []int{5})
	c("l", "")
	c("p", "")
	fmt.Printf("// %d cases\n", n)
}
