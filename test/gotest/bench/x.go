// Package bench has benchmarks with deterministic allocations (golc test -bench: B/op and
// allocs/op, ReportAllocs, sub-benchmarks, timers).
package bench

var Sink []byte
var SinkP *Point

type Point struct{ X, Y, Z int64 }

func Alloc64() { Sink = make([]byte, 64) }

func NewPoint(i int) *Point {
	p := &Point{int64(i), 2, 3}
	SinkP = p
	return p
}

func Sum(n int) int {
	s := 0
	for i := 0; i < n; i++ {
		s += i
	}
	return s
}
