package main

import "fmt"

func sortInts(a []int) {
	for i := 1; i < len(a); i++ {
		for j := i; j > 0 && a[j] < a[j-1]; j-- {
			a[j], a[j-1] = a[j-1], a[j]
		}
	}
}

func build(n int) map[int]int {
	m := make(map[int]int)
	for i := 0; i < n; i++ {
		m[i] = i * 10
	}
	return m
}

func main() {
	// deleting the current entry while ranging is safe
	m := build(100)
	for k := range m {
		if k%2 == 1 {
			delete(m, k)
		}
	}
	fmt.Println(len(m))

	// entries deleted before they are reached are not produced
	m = build(50)
	seen := 0
	deletedSeen := false
	for k := range m {
		seen++
		if k == -1 {
			deletedSeen = true
		}
		for j := 0; j < 50; j++ {
			if j != k {
				delete(m, j)
			}
		}
	}
	fmt.Println(seen, len(m), deletedSeen)

	// deleting everything else, then growing the map in the same loop
	m = build(8)
	visits := 0
	for k, v := range m {
		if v != k*10 {
			fmt.Println("bad value", k, v)
		}
		visits++
		if visits == 1 {
			for j := 0; j < 8; j++ {
				if j != k {
					delete(m, j)
				}
			}
			for j := 1000; j < 3000; j++ {
				m[j] = j * 10
			}
		}
	}
	fmt.Println(len(m))

	// values updated during the loop are seen with their new value
	m = build(20)
	for k := range m {
		for j := 0; j < 20; j++ {
			m[j] = m[j] + 1
		}
		_ = k
	}
	total := 0
	for _, v := range m {
		total += v
	}
	fmt.Println(total)

	// clear during range: nothing more is produced
	m = build(100)
	n := 0
	for range m {
		n++
		clear(m)
	}
	fmt.Println(n, len(m))

	// every entry exactly once, with break, continue and labels
	m = build(1000)
	var ks []int
	for k, v := range m {
		if v != k*10 {
			fmt.Println("mismatch")
		}
		ks = append(ks, k)
	}
	sortInts(ks)
	ok := len(ks) == 1000
	for i, k := range ks {
		if k != i {
			ok = false
		}
	}
	fmt.Println(ok)
	count := 0
	for k := range m {
		if k%2 == 0 {
			continue
		}
		count++
	}
	fmt.Println(count)
	count = 0
	for range m {
		count++
		if count == 10 {
			break
		}
	}
	fmt.Println(count)
	count = 0
outer:
	for i := 0; i < 3; i++ {
		for k := range m {
			if k >= 0 {
				count++
				continue outer
			}
		}
	}
	fmt.Println(count)

	// range assigning to existing variables and to another map's entries
	var kk, vv int
	small := map[int]int{7: 70}
	for kk, vv = range small {
	}
	fmt.Println(kk, vv)
	dst := map[int]int{}
	for k := range small {
		dst[k] = small[k] * 2
	}
	fmt.Println(dst)

	// per-iteration variables (Go 1.22): closures capture distinct copies
	var fs []func() int
	for k, v := range map[int]int{1: 10, 2: 20, 3: 30} {
		fs = append(fs, func() int { return k + v })
	}
	sum := 0
	for _, f := range fs {
		sum += f()
	}
	fmt.Println(sum)

	// the iteration order is randomised: the first key changes between loops
	r := build(16)
	first := map[int]bool{}
	for i := 0; i < 200; i++ {
		for k := range r {
			first[k] = true
			break
		}
	}
	fmt.Println(len(first) > 1)

	// nested ranges over the same map
	pairs := 0
	sm := build(30)
	for a := range sm {
		for b := range sm {
			if a < b {
				pairs++
			}
		}
	}
	fmt.Println(pairs)
}
