package main

import "fmt"

func main() {
	c := make(chan int, 1)
	go func() {
		for v := range c {
			fmt.Println("got", v)
		}
	}()
	c <- 1
	c <- 2
	var never chan int
	select {
	case never <- 1:
	case v := <-never:
		fmt.Println(v)
	}
}
