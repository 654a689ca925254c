// Pull and Pull2: push iterators turned into pull iterators. gc runs the iterator as a
// coroutine; golc runs it on a goroutine of its own and hands control back and forth over
// two unbuffered channels, so exactly one side runs at a time (the same observable order).
// A panic of the iterator is recovered on its goroutine and raised again by the next or
// stop call that was waiting for it, as in gc.
package iter

// puller is the state both halves share; K is unused (struct{}) for Pull.
type puller[K, V any] struct {
	k        K
	v        V
	ok       bool // the last resume produced a value
	started  bool
	stopping bool // stop was called: yield returns false from now on
	done     bool // the iterator returned (or never ran)
	panicked bool
	pv       any
	resume   chan bool     // to the iterator: true = produce the next value, false = stop
	yielded  chan struct{} // to the caller: a value is ready, or the iterator finished
}

func (p *puller[K, V]) yield(k K, v V) bool {
	if p.stopping {
		return false
	}
	p.k, p.v, p.ok = k, v, true
	p.yielded <- struct{}{}
	return <-p.resume
}

func (p *puller[K, V]) run(seq func(yield func(K, V) bool)) {
	defer func() {
		if r := recover(); r != nil {
			p.panicked, p.pv = true, r
		}
		p.done = true
		p.yielded <- struct{}{}
	}()
	if <-p.resume {
		seq(p.yield)
	}
}

// step resumes the iterator (go on or stop) and waits until it yields or finishes.
func (p *puller[K, V]) step(seq func(yield func(K, V) bool), more bool) {
	if p.done {
		p.ok = false
		return
	}
	if !p.started {
		p.started = true
		go p.run(seq)
	}
	p.ok = false
	p.resume <- more
	<-p.yielded
	if p.panicked {
		p.panicked = false
		panic(p.pv)
	}
}

func (p *puller[K, V]) stop(seq func(yield func(K, V) bool)) {
	if p.done {
		return
	}
	p.stopping = true
	if !p.started {
		p.done = true
		return
	}
	p.step(seq, false)
}

func newPuller[K, V any]() *puller[K, V] {
	return &puller[K, V]{resume: make(chan bool), yielded: make(chan struct{})}
}

// Pull converts the push iterator seq into a pull iterator: next returns the next value
// and true, or the zero value and false when the sequence is over; stop ends it early.
func Pull[V any](seq Seq[V]) (next func() (V, bool), stop func()) {
	p := newPuller[struct{}, V]()
	seq2 := func(yield func(struct{}, V) bool) {
		seq(func(v V) bool { return yield(struct{}{}, v) })
	}
	next = func() (V, bool) {
		p.step(seq2, true)
		if !p.ok {
			var zero V
			return zero, false
		}
		return p.v, true
	}
	stop = func() { p.stop(seq2) }
	return next, stop
}

// Pull2 converts the push iterator seq into a pull iterator over pairs.
func Pull2[K, V any](seq Seq2[K, V]) (next func() (K, V, bool), stop func()) {
	p := newPuller[K, V]()
	next = func() (K, V, bool) {
		p.step(seq, true)
		if !p.ok {
			var k K
			var v V
			return k, v, false
		}
		return p.k, p.v, true
	}
	stop = func() { p.stop(seq) }
	return next, stop
}
