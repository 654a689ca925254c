package runtime

// GC runs a garbage collection (runtime/gc.c), blocking the caller until it is done.
func GC()
