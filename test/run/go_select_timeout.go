package main

import (
	"fmt"
	"time"
)

func slow(d time.Duration, out chan<- string) {
	time.Sleep(d)
	out <- fmt.Sprint("done after ", d)
}

func main() {
	out := make(chan string, 1)
	go slow(2*time.Second, out)
	select {
	case s := <-out:
		fmt.Println(s)
	case <-time.After(20 * time.Millisecond):
		fmt.Println("timeout")
	}
	go slow(5*time.Millisecond, out)
	select {
	case s := <-out:
		fmt.Println(s)
	case <-time.After(time.Second):
		fmt.Println("timeout")
	}

	start := time.Now()
	time.Sleep(30 * time.Millisecond)
	fmt.Println("slept enough:", time.Since(start) >= 30*time.Millisecond)

	t := time.NewTimer(time.Hour)
	fmt.Println("stop:", t.Stop(), t.Stop())
	t.Reset(10 * time.Millisecond)
	<-t.C
	fmt.Println("timer fired")

	tick := time.NewTicker(5 * time.Millisecond)
	for i := 0; i < 3; i++ {
		<-tick.C
		fmt.Println("tick", i)
	}
	tick.Stop()

	fired := make(chan bool)
	time.AfterFunc(time.Millisecond, func() { fired <- true })
	fmt.Println("afterfunc", <-fired)

	// sleeping goroutines are not a deadlock
	res := make(chan int)
	for i := 3; i > 0; i-- {
		go func(n int) {
			time.Sleep(time.Duration(n) * 10 * time.Millisecond)
			res <- n
		}(i)
	}
	fmt.Println(<-res, <-res, <-res)
}
