package runtime

// Finalizers (the C side is stdlib/runtime/mfinal.c, hooked into runtime/gc.c).

import "unsafe"

// eface is the layout of an interface{} value: type descriptor, data word.
type eface struct {
	typ  unsafe.Pointer
	data unsafe.Pointer
}

// SetFinalizer sets the finalizer associated with obj (a pointer to a heap object) to
// finalizer, a function taking obj's type (or interface{}): when the collector finds obj
// unreachable it keeps it one more cycle and calls finalizer(obj) in a goroutine of its
// own. A nil finalizer removes obj's finalizer. Pointers to non-heap memory are ignored.
func SetFinalizer(obj any, finalizer any) {
	o := (*eface)(unsafe.Pointer(&obj))
	f := (*eface)(unsafe.Pointer(&finalizer))
	setFinalizer(o.typ, o.data, f.typ, f.data)
}

func setFinalizer(otyp, obj, ftyp, fn unsafe.Pointer)

// KeepAlive marks its argument as currently reachable: the object is not freed, nor its
// finalizer run, before the point where KeepAlive is called.
func KeepAlive(x any) {
	keepAlive((*eface)(unsafe.Pointer(&x)).data)
}

func keepAlive(p unsafe.Pointer)

// MemProfileRate is gc's memory-profiling sample rate. golc keeps no memory profile: the
// variable exists (programs set it) and is 0, as gc's linker sets it in programs that do not
// use runtime.MemProfile (which golc does not have).
var MemProfileRate int = 0
