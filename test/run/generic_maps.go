package main

import (
	"fmt"
	"maps"
)

type Set[T comparable] map[T]struct{}

func (s Set[T]) Add(v T)           { s[v] = struct{}{} }
func (s Set[T]) Has(v T) bool      { _, ok := s[v]; return ok }

func main() {
	m := map[string]int{"a": 1, "b": 2, "c": 3}
	c := maps.Clone(m)
	c["d"] = 4
	fmt.Println(len(m), len(c), maps.Equal(m, c))
	delete(c, "d")
	fmt.Println(maps.Equal(m, c))
	maps.DeleteFunc(c, func(k string, v int) bool { return v%2 == 1 })
	fmt.Println(c)
	s := Set[int]{}
	s.Add(3)
	fmt.Println(s.Has(3), s.Has(4), len(s))
	var nm map[int]bool
	fmt.Println(maps.Clone(nm) == nil)
	dst := map[string]int{"z": 26}
	maps.Copy(dst, m)
	fmt.Println(dst)
	fmt.Println(maps.EqualFunc(m, map[string]float64{"a": 1, "b": 2, "c": 3}, func(a int, b float64) bool { return float64(a) == b }))
}
