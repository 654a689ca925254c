// Interfaces of different types with the same dynamic value compare equal: the comparison is
// by dynamic type and value, not by method table.
package main

import "fmt"

type X int

func (X) x() {}

type I1 interface{ x() }
type I2 interface{ x() }

func main() {
	a1 := I1(X(0))
	b1 := I1(X(1))
	a2 := I2(X(0))
	a3 := I1(a2)
	var e interface{} = X(0)
	a4 := e.(I2)
	fmt.Println(a1 == b1, a1 == a2, a1 == a3, a2 == a4, a3 == a4, e == a1, a4 == e)
	var n1 I1
	var n2 I2
	fmt.Println(n1 == n2, n1 == nil, I2(n1) == n2, a1 != n1)
}
