// Heap allocations of small operations, counted with runtime.MemStats.Mallocs: golc must not
// allocate where gc does not (frame defer records, closures capturing by value, small frame
// buffers for appends, make with a run-time length, string conversions and concatenation,
// fmt printing, strconv of small numbers, integers below 256 in interfaces).
package main

import (
	"fmt"
	"runtime"
	"strconv"
)

var (
	sinkN int
	sinkF func() int
	sinkS string
	sinkA any
)

func mallocs(f func()) uint64 {
	var a, b runtime.MemStats
	runtime.ReadMemStats(&a)
	f()
	runtime.ReadMemStats(&b)
	return b.Mallocs - a.Mallocs
}

//go:noinline
func add(p *int, d int) { *p += d }

//go:noinline
func deferOnce(k int) int {
	x := k
	defer add(&x, 1)
	defer func() { sinkN += x }()
	return x * 2
}

//go:noinline
func closureByValue(k int) {
	x := k * 3
	sinkF = func() int { return x + 1 }
}

//go:noinline
func appendSmall(n int) int {
	var s []int
	for i := 0; i < n; i++ {
		s = append(s, i)
	}
	return len(s) + cap(s)
}

//go:noinline
func makeSmall(n int) int {
	m := make([]int, n)
	m[n-1] = 7
	return m[n-1] + len(m)
}

//go:noinline
func strings(a, b string, bs []byte) int {
	s := a + b
	t := string(bs)
	u := []byte(a)
	return len(s) + len(t) + len(u)
}

//go:noinline
func box(n int) { sinkA = n }

//go:noinline
func box8(n int8) { sinkA = n }

func main() {
	fmt.Println("deferOnce", mallocs(func() { sinkN = deferOnce(5) }), sinkN)
	fmt.Println("closureByValue", mallocs(func() { closureByValue(2) }), sinkF())
	fmt.Println("appendSmall 4", mallocs(func() { sinkN = appendSmall(4) }), sinkN)
	fmt.Println("appendSmall 5", mallocs(func() { sinkN = appendSmall(5) }), sinkN)
	fmt.Println("makeSmall 3", mallocs(func() { sinkN = makeSmall(3) }), sinkN)
	fmt.Println("makeSmall 100", mallocs(func() { sinkN = makeSmall(100) }), sinkN)
	fmt.Println("strings short", mallocs(func() { sinkN = strings("ab", "cd", []byte{'x', 'y'}) }), sinkN)
	fmt.Println("itoa 42", mallocs(func() { sinkS = strconv.Itoa(42) }), sinkS)
	fmt.Println("itoa 7", mallocs(func() { sinkS = strconv.Itoa(7) }), sinkS)
	fmt.Println("itoa 12345", mallocs(func() { sinkS = strconv.Itoa(12345) }), sinkS)
	fmt.Println("box 200", mallocs(func() { box(200) }), sinkA)
	fmt.Println("box 300", mallocs(func() { box(300) }), sinkA)
	fmt.Println("box int8 -1", mallocs(func() { box8(-1) }), sinkA)
	fmt.Println("warm-up")
	n := 42
	c := mallocs(func() { fmt.Println(n) })
	fmt.Println("println int", c)

	// cap after appends to a non-escaping slice: the first growth that fits uses a 32-byte
	// frame buffer, with every element that fits as capacity
	var s []int
	var b []byte
	var q []int32
	for i := 0; i < 6; i++ {
		s = append(s, i)
		fmt.Print(len(s), "/", cap(s), " ")
	}
	b = append(b, 'x')
	q = append(q, 1, 2, 3)
	fmt.Println(len(b), cap(b), len(q), cap(q))
}
