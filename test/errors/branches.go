// break/continue need an enclosing loop (or switch/select); labels must exist and be used.
package main

func main() {
	break // ERROR "break is not in a loop, switch, or select"
	for {
		continue L // ERROR "continue label not defined: L"
	}
unused: // ERROR "label unused defined and not used"
	if 1 { // ERROR "non-boolean condition in if statement"
	}
}
