package main

import (
	"cmp"
	"fmt"
	"slices"
)

type Person struct {
	Name string
	Age  int
}

func MaxOf[T cmp.Ordered](xs ...T) T {
	m := xs[0]
	for _, x := range xs[1:] {
		if cmp.Less(m, x) {
			m = x
		}
	}
	return m
}

func main() {
	fmt.Println(cmp.Compare(1, 2), cmp.Compare(2, 2), cmp.Compare("b", "a"))
	fmt.Println(cmp.Less(1.5, 2.5), cmp.Less("z", "a"))
	fmt.Println(cmp.Or(0, 3, 4), cmp.Or("", "x"), cmp.Or[int]())
	fmt.Println(MaxOf(3, 9, 2), MaxOf("kiwi", "apple"), MaxOf(uint8(7), 200))
	people := []Person{{"Alice", 30}, {"Bob", 25}, {"Carol", 30}, {"Dan", 25}}
	slices.SortStableFunc(people, func(a, b Person) int {
		return cmp.Or(cmp.Compare(a.Age, b.Age), cmp.Compare(a.Name, b.Name))
	})
	fmt.Println(people)
	slices.SortFunc(people, func(a, b Person) int { return cmp.Compare(b.Name, a.Name) })
	fmt.Println(people)
	i, found := slices.BinarySearchFunc([]Person{{"A", 1}, {"B", 5}, {"C", 9}}, 5, func(p Person, t int) int { return cmp.Compare(p.Age, t) })
	fmt.Println(i, found)
}
