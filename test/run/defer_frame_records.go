// Defer records: a defer statement that runs at most once per call keeps its record in the
// frame; one that can run again (a for loop, a goto loop) needs a fresh record each time, or
// the pending calls would all see the last iteration's values.
package main

import "fmt"

func gotoLoop() {
	i := 0
again:
	defer fmt.Println("goto defer", i)
	i++
	if i < 3 {
		goto again
	}
}

func forLoop() {
	for i := 0; i < 3; i++ {
		defer func(v int) { fmt.Println("loop defer", v, i) }(i * 10)
	}
}

func once(p *int) (r int) {
	x := 5
	defer func() { r += x + *p }()
	defer fmt.Println("once, x =", x)
	x = 7
	return 1
}

func recovered() (err error) {
	v := 3
	defer func() {
		if e := recover(); e != nil {
			err = fmt.Errorf("recovered %v with v=%d", e, v)
		}
	}()
	v = 4
	var m map[string]int
	m["x"] = v
	return nil
}

func nested(depth int) int {
	s := depth
	defer func() { s++ }()
	if depth > 0 {
		return nested(depth-1) + s
	}
	return s
}

func main() {
	gotoLoop()
	forLoop()
	k := 100
	fmt.Println(once(&k))
	fmt.Println(recovered())
	fmt.Println(nested(3))
}
