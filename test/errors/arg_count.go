// Calls must pass exactly as many arguments as the function has parameters.
package main

func g(x int) int { return x }

func two() (int, int) { return 1, 2 }

func main() {
	g(1, 2) // ERROR "too many arguments in call to g"
	g()     // ERROR "not enough arguments in call to g"
	var s string = g(1) // ERROR "cannot use g\(1\) \(value of type int\) as string value in variable declaration"
	a, b, c := two() // ERROR "assignment mismatch: 3 variables but two returns 2 values"
	_, _, _, _ = s, a, b, c
}
