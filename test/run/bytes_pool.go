package main

import (
	"bytes"
	"fmt"
	"sync"
)

var pool = sync.Pool{New: func() any { return new(bytes.Buffer) }}

func render(i int) string {
	b := pool.Get().(*bytes.Buffer)
	b.Reset()
	fmt.Fprintf(b, "item %03d: %x %v", i, i*i, i%2 == 0)
	s := b.String()
	pool.Put(b)
	return s
}

func main() {
	for i := 0; i < 5; i++ {
		fmt.Println(render(i))
	}
	var wg sync.WaitGroup
	out := make([]string, 8)
	for i := range out {
		wg.Add(1)
		go func() {
			defer wg.Done()
			out[i] = render(100 + i)
		}()
	}
	wg.Wait()
	for _, s := range out {
		fmt.Println(s)
	}
}
