// Package os: the command-line arguments, process exit, files (file.go, over the libc
// wrappers in sys.c) and the environment (env.go).
package os

// Args hold the command-line arguments, starting with the program name.
var Args []string = runtime_args()

// runtime_args is provided by the runtime (os_runtime_args): argv as Go strings.
func runtime_args() []string

// Exit causes the current program to exit with the given status code; deferred functions
// are not run. Implemented in os.c.
func Exit(code int)
