package main

import "fmt"

type ball struct{ hits int }

func player(name string, in <-chan *ball, out chan<- *ball, done chan bool, rounds int) {
	for {
		b, ok := <-in
		if !ok {
			done <- true
			return
		}
		b.hits++
		fmt.Println(name, b.hits)
		if b.hits >= rounds {
			close(out)
			done <- true
			return
		}
		out <- b
	}
}

func main() {
	toPing, toPong := make(chan *ball), make(chan *ball)
	done := make(chan bool)
	go player("ping", toPing, toPong, done, 7)
	go player("pong", toPong, toPing, done, 7)
	toPing <- new(ball)
	<-done
	<-done
	fmt.Println("game over")

	// an unbuffered handshake orders the prints of two goroutines
	a, b := make(chan int), make(chan int)
	go func() {
		for i := range 3 {
			fmt.Println("A", i)
			a <- i
			<-b
		}
		close(a)
	}()
	for range a {
		fmt.Println("B")
		b <- 0
	}
}
