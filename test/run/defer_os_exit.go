package main

import (
	"fmt"
	"os"
)

func main() {
	defer fmt.Println("never printed")
	func() {
		defer fmt.Println("inner defer runs")
	}()
	fmt.Println("exiting")
	os.Exit(3)
}
