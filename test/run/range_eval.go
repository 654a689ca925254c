// A range over an array-valued call evaluates it even with only the index variable;
// `for k, v = range` assigns like a parallel assignment.
package main

var nmake int

func makearray() [5]int {
	nmake++
	return [5]int{1, 2, 3, 4, 5}
}

func makeptr() *[5]int {
	nmake++
	return &[5]int{1, 2, 3, 4, 5}
}

func main() {
	s := 0
	for _, v := range makearray() {
		s += v
	}
	println(s, nmake)
	for i := range makearray() {
		s += i
	}
	println(s, nmake)
	for range makeptr() {
	}
	println(nmake)
	x := []int{10, 20}
	y := []int{99}
	i := 1
	for i, x[i] = range y { // x[i] is x[1]: operands are evaluated before assignment
		break
	}
	println(i, x[0], x[1])
}
