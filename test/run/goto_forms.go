package main

import "fmt"

func find(m [][]int, t int) (int, int) {
	for i := range m {
		for j := range m[i] {
			if m[i][j] == t {
				return i, j
			}
		}
	}
	return -1, -1
}

func main() {
	i := 0
loop:
	if i < 5 {
		fmt.Print(i, " ")
		i++
		goto loop
	}
	fmt.Println()
	n := 0
	goto skip
skip:
	n++
	if n < 3 {
		goto skip
	}
	fmt.Println("n =", n)
	x := 7
	if x > 5 {
		goto big
	}
	fmt.Println("small")
	goto end
big:
	fmt.Println("big")
end:
	fmt.Println(find([][]int{{1, 2}, {3, 4}}, 4))
	{
		k := 0
	again:
		k++
		switch {
		case k < 3:
			goto again
		}
		fmt.Println("k", k)
	}
}
