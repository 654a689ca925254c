package runtime

// The scheduler's entry points (runtime/sched.c through runtime/sched_shim.c). golc runs
// every goroutine on one OS thread, so GOMAXPROCS only reports (and remembers) a value.

// Gosched yields the processor, allowing other goroutines to run.
func Gosched()

// Goexit runs all deferred calls of the calling goroutine and then terminates it. Called
// from the main goroutine, the program continues until every other goroutine has ended.
func Goexit()

// NumGoroutine returns the number of goroutines that currently exist.
func NumGoroutine() int

// NumCPU returns the number of logical CPUs usable by the current process.
func NumCPU() int

// GOMAXPROCS sets the maximum number of CPUs that can be executing simultaneously and
// returns the previous setting; n < 1 does not change it.
func GOMAXPROCS(n int) int
