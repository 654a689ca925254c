package callsite

import (
	"strings"
	"testing"
)

func expect(t *testing.T, got, want int) {
	t.Helper()
	if got != want {
		t.Errorf("got %d, want %d", got, want)
	}
}

// expectTwice is a helper calling a helper: both frames are skipped.
func expectTwice(t *testing.T, n, want int) {
	t.Helper()
	expect(t, Twice(n), want)
}

// note is not a helper: its own line is reported.
func note(t *testing.T, msg string) {
	t.Log("note:", msg)
}

func viaTB(tb testing.TB, msg string) {
	tb.Helper()
	tb.Logf("via TB: %s", msg)
}

func TestHelpers(t *testing.T) {
	expect(t, Twice(2), 4)
	expect(t, Twice(2), 5)
	expectTwice(t, 3, 7)
	note(t, "unmarked helper")
	viaTB(t, "interface")
}

func TestClosure(t *testing.T) {
	logIt := func(s string) {
		t.Log(s)
	}
	logIt("from a closure")
	for i := 0; i < 2; i++ {
		t.Logf("loop %d", i)
	}
	t.Log("multi\nline\nmessage")
	t.Log(strings.Repeat("x", 3))
}

func TestSub(t *testing.T) {
	t.Run("inner", func(t *testing.T) {
		expect(t, Twice(1), 3)
		t.Log("in subtest")
	})
	t.Cleanup(func() {
		t.Log("cleanup")
	})
	t.Log("parent")
}

func TestSelfHelper(t *testing.T) {
	t.Helper()
	t.Log("the test marked itself")
}

func TestSkipped(t *testing.T) {
	t.Skipf("skipping at line %d", 70)
}
