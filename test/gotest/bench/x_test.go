package bench

import (
	"testing"
	"time"
)

func TestSum(t *testing.T) {
	if Sum(4) != 6 {
		t.Fatal("Sum(4) != 6")
	}
}

func BenchmarkSum(b *testing.B) {
	for i := 0; i < b.N; i++ {
		Sum(100)
	}
}

func BenchmarkAlloc64(b *testing.B) {
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		Alloc64()
	}
}

func BenchmarkPoints(b *testing.B) {
	for i := 0; i < b.N; i++ {
		NewPoint(i)
		NewPoint(i + 1)
	}
}

func BenchmarkTimers(b *testing.B) {
	b.StopTimer()
	time.Sleep(time.Millisecond)
	b.StartTimer()
	for i := 0; i < b.N; i++ {
		Sum(10)
	}
	b.StopTimer()
	if b.Elapsed() < 0 {
		b.Fatal("negative elapsed")
	}
	b.ResetTimer()
}

func BenchmarkSub(b *testing.B) {
	for _, n := range []int{10, 1000} {
		b.Run("n="+itoa(n), func(b *testing.B) {
			for i := 0; i < b.N; i++ {
				Sum(n)
			}
		})
	}
}

func itoa(n int) string {
	if n == 0 {
		return "0"
	}
	s := ""
	for n > 0 {
		s = string(rune('0'+n%10)) + s
		n /= 10
	}
	return s
}

func BenchmarkLoop(b *testing.B) {
	b.ReportAllocs()
	NewPoint(0) // before the first b.Loop: not measured
	for b.Loop() {
		Alloc64()
	}
	if !testing.Testing() {
		b.Fatal("testing.Testing() is false")
	}
}
