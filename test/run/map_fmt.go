package main

import (
	"fmt"
	"math"
)

type P struct {
	X, Y int
}

type S string

func (s S) String() string { return "S<" + string(s) + ">" }

func main() {
	m := map[string]int{"b": 2, "a": 1, "c": 3}
	fmt.Println(m)
	fmt.Printf("%v %+v %#v\n", m, m, m)
	var nm map[string]int
	fmt.Println(nm)
	fmt.Printf("%#v %v\n", nm, nm)
	fm := map[float64]string{math.NaN(): "nan", 1.5: "x", -2: "y", math.Inf(1): "inf", math.Inf(-1): "-inf"}
	fmt.Println(fm)
	pm := map[P]bool{{2, 1}: true, {1, 2}: false, {1, 1}: true}
	fmt.Println(pm)
	fmt.Printf("%+v\n%#v\n", pm, pm)
	bm := map[bool]int{true: 1, false: 0}
	fmt.Println(bm)
	im := map[interface{}]int{nil: 0, 3: 1, 1: 2, 2: 3}
	fmt.Println(im)
	sm := map[S]int{"x": 1, "a": 2}
	fmt.Println(sm)
	nested := map[string][]int{"z": {1, 2}, "a": nil}
	fmt.Println(nested)
	mm := map[string]map[string]int{"o": {"i": 1, "h": 2}}
	fmt.Println(mm)
	fmt.Printf("%d\n", m)
	fmt.Println(&m)
	fmt.Println(len(fmt.Sprintf("%p", m)) > 2)
	am := map[[2]int]string{{2, 1}: "a", {1, 9}: "b"}
	fmt.Println(am)
	fmt.Println(map[int8]uint{-3: 1, 5: 2, -100: 3})
}

type Key struct {
	Name string
	N    int
}

type Temp float64

func (t Temp) String() string { return fmt.Sprintf("%.1f°", float64(t)) }

func init() {
	fmt.Println(map[Key][]string{{"b", 1}: {"x"}, {"a", 2}: nil, {"a", 1}: {"y", "z"}})
	fmt.Printf("%v|%+v|%#v\n", map[Key]int{{"k", 1}: 1}, map[Key]int{{"k", 1}: 1}, map[Key]int{{"k", 1}: 1})
	fmt.Println(map[string]Temp{"mon": 21.5, "tue": 19})
	fmt.Printf("%x %X %q\n", map[string]int{"a": 255}, map[int]string{10: "hi"}, map[string]string{"k": "v"})
	fmt.Printf("[%10v]\n", map[int]int{1: 2})
	fmt.Println(map[uint]bool{3: true, 1: false, 2: true})
	fmt.Println(map[string]interface{}{"n": nil, "i": 1, "s": "str", "l": []int{1}})
	fmt.Printf("%#v\n", map[string]interface{}{"i": 1, "s": "str"})
	fmt.Printf("%v %d\n", map[*int]int(nil), map[string]int{})
	fmt.Println(fmt.Sprint(map[int]string{2: "b", 1: "a"}), fmt.Sprintf("%s", map[string]string{"z": "1", "y": "2"}))
	fmt.Printf("%#v\n", map[[2]bool]float64{{true, false}: 1.5, {false, true}: -2})
	fmt.Printf("%v\n", struct{ M map[string]int }{map[string]int{"x": 1}})
	fmt.Printf("%+v\n", []map[string]int{{"a": 1}, nil, {}})
}
