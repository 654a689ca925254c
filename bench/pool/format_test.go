package pool

import (
	"io"
	"strings"
	"testing"
)

func TestFormat(t *testing.T) {
	var sb strings.Builder
	r := &Record{Level: "info", Code: 200, Latency: 1.25, Path: "/a b"}
	if err := Format(&sb, r); err != nil {
		t.Fatal(err)
	}
	if err := FormatNoPool(&sb, r); err != nil {
		t.Fatal(err)
	}
	want := "level=info code=200 latency=1.250ms path=\"/a b\"\n"
	if sb.String() != want+want {
		t.Errorf("got %q, want %q twice", sb.String(), want)
	}
}

func BenchmarkFormatPool(b *testing.B) {
	r := &Record{Level: "warn", Code: 503, Latency: 12.5, Path: "/api/v1/items"}
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		r.Code = 500 + i%10
		Format(io.Discard, r)
	}
}

func BenchmarkFormatNoPool(b *testing.B) {
	r := &Record{Level: "warn", Code: 503, Latency: 12.5, Path: "/api/v1/items"}
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		r.Code = 500 + i%10
		FormatNoPool(io.Discard, r)
	}
}
