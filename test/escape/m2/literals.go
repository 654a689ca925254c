// -m=2 byte-for-byte (tools/lib/m2-checks): map keys, append, interface conversions, boxes.
package main

var sink interface{}

func main() {
	m := map[*int]*int{}
	k := 7
	m[&k] = nil
	v := 8
	m[nil] = &v
	a := []*int{}
	e := 9
	a = append(a, &e)
	sink = a
	f := 10
	sink = &f
	var i interface{} = &f
	_ = i
}
