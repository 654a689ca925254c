package main

import (
	"fmt"
	"sync"
)

func main() {
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		defer func() {
			fmt.Println("recovered:", recover())
		}()
		var m map[string]int
		m["x"] = 1
	}()
	wg.Wait()
	done := make(chan bool)
	go func() {
		fmt.Println("about to panic")
		panic(fmt.Sprintf("boom %d", 42))
	}()
	<-done
}
