package api

import (
	"os"
	"testing"
	"time"
)

func TestResultString(t *testing.T) {
	for _, r := range []testing.BenchmarkResult{
		{N: 1000, T: 1234567 * time.Nanosecond},
		{N: 3, T: 300 * time.Nanosecond, MemAllocs: 7, MemBytes: 700},
		{N: 100000000, T: 123456789 * time.Nanosecond},
		{N: 7, T: 70 * time.Millisecond, Bytes: 1024},
		{N: 10, T: 123 * time.Nanosecond, Extra: map[string]float64{"widgets/op": 2.5, "a/op": 0.0012}},
		{N: 1, T: 0},
	} {
		t.Logf("%q %q %d %d %d", r.String(), r.MemString(), r.NsPerOp(), r.AllocsPerOp(), r.AllocedBytesPerOp())
	}
}

func TestAllocs(t *testing.T) {
	n := testing.AllocsPerRun(50, func() { Grow(32) })
	t.Log("allocs per run:", n)
	r := testing.Benchmark(func(b *testing.B) {
		for i := 0; i < b.N; i++ {
			Grow(48)
		}
	})
	if r.N < 1 {
		t.Error("Benchmark ran no iterations")
	}
	t.Log("allocs/op:", r.AllocsPerOp(), "B/op:", r.AllocedBytesPerOp())
}

func TestNames(t *testing.T) {
	for i := 0; i < 3; i++ {
		t.Run("dup", func(t *testing.T) { t.Log(t.Name()) })
	}
	t.Run("", func(t *testing.T) { t.Log(t.Name()) })
	t.Run("tab\there", func(t *testing.T) { t.Log(t.Name()) })
	ok := t.Run("fails", func(t *testing.T) { t.Skip("skipped, not failed") })
	t.Log("Run returned", ok)
}

func TestSetenv(t *testing.T) {
	t.Run("set", func(t *testing.T) {
		t.Setenv("GOLC_TEST_VAR", "inside")
		t.Log(os.Getenv("GOLC_TEST_VAR"))
	})
	t.Log("after:", os.Getenv("GOLC_TEST_VAR") == "")
}

func BenchmarkLog(b *testing.B) {
	b.Log("logged once per run, N =", b.N)
	for i := 0; i < b.N; i++ {
		Grow(16)
	}
}
