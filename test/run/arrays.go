// Arrays are values: assignment and calls copy them; == compares elementwise.
package main

import "fmt"

func double(a [4]int) [4]int {
	for i := range a {
		a[i] *= 2
	}
	return a
}

func fill(p *[4]int, v int) {
	for i := range p {
		p[i] = v
	}
}

func main() {
	a := [4]int{1, 2, 3, 4}
	b := a
	b[0] = 100
	fmt.Println(a, b, a == b, a != b)
	c := double(a)
	fmt.Println(a, c)
	fill(&a, 7)
	fmt.Println(a, len(a))
	d := [...]string{2: "two", 0: "zero"}
	fmt.Println(len(d), d, d[1] == "")
	var grid [3][3]int
	for i := 0; i < 3; i++ {
		for j := 0; j < 3; j++ {
			grid[i][j] = i * j
		}
	}
	row := grid[2]
	row[0] = 99
	fmt.Println(grid, row)
	type pt struct{ x, y int }
	ps := [2]pt{{1, 2}, {3, 4}}
	qs := ps
	fmt.Println(ps == qs, ps)
	qs[1].y = 5
	fmt.Println(ps == qs, qs)
	s := a[1:3]
	s[0] = -1
	fmt.Println(a, s, cap(s))
	var z [0]int
	fmt.Println(len(z), z)
}
