package main

import (
	"fmt"
	"runtime"
	"sync"
	"sync/atomic"
)

type counter struct {
	mu sync.Mutex
	m  map[string]int
}

func (c *counter) inc(key string) {
	c.mu.Lock()
	defer c.mu.Unlock()
	v := c.m[key]
	runtime.Gosched() // another goroutine runs here, but cannot take the lock
	c.m[key] = v + 1
}

func main() {
	c := &counter{m: map[string]int{}}
	var wg sync.WaitGroup
	var n32 int32
	var n64 int64
	var ai atomic.Int32
	var flag atomic.Bool
	for i := 0; i < 100; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			for j := 0; j < 5; j++ {
				c.inc([]string{"a", "b", "c"}[i%3])
				atomic.AddInt32(&n32, 1)
				atomic.AddInt64(&n64, 2)
				ai.Add(3)
			}
			flag.Store(true)
		}(i)
	}
	wg.Wait()
	fmt.Println(c.m["a"], c.m["b"], c.m["c"])
	fmt.Println(atomic.LoadInt32(&n32), atomic.LoadInt64(&n64), ai.Load(), flag.Load())
	fmt.Println(atomic.CompareAndSwapInt64(&n64, 1000, 7), n64)
	fmt.Println(atomic.CompareAndSwapInt32(&n32, 1, 7), n32)
	atomic.StoreInt32(&n32, 9)
	fmt.Println(n32, ai.CompareAndSwap(1500, 1), ai.Load())

	var rw sync.RWMutex
	shared := 0
	var wg2 sync.WaitGroup
	for i := 0; i < 10; i++ {
		wg2.Add(2)
		go func() {
			defer wg2.Done()
			rw.RLock()
			_ = shared
			runtime.Gosched()
			rw.RUnlock()
		}()
		go func() {
			defer wg2.Done()
			rw.Lock()
			s := shared
			runtime.Gosched()
			shared = s + 1
			rw.Unlock()
		}()
	}
	wg2.Wait()
	fmt.Println("shared", shared)
}
