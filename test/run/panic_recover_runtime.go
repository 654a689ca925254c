package main

import (
	"fmt"
	"runtime"
)

type T struct{ a [4]int }

func try(name string, f func()) {
	defer func() {
		r := recover()
		_, isRT := r.(runtime.Error)
		err, isErr := r.(error)
		fmt.Printf("%s: %T %v runtime.Error=%v\n", name, r, r, isRT)
		if isErr {
			fmt.Println("  Error():", err.Error())
		}
	}()
	f()
}

func main() {
	var a []int
	s := []int{1, 2, 3}
	i, j := 5, 1
	var m map[string]int
	var p *T
	var f func()
	var e interface{} = 42
	zero := 0
	str := "abc"
	try("index", func() { a[i] = 1 })
	try("index-neg", func() { k := -1; _ = s[k] })
	try("slice", func() { _ = s[1:i] })
	try("slice-inverted", func() { _ = s[i-2 : j] })
	try("string-index", func() { _ = str[i] })
	try("string-slice", func() { _ = str[:i] })
	try("nil-map", func() { m["x"] = 1 })
	try("nil-ptr", func() { p.a[1] = 2 })
	try("nil-func", func() { f() })
	try("divide", func() { fmt.Println(i / zero) })
	try("modulo", func() { fmt.Println(i % zero) })
	try("assert-concrete", func() { _ = e.(string) })
	try("assert-iface", func() { _ = e.(fmt.Stringer) })
	try("user-string", func() { panic("plain string") })
	try("user-error", func() { panic(fmt.Errorf("custom %d", 7)) })
	try("no-panic", func() {})
	fmt.Println("still running")
}
