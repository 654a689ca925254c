package main

import (
	"fmt"
	"strconv"
)

type Integer interface {
	~int | ~int8 | ~int16 | ~int32 | ~int64
}

type Float interface{ ~float32 | ~float64 }

type Numeric interface {
	Integer | Float
}

type Celsius float64
type ID int16

type Stringer interface{ String() string }

func (c Celsius) String() string { return strconv.FormatFloat(float64(c), 'f', 1, 64) + "C" }
func (i ID) String() string      { return "ID#" + strconv.Itoa(int(i)) }

type StringerNumber interface {
	Numeric
	String() string
}

func Double[T Numeric](x T) T { return x * 2 }

func Show[T StringerNumber](xs []T) {
	var total T
	for _, x := range xs {
		total += x
	}
	fmt.Println(total.String())
}

func Keys[K comparable, V any](pairs []Pair[K, V]) []K {
	var ks []K
	for _, p := range pairs {
		ks = append(ks, p.K)
	}
	return ks
}

type Pair[K comparable, V any] struct {
	K K
	V V
}

func (p Pair[K, V]) Swap() Pair[string, K] { return Pair[string, K]{fmt.Sprint(p.V), p.K} }

func Index[S ~[]E, E comparable](s S, v E) int {
	for i := range s {
		if v == s[i] {
			return i
		}
	}
	return -1
}

func First[S ~[]E, E any](s S) E { return s[0] }

type IDs []ID

func Ptr[T any](v T) *T { return &v }

func Equal[T comparable](a, b T) bool { return a == b }

func Convert[From Integer, To Float](x From) To { return To(x) / 2 }

func main() {
	fmt.Println(Double(21), Double(int8(100)), Double(1.25), Double(Celsius(10)))
	Show([]Celsius{1.5, 2})
	Show([]ID{4, 5})
	fmt.Println(Keys([]Pair[string, int]{{"a", 1}, {"b", 2}}))
	p := Pair[int, bool]{7, true}
	fmt.Printf("%v %+v %T\n", p.Swap(), p.Swap(), p.Swap())
	ids := IDs{3, 1, 4}
	fmt.Println(Index(ids, 4), Index([]string{"x"}, "y"), First(ids))
	fmt.Printf("%T\n", First(ids))
	x := Ptr(42)
	*x++
	fmt.Println(*x, *Ptr("s"))
	var e1, e2 error
	fmt.Println(Equal(e1, e2), Equal[any](1, "1"), Equal(p, Pair[int, bool]{7, true}))
	fmt.Println(Convert[int, float64](7), Convert[int8, float32](3))
}
