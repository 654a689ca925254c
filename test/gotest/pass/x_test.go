package pass

import (
	"fmt"
	"testing"
)

func TestAdd(t *testing.T) {
	if got := Add(2, 3); got != 5 {
		t.Errorf("Add(2, 3) = %d, want 5", got)
	}
}

func TestLog(t *testing.T) {
	t.Log("hello", 42)
	t.Logf("formatted %q", "x")
	t.Log("two\nlines")
	if t.Failed() {
		t.Error("should not have failed")
	}
	if t.Name() != "TestLog" {
		t.Error("bad name", t.Name())
	}
}

func TestSub(t *testing.T) {
	cases := []struct{ in, want string }{{"abc", "cba"}, {"", ""}, {"a b", "b a"}}
	for _, c := range cases {
		t.Run("rev "+c.in, func(t *testing.T) {
			if got := Reverse(c.in); got != c.want {
				t.Errorf("Reverse(%q) = %q", c.in, got)
			}
			t.Log("name", t.Name())
		})
	}
	t.Run("nested", func(t *testing.T) {
		t.Run("inner", func(t *testing.T) { t.Log("deep") })
		t.Log("after inner")
	})
	t.Log("parent done")
}

func TestSkip(t *testing.T) {
	t.Skip("not today")
	t.Error("unreachable")
}

func TestSkipf(t *testing.T) {
	if !testing.Short() {
		t.Skipf("skipping %d", 7)
	}
}

func TestCleanup(t *testing.T) {
	t.Cleanup(func() { t.Log("cleanup 1") })
	t.Cleanup(func() { t.Log("cleanup 2") })
	t.Run("child", func(t *testing.T) {
		t.Cleanup(func() { t.Log("child cleanup") })
		t.Log("child body")
	})
	t.Log("body")
}

func TestTB(t *testing.T) {
	var tb testing.TB = t
	tb.Helper()
	tb.Logf("via TB %s", fmt.Sprint(1, 2))
	if testing.Verbose() {
		tb.Log("verbose")
	}
}
