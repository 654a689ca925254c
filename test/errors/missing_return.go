// A function with results must end in a terminating statement.
package main

func f(x int) int {
	if x > 0 {
		return 1
	}
} // ERROR "missing return"

func g(x int) int {
	for {
	}
}

func h(x int) int {
	switch x {
	case 1:
		return 1
	default:
		panic("no")
	}
}

func k(x int) int {
	for {
		break
	}
} // ERROR "missing return"

func main() {
	_, _, _, _ = f(1), g(1), h(1), k(1)
}
