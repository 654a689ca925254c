// The sieve of Eratosthenes, with a bool slice and a results slice.
package main

import "fmt"

func primesUpTo(n int) []int {
	composite := make([]bool, n+1)
	var primes []int
	for i := 2; i <= n; i++ {
		if composite[i] {
			continue
		}
		primes = append(primes, i)
		for j := i * i; j <= n; j += i {
			composite[j] = true
		}
	}
	return primes
}

func main() {
	ps := primesUpTo(100)
	fmt.Println(len(ps), ps)
	fmt.Println(len(primesUpTo(100000)))
	last := primesUpTo(1000)
	fmt.Printf("largest below 1000: %d\n", last[len(last)-1])
}
