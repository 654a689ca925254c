package main

import "fmt"

type T struct{ x int }

func main() {
	done := make(chan string)
	go func() {
		defer func() { done <- fmt.Sprint("recovered: ", recover()) }()
		var p *T
		fmt.Println(p.x)
	}()
	fmt.Println(<-done)
	go func() {
		var p *T
		p.x = 1
	}()
	<-done
}
