package main

import (
	"fmt"
	"runtime"
)

type node struct {
	next *node
	data [64]byte
}

var sink *node

func churn(n int) {
	for i := 0; i < n; i++ {
		sink = &node{next: sink}
		if i%100 == 0 {
			sink = nil
		}
	}
}

func main() {
	var m0, m1, m2 runtime.MemStats
	runtime.ReadMemStats(&m0)
	churn(10000)
	runtime.ReadMemStats(&m1)
	fmt.Println("Mallocs > 0:", m1.Mallocs > 0)
	fmt.Println("Mallocs grew:", m1.Mallocs >= m0.Mallocs+10000)
	fmt.Println("TotalAlloc grew:", m1.TotalAlloc >= m0.TotalAlloc+10000*64)
	fmt.Println("HeapAlloc > 0:", m1.HeapAlloc > 0)
	fmt.Println("Alloc == HeapAlloc:", m1.Alloc == m1.HeapAlloc)
	fmt.Println("HeapObjects <= Mallocs:", m1.HeapObjects <= m1.Mallocs)

	runtime.GC()
	runtime.ReadMemStats(&m2)
	fmt.Println("NumGC increased after runtime.GC():", m2.NumGC > m1.NumGC)
	fmt.Println("Frees increased:", m2.Frees > m1.Frees)
	fmt.Println("HeapObjects == Mallocs-Frees:", m2.HeapObjects == m2.Mallocs-m2.Frees)
	fmt.Println("PauseTotalNs > 0:", m2.PauseTotalNs > 0)
	fmt.Println("NextGC > 0:", m2.NextGC > 0)
	fmt.Println("TotalAlloc monotone:", m2.TotalAlloc >= m1.TotalAlloc)

	// a loop that keeps nothing alive keeps the heap bounded
	for round := 0; round < 20; round++ {
		for i := 0; i < 1000; i++ {
			b := make([]byte, 4096)
			b[0] = byte(i)
			sinkBytes = b
		}
	}
	sinkBytes = nil
	runtime.GC()
	var m3 runtime.MemStats
	runtime.ReadMemStats(&m3)
	fmt.Println("allocated over 64MB in total:", m3.TotalAlloc-m2.TotalAlloc >= 64<<20)
	fmt.Println("HeapAlloc bounded after a loop:", m3.HeapAlloc < 16<<20)
	fmt.Println("NumGC increased:", m3.NumGC > m2.NumGC)
}

var sinkBytes []byte
