// os.Exit ends the program at once with the given status; stdout written before it stays.
package main

import (
	"fmt"
	"os"
)

func main() {
	fmt.Println("before exit")
	fmt.Fprintln(os.Stderr, "to stderr")
	defer fmt.Println("deferred calls do not run")
	os.Exit(3)
}
