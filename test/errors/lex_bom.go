// A byte order mark is allowed only as the first character of a file.

package main

var a = "﻿" // ERROR "invalid BOM in the middle of the file"

func main() {}
