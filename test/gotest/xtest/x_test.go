package xtest_test

import (
	"testing"

	"example.com/xtest"
)

func TestDouble(t *testing.T) {
	if xtest.Double(4) != 8 {
		t.Error("Double(4) != 8")
	}
	t.Log("external")
}
