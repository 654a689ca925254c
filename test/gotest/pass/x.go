// Package pass is a tiny library whose tests all pass (golc test: passing tests, logs,
// subtests, Skip, Cleanup order).
package pass

func Add(a, b int) int { return a + b }

func Reverse(s string) string {
	r := []byte(s)
	for i, j := 0, len(r)-1; i < j; i, j = i+1, j-1 {
		r[i], r[j] = r[j], r[i]
	}
	return string(r)
}
