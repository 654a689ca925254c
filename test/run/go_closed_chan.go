package main

import "fmt"

func try(name string, f func()) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Println(name, "panicked:", r)
		}
	}()
	f()
	fmt.Println(name, "ok")
}

func main() {
	c := make(chan int, 2)
	c <- 1
	c <- 2
	close(c)
	fmt.Println(len(c), cap(c))
	v, ok := <-c
	fmt.Println(v, ok)
	v, ok = <-c
	fmt.Println(v, ok)
	v, ok = <-c
	fmt.Println(v, ok, len(c))
	fmt.Println(<-c)

	s := make(chan string)
	close(s)
	str, ok := <-s
	fmt.Printf("%q %v\n", str, ok)

	// a receiver blocked on a channel that gets closed wakes with the zero value
	u := make(chan []int)
	res := make(chan bool)
	go func() {
		x, ok := <-u
		res <- x == nil && !ok
	}()
	close(u)
	fmt.Println("woken by close:", <-res)

	try("send on closed", func() { c <- 3 })
	try("close closed", func() { close(c) })
	try("close nil", func() {
		var n chan int
		close(n)
	})
	select {
	case x, ok := <-c:
		fmt.Println("select on closed:", x, ok)
	}

	var nilc chan int
	fmt.Println(len(nilc), cap(nilc))
	type pair struct {
		a int
		b string
	}
	pc := make(chan pair, 1)
	pc <- pair{1, "x"}
	fmt.Println(<-pc)
	e := make(chan struct{}, 3)
	e <- struct{}{}
	e <- struct{}{}
	fmt.Println(len(e))
}
