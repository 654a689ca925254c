package runtime

// MemStats records statistics about the memory allocator (gc's field set and order).
// golc fills Alloc, TotalAlloc, Mallocs, Frees, HeapAlloc, HeapInuse, HeapObjects, NextGC,
// NumGC and PauseTotalNs from its collector (runtime/gc.c, runtime/heap.c); the remaining
// fields stay zero. Sizes are golc's (size-class rounded), not gc's: compare only trends.
type MemStats struct {
	Alloc         uint64
	TotalAlloc    uint64
	Sys           uint64
	Lookups       uint64
	Mallocs       uint64
	Frees         uint64
	HeapAlloc     uint64
	HeapSys       uint64
	HeapIdle      uint64
	HeapInuse     uint64
	HeapReleased  uint64
	HeapObjects   uint64
	StackInuse    uint64
	StackSys      uint64
	MSpanInuse    uint64
	MSpanSys      uint64
	MCacheInuse   uint64
	MCacheSys     uint64
	BuckHashSys   uint64
	GCSys         uint64
	OtherSys      uint64
	NextGC        uint64
	LastGC        uint64
	PauseTotalNs  uint64
	PauseNs       [256]uint64
	PauseEnd      [256]uint64
	NumGC         uint32
	NumForcedGC   uint32
	GCCPUFraction float64
	EnableGC      bool
	DebugGC       bool
}

// readMemStats fills c with the collector's counters in GoMemStats order (runtime/runtime.h):
// mallocs, frees, total_alloc, heap_alloc, heap_objects, num_gc, pause_total_ns, next_gc.
// Implemented in memstats.c.
func readMemStats(c *[8]uint64)

// ReadMemStats populates m with memory allocator statistics.
func ReadMemStats(m *MemStats) {
	var c [8]uint64
	readMemStats(&c)
	*m = MemStats{}
	m.Mallocs = c[0]
	m.Frees = c[1]
	m.TotalAlloc = c[2]
	m.HeapAlloc = c[3]
	m.Alloc = c[3]
	m.HeapInuse = c[3]
	m.HeapObjects = c[4]
	m.NumGC = uint32(c[5])
	m.PauseTotalNs = c[6]
	m.NextGC = c[7]
	m.EnableGC = true
}
