package main

import "fmt"

// recover works only in a function called directly by a deferred call the panic runs,
// or as `defer recover()` in such a function (then it runs when that function returns).

func report(tag string) {
	fmt.Println(tag, recover())
}

func viaHelper() {
	defer func() {
		report("helper inside deferred func:") // one level too deep: nil
		fmt.Println("direct:", recover())
	}()
	panic("p1")
}

func deferredNamedFunc() {
	defer report("named func deferred directly:")
	panic("p2")
}

func deferRecoverInDeferred() {
	defer func() {
		defer recover() // recovers p3 when this func returns
	}()
	panic("p3")
}

func deferRecoverRunByPanic() (got interface{}) {
	defer func() { got = recover() }()
	defer func() {
		defer func() { fmt.Println("inner direct:", recover()) }()
		defer recover() // run by the panic of "p5": recovers nothing
		panic("p5")
	}()
	panic("p4")
}

func twice() {
	defer func() {
		fmt.Println("first:", recover())
		fmt.Println("second:", recover())
	}()
	panic("p6")
}

func main() {
	viaHelper()
	deferredNamedFunc()
	deferRecoverInDeferred()
	fmt.Println("after p3")
	fmt.Println("outer got:", deferRecoverRunByPanic())
	twice()
	fmt.Println("not panicking:", recover())
}
