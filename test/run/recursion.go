// Recursion: plain, mutual, and deep.
package main

import "fmt"

func fib(n int) int {
	if n < 2 {
		return n
	}
	return fib(n-1) + fib(n-2)
}

func ack(m, n int) int {
	switch {
	case m == 0:
		return n + 1
	case n == 0:
		return ack(m-1, 1)
	}
	return ack(m-1, ack(m, n-1))
}

func isEven(n int) bool {
	if n == 0 {
		return true
	}
	return isOdd(n - 1)
}

func isOdd(n int) bool {
	if n == 0 {
		return false
	}
	return isEven(n - 1)
}

func hanoi(n int, from, to, via string, moves *int) {
	if n == 0 {
		return
	}
	hanoi(n-1, from, via, to, moves)
	*moves++
	if n == 3 {
		fmt.Println("move disk 3 from", from, "to", to)
	}
	hanoi(n-1, via, to, from, moves)
}

func depth(n int) int {
	if n == 0 {
		return 0
	}
	return 1 + depth(n-1)
}

func permutations(prefix []byte, rest []byte) {
	if len(rest) == 0 {
		fmt.Print(string(prefix), " ")
		return
	}
	for i := range rest {
		next := append([]byte{}, rest[:i]...)
		next = append(next, rest[i+1:]...)
		permutations(append(prefix, rest[i]), next)
	}
}

func main() {
	fmt.Println(fib(25))
	fmt.Println(ack(2, 3))
	fmt.Println(isEven(100), isOdd(7), isEven(7))
	moves := 0
	hanoi(5, "A", "C", "B", &moves)
	fmt.Println("moves:", moves)
	fmt.Println(depth(100000))
	permutations(nil, []byte("abc"))
	fmt.Println()
}
