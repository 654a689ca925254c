// Package benchfail has only an external test package, whose benchmarks fail and skip.
package benchfail
