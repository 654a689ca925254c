package runtime

// Breakpoint executes a breakpoint trap (the program dies with SIGTRAP/SIGILL when no
// debugger is attached). Implemented in breakpoint.c.
func Breakpoint()
