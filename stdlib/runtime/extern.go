package runtime

// GOOS is the running program's operating system target (golc targets Linux only).
const GOOS string = "linux"

// Compiler is the name of the compiler that built the program: golc (gc says "gc", gccgo
// "gccgo"); Go's own tests compare it with "gccgo" only.
const Compiler = "golc"
