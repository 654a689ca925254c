package main

import "fmt"

// Producer/consumer over a buffered channel, with a done channel for shutdown.
func producer(id int, n int, out chan<- string, done chan<- bool) {
	for i := 0; i < n; i++ {
		out <- fmt.Sprintf("p%d-%d", id, i)
	}
	done <- true
}

func main() {
	items := make(chan string, 3)
	done := make(chan bool)
	go producer(1, 5, items, done)
	go producer(2, 4, items, done)
	count, finished := 0, 0
	seen := map[string]bool{}
	for count < 9 || finished < 2 {
		select {
		case s := <-items:
			seen[s] = true
			count++
		case <-done:
			finished++
		}
	}
	fmt.Println("received", count, len(seen), seen["p1-4"], seen["p2-3"], len(items), cap(items))
	close(items)
	for s := range items {
		fmt.Println("left over", s)
	}
	v, ok := <-items
	fmt.Printf("%q %v\n", v, ok)
}
