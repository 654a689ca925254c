// The iterator functions of maps and slices (Go 1.23): Keys/Values/All/Insert/Collect,
// All/Backward/Values/AppendSeq/Collect/Sorted*/Chunk, and Chunk's panic.
package main

import (
	"fmt"
	"maps"
	"slices"
	"strings"
)

func main() {
	m := map[string]int{"b": 2, "a": 1, "c": 3, "d": 4}
	keys := slices.Sorted(maps.Keys(m))
	fmt.Println(keys)
	vals := slices.Sorted(maps.Values(m))
	fmt.Println(vals)
	s := []string{"x", "y", "z"}
	for i, v := range slices.All(s) {
		fmt.Println(i, v)
	}
	for i, v := range slices.Backward(s) {
		fmt.Println(i, v)
	}
	fmt.Println(slices.Collect(slices.Values(s)))
	fmt.Println(slices.AppendSeq([]string{"w"}, slices.Values(s)))
	m2 := maps.Collect(slices.All(s))
	fmt.Println(m2)
	maps.Insert(m2, maps.All(map[int]string{7: "seven"}))
	fmt.Println(len(m2), m2[7])
	for c := range slices.Chunk([]int{1, 2, 3, 4, 5}, 2) {
		fmt.Println(c, len(c), cap(c))
	}
	fmt.Println(slices.SortedFunc(maps.Keys(m), func(a, b string) int { return strings.Compare(b, a) }))
	fmt.Println(slices.SortedStableFunc(slices.Values([]string{"bb", "a", "cc", "d"}), func(a, b string) int { return len(a) - len(b) }))
	fmt.Println(slices.Collect(maps.Keys(map[int]int{})) == nil)
	sum := 0
	for k, v := range maps.All(m) {
		sum += len(k) * v
	}
	fmt.Println(sum)
	defer func() { fmt.Println("recovered:", recover()) }()
	slices.Chunk(s, 0)
}
