// Missing returns, misplaced break/continue, unknown labels.
package main

func noReturn(x int) int {
	if x > 0 {
		return 1
	}
} // ERROR "missing return"

func main() {
	break // ERROR "break is not in a loop, switch, or select"
	for {
		continue nowhere // ERROR "continue label not defined: nowhere"
	}
unused: // ERROR "label unused defined and not used"
	noReturn(1)
}
