package xtest

import "testing"

func TestHalf(t *testing.T) {
	if half(Double(21)) != 21 {
		t.Error("half(Double(21)) != 21")
	}
}
