// Package sync (golc): Mutex, RWMutex, WaitGroup, Once, Cond, Pool, Map.
//
// golc's scheduler runs every goroutine on one thread and never preempts (runtime/sched.h),
// so the state of these types is kept in plain fields: nothing else runs between checking a
// condition and parking. A goroutine that must wait parks on the address of a field of the
// value (runtime/sema.c) and whoever changes the state wakes the goroutines parked there.
package sync

// Wait reasons, as gc's deadlock report names them (stdlib/sync/sync_shim.c).
const (
	reasonMutex = iota
	reasonRLock
	reasonWLock
	reasonWaitGroup
	reasonCond
)

// runtime_park blocks the calling goroutine until runtime_wake(addr, ...).
func runtime_park(addr *uint32, reason int)

// runtime_wake wakes the longest waiting goroutine parked on addr, or all of them.
func runtime_wake(addr *uint32, all bool)

// fatal ends the program like gc's sync.fatal: "fatal error: <s>", exit status 2.
func fatal(s string)

// A Locker represents an object that can be locked and unlocked.
type Locker interface {
	Lock()
	Unlock()
}
