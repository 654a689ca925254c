package atomic

// An Int32 is an atomic int32. The zero value is zero.
type Int32 struct{ v int32 }

func (x *Int32) Load() int32           { return LoadInt32(&x.v) }
func (x *Int32) Store(val int32)       { x.v = val }
func (x *Int32) Swap(new int32) int32  { return SwapInt32(&x.v, new) }
func (x *Int32) Add(delta int32) int32 { return AddInt32(&x.v, delta) }
func (x *Int32) CompareAndSwap(old, new int32) bool {
	return CompareAndSwapInt32(&x.v, old, new)
}

// An Int64 is an atomic int64. The zero value is zero.
type Int64 struct{ v int64 }

func (x *Int64) Load() int64           { return LoadInt64(&x.v) }
func (x *Int64) Store(val int64)       { x.v = val }
func (x *Int64) Swap(new int64) int64  { return SwapInt64(&x.v, new) }
func (x *Int64) Add(delta int64) int64 { return AddInt64(&x.v, delta) }
func (x *Int64) CompareAndSwap(old, new int64) bool {
	return CompareAndSwapInt64(&x.v, old, new)
}

// A Uint32 is an atomic uint32. The zero value is zero.
type Uint32 struct{ v uint32 }

func (x *Uint32) Load() uint32            { return LoadUint32(&x.v) }
func (x *Uint32) Store(val uint32)        { x.v = val }
func (x *Uint32) Swap(new uint32) uint32  { return SwapUint32(&x.v, new) }
func (x *Uint32) Add(delta uint32) uint32 { return AddUint32(&x.v, delta) }
func (x *Uint32) CompareAndSwap(old, new uint32) bool {
	return CompareAndSwapUint32(&x.v, old, new)
}

// A Uint64 is an atomic uint64. The zero value is zero.
type Uint64 struct{ v uint64 }

func (x *Uint64) Load() uint64            { return LoadUint64(&x.v) }
func (x *Uint64) Store(val uint64)        { x.v = val }
func (x *Uint64) Swap(new uint64) uint64  { return SwapUint64(&x.v, new) }
func (x *Uint64) Add(delta uint64) uint64 { return AddUint64(&x.v, delta) }
func (x *Uint64) CompareAndSwap(old, new uint64) bool {
	return CompareAndSwapUint64(&x.v, old, new)
}

// A Bool is an atomic boolean value. The zero value is false.
type Bool struct{ v bool }

func (x *Bool) Load() bool {
	spin()
	return x.v
}
func (x *Bool) Store(val bool) { x.v = val }
func (x *Bool) Swap(new bool) bool {
	old := x.v
	x.v = new
	return old
}
func (x *Bool) CompareAndSwap(old, new bool) bool {
	if x.v != old {
		spin()
		return false
	}
	x.v = new
	return true
}

// A Value provides an atomic load and store of a consistently typed value.
type Value struct{ v any }

func (v *Value) Load() (val any) { return v.v }
func (v *Value) Store(val any) {
	if val == nil {
		panic("sync/atomic: store of nil value into Value")
	}
	v.v = val
}
