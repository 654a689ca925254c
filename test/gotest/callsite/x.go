// Package callsite checks the "file.go:LINE: " prefixes of log lines (runtime.Callers in
// golc's testing package): helpers marked with t.Helper at several depths, unmarked
// helpers, closures, subtests, cleanups, multi-line messages and the TB interface.
package callsite

func Twice(n int) int { return 2 * n }
