// panic with a non-string value prints it with its type for basic kinds and the error text for errors.
package main

import (
	"errors"
	"fmt"
)

func main() {
	defer fmt.Println("deferred call runs before the crash")
	err := errors.New("something failed")
	panic(fmt.Errorf("wrapped: %w", err))
}
