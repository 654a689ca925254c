// append grows slices exactly as gc does; the capacities are part of the output.
package main

import "fmt"

type big struct{ a, b, c, d, e int64 }

// Package-level slices: their backing arrays are on the heap for gc and golc alike, so the
// capacities below come from the runtime's growth policy alone (a local slice that does not
// escape may start in a 32-byte stack buffer in gc, which changes the first capacities).
var (
	s  []int
	b  []byte
	bs []big
)

func main() {
	prev := -1
	for i := 0; i < 2000; i++ {
		s = append(s, i)
		if cap(s) != prev {
			fmt.Println("int len", len(s), "cap", cap(s))
			prev = cap(s)
		}
	}
	prev = -1
	for i := 0; i < 600; i++ {
		b = append(b, byte(i))
		if cap(b) != prev {
			fmt.Println("byte len", len(b), "cap", cap(b))
			prev = cap(b)
		}
	}
	prev = -1
	for i := 0; i < 100; i++ {
		bs = append(bs, big{a: int64(i)})
		if cap(bs) != prev {
			fmt.Println("big len", len(bs), "cap", cap(bs))
			prev = cap(bs)
		}
	}
	x := []int{1, 2, 3}
	x = append(x, 4, 5, 6, 7)
	fmt.Println(x, len(x), cap(x))
	y := append([]int(nil), x...)
	fmt.Println(y, len(y), cap(y))
	z := append(x[:2], 9)
	fmt.Println(x, z)
	str := append([]byte("abc"), "def"...)
	fmt.Println(string(str), len(str), cap(str))
	var strs []string
	strs = append(strs, "a", "b", "c")
	fmt.Println(strs, len(strs), cap(strs))
}
