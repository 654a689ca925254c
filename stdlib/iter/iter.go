// Package iter defines the iterator types of range-over-func loops, like Go's iter:
// Seq and Seq2. (golc lowers `for ... range seq` itself: frontend/lower_rangefunc.c.)
package iter

// Seq is an iterator over sequences of individual values: called as seq(yield), it calls
// yield(v) for each value v in turn, stopping early if yield returns false.
type Seq[V any] func(yield func(V) bool)

// Seq2 is an iterator over sequences of pairs of values, most commonly key-value pairs.
type Seq2[K, V any] func(yield func(K, V) bool)
