package example

import (
	"fmt"
	"os"
	"testing"
)

func TestFirst(t *testing.T) {}

func ExampleHello() {
	fmt.Println(Hello("go"))
	os.Stdout.WriteString("  spaced \"quoted\"\n")
	// Output:
	// hello, go
	//   spaced "quoted"
}

func ExampleUnordered() {
	for _, s := range []string{"c", "a", "b"} {
		fmt.Println(s)
	}
	// Unordered output: a
	// b
	// c
}

func ExampleWrong() {
	fmt.Println("actual")
	fmt.Println("two")
	// Output: expected
}

func ExampleNotRun() {
	panic("examples without output comments are only compiled")
}

func ExampleHello_second() {
	fmt.Print(Hello("again"))
	// output: hello, again
}
