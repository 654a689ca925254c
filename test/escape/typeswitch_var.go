// errorcheck -0 -m -l

// A type switch's variable is one per clause, reported where gc puts it: at the clause's last
// type (a pointer type's element), or at `default`.
package main

var sink interface{}

func f(v interface{}) { // ERROR "leaking param: v"
	switch x := v.(type) {
	case string, int: // ERROR "moved to heap: x"
		sink = &x
	case *int: // ERROR "moved to heap: x"
		sink = &x
	default: // ERROR "moved to heap: x"
		sink = &x
	}
}

func g(v interface{}) *int { // ERROR "v does not escape"
	switch x := v.(type) {
	case int: // ERROR "moved to heap: x"
		return &x
	case bool:
		_ = x
	}
	return nil
}

func main() {
	f(1)     // ERROR "1 escapes to heap"
	_ = g(2) // ERROR "2 does not escape"
}
