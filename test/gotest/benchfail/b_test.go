package benchfail_test

import "testing"

func BenchmarkFails(b *testing.B) {
	b.Log("before")
	if b.N > 1 {
		b.Fatal("too many")
	}
}

func BenchmarkSkips(b *testing.B) { b.Skip("no") }

func BenchmarkOK(b *testing.B) {
	for i := 0; i < b.N; i++ {
	}
}
