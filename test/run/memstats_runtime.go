package main

import (
	"fmt"
	"runtime"
	"sync"
)

func main() {
	fmt.Println("GOOS:", runtime.GOOS)
	fmt.Println("GOARCH known:", runtime.GOARCH == "amd64" || runtime.GOARCH == "arm64")
	const goos = runtime.GOOS // a constant, as with gc
	fmt.Println(len(goos))
	fmt.Println("NumCPU >= 1:", runtime.NumCPU() >= 1)
	old := runtime.GOMAXPROCS(0)
	fmt.Println("GOMAXPROCS >= 1:", old >= 1)
	fmt.Println("set:", runtime.GOMAXPROCS(3) == old, runtime.GOMAXPROCS(0))
	runtime.GOMAXPROCS(old)

	fmt.Println("goroutines at start:", runtime.NumGoroutine())
	var wg sync.WaitGroup
	block := make(chan struct{})
	for i := 0; i < 4; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			<-block
		}()
	}
	runtime.Gosched()
	fmt.Println("goroutines while blocked:", runtime.NumGoroutine())
	close(block)
	wg.Wait()
	for runtime.NumGoroutine() > 1 {
		runtime.Gosched()
	}
	fmt.Println("goroutines at end:", runtime.NumGoroutine())
}
