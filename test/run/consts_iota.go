// Constants and iota: implicit repetition, skipped values, expressions, typed constants.
package main

import "fmt"

type Weekday int

const (
	Sunday Weekday = iota
	Monday
	Tuesday
	Wednesday
)

const (
	_  = iota
	KB = 1 << (10 * iota)
	MB
	GB
	TB
)

const (
	A, B = iota, iota * 10
	C, D
	_, _
	E, F
)

type Flags uint8

const (
	FlagRead Flags = 1 << iota
	FlagWrite
	FlagExec
)

const greeting = "hello"
const typed int32 = 1<<31 - 1

func main() {
	fmt.Println(Sunday, Monday, Tuesday, Wednesday)
	fmt.Println(KB, MB, GB, TB)
	fmt.Println(A, B, C, D, E, F)
	fmt.Println(FlagRead, FlagWrite, FlagExec, FlagRead|FlagExec)
	fmt.Println(greeting, len(greeting), greeting[1])
	fmt.Println(typed, typed+0)
	const local = 'x' - 'a'
	fmt.Println(local, string(rune('a'+local)))
	fmt.Printf("%T %T %T %T\n", Monday, KB, FlagExec, local)
}
