// alloc_micro — allocation micro-benchmarks, one line per benchmark: "name <tab> ns/op".
// Every allocation really goes to the heap: the results are stored into global sinks (a ring
// of recent objects, so some survive a while, as in real programs). Each benchmark's loop
// count is grown until one timed run lasts at least the target time (like go test -bench).
// Usage: alloc_micro [-list] [name...]
package main

import (
	"fmt"
	"os"
	"strconv"
	"time"
)

type node16 struct {
	next *node16
	v    int
}

type node32 struct {
	next    *node32
	a, b, c int
}

type node64 struct {
	next *node64
	a    [7]int
}

const ringSize = 1024

var (
	ring16   [ringSize]*node16
	ring32   [ringSize]*node32
	ring64   [ringSize]*node64
	ringInts [ringSize][]int
	ringStr  [ringSize]string
	ringMap  [ringSize]map[int]int
	sizes    = []int{3, 8, 13, 21, 5, 34, 2, 16}
	prefix   = "key-"
	bytesSrc = []byte("a short byte slice")
)

func new16(n int) {
	for i := 0; i < n; i++ {
		ring16[i&(ringSize-1)] = &node16{v: i}
	}
}

func new32(n int) {
	for i := 0; i < n; i++ {
		ring32[i&(ringSize-1)] = &node32{a: i}
	}
}

func new64(n int) {
	for i := 0; i < n; i++ {
		ring64[i&(ringSize-1)] = &node64{}
	}
}

// A linked list built and dropped: allocation plus pointer stores the collector must trace.
func list16(n int) {
	var head *node16
	for i := 0; i < n; i++ {
		if i&1023 == 0 {
			head = nil
		}
		head = &node16{next: head, v: i}
	}
	ring16[0] = head
}

func makeSlice(n int) {
	for i := 0; i < n; i++ {
		ringInts[i&(ringSize-1)] = make([]int, sizes[i&7])
	}
}

func appendSlice(n int) {
	for i := 0; i < n; i++ {
		var s []int
		for j := 0; j < 10; j++ {
			s = append(s, j)
		}
		ringInts[i&(ringSize-1)] = s
	}
}

func concat(n int) {
	for i := 0; i < n; i++ {
		ringStr[i&(ringSize-1)] = prefix + ringStr[(i+1)&(ringSize-1)][:0] + "x"
	}
}

func itoa(n int) {
	for i := 0; i < n; i++ {
		ringStr[i&(ringSize-1)] = strconv.Itoa(i + 1000000)
	}
}

func bytesToString(n int) {
	for i := 0; i < n; i++ {
		ringStr[i&(ringSize-1)] = string(bytesSrc)
	}
}

func smallMap(n int) {
	for i := 0; i < n; i++ {
		m := make(map[int]int)
		for k := 0; k < 8; k++ {
			m[k] = i
		}
		ringMap[i&(ringSize-1)] = m
	}
}

type bench struct {
	name string
	f    func(int)
}

var benches = []bench{
	{"new16", new16},
	{"new32", new32},
	{"new64", new64},
	{"list16", list16},
	{"make_slice", makeSlice},
	{"append_slice", appendSlice},
	{"concat", concat},
	{"itoa", itoa},
	{"bytes_to_string", bytesToString},
	{"small_map", smallMap},
}

// run grows n until one run takes at least 300ms and reports ns per iteration.
func run(f func(int)) float64 {
	n := 1000
	for {
		start := time.Now()
		f(n)
		el := time.Since(start).Nanoseconds()
		if el >= 300000000 || n >= 1<<30 {
			return float64(el) / float64(n)
		}
		next := n * 10
		if el > 0 {
			next = int(int64(n) * 330000000 / el)
			if next > n*10 {
				next = n * 10
			}
		}
		if next <= n {
			next = n + 1
		}
		n = next
	}
}

func main() {
	want := map[string]bool{}
	for _, a := range os.Args[1:] {
		if a == "-list" {
			for _, b := range benches {
				fmt.Println(b.name)
			}
			return
		}
		want[a] = true
	}
	for _, b := range benches {
		if len(want) > 0 && !want[b.name] {
			continue
		}
		fmt.Printf("%s\t%.1f\n", b.name, run(b.f))
	}
}
