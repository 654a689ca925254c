package sync

// Once performs exactly one action.
type Once struct {
	done bool
	m    Mutex
}

// Do calls f if and only if Do is being called for the first time for this Once; other
// callers wait until that first f has returned.
func (o *Once) Do(f func()) {
	if o.done {
		return
	}
	o.m.Lock()
	if !o.done {
		f()
		o.done = true
	}
	o.m.Unlock()
}

// OnceFunc returns a function that invokes f only once.
func OnceFunc(f func()) func() {
	var once Once
	return func() { once.Do(f) }
}

// Cond implements a condition variable, a rendezvous point for goroutines waiting for or
// announcing the occurrence of an event.
type Cond struct {
	L    Locker
	sema uint32
}

// NewCond returns a new Cond with Locker l.
func NewCond(l Locker) *Cond {
	return &Cond{L: l}
}

// Wait atomically unlocks c.L and suspends the goroutine; it locks c.L again before
// returning.
func (c *Cond) Wait() {
	c.L.Unlock()
	runtime_park(&c.sema, reasonCond)
	c.L.Lock()
}

// Signal wakes one goroutine waiting on c, if there is any.
func (c *Cond) Signal() { runtime_wake(&c.sema, false) }

// Broadcast wakes all goroutines waiting on c.
func (c *Cond) Broadcast() { runtime_wake(&c.sema, true) }

// A Pool is a set of temporary objects that may be individually saved and retrieved.
type Pool struct {
	items []any
	New   func() any
}

// Get selects an arbitrary item from the Pool, removes it and returns it; if the pool is
// empty it returns the result of calling p.New (or nil).
func (p *Pool) Get() any {
	if n := len(p.items); n > 0 {
		x := p.items[n-1]
		p.items[n-1] = nil
		p.items = p.items[:n-1]
		return x
	}
	if p.New != nil {
		return p.New()
	}
	return nil
}

// Put adds x to the pool.
func (p *Pool) Put(x any) {
	if x == nil {
		return
	}
	p.items = append(p.items, x)
}
