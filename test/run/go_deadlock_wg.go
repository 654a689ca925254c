package main

import (
	"fmt"
	"sync"
)

func main() {
	var wg sync.WaitGroup
	var mu sync.Mutex
	wg.Add(2)
	go func() {
		defer wg.Done()
		mu.Lock()
	}()
	go func() {
		defer wg.Done()
		mu.Lock() // one of the two never gets the lock: it is never unlocked
	}()
	fmt.Println("waiting")
	wg.Wait()
}
