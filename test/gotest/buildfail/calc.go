// Package calc compiles; its test does not: golc test reports the build failure as go test
// does (the "# pkg [pkg.test]" header, file names relative to the current directory, exit 1).
package calc

func Add(a, b int) int { return a + b }
