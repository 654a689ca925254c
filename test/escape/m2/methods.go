// -m=2 byte-for-byte (tools/lib/m2-checks): pointer-receiver methods (implicit &x), results,
// variadic arguments, and the method-expression form of calls in `can inline` bodies.
package main

type Node struct {
	next *Node
	val  int
}

var head *Node

func (n *Node) Push() {
	n.next = head
	head = n
}

func (n *Node) Val() int { return n.val }

func build(k int) *Node {
	n := &Node{val: k}
	return n
}

func keep(ps ...*int) {
	for _, p := range ps {
		println(*p)
	}
}

func main() {
	a := Node{val: 1}
	a.Push()
	b := build(2)
	println(b.Val(), a.Val())
	x, y := 1, 2
	keep(&x, &y)
}
