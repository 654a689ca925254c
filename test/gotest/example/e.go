// Package example has ExampleXxx functions: output compared with their "// Output:"
// comments, unordered output, a failing example and one without output (not run).
package example

import "fmt"

func Hello(name string) string { return fmt.Sprintf("hello, %s", name) }
