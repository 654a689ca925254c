// make with a count the function knows statically (a local assigned once, an inlined
// parameter, the length of a slice literal) is a fixed-size object: it stays in the frame
// as gc's rewritten make does, and behaves as any slice. A count assigned on one path only,
// or reassigned, stays a run-time count.
package main

import (
	"fmt"
	"runtime"
)

func fill(n int) []byte {
	b := make([]byte, n)
	for i := range b {
		b[i] = byte(i * 3)
	}
	return b
}

func sum(b []byte) int {
	s := 0
	for _, v := range b {
		s += int(v)
	}
	return s
}

func static() int {
	size := 128
	b := make([]byte, size)
	for i := range b {
		b[i] = byte(i)
	}
	ints := []int{1, 2, 3, 4, 5, 6}
	c := make([]int, len(ints), 2*len(ints))
	copy(c, ints)
	c = append(c, 7)
	return int(b[127]) + sum(fill(200)) + len(c)*100 + cap(c)*1000
}

func dynamic(flag bool) int {
	size := 16
	if flag {
		size = 4096
	}
	b := make([]byte, size)
	b[len(b)-1] = 9
	var n int
	if flag {
		n = 64
	}
	d := make([]int64, n)
	return len(b) + int(b[len(b)-1]) + len(d)
}

func allocs(f func()) uint64 {
	var a, b runtime.MemStats
	runtime.ReadMemStats(&a)
	f()
	runtime.ReadMemStats(&b)
	return b.Mallocs - a.Mallocs
}

var out int

func main() {
	fmt.Println(static(), dynamic(false), dynamic(true))
	fmt.Println("allocs in static:", allocs(func() { out = static() }))
	defer func() { fmt.Println("recovered:", recover()) }()
	neg := -1
	_ = make([]byte, neg)
}
