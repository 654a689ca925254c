package time

// Timers and tickers on the scheduler's timer heap (runtime/sched.c, through timer.c): when
// a timer fires, the scheduler starts a goroutine running its fire method, which sends the
// current time on the channel without blocking (or, for AfterFunc, calls the function).
// As in Go 1.23 and later, Stop and Reset discard a value that was sent but not received.

// startTimer arranges for f to run in a new goroutine after ns nanoseconds; the result
// identifies the timer for stopTimer.
func startTimer(ns int64, f func()) int64

// stopTimer cancels a timer that has not fired; it reports whether it did.
func stopTimer(id int64) bool

// The Timer type represents a single event: unless created by AfterFunc, the current time
// is sent on C when the Timer expires.
type Timer struct {
	C      <-chan Time
	c      chan Time
	f      func()
	period Duration // tickers: > 0
	id     int64
	gen    int64 // which start a firing belongs to (a stale one is ignored)
	active bool
}

func (t *Timer) start(d Duration) {
	t.active = true
	t.gen++
	gen := t.gen
	t.id = startTimer(int64(d), func() { t.fire(gen) })
}

func (t *Timer) fire(gen int64) {
	if !t.active || gen != t.gen {
		return
	}
	t.active = false
	if t.period > 0 {
		t.start(t.period)
	}
	if t.f != nil {
		t.f()
		return
	}
	select {
	case t.c <- Now():
	default:
	}
}

func (t *Timer) drain() {
	if t.c == nil {
		return
	}
	select {
	case <-t.c:
	default:
	}
}

// NewTimer creates a new Timer that will send the current time on its channel after at
// least duration d.
func NewTimer(d Duration) *Timer {
	c := make(chan Time, 1)
	t := &Timer{C: c, c: c}
	t.start(d)
	return t
}

// Stop prevents the Timer from firing. It returns true if the call stops the timer, false
// if the timer has already expired or been stopped.
func (t *Timer) Stop() bool {
	was := t.active
	t.active = false
	if was {
		stopTimer(t.id)
	}
	t.drain()
	return was
}

// Reset changes the timer to expire after duration d. It returns true if the timer had
// been active, false if the timer had expired or been stopped.
func (t *Timer) Reset(d Duration) bool {
	was := t.Stop()
	t.start(d)
	return was
}

// After waits for the duration to elapse and then sends the current time on the returned
// channel. It is equivalent to NewTimer(d).C.
func After(d Duration) <-chan Time {
	return NewTimer(d).C
}

// AfterFunc waits for the duration to elapse and then calls f in its own goroutine. It
// returns a Timer that can be used to cancel the call using its Stop method.
func AfterFunc(d Duration, f func()) *Timer {
	t := &Timer{f: f}
	t.start(d)
	return t
}

// A Ticker holds a channel that delivers “ticks” of a clock at intervals.
type Ticker struct {
	C <-chan Time
	t *Timer
}

// NewTicker returns a new Ticker containing a channel that will send the current time on
// the channel after each tick. The period of the ticks is specified by the duration
// argument; it panics if d <= 0.
func NewTicker(d Duration) *Ticker {
	if d <= 0 {
		panic("non-positive interval for NewTicker")
	}
	c := make(chan Time, 1)
	t := &Timer{C: c, c: c, period: d}
	t.start(d)
	return &Ticker{C: c, t: t}
}

// Stop turns off a ticker. After Stop, no more ticks will be sent.
func (k *Ticker) Stop() {
	k.t.Stop()
}

// Reset stops a ticker and resets its period to the specified duration.
func (k *Ticker) Reset(d Duration) {
	if d <= 0 {
		panic("non-positive interval for Ticker.Reset")
	}
	k.t.Stop()
	k.t.period = d
	k.t.start(d)
}

// Tick is a convenience wrapper for NewTicker providing access to the ticking channel
// only; it returns nil if d <= 0.
func Tick(d Duration) <-chan Time {
	if d <= 0 {
		return nil
	}
	return NewTicker(d).C
}
