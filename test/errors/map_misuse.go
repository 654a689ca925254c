// Maps: what the checker must reject, in gc's words.
package main

type T struct{ f int }

type S string

func main() {
	m := map[string]T{}
	m["a"].f = 1 // ERROR "cannot assign to struct field m\[\"a\"\].f in map"
	_ = map[string]int{"a": 1, "b": 2, "a": 3} // ERROR "duplicate key \"a\" in map literal"
	_ = map[interface{}]int{1: 1, int64(1): 2, S("x"): 3, S("x"): 4} // ERROR "duplicate key \"x\" in map literal"
	_ = map[float64]bool{1: true, 1.0: false} // ERROR "duplicate key 1 in map literal"
	var bad map[[]int]int // ERROR "invalid map key type \[\]int"
	_ = bad
	_ = map[string]int{"k"} // ERROR "missing key in map literal"
}
