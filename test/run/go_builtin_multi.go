// go_builtin_multi: `go f(g())` with a multi-value g, and builtins in go statements, with
// their arguments evaluated at the go statement.
package main

import (
	"fmt"
	"sync"
	"time"
)

var wg sync.WaitGroup

func pair(tag string) (int, string) { return len(tag), tag }

var results [3]string // one slot per goroutine: their order of running is the scheduler's

func show(n int, s string) { results[0] = fmt.Sprint("show ", n, " ", s); wg.Done() }

type T struct{ id int }

func (t T) m(n int, s string) { results[t.id%2+1] = fmt.Sprint("T.m ", t.id, " ", n, " ", s); wg.Done() }

type M interface{ m(int, string) }

func main() {
	wg.Add(3)
	go show(pair("go"))
	t := T{4}
	go t.m(pair("method"))
	var i M = T{5}
	go i.m(pair("iface"))
	t.id = 0
	wg.Wait()
	fmt.Println(results)

	x := 5
	go println("go println", x)
	time.Sleep(20 * time.Millisecond)
	go println(pair("go println multi"))
	x = 6
	time.Sleep(20 * time.Millisecond)

	ch := make(chan int)
	go close(ch)
	v, ok := <-ch
	fmt.Println("closed:", v, ok)

	m := map[int]string{1: "one", 2: "two"}
	done := make(chan bool)
	go delete(m, 1)
	time.Sleep(20 * time.Millisecond)
	go func() { done <- true }()
	<-done
	fmt.Println(m)

	dst := make([]byte, 5)
	go copy(dst, "hello")
	time.Sleep(20 * time.Millisecond)
	fmt.Println(string(dst))

	go panic(fmt.Sprint("from goroutine ", x))
	time.Sleep(time.Second)
	fmt.Println("not reached")
}
