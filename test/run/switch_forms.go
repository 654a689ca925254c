// switch: with a tag, tagless, with init, several values per case, fallthrough, default
// in the middle, break inside switch.
package main

import "fmt"

func classify(n int) string {
	switch {
	case n < 0:
		return "negative"
	case n == 0:
		return "zero"
	case n%2 == 0:
		return "even"
	default:
		return "odd"
	}
}

func grade(score int) string {
	switch s := score / 10; s {
	case 10, 9:
		return "A"
	case 8:
		return "B"
	case 7:
		return "C"
	default:
		return "F"
	}
}

func main() {
	for _, n := range []int{-5, 0, 4, 7} {
		fmt.Println(n, classify(n))
	}
	for _, s := range []int{100, 95, 85, 72, 10} {
		fmt.Print(grade(s), " ")
	}
	fmt.Println()
	for i := 0; i < 4; i++ {
		switch i {
		case 0:
			fmt.Print("zero ")
			fallthrough
		case 1:
			fmt.Print("one-or-fell ")
		default:
			fmt.Print("default ")
		case 3:
			fmt.Print("three ")
			if i == 3 {
				break
			}
			fmt.Print("unreached ")
		}
		fmt.Println()
	}
	x := "go"
	switch x + "lang" {
	case "golang":
		fmt.Println("matched string")
	}
	switch {
	}
	calls := 0
	f := func() int { calls++; return calls }
	switch 2 {
	case f(), f(), f():
		fmt.Println("matched after", calls, "calls")
	}
	switch c := 'x'; {
	case c >= 'a' && c <= 'z':
		fmt.Println("lower")
		fallthrough
	case c >= 'A' && c <= 'Z':
		fmt.Println("letter")
	}
}
