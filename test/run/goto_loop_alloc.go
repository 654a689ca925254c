// A loop made with a backward goto: each pass's new(int) must be a distinct object, since
// the previous pass's one is still read (gc's "looping label" raises the loop depth; an
// object shared across passes would read back the current pass's value).
package main

import "fmt"

type node struct {
	v    int
	next *node
}

func main() {
	var prev *int
	n := 0
L:
	p := new(int)
	*p = n
	if prev != nil && *prev != n-1 {
		fmt.Println("wrong: prev", *prev, "n", n)
	}
	prev = p
	n++
	if n < 5 {
		goto L
	}
	var list *node
	i := 0
again:
	list = &node{i, list}
	i++
	if i < 4 {
		goto again
	}
	for ; list != nil; list = list.next {
		fmt.Print(list.v, " ")
	}
	fmt.Println("done", *prev)
}
