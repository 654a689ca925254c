// runtime.Goexit: deferred calls run (recover sees nil), the goroutine ends; in main, the program dies of deadlock once others finish.
package main

import (
	"fmt"
	"runtime"
)

func main() {
	done := make(chan bool)
	go func() {
		defer func() { fmt.Println("deferred in goroutine, recover:", recover()); done <- true }()
		func() {
			defer fmt.Println("inner defer")
			runtime.Goexit()
		}()
		fmt.Println("not reached")
	}()
	<-done
	defer fmt.Println("main deferred")
	runtime.Goexit()
}
