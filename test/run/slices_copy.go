// copy, 3-index slicing, nil and empty slices, sharing of backing arrays.
package main

import "fmt"

func main() {
	src := []int{1, 2, 3, 4, 5}
	dst := make([]int, 3)
	n := copy(dst, src)
	fmt.Println(n, dst)
	n = copy(src[1:], src)
	fmt.Println(n, src)
	bs := make([]byte, 4)
	n = copy(bs, "hello")
	fmt.Println(n, string(bs))
	a := []int{0, 1, 2, 3, 4, 5, 6, 7}
	s := a[2:4:5]
	fmt.Println(s, len(s), cap(s))
	s = append(s, 100)
	fmt.Println(a)
	s = append(s, 200)
	s[0] = -1
	fmt.Println(a, s)
	var nilS []int
	empty := []int{}
	fmt.Println(nilS == nil, empty == nil, len(nilS), cap(nilS), nilS, empty)
	nilS = append(nilS, 1)
	fmt.Println(nilS)
	for range nilS[:0] {
		fmt.Println("never")
	}
	m := make([]string, 2, 10)
	fmt.Println(len(m), cap(m), m[1] == "", len(m[:10]))
	t := a[:0]
	for _, v := range a {
		if v%2 == 1 {
			t = append(t, v)
		}
	}
	fmt.Println(t, a)
	matrix := make([][]int, 3)
	for i := range matrix {
		matrix[i] = make([]int, i+1)
		for j := range matrix[i] {
			matrix[i][j] = i + j
		}
	}
	fmt.Println(matrix)
	var arr [5]int
	sl := arr[1:3]
	sl[1] = 42
	fmt.Println(arr, len(sl), cap(sl))
}
