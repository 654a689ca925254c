package main

import "fmt"

type MyErr struct{ code int }

func (e *MyErr) Error() string { return fmt.Sprintf("my error %d", e.code) }

type Code int

func try(f func()) {
	defer func() {
		r := recover()
		fmt.Printf("%T %v\n", r, r)
		if e, ok := r.(*MyErr); ok {
			fmt.Println("code", e.code)
		}
	}()
	f()
}

func main() {
	try(func() { panic(&MyErr{42}) })
	try(func() { panic(Code(7)) })
	try(func() { panic(3.5) })
	try(func() { panic([]int{1, 2}) })
	defer fmt.Println("deferred before fatal panic")
	panic(&MyErr{1})
}
