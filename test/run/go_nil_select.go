package main

import "fmt"

func main() {
	var in chan int // nil: never ready
	data := make(chan int, 5)
	for i := 0; i < 5; i++ {
		data <- i
	}
	close(data)
	sum := 0
	for data != nil {
		select {
		case v := <-in:
			fmt.Println("impossible", v)
		case v, ok := <-data:
			if !ok {
				data = nil // disable this case
				continue
			}
			sum += v
		}
	}
	fmt.Println("sum", sum)

	// default when nothing is ready
	var out chan string
	select {
	case out <- "x":
		fmt.Println("impossible")
	case v := <-in:
		fmt.Println("impossible", v)
	default:
		fmt.Println("default")
	}

	// non-blocking send and receive
	c := make(chan int, 1)
	for i := 0; i < 3; i++ {
		select {
		case c <- i:
			fmt.Println("sent", i)
		default:
			fmt.Println("full", i)
		}
	}
	select {
	case v := <-c:
		fmt.Println("got", v)
	default:
		fmt.Println("empty")
	}

	// every ready case is chosen sometimes
	a, b := make(chan int, 1000), make(chan int, 1000)
	for i := 0; i < 1000; i++ {
		a <- 1
		b <- 2
	}
	na, nb := 0, 0
	for i := 0; i < 1000; i++ {
		select {
		case <-a:
			na++
		case <-b:
			nb++
		}
	}
	fmt.Println("fair:", na > 350 && nb > 350, na+nb)

	// break leaves the select, labeled continue the loop
	n := 0
loop:
	for i := 0; i < 4; i++ {
		c <- i
		select {
		case v := <-c:
			if v == 1 {
				continue loop
			}
			if v == 2 {
				break
			}
			n += 10
		}
		n++
	}
	fmt.Println("n", n)
}
