package main

import (
	"errors"
	"fmt"
)

func main() {
	base := errors.New("base failure")
	err := fmt.Errorf("wrapped: %w", base)
	fmt.Println(errors.Is(err, base))
	panic(err)
}
