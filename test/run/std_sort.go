package main

import (
	"fmt"
	"sort"
)

type person struct {
	name string
	age  int
}

type byAge []person

func (a byAge) Len() int           { return len(a) }
func (a byAge) Less(i, j int) bool { return a[i].age < a[j].age }
func (a byAge) Swap(i, j int)      { a[i], a[j] = a[j], a[i] }

func lcg(seed *uint32) int {
	*seed = *seed*1664525 + 1013904223
	return int(*seed >> 16)
}

func main() {
	ints := []int{5, 2, 8, -1, 9, 3, 3, 0, 100, -50}
	sort.Ints(ints)
	fmt.Println(ints, sort.IntsAreSorted(ints), sort.SearchInts(ints, 3), sort.SearchInts(ints, 4))

	strs := []string{"pear", "apple", "fig", "banana", "", "Zebra"}
	sort.Strings(strs)
	fmt.Printf("%q %v\n", strs, sort.StringsAreSorted(strs))

	fl := []float64{3.5, -1, 2.25, 0, 1e10, -7.5}
	sort.Float64s(fl)
	fmt.Println(fl, sort.SearchFloat64s(fl, 2.25))

	people := []person{{"alice", 30}, {"bob", 25}, {"carol", 30}, {"dave", 25}, {"eve", 35}, {"frank", 30}, {"gina", 25}}
	sort.Stable(byAge(people))
	fmt.Println(people)
	sort.SliceStable(people, func(i, j int) bool { return people[i].name > people[j].name })
	fmt.Println(people)
	sort.Slice(people, func(i, j int) bool { return people[i].name < people[j].name })
	fmt.Println(people)

	sort.Sort(sort.Reverse(sort.IntSlice(ints)))
	fmt.Println(ints)

	// large inputs: sort, stable sort by key with many equal keys
	seed := uint32(7)
	big := make([]int, 5000)
	for i := range big {
		big[i] = lcg(&seed) % 1000
	}
	sort.Ints(big)
	fmt.Println(sort.IntsAreSorted(big), big[0], big[2500], big[4999])

	type kv struct{ k, v int }
	pairs := make([]kv, 3000)
	for i := range pairs {
		pairs[i] = kv{lcg(&seed) % 10, i}
	}
	sort.SliceStable(pairs, func(i, j int) bool { return pairs[i].k < pairs[j].k })
	ok := true
	for i := 1; i < len(pairs); i++ {
		if pairs[i-1].k > pairs[i].k || (pairs[i-1].k == pairs[i].k && pairs[i-1].v > pairs[i].v) {
			ok = false
		}
	}
	fmt.Println("stable ok:", ok, pairs[0], pairs[2999])

	desc := make([]int, 200)
	for i := range desc {
		desc[i] = 200 - i
	}
	sort.Ints(desc)
	fmt.Println(desc[:5], desc[195:])

	idx := sort.Search(100, func(i int) bool { return i*i >= 50 })
	fmt.Println(idx)
	i, found := sort.Find(len(strs), func(i int) int {
		if "fig" < strs[i] {
			return -1
		} else if "fig" == strs[i] {
			return 0
		}
		return 1
	})
	fmt.Println(i, found)
	ss := sort.StringSlice{"c", "a", "b"}
	ss.Sort()
	fmt.Println(ss, ss.Search("b"), sort.IsSorted(ss))
}
