package main

import "fmt"

func main() {
	defer func() {
		fmt.Println("got:", recover())
		panic(fmt.Sprintf("new panic %d", 2))
	}()
	panic(fmt.Errorf("error value %d", 1))
}
