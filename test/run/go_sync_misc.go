package main

import (
	"fmt"
	"runtime"
	"sort"
	"sync"
	"time"
)

func main() {
	// Cond: a queue with a waiting consumer
	var mu sync.Mutex
	cond := sync.NewCond(&mu)
	var queue []int
	got := make(chan []int)
	go func() {
		var seen []int
		mu.Lock()
		for len(seen) < 3 {
			for len(queue) == 0 {
				cond.Wait()
			}
			seen = append(seen, queue[0])
			queue = queue[1:]
		}
		mu.Unlock()
		got <- seen
	}()
	for i := 1; i <= 3; i++ {
		mu.Lock()
		queue = append(queue, i*11)
		cond.Signal()
		mu.Unlock()
		runtime.Gosched()
	}
	fmt.Println("cond:", <-got)

	// Once with many callers
	var once sync.Once
	var wg sync.WaitGroup
	calls := 0
	for i := 0; i < 10; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			once.Do(func() { calls++ })
		}()
	}
	wg.Wait()
	fmt.Println("once:", calls)

	// sync.Map
	var m sync.Map
	m.Store("a", 1)
	m.Store("b", 2)
	v, loaded := m.LoadOrStore("a", 9)
	fmt.Println(v, loaded)
	v, loaded = m.LoadOrStore("c", 3)
	fmt.Println(v, loaded)
	m.Delete("b")
	var keys []string
	m.Range(func(k, v any) bool {
		keys = append(keys, fmt.Sprint(k, "=", v))
		return true
	})
	sort.Strings(keys)
	fmt.Println(keys)

	// Pool
	p := sync.Pool{New: func() any { return "new" }}
	fmt.Println(p.Get())
	p.Put("reused")
	fmt.Println(p.Get())

	// TryLock, RWMutex readers together
	var m2 sync.Mutex
	fmt.Println(m2.TryLock(), m2.TryLock())
	m2.Unlock()
	var rw sync.RWMutex
	rw.RLock()
	fmt.Println(rw.TryRLock(), rw.TryLock())
	rw.RUnlock()
	rw.RUnlock()
	fmt.Println(rw.TryLock())
	rw.Unlock()

	// goroutines blocked on a mutex while the holder sleeps
	var order []int
	var m3 sync.Mutex
	m3.Lock()
	var wg3 sync.WaitGroup
	for i := 0; i < 3; i++ {
		wg3.Add(1)
		go func() {
			defer wg3.Done()
			m3.Lock()
			order = append(order, i)
			m3.Unlock()
		}()
	}
	time.Sleep(10 * time.Millisecond)
	m3.Unlock()
	wg3.Wait()
	sort.Ints(order)
	fmt.Println("all got the lock:", order, runtime.NumGoroutine())
}
