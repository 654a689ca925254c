package main

import "fmt"

func main() {
outer:
	for i := 0; i < 4; i++ {
		for j := 0; j < 4; j++ {
			if j == i {
				continue outer
			}
			if i == 3 && j == 1 {
				break outer
			}
			fmt.Print(i, j, " ")
		}
	}
	fmt.Println()
rows:
	for _, row := range [][]int{{1, 2, -1, 3}, {4}, {5, -2, 6}} {
		for _, v := range row {
			switch {
			case v < 0:
				continue rows
			case v == 6:
				break rows
			}
			fmt.Print(v, " ")
		}
		fmt.Print("| ")
	}
	fmt.Println()
	m := 0
sel:
	for {
		select {
		default:
			m++
			if m == 3 {
				break sel
			}
		}
	}
	fmt.Println("m", m)
	count := 0
L1:
	for a := range 3 {
	L2:
		for b := range 3 {
			for c := range 3 {
				if c == 1 {
					continue L2
				}
				if b == 2 {
					continue L1
				}
				count += a*100 + b*10 + c
			}
		}
	}
	fmt.Println(count)
}
