package main

import (
	"fmt"
	"sync"
)

// Many goroutines allocating at once: what each keeps lives only on its own (suspended)
// stack, so the collector must scan every goroutine's stack. Run by hand with
// GODEBUG=gcstress=1 to collect at every allocation.
type node struct {
	next *node
	val  int
	buf  []byte
}

func build(n, seed int) *node {
	var head *node
	for i := 0; i < n; i++ {
		head = &node{next: head, val: seed + i, buf: make([]byte, 8+i%40)}
		if i%16 == 0 {
			yield()
		}
	}
	return head
}

var yieldc = make(chan struct{}, 1)

// yield lets the other goroutines run (and allocate) while this one holds its list.
func yield() {
	yieldc <- struct{}{}
	<-yieldc
}

func check(h *node, n, seed int) bool {
	for i := n - 1; i >= 0; i-- {
		if h == nil || h.val != seed+i || len(h.buf) != 8+i%40 {
			return false
		}
		h = h.next
	}
	return h == nil
}

func main() {
	var wg sync.WaitGroup
	ok := make([]bool, 50)
	var mu sync.Mutex
	strs := map[int]string{}
	for g := 0; g < 50; g++ {
		wg.Add(1)
		go func(id int) {
			defer wg.Done()
			good := true
			for round := 0; round < 10; round++ {
				l := build(64, id*1000+round)
				s := fmt.Sprintf("g%d-r%d", id, round)
				good = good && check(l, 64, id*1000+round)
				mu.Lock()
				strs[id] = s
				mu.Unlock()
			}
			ok[id] = good
		}(g)
	}
	wg.Wait()
	bad := 0
	for _, g := range ok {
		if !g {
			bad++
		}
	}
	fmt.Println("bad lists:", bad, "strings:", len(strs), strs[7], strs[49])
}
