// os.Args: the arguments after the program name (the name itself varies).
package main

import (
	"fmt"
	"os"
)

func main() {
	fmt.Println(len(os.Args))
	for i, a := range os.Args[1:] {
		fmt.Println(i+1, a, len(a))
	}
	fmt.Println(len(os.Args[0]) > 0)
}
