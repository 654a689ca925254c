// errorcheck -0 -m -l

// Slices, maps and appends: values stored into them.
package main

var gs []*int

func sliceLocal() int {
	x := 1
	s := []*int{&x} // ERROR "\[\]\*int{...} does not escape$"
	return *s[0]
}

func sliceStore(s []*int) { // ERROR "s does not escape$"
	y := 2 // ERROR "moved to heap: y$"
	s[0] = &y
}

func appendGlobal() {
	z := 3 // ERROR "moved to heap: z$"
	gs = append(gs, &z) // ERROR "append escapes to heap$"
}

func mapStore() int {
	k := 4 // ERROR "moved to heap: k$"
	m := map[string]*int{} // ERROR "map\[string\]\*int{} does not escape$"
	m["k"] = &k
	return len(m)
}

func main() {
	_ = sliceLocal()
	sliceStore(make([]*int, 1)) // ERROR "make\(\[\]\*int, 1\) does not escape$"
	appendGlobal()
	_ = mapStore()
}
