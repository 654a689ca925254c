package main

import (
	"errors"
	"fmt"
)

type S struct{ v int }
type E struct{}

func (E) Error() string { return "E" }

func classify(x interface{}) string {
	switch v := x.(type) {
	case nil:
		return "nil"
	case int, int64:
		return fmt.Sprintf("integer %v", v)
	case string:
		return "string " + v
	case error:
		return "error " + v.Error()
	case *S:
		if v == nil {
			return "nil *S"
		}
		return fmt.Sprint("*S ", v.v)
	case S:
		return fmt.Sprint("S ", v.v)
	case []int:
		return fmt.Sprint("slice ", len(v))
	case func() int:
		return fmt.Sprint("func ", v())
	default:
		return fmt.Sprintf("other %T", v)
	}
}

func main() {
	var sp *S
	var err error
	vals := []interface{}{nil, 1, int64(2), "x", errors.New("boom"), E{}, &S{3}, sp, S{4},
		[]int{1, 2}, func() int { return 9 }, 2.5, err, uint8(1)}
	for _, v := range vals {
		fmt.Println(classify(v))
	}
	var x interface{} = 5
	switch x.(type) {
	}
	switch y := x.(type) {
	case fmt.Stringer, error:
		fmt.Println("no", y)
	default:
		fmt.Println("default", y)
	}
}
