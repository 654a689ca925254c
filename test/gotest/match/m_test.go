package match

import "testing"

func TestFoo(t *testing.T)      {}
func TestFooBar(t *testing.T)   {}
func TestBar(t *testing.T)      {}
func TestBaz2(t *testing.T)     {}
func TestBaz10(t *testing.T)    {}
func TestAbAbc(t *testing.T)    {}
func TestX_y(t *testing.T)      {}
func TestÜber(t *testing.T)     {}
func Test(t *testing.T)         {}
func TestCase(t *testing.T) {
	for _, n := range []string{"a/b", "A.b", "c d", "e"} {
		t.Run(n, func(t *testing.T) {})
	}
}
