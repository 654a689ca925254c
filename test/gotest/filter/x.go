// Package filter checks golc test's -run (regexp, subtest paths) and -count.
package filter

func Square(x int) int { return x * x }
