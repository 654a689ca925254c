// Package atomic (golc): atomic memory primitives. golc's scheduler runs every goroutine
// on one OS thread and never preempts (runtime/sched.h), so a plain read-modify-write
// already happens without interruption; these are ordinary Go functions.
//
// Without preemption a goroutine spinning on an atomic (for atomic.LoadInt32(&f) == 0 {})
// would keep the goroutine that sets it from ever running, so loads and failed
// compare-and-swaps yield the thread now and then.
package atomic

import "runtime"

var spins uint32

func spin() {
	spins++
	if spins&63 == 0 {
		runtime.Gosched()
	}
}

// AddInt32 atomically adds delta to *addr and returns the new value.
func AddInt32(addr *int32, delta int32) (new int32) {
	*addr += delta
	return *addr
}

// AddInt64 atomically adds delta to *addr and returns the new value.
func AddInt64(addr *int64, delta int64) (new int64) {
	*addr += delta
	return *addr
}

// AddUint32 atomically adds delta to *addr and returns the new value.
func AddUint32(addr *uint32, delta uint32) (new uint32) {
	*addr += delta
	return *addr
}

// AddUint64 atomically adds delta to *addr and returns the new value.
func AddUint64(addr *uint64, delta uint64) (new uint64) {
	*addr += delta
	return *addr
}

// LoadInt32 atomically loads *addr.
func LoadInt32(addr *int32) (val int32) {
	spin()
	return *addr
}

// LoadInt64 atomically loads *addr.
func LoadInt64(addr *int64) (val int64) {
	spin()
	return *addr
}

// LoadUint32 atomically loads *addr.
func LoadUint32(addr *uint32) (val uint32) {
	spin()
	return *addr
}

// LoadUint64 atomically loads *addr.
func LoadUint64(addr *uint64) (val uint64) {
	spin()
	return *addr
}

// StoreInt32 atomically stores val into *addr.
func StoreInt32(addr *int32, val int32) { *addr = val }

// StoreInt64 atomically stores val into *addr.
func StoreInt64(addr *int64, val int64) { *addr = val }

// StoreUint32 atomically stores val into *addr.
func StoreUint32(addr *uint32, val uint32) { *addr = val }

// StoreUint64 atomically stores val into *addr.
func StoreUint64(addr *uint64, val uint64) { *addr = val }

// SwapInt32 atomically stores new into *addr and returns the previous value.
func SwapInt32(addr *int32, new int32) (old int32) {
	old = *addr
	*addr = new
	return old
}

// SwapInt64 atomically stores new into *addr and returns the previous value.
func SwapInt64(addr *int64, new int64) (old int64) {
	old = *addr
	*addr = new
	return old
}

// SwapUint32 atomically stores new into *addr and returns the previous value.
func SwapUint32(addr *uint32, new uint32) (old uint32) {
	old = *addr
	*addr = new
	return old
}

// SwapUint64 atomically stores new into *addr and returns the previous value.
func SwapUint64(addr *uint64, new uint64) (old uint64) {
	old = *addr
	*addr = new
	return old
}

// CompareAndSwapInt32 executes the compare-and-swap operation for an int32 value.
func CompareAndSwapInt32(addr *int32, old, new int32) (swapped bool) {
	if *addr != old {
		spin()
		return false
	}
	*addr = new
	return true
}

// CompareAndSwapInt64 executes the compare-and-swap operation for an int64 value.
func CompareAndSwapInt64(addr *int64, old, new int64) (swapped bool) {
	if *addr != old {
		spin()
		return false
	}
	*addr = new
	return true
}

// CompareAndSwapUint32 executes the compare-and-swap operation for a uint32 value.
func CompareAndSwapUint32(addr *uint32, old, new uint32) (swapped bool) {
	if *addr != old {
		spin()
		return false
	}
	*addr = new
	return true
}

// CompareAndSwapUint64 executes the compare-and-swap operation for a uint64 value.
func CompareAndSwapUint64(addr *uint64, old, new uint64) (swapped bool) {
	if *addr != old {
		spin()
		return false
	}
	*addr = new
	return true
}
