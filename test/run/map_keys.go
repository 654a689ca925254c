package main

import "fmt"

type Color int

type Pair struct {
	A string
	B int
}

type WithBlank struct {
	X int
	_ int
	Y string
}

type Shape interface{ Area() int }

type Sq struct{ S int }

func (s Sq) Area() int { return s.S * s.S }

type Rect struct{ W, H int }

func (r *Rect) Area() int { return r.W * r.H }

type Inner struct{ F float64 }
type Outer struct {
	I  Inner
	Ar [2]string
}

func main() {
	b := map[bool]string{true: "yes", false: "no"}
	fmt.Println(len(b), b[true], b[false], b[1 < 2])

	i8 := map[int8]int{-128: 1, 127: 2, 0: 3}
	i16 := map[int16]int{-32768: 1, 1000: 2}
	i32 := map[int32]int{-1: 1, 1 << 30: 2}
	i64 := map[int64]int{-1 << 63: 1, 1<<63 - 1: 2}
	u8 := map[uint8]int{255: 1, 'a': 2}
	u16 := map[uint16]int{65535: 1}
	u32 := map[uint32]int{1<<32 - 1: 1}
	u64 := map[uint64]int{1<<64 - 1: 1, 0: 2}
	up := map[uintptr]int{12345: 1}
	r := map[rune]string{'é': "e-acute", '世': "world"}
	fmt.Println(i8[-128], i8[127], i8[0], i8[1], i16[-32768], i16[1000], i32[-1], i32[1<<30])
	fmt.Println(i64[-1<<63], i64[1<<63-1], u8[255], u8['a'], u16[65535], u32[1<<32-1], u64[1<<64-1], u64[0], up[12345])
	fmt.Println(r['é'], r['世'], len(r))

	c := map[Color]string{1: "red", 2: "green"}
	c[Color(3)] = "blue"
	fmt.Println(c[1], c[2], c[3], len(c))

	f32 := map[float32]int{1.5: 1, -2.25: 2}
	f64 := map[float64]int{0.1: 1, 1e300: 2}
	fmt.Println(f32[1.5], f32[-2.25], f64[0.1], f64[1e300], f64[0.2])
	cx := map[complex128]int{1 + 2i: 1, 3i: 2}
	c64 := map[complex64]string{complex(1, -1): "a"}
	fmt.Println(cx[1+2i], cx[3i], cx[1], c64[complex(1, -1)])

	s := map[string]int{"": 0, "a": 1, "ab": 2, "long string key with more than thirty-two bytes in it": 3}
	s["x" + "y"] = 4
	k := "a"
	k += "b"
	fmt.Println(s[""], s["a"], s[k], s["long string key with more than thirty-two bytes in it"], s["xy"], len(s))
	_, hasEmpty := s[""]
	fmt.Println(hasEmpty)

	x, y := 1, 2
	p := map[*int]string{&x: "x", &y: "y"}
	px := &x
	fmt.Println(p[px], p[&y], p[nil] == "", len(p))
	var nilp *int
	p[nilp] = "nil"
	fmt.Println(p[nil], len(p))

	pr := map[Pair]int{{"a", 1}: 1, {"a", 2}: 2, {"b", 1}: 3}
	fmt.Println(pr[Pair{"a", 1}], pr[Pair{"a", 2}], pr[Pair{"b", 1}], pr[Pair{"b", 2}])
	wb := map[WithBlank]int{}
	wb[WithBlank{X: 1, Y: "y"}] = 5
	fmt.Println(wb[WithBlank{X: 1, Y: "y"}], len(wb))
	o := map[Outer]int{{Inner{1.5}, [2]string{"a", "b"}}: 7}
	fmt.Println(o[Outer{Inner{1.5}, [2]string{"a", "b"}}], o[Outer{Inner{1.5}, [2]string{"a", "c"}}])

	ar := map[[3]int]string{{1, 2, 3}: "123", {3, 2, 1}: "321"}
	fmt.Println(ar[[3]int{1, 2, 3}], ar[[3]int{3, 2, 1}], ar[[3]int{}] == "")
	sa := map[[2]string]int{{"a", "b"}: 1}
	fmt.Println(sa[[2]string{"a", "b"}], sa[[2]string{"b", "a"}])

	// interface keys: dynamic type and value both count
	any := map[interface{}]string{}
	any[1] = "int 1"
	any[int64(1)] = "int64 1"
	any["1"] = "string 1"
	any[1.0] = "float 1"
	any[Pair{"a", 1}] = "pair"
	any[[2]int{1, 2}] = "array"
	any[nil] = "nil"
	any[true] = "true"
	any[Color(1)] = "color 1"
	fmt.Println(len(any), any[1], any[int64(1)], any["1"], any[1.0], any[Pair{"a", 1}], any[[2]int{1, 2}], any[nil], any[true], any[Color(1)])
	fmt.Println(any[int8(1)] == "", any[2] == "")
	any[1] = "int one"
	delete(any, "1")
	fmt.Println(len(any), any[1], any["1"] == "")

	r1 := &Rect{2, 3}
	shapes := map[Shape]string{Sq{2}: "square", r1: "rect"}
	fmt.Println(shapes[Sq{2}], shapes[r1], shapes[&Rect{2, 3}] == "", len(shapes))
	var noShape Shape
	shapes[noShape] = "none"
	fmt.Println(shapes[nil], len(shapes))

	var e error
	errs := map[error]int{e: 1}
	fmt.Println(errs[nil])

	type local struct{ a, b int8 }
	lm := map[local]int{{1, 2}: 12}
	fmt.Println(lm[local{1, 2}], lm[local{2, 1}])

	type empty struct{}
	set := map[empty]int{}
	set[empty{}]++
	set[empty{}]++
	fmt.Println(set[empty{}], len(set))
	es := map[string]struct{}{"a": {}, "b": {}}
	_, inA := es["a"]
	_, inC := es["c"]
	fmt.Println(len(es), inA, inC)
}
