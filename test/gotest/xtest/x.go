// Package xtest has both an in-package test file and an external x_test package.
package xtest

func Double(x int) int { return 2 * x }

func half(x int) int { return x / 2 }
