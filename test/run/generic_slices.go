package main

import (
	"fmt"
	"slices"
	"strings"
)

type P struct {
	Name string
	Age  int
}

func main() {
	s := []int{5, 2, 8, 1, 9, 3, 7, 4, 6, 0, 11, 15, 13, 12, 14, 10}
	slices.Sort(s)
	fmt.Println(s, slices.IsSorted(s))
	i, ok := slices.BinarySearch(s, 7)
	fmt.Println(i, ok)
	fmt.Println(slices.Contains(s, 3), slices.Index(s, 42), slices.Max(s), slices.Min(s))
	slices.Reverse(s)
	fmt.Println(s)
	ps := []P{{"a", 30}, {"b", 20}, {"c", 30}, {"d", 10}}
	slices.SortStableFunc(ps, func(x, y P) int { return x.Age - y.Age })
	fmt.Println(ps)
	slices.SortFunc(ps, func(x, y P) int { return strings.Compare(y.Name, x.Name) })
	fmt.Println(ps)
	fmt.Println(slices.IndexFunc(ps, func(p P) bool { return p.Age == 20 }))
	t := slices.Insert([]int{1, 2, 3}, 1, 10, 11)
	fmt.Println(t, len(t))
	t = slices.Delete(t, 0, 2)
	fmt.Println(t)
	fmt.Println(slices.Compact([]int{1, 1, 2, 2, 2, 3, 1}))
	c := slices.Clone(t)
	c[0] = 99
	fmt.Println(t, c, slices.Equal(t, c), slices.Equal(t, slices.Clone(t)))
	var nilS []string
	fmt.Println(slices.Clone(nilS) == nil)
	words := []string{"pear", "apple", "fig"}
	slices.Sort(words)
	fmt.Println(words, slices.Compare([]int{1, 2}, []int{1, 3}))
	fmt.Println(slices.Max([]float64{}))
}
