// Programs whose output would be garbage if escape analysis put an escaping value on the
// stack: every pointer here outlives the frame or loop iteration that created it.
package main

import "fmt"

type T struct {
	a, b int
	next *T
}

var global *int
var globalSlice []*int
var keep []*T

func retLocal() *int {
	x := 41
	x++
	return &x
}

func storeGlobal() {
	y := 7
	global = &y
}

func appendGlobal(n int) {
	for i := 0; i < n; i++ {
		v := i * 10
		globalSlice = append(globalSlice, &v)
	}
}

func counter() func() int {
	c := 0
	return func() int {
		c++
		return c
	}
}

func loopCarried() []*int {
	var ps []*int
	var last *int
	for i := 0; i < 4; i++ {
		x := i + 100
		if last != nil {
			ps = append(ps, last)
		}
		last = &x
	}
	return append(ps, last)
}

func chain(n int) *T {
	var head *T
	for i := 0; i < n; i++ {
		t := T{a: i, b: i * i, next: head}
		head = &t
	}
	return head
}

func pair(p, q *int) (*int, *int) { return p, q }

type Shape interface{ Area() int }
type Sq struct{ s int }
type Keeper struct{ t *T }

var kept *Sq

func (s *Sq) Area() int { kept = s; return s.s * s.s }
func (k Keeper) Area() int { return k.t.a }

type Leaky struct{ n int }

var leaked *Leaky

func (l *Leaky) String() string { leaked = l; return fmt.Sprint(l.n) }

func viaIface(s Shape) int { return s.Area() }

func fill(buf []byte) []byte {
	b := make([]byte, 3)
	copy(b, buf)
	return b
}

func clobber() int {
	var arr [64]int
	for i := range arr {
		arr[i] = -1
	}
	s := 0
	for _, v := range arr {
		s += v
	}
	return s
}

func main() {
	p := retLocal()
	storeGlobal()
	appendGlobal(3)
	f := counter()
	f()
	f()
	lc := loopCarried()
	h := chain(3)
	a, b := 5, 6
	pa, _ := pair(&a, &b)
	global2 := pa
	sq := Sq{s: 3}
	area := viaIface(&sq)
	l := &Leaky{n: 9}
	str := fmt.Sprint(l)
	bs := fill([]byte("xyz"))
	m := map[string]*int{}
	z := 77
	m["z"] = &z
	clobber()
	fmt.Println(*p, *global, *globalSlice[0], *globalSlice[1], *globalSlice[2], f())
	fmt.Println(*lc[0], *lc[1], *lc[2], *lc[3])
	fmt.Println(h.a, h.next.a, h.next.next.a, h.next.next.next == nil)
	fmt.Println(*global2, area, kept.s, str, leaked.n, string(bs), *m["z"])
}
