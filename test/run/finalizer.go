// finalizer: runtime.SetFinalizer runs finalizers in a goroutine after the collector finds
// their objects unreachable; a nil finalizer removes one; interface{} parameters; objects
// kept by KeepAlive or by a live reference are not finalized. Counts are checked with
// margins: golc's collector is conservative (a stale word may keep an object), gc's exact.
package main

import (
	"fmt"
	"runtime"
	"time"
)

type Res struct {
	id   int
	data [16]int
}

var finalized = make(chan int, 1000)

//go:noinline
func makeGarbage(n, base int) {
	for i := 0; i < n; i++ {
		r := &Res{id: base + i}
		runtime.SetFinalizer(r, func(r *Res) { finalized <- r.id })
	}
}

//go:noinline
func makeRemoved(n int) {
	for i := 0; i < n; i++ {
		r := &Res{id: -1}
		runtime.SetFinalizer(r, func(r *Res) { finalized <- -1 })
		runtime.SetFinalizer(r, nil)
	}
}

//go:noinline
func makeEface(n int) {
	for i := 0; i < n; i++ {
		r := &Res{id: 1000 + i}
		runtime.SetFinalizer(r, func(x any) { finalized <- x.(*Res).id })
	}
}

func collect(want int) (got []int) {
	deadline := time.After(3 * time.Second)
	for len(got) < want {
		runtime.GC()
		select {
		case id := <-finalized:
			got = append(got, id)
		case <-time.After(10 * time.Millisecond):
		case <-deadline:
			return got
		}
	}
	return got
}

var kept *Res

func main() {
	fmt.Println(runtime.Compiler != "gccgo", runtime.MemProfileRate)

	makeGarbage(100, 0)
	got := collect(100)
	ok := true
	for _, id := range got {
		ok = ok && id >= 0 && id < 100
	}
	fmt.Println("finalized most:", len(got) >= 80, "ids in range:", ok)

	makeRemoved(50)
	makeEface(20)
	got = collect(20)
	ok = true
	for _, id := range got {
		ok = ok && id >= 1000 && id < 1020
	}
	fmt.Println("interface{} finalizers:", len(got) >= 15, "none removed ran:", ok)

	kept = &Res{id: 7}
	live := &Res{id: 8}
	runtime.SetFinalizer(kept, func(r *Res) { finalized <- r.id })
	runtime.SetFinalizer(live, func(r *Res) { finalized <- r.id })
	got = collect(1)
	runtime.KeepAlive(live)
	fmt.Println("reachable objects not finalized:", len(got) == 0, kept.id)
}
