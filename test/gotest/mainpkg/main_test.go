package main

import "testing"

func TestGreet(t *testing.T) {
	if g := greet("go"); g != "hello, go" {
		t.Fatalf("greet = %q", g)
	}
}
