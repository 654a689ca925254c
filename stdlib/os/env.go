package os

// The environment through libc (sys.c), so C code and Go code see the same variables.
func sysGetenv(key string) (string, bool)
func sysSetenv(key, value string) int
func sysUnsetenv(key string) int
func sysEnviron() []string

// Getenv retrieves the value of the environment variable named by the key; empty if unset.
func Getenv(key string) string {
	v, _ := sysGetenv(key)
	return v
}

// LookupEnv retrieves the value of the environment variable named by the key and reports
// whether it was present.
func LookupEnv(key string) (string, bool) {
	return sysGetenv(key)
}

// Setenv sets the value of the environment variable named by the key.
func Setenv(key, value string) error {
	if key == "" || containsByte(key, '=') || containsByte(key, 0) || containsByte(value, 0) {
		return &SyscallError{Syscall: "setenv", Err: ErrInvalid}
	}
	sysSetenv(key, value)
	return nil
}

// Unsetenv unsets a single environment variable.
func Unsetenv(key string) error {
	sysUnsetenv(key)
	return nil
}

// Environ returns a copy of strings representing the environment, in the form "key=value".
func Environ() []string {
	return sysEnviron()
}

func containsByte(s string, c byte) bool {
	for i := 0; i < len(s); i++ {
		if s[i] == c {
			return true
		}
	}
	return false
}
