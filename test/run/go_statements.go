package main

import (
	"fmt"
	"strings"
	"sync"
)

type speaker interface{ Speak(prefix string, out chan<- string) }

type dog struct{ name string }

func (d dog) Speak(prefix string, out chan<- string) { out <- prefix + d.name + " says woof" }

type counter struct{ n int }

func (c *counter) add(k int, done chan<- bool) {
	c.n += k
	done <- true
}

func join(out chan<- string, parts ...string) { out <- strings.Join(parts, "+") }

var shown = make(chan string, 1)

func pair() (int, string) { return 7, "seven" }

func show(n int, s string) { shown <- fmt.Sprint(n, " ", s) }

func main() {
	out := make(chan string)
	done := make(chan bool)

	// the function value, receiver and arguments are evaluated at the go statement
	var sp speaker = dog{"rex"}
	go sp.Speak("the dog ", out)
	sp = dog{"fido"}
	fmt.Println(<-out)

	c := &counter{}
	go c.add(5, done)
	<-done
	go (*counter).add(c, 2, done)
	<-done
	fmt.Println("counter", c.n)

	go join(out, "a", "b", "c")
	fmt.Println(<-out)
	parts := []string{"x", "y"}
	go join(out, parts...)
	fmt.Println(<-out)

	go show(pair())
	fmt.Println(<-shown)

	f := func(s string) { out <- "closure " + s }
	arg := "one"
	go f(arg)
	arg = "two"
	fmt.Println(<-out)

	// goroutines capturing loop variables (one per iteration since Go 1.22)
	var wg sync.WaitGroup
	res := make([]int, 5)
	for i := 0; i < 5; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			res[i] = i * 100
		}()
	}
	wg.Wait()
	fmt.Println(res)

	// a method value bound now
	d := dog{"spot"}
	speak := d.Speak
	d.name = "changed"
	go speak("bound ", out)
	fmt.Println(<-out)

	// nested goroutines and results discarded
	go func() {
		go func() { out <- "inner" }()
	}()
	fmt.Println(<-out)
	go strings.Repeat("x", 3)
}
