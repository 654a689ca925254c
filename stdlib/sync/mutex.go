package sync

// A Mutex is a mutual exclusion lock. The zero value is an unlocked mutex.
type Mutex struct {
	state int32 // 1 when locked
	sema  uint32
}

// Lock locks m, waiting until it is available.
func (m *Mutex) Lock() {
	for m.state != 0 {
		runtime_park(&m.sema, reasonMutex)
	}
	m.state = 1
}

// TryLock tries to lock m and reports whether it succeeded.
func (m *Mutex) TryLock() bool {
	if m.state != 0 {
		return false
	}
	m.state = 1
	return true
}

// Unlock unlocks m; a run-time error if m is not locked.
func (m *Mutex) Unlock() {
	if m.state == 0 {
		fatal("sync: unlock of unlocked mutex")
	}
	m.state = 0
	runtime_wake(&m.sema, false)
}

// An RWMutex is a reader/writer mutual exclusion lock: any number of readers or a single
// writer. A waiting writer keeps new readers out, so writers are not starved.
type RWMutex struct {
	readers        int32 // readers holding the lock
	writer         bool  // a writer holds the lock
	writersWaiting int32
	readerSem      uint32
	writerSem      uint32
}

// RLock locks rw for reading.
func (rw *RWMutex) RLock() {
	for rw.writer || rw.writersWaiting > 0 {
		runtime_park(&rw.readerSem, reasonRLock)
	}
	rw.readers++
}

// TryRLock tries to lock rw for reading and reports whether it succeeded.
func (rw *RWMutex) TryRLock() bool {
	if rw.writer || rw.writersWaiting > 0 {
		return false
	}
	rw.readers++
	return true
}

// RUnlock undoes a single RLock call.
func (rw *RWMutex) RUnlock() {
	if rw.readers <= 0 {
		fatal("sync: RUnlock of unlocked RWMutex")
	}
	rw.readers--
	if rw.readers == 0 {
		runtime_wake(&rw.writerSem, false)
	}
}

// Lock locks rw for writing.
func (rw *RWMutex) Lock() {
	rw.writersWaiting++
	for rw.writer || rw.readers > 0 {
		runtime_park(&rw.writerSem, reasonWLock)
	}
	rw.writersWaiting--
	rw.writer = true
}

// TryLock tries to lock rw for writing and reports whether it succeeded.
func (rw *RWMutex) TryLock() bool {
	if rw.writer || rw.readers > 0 {
		return false
	}
	rw.writer = true
	return true
}

// Unlock unlocks rw for writing.
func (rw *RWMutex) Unlock() {
	if !rw.writer {
		fatal("sync: Unlock of unlocked RWMutex")
	}
	rw.writer = false
	runtime_wake(&rw.readerSem, true)
	runtime_wake(&rw.writerSem, false)
}

// RLocker returns a Locker that calls rw.RLock and rw.RUnlock.
func (rw *RWMutex) RLocker() Locker {
	return (*rlocker)(rw)
}

type rlocker RWMutex

func (r *rlocker) Lock()   { (*RWMutex)(r).RLock() }
func (r *rlocker) Unlock() { (*RWMutex)(r).RUnlock() }
