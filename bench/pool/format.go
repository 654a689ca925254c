// Package pool is the sync.Pool + bytes.Buffer + fmt.Fprintf workload of issue #5: a
// formatter that renders log records into pooled buffers, the way Go programs avoid
// per-call allocations.
package pool

import (
	"bytes"
	"fmt"
	"io"
	"sync"
)

type Record struct {
	Level   string
	Code    int
	Latency float64
	Path    string
}

var bufPool = sync.Pool{New: func() any { return new(bytes.Buffer) }}

// Format writes r to w through a pooled buffer.
func Format(w io.Writer, r *Record) error {
	buf := bufPool.Get().(*bytes.Buffer)
	buf.Reset()
	fmt.Fprintf(buf, "level=%s code=%d latency=%.3fms path=%q\n", r.Level, r.Code, r.Latency, r.Path)
	_, err := w.Write(buf.Bytes())
	bufPool.Put(buf)
	return err
}

// FormatNoPool is the same without the pool: a fresh buffer per call.
func FormatNoPool(w io.Writer, r *Record) error {
	var buf bytes.Buffer
	fmt.Fprintf(&buf, "level=%s code=%d latency=%.3fms path=%q\n", r.Level, r.Code, r.Latency, r.Path)
	_, err := w.Write(buf.Bytes())
	return err
}
