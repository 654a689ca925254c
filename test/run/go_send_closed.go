package main

import "fmt"

func main() {
	c := make(chan int)
	done := make(chan bool)
	go func() {
		fmt.Println("sending")
		c <- 1 // blocks until close, then panics
	}()
	go func() {
		close(c)
		done <- true
	}()
	<-done
	select {}
}
