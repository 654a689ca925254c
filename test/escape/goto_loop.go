// errorcheck -0 -m -l

// A label that a later goto jumps back to starts a loop: what is allocated after it is one
// loop deeper than the variables declared before it (gc's looping label).
package main

var sink *int

func forward() {
	var i *int
	goto L1
L1:
	i = new(int) // ERROR "new\(int\) does not escape"
	_ = i
}

func backward(n int) int {
	var i *int
L1:
	i = new(int) // ERROR "new\(int\) escapes to heap"
	*i = n
	n--
	if n > 0 {
		goto L1
	}
	return *i
}

func main() {
	forward()
	println(backward(3))
}
