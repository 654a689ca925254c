package main

import (
	"fmt"
	"sync/atomic"
)

// Spinning on an atomic until another goroutine sets it: gc preempts the spinner; golc's
// scheduler does not preempt, so its atomic loads yield now and then.
func main() {
	var ready atomic.Bool
	var n int32
	go func() {
		atomic.StoreInt32(&n, 42)
		ready.Store(true)
	}()
	for !ready.Load() {
	}
	for atomic.LoadInt32(&n) != 42 {
	}
	fmt.Println("saw", atomic.LoadInt32(&n))
}
