// Tagless switch cases of interface type compare with true; tag switches on nil-only types.
package main

import "fmt"

func classify(i interface{}) string {
	switch {
	case i:
		return "true"
	default:
		return "not true"
	}
}

func main() {
	fmt.Println(classify(true), classify(false), classify(1), classify("true"))
	switch f := func() {}; f {
	case nil:
		fmt.Println("nil func")
	default:
		fmt.Println("func")
	}
	switch a := []int(nil); a {
	case nil:
		fmt.Println("nil slice")
	}
	switch v := interface{}("hello"); v {
	case 42:
		fmt.Println(42)
	case "hello":
		fmt.Println("hello")
	}
}
