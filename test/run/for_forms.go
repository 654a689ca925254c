// Every form of for: three-clause, condition only, infinite, range over int, slice,
// array, pointer to array and string, with and without variables.
package main

import "fmt"

func main() {
	for i := 0; i < 3; i++ {
		fmt.Print(i, " ")
	}
	fmt.Println()
	n := 1
	for n < 100 {
		n *= 3
	}
	fmt.Println(n)
	k := 0
	for {
		k++
		if k == 5 {
			break
		}
	}
	fmt.Println(k)
	for i := range 4 {
		fmt.Print(i, " ")
	}
	fmt.Println()
	total := 0
	for range 10 {
		total++
	}
	fmt.Println(total)
	var u8 uint8 = 3
	for i := range u8 {
		fmt.Printf("%T %v ", i, i)
	}
	fmt.Println()
	s := []string{"a", "b", "c"}
	for i, v := range s {
		fmt.Print(i, v, " ")
	}
	fmt.Println()
	for i := range s {
		s[i] += "!"
	}
	fmt.Println(s)
	arr := [3]int{10, 20, 30}
	for i, v := range arr {
		arr[2] = 99 // the range works on a copy of the array
		fmt.Print(i, ":", v, " ")
	}
	fmt.Println(arr)
	for i, v := range &arr {
		if i == 0 {
			arr[2] = 77
		}
		fmt.Print(v, " ")
	}
	fmt.Println()
	sl := []int{1, 2, 3}
	for _, v := range sl {
		if v == 1 {
			sl = append(sl, 4) // the range length was fixed at the start
		}
		fmt.Print(v, " ")
	}
	fmt.Println(len(sl))
	for i, c := range "hé!" {
		fmt.Print(i, string(c), " ")
	}
	fmt.Println()
	var fs []func() int
	for i := 0; i < 3; i++ {
		fs = append(fs, func() int { return i }) // each iteration has its own i
	}
	for _, f := range fs {
		fmt.Print(f(), " ")
	}
	fmt.Println()
	for i, j := 0, 10; i < j; i, j = i+1, j-2 {
		fmt.Print(i, ",", j, " ")
	}
	fmt.Println()
}
