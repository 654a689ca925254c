// Package fail has tests that fail (golc test: FAIL lines, exit status 1, Fatal stopping
// the test, failing subtests, Helper).
package fail

func Div(a, b int) int {
	if b == 0 {
		return 0
	}
	return a / b
}
