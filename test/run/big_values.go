// big_values: values of big array and struct types (here 128 KiB and more) copied,
// zeroed, passed, returned, boxed and stored in maps and slices: golc moves them with memory copies
// instead of LLVM aggregate values (which took minutes to compile at these sizes).
package main

import "fmt"

const N = 1 << 14

type Big struct {
	id  int
	buf [N]int
	tag string
}

type Arr [N]int

var global Big

func byValue(b Big) int {
	b.buf[1]++ // the callee's copy
	return b.buf[1] + b.id
}

func ret(n int) Big {
	var b Big
	b.id = n
	b.buf[N-1] = n * 2
	b.tag = fmt.Sprint("ret", n)
	return b
}

func pass(b Big) Big { return b }

func (b Big) Sum() (s int) {
	for _, v := range b.buf {
		s += v
	}
	return s + b.id
}

func (b *Big) Bump() { b.buf[0]++ }

type Summer interface{ Sum() int }

type Maker interface{ Make(int) Arr }

type mk struct{}

func (mk) Make(n int) (a Arr) {
	for i := range a {
		a[i] = n
	}
	return a
}

func main() {
	var a Big
	a.buf[1] = 5
	b := a
	b.buf[1] = 6
	fmt.Println(a.buf[1], b.buf[1], byValue(a), a.buf[1])

	c := ret(7)
	fmt.Println(c.id, c.buf[N-1], c.tag, pass(c).tag, pass(ret(8)).buf[N-1])
	global = c
	p := &global
	*p = Big{id: 3, tag: "t"}
	fmt.Println(global.id, global.tag, global.buf[N-1])
	*p = Big{}
	fmt.Println(global.id, global.tag == "")

	arr := Arr{1, 2, 3}
	arr2 := arr
	arr2[0] = 9
	var x any = arr
	fmt.Println(arr[0], arr2[0], x.(Arr)[2])

	c.Bump()
	var s Summer = c
	c.Bump()
	fmt.Println(s.Sum(), c.Sum(), c.buf[0])

	var m Maker = mk{}
	a2 := m.Make(3)
	fmt.Println(a2[0], a2[N-1], len(a2))

	f := func(n int) Big { return ret(n) }
	fmt.Println(f(4).buf[N-1])

	mp := map[int]Big{}
	mp[1] = c
	mp[2] = mp[1]
	fmt.Println(mp[1].id, mp[2].buf[0], mp[3].id)

	bigs := make([]Big, 2)
	bigs[1] = ret(5)
	bigs[0] = bigs[1]
	fmt.Println(bigs[0].tag, bigs[0].buf[N-1])

	ch := make(chan *Arr, 1)
	a6 := mk{}.Make(6)
	ch <- &a6
	fmt.Println((*<-ch)[N-1])

	var np *Big
	defer func() { fmt.Println("recovered:", recover()) }()
	_ = byValue(*np)
}
