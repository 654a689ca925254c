package testmain

import (
	"fmt"
	"os"
	"testing"
)

func TestMain(m *testing.M) {
	fmt.Println("setup")
	Ready = true
	code := m.Run()
	fmt.Println("teardown, code", code)
	os.Exit(code)
}

func TestReady(t *testing.T) {
	if !Ready {
		t.Fatal("TestMain did not run first")
	}
}

func TestFailing(t *testing.T) {
	t.Error("this one fails")
}
