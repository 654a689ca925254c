// Labeled break and continue, break out of switch inside loop, goto.
package main

import "fmt"

func main() {
outer:
	for i := 0; i < 4; i++ {
		for j := 0; j < 4; j++ {
			if j == 2 {
				continue outer
			}
			if i == 3 {
				break outer
			}
			fmt.Print(i, j, " ")
		}
	}
	fmt.Println()
loop:
	for i := 0; ; i++ {
		switch {
		case i == 5:
			break loop
		case i%2 == 0:
			continue
		}
		fmt.Print(i, " ")
	}
	fmt.Println()
	i := 0
again:
	if i < 5 {
		i += 2
		goto again
	}
	fmt.Println("i =", i)
	n := 0
	for {
		n++
		if n > 3 {
			goto done
		}
	}
done:
	fmt.Println("n =", n)
	found := -1
search:
	for r, row := range [][]int{{1, 2}, {3, 4}, {5, 6}} {
		for _, v := range row {
			if v == 4 {
				found = r
				break search
			}
		}
	}
	fmt.Println("found in row", found)
}
