// The range-over-func run-time checks panic with runtime.Error values that a deferred
// recover sees (with gc's texts); a body panic passes through the iterator to the caller.
package main

import (
	"errors"
	"fmt"
)

func afterPanic(yield func(int) bool) {
	func() {
		defer func() { recover() }()
		yield(1)
	}()
	yield(2) // the body panicked: continuing is an error
}

func try(name string, f func()) {
	defer func() {
		r := recover()
		err, isErr := r.(error)
		fmt.Println(name, isErr, r)
		if isErr {
			fmt.Println("  ", err.Error())
		}
	}()
	f()
}

func ints(yield func(int) bool) {
	defer fmt.Println("ints cleanup")
	for i := 0; ; i++ {
		if !yield(i) {
			return
		}
	}
}

func main() {
	try("after panic", func() {
		for x := range afterPanic {
			panic(errors.New(fmt.Sprint("body ", x)))
		}
	})
	try("done", func() {
		for x := range func(yield func(int) bool) { yield(1); yield(2) } {
			_ = x
			break
		}
	})
	try("through", func() {
		for x := range ints {
			if x == 3 {
				panic(fmt.Sprintf("x=%d", x))
			}
		}
	})
}
