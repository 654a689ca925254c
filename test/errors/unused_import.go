// An import that is never referred to is an error.
package main

import "unsafe" // ERROR "\"unsafe\" imported and not used"

func main() {
}
