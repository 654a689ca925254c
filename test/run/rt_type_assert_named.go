package main

import "fmt"

type MyErr struct{}

func (*MyErr) Error() string { return "my" }

func main() {
	var e error = &MyErr{}
	fmt.Println(e)
	_ = e.(fmt.Stringer)
}
