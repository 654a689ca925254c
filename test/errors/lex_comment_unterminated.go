// A general comment that runs off the end of the file is reported at its start.

package main

func main() {}

/* never closed // ERROR "comment not terminated"
