// runtime.Caller, runtime.Callers, runtime.FuncForPC and runtime.CallersFrames: function
// names as gc spells them (methods, closures, generic functions), base file names and
// lines of calls, skip counts, and the end of the stack. Only frames of this program are
// printed (the runtime's own frames below main.main differ from gc's). Functions whose
// frames are printed are kept out of line (//go:noinline, or closures called through a
// function value): gc keeps frames of inlined calls, golc does not.
package main

import (
	"fmt"
	"runtime"
	"strings"
)

func base(path string) string { return path[strings.LastIndex(path, "/")+1:] }

// here reports its caller's position (skip 1), as logging helpers do.
func here() string {
	_, file, line, ok := runtime.Caller(1)
	return fmt.Sprintf("%s:%d %v", base(file), line, ok)
}

// self reports the function containing the Caller(0) call and its line.
func self() string {
	pc, file, line, _ := runtime.Caller(0)
	return fmt.Sprintf("%s %s:%d", runtime.FuncForPC(pc).Name(), base(file), line)
}

// stack prints the frames of this program from its caller outwards.
func stack(label string) {
	pcs := make([]uintptr, 32)
	n := runtime.Callers(2, pcs)
	frames := runtime.CallersFrames(pcs[:n])
	var parts []string
	for {
		f, more := frames.Next()
		if !strings.HasPrefix(f.Function, "main.") {
			break
		}
		parts = append(parts, fmt.Sprintf("%s@%d", f.Function, f.Line))
		if !more {
			break
		}
	}
	fmt.Println(label+":", strings.Join(parts, " <- "))
}

type T struct{ n int }

//go:noinline
func (t *T) Ptr() { stack("pointer method") }

//go:noinline
func (t T) Value() { stack("value method") }

type Shower interface{ Value() }

//go:noinline
func Generic[E any](x E) { stack(fmt.Sprintf("generic %T", x)) }

//go:noinline
func call(f func()) { f() }

//go:noinline
func frameOf(f *runtime.Func, pc uintptr) string {
	file, line := f.FileLine(pc)
	return fmt.Sprintf("%s %s:%d entry ok: %v", f.Name(), base(file), line, runtime.FuncForPC(f.Entry()) != nil)
}

//go:noinline
func deref(p *int) int {
	return *p + 1
}

// faultLine: the line of main.deref in the stack a deferred call sees while the nil
// dereference panics (a fault, not a call: the frame's pc is the faulting instruction).
func faultLine() (line int) {
	defer func() {
		recover()
		pcs := make([]uintptr, 64)
		n := runtime.Callers(0, pcs)
		frames := runtime.CallersFrames(pcs[:n])
		for {
			f, more := frames.Next()
			if f.Function == "main.deref" {
				line = f.Line
			}
			if !more {
				break
			}
		}
	}()
	deref(nil)
	return -1
}

func deep(n int) {
	if n == 0 {
		stack("recursion")
		return
	}
	deep(n - 1)
}

func main() {
	fmt.Println(here())
	fmt.Println(self())

	pc, file, line, ok := runtime.Caller(0)
	fmt.Println(runtime.FuncForPC(pc).Name(), base(file), line, ok)
	fmt.Println(frameOf(runtime.FuncForPC(pc), pc))

	_, _, _, ok = runtime.Caller(1000)
	fmt.Println("far beyond the stack:", ok)
	fmt.Println("FuncForPC(0):", runtime.FuncForPC(0) == nil, runtime.FuncForPC(0).Name() == "")

	pcs := make([]uintptr, 1)
	fmt.Println("Callers into a short slice:", runtime.Callers(1, pcs), runtime.FuncForPC(pcs[0]-1).Name())
	fmt.Println("Callers into an empty slice:", runtime.Callers(0, nil))
	pcs = make([]uintptr, 2)
	runtime.Callers(0, pcs)
	fmt.Println("skip 0, then the caller:", runtime.FuncForPC(pcs[1]-1).Name())

	stack("main")
	(&T{}).Ptr()
	T{}.Value()
	var s Shower = T{}
	s.Value()
	Generic(1)
	Generic("s")
	deep(3)

	call(func() {
		stack("closure")
		call(func() { stack("nested closure") })
	})
	m := (&T{}).Ptr
	m()
	fmt.Println("nil dereference in main.deref at line", faultLine())

	done := make(chan bool)
	go func() {
		stack("goroutine")
		fmt.Println("goroutine", here())
		done <- true
	}()
	<-done

	defer func() {
		pc, _, line, _ := runtime.Caller(0)
		fmt.Println("deferred:", runtime.FuncForPC(pc).Name(), line)
	}()
	fmt.Println("end", self())
}
