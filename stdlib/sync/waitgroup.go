package sync

// A WaitGroup waits for a collection of goroutines to finish.
type WaitGroup struct {
	count int64
	sema  uint32
}

// Add adds delta, which may be negative, to the counter; at zero every Wait returns.
func (wg *WaitGroup) Add(delta int) {
	wg.count += int64(delta)
	if wg.count < 0 {
		panic("sync: negative WaitGroup counter")
	}
	if wg.count == 0 {
		runtime_wake(&wg.sema, true)
	}
}

// Done decrements the counter by one.
func (wg *WaitGroup) Done() {
	wg.Add(-1)
}

// Wait blocks until the counter is zero.
func (wg *WaitGroup) Wait() {
	for wg.count > 0 {
		runtime_park(&wg.sema, reasonWaitGroup)
	}
}

// Go calls f in a new goroutine and adds that task to the WaitGroup.
func (wg *WaitGroup) Go(f func()) {
	wg.Add(1)
	go func() {
		f()
		wg.Done()
	}()
}
