// Maps: insert, lookup with comma-ok, delete, len; fmt prints maps with sorted keys.
package main

import "fmt"

func main() {
	m := map[string]int{"one": 1, "two": 2}
	m["three"] = 3
	v, ok := m["two"]
	fmt.Println(v, ok, len(m))
	v, ok = m["four"]
	fmt.Println(v, ok)
	delete(m, "one")
	fmt.Println(m, len(m))
	counts := make(map[rune]int)
	for _, r := range "mississippi" {
		counts[r]++
	}
	fmt.Println(counts['s'], counts['i'], counts['p'], counts['z'])
	fmt.Println(map[int]bool{3: true, 1: false, 2: true})
	var nilMap map[string]int
	fmt.Println(nilMap["x"], len(nilMap), nilMap == nil)
	total := 0
	for k, v := range map[int]int{1: 10, 2: 20, 3: 30} {
		total += k * v
	}
	fmt.Println(total)
	type key struct{ a, b int }
	grid := map[key]string{{1, 2}: "x"}
	grid[key{3, 4}] = "y"
	fmt.Println(grid[key{1, 2}], grid[key{3, 4}], len(grid))
}
