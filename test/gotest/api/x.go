// Package api exercises testing's library side: BenchmarkResult formatting,
// testing.Benchmark, AllocsPerRun, duplicate subtest names, Setenv and Run's result.
package api

var Sink []byte

func Grow(n int) { Sink = make([]byte, n) }
