package fail

import "testing"

func TestOK(t *testing.T) {
	if Div(6, 3) != 2 {
		t.Fatal("bad division")
	}
}

func TestError(t *testing.T) {
	t.Error("first error")
	t.Errorf("second error %d", 2)
	t.Log("still running")
}

func TestFatal(t *testing.T) {
	defer func() { t.Log("deferred runs") }()
	t.Fatalf("stop here: %v", Div(1, 0))
	t.Log("never printed")
}

func check(t *testing.T, got, want int) {
	t.Helper()
	if got != want {
		t.Errorf("got %d, want %d", got, want)
	}
}

func TestHelper(t *testing.T) {
	check(t, Div(9, 3), 3)
	check(t, Div(9, 2), 5)
}

func TestSubFail(t *testing.T) {
	t.Run("good", func(t *testing.T) {})
	t.Run("bad", func(t *testing.T) {
		t.Fail()
		t.Log("failed without message")
	})
	t.Run("fatal", func(t *testing.T) {
		t.FailNow()
	})
	if !t.Failed() {
		t.Error("parent should have failed")
	}
	t.Log("parent continues")
}

func TestLast(t *testing.T) {}
