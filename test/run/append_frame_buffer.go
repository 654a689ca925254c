// The capacity after appending to a slice whose backing array does not escape: gc (and golc)
// give the first growth of an empty slice in a call a 32-byte frame buffer, with every
// element that fits as capacity; appends of `x...`, growth of a non-empty slice and later
// growth use the heap with the usual growth policy. (Only lengths, capacities and elements are
// printed: passing a slice itself to fmt makes its array escape under gc.)
package main

import "fmt"

//go:noinline
func none() []byte { return nil }

func main() {
	var s []int
	for i := 0; i < 6; i++ {
		s = append(s, i)
		fmt.Print(len(s), "/", cap(s), " ")
	}
	fmt.Println()

	m := make([]int, 0, 1)
	m = append(m, 1, 2)
	var t []int
	t = append(t, 1)
	t = append(t, 2, 3, 4, 5)
	var u []int
	u = append(u, 1, 2, 3, 4, 5)
	fmt.Println(cap(m), cap(t), cap(u))

	var w []int
	for i := 0; i < 3; i++ {
		w = append(w[:0], i)
		fmt.Print(w[0], cap(w), " ")
	}
	fmt.Println()

	b1 := []byte("abc")
	b1 = append(b1, 'x')
	b2 := []byte{'a', 'b', 'c'}
	b2 = append(b2, 'x')
	b3 := make([]byte, 3)
	b3 = append(b3, 'x')
	b4 := none()
	b4 = append(b4, 'x')
	xs := []int{1, 2}
	var q []int
	q = append(q, xs...)
	var r []int
	r = append(r, 1)
	r = append(r, xs...)
	b5 := append([]byte(nil), 'x')
	fmt.Println(cap(b1), cap(b2), cap(b3), cap(b4), cap(q), cap(r), cap(b5))
	fmt.Println(string(b1), string(b2), b3[3], string(b4), q[1], r[2], string(b5))

	var big []struct{ a, b, c, d, e int64 }
	big = append(big, struct{ a, b, c, d, e int64 }{1, 2, 3, 4, 5})
	var i32 []int32
	i32 = append(i32, 1, 2, 3)
	fmt.Println(cap(big), cap(i32), big[0].e, i32[2])
}
