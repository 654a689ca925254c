package filter

import "testing"

func TestSquare(t *testing.T) {
	for _, n := range []int{1, 2, 3} {
		t.Run("n"+string(rune('0'+n)), func(t *testing.T) {
			t.Log("square", Square(n))
		})
	}
}

func TestSquareZero(t *testing.T) { t.Log("zero", Square(0)) }

func TestOther(t *testing.T) { t.Log("other") }

func TestAlpha(t *testing.T) { t.Log("alpha") }
