package runtime

// GOOS is the running program's operating system target (golc targets Linux only).
const GOOS string = "linux"
