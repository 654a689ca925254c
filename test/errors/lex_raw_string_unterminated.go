// A raw string may span lines but must end before the file does; gc reports it at its
// opening back quote.

package main

func main() {}

var s = `never closed // ERROR "string not terminated"
